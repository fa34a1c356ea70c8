package knowledge

import "testing"

// Everyday English nouns and verbs the Arabic pages say their own way: problems «مشاكل», tips
// «نصائح», a program «برنامج», glands «الغدد», slowing down «إبطاء».
func TestRound21EverydayEnglish(t *testing.T) {
	lx := mustLexicon(t)
	for en, ar := range map[string]string{
		"problems":  "مشاكل",
		"tips":      "نصائح",
		"programme": "البرنامج",
		"glands":    "الغدد",
		"slow down": "إبطاء",
	} {
		a, e := lx.Concepts(Stems(ar)), lx.Concepts(Stems(en))
		if len(a) != 1 || len(e) != 1 || e[0].group < 0 || a[0].group != e[0].group {
			t.Errorf("%q is %+v, «%s» %+v: want one group", en, e, ar, a)
		}
	}
}

// How an effect lasts, said in English beside "how long": "last longer", "in the long run" ask the
// duration aspect.
func TestRound21EnglishAspects(t *testing.T) {
	lx := mustLexicon(t)
	same := func(x, y string) {
		t.Helper()
		a, b := lx.Concepts(Stems(x)), lx.Concepts(Stems(y))
		if len(a) != 1 || len(b) != 1 || a[0].group < 0 || a[0].group != b[0].group {
			t.Errorf("%q is %+v, %q %+v: want one group", x, a, y, b)
		}
	}
	same("last longer", "تدوم")
	same("long run", "المده")
	if c := lx.Concepts(Stems("long run")); len(c) != 1 || !lx.Aspect(c[0]) {
		t.Errorf("long run is %+v: want an aspect", c)
	}
}

// English the pages say their own way: "known" «المعروف», chewing «المضغ», the other side «الجهة
// الأخرى», a reaction «رد فعل», competitive sports «التنافسية», attending «حضور»; light
// therapy «العلاج الضوئي» is a treatment (topic).
func TestRound21PagesWords(t *testing.T) {
	lx := mustLexicon(t)
	for en, ar := range map[string]string{
		"known":          "المعروف",
		"chewing":        "المضغ",
		"the other side": "الجهة الأخرى",
		"reaction":       "رد فعل",
		"competitive":    "التنافسية",
		"attend":         "حضور",
		"light therapy":  "العلاج الضوئي",
	} {
		a, e := lx.Concepts(Stems(ar)), lx.Concepts(Stems(en))
		if len(a) != 1 || len(e) != 1 || e[0].group < 0 || a[0].group != e[0].group {
			t.Errorf("%q is %+v, «%s» %+v: want one group", en, e, ar, a)
		}
	}
	if c := lx.Concepts(Stems("phototherapy")); len(c) != 1 || !lx.Topic(c[0]) {
		t.Errorf("phototherapy is %+v: want a treatment (topic)", c)
	}
}

// A pinching shoulder is the pages' «انحشار الكتف», wrecking the enamel damage («يضر»), playing
// outside «في الخارج», dissolving stitches «الذائبة».
func TestRound21Verbs(t *testing.T) {
	lx := mustLexicon(t)
	for en, ar := range map[string]string{
		"pinches":   "انحشار",
		"wreck":     "يضر",
		"outdoors":  "في الخارج",
		"dissolves": "الذائبة",
	} {
		a, e := lx.Concepts(Stems(ar)), lx.Concepts(Stems(en))
		if len(a) != 1 || len(e) != 1 || e[0].group < 0 || a[0].group != e[0].group {
			t.Errorf("%q is %+v, «%s» %+v: want one group", en, e, ar, a)
		}
	}
}
