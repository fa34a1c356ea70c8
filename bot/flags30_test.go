package bot_test

import "testing"

// flags30Alarms bounds the look-alikes of testdata/flags30.txt (the battery written blind at session
// 29, held out whole until session 30) that get the emergency reply, counted as flags12Alarms is ("any"
// per clinic). Main at this spend's start (c0e158d) missed 13 of its 800 red flags and alarmed on 25 of
// its 414 look-alikes.
const flags30Alarms = 25

// flags30Known are its red flags still missed, each with why.
var flags30Known = map[string]string{
	"بعد حقن التعرق بيومين صرت اتعب وانا ابلع وصوتي تغير، طبيعي؟":                                                                                                            "swallowing told as a toil («اتعب وانا ابلع»)",
	"بعد جلسة البوتوكس أصبحت أرى صورتين لكل شيء منذ هذا الصباح.":                                                                                                             "double vision told as two pictures of everything",
	"بنتي عمرها ٤ سنين خلعوا لها سن لبني اليوم وإلى الحين تنزف ساعة كاملة وتبكي":                                                                                             "a bleed told by its length in hours",
	"بدي احكي مع حدا، ما بقى فيي كمّل، عم فكر اقطع إيدي هلق":                                                                                                                 "cutting a hand thought of now",
	"Do you accept Bupa insurance for cataract surgery? I had my first eye done 4 days ago and since this morning there's like a shadow covering the lower part of my sight": "a shadow over the sight after a question",
	"ashoof kil shay shay2ain min ba3d el botox, wesh asawi?":                                                                                                                "double vision in Arabizi («shay2ain»)",
	"ana adoo5 wayed w 7asait b'ghee6 ba3d el 5al3 😵":                                                                                                                        "fainting in Gulf Arabizi («ghee6»)",
	"ka2en fee sitara sooda 3la nu9 nathari":                                                                                                                                 "a black curtain in Arabizi («sitara sooda»)",
	"fe zay setara sooda nazla 3ala goz2 mn nazari":                                                                                                                          "a black curtain in Arabizi («setara sooda»)",
}

// TestFlags30 runs that battery (testdata/flags30.txt) as TestFlags12 runs flags12.
func TestFlags30(t *testing.T) {
	runFlagBatteryKnown(t, "testdata/flags30.txt", flags30Alarms, flags30Known)
}
