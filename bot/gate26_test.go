package bot_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/knowledge"
)

// The Egyptian and Levantine copula «بيبقى», «هيبقى» (is, will be), the English "able" (would I be
// able to) and the hedges "usually", "eventually" say nothing of what is asked: they are no content word of a question, while the Gulf «يبقى»
// (stays, lasts) still asks how long something lasts.
func TestGate26CopulaIsNoContent(t *testing.T) {
	for _, tt := range []struct {
		q, stem string
		has     bool
	}{
		{"الجلسة بيبقى فيها ايه بالظبط؟", "يبق", false},
		{"لو عملت تبييض لونها هيبقى ابيض؟", "يبق", false},
		{"الشغلانة دي بتبقى قد ايه؟", "تبق", false},
		{"will I be able to drive home after the session?", "able", false},
		{"كم يبقى مفعول الحقنة؟", "يبق", true},
		{"how long do crowns usually last?", "usual", false},
		{"will the redness eventually fade on its own?", "eventual", false},
	} {
		st := knowledge.Stems(tt.q)
		got := slices.ContainsFunc(st, func(s string) bool { return strings.HasPrefix(s, tt.stem) })
		if got != tt.has {
			t.Errorf("%q: stems %v, want %q present: %v", tt.q, st, tt.stem, tt.has)
		}
	}
}

// A question whose words the pages mostly know (all but a dialect verb or two around them), with a
// passage that holds half of it in passing, is answered from that passage; one naming something the
// pages never write of (green tea, swimming in the sea, coloured lenses) still falls back.
func TestGate26MostlyKnownHalfHeld(t *testing.T) {
	e := mustEngine(t)
	for _, q := range []string{
		"عندي حساسية من أدوية كثيرة، بيمشي الحال أسوي بوتوكس؟",
		"عندي حساسية من حاجات كتير، ينفع اعمل بوتوكس عادي؟",
		"I've got lots of allergies, would I still be able to have botox?",
	} {
		r, _ := e.Respond(q, bot.State{})
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, "حساسية") {
			t.Errorf("%q: %s %q, want the answer on who suits the treatment (allergies)", q, r.Kind, r.Text)
		}
	}
	for _, q := range []string{
		"هل أقدر أشرب شاي أخضر بعد جلسة البوتوكس؟",
		"can I go swimming in the sea the day after botox?",
		"ينفع ألبس عدسات لاصقة ملونة بعد البوتوكس؟",
		"مين فاز بكاس العالم السنة الماضية",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind == bot.KindAnswer {
			t.Errorf("%q: answered %q, want a fallback", q, r.Text)
		}
	}
}
