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

// hasConceptOf says whether the question q, read as a question reads it (with its stop words), holds
// the one concept the pages' ar makes.
func hasConceptOf(t *testing.T, lx *Lexicon, q, ar string) {
	t.Helper()
	a := lx.Concepts(keysOf(Analyze(ar)))
	for _, c := range lx.Concepts(keysOf(Analyze(q))) {
		if len(a) == 1 && c.group == a[0].group {
			return
		}
	}
	t.Errorf("%q: no concept of «%s» (%+v)", q, ar, a)
}

// What patients say that the pages say otherwise: sitting in on a session is the pages' «حضور»,
// stopping something happening again their «الوقاية», buying drops using them («استخدام»); Arabizi
// «bnam bel mostashfa» (do I sleep in hospital) asks the pages' admission group («ويعود المريض إلى
// بيته») and "doxy" is an antibiotic («المضادات الحيوية»); a desk is office work («العمل المكتبي»),
// "killing me" pain («يوجع»), "what are the conditions" asks who suits a treatment («شروط»); eyes
// that water are the pages' tearing («تدمع»), the first couple of days after an injury their «أول
// ثمانٍ وأربعين ساعة».
func TestEn19Phrases(t *testing.T) {
	lx := mustLexicon(t)
	for _, c := range [][2]string{
		{"can i sit in on the session", "حضور"},
		{"anything to stop it happening again", "الوقاية"},
		{"which artificial tears should i buy", "استخدام"},
		{"بنام بالمستشفى", "يعود الى بيته"},
		{"katabli doxy lal 7boob", "المضادات الحيوية"},
		{"i sit at a desk all day", "العمل"},
		{"my lower back is killing me", "يوجع"},
		{"what are the conditions to do it", "شروط"},
		{"my eyes water all the time", "عيوني تدمع"},
		{"what should i do for the first couple of days", "في أول ثمانٍ وأربعين ساعة"},
	} {
		hasConceptOf(t, lx, c[0], c[1])
	}
}

// An English visit said alone is a session («جلسة»: "how many visits is a root canal"); a first visit
// is still the visit («أول زيارة»).
func TestEn19VisitIsSession(t *testing.T) {
	lx := mustLexicon(t)
	one := func(x, y string, want bool) {
		t.Helper()
		a, b := lx.Concepts(keysOf(Analyze(x))), lx.Concepts(keysOf(Analyze(y)))
		if got := len(a) == 1 && len(b) == 1 && a[0].group == b[0].group; got != want {
			t.Errorf("%q %+v and «%s» %+v one group: %v, want %v", x, a, y, b, got, want)
		}
	}
	one("visits", "جلسة", true)
	one("first visit", "أول زيارة", true)
	one("first visit", "جلسة", false)
}

// Hair that grows back comes back: whether a treatment is permanent (the aspect of «يعود», "come back").
func TestEn19GrowBack(t *testing.T) {
	lx := mustLexicon(t)
	a, b := lx.Concepts(keysOf(Analyze("will it grow back"))), lx.Concepts(keysOf(Analyze("come back")))
	found := false
	for _, c := range a {
		found = found || len(b) == 1 && c.group == b[0].group && lx.Aspect(c)
	}
	if !found {
		t.Errorf("grow back is %+v, come back %+v: want the one aspect", a, b)
	}
}
