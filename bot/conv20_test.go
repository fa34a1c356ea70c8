package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// How long, asked of a summary's lines that tell a length of time, is answered by those lines: the
// detailed pages are for what a summary leaves out, and a first visit's 45 to 60 minutes is not the
// weeks of a back-pain plan.
func TestHowLongStaysOnSummaryThatTellsIt(t *testing.T) {
	runConversation(t, clinicEngine(t, "physio"), []turn{
		{"اول زياره وش اجيب معي", bot.KindAnswer, "45 to 60 minutes"},
		{"وكم تطول؟", bot.KindAnswer, "45 to 60 minutes"},
	})
	runConversation(t, clinicEngine(t, "physio"), []turn{
		{"what do I need to bring to my first session?", bot.KindAnswer, "45 to 60 minutes"},
		{"how long will it take?", bot.KindAnswer, "45 to 60 minutes"},
	})
}

// How many, asked after a summary's lines that give the figure, is answered by them: "how many times
// would I need to come?" after the shock-wave summary is its 3 to 5 weekly sessions, not a rehab
// page the summary's list of tendons finds.
func TestHowManyStaysOnSummaryThatTellsIt(t *testing.T) {
	runConversation(t, clinicEngine(t, "physio"), []turn{
		{"what is shock wave therapy used for?", bot.KindAnswer, "Shock wave"},
		{"and how many times would I need to come?", bot.KindAnswer, "3 to 5 weekly sessions"},
	})
}

// "How soon" asks how long, as "how long" does: after the summary's lines on melasma, which tell no
// length of time, the detailed page's 8 to 12 weeks answers it.
func TestHowSoonAsksHowLong(t *testing.T) {
	runConversation(t, clinicEngine(t, "derma"), []turn{
		{"do you treat melasma", bot.KindAnswer, "Melasma"},
		{"how soon will I see results", bot.KindAnswer, "بعد 8 إلى 12 أسبوعًا"},
	})
}

// Whether it goes for good, asked after a FAQ answer on a condition («هل الصدفية معدية؟»), is answered
// by the page's section on that condition, which says it is never cured for good, not by another
// page's summary that the English "cured" finds.
func TestPermanentAfterFAQFromTheConditionsSection(t *testing.T) {
	runConversation(t, clinicEngine(t, "derma"), []turn{
		{"my father has psoriasis, can my kids catch it from him?", bot.KindAnswer, "الصدفية"},
		{"can it be cured completely?", bot.KindAnswer, "لا تشفى نهائيًا"},
	})
}
