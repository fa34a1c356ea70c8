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

// Look-alikes of red flags the triage read as signs: a care not carried («لا تشيل هم»), «فيني» in a
// call back («يتصل فيني»), spasms of a muscle in Arabizi, a fear with «و» glued on and a word between
// it and the feared verb, the Egyptian «من ساعة» before what it dates from (ever since, not for an
// hour), and the writer anxious now about what is to come after a faint told as past and over. Each
// sign still reads as one when told now.
func TestRedFlagLookAlikesOfGate20(t *testing.T) {
	e := mustEngine(t)
	for _, q := range []string{
		"بنتي جفنها يرف من يومين، امها تقول لا تشيل هم، البوتوكس يفيد؟",
		"ممكن حدا يتصل فيني بكرة؟ بدي احكي مع الدكتورة عن البوتوكس",
		"3adalat ejri bt2alsni mn el tashannojat bel leil, el botox bysa3ed?",
		"اخذ مميع دم يوميا وخايفة كتير ينزف معي بعد ما احقن، اوقفه؟",
		"امي عندها شد في ايدها من ساعة الجلطة اللي جتها قبل سنتين، البوتوكس يفيدها؟",
		"اغمي علي السنة الماضية وقت الحقن ثم تعافيت بسرعة، وانا الحين قلقانة جدا من الجلسة الجاية، في شي يهدي؟",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind == bot.KindEmergency {
			t.Errorf("%q: emergency, want none", q)
		}
	}
	for _, q := range []string{
		"ابني عنده تشنجات وما يرد علينا",
		"وجهي ورم بعد الابرة وخايفه وما اقدر اتنفس",
		"من ساعة وانا ما اقدر اتنفس",
		"ما فيني احكي، لساني ثقيل فجأة",
		"ibni 3ando tashanojat w ma byrod",
		"اغمي علي السنة الماضية، وانا الحين ما اقدر اتنفس",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindEmergency {
			t.Errorf("%q: %s, want emergency", q, r.Kind)
		}
	}
}

// Whether the clinic offers a thing is said by a passage that names the thing whole, not one that
// holds part of it (joint injections for «حقن الخلايا الجذعية», the retina for "retina injections");
// treating names no thing, and a thing the clinic offers is still answered.
func TestOfferOfAThingNamedWhole(t *testing.T) {
	for _, tt := range []struct {
		clinic, q string
		want      bot.Kind
	}{
		{"physio", "هل تقدمون حقن الخلايا الجذعية للكتف؟", bot.KindFallback},
		{"eye", "do you give retina injections for diabetic eyes?", bot.KindFallback},
		{"physio", "هل تقدمون علاج خشونة الركبة؟", bot.KindAnswer},
		{"physio", "عندكم علاج للانزلاق الغضروفي؟", bot.KindAnswer},
		{"eye", "do you do cataract surgery?", bot.KindAnswer},
	} {
		if r, _ := clinicEngine(t, tt.clinic).Respond(tt.q, bot.State{}); r.Kind != tt.want {
			t.Errorf("%s %q: %s, want %s", tt.clinic, tt.q, r.Kind, tt.want)
		}
	}
}
