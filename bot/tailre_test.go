package bot

import (
	"bufio"
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// TestTailRegexp: the closing patterns rule texts out by their last word, and find what the whole
// pattern finds, on the corpora's questions as they are and with each close after them.
func TestTailRegexp(t *testing.T) {
	for name, tr := range map[string]tailRegexp{"closingAsk": closingAsk, "closingNormal": closingNormal} {
		if tr.last == nil || tr.max <= 0 {
			t.Fatalf("%s: last words %v, max %d: run on the whole text", name, tr.last, tr.max)
		}
	}
	texts := corpusTexts(t, "eval/testdata/dev.jsonl", "eval/testdata/extra.jsonl", "eval/testdata/blind.jsonl", "testdata/redflags.txt", "testdata/not-redflags.txt")
	closes := []string{"", "شو لازم اعمل", "وش اسوي الحين الله يعافيك", "what should I do now please", "help", "ايش الحل",
		"shu lazem a3mel", "هل هذا طبيعي", "is that normal or not", "عادي ولا لا", "طبيعي؟ ولا", "اعملها", "a3mel eh"}
	n := 0
	for _, q := range texts {
		for _, c := range closes {
			s := " " + strings.Join(strings.Fields(knowledge.Normalize(q+" "+c)), " ") + " "
			for name, tr := range map[string]tailRegexp{"closingAsk": closingAsk, "closingNormal": closingNormal} {
				got, want := tr.FindStringIndex(s), tr.re.FindStringIndex(s)
				if !slices.Equal(got, want) {
					t.Errorf("%s on %q: %v, the whole pattern %v", name, s, got, want)
				}
				if want != nil {
					n++
				}
			}
		}
	}
	if n < len(texts) {
		t.Errorf("the closes matched %d times in %d texts", n, len(texts))
	}
}

func TestLastWords(t *testing.T) {
	tr := newTailRegexp(regexp.MustCompile(` (what|whom|a[bc]|help( me| us)?)( please)? $`))
	var got []string
	for w := range tr.last {
		got = append(got, w)
	}
	slices.Sort(got)
	if want := []string{"ab", "ac", "help", "me", "please", "us", "what", "whom"}; !slices.Equal(got, want) {
		t.Errorf("last words %v, want %v", got, want)
	}
	if tr.max != len(" help me please ") {
		t.Errorf("max %d", tr.max)
	}
	if tr := newTailRegexp(regexp.MustCompile(` (a+|b) $`)); tr.last != nil || tr.max != -1 {
		t.Errorf("a repeat: last %v, max %d", tr.last, tr.max)
	}
	if tr := newTailRegexp(regexp.MustCompile(`(a|b) $`)); tr.last != nil {
		t.Errorf("no space before the last word: last %v", tr.last)
	}
}

// TestLongAlternationPrefilter: an alternation of more branches than a prefilter keeps (pastMore's)
// keeps one per alternative, a set for each part, not one set of every part's words: of the dev
// questions, which pastMore matches once («…مزمن…»), it lets that one through (17 of 40 with the one set).
func TestLongAlternationPrefilter(t *testing.T) {
	f, err := os.Open("eval/testdata/dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	pass, n := 0, 0
	for sc.Scan() {
		var c struct{ Q string }
		if json.Unmarshal(sc.Bytes(), &c) != nil {
			continue
		}
		n++
		tx := padded(triageWords(c.Q, knowledge.Words(c.Q)))
		if pastMorePre.mayMatch(&tx) {
			pass++
		}
	}
	if pass > n/10 {
		t.Errorf("pastMore's prefilter lets %d of %d dev questions through", pass, n)
	}
}
