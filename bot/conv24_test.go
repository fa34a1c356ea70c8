package bot_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// A follow-up that opens with after («وبعدها…», «وبعد العملية…», "and afterwards…") asks what comes after
// the conversation's treatment: the page's «بعد …» section, not the complications nor the
// preparation that share its other words. «وبعدين» ("and then") and «وبعد ما» with a verb (after
// something the patient does) are not asked of it, nor whether it comes back for good.
func TestConv24OpensWithAfter(t *testing.T) {
	eye := clinicEngine(t, "eye")
	const sees = "يتحسن النظر خلال يوم إلى ثلاثة أيام"
	for _, conv := range [][]turn{
		{ // Levantine
			{"كيف تتم عملية المياه البيضاء؟", bot.KindAnswer, ""},
			{"وبعدها امتى النظر يوضح؟", bot.KindAnswer, sees},
		},
		{ // Gulf, of her father
			{"ابوي بيسوي عملية الموية البيضا، كيف يسوونها؟", bot.KindAnswer, ""},
			{"وبعدها متى يوضح نظره؟", bot.KindAnswer, sees},
		},
		{ // Egyptian
			{"ماما هتعمل عملية المية البيضا، بيعملوها ازاي؟", bot.KindAnswer, ""},
			{"وبعد العملية النظر هيوضح امتى؟", bot.KindAnswer, sees},
		},
		{ // Modern Standard Arabic
			{"كيف تُجرى عملية الماء الأبيض؟", bot.KindAnswer, ""},
			{"وبعد العملية متى يتحسن النظر؟", bot.KindAnswer, sees},
		},
	} {
		runConversation(t, eye, conv)
	}
	derma := clinicEngine(t, "derma")
	const care = "العناية بعد التقشير"
	for _, conv := range [][]turn{
		{ // Gulf
			{"وش اسوي قبل جلسة التقشير؟", bot.KindAnswer, ""},
			{"وبعدها اقدر اداوم عادي؟", bot.KindAnswer, care},
		},
		{ // Levantine
			{"قديش بتطول جلسة التقشير الكيميائي؟", bot.KindAnswer, ""},
			{"وبعدها بقدر ارجع عالدوام؟", bot.KindAnswer, care},
		},
	} {
		runConversation(t, derma, conv)
	}
	// "And then, if it doesn't work?" asks what comes next, not the aftercare.
	var st bot.State
	_, st = derma.Respond("قديش بتطول جلسة التقشير الكيميائي؟", st)
	if r, _ := derma.Respond("وبعدين اذا ما زبط؟", st); r.Kind == bot.KindAnswer && strings.Contains(r.Text, care) {
		t.Errorf("«وبعدين اذا ما زبط؟» got the aftercare: %q", r.Text)
	}
}

// "different thing, …" says that what follows is about something else, as "different question, …"
// does: it is asked on its own, not read with the conversation's topic.
func TestConv24DifferentThingSwitchesTopic(t *testing.T) {
	e := clinicEngine(t, "derma")
	const monthly = "فحص ذاتي شهري"
	for _, conv := range [][]turn{
		{
			{"what should I do before a chemical peel?", bot.KindAnswer, ""},
			{"different thing, how often should my moles be checked? I have loads of them", bot.KindAnswer, monthly},
		},
		{
			{"can I go back to work after a peel?", bot.KindAnswer, ""},
			{"ok different subject: how often do I need my moles looked at?", bot.KindAnswer, monthly},
		},
	} {
		runConversation(t, e, conv)
	}
}
