package knowledge

import "testing"

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
