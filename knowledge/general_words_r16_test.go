package knowledge

import "testing"

// Round 16's English words for what the pages write in Arabic: each question failed before its entry in
// knowledge/lang/general.txt.
func TestRound16EnglishWords(t *testing.T) {
	checkFirst(t, []firstCase{{
		// Waxing, plucking and shaving, the ways patients take hair off at home, are the pages' «الشمع»,
		// «النتف» and «احلق» in the instructions before a laser session.
		name: "hair off at home",
		sections: []Section{
			section("prep", "التحضير للجلسة", "احلق المنطقة قبل الجلسة بيوم، ولا تستخدم الشمع أو النتف قبل الجلسة بأربعة أسابيع."),
			section("after", "بعد الجلسة", "من الطبيعي احمرار خفيف يزول خلال يوم، وتجنب الساونا يومين."),
		},
		want: map[string]string{
			"when do I have to stop waxing?": "d#prep",
			"is plucking ok in between?":     "d#prep",
			"can I shave my legs?":           "d#prep",
		},
	}, {
		// "contacts", the patient's short word for contact lenses: the pages' «العدسات».
		name: "contacts",
		sections: []Section{
			section("check", "فحص ما قبل العملية", "أوقف العدسات اللينة قبل الفحص بأسبوع."),
			section("dry", "جفاف العين", "استخدم الدموع الصناعية عند الحاجة."),
		},
		want: map[string]string{"I wear contacts, when do I take them out?": "d#check"},
	}})
}
