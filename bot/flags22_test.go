package bot_test

import "testing"

// flags22Alarms bounds the look-alikes of testdata/flags22.txt (the battery written blind at session
// 20, held out whole until session 23, when all 22 of its missed red flags were fixed by cause) that
// get the emergency reply, counted as flags12Alarms is.
const flags22Alarms = 3

// TestFlags22 runs that battery (testdata/flags22.txt) as TestFlags12 runs flags12.
func TestFlags22(t *testing.T) { runFlagBattery(t, "testdata/flags22.txt", flags22Alarms) }
