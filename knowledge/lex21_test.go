package knowledge

import "testing"

// The spoken plural «ولاد» (children, «أولاد» without its «أ») is the children's word, not «الولادة»
// (childbirth), whose letters it shares but for the ta marbuta; «ولادة» alone (and Arabizi's
// «wilada», «ولادا») is the pages' «الولادة», not «لاد».
func TestLex21KidsAreNotBirth(t *testing.T) {
	lx := mustLexicon(t)
	group := func(w string) int {
		cs := lx.Concepts(Stems(Normalize(w)))
		if len(cs) != 1 {
			t.Fatalf("«%s» is %+v: want one concept", w, cs)
		}
		return cs[0].group
	}
	kids, birth := group("اطفال"), group("الولادة")
	for _, w := range []string{"الولاد", "للولاد", "ولاد", "اولاد", "ولادنا", "اولادنا", "ولادك"} {
		if g := group(w); g != kids {
			t.Errorf("«%s» is group %d, not the children's (%d)", w, g, kids)
		}
	}
	for _, w := range []string{"الولاده", "ولادة", "ولادتي", "وولادة", "ولادا"} {
		if g := group(w); g != birth {
			t.Errorf("«%s» is group %d, not childbirth's (%d)", w, g, birth)
		}
	}
	if got := Stems(Normalize("وسادة")); len(got) != 1 || got[0] != "وساد" {
		t.Errorf("«وسادة» stems to %v", got)
	}
}

// Removing, as patients say it of what the clinic does or what they want done: the Levantine «بدي شيل
// شامة» and «شيلها» (the first person, its alef dropped), «بيشيل الشعر», and the clinic's «بتشيلوها»,
// «هتشيلوها», «شلتوها» are the pages' «إزالة», as «بيشيلوا» and «يشيلها» already were.
func TestLex21RemovingForms(t *testing.T) {
	lx := mustLexicon(t)
	want := lx.Concepts(Stems(Normalize("ازالة")))
	if len(want) != 1 || want[0].group < 0 {
		t.Fatalf("«ازالة» is %+v", want)
	}
	for _, w := range []string{"شيل", "شيلها", "شيله", "بيشيل", "بتشيلوها", "هتشيلوها", "شلتوها", "تشيلوه"} {
		cs := lx.Concepts(Stems(Normalize(w)))
		if len(cs) != 1 || cs[0].group != want[0].group {
			t.Errorf("«%s» is %+v, not removal", w, cs)
		}
	}
}

// The Levantine «إلو» (his, «له»: «ولا إلو استعمالات طبية؟», «بتستعملوا ليزر إلو؟») is a function word
// as «الها» is; «الوهن» (myasthenia's weakness) is not «إلو» with «هن».
func TestLex21IluIsAFunctionWord(t *testing.T) {
	for _, w := range []string{"الو", "إلو"} {
		if !StopWord(Normalize(w)) {
			t.Errorf("%s is not a stop word", w)
		}
	}
	if got := Stems(Normalize("الوهن")); len(got) != 1 || got[0] != "وهن" {
		t.Errorf("«الوهن» stems to %v", got)
	}
}

// The Egyptian «مظبوط» (right, proper: «ضرس العقل طالع مظبوط») is the pages' «مستقيم», «بشكل سليم», as «عدل» is;
// «مضبوط» (under control: «سكري مش مضبوط») is their «منضبط», and is no longer read in the pages'
// letters as «مظبوط».
func TestLex21ProperAndControlled(t *testing.T) {
	lx := mustLexicon(t)
	same := func(a, b string) bool {
		x, y := lx.Concepts(Stems(Normalize(a))), lx.Concepts(Stems(Normalize(b)))
		return len(x) == 1 && len(y) == 1 && x[0].group >= 0 && x[0].group == y[0].group
	}
	for _, p := range [][2]string{{"مظبوط", "مستقيم"}, {"مظبوطة", "عدل"}, {"مضبوط", "منضبط"}, {"مضبوطة", "المنضبط"}} {
		if !same(p[0], p[1]) {
			t.Errorf("«%s» is not «%s»", p[0], p[1])
		}
	}
	if same("مضبوط", "مظبوط") {
		t.Error("«مضبوط» (controlled) joins «مظبوط» (proper)")
	}
}
