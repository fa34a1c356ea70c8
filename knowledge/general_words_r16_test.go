package knowledge

import "testing"

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
