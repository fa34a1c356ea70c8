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

// A short follow-up that a passage on another page answers more of, while the conversation's section
// holds a good share of it (offPageShare), names nothing of that page's title and is not asked by its
// heading, stays with the section: swelling asked after caring for a new implant is the implant's
// healing, not the extraction page's recovery; the eye shield at night after cataract surgery, the
// cataract page's aftercare, not the LASIK page's; the gym after laser hair removal, its own aftercare,
// not a peel's.
func TestConv26OffPageFollowUpStays(t *testing.T) {
	dental := clinicEngine(t, "dental")
	for _, conv := range [][]turn{
		{ // Gulf
			{"حطولي زرعة اليوم، كيف اعتني فيها لين تلتئم؟", bot.KindAnswer, ""},
			{"والانتفاخ متى يخف؟", bot.KindAnswer, "تورم"},
		},
		{ // Egyptian
			{"عملت زراعة سنة امبارح، اعمل ايه عشان تخف بسرعة؟", bot.KindAnswer, ""},
			{"والورم هيخف امتى؟", bot.KindAnswer, "تورم"},
		},
	} {
		runConversation(t, dental, conv)
	}
	runConversation(t, clinicEngine(t, "eye"), []turn{ // English
		{"my mum had her cataract operation two days ago, can she wash her face?", bot.KindAnswer, ""},
		{"does she have to put the eye shield on when she sleeps?", bot.KindAnswer, "عند النوم"},
	})
	runConversation(t, clinicEngine(t, "derma"), []turn{ // Gulf
		{"سويت ليزر للرجول امس وفيه احمرار خفيف، عادي؟", bot.KindAnswer, ""},
		{"طيب متى ارجع اتمرن بالنادي؟", bot.KindAnswer, "الرياضة"},
	})
	// Naming the other page's thing still leaves the section.
	var st bot.State
	_, st = dental.Respond("حطولي زرعة اليوم، كيف اعتني فيها لين تلتئم؟", st)
	if r, _ := dental.Respond("طيب وخلع ضرس العقل يوجع؟", st); r.Kind == bot.KindAnswer && len(r.Sources) > 0 &&
		r.Sources[0].Section == "زراعة الأسنان" {
		t.Errorf("a wisdom tooth asked after an implant got the implant again: %q", r.Text)
	}
}
