package bot_test

import (
	"testing"
	"testing/fstest"

	"github.com/faqbot/faqbot/bot"
)

// "Is it permanent?" asked on its own names nothing: the FAQ on whether the treatment cures one
// condition for good asks it of that condition, and the passage saying the effect is temporary
// answers.
func TestPermanentAskedAloneIsNotTheFAQOnAnotherThing(t *testing.T) {
	md := "---\ntitle: علاج البوتوكس\npage_id: btx\n---\n" +
		"## كيف يعمل البوتوكس؟\n\nيرخي البوتوكس العضلة، والتأثير مؤقت ويحتاج إلى تكرار الحقن للحفاظ على النتيجة.\n\n" +
		"## الأسئلة الشائعة\n\n### هل يعالج البوتوكس الصداع النصفي نهائيًا؟\n\nيقلل عدد النوبات لكنه لا يعتبر علاجًا نهائيًا للصداع النصفي.\n\n" +
		"## الآثار الجانبية\n\nقد يحدث احمرار بسيط في مكان الحقن يزول خلال ساعات.\n"
	e := pageEngine(t, fstest.MapFS{"btx.md": {Data: []byte(md)}})
	runConversation(t, e, []turn{{"Is it permanent?", bot.KindAnswer, "التأثير مؤقت"}})
}
