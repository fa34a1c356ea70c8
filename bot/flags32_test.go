package bot_test

import "testing"

// flags32Alarms bounds the look-alikes of testdata/flags32.txt (the battery written blind at session
// 31, held out whole until session 32) that get the emergency reply, counted as flags12Alarms is ("any"
// per clinic). Main at this spend's start (4876359) missed 9 of its 594 red flags and alarmed on 14 of
// its 387 look-alikes; session 32 fixed the nine misses by cause and cut the alarms to 2: a fear of
// not seeing after the operation asked whether it happened to anyone («خايفة بعد الليزك ما اشوف
// ابدًا، هل صار هالشي لأحد؟», where «خايف، بعد الحقنة ما اقدر اتنفس» is a report: the fear is not told
// apart from its sign by the words alone); and a neck pain and a slight headache for a month in Gulf
// Arabizi, which the net takes for an emergency (the same in Arabic letters it does not; holding the
// net from what is told as lasting a month or more missed red flags in this battery and another).
const flags32Alarms = 2

// flags32Known are its red flags still missed, each with why.
var flags32Known = map[string]string{}

// TestFlags32 runs that battery (testdata/flags32.txt) as TestFlags12 runs flags12.
func TestFlags32(t *testing.T) {
	runFlagBatteryKnown(t, "testdata/flags32.txt", flags32Alarms, flags32Known)
}
