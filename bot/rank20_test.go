package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// Whether it goes away, asked right after the side effects («وبتروح؟») or the sessions and their
// result («وبعدين يروح نهائي؟»), is asked of what that section tells: it answers, not the results
// section for side effects, nor another page's heading asking whether its own thing goes («هل تروح
// حفر حب الشباب؟»). Naming the result ("is the result itself permanent?") still asks of the result.
func TestRank20GoingAwayAfterSideEffects(t *testing.T) {
	eye := clinicEngine(t, "eye")
	runConversation(t, eye, []turn{
		{"ما هي أضرار الليزك؟", bot.KindAnswer, "جفاف العين"},
		{"وبتروح؟", bot.KindAnswer, "خلال 3 إلى 6 أشهر"},
	})
	runConversation(t, eye, []turn{
		{"ايش اضرار الليزك", bot.KindAnswer, "جفاف العين"},
		{"وتروح؟", bot.KindAnswer, "خلال 3 إلى 6 أشهر"},
	})
	runConversation(t, eye, []turn{
		{"ما هي أضرار الليزك؟", bot.KindAnswer, "جفاف العين"},
		{"and is the result permanent?", bot.KindAnswer, "دائم"},
	})
	derma := clinicEngine(t, "derma")
	runConversation(t, derma, []turn{
		{"كم جلسة ليزر يحتاج الوجه لإزالة الشعر؟", bot.KindAnswer, "من 6 إلى 8 جلسات"},
		{"وبعدين يروح نهائي؟", bot.KindAnswer, "جلسة تنشيطية"},
	})
	runConversation(t, derma, []turn{
		{"ليزر الوجه كم جلسة يبي عشان يخف الشعر؟", bot.KindAnswer, "من 6 إلى 8 جلسات"},
		{"وبعدها خلاص يروح للابد؟", bot.KindAnswer, "جلسة تنشيطية"},
	})
}
