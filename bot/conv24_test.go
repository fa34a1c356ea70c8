package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

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
