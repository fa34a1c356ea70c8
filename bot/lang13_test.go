package bot_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// An English question is not moved from the Arabic section found to the English summary when the
// summary lacks some of what the section holds and its heading says less of the question:
// «كيف نفحص الجلوكوما؟» answers how long the glaucoma check takes, not "Cataract surgery" for
// sharing "take" and "home" with it.
func TestArabicSectionWhoseHeadingSaysMore(t *testing.T) {
	const note = "This answer is from the clinic's Arabic page:\n"
	e := clinicEngine(t, "eye")
	for _, q := range []string{
		"how long does the glaucoma check take? can I drive myself home after?",
		"how long does the glaucoma check take and can I drive home after it",
	} {
		want := note + "الفحص سهل وغير مؤلم"
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindAnswer || !strings.HasPrefix(r.Text, want) {
			t.Errorf("%q: got %s %q, want an answer opening %q", q, r.Kind, r.Text, want)
		}
	}
}
