package bot_test

import (
	"testing"
	"testing/fstest"

	"github.com/faqbot/faqbot/bot"
)

// A section headed with the risks of one treatment, found only by the risk a question asks of two
// other things the pages know elsewhere (a CT scan, breastfeeding), does not answer it: the question
// falls back. Asked of the treatment the section is about, the same risk is still answered there.
func TestBold26HeadingSharedOnlyByTheAspect(t *testing.T) {
	md := "---\ntitle: عيادة الأسنان\npage_id: dental\n---\n" +
		"## تركيب الجسور\n\nالجسر يعوض السن المفقود ويثبت على السنين المجاورين بعد بردهما.\n\n" +
		"## مخاطر الجسور\n\nقد يحدث تسوس تحت الجسر أو حساسية في السنين المبرودين إذا أهملت التنظيف.\n\n" +
		"## قبل الزراعة\n\nنطلب أشعة مقطعية لقياس العظم قبل وضع الزرعة.\n\n" +
		"## الحشوات\n\nنحشو أسنان المرضع والحامل بمواد بلون السن.\n\n" +
		"## التنظيف\n\nتنظيف الجير مناسب للمرضع، ويستغرق نصف ساعة.\n\n" +
		"## التبييض\n\nلا نبيض أسنان المرضع، ونصور أشعة مقطعية إذا شككنا في عصب السن.\n\n" +
		"## ضروس العقل\n\nتحدد الأشعة المقطعية قرب الضرس من العصب قبل الخلع.\n"
	e := pageEngine(t, fstest.MapFS{"dental.md": {Data: []byte(md)}})
	for _, q := range []string{
		"الأشعة المقطعية خطيرة على المرضع؟",
		"هل في مخاطر للأشعة المقطعية على المرضعات؟",
		"الاشعه المقطعيه فيها خطر عالمرضع؟",
	} {
		runConversation(t, e, []turn{{q, bot.KindFallback, ""}})
	}
	for _, q := range []string{"وش مخاطر الجسور؟", "الجسور فيها خطر؟"} {
		runConversation(t, e, []turn{{q, bot.KindAnswer, "تسوس تحت الجسر"}})
	}
}
