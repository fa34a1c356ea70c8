package knowledge

import (
	"slices"
	"testing"
)

func TestDialectSpellings(t *testing.T) {
	tests := []struct {
		w    string
		want []string // among the spellings, in this order
	}{
		{"ضهر", []string{"ظهر"}},
		{"اخد", []string{"اخذ"}},
		{"تلاته", []string{"ثلاته", "تلاثه", "ثلاثه"}}, // one change before two
		{"عندو", []string{"عنده"}},                     // the Levantine «his»
		{"چبير", []string{"كبير"}},
	}
	for _, tt := range tests {
		got := dialectSpellings(tt.w)
		at := -1
		for _, w := range tt.want {
			i := slices.Index(got, w)
			if i < 0 || i < at {
				t.Errorf("dialectSpellings(%q) = %q: want %q in order", tt.w, got, tt.want)
				break
			}
			at = i
		}
	}
	if got := dialectSpellings("مي"); got != nil {
		t.Errorf("dialectSpellings of a two-letter word = %q, want none", got)
	}
	if got := dialectSpellings("علم"); got != nil {
		t.Errorf("dialectSpellings(%q) = %q, want none: no letter of it shifts", "علم", got)
	}
}

func TestSearchReadsDialectSpellings(t *testing.T) {
	ix := MustBuild(t, testDocs(), searchLexicon)
	tests := []struct {
		q    string
		want []string
	}{
		{"يضهر", []string{"يظهر"}},        // ض for ظ
		{"تلاته", []string{"ثلاث"}},       // ت for ث, twice
		{"اخدت", []string{"~اخذ"}},        // د for ذ, in a function word with a verb's ending
		{"عندو", []string{"~عند"}},        // the Levantine «his» on a function word
		{"اخذت", []string{"~اخذ"}},        // a function word with an ending the stop list lacks
		{"مابيخففش", []string{"يخفف"}},    // the negation around a verb with the present's «ب»
		{"بيقللولي", []string{"يقلل"}},    // the object with «ل» after the plural
		{"بتعملولي", []string{"~بتعملو"}}, // a function verb before a verb the pages know
		{"تين", []string{"تين"}},          // no known word in reach: left as written
	}
	for _, tt := range tests {
		if got := ix.keys(Words(tt.q)); !slices.Equal(got, tt.want) {
			t.Errorf("keys(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
	if r := ix.Search(Query{Text: "متى يضهر الاحمرار"}); topKey(r) != "botox#s6" {
		t.Errorf("«يضهر»: top %s, want botox#s6", topKey(r))
	}
}
