package knowledge

import "testing"

// English words of the eye the Arabic pages say their own way: the pupil is «البؤبؤ», photos «الصور»,
// a monofocal lens «أحادية البؤرة» and a multifocal one «متعددة البؤر».
func TestRound20EnglishOfTheEye(t *testing.T) {
	lx := mustLexicon(t)
	for en, ar := range map[string]string{
		"pupil":      "البؤبؤ",
		"photos":     "الصور",
		"pictures":   "صوره",
		"monofocal":  "العدسه احاديه البؤره",
		"multifocal": "العدسه متعدده البؤر",
	} {
		a := lx.Concepts(Stems(ar))
		e := lx.Concepts(Stems(en))
		if len(e) != 1 || e[0].group < 0 {
			t.Errorf("%q is %+v: want one group", en, e)
			continue
		}
		found := false
		for _, c := range a {
			found = found || c.group == e[0].group
		}
		if !found {
			t.Errorf("%q is %+v, «%s» %+v: want the same group", en, e, ar, a)
		}
	}
}

// Size and depth in English are the pages' «صغير», «عميق» and «ثقب»: "a small blister", "tiny deep
// holes".
func TestRound20SizeAndDepth(t *testing.T) {
	lx := mustLexicon(t)
	for en, ar := range map[string]string{"small": "صغيرة", "tiny": "الصغير", "deep": "العميق", "holes": "ثقب"} {
		a, e := lx.Concepts(Stems(ar)), lx.Concepts(Stems(en))
		if len(a) != 1 || len(e) != 1 || e[0].group < 0 || a[0].group != e[0].group {
			t.Errorf("%q is %+v, «%s» %+v: want one group", en, e, ar, a)
		}
	}
}
