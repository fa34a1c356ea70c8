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

// A follow-up that shares with the English summary it follows only a word the Arabic pages have no
// equivalent for ("start") asks what the summary does not hold (strengthening): the detailed Arabic
// section holding it answers, not the summary again.
func TestEnlangSummaryOneScriptFollowUp(t *testing.T) {
	runConversation(t, clinicEngine(t, "physio"), []turn{
		{"do you do rehab after orthopaedic surgery?", bot.KindAnswer, "rehabilitation after orthopaedic surgery"},
		{"when would strengthening start?", bot.KindAnswer, "تمارين التقوية"},
	})
}
