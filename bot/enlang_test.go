package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// An English summary that says what a condition is not ("Eczema and psoriasis are not contagious")
// defines nothing: "what is it?" is answered by the Arabic page's definition, under its note.
func TestEnlangNegatedCopulaDefinesNothing(t *testing.T) {
	e := clinicEngine(t, "derma")
	for q, want := range map[string]string{
		"what's eczema?":                 "مرض جلدي مزمن",
		"psoriasis, what is it exactly?": "الصدفية مرض مناعي",
	} {
		runConversation(t, e, []turn{{q, bot.KindAnswer, want}})
	}
}
