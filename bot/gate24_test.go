package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// Whether a medicine or supplement the pages never name may be taken («ينفع اتناول الإيبوبروفين…»,
// «باخذ فيتامين…») is not said by the passage sharing the question's other words; one the pages name
// (a prostate drug at the eye clinic) is still answered, and so is a medicine named only by its kind.
func TestGate24UnknownThingTaken(t *testing.T) {
	e := mustEngine(t) // the home clinic: Botox
	for _, q := range []string{
		"ينفع اتناول الإيبوبروفين يوم جلسة البوتوكس؟",
		"انا باخذ اوميغا ثلاثة كل يوم، اوقفها قبل الحقن؟",
		"ممكن اخد بروفين بعد البوتكس لو راسي وجعني؟",
		"بقدر آخد مغنيسيوم بنفس اسبوع البوتوكس ولا بأثر؟",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindFallback && r.Kind != bot.KindHandoff {
			t.Errorf("%q: %s (%q), want fallback: the pages never name what is taken", q, r.Kind, r.Text)
		}
	}
	eye := clinicEngine(t, "eye")
	for _, q := range []string{
		"باخذ حبوب للبروستاتا، لازم اعلم الطبيب قبل عملية الموية البيضا؟",
		"استعمل قطرة من الصيدلية للجفاف بس ما تكفي، وش اسوي؟",
	} {
		if r, _ := eye.Respond(q, bot.State{}); r.Kind != bot.KindAnswer {
			t.Errorf("eye %q: %s, want an answer", q, r.Kind)
		}
	}
}

// Whether the clinic offers a thing of two words is said by a passage naming them together, not by
// one holding them apart (a first visit that ends with a home exercise plan does not offer home
// visits); the words of a thing the pages name together are still answered, whatever places them
// («…لكبار السن»).
func TestGate24OfferedThingNamedTogether(t *testing.T) {
	e := clinicEngine(t, "physio")
	for _, q := range []string{
		"do you offer home visits for elderly patients?",
		"هل تقدمون زيارات منزلية للمرضى؟",
		"تسوون جلسات منزلية؟ امي تعبانة",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindFallback && r.Kind != bot.KindHandoff {
			t.Errorf("%q: %s (%q), want fallback: no passage names the thing asked for", q, r.Kind, r.Text)
		}
	}
	for _, q := range []string{
		"تسوون تمارين توازن لكبار السن؟",
		"do you do dry needling?",
		"بتعملوا موجات تصادمية؟",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindAnswer {
			t.Errorf("%q: %s, want an answer", q, r.Kind)
		}
	}
}

// Levantine and Egyptian Arabizi ask an offer too («t3mlo … 3ndkom?», «3andoko …?»): a thing the
// pages name only as what another treatment is not falls back; one they offer is answered.
func TestGate24ArabiziOfferOpeners(t *testing.T) {
	e := clinicEngine(t, "physio")
	if r, _ := e.Respond("3andoko 7ijama?", bot.State{}); r.Kind != bot.KindFallback && r.Kind != bot.KindHandoff {
		t.Errorf("«3andoko 7ijama?»: %s (%q), want fallback", r.Kind, r.Text)
	}
	if r, _ := e.Respond("3andoko mawjat tasadomiya?", bot.State{}); r.Kind != bot.KindAnswer {
		t.Errorf("«3andoko mawjat tasadomiya?»: %s, want an answer", r.Kind)
	}
}
