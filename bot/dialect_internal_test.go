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

// A checklist the writer answers no («ضيق نفس؟ لا.») denies its signs, unless what is asked is what
// the body does and the answer denies it ("is he breathing? no"): that is the sign. A swelling
// "going down" the neck spreads; "going down" alone is a swelling going away.
func TestTriageWordsChecklistAndSpread(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"chest pain? no. breathing? fine. I just want to know the price", "i just want to know the price"},
		{"ضيق نفس؟ لا. الم صدر؟ لا. بس ابي اسال", "بس ابي اسال"},
		{"fever? none", ""},
		{"is he breathing? no! he looks blue", "is he breathing no he looks blue"},
		{"nabd? mafi. ma 3am yetnaffas", "nabd mafi ma 3am yetnaffas"},
		{"fever? yes. neck stiff? yes", "fever yes neck stiff yes"},
		{"the swelling is going down my neck", "the swelling is going spreading my neck"},
		{"the swelling is going down now", "the swelling is going down now"},
	} {
		if got := strings.Join(triageWords(c.in, knowledge.Words(c.in)), " "); got != c.want {
			t.Errorf("triageWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
