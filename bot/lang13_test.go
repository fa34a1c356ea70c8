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

// The English page that answers stays the answer when an Arabic passage holds only a whisker more of
// the words both scripts share («بجميع أدويتك» for "everyone says"): the Arabic page replaces it only
// when it holds clearly more of the rest (langSlack).
func TestEnglishPageKeptOnAWhisker(t *testing.T) {
	e := clinicEngine(t, "dental")
	q := "honestly how painful is a root canal? everyone says its the worst thing ever"
	want := "With modern local anaesthesia a root canal feels much like an ordinary filling"
	if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindAnswer || !strings.HasPrefix(r.Text, want) {
		t.Errorf("%q: got %s %q, want an answer opening %q", q, r.Kind, r.Text, want)
	}
}
