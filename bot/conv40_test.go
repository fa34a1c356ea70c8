package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// A follow-up on a summary page's section that holds more of it than the passage found elsewhere is
// answered by that section: the detailed pages hold the summary's details in other words, not what
// the section itself says.
func TestSummaryHoldsMoreOfFollowUp(t *testing.T) {
	e := clinicEngine(t, "physio")
	runConversation(t, e, []turn{
		{"my heel hurts every morning, would shock wave therapy help?", bot.KindAnswer, ""},
		{"does it hurt?", bot.KindAnswer, ""},
		{"and can I take ibuprofen after?", bot.KindAnswer, "Avoid anti-inflammatory painkillers"},
	})
}

// Asked how it is treated, after a section of a page treating two things, the treatment section of
// the thing the section shown is headed with answers, when the patient's words name both.
func TestTreatmentOfTheSectionShown(t *testing.T) {
	runConversation(t, clinicEngine(t, "eye"), []turn{
		{"ضغط عيني عالي والدكتور قال جلوكوما، يعني ايه؟", bot.KindAnswer, ""},
		{"وهو الفحص بياخد قد إيه؟", bot.KindAnswer, "ساعة"},
		{"طب وإيه العلاج؟", bot.KindAnswer, "قطرات يومية لخفض ضغط العين"},
	})
}

// How it is treated, asked under a condition («if it turns out I have it»), asks nothing but how it
// is treated: the condition says when the patient would need it, not another thing.
func TestTreatmentAskedUnderCondition(t *testing.T) {
	e := clinicEngine(t, "eye")
	for _, q := range []string{"وإذا طلع عندي، شو العلاج؟", "ولو طلع عنده وش العلاج؟"} {
		runConversation(t, e, []turn{
			{"ابوي عمره خمسين، يحتاج فحص الموية الزرقا؟", bot.KindAnswer, ""},
			{"وش يسوون بالفحص؟", bot.KindAnswer, ""},
			{q, bot.KindAnswer, "قطرات يومية لخفض ضغط العين"},
		})
	}
}
