package bot

import (
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// Whether it is safe is asked alone, or with words that name nothing; naming who, or what else, is
// a question of its own.
func TestConv28AsksOnlySafe(t *testing.T) {
	for q, want := range map[string]bool{
		"وهو آمن؟":                  true,
		"طب هي آمنة ولا لا؟":        true,
		"and is it safe though?":    true,
		"آمن للحامل؟":               false,
		"is it safe for my kids?":   false,
		"وش الآثار الجانبية؟":       false,
		"هل الليزر آمن على البشرة؟": false,
	} {
		if got := asksOnlySafe(knowledge.Words(q)); got != want {
			t.Errorf("asksOnlySafe(%q) = %v, want %v", q, got, want)
		}
	}
}

// What to do and what one must do may come before "after" as well as behind it.
func TestConv28AsksAfterEitherOrder(t *testing.T) {
	for q, want := range map[string]bool{
		"وشو لازم اعمل بعدها؟":   true,
		"وبعدها شو لازم اعمل؟":   true,
		"ايش اسوي بعده؟":         true,
		"وش اكل بعدها؟":          false,
		"what do i eat after?":   false,
		"what should i do after": true,
	} {
		if got := asksAfter(knowledge.Words(q)); got != want {
			t.Errorf("asksAfter(%q) = %v, want %v", q, got, want)
		}
	}
}
