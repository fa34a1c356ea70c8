package knowledge

import "testing"

// TestArabiziFinalI2Spelling: a final «i2» after a consonant is the «يق» of a فعيل, not a dropped or
// alif hamza.
func TestArabiziFinalI2Spelling(t *testing.T) {
	for w, want := range map[string]string{"di2": "ضيق", "tari2": "طريق", "sadi2": "صديق"} {
		sp := ArabiziSpellings(w, 24)
		found := false
		for _, s := range sp {
			found = found || s == want
		}
		if !found {
			t.Errorf("%s: %v lacks %s", w, sp, want)
		}
		for _, s := range sp {
			if s == "دا" || s == "د" {
				t.Errorf("%s: read short as %s", w, s)
			}
		}
	}
}
