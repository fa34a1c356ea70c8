package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// Whether a treatment is covered by an insurer, asked in the middle of a conversation in English
// without the word "insurance", is for the clinic's staff: a handoff, not a passage about the
// treatment. So too in Arabic and Arabizi, which name the insurance itself.
func TestConv26bCoveredByIsHandoff(t *testing.T) {
	eye := clinicEngine(t, "eye")
	for _, conv := range [][]turn{
		{ // English, the patient
			{"how long does cataract surgery take?", bot.KindAnswer, ""},
			{"is it covered by Bupa?", bot.KindHandoff, ""},
		},
		{ // English, for a child
			{"how do you treat a squint in children?", bot.KindAnswer, ""},
			{"and would that be covered under my company plan?", bot.KindHandoff, ""},
		},
		{ // Gulf
			{"كم تاخذ عملية الليزك؟", bot.KindAnswer, ""},
			{"طيب يغطيها التأمين حقي؟", bot.KindHandoff, ""},
		},
		{ // Levantine Arabizi
			{"2addesh btakhod 3amaliyet el mayy el bayda?", bot.KindAnswer, ""},
			{"w el ta2meen bi8atiha?", bot.KindHandoff, ""},
		},
	} {
		runConversation(t, eye, conv)
	}
	// Covered by something that is no payer stays a question about the treatment.
	var st bot.State
	_, st = eye.Respond("what happens on the day of cataract surgery?", st)
	r, _ := eye.Respond("will my eye be covered after the operation?", st)
	if r.Kind == bot.KindHandoff {
		t.Errorf("an eye covered after surgery: got a handoff %q", r.Text)
	}
}
