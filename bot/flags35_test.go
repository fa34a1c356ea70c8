package bot_test

import "testing"

// flags35Alarms bounds the look-alikes of testdata/flags35.txt (the battery written blind at session
// 34, held out whole until session 37) that get the emergency reply, counted as flags12Alarms is ("any"
// per clinic). Main at this spend's start (8282628) missed 3 of its 539 red flags and alarmed on 19 of
// its 416 look-alikes; fixed by cause (session 37): the misses (MSA «يتدلى جفني» after an injection;
// a black curtain seen, «شايف ستارة سودة», after a cataract operation; a bladder leaking "without me
// knowing", which denies no sign) and the alarms (an Egyptian question opened on «هو»; «عندي فرح» a
// wedding ahead; «ما شالت الشعر», a treatment that did not remove; a weakness told chronic since a
// stroke; stifled by the heat; a friend's faint the writer fears will be hers; "says he'll choke";
// snoring with the breath stopping; not seeing without one's glasses, blind as a bat, in the dark; a
// calf "not red and not hot"; a back "killing me" read as the back pain that only qualifies an
// urgent sign; gums that bleed when brushed; «mesh 3andy»; «nazif basit… 3ady?»): 0 missed, 1 alarmed.
// Left: «نفسي اموت من الكلف 😩» (despair of melasma), kept: a wish to die is answered with help,
// however it may be meant.
const flags35Alarms = 1

// flags35Known are its red flags still missed, each with why.
var flags35Known = map[string]string{}

// TestFlags35 runs that battery (testdata/flags35.txt) as TestFlags12 runs flags12.
func TestFlags35(t *testing.T) {
	runFlagBatteryKnown(t, "testdata/flags35.txt", flags35Alarms, flags35Known)
}
