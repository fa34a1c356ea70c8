package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// A follow-up that names nothing of another page's title is still asked of the conversation's page:
// what is done when a root canal fails, asked after whether it can fail, is the root-canal FAQ that
// says it can be redone, not the extraction page's section on when a tooth must come out (which
// holds «فشل» as well).
func TestFollowUpNamingNoOtherPageStaysOnItsPage(t *testing.T) {
	e := clinicEngine(t, "dental")
	runConversation(t, e, []turn{
		{"هل علاج العصب ممكن يفشل؟", bot.KindAnswer, "إعادة علاج العصب"},
		{"واذا فشل وش الحل؟", bot.KindAnswer, "إعادة علاج العصب"},
	})
}

// A follow-up that names what another page is about goes there: after a root canal, how an
// extraction heals is the extraction page's.
func TestFollowUpNamingAnotherPageLeavesIt(t *testing.T) {
	e := clinicEngine(t, "dental")
	runConversation(t, e, []turn{
		{"شو يعني علاج عصب؟", bot.KindAnswer, "علاج العصب"},
		{"وبعد خلع الضرس ايش اسوي؟", bot.KindAnswer, "الخلع"},
	})
}
