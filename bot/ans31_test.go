package bot_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// ans31Expect asks each question alone and wants an answer whose text holds want.
func ans31Expect(t *testing.T, e *bot.Engine, cases map[string]string) {
	t.Helper()
	for q, want := range cases {
		r, _ := e.Respond(q, bot.State{})
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, want) {
			t.Errorf("%q: got %s %q, want an answer holding %q", q, r.Kind, r.Text, want)
		}
	}
}

// TestAns31ToldItDoesNotSuit: a treatment the patient was told does not suit them («قالوا ما ينفع لي
// ليزك، وش الحل؟») is asked as the pages say it, «عدم مناسبة الليزك»: the passage on what is left when
// it does not suit answers, not the treatment's own section, which shares its words («طبقة رقيقة من
// سطح القرنية»).
func TestAns31ToldItDoesNotSuit(t *testing.T) {
	const left = "لا يعني عدم مناسبة الليزك"
	ans31Expect(t, fa22Engine(t, "eye"), map[string]string{
		"قرنيتي رقيقة وقالوا ما ينفع ليزك، وش الحل؟":                    left,
		"قالولي قرنيتي رقيقة وما بينفعلي ليزك، يعني ما في أي حل إلي؟":   left,
		"الدكتور قال الليزك مش مناسب ليا والقرنية رفيعة، يعني مفيش حل؟": left,
		"قالوا لي ما يصلح لك ليزك، يعني خلاص مافي حل غير النظارة؟":      left,
	})
}

// TestAns31ComparedWithSomeoneElse: a patient setting a friend or a sister against themselves asks
// why it differs from one person to another («تختلف من شخص لآخر»), not what the two did alike («نفس
// العيادة») nor a passage headed by another difference (cosmetic and medical use).
func TestAns31ComparedWithSomeoneElse(t *testing.T) {
	const differs = "تختلف من شخص لآخر"
	ans31Expect(t, mustEngine(t), map[string]string{
		"ليش رفيقتي البوتوكس طول معها اكثر مني؟ سوينا بنفس العيادة":         differs,
		"اختي سوت بوتكس وبانت نتيجتها بسرعة وانا لين الحين ما شفت شي، ليش؟": differs,
		"why did my friend's botox last so much longer than mine?":          differs,
	})
}

// TestAns31NotEnoughInTheDialect: «كفاية» (enough) of the dialects is the pages' «كافيًا»: bone
// the patient was told is not enough for an implant is the passage on what is done when it is not.
func TestAns31NotEnoughInTheDialect(t *testing.T) {
	ans31Expect(t, fa22Engine(t, "dental"), map[string]string{
		"الدكتور قلي ما في عظم كفاية للزرعة، يعني خلص ما بقدر اعمل زرعة؟": "ترقيع العظم",
	})
}

// TestAns31IsItConsidered: "is it considered" («يعتبر عملية؟») asks of what follows it; the verb,
// which the pages use in passing («يُعتبر السم الأكثر فعالية»), does not pull the question there.
func TestAns31IsItConsidered(t *testing.T) {
	ans31Expect(t, mustEngine(t), map[string]string{
		"البوتوكس بيعتبر عملية؟ ما ابي شي فيه جراحة": "غير جراحية",
	})
}
