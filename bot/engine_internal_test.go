package bot

import (
	"math/rand/v2"
	"testing"
)

// TestSeenSet compares seenSet with a map of the concatenated strings, on strings that often
// concatenate to the same thing ("t:" + "a#b" and "" + "t:a#b") and on more than buf holds.
func TestSeenSet(t *testing.T) {
	parts := []string{"", "t:", "t", ":", "a", "a#b", "t:a", "#b", "t:a#b", "b", "ت", "تt"}
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 200 {
		var ss seenSet
		ref := map[string]bool{}
		for op := range 40 {
			p, r := parts[rng.IntN(len(parts))], parts[rng.IntN(len(parts))]
			if got, want := ss.has(p, r), ref[p+r]; got != want {
				t.Fatalf("round %d op %d: has(%q, %q) = %v, want %v", round, op, p, r, got, want)
			}
			if rng.IntN(2) == 0 {
				ss.add(p, r)
				ref[p+r] = true
			}
		}
	}
}
