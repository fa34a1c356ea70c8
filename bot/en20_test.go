package bot_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// An English summary page found first for its own words gives way to the one Arabic section that
// holds as much of the question and says it in detail; where several Arabic sections tie, the
// summary that sums them up stays the answer.
func TestSummaryGivesWayToTheOneDetailedSection(t *testing.T) {
	for _, c := range []struct{ clinic, q, want string }{
		{"derma", "who is subcision for?", "فصل الألياف تحت الجلد"},
		{"physio", "can my wife sit in on my sessions?", "حضور أحد أفراد الأسرة"},
		{"derma", "could you just zap a mole off with the laser?", "لا نزيل الشامات بالليزر قبل فحصها"},
		{"dental", "just had a tooth pulled, what do i do now?", "Bite on the gauze"},
	} {
		r, _ := clinicEngine(t, c.clinic).Respond(c.q, bot.State{})
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, c.want) {
			t.Errorf("%s %q: %s %q, want an answer with %q", c.clinic, c.q, r.Kind, r.Text, c.want)
		}
	}
}
