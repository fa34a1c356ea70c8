package knowledge

import "testing"

// Round 16's English words for what the pages write in Arabic: each question failed before its entry in
// knowledge/lang/general.txt.
func TestRound16EnglishWords(t *testing.T) {
	checkFirst(t, []firstCase{{
		// Waxing, plucking and shaving, the ways patients take hair off at home, are the pages' «الشمع»,
		// «النتف» and «احلق» in the instructions before a laser session.
		name: "hair off at home",
		sections: []Section{
			section("prep", "التحضير للجلسة", "احلق المنطقة قبل الجلسة بيوم، ولا تستخدم الشمع أو النتف قبل الجلسة بأربعة أسابيع."),
			section("after", "بعد الجلسة", "من الطبيعي احمرار خفيف يزول خلال يوم، وتجنب الساونا يومين."),
		},
		want: map[string]string{
			"when do I have to stop waxing?": "d#prep",
			"is plucking ok in between?":     "d#prep",
			"can I shave my legs?":           "d#prep",
		},
	}, {
		// "contacts", the patient's short word for contact lenses: the pages' «العدسات».
		name: "contacts",
		sections: []Section{
			section("check", "فحص ما قبل العملية", "أوقف العدسات اللينة قبل الفحص بأسبوع."),
			section("dry", "جفاف العين", "استخدم الدموع الصناعية عند الحاجة."),
		},
		want: map[string]string{"I wear contacts, when do I take them out?": "d#check"},
	}})
}

// Intense pulsed light: the patient's «IPL», English or in Arabic script with the article, is the
// pages' «الضوء النبضي»: the passage covers the whole question.
func TestRound16PulsedLight(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("laser", "جلسات الليزر للجفون", "نحتاج عادة جلستين بفاصل أسبوعين."),
		section("ipl", "جلسات الضوء النبضي للجفون", "نحتاج عادة 3 إلى 4 جلسات بفاصل شهر."),
	}}})
	for _, q := range []string{"عندكم IPL؟", "جلسات الـIPL؟", "do you do IPL?", "what is intense pulsed light"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "d#ipl" || r.Hits[0].Coverage < 0.99 {
			t.Errorf("%s: hits %v; want d#ipl first, covering the question", q, keysOfHits(r))
		}
	}
}

// The pages' «الأجهزة الذكية» (smart devices) are the patient's phone, tablet and iPad.
func TestRound16SmartDevices(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("lazy", "كسل العين عند الأطفال", "يعالج كسل العين بتغطية العين السليمة."),
		section("devices", "الأجهزة الذكية والأطفال", "الاستخدام الطويل يزيد إجهاد العين وقصر النظر."),
	}}})
	for _, q := range []string{"الموبايل والتابلت للأطفال؟", "الآيباد للأطفال؟", "smartphones and children?"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "d#devices" || r.Hits[0].Coverage < 0.99 {
			t.Errorf("%s: hits %v; want d#devices first, covering the question", q, keysOfHits(r))
		}
	}
}
