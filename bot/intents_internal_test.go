package bot

import (
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// Feminine and plural forms of thanks, endearments, praise of the reply and Arabizi greetings and
// goodbyes are smalltalk too; a question after them is still a question.
func TestSmalltalkMoreForms(t *testing.T) {
	for _, tt := range []struct {
		msg  string
		want smalltalkKind
	}{
		{"يعطيكي العافية حبيبتي", thanks},
		{"الله يعطيكي العافية", thanks},
		{"تسلمين يالغلا", thanks},
		{"يعطيكم العافية على الرد السريع", thanks},
		{"متشكرة اوي ربنا يخليكم", thanks},
		{"الله يخليكم", thanks},
		{"thank u so much, really helpful", thanks},
		{"mashkoorin ya jama3a", thanks},
		{"ahlan, masa2 el 5eer", greeting},
		{"saba7 el kheir", greeting},
		{"merci, ma3 el salama", goodbye},
		{"يعطيكي العافية، كم جلسة احتاج؟", notSmalltalk},
		{"masa2 el 5eer, kam jalsa ba7tej?", notSmalltalk},
		{"really helpful, how long does it last", notSmalltalk},
	} {
		if got := smalltalkOf(knowledge.Words(tt.msg)); got != tt.want {
			t.Errorf("smalltalkOf(%q) = %v, want %v", tt.msg, got, tt.want)
		}
	}
}
