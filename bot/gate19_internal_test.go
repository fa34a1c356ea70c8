package bot

import (
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// causedThing names what a question asks whether something causes, and nothing when the question asks
// what the cause is.
func TestCausedThingAsksWhatCauses(t *testing.T) {
	for q, want := range map[string]string{
		"وش اللي يسبب حب الشباب؟":          "",
		"what actually causes a lazy eye?": "",
		"what causes it":                   "",
		"هل الليزر يسبب سرطان؟":            "سرطان",
		"does laser cause cancer":          "cancer",
		"what laser causes cancer":         "cancer",
	} {
		if got := causedThing(knowledge.Words(q)); got != want {
			t.Errorf("%q: %q, want %q", q, got, want)
		}
	}
}

// A text names a thing only in contrast when every mention of it follows «تختلف عن», «ليست», "unlike"…
func TestOnlyContrasted(t *testing.T) {
	w := knowledge.Words("حجامة")[0]
	for text, want := range map[string]bool{
		"الإبر الجافة لا تحقن أي دواء، وهي تختلف عن الحجامة ولا تسحب دمًا.": true,
		"نقدم الحجامة في العيادة.":          false,
		"نقدم الحجامة، وهي تختلف عن الإبر.": false,
		"الإبر الجافة تقنية حديثة.":         false,
	} {
		if got := onlyContrasted(text, w); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}
