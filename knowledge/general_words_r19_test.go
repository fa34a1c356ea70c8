package knowledge

import "testing"

// «بطن الرجل» (the belly of the leg) is the calf in Egyptian and Levantine speech («يخسس بطن الرجل»),
// the pages' «الساق» and «السمانة»; «بطن» alone stays the abdomen.
func TestRound19BellyOfTheLegIsTheCalf(t *testing.T) {
	lx := mustLexicon(t)
	calf := lx.Concepts(Stems("السمانه"))
	belly := lx.Concepts(Stems("البطن"))
	if len(calf) != 1 || len(belly) != 1 || calf[0].group < 0 || calf[0].group == belly[0].group {
		t.Fatalf("«السمانه» is %+v, «البطن» %+v: want two groups", calf, belly)
	}
	for _, w := range []string{"بطن الرجل", "بطن رجلي", "بطن الساق"} {
		c := lx.Concepts(Stems(w))
		if len(c) != 1 || c[0].group != calf[0].group {
			t.Errorf("«%s» is %+v, want the calf's group %+v", w, c, calf)
		}
	}
}

// The Levantine first person of «دخّن» after a modal drops its alif («بقدر دخن بعد القلع؟», «بدخن
// علبة باليوم»): it is the pages' «التدخين», as «ادخن» is.
func TestRound19SmokeFirstPerson(t *testing.T) {
	lx := mustLexicon(t)
	noun := lx.Concepts(Stems("التدخين"))
	for _, w := range []string{"دخن", "بدخن", "دخنت"} {
		c := lx.Concepts(Stems(w))
		if len(c) != 1 || len(noun) != 1 || c[0].group < 0 || c[0].group != noun[0].group {
			t.Errorf("«%s» is %+v, «التدخين» %+v: want one group", w, c, noun)
		}
	}
}
