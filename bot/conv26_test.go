package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// A follow-up that the conversation's section answers as well as the passage found elsewhere, whose
// heading names none of it, goes on from the section: pregnancy asked after the risks of dry needling
// is answered by the dry-needling section that names the first months of pregnancy, not by the
// shock-wave section beside it that also speaks of pregnancy.
func TestConv26TieStaysInSection(t *testing.T) {
	physio := clinicEngine(t, "physio")
	const early = "الأشهر الثلاثة الأولى من الحمل"
	for _, conv := range [][]turn{
		{ // Gulf
			{"الابر الجافة مؤلمة؟", bot.KindAnswer, ""},
			{"وفيها مخاطر؟", bot.KindAnswer, ""},
			{"انا حامل بالشهر الاول، عادي اسويها؟", bot.KindAnswer, early},
		},
		{ // Levantine
			{"الإبر الجافة بتوجع؟", bot.KindAnswer, ""},
			{"وفي إلها خطورة؟", bot.KindAnswer, ""},
			{"أنا حامل بالشهر التاني، فيني اعملها؟", bot.KindAnswer, early},
		},
		{ // Egyptian
			{"الإبر الجافة بتوجع؟", bot.KindAnswer, ""},
			{"وفيها خطورة؟", bot.KindAnswer, ""},
			{"أنا حامل في الشهر التاني، ينفع أعملها؟", bot.KindAnswer, early},
		},
	} {
		runConversation(t, physio, conv)
	}
}

// How long, asked after a section that tells no length of time, still goes to the sibling that tells
// it («وكم ياخذ الفحص؟» after who needs a glaucoma check), and after how long («وبعد قديش…») too.
func TestConv26HowLongLeavesTheSection(t *testing.T) {
	eye := clinicEngine(t, "eye")
	runConversation(t, eye, []turn{ // Gulf
		{"مين يحتاج يفحص للجلوكوما؟", bot.KindAnswer, ""},
		{"وكم ياخذ الفحص؟", bot.KindAnswer, "ساعة إلى ساعة ونصف"},
	})
	var st bot.State
	_, st = eye.Respond("المياه البيضاء ايش اعراضها؟", st) // Levantine
	r, _ := eye.Respond("وبعد قديش بترجع الرؤية منيحة بعد العملية؟", st)
	if r.Kind != bot.KindAnswer || len(r.Sources) == 0 || r.Sources[0].Section != "بعد العملية" {
		t.Errorf("after how long, after the symptoms: got %s %+v", r.Kind, r.Sources)
	}
}

// A follow-up that names a thing of its own, found first on its own in another section of the
// conversation's page whose heading names it and which holds more of it, is answered there: how long
// a simple extraction takes, asked after how to prepare for one, is in the steps of an extraction.
func TestConv26HeadedElsewhereOnPage(t *testing.T) {
	dental := clinicEngine(t, "dental")
	for _, conv := range [][]turn{
		{ // English
			{"I take blood thinners, do I tell the dentist before an extraction?", bot.KindAnswer, ""},
			{"ok and how long does a simple extraction take?", bot.KindAnswer, "أقل من نصف ساعة"},
		},
		{ // Egyptian
			{"قبل الخلع لازم اقول للدكتور عن ادويتي؟", bot.KindAnswer, ""},
			{"طب والخلع البسيط بياخد قد ايه؟", bot.KindAnswer, "أقل من نصف ساعة"},
		},
	} {
		runConversation(t, dental, conv)
	}
	// A bare aspect (whether it lasts) still asks of the section read, not a heading elsewhere.
	var st bot.State
	_, st = dental.Respond("قبل الخلع لازم اقول للدكتور عن ادويتي؟", st)
	if r, st2 := dental.Respond("ليش؟", st); r.Kind != bot.KindAnswer || st2.Topic == "" {
		t.Errorf("why after the preparation: got %s", r.Kind)
	}
}
