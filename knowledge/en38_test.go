package knowledge

import "testing"

// A thing asked whether it will ever go away, clear up or fade asks whether it goes for good, as
// «هل تزول نهائيًا؟» does ("will it ever go away completely?" of psoriasis fell back, its page saying
// «لا تشفى نهائيًا»); brown or dark patches are the pigmentation the pages name («تصبغات»). A bare "go
// away" is not: of halos after LASIK ("does it go away?") it asks whether they settle with time, which
// another passage tells (two such questions went to «التصحيح دائم» with it).
func TestEn38GoesForGood(t *testing.T) {
	lx := mustLexicon(t)
	permanent := lx.Concepts(keysOf(Analyze("permanent")))
	if len(permanent) != 1 {
		t.Fatalf(`"permanent" is %+v: want one group`, permanent)
	}
	for _, q := range []string{"will it ever go away?", "will it clear up", "will they fade", "does it disappear"} {
		if !holdsGroup(lx.Concepts(keysOf(Analyze(q))), permanent[0]) {
			t.Errorf("%q is %+v: want %q's group among them", q, lx.Concepts(keysOf(Analyze(q))), "permanent")
		}
	}
	if c := lx.Concepts(keysOf(Analyze("does it go away?"))); holdsGroup(c, permanent[0]) {
		t.Errorf(`"does it go away?" is %+v: want no permanence`, c)
	}
	pigment := lx.Concepts(keysOf(Analyze("pigmentation")))
	for _, q := range []string{"brown patches", "dark patches", "brown spots"} {
		if c := lx.Concepts(keysOf(Analyze(q))); len(pigment) != 1 || !sameGroups(c, pigment) {
			t.Errorf("%q is %+v: want %q's %+v", q, c, "pigmentation", pigment)
		}
	}
}

// holdsGroup says whether the reading cs names c's lexicon group.
func holdsGroup(cs []Concept, c Concept) bool {
	for _, x := range cs {
		if x.group == c.group && c.group >= 0 {
			return true
		}
	}
	return false
}
