package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// One thing asked with a question word («متى», "when") is no bare word: the ranking has read what is
// asked of it, so two passages close in rank are no choice to offer, and the first answers. The bare
// word still asks which.
func TestAskedOfOneThingIsAnswered(t *testing.T) {
	e := mustEngine(t)
	for _, q := range []string{"results when?", "متى النتائج؟"} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindAnswer {
			t.Errorf("%q: %s, want answer", q, r.Kind)
		}
	}
	for _, q := range []string{"results", "النتائج"} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindClarify {
			t.Errorf("%q: %s, want clarify", q, r.Kind)
		}
	}
}
