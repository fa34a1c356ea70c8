package knowledge

import (
	"slices"
	"testing"
)

// «walla» (or) and «la2» (no) are function words: letter by letter they were «وله» and «ل».
func TestArabiziOrAndNo(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "الليزر", Lang: "ar", Sections: []Section{
		section("hair", "إزالة الشعر بالليزر", "يقل الشعر بنسبة كبيرة بعد الجلسات وقد يحتاج المريض جلسة تنشيطية."),
	}}}
	ix := mustBuild(t, docs)
	words := Words("el laser byeshil el sha3r walla la2?")
	got := ix.fromArabizi(words, nil)
	if got[5] != "ولا" || got[6] != "لا" {
		t.Errorf("fromArabizi(%q) = %q, want «ولا» and «لا»", words, got)
	}
}

// The Gulf writes ق with a 9 too («9a9r na'6ar», قصر نظر; «wa9t», وقت): a spelling the pages know
// with it is among a word's readings, after ص and ض.
func TestArabiziNineAsQaf(t *testing.T) {
	for w, want := range map[string]string{"9a9r": "قصر", "wa9t": "وقت"} {
		if got := ArabiziSpellings(w, maxArabiziSpellings); !slices.Contains(got, want) {
			t.Errorf("ArabiziSpellings(%q) = %q, missing %q", w, got, want)
		}
	}
	if got := ArabiziSpellings("y9eer", 1); len(got) == 0 || got[0] != "يصير" {
		t.Errorf("ArabiziSpellings(y9eer, 1) = %q, want «يصير» first", got)
	}
}

// A «dh» after a consonant before the pronoun («ba3dha», «ba3dhom») is a d and «ها», «هم»: «بعدها», not
// «بعضه» of a ض; a «dh» a word starts with, or after a vowel, is still ذ, ض or ظ.
func TestArabiziDhBeforePronoun(t *testing.T) {
	for w, want := range map[string]string{"ba3dha": "بعدها", "ba3dhom": "بعدهم"} {
		if got := ArabiziSpellings(w, 1); len(got) == 0 || got[0] != want {
			t.Errorf("ArabiziSpellings(%q, 1) = %q, want %q", w, got, want)
		}
	}
	for w, want := range map[string]string{"dhahri": "ضهري", "a5adha": "اخذه"} {
		if got := ArabiziSpellings(w, maxArabiziSpellings); !slices.Contains(got, want) {
			t.Errorf("ArabiziSpellings(%q) = %q, missing %q", w, got, want)
		}
	}
}
