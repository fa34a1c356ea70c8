package bot

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// The triage reads a message through the dialects' regular shifts: the borrowed letters, the Iraqi ك
// of ability, a negation glued to its verb, the Maghrebi present, the dialect adverbs.
func TestTriageWords(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"وگف الأكل وصار ازرگ", "وقف الاكل وصار ازرق"},
		{"چان ياكل", "كان ياكل"},
		{"ميكدر ينزل راسه", "ما يقدر ينزل راسه"},
		{"ما اكدر اوگف", "ما اقدر اوقف"},
		{"ومدا يتنفس", "وما دا يتنفس"},
		{"ما كتجاوبش مزيان", "ما تجاوبش زين"},
		{"كيقدر يحرك", "يقدر يحرك"},
		{"شربات دوا بزاف", "شربات دوا كثير"},
		// Words of their own stay: a shoulder, "a lot" in the Levant, "I was", a book.
		{"كتفي كتير كنت كتابه", "كتفي كتير كنت كتابه"},
		{"ميت ميه مدي", "ميت ميه مدي"},
	} {
		if got := strings.Join(triageWords(c.in, knowledge.Words(c.in)), " "); got != c.want {
			t.Errorf("triageWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
