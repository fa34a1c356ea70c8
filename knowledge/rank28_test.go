package knowledge

import "testing"

// The Egyptian «كام» asks how many or how much as «كم» does, bare or after «و» («وكام أسبوع»); after
// «من» or «قبل» with a time («من كام شهر») it dates the patient's story and asks nothing.
func TestRank28EgyptianHowMany(t *testing.T) {
	ix := mustBuild(t, nil)
	for q, want := range map[string]int{
		"التقشير بياخد كام جلسة؟":                          askHowMuch,
		"هي الجلسة بتاخد كام دقيقة؟":                       askHowMuch,
		"العلاج كام مرة في الأسبوع وكام أسبوع؟":            askHowMuch,
		"ولادي الاتنين محتاجين كام زيارة؟":                 askHowMuch,
		"المسكن ده آخد منه كام حباية في اليوم؟":            askHowMuch,
		"جوزي ركبته بتوجعه من كام شهر، ينفع يعمل علاج؟":    askNone,
		"عملت الحشو قبل كام يوم والسنة بتوجعني، ده طبيعي؟": askNone,
	} {
		if got := askOf(ix.inArabic(Words(q))); got != want {
			t.Errorf("%s: asks %d, want %d", q, got, want)
		}
	}
}

// Asked in Egyptian how many sessions a week and for how many weeks, the section giving the plan's
// sessions and weeks answers, not a section on a slipped disc that names the back and a week in
// passing.
func TestRank28EgyptianHowManySessions(t *testing.T) {
	docs := []*Document{{ID: "b", Title: "علاج آلام الركبة", Lang: "ar", Sections: []Section{
		section("cause", "خشونة الركبة", "خشونة الركبة تآكل في غضروف المفصل يزيد مع العمر والوزن، ويشتد الألم بعد المشي الطويل، وقد يهدأ خلال أسبوع من الراحة، ويحتاج المريض علاجًا طبيعيًا منتظمًا للركبة."),
		section("plan", "خطة العلاج الطبيعي للركبة", "تتكون الخطة عادة من جلستين إلى ثلاث جلسات أسبوعيًا لمدة ستة أسابيع، وتشمل تمارين التقوية والعلاج اليدوي."),
	}}}
	ix := build26(t, docs, "ركبه | knee\n")
	for _, q := range []string{
		"العلاج الطبيعي للركبة بياخد كام جلسة في الأسبوع وكام أسبوع؟", // Egyptian
		"علاج الركبة كام جلسة في الأسبوع؟",                            // Egyptian, short
	} {
		check(t, ix, q, "b#plan")
	}
}
