package knowledge

import "testing"

// «حبوب» is both pills and pimples: pills that come out («طلع حبوب», «الحبوب بتطلع») are pimples, the
// acne topic; «آخذ حبوب» stays a medication.
func TestSense17PimplesNotPills(t *testing.T) {
	lx := mustLexicon(t)
	acne := lx.Concepts(Stems("حب الشباب"))
	if len(acne) != 1 || !lx.Topic(acne[0]) {
		t.Fatalf("حب الشباب is %+v: want one topic", acne)
	}
	for _, q := range []string{"طلع فيه حبوب", "الحبوب بتطلع"} {
		found := false
		for _, c := range lx.Concepts(Stems(q)) {
			found = found || c.group == acne[0].group
		}
		if !found {
			t.Errorf("«%s» is %+v: want the acne topic", q, lx.Concepts(Stems(q)))
		}
	}
	for _, c := range lx.Concepts(Stems("آخذ حبوب الضغط")) {
		if c.group == acne[0].group {
			t.Errorf("«آخذ حبوب الضغط» reads pimples: %+v", c)
		}
	}
}
