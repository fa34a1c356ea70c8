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

// Feeling numb is a sensation («خدر», «متخدر»), not anaesthesia («تخدير», «بنج»), which a
// "numbing" cream or injection stays: "numbing" alone stemmed to "numb" and took it along.
func TestSense17NumbIsNotAnaesthesia(t *testing.T) {
	lx := mustLexicon(t)
	one := func(s string) Concept {
		t.Helper()
		c := lx.Concepts(Stems(s))
		if len(c) != 1 || c[0].group < 0 {
			t.Fatalf("%q is %+v: want one group", s, c)
		}
		return c[0]
	}
	numb, numbness, anaesthesia := one("numb"), one("خدر"), one("تخدير")
	if numb.group != numbness.group || one("متخدر").group != numbness.group {
		t.Errorf("numb %d, متخدر: want the group of خدر %d", numb.group, numbness.group)
	}
	if numb.group == anaesthesia.group {
		t.Errorf("numb is anaesthesia")
	}
	if one("numbing cream").group != anaesthesia.group {
		t.Errorf("numbing cream is not anaesthesia")
	}
}
