package knowledge

import "testing"

// A page question asking whether a treatment cures a condition for good («…نهائيًا؟») asks another
// question of its words than one asking only whether the treatment helps: the section on treating
// the condition answers that, in every dialect and person. Asked whether it lasts or comes back,
// in the permanence words or in «ولا بترجع؟», or with «هل» as the page question asks, the page
// question still answers.
func TestRankLastingQuestionAsksItsOwn(t *testing.T) {
	docs := []*Document{{ID: "k", Title: "خشونة الركبة", Lang: "ar", Sections: []Section{
		section("plasma", "علاج خشونة الركبة بحقن البلازما",
			"تستخدم حقن البلازما لخشونة الركبة الخفيفة إلى المتوسطة، فتخفف الألم وتحسن الحركة عند أغلب المرضى بعد جلستين أو ثلاث."),
		section("walk", "المشي والتمارين", "ننصح بالمشي اليومي الخفيف وتمارين تقوية عضلات الفخذ لتخفيف الحمل عن الركبة."),
	}, FAQs: []FAQ{
		{ID: "q1", Question: "هل تعالج حقن البلازما خشونة الركبة نهائيًا؟", Answer: "تخفف الألم لأشهر، لكنها لا تشفي الخشونة نهائيًا وقد يحتاج المريض جلسات لاحقة."},
	}}}
	ix := MustBuild(t, docs, "")
	for _, q := range []string{
		"حقن البلازما تفيد لخشونة الركبة؟",               // Gulf
		"امي عندها خشونة بالركبة، حقن البلازما بتفيدها؟", // Levantine, of another person
		"هي حقن البلازما بتنفع مع خشونة الركبة؟",         // Egyptian
		"وما فائدة حقن البلازما لمريض خشونة الركبة؟",     // MSA
		"عندي خشونة في ركبتي، حقن البلازما تنفعني؟",      // Gulf, first person
	} {
		check(t, ix, q, "k#plasma")
	}
	for _, q := range []string{
		"حقن البلازما تعالج خشونة الركبة نهائي؟",               // Gulf, asks for good
		"حقن البلازما بتخلصني من خشونة الركبة ولا بترجع؟",      // Levantine, or does it come back
		"لو اخدت حقن البلازما للركبة الخشونة مش هترجعلي تاني؟", // Egyptian, won't it come back
		"هل تعالج حقن البلازما خشونة الركبة؟",                  // MSA, «هل» as the page asks
	} {
		check(t, ix, q, "k#q1")
	}
}

// asksComesBack reads whether it comes back in the dialects, with «و» too; not «ارجع» of going back.
func TestRankAsksComesBack(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"بتخف ولا بترجع؟", true},
		{"وهيرجعلي تاني بعدين؟", true},
		{"يعني ما يرجع ابدا؟", true},
		{"متى ارجع الدوام؟", false},
		{"هل العلاج يفيد؟", false},
	} {
		if got := asksComesBack(Words(c.q)); got != c.want {
			t.Errorf("%q: asksComesBack %v, want %v", c.q, got, c.want)
		}
	}
}
