package bot

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// TestSetIndexAgrees checks that a set's index finds a term at every word where trying each term
// of the set in turn finds one, over every flag rule (and its skeletons) and the dev questions, the
// Arabizi ones as skeletons too.
func TestSetIndexAgrees(t *testing.T) {
	var texts []padText
	f, err := os.Open("eval/testdata/dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c struct{ Q string }
		if json.Unmarshal(sc.Bytes(), &c) == nil {
			texts = append(texts, padded(knowledge.Words(c.Q)))
		}
	}
	f.Close()
	for _, q := range []string{"ma b2dar etnaffas mn sa3a", "sadri 3am ye3sorni w ma a2dar", "wel 7al2 msakkar", "mayw2af el nazif", "ما يقدر يتنفس وصدره مكتوم"} {
		texts = append(texts, padded(knowledge.Words(q)))
	}
	for _, tx := range texts[:len(texts):len(texts)] {
		texts = append(texts, skeletonTexts(&tx)...)
	}
	if checked := setIndexAgrees(t, texts, 1); checked == 0 {
		t.Error("no term matched anywhere: the check checked nothing")
	}
}

// bases returns a Latin word as it is without trying the proclitics: sound while every one of them
// opens with an Arabic letter, which a word opening with an ASCII byte cannot carry.
func TestBasesLatinShortcut(t *testing.T) {
	for _, p := range proclitics {
		if p == "" || p[0] < 0x80 {
			t.Errorf("proclitic %q does not open with an Arabic letter", p)
		}
	}
	if got := bases("wel3ayn", nil); len(got) != 1 || got[0] != "wel3ayn" {
		t.Errorf("bases(wel3ayn) = %q", got)
	}
	if got := bases("والعين", nil); len(got) < 2 {
		t.Errorf("bases(والعين) = %q, want it without its clitics too", got)
	}
}

// setIndexAgrees checks every n-th text as TestSetIndexAgrees says, over every flag rule, and returns
// how many words matched a set.
func setIndexAgrees(t *testing.T, texts []padText, n int) (checked int) {
	t.Helper()
	var all []flagRules
	for _, fs := range [][]flagRules{symptomRules, doubleSight, conceptRules, lastResort, skeletonFlags, skeletonLastResort} {
		all = append(all, fs...)
	}
	var scratch [16]string
	for j, tx := range texts {
		if j%n != 0 {
			continue
		}
		words := strings.Fields(tx.s)
		for _, f := range all {
			for _, r := range f.rules {
				if len(r.terms) != len(r.sets) {
					t.Fatalf("%s: a rule without its index", f.name)
				}
				for s, set := range r.sets {
					for i := range words {
						want := false
						for k := range set {
							if set[k].at(words, i, scratch[:]) {
								want = true
								break
							}
						}
						if got := r.terms[s].anyAt(set, words, i, scratch[:]); got != want {
							t.Fatalf("%s, %q at %q: index %v, terms %v", f.name, tx.s, words[i], got, want)
						}
						if want {
							checked++
						}
					}
				}
			}
		}
	}
	return checked
}
