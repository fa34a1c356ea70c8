package bot_test

import "testing"

// flags21aAlarms bounds the look-alikes of testdata/flags21a.txt (the first half of the battery written
// blind at session 19 after flags20; the second is held out) that get the emergency reply, counted as
// flags12Alarms is.
const flags21aAlarms = 0

// TestFlags21a runs the first half of that battery (testdata/flags21a.txt) as TestFlags12 runs flags12.
func TestFlags21a(t *testing.T) { runFlagBattery(t, "testdata/flags21a.txt", flags21aAlarms) }
