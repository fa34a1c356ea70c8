package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// oos33bCheck wants a fallback or handoff for every message of away and an answer for every one of kept.
func oos33bCheck(t *testing.T, e *bot.Engine, away, kept []string) {
	t.Helper()
	for _, m := range away {
		if r, _ := e.Respond(m, bot.State{}); r.Kind == bot.KindAnswer {
			t.Errorf("Respond(%q) answered from %v, want a fallback or handoff", m, r.Sources)
		}
	}
	for _, m := range kept {
		if r, _ := e.Respond(m, bot.State{}); r.Kind != bot.KindAnswer {
			t.Errorf("Respond(%q).Kind = %s, want an answer", m, r.Kind)
		}
	}
}

// Grinding the teeth, told with the patient's verbs, is not on a dental clinic's pages that never name
// it; the Botox clinic, whose lexicon gives grinding to the teeth, still answers it.
func TestOos33bGrinding(t *testing.T) {
	oos33bCheck(t, fa22Engine(t, "dental"), []string{
		"ولدي يطحن اسنانه طول الليل، وش الحل؟",
		"صرت بصرّف على سناني وانا نايم، في شي يحميها؟",
		"مرتي تقول اني اصكها بالليل، عندكم حل؟",
		"I grind my teeth at night and my jaw aches, what can you do?",
	}, []string{
		"كم مرة لازم انظف اسناني باليوم؟",
		"هل تبييض الأسنان آمن؟",
	})
	oos33bCheck(t, mustEngine(t), nil, []string{
		"بطحن سناني وانا نايم، البوتوكس بيفيد؟",
		"I grind my teeth in my sleep, can botox help with that?",
	})
}

// Coloured lenses for an evening are not what the eye pages write of; lenses after LASIK still are.
func TestOos33bColouredLenses(t *testing.T) {
	oos33bCheck(t, fa22Engine(t, "eye"), []string{
		"بدي البس عدسات ملونة بخطوبة صاحبتي، بتضر؟",
		"are colored contacts ok to wear for one night?",
	}, []string{
		"متى اقدر ارجع البس العدسات اللاصقة بعد الليزك؟",
	})
}
