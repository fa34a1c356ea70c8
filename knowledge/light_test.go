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
	q := "الشغل والكمبيوتر"
	if work, screen := conceptWeight(t, ix, q, "شغل"), conceptWeight(t, ix, q, "كمبيوتر"); work >= screen {
		t.Errorf("%s: «الشغل» weighs %.2f, «الكمبيوتر» %.2f: an everyday word weighs less than a term as rare", q, work, screen)
	}
	if r := ix.Search(Query{Text: "ظهري يعورني من الشغل على الكمبيوتر"}); topKey(r) != "d#back" {
		t.Errorf("hits %v; want d#back first", keysOfHits(r))
	}
}

// English light words ("put", "take", "look", "thing") weigh less than a clinic term the pages use
// as rarely: "what do you put on the teeth for whitening" is about whitening.
func TestEnglishLightWordsWeighLess(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "e", Title: "Page", Lang: "en", Sections: []Section{
		section("white", "Whitening", "Whitening gel lightens the teeth in one session."),
		section("put", "Aftercare", "Put a cold pack on the cheek after the visit."),
		section("gums", "Gums", "Healthy gums need daily brushing."),
		section("kids", "Children", "Sealants protect children's molars."),
	}}})
	q := "put whitening"
	if put, white := conceptWeight(t, ix, q, "put"), conceptWeight(t, ix, q, "whiten"); put >= white {
		t.Errorf("%s: \"put\" weighs %.2f, \"whitening\" %.2f: an everyday word weighs less than a term as rare", q, put, white)
	}
}

// conceptWeight is the weight the search gives the concept said as said in q.
func conceptWeight(t *testing.T, ix *Index, q, said string) float64 {
	t.Helper()
	for _, c := range ix.Explain(q) {
		if c.Said == said {
			return c.Weight
		}
	}
	t.Fatalf("%s: no concept %q in %+v", q, said, ix.Explain(q))
	return 0
}

// The verbs of helping are minor in every person, not only the third masculine: «بتفيد», «تنفع»,
// «تساعد» only say the patient hopes for a benefit, so «شو التمارين يلي بتفيد؟» is about the
// exercises, not the one passage that says «تفيد» of something else.
func TestHelpVerbsMinorInEveryPerson(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("neck", "شد الرقبة", "تمارين ثني الذقن وتقوية الكتفين تخفف شد الرقبة."),
		section("needle", "الإبر الجافة", "إبر رفيعة تفيد في شد العضلات."),
		section("knee", "الركبة", "تمارين الركبة بعد الإصابة."),
		section("back", "الظهر", "الجلوس الطويل يتعب الظهر."),
	}}})
	for _, q := range []string{"شو التمارين يلي بتفيد؟", "التمارين اللي تنفع؟", "أي تمارين تساعد؟"} {
		ws := ix.Explain(q)
		var help, ex float64
		for _, c := range ws {
			if c.Said == "تمارين" {
				ex = c.Weight
			} else {
				help = max(help, c.Weight)
			}
		}
		if help >= ex {
			t.Errorf("%s: the helping verb weighs %.2f, «تمارين» %.2f: %+v", q, help, ex, ws)
		}
	}
	if r := ix.Search(Query{Text: "شو التمارين يلي بتفيد؟"}); keysOfHits(r)[0] == "d#needle" {
		t.Errorf("hits %v; want the exercises, not the passage that says «تفيد»", keysOfHits(r))
	}
}

// Affecting is minor too: «والجوال يأثر؟» asks about the phone, and «يأثر» weighs less than «الجوال»
// where the pages use both as rarely.
func TestAffectMinor(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("phone", "الأجهزة والعين", "الاستخدام الطويل للجوال يزيد إجهاد العين."),
		section("sugar", "السكري", "قد يؤثر السكري على الشبكية."),
		section("glasses", "النظارة", "النظارة تصحح قصر النظر."),
		section("drops", "القطرات", "القطرات المرطبة تخفف الجفاف."),
	}}})
	q := "والجوال يأثر؟"
	ws := ix.Explain(q)
	var phone, affect float64
	for _, c := range ws {
		if c.Said == "جوال" {
			phone = c.Weight
		} else {
			affect = c.Weight
		}
	}
	if affect >= phone {
		t.Errorf("%s: the affecting verb weighs %.2f, «الجوال» %.2f: %+v", q, affect, phone, ws)
	}
	if r := ix.Search(Query{Text: q}); len(r.Hits) == 0 || topKey(r) != "d#phone" {
		t.Errorf("%s: hits %v; want d#phone first", q, keysOfHits(r))
	}
}

// The patient's «كبير بالسن», «عمرها كبير» are the pages' «كبار السن», «المسن».
func TestOldAgeInThePatientsWords(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("old", "برنامج لكبار السن", "تمارين التوازن تقلل السقوط عند المسن."),
		section("kids", "قوام الأطفال", "نفحص ظهر الطفل وقدميه."),
		section("knee", "الركبة", "تمارين الركبة بعد الإصابة."),
		section("big", "الأكياس", "قد يكون الكيس كبير الحجم."),
	}}})
	for _, q := range []string{"ابوي كبير بالسن، عندكم شي له؟", "امي عمرها كبير ينفع لها؟"} {
		if r := ix.Search(Query{Text: q}); len(r.Hits) == 0 || topKey(r) != "d#old" {
			t.Errorf("%s: hits %v; want d#old first", q, keysOfHits(r))
		}
	}
}
