package knowledge

import "testing"

// The lines two lanes of session 38 added to the general words: getting back on the pitch is the
// pages' return to the field («العودة إلى الملعب»), a beard gone grey their white hair («الشعر الأبيض»),
// which laser hair removal works poorly on; ice on the cheek is their cold compress («كمادات باردة»),
// the Egyptian future «هسوق» (I'll drive) their driving («القيادة»).
func TestEn38bLaneWords(t *testing.T) {
	lx := mustLexicon(t)
	for _, p := range [][2]string{
		{"when can I get back on the pitch", "الملعب"},
		{"my dad's beard is mostly grey", "الشعر الأبيض"},
		{"grey hair", "الشيب"},
		{"ثلج بعد الخلع؟", "باردة"},
		{"احط تلج على خدي؟", "باردة"},
		{"وهسوق عادي بعد الجلسة؟", "القيادة"},
		{"حسوق بعدها؟", "القيادة"},
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
