package knowledge

import "testing"

// A passage that names none of the treatments or conditions a question names, while other candidates
// do, is not about what is asked, though it holds more of the question's other words: «اقدر استحم
// بماء حار بعد الليزر؟» asks about the laser, which the eczema page's advice on hot water does not
// speak of (the laser, named in every passage of its page, weighs little by rarity).
func TestTopicMissed(t *testing.T) {
	ix := mustBuild(t, []*Document{
		{ID: "laser", Title: "الليزر", Lang: "ar", Sections: []Section{
			section("s1", "جلسة الليزر", "تستغرق جلسة الليزر نصف ساعة تقريبًا."),
			section("s2", "بعد جلسة الليزر", "تجنب الشمس بعد الليزر يومين، ويمكنك الاستحمام بعدها."),
			section("s3", "نتائج الليزر", "تظهر نتائج الليزر بعد عدة جلسات."),
			section("s4", "من يناسبه الليزر", "يناسب الليزر أغلب أنواع البشرة."),
		}},
		{ID: "eczema", Title: "الإكزيما", Lang: "ar", Sections: []Section{
			section("s1", "العناية بالبشرة", "الماء الحار يجفف البشرة فاغسل وجهك بماء فاتر."),
			section("s2", "أسباب الإكزيما", "تنتج الإكزيما عن جفاف الجلد والحساسية."),
		}},
	})
	res := ix.Search(Query{Text: "اقدر استحم بماء حار بعد الليزر؟"})
	if len(res.Hits) == 0 || res.Hits[0].Passage.Key != "laser#s2" {
		for _, h := range res.Hits {
			t.Logf("%s rank %.3f coverage %.2f", h.Passage.Key, h.Rank, h.Coverage)
		}
		t.Fatalf("the laser page's aftercare should answer")
	}
}

// A section of a page whose title names no treatment or condition may speak of the one its siblings
// name without saying it again: it keeps its rank.
func TestTopicMissedUntitledPage(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "معلومات للمرضى", Lang: "ar", Sections: []Section{
		section("how", "كيف يتم الليزك", "يصنع الجراح شريحة رقيقة في القرنية ثم يعيد تشكيلها."),
		section("risks", "المخاطر", "من المضاعفات النادرة التهاب العين وتحرك الشريحة."),
	}}})
	if r := ix.Search(Query{Text: "ما هي مضاعفات الليزك؟"}); topKey(r) != "d#risks" {
		t.Errorf("hits %v; want d#risks first", keysOfHits(r))
	}
}
