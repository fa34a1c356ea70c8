package bot_test

import "testing"

// flags36Alarms bounds the look-alikes of testdata/flags36.txt (the battery written blind at session
// 35, held out whole until session 37) that get the emergency reply, counted as flags12Alarms is ("any"
// per clinic). Main at this spend's start (e2a0300) missed 9 of its 636 red flags and alarmed on 22 of
// its 400 look-alikes; fixed by cause (session 37): the misses ("urine coming without feel", which
// denies no sign; "killin myself"; «ghayib 3an el wa3e»; «zoori ma2fool»; Egyptian «wag3ani… raga3t
// marteen», an eye in pain and vomiting twice) and the alarms (talking like a drunk told of oneself
// with a laugh; a swelling treated last year and an implant wanted now; «مش راضي يمشي», a thing that
// will not go; a chemical splash years ago, come back fine; «بتقول هيغمى عليها», a dread told in a
// fear; out of breath from running; "a touch sore and swollen… normal?"; "Not chest pain or
// anything"; "for months now"; «ma3andeesh»): none missed, none alarmed.
const flags36Alarms = 0

// flags36Known are its red flags still missed, each with why.
var flags36Known = map[string]string{}

// TestFlags36 runs that battery (testdata/flags36.txt) as TestFlags12 runs flags12.
func TestFlags36(t *testing.T) {
	runFlagBatteryKnown(t, "testdata/flags36.txt", flags36Alarms, flags36Known)
}
