package bot_test

import "testing"

// flags40Alarms bounds the look-alikes of testdata/flags40.txt (the battery written blind at session
// 39 from the pages alone, held out whole until session 40) that get the emergency reply, counted as
// flags12Alarms is ("any" per clinic). Main at this spend's start (3263306) missed 8 of its 518 red
// flags and alarmed on 10 of its 346 look-alikes; the net retrained with it and round 37 (session 40),
// 7 and 3; fixed by cause (TestSpend40Flags): the misses (a saddle numb and the urine not held, told
// in Moroccan; a chest pain «waga3 gamed fe sedry» spreading to the arm, told in Egyptian Arabizi; a
// sudden shower of floaters and flashes "never had this before") and the alarms (a sister's lid that
// dropped and came back, asked «في احتمال يصير معي؟»; a bleed the doctor said to watch, stopped long
// since, "just making sure" in Arabizi; a fear of not breathing on the chair, supposed after «law»
// and asked what to do): none missed, none alarmed.
const flags40Alarms = 0

// flags40Known are its red flags still missed, each with why.
var flags40Known = map[string]string{}

// TestFlags40 runs that battery (testdata/flags40.txt) as TestFlags12 runs flags12.
func TestFlags40(t *testing.T) {
	runFlagBatteryKnown(t, "testdata/flags40.txt", flags40Alarms, flags40Known)
}
