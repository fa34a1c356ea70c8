package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// A follow-up that asks only something of the topic (when it shows) stays with the section the
// conversation is in when that section holds all it asks, not the FAQ asking the aspect in general:
// when botox for sweating shows is told by the sweating section itself. A section whose heading
// names what is asked still takes it (the alternatives to an extraction after when one is needed).
func TestAspectFollowUpStaysInSection(t *testing.T) {
	runConversation(t, mustEngine(t), []turn{
		{"كفوفي تعرق بزيادة، البوتوكس يفيد؟", bot.KindAnswer, "التعرق"},
		{"ويبان متى؟", bot.KindAnswer, "تظهر النتائج عادة خلال أيام وتستمر لعدة أشهر"},
	})
	runConversation(t, clinicEngine(t, "dental"), []turn{
		{"ضرسي مكسور لازم ينخلع؟", bot.KindAnswer, "كسر يمتد تحت اللثة"},
		{"وايش البدائل بعدين؟", bot.KindAnswer, "جسر ثابت"},
	})
}

// A follow-up asking only an aspect of the topic («وبتوجع؟») is not answered, on a page joining several
// treatments, by a FAQ or section there that heads another thing (a child afraid of the dentist):
// whitening's own section tells what is felt after it.
func TestAspectFollowUpNotAnotherThingOnThePage(t *testing.T) {
	runConversation(t, clinicEngine(t, "dental"), []turn{
		{"ابي ابيض اسناني", bot.KindAnswer, "التبييض"},
		{"وبتوجع؟", bot.KindAnswer, "حساسية مؤقتة للبارد والحار"},
	})
}

// "After how long" («بعد كم اسبوع …») and "how long until" with what the time runs until («لين احس
// بفرق») ask only how long, of the conversation's treatment: its section's span answers, not another
// page's section that says when sight settles after an operation.
func TestHowLongUntilStaysWithTheTopic(t *testing.T) {
	runConversation(t, clinicEngine(t, "eye"), []turn{
		{"عيوني ناشفة دايما، وش العلاج؟", bot.KindAnswer, "جفاف العين"},
		{"بعد كم اسبوع بلاحظ تحسن؟", bot.KindAnswer, "خلال 4 إلى 8 أسابيع"},
	})
}

// Whether it hurts, asked after a section, when neither its page nor the page of what the search finds
// says anything of pain or how a treatment feels, falls back: a passage sharing nothing of the question
// is no answer to it. A page that tells it still answers (whitening's sensitivity, above).
func TestHurtUntoldFallsBack(t *testing.T) {
	runConversation(t, mustEngine(t), []turn{
		{"البوتكس ينفع لتشنج الرقبة؟", bot.KindAnswer, "خلل التوتر العنقي"},
		{"طيب وبيوجع؟", bot.KindFallback, ""},
	})
}
