package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// oosfbKinds asks each question alone and wants the kind given.
func oosfbKinds(t *testing.T, e *bot.Engine, want bot.Kind, qs ...string) {
	t.Helper()
	for _, q := range qs {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != want {
			t.Errorf("%q: got %s %q, want %s", q, r.Kind, r.Text, want)
		}
	}
}

// TestOosfbTopicWordsApartAreNotSaid: a treatment is said by its words together, not by the same words
// in different sentences of one passage. The eye pages name an implanted lens and the edge of the
// cornea in one paragraph, the physio English page a first visit and home exercises: neither offers a
// cornea transplant or home visits, which the patient asks for by name.
func TestOosfbTopicWordsApartAreNotSaid(t *testing.T) {
	oosfbKinds(t, fa22Engine(t, "eye"), bot.KindFallback,
		"ممكن تعملولي زرع قرنية؟",
		"do you do corneal transplants here?")
	oosfbKinds(t, fa22Engine(t, "physio"), bot.KindFallback,
		"هل عندكم زيارات منزلية لكبار السن؟",
		"can the therapist do home visits for my mum?")
}

// TestOosfbConditionsThePagesDoNotTreat: sweating too much at a skin clinic that only names a deodorant,
// warts by their plural «تآليل», an overactive bladder at a clinic whose toxin pages list other medical
// uses: named and not written of, they are not answered from the armpit, moles or «فرط» of sweating.
func TestOosfbConditionsThePagesDoNotTreat(t *testing.T) {
	oosfbKinds(t, fa22Engine(t, "derma"), bot.KindFallback,
		"ابني عنده فرط تعرق باليدين، تعالجونه؟",
		"تآليل على رجلي، كيف تنشال؟")
	oosfbKinds(t, mustEngine(t), bot.KindFallback, "البوتوكس للمثانة العصبية ينفع؟")
}

// TestOosfbSweatingStaysWhereThePagesTreatIt: the toxin pages do treat excessive sweating, so the same
// topic is answered there.
func TestOosfbSweatingStaysWhereThePagesTreatIt(t *testing.T) {
	oosfbKinds(t, mustEngine(t), bot.KindAnswer, "هل البوتوكس يعالج التعرق الزائد؟", "botox for hyperhidrosis?")
}

// TestOosfbPregnancyUnsaidIsNotAnswered: whether something is safe while pregnant or nursing is what a
// pregnant or nursing patient asks; a passage that never names pregnancy or nursing (the X-ray taken
// before a wisdom tooth comes out, how a joint injection is given) does not say it, and the clinic's staff
// should. A passage that names them (who whitening does not suit) still answers, and so does a
// question whose patient says she is not pregnant.
func TestOosfbPregnancyUnsaidIsNotAnswered(t *testing.T) {
	dental := fa22Engine(t, "dental")
	oosfbKinds(t, dental, bot.KindFallback,
		"انا حامل بالشهر الرابع، اقدر اسوي صورة بانوراما للاسنان؟",
		"is a dental x-ray ok when you're pregnant?")
	oosfbKinds(t, fa22Engine(t, "physio"), bot.KindFallback, "I am breastfeeding, can I have a cortisone injection in my knee?")
	oosfbKinds(t, dental, bot.KindAnswer,
		"ينفع التبييض للحامل؟",
		"I'm not pregnant and want whitening, how long does the result last?")
}

// TestOosfbPleasantriesWithTodayAndParticles: «كيفكم اليوم» is "how are you today" and «سلام بقى» an
// Egyptian goodbye; Arabizi thanks "for the help" («3al musa3ada») is still thanks, not a question about
// assistive devices. A question after the greeting still goes to the pages.
func TestOosfbPleasantriesWithTodayAndParticles(t *testing.T) {
	e := fa22Engine(t, "physio")
	oosfbKinds(t, e, bot.KindSmalltalk, "اهلين، شلونكم الحين؟", "هلا كيفك اليوم", "خلاص تمام، باي بقى", "tamam ya3teek el 3afia, shukran 3al musa3ada")
	oosfbKinds(t, e, bot.KindAnswer, "كيفك اليوم؟ كم جلسة احتاج لالم الظهر؟")
}

// TestOosfbBookingWordFramesAQuestion: a booking word beside a real question does not make it a booking
// request. Waiting for the clinic's appointment instead of urgent care («ينفع استنى للموعد؟»), what
// should make one book, and a booking named before the question with its appointment («قبل ما احجز
// موعد التبييض، …») ask what the pages say. A plain booking request still goes to staff.
func TestOosfbBookingWordFramesAQuestion(t *testing.T) {
	dental := fa22Engine(t, "dental")
	for _, q := range []string{
		"سني يوجعني شوي بدون ورم ولا حرارة، عادي اصبر للموعد؟",
		"which symptoms after an extraction should make me book a check rather than wait?",
		"قبل ما احجز موعد الخلع، ايش العلامات اللي لازم اروح فيها للطوارئ بعد الخلع؟",
	} {
		if r, _ := dental.Respond(q, bot.State{}); r.Kind == bot.KindHandoff {
			t.Errorf("%q: got a handoff %q, want the pages asked", q, r.Text)
		}
	}
	oosfbKinds(t, dental, bot.KindHandoff, "ابي احجز موعد للخلع", "I want to book an appointment")
}

// TestOosfbUlcersAloneAreATopic: an ulcer named without "mouth" («عندي قرحة من اسبوع», "ulcers on my
// gum") is the same topic a dental clinic may not write of; a skin clinic whose pages name an
// ulcerating mole still answers it.
func TestOosfbUlcersAloneAreATopic(t *testing.T) {
	oosfbKinds(t, fa22Engine(t, "dental"), bot.KindFallback, "عندي قرحة جوا الشفة من اسبوع، ايش احط عليها؟", "I have ulcers on my gum, what helps?")
	oosfbKinds(t, fa22Engine(t, "derma"), bot.KindAnswer, "my mole started bleeding and has an ulcer, should I worry?")
}
