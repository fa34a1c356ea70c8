package bot_test

import "testing"

// flags27Alarms bounds the look-alikes of testdata/flags27.txt (the battery written blind at session
// 26, held out whole until session 27) that get the emergency reply, counted as flags12Alarms is. Main
// at session 27's start (98285d9) missed 6 of its 654 red flags and alarmed on 22 of its 407
// look-alikes; session 27 fixed every miss by cause (0 missed) and cut the alarms to 1: a fear of not
// swallowing after an extraction («خايف ما اقدر ابلع بعد خلع ضرس العقل»), which reads as the sign
// told beside a fear («خايفه ما اقدر اتنفس») and is left to alarm.
const flags27Alarms = 1

// TestFlags27 runs that battery (testdata/flags27.txt) as TestFlags12 runs flags12.
func TestFlags27(t *testing.T) { runFlagBattery(t, "testdata/flags27.txt", flags27Alarms) }
