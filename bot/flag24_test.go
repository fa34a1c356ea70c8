package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// clinicFlagCheck asserts that each of flags gets the emergency reply at clinic, and none of looks does
// (flag23Check asks the home clinic only).
func clinicFlagCheck(t *testing.T, clinic string, flags, looks []string) {
	t.Helper()
	engines, _ := clinicEngines(t)
	e := engines[clinic]
	for _, m := range flags {
		if r, _ := e.Respond(m, bot.State{}); r.Kind != bot.KindEmergency {
			t.Errorf("%s: red flag %q: got %s, want the emergency reply", clinic, m, r.Kind)
		}
	}
	for _, m := range looks {
		if r, _ := e.Respond(m, bot.State{}); r.Kind == bot.KindEmergency {
			t.Errorf("%s: look-alike %q: got the emergency reply", clinic, m)
		}
	}
}

// TestFlag24SuicideTransliterated: "suicide", "suicidal" written in Arabic letters is the wish to die;
// asked of a medicine in general it is not told.
func TestFlag24SuicideTransliterated(t *testing.T) {
	clinicFlagCheck(t, "botox",
		[]string{"حاسس حالي سوسايدل اليوم ومحدا حاسس فيني", "اختي تقول انها سويسايدل الحين وتبكي", "صاير عندي افكار سويسايد كل ليلة"},
		[]string{"هل ابر الروكتان تسبب افكار سويسايدل؟"})
}

// TestFlag24DeniedNoSign: nobody to turn to, no reason or no diet behind what is told deny no sign: the
// net still reads the message as a report.
func TestFlag24DeniedNoSign(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"my dad has back pain with a fever of 39 and lost 10 kilos without trying",
			"ضهري يوجعني وعندي حرارة ٣٩ ونزل وزني ٧ كيلو بدون رجيم"},
		[]string{"my back hurts but no fever and no numbness, can I book?"})
}

// TestFlag24LostTheVision: sight lost told with "the" or "all" before it.
func TestFlag24LostTheVision(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"he lost all vision in his left eye an hour ago, no pain at all", "I've lost the sight in my right eye, it went dark suddenly"},
		[]string{"can glaucoma make you lose the vision slowly?"})
}

// TestFlag24SaddleBladderArabizi: saddle numbness («ma 3am b7es bel 2a3de») and a bladder out of control
// («ma 3am ye2der ysayter 3al bol») in Levantine Arabizi, in the first and the third person; a back hurt
// from sitting, its tingling denied, is none.
func TestFlag24SaddleBladderArabizi(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"dahri byewja3ni ktir w ma 3am b7es bel 2a3de", "baba dahro 3am yewja3o w ma 3am ye2der ysayter 3al bol",
			"ma 3am 2der sayter 3al bol w dahri 3am ywaj3ni"},
		[]string{"rijli tooja3ni mn el gi3da bs ma fi tanmeel", "dahri byewja3ni mn el 2a3de 3al maktab, shu el tamarin?"})
}

// TestFlag24FlashesArabizi: flashes («sho3a3») with spots («nu2at», «no2at») told in Arabizi.
func TestFlag24FlashesArabizi(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"shayfe sho3a3 w nu2at soud b 3eini fag2a", "ukhti tshoof sha3a3 w no2at fi 3einha min el sob7"},
		[]string{"ma fi wala sho3a3 wala nu2at, bas bedde fa7es nazar"})
}

// TestFlag24LaughedBreathCut: the breath "cut off" with a laugh is a figure of speech; without one, and
// someone else's, it is not.
func TestFlag24LaughedBreathCut(t *testing.T) {
	clinicFlagCheck(t, "botox",
		[]string{"ابني انقطع نفسه وما عم يتنفس، ساعدونا"},
		[]string{"ركضت ورا الباص وانقطع نفسي 😂 بوصل متأخرة شوي", "طلعنا الدرج لعندكم وانقطع نفسنا هههه"})
}

// TestFlag24FiguresOfDevice: paralysed by a wait, a camera showing double: figures and devices, not signs.
func TestFlag24FiguresOfDevice(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"انشلت ايده اليمين فجأة وما يقدر يحركها", "I see double since this morning and it started suddenly"},
		[]string{"انشلينا من الانتظار عندكم، متى يجي الدكتور؟", "the camera shows my eye double when I take a selfie, why?",
			"كاميرا الجوال تطلع عيوني دبل بالصور، ليش؟"})
}

// TestFlag24SteadyFits: fits told as a condition held steady or followed by a doctor, in Egyptian
// Arabizi and Gulf and Levantine Arabic; a fit now still alarms.
func TestFlag24SteadyFits(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"ابوي جاته نوبة صرع الحين وما يرد علينا"},
		[]string{"ابوي عنده صرع متظبط بالدوا، يقدر يسوي جلسة ليزر؟", "benti 3andaha sar3 bas metzabbat, momken te3mel peeling?",
			"خالتي عندها صرع ومتابعة مع دكتورها، بتقدر تعمل جلسة؟"})
}

// TestFlag24ArabiziDenials: «ma 3ande», «ma 3indi» with «wala» and the Arabizi spellings of allergy,
// difficulty and tingling deny what they name.
func TestFlag24ArabiziDenials(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"3ande dee2 nafas w 7asasiye 3al wesh halla2"},
		[]string{"ma 3ande wala 7asasiye wala sa3ooba bel tanafos, bas bedde maw3ad",
			"ma 3indi 9u3ooba bil tanaffus, bas abi a3rf el si3r", "ma 3andy 7asasiya wala dee2 nafas, kam el tanzeef?"})
}

// TestFlag24LongAgo and a medicine swallowed: a faint long ago is history; asking leave to swallow a
// painkiller is no trouble swallowing.
func TestFlag24LongAgoAndPainkiller(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"my husband just fainted in the waiting room and won't wake up"},
		[]string{"my father fainted once a long time ago, can he have the implant?", "اقدر ابلع حبة المسكن قبل الخلع؟",
			"can I swallow a painkiller before the extraction?"})
}

// TestFlag24MixedEnglishSkeleton: a message with English grammar keeps its English words out of the
// Arabizi skeletons, as its Arabic reading does: "emergency signs" asked after «3andi so2al» is no
// cry for help; Arabizi signs in such a message still alarm.
func TestFlag24MixedEnglishSkeleton(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"my dad ma 3am y2der yetnafas, please help", "help my mom 3ayna 3am tenzef w ma 3am tshoof shi"},
		[]string{"3andi so2al: what are the emergency signs after laser surgery?", "3ndi question, what are the emergency signs after the operation?"})
}
