package knowledge

import "testing"

// A told age («عمري ٢٤ سنة», «ولدي عمره 16») says who asks; it weighs as much as any word only when
// the question asks what an age answers: whom a treatment suits, when, yes or no.
func TestToldAge(t *testing.T) {
	for text, want := range map[string]bool{
		"وش اللي يسبب حب الشباب؟ عمري ٢٤ سنة ولسا يطلع لي": true,
		"ابي اعرف وش يسبب الحبوب اللي بوجهي؟ عمري ١٧":      true,
		"ابني عنده ٤ سنين، قد ايه معجون احطله؟":            true,
		"عمري ١٧ ينفع اسوي ليزك؟":                          false, // yes or no: the age is asked of
		"متى اودي ولدي لدكتور عيون؟ عمره سنتين":            false, // when: answered by an age
		"عمري ٥٣ ايش الخيار اللي يناسبني؟":                 false, // what suits
		"وش السن المناسب للتقويم؟":                         false, // no age told
		"كيف اعرف عمري الحقيقي":                            false, // «عمر» not followed by a number
	} {
		words := Words(text)
		keys := make([]string, len(words))
		for i, w := range words {
			keys[i] = stemWord(w)
		}
		ageYears(keys, words)
		if got := toldAge(keys, words) && asksBesideAge(words); got != want {
			t.Errorf("%s: keys %q; a told age beside the question: %v, want %v", text, keys, got, want)
		}
	}
	checkFirst(t, []firstCase{{
		name: "told age",
		sections: []Section{
			section("acne", "ما هو حب الشباب؟", "حب الشباب التهاب في بصيلات الشعر يظهر على الوجه والظهر. تساهم فيه التغيرات الهرمونية وزيادة إفراز الدهون وانسداد المسام."),
			section("kinds", "أنواع التصبغات", "النمش الذي يظهر مع التقدم في العمر والتعرض للشمس، والتصبغ الذي يبقى بعد حب الشباب أو الجروح."),
			section("ages", "هل العلاج مناسب لكل الأعمار؟", "نجري العلاج للبالغين، ويحدد الطبيب مدى مناسبته لكل عمر بعد الفحص."),
			section("laser", "الليزر", "جلسات الليزر تخفف التصبغ وتوحد لون البشرة."),
			section("peel", "التقشير", "التقشير الكيميائي يجدد سطح البشرة ويخفف الآثار."),
			section("times", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
		},
		want: map[string]string{
			"وش اللي يسبب حب الشباب؟ عمري ٢٤ سنة ولسا يطلع لي": "d#acne",
			"عمري ١٧ ينفع اسوي العلاج؟":                        "d#ages",
		},
	}})
}
