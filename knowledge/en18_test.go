package knowledge

import "testing"

// Whether an injected medicine stays where it was put or reaches other parts of the body, said in English or the dialects,
// is the pages' «محدداً للمنطقة التي يُحقن فيها»: not «انتشار», which the pages also use for how
// widespread a treatment has become.
func TestEn18StaysWhereInjected(t *testing.T) {
	lx := mustLexicon(t)
	ar := lx.Concepts(Stems("محدداً للمنطقة"))
	for _, en := range []string{"localized", "stays local", "يبقى في مكانه"} {
		e := lx.Concepts(Stems(en))
		if len(ar) != 1 || len(e) != 1 || e[0].group < 0 || ar[0].group != e[0].group {
			t.Errorf("%q is %+v, «محدداً للمنطقة» %+v: want one group", en, e, ar)
		}
	}
	if s, sp := lx.Concepts(Stems("spread")), lx.Concepts(Stems("localized")); len(s) == 1 && len(sp) == 1 && s[0].group == sp[0].group {
		t.Errorf("spread joined the group of staying where injected: want «انتشار» apart")
	}
}
