package knowledge

import "testing"

// Washing the face, and wudu, after surgery are what the pages say as «دخول الماء والصابون»: one
// group, with washing with soap («غسول لطيف بدل الصابون»); the brushing of teeth («اغسل سناني») stays apart.
func TestConv18bWashing(t *testing.T) {
	lx := mustLexicon(t)
	same := func(x, y string) {
		t.Helper()
		a, b := lx.Concepts(Stems(x)), lx.Concepts(Stems(y))
		if len(a) != 1 || len(b) != 1 || a[0].group < 0 || a[0].group != b[0].group {
			t.Errorf("%q is %+v, %q %+v: want one group", x, a, y, b)
		}
	}
	same("اغسل", "الماء والصابون")
	same("يتوضى", "الماء والصابون")
	same("wash", "بالصابون")
	a, b := lx.Concepts(Stems("اغسل سناني")), lx.Concepts(Stems("اغسل"))
	if len(a) != 1 || len(b) != 1 || a[0].group == b[0].group {
		t.Errorf("«اغسل سناني» is %+v, «اغسل» %+v: want apart", a, b)
	}
}

// Going back to normal («بترجع طبيعية؟») is the recovery aspect, which the pages say as healing
// («قابل للشفاء») or "can be reversed".
func TestConv18bBackToNormal(t *testing.T) {
	lx := mustLexicon(t)
	for _, x := range []string{"بترجع طبيعيه", "للشفاء", "reversed"} {
		a, b := lx.Concepts(Stems(x)), lx.Concepts(Stems("التعافي"))
		if len(a) != 1 || len(b) != 1 || a[0].group < 0 || a[0].group != b[0].group || !lx.Aspect(a[0]) {
			t.Errorf("%q is %+v, «التعافي» %+v: want the recovery aspect", x, a, b)
		}
	}
}
