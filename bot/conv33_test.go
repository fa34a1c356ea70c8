package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// News that the patient does what the emergency guidance said, without thanks («ماشي رايحين
// المستشفى», "ok driving to the hospital now"), is acknowledged: not answered from a page that names
// the emergency department, nor fallen back on.
func TestActingOnGuidanceIsAcknowledged(t *testing.T) {
	e := mustEngine(t)
	for _, news := range []string{"ماشي رايحين المستشفى", "طيب هنروح الطوارئ دلوقتي", "ok driving to the hospital now", "calling the ambulance"} {
		runConversation(t, e, []turn{
			{"خالتي اخذت ابرة بوتكس قبل ساعة والحين ما تقدر تبلع وتتنفس بصعوبة", bot.KindEmergency, ""},
			{news, bot.KindSmalltalk, ""},
		})
	}
}

// What does not only tell of going stays what it was: a new sign after the guidance is an emergency
// still; a bare "ok" is the acknowledgement it always was.
func TestActingOnGuidanceOnlyAfterIt(t *testing.T) {
	e := mustEngine(t)
	runConversation(t, e, []turn{
		{"خالتي اخذت ابرة بوتكس قبل ساعة والحين ما تقدر تبلع وتتنفس بصعوبة", bot.KindEmergency, ""},
		{"طيب رايحين بس الحين صار وجهها ازرق وما ترد علينا", bot.KindEmergency, ""},
	})
	runConversation(t, e, []turn{
		{"خالتي اخذت ابرة بوتكس قبل ساعة والحين ما تقدر تبلع وتتنفس بصعوبة", bot.KindEmergency, ""},
		{"ok", bot.KindSmalltalk, ""},
	})
}
