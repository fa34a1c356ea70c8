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
