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

// A follow-up is not taken from the conversation's section to a passage elsewhere that holds less of
// its own words: «وليش ما تخلعون الضرس وخلاص؟» after what a root canal is is answered by that answer
// (saving the tooth instead of pulling it), not by whether an implant goes in the day of an extraction;
// how often to put sunscreen on again after a peel, by the aftercare that says it.
func TestConv25StaysWhereMoreOfItIs(t *testing.T) {
	dental := clinicEngine(t, "dental")
	for _, conv := range [][]turn{
		{ // Gulf
			{"ايش يعني علاج العصب؟", bot.KindAnswer, ""},
			{"وليش ما تخلعون الضرس وخلاص؟", bot.KindAnswer, "إنقاذ السن بدلًا من خلعه"},
		},
		{ // English
			{"what is a root canal exactly?", bot.KindAnswer, ""},
			{"why not just pull the tooth out?", bot.KindAnswer, "إنقاذ السن بدلًا من خلعه"},
		},
	} {
		runConversation(t, dental, conv)
	}
	derma := clinicEngine(t, "derma")
	runConversation(t, derma, []turn{ // Gulf
		{"ناوية اسوي تقشير بعد اسبوع، وش اسوي قبله؟", bot.KindAnswer, ""},
		{"وبعده متى ارجع الدوام؟", bot.KindAnswer, ""},
		{"والواقي كل كم ساعة اجدده؟", bot.KindAnswer, "كل ساعتين"},
	})
	// A follow-up naming another treatment of its own still leaves the section.
	var st bot.State
	_, st = dental.Respond("ايش يعني علاج العصب؟", st)
	if r, _ := dental.Respond("طيب وتبييض الاسنان يضر المينا؟", st); r.Kind == bot.KindAnswer && len(r.Sources) > 0 &&
		r.Sources[0].Section == "ما هو علاج العصب؟" {
		t.Errorf("whitening asked after a root canal got the root canal again: %q", r.Text)
	}
}

// So too a message that goes on from the conversation without opening as a follow-up does: telling
// of one's many moles and a parent's skin cancer after asking how often moles are checked is answered
// by how often, for someone with many, not by whether scratching a mole turns it into cancer.
func TestConv25StoryStaysWhereMoreOfItIs(t *testing.T) {
	derma := clinicEngine(t, "derma")
	const many = "أكثر من 50 شامة"
	for _, conv := range [][]turn{
		{ // Levantine
			{"كل قديش لازم افحص الشامات؟", bot.KindAnswer, many},
			{"عندي شامات كتير وبيي كان عنده سرطان جلد", bot.KindAnswer, many},
		},
		{ // Gulf
			{"كم مرة لازم افحص شاماتي؟", bot.KindAnswer, many},
			{"عندي اكثر من ستين شامة وابوي جاه سرطان جلد", bot.KindAnswer, many},
		},
	} {
		runConversation(t, derma, conv)
	}
}
