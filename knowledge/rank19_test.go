package knowledge

import "testing"

// A length asked with no question word: «مدة جلسة التقشير؟» names it, «الخلع ياخذ وقت؟» asks whether
// it takes time; a length told, or a question word of another kind, is not that.
func TestRank19DurationWithoutQuestionWord(t *testing.T) {
	for text, want := range map[string]bool{
		"مدة جلسة التقشير؟":                true,
		"الخلع ياخذ وقت؟ ضرس عقل مدفون":    true,
		"التبييض بياخد وقت؟":               true,
		"كم تاخذ العملية؟":                 true, // as before
		"ضرس العقل المدفون ينشال؟":         false,
		"متى مدة الجلسة تبدا؟":             false, // when, not how long (no «بعد»)
		"الجلسة تاخذ من وقتي كثير وش اسوي": false, // «تاخذ من وقتي»: no «وقت» straight after
	} {
		if got := asksTime(Words(text)); got != want {
			t.Errorf("asksTime(%q) = %v, want %v", text, got, want)
		}
	}
}

// A crown in Levantine and Egyptian is «طربوش»: the layer reads it as the pages' «تاج»/«تلبيسة».
func TestRank19Crown(t *testing.T) {
	lx := mustLexicon(t)
	for _, w := range []string{"طربوش", "الطربوش", "طرابيش"} {
		a, b := lx.Concepts(Stems(w)), lx.Concepts(Stems("تاج"))
		if len(a) != 1 || len(b) != 1 || a[0].group < 0 || a[0].group != b[0].group {
			t.Errorf("%q is %+v, «تاج» %+v: want one group", w, a, b)
		}
	}
}
