package knowledge

import (
	"slices"
	"testing"
)

// A bare "implant" is the dental implant («الزرعة»), as the layer's phrases "dental implant" and
// "tooth implant" already were: unread, an English question about implants could only reach an
// English summary page ("How long does a dental implant take?") and never the Arabic section that
// answers it. The implants other specialties speak of keep their own topic: a lens implant is
// «عدسة مزروعة», a hip or knee implant a joint replacement.
func TestEn21BareImplantIsTheDentalImplant(t *testing.T) {
	lx := mustLexicon(t)
	dental := lx.Concepts(Stems("زراعة الأسنان"))
	for _, q := range []string{"implant", "implants"} {
		c := lx.Concepts(Stems(q))
		if len(c) != 1 || len(dental) != 1 || c[0].group != dental[0].group || !lx.Topic(c[0]) {
			t.Errorf("%q is %+v: want the dental implant topic %+v", q, c, dental)
		}
	}
	for q, ar := range map[string]string{
		"multifocal lens implant": "عدسة مزروعة",
		"hip implant":             "تبديل المفصل",
		"knee implants":           "تبديل المفصل",
	} {
		a := lx.Concepts(Stems(ar))
		found := false
		for _, c := range lx.Concepts(Stems(q)) {
			if len(a) == 1 && c.group == a[0].group {
				found = true
			}
			if len(dental) == 1 && c.group == dental[0].group {
				t.Errorf("%q names the dental implant: want «%s» only", q, ar)
			}
		}
		if !found {
			t.Errorf("%q does not name «%s» (%+v)", q, ar, a)
		}
	}
}

// "Do implants last forever?" asks how long an implant lasts («كم تدوم الزرعة؟»), not whether a
// passage says «نهائي» in passing (the final crown, «التاج النهائي»); and "are implants risky?" is
// answered by the Arabic risks section, not by an English summary sharing only "implant".
func TestEn21ImplantQuestionsReachTheArabicSection(t *testing.T) {
	ix := mustBuild(t, []*Document{
		{ID: "ar", Title: "زراعة الأسنان وعلاج العصب", Lang: "ar", Sections: []Section{
			section("what", "ما هي زراعة الأسنان؟", "الزرعة جذر صناعي من التيتانيوم يثبت في عظم الفك مكان السن المفقود."),
			section("steps", "خطوات الزراعة", "تبدأ بفحص سريري وأشعة. ثم توضع الزرعة تحت تخدير موضعي، وبعد فترة الالتحام يركب التاج النهائي."),
			section("risks", "مخاطر الزراعة", "من المخاطر الممكنة الالتهاب حول الزرعة وعدم التحام الزرعة بالعظم."),
			section("lasts", "كم تدوم الزرعة؟", "يمكن أن تدوم الزرعة عمرًا طويلًا مع العناية الجيدة."),
			section("canal", "علاج العصب", "يجرى علاج العصب تحت تخدير موضعي في جلسة أو جلستين."),
		}},
		{ID: "en", Title: "Frequently asked questions", Lang: "en", Sections: []Section{
			section("q5", "How long does a dental implant take?", "Placing one implant takes about an hour. With good care an implant can last a lifetime."),
			section("q4", "Does a root canal hurt?", "A root canal feels much like an ordinary filling."),
		}},
	})
	// Either page telling how long an implant lasts answers the second.
	for q, want := range map[string][]string{
		"are implants risky?":       {"ar#risks"},
		"do implants last forever?": {"ar#lasts", "en#q5"},
	} {
		if r := ix.Search(Query{Text: q}); !slices.Contains(want, topKey(r)) {
			t.Errorf("%q: hits %v; want one of %v first", q, keysOfHits(r), want)
		}
	}
}

// "Rare" is the pages' «نادرًا» («نادرًا ما تظهر أعراض أخرى»): unread, "what side effects are normal,
// and what's rare?" held a word the pages never write and fell back.
func TestEn21RareIsNadiran(t *testing.T) {
	lx := mustLexicon(t)
	a := lx.Concepts(Stems("نادرًا"))
	for _, q := range []string{"rare", "rarely", "uncommon"} {
		if e := lx.Concepts(Stems(q)); len(e) != 1 || len(a) != 1 || e[0].group < 0 || e[0].group != a[0].group {
			t.Errorf("%q is %+v, «نادرًا» %+v: want one group", q, e, a)
		}
	}
	ix := mustBuild(t, []*Document{{ID: "d", Title: "البوتوكس", Lang: "ar", Sections: []Section{
		section("effects", "الآثار الجانبية المحتملة", "غالبًا ما تكون الآثار الجانبية خفيفة ومؤقتة مثل احمرار بسيط. نادرًا ما تظهر أعراض أخرى."),
		section("how", "كيف يعمل البوتوكس", "يمنع البوتوكس الإشارات العصبية التي تحفز انقباض العضلات."),
		section("lasts", "مدة النتائج", "تظهر النتائج خلال أيام وتستمر عدة أشهر."),
	}}})
	if r := ix.Search(Query{Text: "which side effects are rare?"}); topKey(r) != "d#effects" || r.Hits[0].Coverage < 0.99 {
		t.Errorf("hits %v: want d#effects first, holding all of the question", keysOfHits(r))
	}
}
