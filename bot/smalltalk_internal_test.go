package bot

import (
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// smalltalkOf looks a message's words up by the pleasantries' first words. A phrase listed under two
// kinds («got it»: an acknowledgement, and thanks) was the kind Go's map order met first, a different
// reply from one message to the next; it is now always the lighter kind.
func TestSmalltalkOfIsDeterministic(t *testing.T) {
	for range 50 {
		if got := smalltalkOf(knowledge.Words("got it")); got != ack {
			t.Fatalf("smalltalkOf(«got it») = %v, want ack (%v)", got, ack)
		}
	}
	// A heavier kind in the same message still outweighs it.
	if got := smalltalkOf(knowledge.Words("ok got it, thanks!")); got != thanks {
		t.Errorf("smalltalkOf(«ok got it, thanks!») = %v, want thanks", got)
	}
}
