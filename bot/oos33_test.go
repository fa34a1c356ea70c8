package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// A treatment of several words that no passage holds together (the pages have «الخطوط» and
// «البيضاء», «العلاج» and «الماء», but never in one passage) is not the clinic's: the question falls
// back instead of taking a passage that shares a word. Beside a treatment the pages do know, or when
// a word of it is what is asked («العلاج طبيعي؟», is it normal), the pages still answer.
func TestOOS33UnsaidTopicFallsBack(t *testing.T) {
	cases := []struct {
		clinic string
		msgs   []string
		want   bot.Kind
	}{
		{"derma", []string{
			"بطني صار فيه علامات تمدد بعد الحمل، تعالجونها؟",
			"do you treat stretch marks on the thighs?",
		}, bot.KindFallback},
		{"physio", []string{
			"هل في عندكم علاج بالماء بمسبح؟",
			"is there a hydrotherapy pool I could use for my knee?",
		}, bot.KindFallback},
		{"derma", []string{
			"بعد العلاج طبيعي الجلد يقشر؟",
			"عندي تقرحات في الفم من الروكتان",
		}, bot.KindAnswer},
		{"physio", []string{
			"امي بتعمل تبديل ركبة، متى بتمشي بعد العملية؟",
			"تسوون شد الفقرات بالجهاز؟",
		}, bot.KindAnswer},
	}
	for _, c := range cases {
		e := fa22Engine(t, c.clinic)
		for _, m := range c.msgs {
			if r, _ := e.Respond(m, bot.State{}); r.Kind != c.want {
				t.Errorf("%s: Respond(%q).Kind = %s, want %s", c.clinic, m, r.Kind, c.want)
			}
		}
	}
}
