package knowledge

import "testing"

// English the pages say their own way: a sauna or steam room «الساونا» (avoided after a session),
// rubbing «فرك» (the eyes after surgery), a blister «فقاعة».
func TestLang17PagesWords(t *testing.T) {
	lx := mustLexicon(t)
	for en, ar := range map[string]string{
		"sauna":      "الساونا",
		"steam room": "الساونا",
		"rub":        "تفرك",
		"rubbing":    "فرك",
		"blister":    "فقاعة",
		"blisters":   "فقاعات",
	} {
		a, e := lx.Concepts(Stems(ar)), lx.Concepts(Stems(en))
		if len(a) != 1 || len(e) != 1 || e[0].group < 0 || a[0].group != e[0].group {
			t.Errorf("%q is %+v, «%s» %+v: want one group", en, e, ar, a)
		}
	}
}
