package bot

import (
	"bufio"
	"encoding/json"
	"os"
	"regexp"
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

func TestPrefilterLiterals(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		matches []string // texts the pattern matches; nil: want no prefilter
	}{
		{`abc`, []string{"xabcx"}},
		{` (book|booking|appointment) `, []string{" book ", " booking ", "an appointment today"}},
		{`(talk|speak) (to|with) (a )?(human|person)`, []string{"talk to human", "speak with a person"}},
		{`x|\S+`, nil},
		{`(ab)?c*`, nil},
		{`(?i)book`, nil},
		{`(ab){2,3}`, []string{"abab"}},
		{` how much | كم (حقه|سعره) `, []string{" how much ", "و كم حقه ؟"}},
	} {
		re := regexp.MustCompile(tc.pattern)
		got := newPrefilter(re)
		if tc.matches == nil {
			if got != nil {
				t.Errorf("%q: prefilter %q, want none", tc.pattern, got)
			}
			continue
		}
		for _, m := range tc.matches {
			if !re.MatchString(m) || !got.mayMatch(m) {
				t.Errorf("%q: prefilter %q rules out %q", tc.pattern, got, m)
			}
		}
		if got == nil || got.mayMatch("zzz هلا") {
			t.Errorf("%q: prefilter %q lets through a text with none of its words", tc.pattern, got)
		}
	}
	for i, p := range handoffPre {
		if p == nil || shortest(p) < 2 {
			t.Errorf("handoff pattern %d (%s) has prefilter %q: it rules out too little", i, handoffs[i].reason, p)
		}
	}
}

// The prefilter never changes an answer: on every labelled question and every sub-phrase of them,
// handoffOf with and without it agree, and no text the pattern matches is ruled out.
func TestPrefilterSound(t *testing.T) {
	var texts []string
	for _, file := range []string{"eval/testdata/dev.jsonl", "eval/testdata/extra.jsonl"} {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var c struct{ Q string }
			if json.Unmarshal(sc.Bytes(), &c) == nil {
				texts = append(texts, c.Q)
			}
		}
		f.Close()
	}
	texts = append(texts, "ابي اكلم موظف", "talk to a human please", "how much is it", "وين العياده", "ابي احجز موعد",
		"opening hours?", "كم سعره", "رقم الواتس")
	matched := 0
	for _, q := range texts {
		w := knowledge.Words(q)
		for i := range w {
			for j := i + 1; j <= len(w) && j <= i+6; j++ {
				p := padded(w[i:j])
				for k, h := range handoffs {
					if h.re.MatchString(p) {
						matched++
						if !handoffPre[k].mayMatch(p) {
							t.Errorf("%q matches the %s pattern but its prefilter rules it out", p, h.reason)
						}
					}
				}
			}
		}
	}
	if matched < 20 {
		t.Errorf("only %d phrases matched a handoff pattern: the test exercises too little", matched)
	}
}

func FuzzPrefilter(f *testing.F) {
	for _, s := range []string{" ابي احجز ", " how much ", " اكلم موظف ", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for k, h := range handoffs {
			if h.re.MatchString(s) && !handoffPre[k].mayMatch(s) {
				t.Fatalf("%q matches the %s pattern but its prefilter rules it out", s, h.reason)
			}
		}
	})
}
