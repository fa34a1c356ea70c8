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

// An interjection of alarm is no denial: the triage reads "oh no, she splashed…", «يا ويلي…» and
// «لا لا…» without the cry, and a "no" said again keeps its last one when it denies a sign.
func TestTriageWordsInterjections(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"oh no she just splashed cleaning liquid in her eye", "she just splashed cleaning liquid in her eye"},
		{"Oh no! Oh my god, my son swallowed a battery", "my son swallowed a battery"},
		{"يا ويلي بنتي رشت منظف في عينها", "بنتي رشت منظف في عينها"},
		{"لا لا لا ابني بلع بطارية", "ابني بلع بطاريه"},
		{"no no no he is not breathing", "he is not breathing"},
		// A "no" said again that denies a sign keeps one; a single "no" is left to the triage.
		{"no no, no bleeding at all", "no bleeding at all"},
		{"oh no no bleeding", "no bleeding"},
		{"لا لا نزيف", "لا نزيف"},
		{"no, she is fine", "no she is fine"},
		{"noor lana", "noor lana"},
	} {
		if got := strings.Join(triageWords(c.in, knowledge.Words(c.in)), " "); got != c.want {
			t.Errorf("triageWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// What the message tells after the cry is reported, so the net and the pages' signs may take it.
	for _, msg := range []string{"oh no she just splashed cleaning liquid in her eye", "no no no he is not breathing"} {
		if p := padded(triageWords(msg, knowledge.Words(msg))); !universal.reports(p) {
			t.Errorf("reports(%q) = false, want true", msg)
		}
	}
}
