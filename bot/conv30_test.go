package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// A follow-up that names nothing of another page's title, found there for a word its text shares in
// passing under a heading no more about it than the conversation's page's own, is answered from the
// page the patient is reading: the stitches after an extraction are in its aftercare, not in the
// braces section; drops that did not help, in the glaucoma treatment, not the cataract section that
// says no drops remove a cataract.
func TestFollowUpStaysOnPageItNames(t *testing.T) {
	runConversation(t, clinicEngine(t, "dental"), []turn{
		{"شلت ضرس العقل امس، عادي فيه شوية دم؟", bot.KindAnswer, "نزف خفيف"},
		{"طيب الغرز تذوب لحالها ولا ارجع افكها؟", bot.KindAnswer, "الغرز غير الذائبة"},
	})
	runConversation(t, clinicEngine(t, "eye"), []turn{
		{"أبوي عنده جلوكوما والدكتور عطاه قطرة", bot.KindAnswer, "علاج الجلوكوما"},
		{"ولو القطرة ما جابت نتيجة؟", bot.KindAnswer, "عندما لا تكفي القطرات"},
	})
}

// A passage in the patient's language does not replace the one found when it is a FAQ answer whose
// question names a thing the conversation is not about: after how long an implant takes, "does it
// hurt?" is answered by the implant section's pain and recovery, not by the English FAQ "Does a root
// canal hurt?".
func TestOwnLanguageFAQOfAnotherThing(t *testing.T) {
	runConversation(t, clinicEngine(t, "dental"), []turn{
		{"How long does getting an implant take?", bot.KindAnswer, "implant"},
		{"is it painful?", bot.KindAnswer, "انزعاج خفيف"},
	})
}

// Towards a summary too: its details are on the pages it sums up, the conversation's among them.
func TestFollowUpStaysOnPageNotSummary(t *testing.T) {
	runConversation(t, clinicEngine(t, "dental"), []turn{
		{"what is a dental implant?", bot.KindAnswer, "التيتانيوم"},
		{"can they put it in the same day they pull the tooth?", bot.KindAnswer, "الزراعة الفورية"},
	})
}

// A passage of the conversation's page that holds all of a follow-up keeps it, though another page's
// heading names some of it.
func TestFollowUpWholeOnPage(t *testing.T) {
	runConversation(t, clinicEngine(t, "derma"), []turn{
		{"سويت ليزر امس، وش الطبيعي بعده؟", bot.KindAnswer, ""},
		{"عندي احمرار بس، متى يختفي؟", bot.KindAnswer, "حول بصيلات الشعر"},
	})
}
