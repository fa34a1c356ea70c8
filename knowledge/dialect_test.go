package knowledge

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// dialectSpellings returns the ways the pages may write w, fewest changes first, w itself left out.
// Search does not walk them (see dialectIndex): this is the reference the index is checked against.
func dialectSpellings(w string) []string {
	if utf8.RuneCountInString(w) < minDialectRunes || !isArabicWord(w) && !strings.ContainsRune(w, 'چ') {
		return nil
	}
	bases := [][]rune{[]rune(w)}
	if r := bases[0]; r[len(r)-1] == 'و' {
		// «عندو», «عينو»: the Levantine «his». Counted as one change.
		h := append([]rune(nil), r...)
		h[len(h)-1] = 'ه'
		bases = append(bases, h)
	}
	var out []string
	seen := map[string]bool{w: true}
	add := func(r []rune) {
		if s := string(r); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for want := 0; want <= maxDialectShifts; want++ {
		for b, base := range bases {
			left := want - b // the pronoun's change is one of the shifts
			if left < 0 {
				continue
			}
			var walk func(from, left int)
			walk = func(from, left int) {
				if left == 0 {
					add(base)
					return
				}
				for i := from; i < len(base); i++ {
					orig := base[i]
					for _, to := range dialectShifts[orig] {
						base[i] = to
						walk(i+1, left-1)
					}
					base[i] = orig
				}
			}
			walk(0, left)
		}
	}
	return out
}

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
		{"يضهر", []string{"يظهر"}},     // ض for ظ
		{"تلاته", []string{"ثلاث"}},    // ت for ث, twice
		{"اخدت", []string{"~اخذ"}},     // د for ذ, in a function word with a verb's ending
		{"عندو", []string{"~عند"}},     // the Levantine «his» on a function word
		{"اخذت", []string{"~اخذ"}},     // a function word with an ending the stop list lacks
		{"مابيخففش", []string{"يخفف"}}, // the negation around a verb with the present's «ب»
		{"مايقلل", []string{"يقلل"}},   // the Gulf negation, glued on without «ش»
		{"ومايقلل", []string{"يقلل"}},
		{"بيقللولي", []string{"يقلل"}},    // the object with «ل» after the plural
		{"بتعملولي", []string{"~بتعملو"}}, // a function verb before a verb the pages know
		{"عالجفن", []string{"جفن"}},       // «على» shortened and glued on
		{"عالحمل", []string{"حمل"}},
		{"تين", []string{"تين"}}, // no known word in reach: left as written
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

// The index finds what walking the spellings finds: every spelling of a word that the vocabulary holds
// is found under the word's fold, with as many shifts as the spelling has changes.
func TestDialectIndexAgreesWithSpellings(t *testing.T) {
	vocab := []string{"ظهر", "اخذ", "ثلاث", "قديم", "كبير", "ضرس", "نظار", "ذقن", "ثاني", "حقن"}
	d := newDialectIndex(slices.Values(vocab))
	for _, w := range []string{"ضهر", "اخد", "تلات", "جديم", "چبير", "ظرس", "نضار", "دقن", "زقن", "تاني", "حجن", "حكن"} {
		var want string
		for _, v := range dialectSpellings(w) {
			if slices.Contains(vocab, v) {
				want = v
				break
			}
		}
		got, n := d.find(w, nil)
		if got != want {
			t.Errorf("find(%q) = %q, want %q (from its spellings)", w, got, want)
			continue
		}
		if got != "" && n != dialectShifted(w, got) {
			t.Errorf("find(%q) shifts = %d, want %d", w, n, dialectShifted(w, got))
		}
	}
	// Letters the fold joins but no shift explains are not found: ت for س, ز for ض.
	if got, _ := d.find("تضر", nil); got != "" {
		t.Errorf("find(%q) = %q, want nothing", "تضر", got)
	}
	for _, tt := range []struct {
		patient, page string
		want          int
	}{
		{"ضهر", "ظهر", 1}, {"تلات", "ثلاث", 2}, {"تلاتت", "ثلاثث", -1}, {"سرس", "ضرس", -1}, {"ضهر", "ظهرر", -1},
	} {
		if got := dialectShifted(tt.patient, tt.page); got != tt.want {
			t.Errorf("dialectShifted(%q, %q) = %d, want %d", tt.patient, tt.page, got, tt.want)
		}
	}
}

// FuzzDialectKey checks, on any word, that reading it in a dialect's letters neither panics nor finds
// a stem that its spellings (the reference walk) do not reach.
func FuzzDialectKey(f *testing.F) {
	for _, w := range []string{"ضهري", "تلاتة", "اخدت", "عندو", "چبير", "مابيخففش", "بتعملولي", "عالكريمات", "و", "ـ", "abc"} {
		f.Add(w)
	}
	ix := MustBuild(f, testDocs(), searchLexicon)
	f.Fuzz(func(t *testing.T, w string) {
		if !utf8.ValidString(w) {
			return
		}
		for _, word := range Words(w) {
			ix.dialectKey(word)
			ix.verbKey(word)
			st := stemWord(word)
			if st == "" {
				continue
			}
			if c, n := ix.dialect.find(st, ix.df); c != "" {
				if !slices.Contains(dialectSpellings(st), c) || n != dialectShifted(st, c) || n < 1 || n > maxDialectShifts {
					t.Fatalf("find(%q) = %q with %d shifts: not one of its spellings %q", st, c, n, dialectSpellings(st))
				}
			}
		}
	})
}
