package bot

import "testing"

// Only news of going or calling, asking nothing, is acting on the guidance: not a question, nor a
// new thing told, nor an "ok" alone.
func TestActsOnGuidance(t *testing.T) {
	for text, want := range map[string]bool{
		"ok calling 999 now":                         true,
		"طيب رايحين الطوارئ":                         true,
		"ماشي هنوديه المستشفى حالا":                  true,
		"ok calling 999 now, will she need surgery?": false,
		"رايحين الطوارئ بس عندها صداع قوي":           false,
		"ok now":           false,
		"هل نروح الطوارئ؟": false,
	} {
		if got := actsOnGuidance(text); got != want {
			t.Errorf("actsOnGuidance(%q) = %v, want %v", text, got, want)
		}
	}
}
