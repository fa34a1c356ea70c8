package knowledge

import (
	"slices"
	"testing"
)

// A what asked of a cause («وش السبب؟», «شو سبب…», «السبب ايه؟», "what causes…") asks why, as «ليش»
// does; a cause a yes-or-no question names, a denied one and "because of" ask nothing of the kind.
func TestRank24WhatCauseAsksWhy(t *testing.T) {
	for _, c := range []struct {
		q    string
		want int
	}{
		{"رقبتي توجعني كل ما اسوق، وش السبب؟", askWhy},        // Gulf
		{"شو سبب وجع الرقبة عند السواقة؟", askWhy},            // Levantine
		{"رقبتي بتوجعني لما بسوق، السبب ايه؟", askWhy},        // Egyptian
		{"ما سبب ألم الرقبة أثناء القيادة؟", askWhy},          // MSA
		{"ايش اللي يسبب وجع الرقبة؟", askWhy},                 // Gulf, a verb after «اللي»
		{"what causes neck pain when driving?", askWhy},       // English
		{"هل السواقة تسبب وجع الرقبة؟", askNone},              // yes or no
		{"السواقة ما تسبب وجع الرقبة صح؟", askNone},           // denied
		{"رقبتي توجعني بسبب السواقة، ينفع العلاج؟", askSuits}, // because of
	} {
		w := Words(c.q)
		got := askOf(w)
		if got == askNone && asksSuits(w) {
			got = askSuits
		}
		if got != c.want {
			t.Errorf("%q: asks %d, want %d", c.q, got, c.want)
		}
	}
}

// Asked why in any dialect, the section naming the causes answers, not one that shares more of the
// patient's story in passing (the desk, the long day).
func TestRank24WhyPrefersCauses(t *testing.T) {
	docs := []*Document{{ID: "n", Title: "آلام الرقبة", Lang: "ar", Sections: []Section{
		section("causes", "أسباب ألم الرقبة", "من أشهر أسبابه الجلوس الطويل في الدوام بوضعية خاطئة وإجهاد العضلات وضعف عضلات الكتف."),
		section("office", "نصائح أثناء العمل", "إذا كنت تقضي اليوم في الجلوس على المكتب أمام الشاشة فارفعها لمستوى النظر، وخذ استراحة قصيرة كل ساعة."),
	}}}
	ix := MustBuild(t, docs, "")
	for _, q := range []string{
		"رقبتي تعورني من الجلوس على المكتب في الدوام، وش السبب؟",   // Gulf
		"رقبتي بتوجعني من الجلوس عالمكتب بالدوام، شو السبب؟",       // Levantine
		"رقبتي بتوجعني من الجلوس على المكتب في الدوام، السبب ايه؟", // Egyptian
		"ليش رقبتي تعورني من الجلوس على المكتب في الدوام؟",         // Gulf, why
	} {
		check(t, ix, q, "n#causes")
	}
}

// An Arabizi word read on its own may be one word the pages use («siniyye»: «سينيه» of «الأشعة
// السينية») where the word before it makes, with another spelling, a phrase of the lexicon the pages
// also use («الابر الصينيه»): the phrase is meant.
func TestRank24ArabiziCompletesPhrase(t *testing.T) {
	docs := []*Document{{ID: "p", Title: "العلاجات", Lang: "ar", Sections: []Section{
		section("xray", "الأشعة السينية", "نطلب الأشعة السينية عند الشك في كسر أو خشونة، وتظهر صورة العظام بوضوح."),
		section("acu", "الإبر الصينية", "الإبر الصينية تعتمد على نقاط الطاقة، ونقدمها بعد الفحص لمن يناسبه ذلك."),
		section("dry", "الإبر الجافة", "الإبر الجافة تستهدف العقد العضلية المشدودة، وتستغرق الجلسة عشرين دقيقة."),
	}}}
	ix := MustBuild(t, docs, "الابر الصينيه | ابر صينيه | acupuncture\n")
	for _, q := range []string{
		"el ebar el siniyye bt3awwer?",             // Levantine
		"il ibar il seeniya tinfa3 lil dhahar?",    // Gulf
		"el ebar el sineya bet3mlo fiha eh?",       // Egyptian
		"ebar siniyye wala ebar jaffe, aya a7san?", // a choice, no article
	} {
		check(t, ix, q, "p#acu")
	}
	// A word whose own reading makes the phrase, or that follows no word of one, keeps its reading.
	if got := ix.inArabic([]string{"sowar", "el", "ashe3a", "el", "siniyye"}); !slices.Contains(got, "السينيه") && !slices.Contains(got, "سينيه") {
		t.Errorf("X-ray pictures read %q, want the X-ray's «سينيه»", got)
	}
}

// Two letters further too: «kimya2i» after «ta2shir» is «كيميائي» of the chemical peel, not «كمي»
// (quantity), which the pages also use.
func TestRank24ArabiziCompletesPhraseTwoLetters(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "العناية بالبشرة", Lang: "ar", Sections: []Section{
		section("dose", "الكمية المناسبة", "نحدد كمية الكريم حسب مساحة الجلد، وتكفي كمية صغيرة مرتين في اليوم."),
		section("peel", "التقشير الكيميائي", "التقشير الكيميائي محلول يوضع على الجلد ليزيل الطبقة السطحية المتضررة."),
	}}}
	ix := MustBuild(t, docs, "تقشير كيميائي | chemical peel\n")
	for _, q := range []string{
		"shu ya3ni ta2shir kimya2i?",         // Levantine
		"wesh el tagsheer el kimya2i?",       // Gulf
		"el ta2shir el kimya2i da 3amel eh?", // Egyptian
	} {
		check(t, ix, q, "d#peel")
	}
}
