package knowledge

import "testing"

// English patients' short words and drug names reach the Arabic pages: "op" is the operation
// («العملية»), and paracetamol the painkiller the page spells «الباراسيتامول».
func TestEnglishShortWordsReachArabicPages(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("school", "بعد العملية", "يعود الطفل إلى المدرسة بعد 3 إلى 5 أيام من العملية."),
		section("pain", "بعد الجلسة", "تجنب مضادات الالتهاب بعد الجلسة، ويمكن استخدام الباراسيتامول."),
		section("glasses", "النظارات", "نراجع درجة النظارة كل سنة."),
		section("drops", "القطرات", "استخدم القطرات أربع مرات يوميًا."),
	}}})
	for q, want := range map[string]string{
		"when can he go back to school after the op?": "d#school",
		"is paracetamol ok?":                          "d#pain",
	} {
		if r := ix.Search(Query{Text: q}); topKey(r) != want {
			t.Errorf("%q: hits %v; want %s first", q, keysOfHits(r), want)
		}
	}
}

// «يعمل»/«تعمل» (Arabizi «ya3mel», «ta3mlo») is the light verb of getting a treatment done («ممكن
// ابني يعمل ليزر؟»), a stop word: it does not ask how the treatment works.
func TestLightVerbDoesNotAskHowItWorks(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "الليزر", Lang: "ar", Sections: []Section{
		section("how", "كيف يعمل الليزر؟", "يعمل الليزر على تسخين بصيلة الشعر وإتلافها."),
		section("kids", "الليزر للمراهقين", "يمكن إجراء الليزر للمراهقين بعد البلوغ بموافقة الأهل."),
		section("after", "بعد الجلسة", "احمرار خفيف يزول خلال يومين."),
		section("price", "عدد الجلسات", "نحتاج من 6 إلى 8 جلسات."),
	}}})
	for _, q := range []string{"ممكن ابني يعمل ليزر؟", "mumkin ibni ya3mel laser?", "momken ta3mlo laser?"} {
		if cs := ix.Explain(q); len(cs) != 1 {
			t.Errorf("%q: concepts %+v, want the laser alone", q, cs)
		}
	}
}
