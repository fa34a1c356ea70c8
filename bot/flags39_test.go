package bot_test

import "testing"

// flags39Alarms bounds the look-alikes of testdata/flags39.txt (the battery written blind at session
// 38 from the pages alone, held out whole until session 39) that get the emergency reply, counted as
// flags12Alarms is ("any" per clinic). Main at this spend's start (1350184) missed 5 of its 708 red
// flags and alarmed on 12 of its 502 look-alikes; the net retrained with it (session 39), 5 and 10;
// fixed by cause (TestSpend39Flags): the misses (sight lost told in MSA with «الرؤية»; a skin all red
// and peeling with a fever on a psoriasis «من زمان», «عمري ما شفت كده» telling it new; a bleed «min
// rub3 sa3a»; a wish to die in Maghrebi «bghat tmout»; a knee red hot with a fever, "no injury"
// denying no sign; an eyelid over the eye after a brow lift, a treatment's name read as normal that
// no longer mutes the net) and the alarms (the Maghrebi denial «ma 3andi 7ta mochkil»; "fine with
// needles now"; a friend's droop elsewhere asked how the clinic avoids it; a fear «ما اقدر امضغ…
// بعدها»; «الموقته» read as pain; «مزغلله» after the widening drops): none missed, none alarmed.
const flags39Alarms = 0

// flags39Known are its red flags still missed, each with why.
var flags39Known = map[string]string{}

// TestFlags39 runs that battery (testdata/flags39.txt) as TestFlags12 runs flags12.
func TestFlags39(t *testing.T) {
	runFlagBatteryKnown(t, "testdata/flags39.txt", flags39Alarms, flags39Known)
}
