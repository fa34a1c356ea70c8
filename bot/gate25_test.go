package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// A message that tells of a booking or appointment the patient has or is making, of leave from work
// booked, of talking with the doctor already begun, of the patient's own work, or that asks which role
// gives a treatment, asks no booking and no person: the question in it is the clinic's pages' to
// answer. A request for either still goes to staff.
func TestGate25NarratedBookingOrPerson(t *testing.T) {
	e := mustEngine(t)
	for _, q := range []string{
		"وش يصير باول موعد عندكم؟ وش بتسألوني؟",
		"ايش بيصير بأول موعد للعيادة؟",
		"My daughter is booked for botox on Monday, can she wear makeup after?",
		"We're just booking the injections for next week. Does it hurt?",
		"I'm booking botox for my forehead next week, how long until I see results?",
		"How much time off should I book after the injections?",
		"كنت احكي مع الدكتور عن البوتوكس، هل يصلح للتعرق؟",
		"مين بيعطي الحقنة عندكم، الدكتور ولا الممرضة؟",
		"راسي يوجعني كل يوم، موظفة وبقعد على المكتب ٨ ساعات، البوتوكس يفيد للصداع؟",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind == bot.KindHandoff {
			t.Errorf("%q: handoff (%q), want the question answered or a fallback", q, r.Text)
		}
	}
	for _, q := range []string{
		"ابي احجز موعد الاسبوع الجاي",
		"بدي احكي مع الدكتور لو سمحت",
		"I'd like to book an appointment for next week",
		"ممكن اكلم موظف الاستقبال",
		"عندكم دكتورة؟",
		"I want to talk to the doctor about my results",
		"عايز اغير ميعادي اللي بكرة",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindHandoff {
			t.Errorf("%q: %s, want a handoff", q, r.Kind)
		}
	}
}

// A greeting wishing the clinic a good day, thanks for the information named with a demonstrative and
// an adjective, and asking for an actual (real, live) person are pleasantries and a handoff, not
// questions the pages fail to answer.
func TestGate25PleasantriesAndPerson(t *testing.T) {
	e := mustEngine(t)
	for _, tt := range []struct {
		q    string
		kind bot.Kind
	}{
		{"hi, hope you're having a lovely day", bot.KindSmalltalk},
		{"hello, hope your day is going well", bot.KindSmalltalk},
		{"مشكورين كثير على هذي المعلومات القيمة", bot.KindSmalltalk},
		{"شكرا على هذه المعلومات الحلوة", bot.KindSmalltalk},
		{"can I talk to an actual staff member?", bot.KindHandoff},
		{"could I speak with a proper doctor please", bot.KindHandoff},
		{"I'd like to talk to a live human, not a bot", bot.KindHandoff},
		{"هل هذه المعلومات المفيدة عن البوتوكس صحيحة للحامل؟", ""},
	} {
		r, _ := e.Respond(tt.q, bot.State{})
		if tt.kind == "" {
			if r.Kind == bot.KindSmalltalk {
				t.Errorf("%q: smalltalk, want the question read", tt.q)
			}
			continue
		}
		if r.Kind != tt.kind {
			t.Errorf("%q: %s (%q), want %s", tt.q, r.Kind, r.Text, tt.kind)
		}
	}
}

// Whether one thing leads to another is asked of a thing the pages know when they know it as one with
// the word after it («فقدان البصر», though never writing «فقدان» alone), and "cause of" is a noun (or
// "'cause", because), not the verb: both are answered. A caused thing the pages never name still falls
// back.
func TestGate25CausedThingRead(t *testing.T) {
	e := clinicEngine(t, "eye")
	for _, q := range []string{
		"ما هي الجلوكوما، وهل ممكن تؤدي إلى فقدان البصر؟",
		"my boy is 10 and his short sight keeps getting worse every year, he is inside cause of the heat, anything to slow it?",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindAnswer {
			t.Errorf("%q: %s, want an answer", q, r.Kind)
		}
	}
	for _, q := range []string{
		"هل الليزك يسبب سرطان بالعين؟",
		"can eye drops cause hair loss?",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind == bot.KindAnswer {
			t.Errorf("%q: answer (%q), want a fallback: the pages never name what is caused", q, r.Text)
		}
	}
}
