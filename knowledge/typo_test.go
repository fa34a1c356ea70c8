package knowledge

import (
	"slices"
	"testing"
)

func TestEditDistance1(t *testing.T) {
	tests := []struct {
		a, b        string
		subst, want bool
	}{
		{"بوتكوس", "بوتوكس", false, true},  // neighbours swapped
		{"بوتوكسس", "بوتوكس", false, true}, // a letter doubled
		{"بوتكس", "بوتوكس", false, true},   // a letter dropped
		{"التعرف", "التعرق", false, false}, // a substitution, not allowed
		{"التعرف", "التعرق", true, true},
		{"بوتوكس", "بوتوكس", true, false}, // no edit
		{"بكوتوس", "بوتوكس", true, false}, // two edits
		{"ab", "ba", false, true},
		{"abc", "bca", true, false},
	}
	for _, tt := range tests {
		if got := editDistance1(tt.a, tt.b, tt.subst); got != tt.want {
			t.Errorf("editDistance1(%q, %q, %v) = %v, want %v", tt.a, tt.b, tt.subst, got, tt.want)
		}
	}
}

func TestSearchCorrectsTypos(t *testing.T) {
	ix := MustBuild(t, testDocs(), searchLexicon)
	tests := []struct {
		q    string
		want []string
	}{
		{"احمارر", []string{"احمرار"}},  // neighbours swapped
		{"المتشجنة", []string{"متشنج"}}, // neighbours swapped
		{"مواعييد", []string{"مواعيد"}}, // a letter doubled
		{"احمراز", []string{"احمرار"}},  // a letter hit beside, in a long word
		{"الصداغ", []string{"صداغ"}},    // a substitution in a short word may be another word: left alone
		{"سيارة", []string{"سيار"}},     // short: another word, not a typo
		{"لمطعم", []string{"لمطعم"}},    // nothing near it
	}
	for _, tt := range tests {
		if got := ix.keys(Words(tt.q)); !slices.Equal(got, tt.want) {
			t.Errorf("keys(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
	if r := ix.Search(Query{Text: "علاج الجفن المتشجنة"}); topKey(r) != "botox#s5" {
		t.Errorf("misspelt spasm: top %s, want botox#s5", topKey(r))
	}
}

// The index is built from the pages' words in map order; which of two equal corrections a typo gets
// must not depend on it (a reply once flipped between an answer and the fallback from run to run).
func TestTypoAndDialectIndexesOrderFree(t *testing.T) {
	words := []string{"الليزر", "الليزم", "التخدير", "التحدير", "تلاته", "ثلاثه", "كتير", "كثير", "اخذ", "اخد"}
	seq := func(ws []string) func(func(string) bool) {
		return func(yield func(string) bool) {
			for _, w := range ws {
				if !yield(w) {
					return
				}
			}
		}
	}
	rev := slices.Clone(words)
	slices.Reverse(rev)
	a, b := newTypoIndex(seq(words)), newTypoIndex(seq(rev))
	for _, w := range []string{"الليزب", "التخدبر", "التحديد"} {
		if ca, cb := a.candidates(w), b.candidates(w); !slices.Equal(ca, cb) {
			t.Errorf("typo candidates of %q depend on the vocabulary's order: %q vs %q", w, ca, cb)
		}
	}
	da, db := newDialectIndex(seq(words)), newDialectIndex(seq(rev))
	for f, l := range da {
		if !slices.Equal(l, db[f]) {
			t.Errorf("dialect index under %q depends on the vocabulary's order: %q vs %q", f, l, db[f])
		}
	}
}

// A question whose only word the pages know is a guess, one letter from a word of theirs, beside
// words they never use, is about none of it: «عاصمة استراليا» is not «استراحة». A typo beside words
// the pages know, or alone, is still read.
func TestOnlyGuessedKnowsNothing(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("rest", "بعد الخلع", "خذ استراحة يومين بعد خلع الضرس، وضع كمادات باردة على الخد."),
	}}})
	if r := ix.Search(Query{Text: "ايش عاصمة استراليا"}); len(r.Hits) > 0 || r.Known > 0 {
		t.Errorf("capital of Australia: hits %v, known %.2f; want nothing known", keysOfHits(r), r.Known)
	}
	for _, q := range []string{"استراحه بعد الخلع", "كمادت باردة بعد الخلع", "كمادت؟"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "d#rest" {
			t.Errorf("%s: hits %v; want d#rest", q, keysOfHits(r))
		}
	}
}
