package knowledge

import (
	"slices"
	"testing"
)

// «خالص» after a verb of ending or healing is "for good", the pages' «نهائيًا»; after a negation
// it is "at all", and after a state "very": a stop word there.
func TestForGood(t *testing.T) {
	checkFirst(t, []firstCase{{
		name: "for good",
		sections: []Section{
			section("cure", "هل يعالج الصداع نهائيًا؟", "لا يعتبر العلاج نهائيًا، بل يقلل عدد النوبات وشدتها."),
			section("how", "علاج الصداع", "يقلل العلاج عدد نوبات الصداع وشدتها ويمنح راحة طويلة."),
		},
		want: map[string]string{
			"هو العلاج بيخلص من الصداع خالص ولا بيرجع؟": "d#cure",
			"الصداع يروح خالص بعد العلاج؟":              "d#cure",
		},
	}})
	for _, tc := range []struct {
		q    string
		good bool
	}{
		{"بيخلص من الصداع النصفي خالص", true},
		{"لحد ما يخف خالص", true},
		{"مش بتوجعني خالص", false},
		{"رجله مفلطحة خالص", false},
		{"يخف بس مش خالص", false},
	} {
		words := Words(tc.q)
		keys := keysOf(analyzeWords(words, nil))
		forGood(keys, words)
		if got := slices.Contains(keys, forGoodKey); got != tc.good {
			t.Errorf("%s: keys %v; for good %v, want %v", tc.q, keys, got, tc.good)
		}
	}
}

// The present of a defective verb keeps its «ي» as the root's: «يمشي» finds the pages' «المشي»,
// «يشفي» their «الشفاء», «بيصلي» their «الصلاة».
func TestDefectiveVerb(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("walk", "المشي بعد العلاج", "يمكن المشي في اليوم نفسه."),
		section("heal", "الشفاء", "يتم الشفاء خلال أسبوعين."),
		section("pray", "الصلاة", "يمكنك أن تصلي جالسًا في الأسبوع الأول."),
	}}}
	ix := mustBuild(t, docs)
	for w, want := range map[string]string{
		"يمشي":   stemWord("المشي"),
		"بيمشي":  stemWord("المشي"),
		"يشفي":   stemWord(Normalize("الشفاء")),
		"بيصلي":  stemWord(Normalize("الصلاة")),
		"ويصلي":  stemWord(Normalize("الصلاة")),
		"يكتبها": "",
	} {
		if got := ix.defectiveKey(w); got != want {
			t.Errorf("defectiveKey(%s) = %q; want %q", w, got, want)
		}
	}
}

// «ني» after a «ي» is a hollow noun's «ن» and «my»: «وعيني» is «و» + «عيني» (and my eye), not
// «وعي» (awareness) + «me», while «وجعني» (it hurt me) and «وجهها» keep their «و».
func TestWawBeforeHollowNoun(t *testing.T) {
	for w, want := range map[string]string{"وعيني": "عين", "وديني": "", "وجعني": "وجع", "وجهها": "وجه"} {
		if got := stemWord(Normalize(w)); got != want {
			t.Errorf("stemWord(%s) = %q; want %q", w, got, want)
		}
	}
}

// «قبل» before an event asks about preparing («قبل الخلع»); before a time it is "ago" and dates
// the story («قبل اسبوع», «قبل كم يوم», «قبل ٣ ايام»).
func TestBeforeAndAgo(t *testing.T) {
	checkFirst(t, []firstCase{{
		name: "before",
		sections: []Section{
			section("prep", "التحضير قبل الخلع", "تناول وجبة خفيفة قبل الموعد وأخبر الطبيب بأدويتك."),
			section("after", "العناية بعد الخلع", "تناول أطعمة لينة وباردة في أول يوم ولا تأكل حتى يزول التخدير."),
		},
		want: map[string]string{
			"قبل الخلع اكل ولا اجي صايم":             "d#prep",
			"لازم اكون صايم قبل الخلع ولا اقدر اكل؟": "d#prep",
		},
	}})
	ix := mustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("prep", "التحضير قبل الجلسة", "لا تحتاج تحضيرًا خاصًا قبل الجلسة."),
	}}})
	for q, before := range map[string]bool{
		"قبل الجلسة":          true,
		"سويت ليزر قبل اسبوع": false,
		"قبل كم يوم":          false,
		"قبل ٣ ايام":          false,
	} {
		words := Words(q)
		keys := ix.arabicKeys(words)
		ix.agoBefore(keys, words)
		if got := slices.Contains(keys, stemWord("قبل")); got != before {
			t.Errorf("%s: keys %v; «قبل» a content word %v, want %v", q, keys, got, before)
		}
	}
}

// «ال» may be a word's own letters: «العاب» (games) is the pages' «الألعاب», not «لعاب» (saliva);
// a word whose «ال» is the article stays as it was («الرياضة»).
func TestOwnAlifLam(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("games", "الجلوس", "الجلوس الطويل أمام الألعاب الإلكترونية يسبب انحناء الظهر، والرياضة تقويه."),
	}}})
	for w, want := range map[string]string{"العاب": stemWord("الالعاب"), "الظهر": stemWord("الظهر")} {
		if got := ix.arabicKeys([]string{w})[0]; got != want {
			t.Errorf("key of %s = %q; want %q", w, got, want)
		}
	}
}

// The Egyptian and Levantine future before a verb in the dialect's letters: «هاخد» is «ه» + «اخد»,
// the dialects' «اخذ», a function word.
func TestFutureOfDialectSpelling(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("s", "الجلسة", "تستغرق الجلسة عشرين دقيقة."),
	}}})
	if got := ix.arabicKeys([]string{"هاخد"})[0]; got != stopKey+"اخذ" {
		t.Errorf("key of هاخد = %q; want %q", got, stopKey+"اخذ")
	}
}

// Another person of a defective verb is read only as the pages write it: a word the lexicon lists
// one letter off is a noun, not the verb («نمشي», we walk, is not «النمش», freckles, a topic the
// pages do not cover), so «يمشي» stays unknown and the question is not taken for one on freckles.
func TestDefectiveVerbOtherPersonNotLexiconNoun(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("sweat", "علاج فرط التعرق", "يقلل الحقن التعرق تحت الإبط لعدة أشهر."),
		section("pray", "الصلاة", "يمكنك أن تصلي جالسًا في الأسبوع الأول."),
	}}}
	ix := MustBuild(t, docs, "topic: نمش | النمش | freckles\nforeign: نمش\n")
	if got := ix.defectiveKey("يمشي"); got != "" {
		t.Errorf("defectiveKey(يمشي) = %q; want none", got)
	}
	if got, want := ix.defectiveKey("بيصلي"), stemWord(Normalize("الصلاة")); got != want {
		t.Errorf("defectiveKey(بيصلي) = %q; want %q", got, want)
	}
	if res := ix.Search(Query{Text: "علاج التعرق تحت الابط يمشي؟"}); res.Foreign {
		t.Errorf("علاج التعرق تحت الابط يمشي؟: foreign; want not")
	}
}
