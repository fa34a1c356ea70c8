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
