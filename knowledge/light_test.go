package knowledge

import "testing"

// An everyday word of patient talk (a "light:" word: «الشغل», «يطلع», «يفتح») that the pages happen
// to use once weighs less than a clinic term they use as rarely: «ظهري يعورني من الشغل على
// الكمبيوتر» is about the back and the screen, not about the one passage that names work.
func TestLightWordsWeighLess(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("back", "ألم الظهر", "يشتد ألم الظهر مع الجلوس الطويل أمام الكمبيوتر."),
		section("work", "بعد الجلسة", "يمكنك العودة إلى الشغل في اليوم نفسه."),
		section("neck", "الرقبة", "تمارين الرقبة تخفف الشد."),
		section("knee", "الركبة", "تمارين الركبة بعد الإصابة."),
	}}})
	weight := func(q, said string) float64 {
		for _, c := range ix.Explain(q) {
			if c.Said == said {
				return c.Weight
			}
		}
		t.Fatalf("%s: no concept %q in %+v", q, said, ix.Explain(q))
		return 0
	}
	q := "الشغل والكمبيوتر"
	if work, screen := weight(q, "شغل"), weight(q, "كمبيوتر"); work >= screen {
		t.Errorf("%s: «الشغل» weighs %.2f, «الكمبيوتر» %.2f: an everyday word weighs less than a term as rare", q, work, screen)
	}
	if r := ix.Search(Query{Text: "ظهري يعورني من الشغل على الكمبيوتر"}); topKey(r) != "d#back" {
		t.Errorf("hits %v; want d#back first", keysOfHits(r))
	}
}
