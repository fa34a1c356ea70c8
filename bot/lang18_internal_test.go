package bot

import (
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// More Arabizi spellings of «قديش» (ad2esh, b2addesh) ask a price before «btkallef», as «2addesh» does,
// and ask how much or how long on their own.
func TestLang18ArabiziHowMuch(t *testing.T) {
	for _, msg := range []string{"w ad2esh btkallef?", "b2addesh el jalse?", "2ad2esh se3ro?"} {
		if got := handoffOf(padded(knowledge.Words(msg))); got != wantsPrice {
			t.Errorf("handoffOf(%q) = %q, want %q", msg, got, wantsPrice)
		}
	}
	for _, w := range []string{"ad2esh", "b2addesh"} {
		if !howMuchWords[w] || !questionWords[w] {
			t.Errorf("%q is not a how-much question word", w)
		}
	}
}
