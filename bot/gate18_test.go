package bot_test

import (
	"strings"
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

// Cerebral palsy is one of the neurological conditions whose muscle spasms the home clinic's page
// treats: its own lexicon says so, so a parent asking whether Botox helps a child's spastic legs gets
// that section, not the fallback for a condition the pages never name.
func TestCerebralPalsyIsANeurologicalCondition(t *testing.T) {
	e := mustEngine(t)
	r, _ := e.Respond("ابني عنده شلل دماغي وعضلات رجليه متشنجة، هل البوتوكس بيساعده؟", bot.State{})
	if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, "انقباض عضلي لا إرادي") {
		t.Errorf("%s %q, want the muscle spasms section", r.Kind, r.Text)
	}
}
