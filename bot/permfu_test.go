package bot_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// A question whether a treatment's effect is for good, or whether it must be done again, is answered
// by a passage saying the effect is temporary, not by the section on when the result shows and how
// many months it stays, which never says whether it wears off.
func TestPermfuTemporaryOverResultSection(t *testing.T) {
	e := mustEngine(t)
	temporary := []string{"مؤقت", "التأثيرات مؤقتة"}
	for _, q := range []string{
		"هل البوتوكس نتيجته دايمة ولا لازم نعيده؟",               // Gulf
		"النتيجه بتكون دايمه ولا لازم اعيده كل كم شهر؟",          // Levantine, asking whether it must be redone
		"is the botox effect permanent or do I need to redo it?", // English
		"do I have to repeat botox or does it stay?",             // redoing, no word for permanent
	} {
		r, _ := e.Respond(q, bot.State{})
		if r.Kind != bot.KindAnswer || !containsAny(r.Text, temporary) {
			t.Errorf("%q: got %s %q, want an answer saying the effect is temporary", q, r.Kind, r.Text)
		}
	}
	// How often it is redone asks the interval: the result section still answers.
	r, _ := e.Respond("لازم اعيد البوتوكس كل قد ايه؟", bot.State{})
	if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, "عدة أشهر") {
		t.Errorf("how often: got %s %q, want the result section", r.Kind, r.Text)
	}
}

// After the section on when the result shows, "and is it permanent?" or «وليش لازم اعيده؟» goes to the
// passage of the page that says the effect is temporary and must be repeated, not the same section.
func TestPermfuFollowUpAfterResultSection(t *testing.T) {
	e := mustEngine(t)
	for _, follow := range []string{"and will it last for good?", "طيب ودايم؟", "يعني لازم اعيده؟"} {
		runConversation(t, e, []turn{
			{"متى تبين نتيجة البوتوكس؟", bot.KindAnswer, "أيام قليلة"},
			{follow, bot.KindAnswer, "مؤقت"},
		})
	}
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// Whether the result comes back, asked after the section on the number of sessions and the result,
// is asked of that section (it tells the top-up sessions), not the after-care section that an «بعد»
// or "after" in the question finds.
func TestPermfuComesBackAfterResultSection(t *testing.T) {
	derma := clinicEngine(t, "derma")
	for _, follow := range []string{"وبعد ما اخلصها بيرجع الشعر؟", "ولما اخلص هيرجع تاني؟"} {
		runConversation(t, derma, []turn{
			{"كم جلسة ليزر لازم للوجه؟", bot.KindAnswer, "من 6 إلى 8 جلسات"},
			{follow, bot.KindAnswer, "جلسة تنشيطية"},
		})
	}
}
