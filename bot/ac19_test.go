package bot

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// scanQuestions is how many tune questions scanTexts draws: a fixed number, so that the tests
// reading them (long under the race detector) do not grow with every round spent into the tune halves.
const scanQuestions = 4000

// scanTexts are tune questions of the clinics (a fixed random draw of scanQuestions) as the triage
// reads them, their words, and a random cut of each (at any byte, so not always valid UTF-8).
// Made once for the tests that read them; the caller must not change them.
func scanTexts(t *testing.T) []string {
	texts, err := scanMade()
	if err != nil {
		t.Fatal(err)
	}
	return texts
}

var scanMade = sync.OnceValues(makeScanTexts)

func makeScanTexts() ([]string, error) {
	files, err := filepath.Glob("eval/testdata/clinics/*/tune.jsonl")
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no tune halves %v", err)
	}
	var qs []string
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(data), "\n") {
			var c struct{ Q string }
			if json.Unmarshal([]byte(line), &c) == nil && c.Q != "" {
				qs = append(qs, c.Q)
			}
		}
	}
	if len(qs) < scanQuestions {
		return nil, fmt.Errorf("only %d tune questions", len(qs))
	}
	rng := rand.New(rand.NewSource(19))
	var out []string
	for _, k := range rng.Perm(len(qs))[:scanQuestions] {
		s := TriageText(qs[k])
		out = append(out, s, padded(knowledge.Words(qs[k])).s)
		i := rng.Intn(len(s))
		j := i + rng.Intn(len(s)-i+1)
		out = append(out, s[i:j])
	}
	return out[:len(out):len(out)], nil
}

// untested is t without its found keys: every literal is tested on its own, as before litscan.go.
func untested(t padText) padText {
	t.found = nil
	return t
}

// Every registered key answers as testing its literals one by one does (literal.in, and
// strings.Contains), on every text.
func TestPrefilterScanAgreesWithLiterals(t *testing.T) {
	t.Parallel() // long under the race detector, and reads only
	texts := scanTexts(t)
	theScanner()
	r := &litRegistry
	keys := make([][]literal, len(r.keys))
	for k, ids := range r.keys {
		for _, id := range ids {
			keys[k] = append(keys[k], newLiteral(r.strs[id]))
		}
	}
	if len(keys) < 1000 {
		t.Fatalf("only %d keys registered", len(keys))
	}
	helds := make([]int, shards)
	inShards(t, func(t *testing.T, shard, stride int) {
		for n := shard; n < len(texts); n += stride {
			s := texts[n]
			p := newPadText(s)
			old := untested(p)
			for k, lits := range keys {
				got, ok := p.holdsKey(int32(k))
				want := anyIn(lits, &old)
				if !ok || got != want {
					t.Fatalf("%q: key %d (%q…) says %v (ok %v), its literals %v", s, k, lits[0].s, got, ok, want)
				}
				if got {
					helds[shard]++
				}
				if n%16 == 0 { // strings.Contains too, on some: slower
					c := false
					for _, l := range lits {
						c = c || strings.Contains(s, l.s)
					}
					if c != want {
						t.Fatalf("%q: key %d: literal.in says %v, strings.Contains %v", s, k, want, c)
					}
				}
			}
		}
	})
	if held := sum(helds); held < 10000 {
		t.Fatalf("only %d keys held in all", held)
	}
}

// The prefilters and rules answer with the scan as without it.
func TestPrefilterScanAgreesInUse(t *testing.T) {
	t.Parallel() // long under the race detector, and reads only
	texts := scanTexts(t)
	var rules []*symptomRule
	for _, fs := range [][]flagRules{symptomRules, conceptRules, skeletonFlags, doubleSight} {
		for i := range fs {
			for j := range fs[i].rules {
				rules = append(rules, &fs[i].rules[j])
			}
		}
	}
	rules = append(rules, &netGateRule, &improving)
	pres := append([]*prefilter{deniedPre, fearPre, supposingPre, actNowPre, rebookingPre, weatherPre, riskPre, pastPre}, handoffPre...)
	var sets []*litSet
	for i := range redFlags {
		for j := range redFlags[i].groups {
			g := &redFlags[i].groups[j]
			pres = append(pres, g.pres...)
			if g.needles != nil {
				sets = append(sets, &g.needleSet)
			}
		}
	}
	keyed := 0
	for _, p := range pres {
		for _, k := range p.keys {
			if k > 0 {
				keyed++
			}
		}
		for i := range p.wide {
			for j := range p.wide[i] {
				sets = append(sets, &p.wide[i][j])
			}
		}
	}
	for _, r := range rules {
		for i := range r.index {
			sets = append(sets, &r.index[i])
		}
	}
	if keyed < 100 {
		t.Fatalf("only %d prefilter literals keyed", keyed)
	}
	inShards(t, func(t *testing.T, shard, stride int) {
		for n := shard; n < len(texts); n += stride {
			checkScanInUse(t, texts[n], pres, sets, rules)
		}
	})
}

// checkScanInUse is TestPrefilterScanAgreesInUse on one text.
func checkScanInUse(t *testing.T, s string, pres []*prefilter, sets []*litSet, rules []*symptomRule) {
	p := newPadText(s)
	old := untested(p)
	for i, pre := range pres {
		if got, want := pre.mayMatch(&p), pre.mayMatch(&old); got != want {
			t.Fatalf("%q: prefilter %d says %v, without the scan %v", s, i, got, want)
		}
		for j := range pre.lits {
			if got, want := pre.litIn(j, &p), pre.lits[j].in(&old); got != want {
				t.Fatalf("%q: prefilter %d literal %q says %v, without the scan %v", s, i, pre.lits[j].s, got, want)
			}
		}
	}
	for i, set := range sets {
		if got, want := set.any(&p), set.anyText(&old); got != want {
			t.Fatalf("%q: set %d says %v, its literals %v", s, i, got, want)
		}
	}
	for i, r := range rules {
		if got, want := r.mayMatch(&p), r.mayMatch(&old); got != want {
			t.Fatalf("%q: rule %d says %v, without the scan %v", s, i, got, want)
		}
	}
}
