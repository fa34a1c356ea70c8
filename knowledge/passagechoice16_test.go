package knowledge

import "testing"

// A number or a span told under a heading that names another treatment than the one asked of is
// that treatment's: «علاج العصب كم جلسة؟ وكل جلسة قد ايش تطول؟» asks the root canal's sessions,
// which the implant's lifetime («كم تدوم الزرعة؟»), on the same page, does not tell, however many
// years it gives.
func TestSpanUnderAnotherTreatment(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "زراعة الأسنان وعلاج العصب", Lang: "ar", Sections: []Section{
		section("implant", "زراعة الأسنان", "الزرعة جذر صناعي من التيتانيوم يثبت في عظم الفك مكان السن المفقود."),
		section("lasts", "كم تدوم الزرعة؟", "يمكن أن تدوم الزرعة عمرًا طويلًا مع العناية الجيدة، أما التاج فوقها فقد يحتاج إلى تبديل بعد سنوات."),
		section("rc", "كيف يتم علاج العصب؟", "بعد التخدير الموضعي يزيل الطبيب العصب الملتهب وينظف القنوات ثم يحشوها، في جلسة أو جلستين حسب الحالة."),
	}}})
	for _, q := range []string{"علاج العصب كم جلسة يبي؟ وكل جلسة قد ايش تطول؟"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "d#rc" {
			t.Errorf("%s: hits %v; want d#rc first", q, keysOfHits(r))
		}
	}
}
