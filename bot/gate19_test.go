package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// A question asking what causes something («وش اللي يسبب…», "what causes…") names no cause to be
// checked against the pages: the page on what is caused answers it, as any question on it would.
func TestWhatCausesIsNoCauseNamed(t *testing.T) {
	e := clinicEngine(t, "derma")
	for _, q := range []string{"وش اللي يسبب حب الشباب عندي؟ صار لي سنتين وهو ما راح", "what causes acne?"} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindAnswer {
			t.Errorf("%q: %s, want answer", q, r.Kind)
		}
	}
}

// Words a request is made of, in phrases that request nothing: Arabizi «b kam yom» (in how many
// days), «fee» read as «في» among Arabizi words, booking named as what comes after («قبل ما حتى
// أحجز»), an appointment the patient has («وعندي موعد»), a complaint denied («وما اشتكي من شي»), a
// child shown to a specialist («عرض الطفل على أخصائي»). The requests themselves still go to staff,
// an appointment moved on a named day among them.
func TestHandoffWordsThatAskNothing(t *testing.T) {
	e := mustEngine(t)
	for _, q := range []string{
		"mumkin 7ot makeup ba3d el botox b kam yom?",
		"el botox fee madha3faat 5a6ira wala nadir?",
		"بدي أفهم مين الشخص اللي بينفعلو البوتوكس ومين لأ قبل ما حتى أحجز استشارة",
		"انا حامل بالشهر الرابع وعندي موعد بوتوكس لازم اقول للدكتوره",
		"عمري 45 وما اشتكي من شي، احتاج بوتوكس للصداع؟",
		"متى ينبغي عرض المريض المصاب بالصداع النصفي على أخصائي؟",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind == bot.KindHandoff {
			t.Errorf("%q: handoff, want no request read", q)
		}
	}
	for _, q := range []string{
		"I need to move my Tuesday session to Thursday please",
		"botox b kam?",
		"what is the fee for botox?",
		"ابي احجز موعد",
		"عندي شكوى على الموظفة",
		"كم عرض البوتوكس هالشهر؟",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindHandoff {
			t.Errorf("%q: %s, want handoff", q, r.Kind)
		}
	}
}

// Which kind of a thing is best, asked in Arabizi («shu a7san mkhadde la ra2bti?»), is answered by a
// passage that names the thing in the Arabic letters the search reads it in (the pillow), as it is
// asked in Arabic letters.
func TestBestThingInArabizi(t *testing.T) {
	e := clinicEngine(t, "physio")
	for _, q := range []string{"shu a7san mkhadde la ra2bti? w el shashe ad2esh lazem tkoun 3alye?", "شو احسن مخدة لرقبتي؟"} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindAnswer {
			t.Errorf("%q: %s, want answer", q, r.Kind)
		}
	}
	if r, _ := e.Respond("shu a7san mobile lal taswir?", bot.State{}); r.Kind == bot.KindAnswer {
		t.Errorf("the best phone: answered %q, want no answer", r.Text)
	}
}

// Stop words between the question word and the cause verb ("what actually causes…") still ask what
// the cause is; a thing named there ("does laser cause…") is a cause asked about.
func TestWhatActuallyCauses(t *testing.T) {
	e := clinicEngine(t, "eye")
	if r, _ := e.Respond("what actually causes a lazy eye?", bot.State{}); r.Kind != bot.KindAnswer {
		t.Errorf("what actually causes a lazy eye: %s, want answer", r.Kind)
	}
}

// Whether the clinic offers a thing its pages name only as what another treatment is not («تختلف عن
// الحجامة») is no question those pages answer; one they name as offered is.
func TestOfferNamedOnlyInContrast(t *testing.T) {
	e := clinicEngine(t, "physio")
	if r, _ := e.Respond("عندكم حجامة؟ أبي أسوي حجامة للرقبة", bot.State{}); r.Kind == bot.KindAnswer {
		t.Errorf("cupping: answered %q, want no answer", r.Text)
	}
	if r, _ := e.Respond("عندكم إبر جافة للرقبة؟", bot.State{}); r.Kind != bot.KindAnswer {
		t.Errorf("dry needling: %s, want answer", r.Kind)
	}
}
