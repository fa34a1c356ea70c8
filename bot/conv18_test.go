package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// A follow-up naming something the passage just shown does not hold («طيب كيف تفحصونها؟» after the
// glaucoma section that names no examination) is answered by the passage of the same page that holds
// it, not by the one read again; one it holds, or a bare why, stays with it.
func TestFollowUpNotTheSameAgain(t *testing.T) {
	eye := clinicEngine(t, "eye")
	runConversation(t, eye, []turn{
		{"المويه الزرقا لها اعراض؟", bot.KindAnswer, "بلا أعراض في البداية"},
		{"طيب كيف تفحصونها؟", bot.KindAnswer, "قياس ضغط العين"},
	})
	dental := clinicEngine(t, "dental")
	runConversation(t, dental, []turn{
		{"after my extraction when can i rinse my mouth?", bot.KindAnswer, "the blood clot stays in place"},
		{"why not before that?", bot.KindAnswer, "the blood clot stays in place"},
	})
}

// A follow-up that another page answers only in its text, under a heading naming none of it, is
// answered by the section of the conversation's page whose heading names it: how psoriasis spread over
// the body is treated, after what psoriasis is, is «علاج الصدفية», not the laser sessions for the body.
func TestFollowUpHeadedOnTheTopicsPage(t *testing.T) {
	runConversation(t, clinicEngine(t, "derma"), []turn{
		{"ما هي الصدفية؟", bot.KindAnswer, "الصدفية"},
		{"وما علاجها إذا كانت منتشرة في الجسم؟", bot.KindAnswer, "الميثوتريكسات"},
	})
}
