package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// «لو انتشرت في جسمي كله؟» after how psoriasis is treated asks of the widespread cases, which the
// page writes with the participle («للحالات المنتشرة»): the past of a derived verb in the lexicon
// stands for its participle and its feminine too, and the follow-up stays on psoriasis rather than
// going to a laser page for «الجسم».
func TestFollowUpVerbMeetsParticiple(t *testing.T) {
	runConversation(t, clinicEngine(t, "derma"), []turn{
		{"أنا عندي صدفية في راسي وفي الكوع، بتعالجوها ازاي؟", bot.KindAnswer, ""},
		{"طب لو انتشرت في جسمي كله؟", bot.KindAnswer, "للحالات المنتشرة"},
	})
}

// «ولو العضم ضعيف؟» after whom implants suit splits in two: the bone, which the answer just shown
// speaks of, and the weakening, which only the heading of a FAQ on scaling holds («يضعف»). The
// conversation says which half is asked of: the answer shown, which says what is done when the bone
// is not enough.
func TestFollowUpSplitStaysOnShown(t *testing.T) {
	runConversation(t, clinicEngine(t, "dental"), []turn{
		{"الوالدة كبيرة في السن، مين تناسبه الزراعة؟", bot.KindAnswer, "كمية عظم كافية"},
		{"طب ولو عضمها ضعيف؟", bot.KindAnswer, "ترقيع العظم"},
	})
}
