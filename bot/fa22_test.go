package bot_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/knowledge"
)

// fa22Engine answers over one eval clinic's pages alone.
func fa22Engine(t *testing.T, clinic string) *bot.Engine {
	t.Helper()
	ix, err := knowledge.Open(os.DirFS(filepath.Join("eval/testdata/clinics", clinic, "kb")))
	if err != nil {
		t.Fatal(err)
	}
	return bot.NewEngine(ix, bot.Config{})
}

// fa22Check wants the emergency reply for every message of alarm and for none of calm.
func fa22Check(t *testing.T, e *bot.Engine, alarm, calm []string) {
	t.Helper()
	for _, m := range alarm {
		if r, _ := e.Respond(m, bot.State{}); r.Kind != bot.KindEmergency {
			t.Errorf("Respond(%q).Kind = %s, want emergency", m, r.Kind)
		}
	}
	for _, m := range calm {
		if r, _ := e.Respond(m, bot.State{}); r.Kind == bot.KindEmergency {
			t.Errorf("Respond(%q) = emergency, want none", m)
		}
	}
}

// TestFA22BlurYearsAfter: a blur told as come back years after an operation done long ago is a
// question for the pages (the lens's capsule clouding), like one told "years after"; sight lost
// suddenly, or pain and redness after it, is still a red flag however long ago the operation was.
func TestFA22BlurYearsAfter(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"I had my lens surgery three years ago and suddenly I can't see anything out of my left eye",
		"my operation was a year ago and since this morning there is a dark curtain over my vision",
		"سويت العملية قبل سنتين واليوم فجأة نظري راح من عيني اليمين",
		"blurry vision and a very red painful eye two days after my operation",
	}, []string{
		"my dad had the lens operation four years ago and his sight looks blurry again lately, is that normal after it?",
		"had the surgery a year ago and things look blurry again, does it come back?",
	})
}

// TestFA22BareBlocked: «ساد» is "blocked" (food stuck in the throat) only without the article:
// with it («الساد») it names a condition, and asking whether to fast before its operation is no
// trouble swallowing.
func TestFA22BareBlocked(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"كل ما اكل احس الاكل ساد بحلقي وما ينزل",
		"الطعام واقف بحلقي وما اقدر ابلع",
	}, []string{
		"هل لازم اكون صايم قبل عملية الساد ولا عادي اتناول الطعام الصبح؟",
	})
}

// TestFA22ComingBack: «ترجع» of coming back home is no vomiting after an operation; vomiting told
// by the same verb, with nowhere to go back to, still is.
func TestFA22ComingBack(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"بعد عملية عيني امس صار عندي وجع شديد وبترجع كل شوي",
	}, []string{
		"ابوي رح يعمل عملية بعينه، بيبات بالمستشفى ولا بيرجع عالبيت نفس اليوم؟",
	})
}
