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
