package bot_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// TestLang37FitSlack: an English question is answered from the English page when its passage is
// nearly as much the kind of answer asked (fitSlack) as the Arabic one found first: the English FAQ
// "How long does a dental implant take?" tells the hour and the months, beside the Arabic FAQ on how
// long an implant lasts. A definition asked stays with the page that gives it.
func TestLang37FitSlack(t *testing.T) {
	cases := []struct{ clinic, q, want string }{
		{"dental", "how long is the whole implant thing from start to finish?", "three to six months"},
		{"dental", "implant how long?", "three to six months"},
	}
	for _, c := range cases {
		r, _ := fa22Engine(t, c.clinic).Respond(c.q, bot.State{})
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, c.want) || strings.Contains(r.Text, "Arabic page") {
			t.Errorf("%s: Respond(%q) = %s %q, want the English page's %q", c.clinic, c.q, r.Kind, r.Text, c.want)
		}
	}
	if r, _ := fa22Engine(t, "dental").Respond("what is a root canal", bot.State{}); !strings.Contains(r.Text, "إزالة اللب") {
		t.Errorf("Respond(%q) = %q, want the Arabic page's definition", "what is a root canal", r.Text)
	}
}
