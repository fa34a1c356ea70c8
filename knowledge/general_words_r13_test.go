package knowledge

import "testing"

// Round 13's words: coming back after treatment (recurrence) is its own question, not how long an
// effect lasts. "come back", «يعود», «تعود» find the page's «قد تعود» ("may return"), not its
// «تستمر» ("lasts"); the dialect's «يرجع» stays with duration, where it also says "again"
// («يرجع يضعف»).
func TestRound13Recurrence(t *testing.T) {
	checkFirst(t, []firstCase{{
		name: "recurrence",
		sections: []Section{
			section("lasts", "مدة النتيجة", "تستمر النتيجة عادة من ثلاثة إلى ستة أشهر حسب الحالة."),
			section("returns", "هل تعود الحالة؟", "الحالة مزمنة يمكن السيطرة عليها لكنها قد تعود، لذلك تحتاج متابعة."),
		},
		want: map[string]string{
			"does it come back after treatment?": "d#returns",
			"will it come back?":                 "d#returns",
			"هل يعود بعد انتهاء العلاج؟":         "d#returns",
			"how long does it last?":             "d#lasts",
		},
	}})
}

// "notice" on its own asks when a result shows («متى تظهر النتيجة»), as "notice a difference" does.
func TestRound13Notice(t *testing.T) {
	checkFirst(t, []firstCase{{
		name: "notice",
		sections: []Section{
			section("when", "متى تظهر النتيجة؟", "تبدأ النتائج بالظهور خلال ثلاثة إلى سبعة أيام، وتكتمل خلال أسبوعين."),
			section("session", "الجلسة", "تستغرق الجلسة عشرين دقيقة، ويمكنك العودة لعملك بعدها."),
		},
		want: map[string]string{
			"how many days till i actually notice something": "d#when",
			"when will it be noticeable?":                    "d#when",
		},
	}})
}
