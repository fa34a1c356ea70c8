package bot

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// perf31Texts are the messages of the labelled sets and the red-flag batteries, padded as triage
// reads them: the sample the speed pass's rewrites are held to.
func perf31Texts(tb testing.TB) []padText {
	tb.Helper()
	var msgs []string
	files, _ := filepath.Glob("eval/testdata/*.jsonl")
	more, _ := filepath.Glob("eval/testdata/clinics/*/*tune.jsonl")
	for _, name := range append(files, more...) {
		data, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			var c struct {
				Q     string
				Turns []struct{ Q string }
			}
			if json.Unmarshal([]byte(line), &c) != nil {
				continue
			}
			msgs = append(msgs, c.Q)
			for _, t := range c.Turns {
				msgs = append(msgs, t.Q)
			}
		}
	}
	batteries, _ := filepath.Glob("testdata/*.txt")
	for _, name := range batteries {
		data, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if p := strings.SplitN(line, "|", 3); len(p) == 3 && !strings.HasPrefix(line, "#") {
				msgs = append(msgs, p[2])
			}
		}
	}
	var out []padText
	for _, m := range msgs {
		if w := knowledge.Words(m); len(w) > 0 {
			out = append(out, padded(w), padded(triageWords(m, w)))
		}
	}
	if len(out) < 10000 {
		tb.Fatalf("%d texts: the sample is missing", len(out))
	}
	return out
}

// A pattern split into its alternatives matches what it matches: every pattern of the readings on a
// sixteenth of the sample texts, pastMore as isGeneral reads it on all of them; pastMore is split.
func TestBranchRegexpMatchesWhole(t *testing.T) {
	texts := perf31Texts(t)
	if b := newBranchRegexp(pastMore); len(b.branches) < 50 {
		t.Fatalf("pastMore split in %d branches, want its alternatives", len(b.branches))
	}
	for k, re := range readPatterns() {
		b := newBranchRegexp(re)
		for i := k % 16; i < len(texts); i += 16 { // a sixteenth of the texts for each pattern: the whole patterns are slow
			if got, want := b.matchString(&texts[i]), re.MatchString(texts[i].s); got != want {
				t.Fatalf("%.60s… split in %d: %v on %q, the whole pattern %v", re, len(b.branches), got, texts[i].s, want)
			}
		}
	}
	for i := range texts {
		if got, want := pastMoreIn(&texts[i]), pastMore.MatchString(undated(cancerDated(texts[i].s))); got != want {
			t.Fatalf("pastMoreIn(%q) = %v, want %v", texts[i].s, got, want)
		}
	}
}

func TestTopAlternatives(t *testing.T) {
	for _, c := range []struct {
		src    string
		alts   []string
		pre    string
		suf    string
		splits bool
	}{
		{` (a|b (c|d)|[|(]x|\(y) `, []string{`a`, `b (c|d)`, `[|(]x`, `\(y`}, ` `, ` `, true},
		{`^ (a|[]|]b) $`, []string{`a`, `[]|]b`}, `^ `, ` $`, true},
		{` (a|b)? `, nil, ``, ``, false}, // a repeated group
		{` (a|b) (c|d) `, nil, ``, ``, false},
		{`a|(b|c)`, nil, ``, ``, false},
		{`(?i)(a|b)`, nil, ``, ``, false},
	} {
		alts, pre, suf, ok := topAlternatives(c.src)
		if ok != c.splits || ok && (!slices.Equal(alts, c.alts) || pre != c.pre || suf != c.suf) {
			t.Errorf("topAlternatives(%q) = %q, %q, %q, %v; want %q, %q, %q, %v", c.src, alts, pre, suf, ok, c.alts, c.pre, c.suf, c.splits)
		}
		if ok {
			re := regexp.MustCompile(c.src)
			b := newBranchRegexp(re)
			for _, s := range []string{" a ", " b c ", " b e ", " | x ", " ( y ", " ]b ", " c "} {
				p := newPadText(s)
				if b.matchString(&p) != re.MatchString(s) {
					t.Errorf("%q split: %q matched %v", c.src, s, !re.MatchString(s))
				}
			}
		}
	}
}

// A text's skeletons are made once and kept with it (litHits.skeletons), and are those of a text
// that keeps nothing (found nil).
func TestSkeletonTextsOnce(t *testing.T) {
	for _, s := range []string{" ana 3andi waja3 gamed fi rasi w mesh 2ader ashoof ", " nazeef ktir ", " ما في شي "} {
		p := newPadText(s)
		a, b := skeletonTexts(&p), skeletonTexts(&p)
		if &a[0] != &b[0] {
			t.Errorf("%q: skeletons made twice", s)
		}
		bare := padText{s: p.s, runes: p.runes, grams: p.grams}
		c := skeletonTexts(&bare)
		if len(a) != len(c) {
			t.Fatalf("%q: %d skeletons kept, %d made", s, len(a), len(c))
		}
		for i := range a {
			if a[i].s != c[i].s {
				t.Errorf("%q: skeleton %q kept, %q made", s, a[i].s, c[i].s)
			}
		}
	}
}

// A closing pattern run from its last spaces finds the match the whole text gives, on every sample
// text; the closings of reportsUrgentSign are so read.
func TestSpaceTailFindsWhole(t *testing.T) {
	for _, st := range []spaceTail{closingMentioned, closingCare} {
		if st.n < 0 {
			t.Errorf("%.60s… is run on the whole text", st.re)
		}
	}
	texts := perf31Texts(t)
	for _, st := range []spaceTail{closingMentioned, closingCare, newSpaceTail(closingAsk.re), newSpaceTail(closingNormal.re)} {
		for i := range texts {
			s := texts[i].s
			if got, want := st.find(&texts[i]), st.re.FindStringIndex(s); !slices.Equal(got, want) {
				t.Fatalf("%.60s… on %q: %v, the whole text %v", st.re, s, got, want)
			}
		}
	}
	for _, c := range []struct {
		re   string
		want int
	}{
		{` (a|b c)( \S+){0,2} $`, 5},
		{` a \S* $`, 3},
		{` a.* $`, -1},
		{` a( \S+)* $`, -1},
		{`\ba( \S+)? $`, -1},
		{`^ a $`, -1},
		{` a `, -1}, // not closing the text
	} {
		if got := newSpaceTail(regexp.MustCompile(c.re)).n; got != c.want {
			t.Errorf("newSpaceTail(%q).n = %d, want %d", c.re, got, c.want)
		}
	}
	st := newSpaceTail(regexp.MustCompile(` (can i|is it) (\S+ ){0,2}$`))
	for _, s := range []string{" so can i come today ", " can i ", " x is it y z ", " is it a b c ", "can i x ", " a  can i  "} {
		if got, want := st.FindStringIndex(s), st.re.FindStringIndex(s); !slices.Equal(got, want) {
			t.Errorf("%q: %v, the whole text %v", s, got, want)
		}
	}
}

// The skeleton patterns' word tests let through every word of the sample texts they match.
func TestSkeletonPatternsPrefiltered(t *testing.T) {
	for _, p := range perf31Texts(t) {
		for _, w := range strings.Fields(p.s) {
			if sightSkeleton.MatchString(w) && !sightWord(w) {
				t.Errorf("sightWord(%q) = false, sightSkeleton matches it", w)
			}
			for _, g := range []byte{'q', 'j'} {
				if s := skeletonOf(w, g); tearSkeleton.MatchString(s) && !strings.Contains(s, "dm3") {
					t.Errorf("skeleton %q of %q: tearSkeleton matches it without dm3", s, w)
				}
			}
		}
	}
	for _, w := range []string{"nazar", "bnadhari", "elne6r", "tdma3", "dmou3i"} {
		if !sightSkeleton.MatchString(w) && !tearSkeleton.MatchString(skeletonOf(w, 'q')) {
			t.Errorf("%q: neither pattern matches, the sample words above test nothing", w)
		}
	}
}
