package bot_test

import "testing"

// flags30Alarms bounds the look-alikes of testdata/flags30.txt (the battery written blind at session
// 29, held out whole until session 30) that get the emergency reply, counted as flags12Alarms is ("any"
// per clinic). Main at this spend's start (c0e158d) missed 13 of its 800 red flags and alarmed on 25 of
// its 414 look-alikes; session 30 fixed all of them by cause (the last, a strong dizziness in Gulf Arabizi,
// «adoo5 wayed», once the dizzy words held the verb's Arabizi spellings) and cut the alarms to 5.
const flags30Alarms = 5

// flags30Known are its red flags still missed, each with why.
var flags30Known = map[string]string{}

// TestFlags30 runs that battery (testdata/flags30.txt) as TestFlags12 runs flags12.
func TestFlags30(t *testing.T) {
	runFlagBatteryKnown(t, "testdata/flags30.txt", flags30Alarms, flags30Known)
}
