package knowledge

import "testing"

// A blow told in the passive of the dialects («انضرب», the Egyptian «اتخبط») is the pages' «ضربة»;
// a permanent tooth told with a pronoun («سنته الدايمة», «سنتها الدائمة»: the ta marbuta written ت
// before it, on a word too short to be given back its ه) is the pages' «سن دائم».
func TestBlowAndPermanentToothWithPronoun(t *testing.T) {
	lx := mustLexicon(t)
	for patient, page := range map[string]string{
		"اتخبط":         "ضربة",
		"انضربت":        "ضربة",
		"سنته الدايمة":  "سن دائم",
		"سنتها الدائمة": "سن دائم",
		"سنتي الدايمة":  "الأسنان الدائمة",
	} {
		p, g := lx.Concepts(Stems(patient)), lx.Concepts(Stems(page))
		if len(p) != 1 || len(g) != 1 || p[0].group < 0 || p[0].group != g[0].group {
			t.Errorf("«%s» is %+v, «%s» %+v: want one group", patient, p, page, g)
		}
	}
}
