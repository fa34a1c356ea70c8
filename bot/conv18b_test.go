package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// A follow-up asking how often («كل كم؟», "and after that, how often?") is asked of the conversation's
// treatment or check: the passage of its page telling how often («كل ستة أشهر», «كل سنة إلى سنتين»),
// not another page's section that a word of the question happens to find.
func TestFollowUpHowOftenOnTopicsPage(t *testing.T) {
	runConversation(t, clinicEngine(t, "dental"), []turn{
		{"تنظيف الجير يضعف الاسنان؟", bot.KindAnswer, "التنظيف يزيل الجير"},
		{"كل كم؟", bot.KindAnswer, "تنظيف الجير كل ستة أشهر"},
	})
	runConversation(t, clinicEngine(t, "eye"), []turn{
		{"When should my kid have his first eye exam?", bot.KindAnswer, ""},
		{"And after that, how often?", bot.KindAnswer, "كل سنة إلى سنتين"},
	})
	// Already told how often, on the topic's page: the answer found stays.
	runConversation(t, clinicEngine(t, "dental"), []turn{
		{"what's the difference between clear aligners and regular braces?", bot.KindAnswer, ""},
		{"how often do I swap them?", bot.KindAnswer, "every one to two weeks"},
	})
}

// A follow-up asking only something of the topic (whether it goes for good) is answered from the
// conversation's page when a passage there answers as much of it, not from another page's section.
func TestFollowUpOnlyAspectOnTopicsPage(t *testing.T) {
	runConversation(t, clinicEngine(t, "derma"), []turn{
		{"جوزي عنده صدفية، هي بتعدي؟", bot.KindAnswer, ""},
		{"طب بتخف خالص؟", bot.KindAnswer, "لا تشفى نهائيًا"},
	})
}

// What to do at home for the conversation's condition («طيب وش اسوي له بالبيت؟», «أعمله ايه في
// البيت؟») asks how it is cared for: its page's treatment section, not another page's passage that
// happens to say «المنزل».
func TestFollowUpAtHomeIsTheTopicsCare(t *testing.T) {
	derma := clinicEngine(t, "derma")
	runConversation(t, derma, []turn{
		{"ولدي عمره ٤ سنين عنده اكزيما بوجهه، تروح اذا كبر؟", bot.KindAnswer, ""},
		{"طيب وش اسوي له بالبيت؟", bot.KindAnswer, "بمرطب كثيف خال من العطور"},
	})
	runConversation(t, derma, []turn{
		{"ابني عنده اكزيما على وشه، هي ايه الاكزيما دي؟", bot.KindAnswer, ""},
		{"أعمله ايه في البيت؟", bot.KindAnswer, "بمرطب كثيف خال من العطور"},
	})
}

// Washing the face or wudu after cataract surgery is what its page's «دخول الماء والصابون» says.
func TestFollowUpWashingAfterSurgery(t *testing.T) {
	runConversation(t, clinicEngine(t, "eye"), []turn{
		{"عملت عملية المية البيضا امبارح، امتى اقدر اصلي عادي؟", bot.KindAnswer, ""},
		{"واغسل وشي عادي؟", bot.KindAnswer, "الماء والصابون"},
	})
}

// «بترجع طبيعية؟» after bleeding gums asks whether it heals: «قابل للشفاء», not the recovery after implants.
func TestFollowUpBackToNormal(t *testing.T) {
	runConversation(t, clinicEngine(t, "dental"), []turn{
		{"لثتي بتنزف كل ما فرشي، شو السبب؟", bot.KindAnswer, ""},
		{"بترجع طبيعية؟", bot.KindAnswer, ""},
	})
}
