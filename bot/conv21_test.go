package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// A follow-up asking only something of the topic («ومتى يبان مفعوله؟» after botox for sweating), which
// the conversation's section holds all of, stays there when another section's heading names only part
// of it («مدة النتائج والمتابعة»): the results asked of are those of the treatment the conversation is
// about. A heading naming all of it («الآثار الجانبية المحتملة») still answers.
func TestAspectStaysUnlessAHeadingNamesAllOfIt(t *testing.T) {
	e := mustEngine(t)
	runConversation(t, e, []turn{
		{"ايديني تعرق كثير، البوتوكس يفيدها؟", bot.KindAnswer, "الغدد العرقية"},
		{"ومتى يبان مفعوله؟", bot.KindAnswer, "الغدد العرقية"},
	})
	runConversation(t, e, []turn{
		{"ايديني تعرق كثير، البوتوكس يفيدها؟", bot.KindAnswer, "الغدد العرقية"},
		{"وله آثار جانبية؟", bot.KindAnswer, "الآثار الجانبية خفيفة ومؤقتة"},
	})
}
