package bot

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// TestSymptomLiteralsSound checks that a symptom rule's literals (pruned and reordered by
// setLiterals and sortLits) never rule out a text its sets match: on every battery line, a rule
// that fires also passes mayMatch.
func TestSymptomLiteralsSound(t *testing.T) {
	var texts []string
	for _, file := range []string{"testdata/redflags.txt", "testdata/not-redflags.txt", "testdata/home-redflags.txt"} {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			texts = append(texts, sc.Text())
		}
		f.Close()
	}
	all := append(append(append([]flagRules(nil), symptomRules...), conceptRules...), skeletonFlags...)
	var scratch [16]string
	fired := 0
	for _, text := range texts {
		p := padded(knowledge.Words(text))
		sk := skeletonText(&p)
		for _, f := range all {
			for i := range f.rules {
				r := &f.rules[i]
				for _, tx := range []*padText{&p, &sk} {
					if !wordsIn(r, tx.s) {
						continue // a set none of whose words is in the text: span cannot fire
					}
					if _, _, ok := r.span(strings.Fields(tx.s), scratch[:]); ok {
						fired++
						if !r.mayMatch(tx) {
							t.Errorf("%s rule %d fires on %q but its literals rule it out", f.name, i, tx.s)
						}
					}
				}
			}
		}
	}
	if fired < 500 {
		t.Fatalf("only %d firings checked", fired)
	}
}

// wordsIn says whether every set of r has a term whose first word is in s: what span needs, since a
// word matches a term only by holding it. Unlike mayMatch it prunes nothing, so it may spare the test
// the spans that cannot fire without hiding a fault of the literals.
func wordsIn(r *symptomRule, s string) bool {
	for _, set := range r.sets {
		found := false
		for _, t := range set {
			if strings.Contains(s, t.words[0]) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// TestConceptRules: the rules built on shared concepts fire on a pair of concepts in words no
// phrase spells, and not on either concept alone.
func TestConceptRules(t *testing.T) {
	tests := []struct {
		msg  string
		want string
	}{
		{"امي طاحت فجأة وما صحت", "fainting"},
		{"رجولي تضعف اكثر واكثر", "weakness"},
		{"فجأة صار عندي خدر بيدي", "sudden"},
		{"الحقوني ولدي وجهه متورم", "allergy"}, // a phrase rule names it first
		{"الحقوني ولدي ينزف", "urgent"},
		{"من شوي بلش يحكي كلام ما له معنى", "confusion"},
		{"الشاش غرقان دم", "bleeding"},
		{"ابي ارمي نفسي من البلكونة", "self-harm"},
		{"ما صحيت الا الظهر", ""},         // not waking, of oneself and without a fall
		{"صارت رجولها تضعف مع العمر", ""}, // a slow decline
		{"فجأة تذكرت موعدي", ""},
		{"ساعدوني اختار العرض المناسب", ""},
	}
	for _, tt := range tests {
		if got := findRedFlag(padded(knowledge.Words(tt.msg))); got != tt.want {
			t.Errorf("findRedFlag(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

// TestSpanWindowAroundWord checks that a rule of three sets fires when the nearest word of one set
// would pull the span out of the other's reach, but another word of it lies within the window: in
// «الضغط في عيني… قوس قزح» the pressure before the eye is nearest, the headache after it is the one
// that keeps the halos within twelve words.
func TestSpanWindowAroundWord(t *testing.T) {
	r := rule(12, `عين*`, `ضغط راسي`, `قوس_قزح`)
	var scratch [16]string
	words := strings.Fields("الضغط في عيني اليمين قوي ومعاه وجع نص راسي ورجعت اكلي واشوف اللمبه عليها قوس قزح")
	if _, _, ok := r.span(words, scratch[:]); !ok {
		t.Errorf("rule did not fire on %q", strings.Join(words, " "))
	}
	far := strings.Fields("الضغط في عيني اليمين قوي ومعاه وجع نص ثقيل ورجعت اكلي واشوف اللمبه عليها من بعيد قوس قزح")
	if _, _, ok := r.span(far, scratch[:]); ok {
		t.Errorf("rule fired on %q: the halos are beyond the window of every pair", strings.Join(far, " "))
	}
}

// TestArabiziClitics checks that an Arabizi word carries the clitics glued before it ("b9albi",
// "l3eni") and a negation glued on ("mayw2af"), and that English words are not cut («bleed» is no
// «b» + «leed»).
func TestArabiziClitics(t *testing.T) {
	var scratch [16]string
	for _, c := range []struct {
		w, want string
		prefix  bool
		ok      bool
	}{
		{"b9albi", "9albi", false, true},
		{"l3eni", "3eni", false, true},
		{"w7arara", "7arar", true, true},
		{"brash", "rash", true, false},
		{"wrist", "rist", false, false},
	} {
		if got := wordIs(c.w, c.want, c.prefix, scratch[:]); got != c.ok {
			t.Errorf("wordIs(%q, %q) = %v, want %v", c.w, c.want, got, c.ok)
		}
	}
	neg := rule(1, `!yw2af*`)
	if _, _, ok := neg.span([]string{"mayw2af"}, scratch[:]); !ok {
		t.Error(`"mayw2af" is not read as a negated "yw2af"`)
	}
	if _, _, ok := neg.span([]string{"yw2af"}, scratch[:]); ok {
		t.Error(`"yw2af" alone is read as negated`)
	}
	glued := rule(1, `!تمسك`)
	if _, _, ok := glued.span([]string{"ماتمسك"}, scratch[:]); ok {
		t.Error("the Arabic «ما» glued on is read as a negation («ماتمسكش» of an implant)")
	}
}
