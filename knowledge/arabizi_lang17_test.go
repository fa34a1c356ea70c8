package knowledge

import (
	"slices"
	"testing"
)

// A word that only qualifies a question, a count of months or years, is read in Arabic letters as the
// same word written so is: «3omro 4 shhour» is «عمره 4 شهور», not the Latin «shhour» weighed as an
// unknown topic word the pages lack.
func TestArabiziReadsMinorWord(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "العيون", Lang: "ar", Sections: []Section{
		section("s", "الحول", "نفحص عيون الطفل بعد عمر ستة أشهر إذا لاحظت حولًا."),
	}}}, "minor: شهر | شهور | سنين | month | months\nحول | squint")
	for q, want := range map[string]string{"ebni 3omro 4 shhour w 3ando 7awal": "شهور", "benti 3omraha 3 sneen w 3andha 7awal": "سنين"} {
		if got := ix.inArabic(Words(q)); !slices.Contains(got, want) {
			t.Errorf("inArabic(%s) = %q, want «%s»", q, got, want)
		}
	}
}

// The Egyptian future of «I need» (هحتاج, «ha7tag») is the stop word «احتاج» asks with, not letters
// that make a topic word («احتق»).
func TestArabiziEgyptianNeed(t *testing.T) {
	for _, w := range []string{"ha7tag", "ha7taj"} {
		if got := ArabiziSpellings(w, 1); len(got) != 1 || !isStop(got[0]) {
			t.Errorf("ArabiziSpellings(%q, 1) = %q, want a stop word", w, got)
		}
	}
	for _, w := range []string{"هحتاج", "هنحتاج", "حابب", "couple"} {
		if !isStop(Normalize(w)) {
			t.Errorf("isStop(%q) = false, want a stop word", w)
		}
	}
}

// Levantine and Egyptian filler and function words are read as the stop words they are, not letter by
// letter as words the pages use: «tab» (طيب) is not «طب», «bedha» (بدها) not «بيض», «wa7ad» (واحد)
// not «احاد», «mni7» (منيح) not «منح», «anhy» (انهي) not «انح», «a2lak» (اقولك) not «اقل».
func TestArabiziDialectFiller(t *testing.T) {
	for _, w := range []string{"tab", "6ab", "bedha", "baddo", "wa7ad", "mni7", "anhy", "a2lak", "bint"} {
		if got := ArabiziSpellings(w, 1); len(got) != 1 || !isStop(got[0]) {
			t.Errorf("ArabiziSpellings(%q, 1) = %q, want a stop word", w, got)
		}
	}
	// «tab» alone does not make an English message Arabizi.
	if IsArabizi(Words("can i get a tab of panadol after the extraction")) {
		t.Errorf("IsArabizi(… a tab of panadol …) = true, want false")
	}
}

// The ear as the dialects say it: the Egyptian and Levantine «ودني» is the pages' «الأذن», and the
// Arabizi «odon», whose d cannot write a ذ, is «اذن», not «دون» (without).
func TestDialectEar(t *testing.T) {
	lx := mustLexicon(t)
	a, e := lx.Concepts(Stems("الأذن")), lx.Concepts(Stems("ودني"))
	if len(a) != 1 || len(e) != 1 || e[0].group < 0 || a[0].group != e[0].group {
		t.Errorf("«ودني» is %+v, «الأذن» %+v: want one group", e, a)
	}
	if got := ArabiziSpellings("odon", 1); !slices.Equal(got, []string{"اذن"}) {
		t.Errorf("ArabiziSpellings(odon, 1) = %q, want [اذن]", got)
	}
}
