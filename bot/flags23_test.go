package bot_test

import "testing"

// flags23Alarms bounds the look-alikes of testdata/flags23.txt (the battery written blind at session
// 21, held out whole until session 25) that get the emergency reply, counted as flags12Alarms is. The
// start code 798720c missed 6 of its 427 red flags and alarmed on 17 of its 292 look-alikes; session
// 25 fixed every miss by cause (0 missed) and cut the alarms to 10.
const flags23Alarms = 10

// TestFlags23 runs that battery (testdata/flags23.txt) as TestFlags12 runs flags12.
func TestFlags23(t *testing.T) { runFlagBattery(t, "testdata/flags23.txt", flags23Alarms) }
