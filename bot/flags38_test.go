package bot_test

import "testing"

// flags38Alarms bounds the look-alikes of testdata/flags38.txt (the battery written blind at session
// 37 from the pages alone, held out whole until session 38) that get the emergency reply, counted as
// flags12Alarms is ("any" per clinic). Main at this spend's start (8d931ba) missed 10 of its 672 red
// flags and alarmed on 10 of its 406 look-alikes; fixed by cause (session 38): the misses (blisters all
// over with shivering on eczema «من زمان», the Levantine «عم يرجف» telling it now; «افكار اني اقطع
// نفسي»; a ball in an eye «اللي مسوي فيها ليزك الشهر الماضي», the date the treatment's; numb «حوالين
// الشرج»; Arabizi «baddi 2ektol 7ale»; Egyptian «sena… (mesh labaneya) we2e3et») and the alarms (a
// fear of paralysis going on «واصير ما اقدر ابتسم»; a tooth broken that cuts the tongue; a slight
// swelling at the implant's place; not speaking «فصحى»; "does that mean I might too?" of a sister's
// reaction; "No calf swelling or chest pain"; "any serious allergic reactions… I should know about?";
// "completely gone now", "it's all gone… start running again", "back then"; and, by the net retrained
// with it, a blur that clears on blinking): none missed, none alarmed.
const flags38Alarms = 0

// flags38Known are its red flags still missed, each with why.
var flags38Known = map[string]string{}

// TestFlags38 runs that battery (testdata/flags38.txt) as TestFlags12 runs flags12.
func TestFlags38(t *testing.T) {
	runFlagBatteryKnown(t, "testdata/flags38.txt", flags38Alarms, flags38Known)
}
