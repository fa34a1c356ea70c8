package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// A price or a booking asked mid-conversation in Arabic written in Latin letters, in a spelling the
// Arabizi patterns were never shown («si3raha», «a7jiz», «taklifta»), goes to staff as it does written in
// Arabic: each Latin word is read in its likeliest Arabic spelling. Arabizi medical questions read so
// ask for nothing of the kind, and costing time (how long it takes) is no price, in either script.
func TestConv25ArabiziHandoffMidConversation(t *testing.T) {
	dental := clinicEngine(t, "dental")
	for _, conv := range [][]turn{
		{ // Gulf
			{"zra3at el asnan kam tadoom?", bot.KindAnswer, ""},
			{"tayeb w kam si3raha?", bot.KindHandoff, ""},
		},
		{ // Levantine
			{"شو هي زراعة الأسنان؟", bot.KindAnswer, ""},
			{"ok 2addesh si3ra el zar3a?", bot.KindHandoff, ""},
			{"tamam baddi a7jiz", bot.KindHandoff, ""},
		},
		{ // Egyptian
			{"تبييض الأسنان بيوجع؟", bot.KindAnswer, ""},
			{"tab w el taklifa kam?", bot.KindHandoff, ""},
			{"3ayza a7gez ma3ad", bot.KindHandoff, ""},
		},
	} {
		runConversation(t, dental, conv)
	}
	for _, q := range []string{
		"3amaliyet el zar3a 2addesh bteklaf wa2t?", // how long it takes, in Arabizi
		"عملية الزراعة قديش بتكلف وقت؟",            // and in Arabic
		"kam jalsa a7taj lel tabyeed?",
		"3indi alam ba3d el 7ashwa, tabee3i?",
	} {
		if r, _ := dental.Respond(q, bot.State{}); r.Kind == bot.KindHandoff {
			t.Errorf("%q went to staff: %q", q, r.Text)
		}
	}
}
