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
