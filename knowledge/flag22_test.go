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

// TestWordsKeepFinalDot: an apostrophe dotting a word's last digit («fara3'» فراغ) is of the word; one
// after a number alone or an English word is not.
func TestWordsKeepFinalDot(t *testing.T) {
	got := Words("bstafra3' dam, 3' don't 2013'")
	want := []string{"bstafra3'", "dam", "3", "don", "t", "2013"}
	if len(got) != len(want) {
		t.Fatalf("%q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("%q, want %q", got, want)
		}
	}
}
