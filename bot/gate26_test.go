package bot_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// The Egyptian and Levantine copula «بيبقى», «هيبقى» (is, will be) and the English "able" (would I be
// able to) say nothing of what is asked: they are no content word of a question, while the Gulf «يبقى»
// (stays, lasts) still asks how long something lasts.
func TestGate26CopulaIsNoContent(t *testing.T) {
	for _, tt := range []struct {
		q, stem string
		has     bool
	}{
		{"الجلسة بيبقى فيها ايه بالظبط؟", "يبق", false},
		{"لو عملت تبييض لونها هيبقى ابيض؟", "يبق", false},
		{"الشغلانة دي بتبقى قد ايه؟", "تبق", false},
		{"will I be able to drive home after the session?", "able", false},
		{"كم يبقى مفعول الحقنة؟", "يبق", true},
	} {
		st := knowledge.Stems(tt.q)
		got := slices.ContainsFunc(st, func(s string) bool { return strings.HasPrefix(s, tt.stem) })
		if got != tt.has {
			t.Errorf("%q: stems %v, want %q present: %v", tt.q, st, tt.stem, tt.has)
		}
	}
}
