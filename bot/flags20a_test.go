package bot_test

import "testing"

// flags20aAlarms bounds the look-alikes of testdata/flags20a.txt (the first half of the battery written
// blind at session 19; the second is held out) that get the emergency reply, counted as flags12Alarms is.
const flags20aAlarms = 0

// TestFlags20a runs the first half of the battery written blind at session 19 (testdata/flags20a.txt)
// as TestFlags12 runs flags12.
func TestFlags20a(t *testing.T) { runFlagBattery(t, "testdata/flags20a.txt", flags20aAlarms) }
