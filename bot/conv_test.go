package bot_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// turn is one message of a conversation and what its reply must be.
type turn struct {
	q    string
	kind bot.Kind
	// has, when not empty, must be in the reply's text.
	has string
}

func runConversation(t *testing.T, e *bot.Engine, turns []turn) {
	t.Helper()
	var st bot.State
	for i, tt := range turns {
		var r bot.Reply
		r, st = e.Respond(tt.q, st)
		if r.Kind != tt.kind || !strings.Contains(r.Text, tt.has) {
			t.Errorf("turn %d %q: got %s %q, want %s with %q", i+1, tt.q, r.Kind, r.Text, tt.kind, tt.has)
		}
	}
}

// A follow-up is read in the light of the conversation's topic: one with nothing of its own to
// search («ليش؟») is answered from the topic's section, a short one from the topic's page; a question
// naming a topic of its own is searched on its own, a foreign one still falls back, and an emergency in
// the middle of a conversation stays an emergency.
func TestFollowUps(t *testing.T) {
	e := mustEngine(t)
	for name, turns := range map[string][]turn{
		"why": {
			{"فيه فرق بين البوتكس الطبي والتجميلي؟", bot.KindAnswer, "تختلف الجرعات"},
			{"ليش؟", bot.KindAnswer, "التشريح الوظيفي"},
			{"يعني مين يسويه؟", bot.KindAnswer, "مختص متمرس"},
			{"مشكورة ما قصرتي", bot.KindSmalltalk, ""},
		},
		"opener and pronoun": {
			{"هو البوتكس سم؟", bot.KindAnswer, "بروتين سام عصبي"},
			{"طب ايه انواعه؟", bot.KindAnswer, "الأنواع الأكثر استخدامًا"},
		},
		"nothing asked": {
			{"هل البوتكس ينفع للتعرق؟", bot.KindAnswer, "الغدد العرقية"},
			{"طيب", bot.KindFallback, ""},
		},
		"switch and foreign": {
			{"عندكم شي للساقين؟", bot.KindAnswer, "تنحيف الساق"},
			{"وفيلر؟", bot.KindFallback, ""},
			{"هل البوتوكس يعالج الصداع النصفي؟", bot.KindAnswer, "النوبات"},
		},
		"emergency": {
			{"هل البوتكس ينفع للتعرق؟", bot.KindAnswer, "الغدد العرقية"},
			{"امي فجأة ما تقدر تتكلم ووجهها مايل", bot.KindEmergency, ""},
		},
	} {
		t.Run(name, func(t *testing.T) { runConversation(t, e, turns) })
	}
}
