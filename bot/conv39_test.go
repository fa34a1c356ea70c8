package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// A follow-up naming, in the patient's own word, what another section of the page is headed with
// («…بالاستشارة؟») is answered by that section, not by the conversation's section that holds it only
// in a word of like meaning.
func TestFollowUpHeadedInOwnWord(t *testing.T) {
	e := mustEngine(t)
	for _, q := range []string{"وش يصير بالاستشارة؟", "طيب وايش يسوون في الاستشارة؟"} {
		runConversation(t, e, []turn{
			{"امي عندها مرض عضلي مزمن، ينفع لها البوتكس؟", bot.KindAnswer, "تقييمًا أكثر تفصيلًا"},
			{q, bot.KindAnswer, "يتم تقييم التاريخ المرضي"},
		})
	}
}

// Whether it hurts, asked of pages that name pain only as what the treatment eases, is not answered
// by them: they cannot say.
func TestHurtsUntoldWherePainIsOnlyEased(t *testing.T) {
	e := mustEngine(t)
	for _, q := range []string{"وبيوجع؟", "وبيوجع الحقن؟"} {
		runConversation(t, e, []turn{
			{"عندي رفة بالجفن من سنة", bot.KindAnswer, ""},
			{q, bot.KindFallback, ""},
		})
	}
}

// Why it must be redone is answered by the passage saying the effect is temporary, after a section
// that gives no reason, whether or not that section names repeating.
func TestWhyRedoIsTheTemporaryEffect(t *testing.T) {
	e := mustEngine(t)
	runConversation(t, e, []turn{
		{"كل كم اسوي البوتكس؟", bot.KindAnswer, ""},
		{"وليش لازم اكرر؟", bot.KindAnswer, "مؤقت"},
	})
	runConversation(t, e, []turn{
		{"اخذ بوتوكس للصداع النصفي، هل يعالجه نهائيا؟", bot.KindAnswer, "لا يعتبر علاجًا نهائيًا"},
		{"طب وليه لازم أكرر؟", bot.KindAnswer, "مؤقت"},
	})
}

// Booking for someone else and the price of a thing named by its pronoun are for staff; so is
// asking to speak to one's own surgeon. Gulf «wayed» after thanks keeps them thanks.
func TestHandoffForms39(t *testing.T) {
	e := mustEngine(t)
	for q, want := range map[string]bot.Kind{
		"بدي احجزلو فحص":             bot.KindHandoff,
		"tayeb 3ayza a7gezlo ma3ad":  bot.KindHandoff,
		"وكم تكلفتها؟":               bot.KindHandoff,
		"can I speak to my surgeon?": bot.KindHandoff,
		"could I talk to a dentist?": bot.KindHandoff,
		"tslm wayed":                 bot.KindSmalltalk,
		"shukran wayed":              bot.KindSmalltalk,
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != want {
			t.Errorf("%q: got %s %q, want %s", q, r.Kind, r.Text, want)
		}
	}
}

// So is one that another section of the page than the conversation's answers with its own words,
// when the section its heading names in the patient's word answers it: the consultation asked
// after the side effects.
func TestFollowUpHeadedInOwnWordAfterMove(t *testing.T) {
	e := mustEngine(t)
	for _, q := range []string{"والاستشارة لازم؟", "طيب انتو وش تسوون بالاستشاره"} {
		runConversation(t, e, []turn{
			{"وش الاعراض الجانبية للبوتكس الطبي؟", bot.KindAnswer, "احمرار بسيط"},
			{q, bot.KindAnswer, "يتم تقييم التاريخ المرضي"},
		})
	}
}
