package knowledge

import (
	"testing"
)

// perf18Words are Arabizi words of every kind: known to the embedded pages, function words, words
// with a preposition or و glued on, a dual, and words no page knows.
var perf18Words = []string{"ba3d", "el7o2na", "wajhi", "btfid", "wel3ilaj", "lel2alam", "bel7o2an",
	"wasnan", "wa2tain", "shfayfi", "nafsi", "ma2ta3", "kteer", "3yooni", "fakki", "bel6ibb", "wejba",
	"zzzqx", "kalbo", "byewja3ni", "ra2abti", "sneen", "shhour", "lon", "3eni", "wjooh", "fel2asnan"}

// The stem and the stem without a preposition, worked out once for a spelling and handed on
// (arabiziWord, pagesKnow, knowsWord), are what stemWord and altStem give on their own.
func TestStemsHandedOnAgree(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, w := range perf18Words {
		for _, egyptian := range []bool{false, true} {
			spellings, _ := arabiziSpellingsIn(w, maxArabiziSpellings, egyptian)
			for _, c := range append(spellings, "و"+c0(spellings), "ب"+c0(spellings)) {
				n++
				st := stemWord(c)
				if !isStop(c) && stemNonStop(c) != st {
					t.Errorf("stemNonStop(%s) = %q, stemWord %q", c, stemNonStop(c), st)
				}
				if got, want := altStemOf(c, st), altStem(c); got != want {
					t.Errorf("altStemOf(%s) = %q, altStem %q", c, got, want)
				}
				if st != "" {
					if got, want := ix.knowsStems(c, st, altStem(c)), ix.knowsWord(c); got != want {
						t.Errorf("knowsStems(%s) = %v, knowsWord %v", c, got, want)
					}
				}
			}
		}
	}
	if n < 500 {
		t.Fatalf("only %d spellings tried", n)
	}
}

func c0(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}
