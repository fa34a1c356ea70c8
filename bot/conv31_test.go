package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// An English follow-up on an Arabic page is read with the patient's own words for what the page
// names: "insoles", "orthotics" are the pages' «نعل طبي», «ضبانات».
func TestEnglishFollowUpWordsOnArabicPage(t *testing.T) {
	runConversation(t, clinicEngine(t, "physio"), []turn{
		{"my son is 7 and his feet are flat, is that normal?", bot.KindAnswer, "القدم المسطحة"},
		{"would orthotic insoles help him?", bot.KindAnswer, "النعل الطبي"},
	})
}

// A short follow-up that the section just read answers as well as the passage found for it on
// another page, whose title it names nothing of, stays with that section: when the patient may play
// football again after a ligament operation is in the rehabilitation section they were reading, not
// in the English guide's lines on going back to sport after a sprain.
func TestFollowUpShownSectionHoldsAsMuch(t *testing.T) {
	runConversation(t, clinicEngine(t, "physio"), []turn{
		{"عملت عملية رباط صليبي من عشر ايام، ايمتى بلش علاج طبيعي؟", bot.KindAnswer, "الأسبوع الأول بعد العملية"},
		{"طيب وايمتى برجع العب فوتبول؟", bot.KindAnswer, "تسعة أشهر"},
	})
}
