package knowledge

import "testing"

// What a question asks (whether it hurts) is asked of the treatment it names: «جلسة التقشير
// بتوجع؟» is answered by the peel page's section on the session, which tells what the patient
// feels, not by the laser page's section headed with pain, which never names peels.
func TestSearchTypeOfTheTreatmentNamed(t *testing.T) {
	ix := mustBuild(t, []*Document{{
		ID: "laser", Title: "إزالة الشعر بالليزر", Lang: "ar", Sections: []Section{
			section("who", "لمن يناسب الليزر؟", "يناسب الليزر أغلب أنواع البشرة بعد تقييم الطبيب."),
			section("pain", "الألم أثناء الجلسة", "يصف أغلب المرضى الإحساس بأنه مثل طقطقة مطاط على الجلد، ويمكن وضع كريم مخدر قبل الجلسة."),
			section("after", "بعد جلسة الليزر", "يتجنب المريض الشمس أسبوعين بعد الجلسة."),
			section("count", "عدد الجلسات", "يحتاج أغلب المرضى من ست إلى ثماني جلسات."),
		},
	}, {
		ID: "peel", Title: "التقشير الكيميائي", Lang: "ar", Sections: []Section{
			section("what", "ما هو التقشير؟", "يزيل المحلول الطبقة السطحية من البشرة."),
			section("during", "أثناء جلسة التقشير", "ينظف الطبيب البشرة ثم يضع المحلول لبضع دقائق. يشعر المريض بوخز أو حرارة خفيفة محتملة، ولا تحتاج الجلسة تخديرًا."),
			section("care", "العناية بعد التقشير", "يستخدم المريض مرطبًا وواقي شمس."),
			section("acne", "حب الشباب", "ينتج حب الشباب عن انسداد المسام."),
		},
	}})
	for _, q := range []string{"جلسة التقشير بتوجع؟ هحتاج بنج؟", "جلسة التقشير بتوجع؟"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "peel#during" {
			t.Errorf("%s: hits %v; want peel#during first", q, keysOfHits(r))
		}
	}
	// A question naming no treatment is still answered by the section headed with pain.
	if r := ix.Search(Query{Text: "الجلسة بتوجع؟"}); topKey(r) != "laser#pain" {
		t.Errorf("الجلسة بتوجع؟: hits %v; want laser#pain first", keysOfHits(r))
	}
}
