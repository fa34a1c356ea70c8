package bot

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/knowledge"
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

// When a message says it happened ("5 min ago") and the adverbs that only strengthen a verb
// ("knocked clean out") say nothing of the sign: they are not among the concepts it is weighed by.
func TestWithoutWhen(t *testing.T) {
	for in, want := range map[string]string{
		"tooth got knocked clean out like 5 min ago":    "tooth got knocked out like 5",
		"it fell out a few minutes ago":                 "it fell out a few",
		"طاحت سنه قبل 5 دقايق":                          "طاحت سنه قبل 5",
		"the clean teeth look for 5 years":              "the clean teeth look for 5 years",
		"i want to clean my teeth every 5 min or so ok": "i want to clean my teeth every 5 or so ok",
	} {
		if got := strings.Join(withoutWhen(knowledge.Words(in)), " "); got != want {
			t.Errorf("withoutWhen(%q) = %q, want %q", in, got, want)
		}
	}
}

// A question what to do about what has just happened asks for help now; one about what may happen
// does not.
func TestActingNowJustHappened(t *testing.T) {
	for in, want := range map[string]bool{
		"my son's tooth just got knocked out 5 min ago, what do I do??": true,
		"it fell out 2 minutes ago what should we do":                   true,
		"what do I do if a tooth gets knocked out":                      false,
		"what do I do to keep my teeth white":                           false,
		// "Now" after what happened, and what to do asked without a question word («نسوي شي؟»).
		"طاح سن ولدي الحين وهو يلعب، نسوي شي؟":               true,
		"the tooth came out just now, should we do anything": true,
		"لو طاح سن ولدي وش نسوي":                             false,
	} {
		if got := actingNow(padded(knowledge.Words(in))); got != want {
			t.Errorf("actingNow(%q) = %v, want %v", in, got, want)
		}
	}
}

// A son or daughter named with an age under adultAge is a child: the follow-up asks whether the
// treatment is for children. An adult's age, or an age with no child named, is not.
func TestAsksForWhomChildByAge(t *testing.T) {
	for _, tt := range []struct {
		msg  string
		want bool
	}{
		{"وابني عنده ١٢ سنة ينفع يعمل؟", true},
		{"طب ينفع لبنتي عندها ١٤ سنة؟", true},
		{"my daughter is 15, can she do it?", true},
		{"وللأطفال ينفع؟", true},
		{"وابني عنده ٢٥ سنة ينفع؟", false},
		{"وانا عمري ١٢ سنة بالمهنة", false},
		{"وابني عنده حساسية ينفع؟", false},
	} {
		if got := asksForWhom(knowledge.Words(tt.msg)); got != tt.want {
			t.Errorf("asksForWhom(%q) = %v, want %v", tt.msg, got, tt.want)
		}
	}
}
