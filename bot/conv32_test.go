package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// «وكم تطول؟» after how to get ready for an operation asks how long the operation takes, which the
// section on how it is done says («تستغرق العملية من 15 إلى 20 دقيقة»), not the days of recovery the
// section on after it tells.
func TestFollowUpHowLongItTakes(t *testing.T) {
	runConversation(t, clinicEngine(t, "eye"), []turn{
		{"جدي بيسوي عملية المويه البيضا، وش يجهز لها قبل؟", bot.KindAnswer, ""},
		{"طيب وكم تطول؟", bot.KindAnswer, "من 15 إلى 20 دقيقة"},
	})
}

// A follow-up asking how long the session takes, that names the session, is answered by the
// passage that says what the session takes, after how to get ready for it.
func TestFollowUpHowLongTheSessionTakes(t *testing.T) {
	runConversation(t, clinicEngine(t, "derma"), []turn{
		{"بكرا عندي جلسة تقشير كيميائي، كيف أتجهز لها؟", bot.KindAnswer, ""},
		{"وكم تاخذ الجلسة؟", bot.KindAnswer, "من 15 إلى 30 دقيقة"},
	})
}

// A follow-up naming nothing, asking how long it takes after a course of pills, asks of the pills:
// a session of another treatment on the same page, whose heading shares nothing with the pills',
// does not answer it.
func TestFollowUpHowLongStaysOnWhatWasRead(t *testing.T) {
	runConversation(t, clinicEngine(t, "derma"), []turn{
		{"الدكتور كتبلي حبوب الروكتان لحب الشباب", bot.KindAnswer, "الإيزوتريتينوين"},
		{"طيب كم ياخذ وقت؟", bot.KindAnswer, "من 6 إلى 9 أشهر"},
	})
}

// «ومتى احس بفرق؟» after a treatment asks when its improvement shows, which a passage of the
// conversation's page says («يلاحظ أغلب المرضى تحسنًا خلال 4 إلى 8 أسابيع»), not another page's span.
func TestFollowUpWhenItShows(t *testing.T) {
	runConversation(t, clinicEngine(t, "eye"), []turn{
		{"عيوني ناشفة ودايم تحرقني، وش العلاج عندكم؟", bot.KindAnswer, ""},
		{"ومتى احس بفرق؟", bot.KindAnswer, "4 إلى 8 أسابيع"},
	})
	runConversation(t, clinicEngine(t, "eye"), []turn{
		{"my eyes are dry and burning all the time, what's the treatment?", bot.KindAnswer, ""},
		{"how long till I notice an improvement?", bot.KindAnswer, "4 إلى 8 أسابيع"},
	})
}

// Asked at length («وهياخد وقت قد ايه عشان اشوف فرق بوشي؟»), when the improvement shows is still asked
// of the conversation's treatment: the length of a question asking only that does not take it off
// the page.
func TestLongFollowUpWhenItShows(t *testing.T) {
	runConversation(t, clinicEngine(t, "derma"), []turn{
		{"عندي كلف في وشي، بتعالجوه ازاي؟", bot.KindAnswer, ""},
		{"وهياخد وقت قد ايه عشان اشوف فرق؟", bot.KindAnswer, "8 إلى 12 أسبوعًا"},
	})
}
