package knowledge

import "testing"

// A tooth told permanent in the Egyptian word («سنة مستديمة», "a permanent tooth") is the pages'
// «سن دائم»; an accident («حادثة») that knocked it out is told as the pages' blow («ضربة»).
func TestPermanentToothAndAccident(t *testing.T) {
	lx := mustLexicon(t)
	for patient, page := range map[string]string{
		"سنة مستديمة": "سن دائم",
		"سن مستديم":   "الأسنان الدائمة",
		"حادثة":       "ضربة",
	} {
		p, g := lx.Concepts(Stems(patient)), lx.Concepts(Stems(page))
		if len(p) != 1 || len(g) != 1 || p[0].group < 0 || p[0].group != g[0].group {
			t.Errorf("«%s» is %+v, «%s» %+v: want one group", patient, p, page, g)
		}
	}
}
