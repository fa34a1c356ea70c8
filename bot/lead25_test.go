package bot_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/knowledge"
)

// TestLead25RiskOfLosingSight: whether a condition or a treatment can lead to losing one's sight
// («ممكن تؤدي لفقدان البصر؟», «ممكن افقد نظري من العملية؟») is asked in general; sight lost now, with
// the same question after it, still alarms.
func TestLead25RiskOfLosingSight(t *testing.T) {
	flag23Check(t,
		[]string{"فجأة ما صرت اشوف بعيني اليمين، ممكن افقد نظري؟",
			"ضربتني كورة بعيني وما اشوف، ممكن افقد نظري؟"},
		[]string{"الضغط العالي ممكن يؤدي لفقدان البصر؟",
			"ممكن افقد نظري من عملية الليزر؟",
			"السكري بيودي للعمى؟"})
}

// TestLead25AccidentalCut: a cut while shaving or cooking is an accident (the net, retrained at
// session 25's spend, took one for self-harm); cutting oneself meant still alarms.
func TestLead25AccidentalCut(t *testing.T) {
	flag23Check(t,
		[]string{"ابي اجرح نفسي بالموس، تعبت من كل شي",
			"I keep thinking about cutting myself with a razor"},
		[]string{"جرحت صبعي وانا اطبخ وينزل دم شوي، وش احط عليه؟",
			"I nicked my chin while shaving after the laser, is that ok?",
			"الموس جرحني وانا احلق دقني، في كريم؟"})
}

// TestLead25SmellSpelled: «رائحة» (smell) folds as «ريحة», as patients write it, not as «رايحة»
// (going, a stop word): a bad smell from the mouth, asked in the dialects, reaches the page that names
// «رائحة فم كريهة».
func TestLead25SmellSpelled(t *testing.T) {
	if a, b := knowledge.Words("الرائحة الكريهة"), knowledge.Words("الريحة الكريهة"); !slices.Equal(a, b) || len(a) != 2 {
		t.Errorf("Words: «الرائحة الكريهة» %q, «الريحة الكريهة» %q: want the same two words", a, b)
	}
	e := clinicEngine(t, "dental")
	for _, q := range []string{"ريحة فمي مو حلوة حتى بعد الفرشاة", "ريحة تمي مش منيحة ابدا"} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindAnswer || !strings.Contains(r.Text, "رائحة فم كريهة") {
			t.Errorf("%q: %s %.60q, want the answer naming «رائحة فم كريهة»", q, r.Kind, r.Text)
		}
	}
}
