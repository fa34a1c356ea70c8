package knowledge

import (
	"slices"
	"testing"
)

// TestAns30Performer: who does a treatment reads as the doctor; who gets it, or a who of another
// verb, does not.
func TestAns30Performer(t *testing.T) {
	for q, want := range map[string]bool{
		"مين لازم يحقن البوتوكس":        true,
		"مين يعمللي الحقن":              true,
		"مين بيعمل العمليه":             true,
		"who should do the injection":   true,
		"does it matter who injects it": true,
		"مين يقدر يسوي بوتوكس":          false,
		"مين يسوي بوتوكس":               false,
		"who can get botox":             false,
		"who is it for":                 false,
	} {
		words := Words(q)
		keys := slices.Clone(words)
		performer(keys, words)
		if got := slices.Contains(keys, doctorKey); got != want {
			t.Errorf("%q: doctor read %v, want %v", q, got, want)
		}
	}
}
