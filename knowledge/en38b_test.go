package knowledge

import "testing"

// Getting back on the pitch is the pages' return to the field («العودة إلى الملعب»); a beard gone grey
// is their white hair («الشعر الأبيض»), which laser hair removal works poorly on.
func TestEn38bPitchAndGreyHair(t *testing.T) {
	lx := mustLexicon(t)
	for _, p := range [][2]string{
		{"when can I get back on the pitch", "الملعب"},
		{"my dad's beard is mostly grey", "الشعر الأبيض"},
		{"grey hair", "الشيب"},
	} {
		want := lx.Concepts(keysOf(Analyze(p[1])))
		if len(want) != 1 {
			t.Fatalf("%q is %+v: want one group", p[1], want)
		}
		if !holdsGroup(lx.Concepts(keysOf(Analyze(p[0]))), want[0]) {
			t.Errorf("%q is %+v: want %q's group among them", p[0], lx.Concepts(keysOf(Analyze(p[0]))), p[1])
		}
	}
}
