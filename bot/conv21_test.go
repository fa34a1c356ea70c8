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

// How long, asked after the section that tells it («جراحة الحول», 30 to 60 minutes), is answered by
// that section also when the question alone finds a passage of the same page that tells no length of
// time (a FAQ sharing only «وقت»); «قد ايش» asks how much as «قد ايه» does.
func TestHowLongOnPageWithoutASpan(t *testing.T) {
	e := clinicEngine(t, "eye")
	for _, q := range []string{"وتاخذ وقت قد ايش؟", "وبتاخد وقت قد ايه؟"} {
		runConversation(t, e, []turn{
			{"بنتي عندها حول والدكتور قال تحتاج عملية، هل تكون بتخدير عام؟", bot.KindAnswer, "تخدير عام"},
			{q, bot.KindAnswer, "من 30 إلى 60 دقيقة"},
		})
	}
}

// What to do, asked after symptoms, is the page's treatment section («بعمل» is the Levantine «اعمل»),
// but not after a section that says what its treatment includes («يشمل العلاج تمارين…» for neck pain
// with headache): that section answers. Treatment named in passing (early treatment stops glaucoma)
// does not keep the question from the treatment section.
func TestWhatToDoStaysWhereTheSectionTellsTheTreatment(t *testing.T) {
	eye, physio := clinicEngine(t, "eye"), clinicEngine(t, "physio")
	runConversation(t, eye, []turn{
		{"عيوني فيها حرقان واحس فيها رمل، ليش؟", bot.KindAnswer, "رمل"},
		{"طيب شو بعمل؟", bot.KindAnswer, "الدموع الصناعية"},
	})
	runConversation(t, physio, []turn{
		{"رقبتي مشدودة وعندي صداع من ورا راسي", bot.KindAnswer, "مؤخرة الرأس"},
		{"طيب شو بعمل؟", bot.KindAnswer, "تمارين ثني الذقن"},
	})
	runConversation(t, eye, []turn{
		{"shu ya3ni glaucoma?", bot.KindAnswer, "يتلف العصب البصري"},
		{"w shu el 3ilaj?", bot.KindAnswer, "قطرات يومية"},
	})
}
