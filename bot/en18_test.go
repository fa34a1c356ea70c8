package bot_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// An English summary whose heading names nothing asked does not replace the Arabic section found first
// whose heading does, though it holds as much of the question: how LASIK is done is told under the
// Arabic LASIK heading, not by "Vision correction", and how often the laser burns under the Arabic
// complications heading, not by the English urgent-care section that also says "laser".
func TestEnglishSummaryHeadingNamingNothingAsked(t *testing.T) {
	const note = "This answer is from the clinic's Arabic page:\n"
	eye, derma := clinicEngine(t, "eye"), clinicEngine(t, "derma")
	for _, tt := range []struct {
		e       *bot.Engine
		q, want string
	}{
		{eye, "how is lasik done? do they cut into the eye", "في الليزك يصنع الجراح"},
		{derma, "how often do people get burned by the laser?", "المضاعفات غير شائعة"},
	} {
		if r, _ := tt.e.Respond(tt.q, bot.State{}); r.Kind != bot.KindAnswer || !strings.HasPrefix(r.Text, note) || !strings.Contains(r.Text, tt.want) {
			t.Errorf("%q: got %s %q, want the Arabic answer with %q under the note", tt.q, r.Kind, r.Text, tt.want)
		}
	}
}
