package bot_test

import "testing"

// flags28Alarms bounds the look-alikes of testdata/flags28.txt (the battery written blind at session
// 27, held out whole until session 28) that get the emergency reply, counted as flags12Alarms is. Main
// at session 28's start (48c05f1) missed 19 of its 722 red flags and alarmed on 42 of its 465
// look-alikes; the flag28 lane fixed 18 misses by cause and cut the alarms to 4, all the net's, on
// effects the pages tell as expected (burning after LASIK, braces sore a little, a peel's redness,
// some blood in the saliva after an extraction). The net retrained at session 29 (round 27 spent;
// threshold 0.27 → 0.25) alarms on a fifth of the same kind, the burning after LASIK in Arabizi.
// Session 30 caught its last miss (a breast cancer 4 years ago and a new back pain worse every
// night: the cancer's date is no past of the pain's, and that pain beside a cancer had is read).
const flags28Alarms = 5

// TestFlags28 runs that battery (testdata/flags28.txt) as TestFlags12 runs flags12.
func TestFlags28(t *testing.T) { runFlagBattery(t, "testdata/flags28.txt", flags28Alarms) }
