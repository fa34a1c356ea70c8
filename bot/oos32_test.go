package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// oos32Fallback asks each question alone and wants the fallback, which offers a person.
func oos32Fallback(t *testing.T, e *bot.Engine, qs ...string) {
	t.Helper()
	for _, q := range qs {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindFallback {
			t.Errorf("%q: got %s %q, want the fallback", q, r.Kind, r.Text)
		}
	}
}

// TestOos32MouthTopicsNotOnThePages: a clicking jaw, old amalgam fillings, mouth ulcers and a night
// guard are things a dental clinic may not write of («طقطقة», "amalgam", "ulcers", "night guard" are
// topics of the language layer): a clinic whose pages name none of them does not answer them from
// the words they share with its pages (opening the mouth after an extraction, the safety of
// whitening, the cheek).
func TestOos32MouthTopicsNotOnThePages(t *testing.T) {
	oos32Fallback(t, fa22Engine(t, "dental"),
		"فكي يطقطق كل ما اكل، ليش؟",
		"are old amalgam fillings safe?",
		"I get mouth ulcers on my cheek, what can I put on them?",
		"I grind my teeth at night and wake up with a sore jaw, do you make night guards?")
}

// TestOos32GrindingStaysWhereThePagesJoinIt: the grinding itself is no topic of the language layer:
// a clinic's lexicon joins it to the teeth its pages treat (Botox for teeth grinding), and it is
// answered there.
func TestOos32GrindingStaysWhereThePagesJoinIt(t *testing.T) {
	e := mustEngine(t)
	for _, q := range []string{"i grind my teeth at night, is botox used for that?", "صرير الاسنان يتعالج بالبوتوكس؟"} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindAnswer {
			t.Errorf("%q: got %s %q, want an answer", q, r.Kind, r.Text)
		}
	}
}

// TestOos32EyeAndPhysioTopicsNotOnThePages: a growth on the white of the eye, a trapped nerve at the
// wrist, the belly muscles parted after a birth: named, and named nowhere in the pages, they are not
// answered from laser, numb hands at night or the belly.
func TestOos32EyeAndPhysioTopicsNotOnThePages(t *testing.T) {
	oos32Fallback(t, fa22Engine(t, "eye"), "لحمية العين تنشال بالليزر؟")
	oos32Fallback(t, fa22Engine(t, "physio"),
		"ايدي بتنمل والدكتور قال نفق رسغ، بتعالجوه؟",
		"عندي انفصال بعضلات البطن بعد الولادة، في علاج؟")
}

// TestOos32NamesThePagesDoNotUse: another brand of the toxin, an insurer by name, a sick-leave note:
// the pages that name none of them do not say how they compare, whether the clinic takes them, or
// gives one.
func TestOos32NamesThePagesDoNotUse(t *testing.T) {
	oos32Fallback(t, mustEngine(t), "ايش الفرق بين ديسبورت والبوتوكس؟", "Does Bupa cover botox for migraine?")
	oos32Fallback(t, fa22Engine(t, "eye"), "Can I get a sick leave note after cataract surgery?")
}

// TestOos32DroopingLid: a drooping upper lid (ptosis, «جفني نازل», «رفع الجفن») is a topic of the
// language layer: an eye clinic whose pages name it nowhere does not answer it from the lid and the
// operations it does write of.
func TestOos32DroopingLid(t *testing.T) {
	oos32Fallback(t, fa22Engine(t, "eye"), "جفني نازل شوي، تسوون عملية رفع الجفن؟", "do you fix a droopy eyelid?")
}

// TestOos32Flight: a plane or a flight after a treatment is asked of pages that never speak of one,
// which do not say when it may be taken; "fly" alone and travel stay plain words, given as context
// beside what the pages answer.
func TestOos32Flight(t *testing.T) {
	oos32Fallback(t, fa22Engine(t, "dental"), "can I take a plane a week after my implant?", "اقدر اركب طيارة بعد خلع الضرس؟")
	oos32Fallback(t, fa22Engine(t, "eye"), "Is flying after cataract surgery ok, I have a flight next week?")
	e := fa22Engine(t, "dental")
	q := "how long does the whole implant thing take start to finish? I travel for work a lot"
	if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindAnswer {
		t.Errorf("%q: got %s %q, want an answer", q, r.Kind, r.Text)
	}
}
