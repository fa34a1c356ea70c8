package knowledge

import "testing"

// English (and the pages' own Arabic) the layer had not joined to the pages' words: contagious and
// catching are the pages' «معدية», deodorant «مزيل عرق», blonde «الأشقر», a heavy box the pages'
// «غرض ثقيل».
func TestEn19PagesWords(t *testing.T) {
	lx := mustLexicon(t)
	for en, ar := range map[string]string{
		"contagious": "معدية",
		"catching":   "معدية",
		"deodorant":  "مزيل عرق",
		"blonde":     "الأشقر",
		"boxes":      "غرض",
	} {
		a, e := lx.Concepts(Stems(ar)), lx.Concepts(Stems(en))
		if len(a) != 1 || len(e) != 1 || e[0].group < 0 || a[0].group != e[0].group {
			t.Errorf("%q is %+v, «%s» %+v: want one group", en, e, ar, a)
		}
	}
}
