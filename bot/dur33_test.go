package bot_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// A follow-up asking a length of time (how long it lasts, how long till it shows) after a page
// that tells none anywhere (what the toxin is and how it acts) is answered by the clinic's passage
// that tells it («تظهر النتائج عادة خلال أيام قليلة وتستمر عدة أشهر»), not by another part of the
// page the conversation was on, which cannot say it. Written in English, Gulf, Levantine and
// Egyptian Arabic.
func TestDur33SpanAfterPageWithoutOne(t *testing.T) {
	e := mustEngine(t)
	for _, c := range [][2]string{
		{"my neck keeps pulling to one side, can botox treat that?", "how long does it last?"},
		{"my neck keeps pulling to one side, can botox treat that?", "how long till it starts working?"},
		{"my eyelid has been twitching for a month, is botox used for that?", "how long until I see it?"},
		{"ابي بوتكس لتنحيف الفك عندكم؟", "وكم ياخذ لين يبين مفعوله؟"},
		{"عندي رجفة بالجفن، بيعالجها البوتوكس؟", "وقديش بيطول لتبين النتيجة؟"},
	} {
		runConversation(t, e, []turn{
			{c[0], bot.KindAnswer, ""},
			{c[1], bot.KindAnswer, "عدة أشهر"},
		})
	}
}

// What must not change: a page that tells lengths of time answers its own follow-up (how long the
// cataract operation takes, after how it is done), and a follow-up counting times is no question
// of a length of time.
func TestDur33SpanStaysOnPageThatTellsIt(t *testing.T) {
	runConversation(t, clinicEngine(t, "eye"), []turn{
		{"ابوي بيسوي عملية الماء الابيض الشهر الجاي، كيف يسوونها؟", bot.KindAnswer, ""},
		{"وكم تطول؟", bot.KindAnswer, "من 15 إلى 20 دقيقة"},
	})
	e := mustEngine(t)
	var st bot.State
	_, st = e.Respond("البوتكس للتجاعيد وش يسوي بالعضلة؟", st)
	r, _ := e.Respond("وكم مرة لازم اعيده؟", st)
	if r.Kind == bot.KindAnswer && len(r.Sources) > 0 && r.Sources[0].Section == "مدة النتائج والمتابعة" {
		t.Errorf("how many times was answered by how long the result lasts: %q", r.Text)
	}
}

// Whether a result lasts, asked as lasting or something else that names a span in its other half
// («يدوم ولا بعد كم سنة يرجع…؟», "does it last or will I need glasses after a few years?"), asks
// whether it lasts for good: the section on the result and how long it lasts answers, not one that
// names a year for another reason (a prescription stable for a year).
func TestDur33LastsOrAfterYears(t *testing.T) {
	e := clinicEngine(t, "eye")
	for _, q := range []string{
		"الليزك بيدوم ولا بعد كم سنة بيرجع النظر يضعف؟",
		"هو الليزك بيفضل ولا بعد كام سنة النظر بيرجع يضعف تاني؟",
		"الليزك هيدوم ولا بعد كام سنة النظر هيرجع يضعف؟",
	} {
		r, _ := e.Respond(q, bot.State{})
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, "التصحيح دائم في القرنية") {
			t.Errorf("Respond(%q) = %s %q, want the section on the result and how long it lasts", q, r.Kind, r.Text)
		}
	}
}
