package bot_test

import "testing"

// flags19Alarms bounds the look-alikes of testdata/flags19.txt (the battery written blind at session 18,
// both halves) that get the emergency reply, counted as flags12Alarms is.
const flags19Alarms = 0

// TestFlags19 runs the whole battery written blind at session 18 (testdata/flags19.txt) as TestFlags12
// runs flags12.
func TestFlags19(t *testing.T) { runFlagBattery(t, "testdata/flags19.txt", flags19Alarms) }
