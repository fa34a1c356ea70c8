package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// TestAns30Performer: who does a treatment reads as the doctor; who gets it, or a who of another
// verb, does not.
func TestAns30Performer(t *testing.T) {
	for q, want := range map[string]bool{
		"مين لازم يحقن البوتوكس":        true,
		"مين يعمللي الحقن":              true,
		"مين بيعمل العمليه":             true,
		"who should do the injection":   true,
		"does it matter who injects it": true,
		"مين يقدر يسوي بوتوكس":          false,
		"مين يسوي بوتوكس":               false,
		"who can get botox":             false,
		"who is it for":                 false,
	} {
		words := Words(q)
		keys := slices.Clone(words)
		performer(keys, words)
		if got := slices.Contains(keys, doctorKey); got != want {
			t.Errorf("%q: doctor read %v, want %v", q, got, want)
		}
	}
}

// TestAns30EnglishPhraseInArabizi: an English phrase the lexicon holds, borrowed whole by an Arabizi
// message, is kept as English; Arabizi words and lone English words are not taken for one.
func TestAns30EnglishPhraseInArabizi(t *testing.T) {
	ix := mustIndexAns30(t)
	for _, tt := range []struct {
		q    string
		at   int
		want int
	}{
		{"lazem a3mel follow up ba3d el botox", 2, 2},
		{"shu el side effects taba3o", 2, 2},
		{"lazem a3mel follow w ba3d", 2, 0},
		{"ba3d el 7o2na", 0, 0},
	} {
		if got := ix.englishPhrase(Words(tt.q), tt.at); got != tt.want {
			t.Errorf("%q at %d: %d words, want %d", tt.q, tt.at, got, tt.want)
		}
	}
}

// TestAns30Lexicon: patient words joined to the pages' own: a muscle let go slack («إرخاء العضلات»,
// "loosen", "relax the muscles"; "relax" alone stays calming), a bump where the needle went in is a
// swelling, where a thing is extracted from («يستخرج») is its source («ينتج»), lines on the forehead
// or of a frown are wrinkles (not "lines" alone: straight lines looking wavy are a sign of the eye), a
// result that «بان» (showed) appeared, and "different kinds" are the kinds, not a difference.
func TestAns30Lexicon(t *testing.T) {
	lx := mustLexicon(t)
	same := func(a, b string) bool {
		ca, cb := lx.Concepts(Stems(a)), lx.Concepts(Stems(b))
		return len(ca) == 1 && len(cb) == 1 && ca[0].group == cb[0].group
	}
	for a, b := range map[string]string{
		"loosen":           "إرخاء",
		"relax the muscle": "استرخاء",
		"bump":             "تورم",
		"يستخرج":           "ينتج",
		"forehead lines":   "تجاعيد",
		"frown lines":      "wrinkles",
		"بان":              "تظهر",
		"different kinds":  "انواع",
	} {
		if !same(a, b) {
			t.Errorf("%q and %q are not one concept", a, b)
		}
	}
	if same("relax", "إرخاء") {
		t.Errorf(`"relax" alone is letting a muscle go: want it calming`)
	}
}

// TestAns30Teller: the doctor who told the patient something is the teller also with «و» before it,
// or named with whose or where he is before the telling («الدكتور بعيادة تانية قال»); a doctor who
// does something is not.
func TestAns30Teller(t *testing.T) {
	for q, want := range map[string]bool{
		"والدكتور قال ممكن بوتوكس":                 true,
		"والدكتور اقترح البوتوكس":                  true,
		"الدكتور بعيادة تانية قال الليزك ما بينفع": true,
		"الدكتور بتاعي قال ممكن بوتوكس":            true,
		"الكريم اللي الدكتور كتبه":                 true,
		"الحكيم قلي عظمي خفيف بالفك":               true,
		"الدكتور بدو يقلعلي السن":                  false,
		"لازم اروح للدكتور بعد العملية":            false,
	} {
		words := Words(q)
		keys := slices.Clone(words)
		teller(keys, words)
		got := false
		for i, w := range words {
			if (tellers[w] || tellers[strings.TrimPrefix(w, "و")]) && strings.HasPrefix(keys[i], stopKey) {
				got = true
			}
		}
		if got != want {
			t.Errorf("%q: teller %v, want %v", q, got, want)
		}
	}
}

// TestAns30AgainVerb: «ارجع» before another verb in the first person says "again"; before a place
// («ارجع البيت», «ارجع الجيم») it is going back.
func TestAns30AgainVerb(t *testing.T) {
	ix := mustIndexAns30(t)
	for q, want := range map[string]bool{
		"متى ارجع اسوق بعد العملية": true,
		"emta a2dar arja3 asoo2":    true,
		"متى ارجع الجيم":            false,
		"اقدر ارجع البيت":           false,
	} {
		words := ix.inArabic(Words(q))
		keys := slices.Clone(words)
		againVerb(keys, words)
		got := false
		for i, w := range words {
			if w == "ارجع" && strings.HasPrefix(keys[i], stopKey) {
				got = true
			}
		}
		if got != want {
			t.Errorf("%q (%q): again %v, want %v", q, words, got, want)
		}
	}
}

func mustIndexAns30(t *testing.T) *Index {
	t.Helper()
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// TestAns30AsksOfTheAge: words pointing back at an age ask of the age itself.
func TestAns30AsksOfTheAge(t *testing.T) {
	for q, want := range map[string]bool{
		"يصلح لها البوتوكس بهالعمر؟":           true,
		"ينفع لها ولا عمرها كبير عليه؟":        true,
		"is it even ok at her age?":            true,
		"am I too old for it?":                 true,
		"امي عمرها ٧٠ وعندها صداع مزمن":        false,
		"my dad is 70, how long does it last?": false,
	} {
		if got := asksOfTheAge(Words(q)); got != want {
			t.Errorf("%q: %v, want %v", q, got, want)
		}
	}
}

// TestAns30NamesER: "ER" and "A&E" name the emergency department; letters inside words do not.
func TestAns30NamesER(t *testing.T) {
	for q, want := range map[string]bool{
		"what signs mean I should go to the ER?":   true,
		"when would I need to go to A&E after it?": true,
		"is laser hair removal permanent?":         false,
		"can I eat eggs after the extraction?":     false,
	} {
		if got := namesER(Words(q)); got != want {
			t.Errorf("%q: %v, want %v", q, got, want)
		}
	}
}

// TestAns30ArabiziFamily: the family a patient asks for is read as family, not as the page words its
// letters make (a door, good, a part); an English message writing "mama" stays English.
func TestAns30ArabiziFamily(t *testing.T) {
	ix := mustIndexAns30(t)
	for in, want := range map[string]string{"baba": "بابا", "jeddi": "جدي", "jozi": "جوزي", "rasi": "راسي"} {
		if got := ix.inArabic(Words("3ndi " + in + " ta3ban")); len(got) < 2 || got[1] != want {
			t.Errorf("%q read %q, want %q", in, got, want)
		}
	}
	if IsArabizi(Words("my mama is 70, is it ok for her?")) {
		t.Errorf("an English message with mama read as Arabizi")
	}
}

// TestAns30LastAsTime: "last" dating the story is no question of how long something lasts.
func TestAns30LastAsTime(t *testing.T) {
	for q, want := range map[string]bool{
		"over the last few months it got hazy again":  true,
		"had botox last week and my brow feels heavy": true,
		"how long does it last":                       false,
		"does the effect last longer the second time": false,
	} {
		words := Words(q)
		keys := slices.Clone(words)
		lastAsTime(keys, words)
		got := false
		for i, w := range words {
			if w == "last" && strings.HasPrefix(keys[i], stopKey) {
				got = true
			}
		}
		if got != want {
			t.Errorf("%q: dated %v, want %v", q, got, want)
		}
	}
}

// TestAns30DroppedG: an -ing typed without its g reads as the verb ("redoin" → redo).
func TestAns30DroppedG(t *testing.T) {
	if !slices.Contains(englishBases("redoin"), "redo") || !slices.Contains(englishBases("takin"), "take") {
		t.Errorf("redoin: %q, takin: %q; want redo and take among them", englishBases("redoin"), englishBases("takin"))
	}
	if slices.Contains(englishBases("skin"), "sk") {
		t.Errorf("skin cut: %q", englishBases("skin"))
	}
}
