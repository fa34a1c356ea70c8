package bot_test

import "testing"

// flags37Alarms bounds the look-alikes of testdata/flags37.txt (the battery written blind at session
// 36, held out whole until session 37) that get the emergency reply, counted as flags12Alarms is ("any"
// per clinic). Main at this spend's start (61d249f) missed 6 of its 685 red flags and alarmed on 13 of
// its 425 look-alikes; fixed by cause (session 37): the misses (Iraqi «كاعد ازوع», vomiting, after a
// cataract operation; a leg in a cast cold and blue, once «ماء» no longer read the negation «ما» as
// water; "keeps bleeding… over an hour"; Egyptian «bet nezef ba2alha… dayes», Maghrebi «eddem ma7bsch…
// nodghot»; «5abat 3eeno… mesh 2ader yeftaha») and the alarms («لو حصل…» and «شو بصير اذا…» asked
// before booking, «لسه مش عاملة»; Iraqi «ما دا احس»; «مخنوقة من شكل سناني», "this melasma is
// suffocating me", "can't stand looking"; soap in the eye «وراح الاحمرار كله», hives "all cleared
// now"; "now I am adult", Maghrebi «mli kont sghir»; "lol what if i faint?" and «law el dam…» after a
// fear): none missed, none alarmed. A supposition asked after the sign is told ("I can't breathe and
// my lips are swelling, what if it's an allergy?"), which the start code took for general, is a report.
const flags37Alarms = 0

// flags37Known are its red flags still missed, each with why.
var flags37Known = map[string]string{}

// TestFlags37 runs that battery (testdata/flags37.txt) as TestFlags12 runs flags12.
func TestFlags37(t *testing.T) {
	runFlagBatteryKnown(t, "testdata/flags37.txt", flags37Alarms, flags37Known)
}
