package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// Words of a request in questions that ask something else: a bare «قديش الجلسة؟» asks how long a
// session lasts, «احجز امتى؟» and "when should I book" how soon to come, an appointment someone else
// has («عندها موعد») frames the question, booking wished for with a doubt («ابي احجز بس خايفة») is
// not yet a booking, and someone skilled wished for («ابي وحدة شاطرة») asks who does it. The requests
// themselves still go to staff: the price of a session («بقديش الجلسة»), a booking for someone else
// («احجزلها»), when one can book.
func TestRequestWordsAskingSomethingElse(t *testing.T) {
	e := mustEngine(t)
	for _, q := range []string{
		"قديش الجلسة؟ وبتوجع؟",
		"طلعت عندي حبة بجبهتي وكبرت، احجز امتى؟",
		"when should I book the next one after my first botox?",
		"امي عندها موعد بوتوكس بكره، لازم توقف الاسبرين؟",
		"ابي احجز بس خايفة من الالم، الابرة توجع؟",
		"ابي وحدة شاطرة تسوي لي الحقن، مين يحقن عندكم؟",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind == bot.KindHandoff {
			t.Errorf("%q: handoff, want no request read", q)
		}
	}
	for _, q := range []string{
		"بقديش الجلسة؟",
		"قديش حق الجلسة؟",
		"عايزة احجزلها موعد الاسبوع الجاي",
		"when can I book?",
		"ابي احجز موعد",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindHandoff {
			t.Errorf("%q: %s, want handoff", q, r.Kind)
		}
	}
}

// «خلص» closes a conversation as «خلاص» does: «خلص تمام، باي» is a goodbye.
func TestKhalasIsAClosing(t *testing.T) {
	e := mustEngine(t)
	for _, q := range []string{"خلص تمام، باي", "خلص شكرا"} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindSmalltalk {
			t.Errorf("%q: %s, want smalltalk", q, r.Kind)
		}
	}
}
