package bot_test

import (
	"os"
	"testing"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/knowledge"
)

// Arabizi words of speed («b sor3a», «asra3 meni», «sari3») share a fit's consonants (sar3): their
// vowels keep them from the seizure read on skeletons, and a fit told so is still one.
func TestGate21SpeedIsNoFit(t *testing.T) {
	for _, q := range []string{
		"sa7bti el botox 3ndha ban asra3 meni, lesh?",
		"ana 3la dawa w kol kam yom anfi ynazzel dam shway w yw2af b sor3a, 3adi?",
		"ana basri3 3ala snani bel leil, el botox momken y2alel da?",
		"el nateeja tel3at sari3a walla la?",
	} {
		if bot.RedFlag(q) {
			t.Errorf("RedFlag(%q) = true, want false: speed, not a fit", q)
		}
	}
	for _, q := range []string{
		"weldi jato sar3a daba w kayter3ed",
		"ebni 3ando nawbet sar3",
		"galbi ydig b sor3a w dayekh",
	} {
		if !bot.RedFlag(q) {
			t.Errorf("RedFlag(%q) = false, want true", q)
		}
	}
}

// A request's word in a question that asks something else: coming to an appointment one has
// («اجي صايم على موعد القلع»), a complaint denied with «عندي اي» between, an appointment waited for
// with a word before it ("a clinic appointment"). Requests themselves still go to staff.
func TestGate21RequestWordsAskingSomethingElse(t *testing.T) {
	e := mustEngine(t)
	for _, q := range []string{
		"لازم اجي صايم على موعد القلع ولا فيني آكل شي قبل؟",
		"عمري ٤٥ وما عندي اي شكوى بعيوني، احتاج افحص؟",
		"Before I book: what signs with back pain mean I shouldn't wait for a clinic appointment?",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind == bot.KindHandoff {
			t.Errorf("%q: handoff, want no request read", q)
		}
	}
	for _, q := range []string{
		"ابي موعد للقلع",
		"ابي اقدم شكوى",
		"عندي شكوى على الموظف",
		"I want to book an appointment",
		"ابي اجي على موعد بكرة، احجزولي",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindHandoff {
			t.Errorf("%q: %s, want handoff", q, r.Kind)
		}
	}
}

// "Before I book" frames a question that asks no booking: its words are not searched, so the
// question is answered as it would be without them.
func TestGate21BookingFrameIsNotAsked(t *testing.T) {
	e := mustEngine(t)
	for _, q := range []string{
		"Before I book: what side effects are normal, and what's rare?",
		"قبل ما احجز، شو الآثار الجانبية المحتملة؟",
	} {
		r, _ := e.Respond(q, bot.State{})
		if r.Kind != bot.KindAnswer || len(r.Sources) == 0 || r.Sources[0].Section != "الآثار الجانبية المحتملة" {
			t.Errorf("%q: %s %v, want the side effects answered", q, r.Kind, r.Sources)
		}
	}
	if r, _ := e.Respond("ابي احجز موعد قبل العيد", bot.State{}); r.Kind != bot.KindHandoff {
		t.Errorf("a booking: %s, want handoff", r.Kind)
	}
}

// Whether the clinic makes, fits or comes to do something («هل تصنعون…», «بتركبوا…», «تجون…») asks
// an offer like «تسوون…»: a thing the pages never name falls back, one they name is answered.
func TestGate21MoreOfferVerbs(t *testing.T) {
	ix, err := knowledge.Open(os.DirFS("eval/testdata/clinics/dental/kb"))
	if err != nil {
		t.Fatal(err)
	}
	e := bot.NewEngine(ix, bot.Config{})
	if r, _ := e.Respond("هل تصنعون التيجان بتقنية الكاد كام في زيارة واحدة؟", bot.State{}); r.Kind != bot.KindFallback {
		t.Errorf("CAD/CAM crowns: %s, want fallback", r.Kind)
	}
	if r, _ := e.Respond("بتركبوا زراعة اسنان؟", bot.State{}); r.Kind != bot.KindAnswer {
		t.Errorf("implants: %s, want answer", r.Kind)
	}
}
