package bot_test

import "testing"

// flags34Alarms bounds the look-alikes of testdata/flags34.txt (the battery written blind at session
// 33, held out whole until session 34) that get the emergency reply, counted as flags12Alarms is ("any"
// per clinic). Main at this spend's start (5c15ce1) missed 10 of its 615 red flags and alarmed on 31 of
// its 445 look-alikes. Session 34's flagsp lane fixed the misses by cause (an aside opened by «للعلم»;
// the larynx and «تضيق»; the Levantine «فوت عالحمام»; "half of it disappeared" read as a sign gone; an
// eye hit by a ball told eye first; a disc or sciatica as the back, «without feeling» denying nothing;
// the Gulf Arabizi «8ami 3alay», «6af7», «akuh dam», «el da3f yentashir») and the alarms (a bleed told
// stopped soon; a cosmetic complaint "killing" the writer; a faint at a price; a childhood age, last
// year and «kwayesa» in Arabizi; «law 9ar» supposing; a twitching lid; numb after a filling; an ache
// from the phone; a named cataract or reading blur; long-standing double sight in Arabizi skeletons):
// 31 → 3; the fastudy lane took «اقدر ابلع المضاد الحيوي…؟» (a bare «اقدر» is no trouble unless
// negated): 2. Left: a double sight since a stroke two years ago asked treatment of («وما زال» is
// ongoing); «…tshoof dabal … min shhoor, hatha min el mai el bay6a?», which the net says yes to
// (keeping long-standing signs from the net lost two study emergencies: a psoriasis of years with a
// new fever). Session 36's net, trained on the spent batteries (this one among them) and on a
// treatment told with its time alone, alarms on one of them: learned, not read.
const flags34Alarms = 1

// flags34Known are its red flags still missed, each with why.
var flags34Known = map[string]string{}

// TestFlags34 runs that battery (testdata/flags34.txt) as TestFlags12 runs flags12.
func TestFlags34(t *testing.T) {
	runFlagBatteryKnown(t, "testdata/flags34.txt", flags34Alarms, flags34Known)
}
