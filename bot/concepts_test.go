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
