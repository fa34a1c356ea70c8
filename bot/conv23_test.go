package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// «وش يعني؟», «يعني ايه؟», «ماذا يعني؟» in a clause of their own after what the doctor said ask what
// it means: the page's definition, not how it is done. Then whether it hurts, after that FAQ answer, is
// the FAQ on pain of the same treatment, not the section on the other treatment that shares its page
// and holds more of the words searched with the topic; and whether one can eat straight after is the
// FAQ on eating after it.
func TestConv23WhatItMeansThenItsOwnFAQs(t *testing.T) {
	e := clinicEngine(t, "dental")
	const defined, pain, eating = "إزالة اللب الملتهب", "مشابه", "حتى يزول التخدير"
	for _, conv := range [][]turn{
		{ // Egyptian
			{"الدكتورة قالتلي سناني محتاجة عصب، يعني ايه؟", bot.KindAnswer, defined},
			{"طب هيوجعني؟", bot.KindAnswer, pain},
		},
		{ // Modern Standard Arabic
			{"قال لي الطبيب إن ضرسي يحتاج علاج عصب، ماذا يعني؟", bot.KindAnswer, defined},
			{"وهل هو مؤلم؟", bot.KindAnswer, pain},
			{"وهل أستطيع الأكل بعده فوراً؟", bot.KindAnswer, eating},
		},
		{ // Levantine
			{"الحكيم قلي ضرسي بحاجة لعلاج عصب، شو يعني؟", bot.KindAnswer, defined},
			{"وبيوجع؟", bot.KindAnswer, pain},
			{"وبعدها بقدر آكل؟", bot.KindAnswer, eating},
		},
		{ // Gulf, someone else's tooth
			{"ولدي الدكتور قال ضرسه يبي له عصب، وش يعني؟", bot.KindAnswer, defined},
		},
	} {
		runConversation(t, e, conv)
	}
}

// How long, asked after the side effects («وكم يقعد؟», «وقديش بيضل؟», "how long do they last?"), is how
// long they last, which the side-effects section tells («خفيفة ومؤقتة»), not how long the treatment's
// result lasts; a follow-up naming the result still asks of the result.
func TestConv23HowLongAfterSideEffects(t *testing.T) {
	e := mustEngine(t)
	const effects, result = "خفيفة ومؤقتة", "تستمر عدة أشهر"
	for _, conv := range [][]turn{
		{ // Gulf
			{"سويت بوتكس وطلع لي احمرار بسيط مكان الحقن، طبيعي؟", bot.KindAnswer, effects},
			{"وكم يقعد؟", bot.KindAnswer, effects},
		},
		{ // Levantine
			{"اخدت بوتوكس من يومين وعندي تورم خفيف بمكان الحقن، هاد طبيعي؟", bot.KindAnswer, effects},
			{"وقديش بيضل؟", bot.KindAnswer, effects},
		},
		{ // Egyptian
			{"عملت بوتوكس امبارح وفي تورم بسيط مكان الحقنة، ده طبيعي؟", bot.KindAnswer, effects},
			{"وهيفضل قد ايه؟", bot.KindAnswer, effects},
		},
		{ // English
			{"what side effects can botox cause?", bot.KindAnswer, effects},
			{"how long do they last?", bot.KindAnswer, effects},
		},
		{ // the result named
			{"عملت بوتوكس وفي احمرار مكان الابر، طبيعي؟", bot.KindAnswer, effects},
			{"ومفعول البوتوكس قديش بيضل؟", bot.KindAnswer, result},
		},
	} {
		runConversation(t, e, conv)
	}
}
