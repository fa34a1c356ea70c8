package knowledge

import "testing"

// Ice on the cheek is the pages' cold compress («كمادات باردة»); the Egyptian future «هسوق» (I'll drive)
// is their driving («القيادة»).
func TestEn38cIceAndDriving(t *testing.T) {
	lx := mustLexicon(t)
	for _, p := range [][2]string{
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
