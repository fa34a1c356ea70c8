package bot

import (
	"regexp"
	"testing"
)

// The red flags are made while the package initialises, before any triage closes the literals'
// registry: their prefilters' literals are found by the automaton, not tested one by one.
func TestPerf21RedFlagsRegistered(t *testing.T) {
	for _, f := range redFlags {
		for _, g := range f.groups {
			for _, p := range g.pres {
				if p == nil {
					continue
				}
				for _, k := range p.keys {
					if k == 0 {
						t.Fatalf("%s: a prefilter literal is not registered", f.name)
					}
				}
				for _, sets := range p.wide {
					for _, s := range sets {
						if s.key == 0 {
							t.Fatalf("%s: a prefilter set is not registered", f.name)
						}
					}
				}
			}
		}
	}
}

// A repeated part ends one run and opens the next, and a prefix the parser factored out of
// alternatives is read back into each: the literals are whole ("les", "an", "wech"), not "l", "n", "w".
func TestPerf21StrongerLiterals(t *testing.T) {
	for _, tc := range []struct {
		pattern        string
		matches, ruled []string
	}{
		{`l[ei]?s+[ae]+n`, []string{"lessan", "lsen", "x lisaan"}, []string{"l s an", "sleen", "nol"}},
		{`w[ae]?j[iy]\S*|wech\S*`, []string{"waji", "wechi", "wjy"}, []string{"wow nice", "w ech"}},
		{`(ma|mo) ?(7as+|r+ed)`, []string{"ma 7as", "mored", "mo rrred"}, []string{"mo 7a s", "red 7as mo"}},
	} {
		re := regexp.MustCompile(tc.pattern)
		p := newPrefilter(re)
		for _, m := range tc.matches {
			if !re.MatchString(m) || !p.mayMatch(ptr(newPadText(m))) {
				t.Errorf("%q: prefilter rules out %q", tc.pattern, m)
			}
		}
		for _, r := range tc.ruled {
			if re.MatchString(r) {
				t.Fatalf("%q matches %q", tc.pattern, r)
			}
			if p == nil || p.mayMatch(ptr(newPadText(r))) {
				t.Errorf("%q: prefilter lets through %q", tc.pattern, r)
			}
		}
	}
}
