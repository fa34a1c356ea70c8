package knowledge

import "testing"

// Told that a treatment is not for them, or asking whether it is forbidden to them, in the negated
// or second-person forms of the dialects («مينفعش», «ماينفع», «بينفعلك», «ممنوع»), a patient asks
// whom it suits, as «ينفع لي؟» does; asking what may be done after or before it does not.
func TestRank29SuitsNegated(t *testing.T) {
	for q, want := range map[string]bool{
		"عضم الفك عندي رقيق، يعني مينفعش أركب زرعة؟":    true,
		"عندي سكر، ماينفع اسوي ليزر للوجه؟":             true,
		"الطبيب قلي بينفعلك العدسات ولا لا؟":            true,
		"أنا مرضعة، ممنوع علي التبييض؟":                 true,
		"انا حامل، التقشير ممنوعة علي؟":                 true,
		"مايصلح اسوي الجلسة وانا عندي زكام؟":            true,
		"مينفعش اشيل تقيل بعد العملية؟":                 false,
		"ممنوع آكل قبل الخلع؟":                          false,
		"كم جلسة احتاج؟ ولا مينفعش أكثر من وحدة بالشهر": false,
	} {
		if got := asksSuits(Words(q)); got != want {
			t.Errorf("asksSuits(%q) = %v, want %v", q, got, want)
		}
	}
}
