package bot_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// ans30Expect asks each question alone and wants an answer whose text holds want.
func ans30Expect(t *testing.T, e *bot.Engine, cases map[string]string) {
	t.Helper()
	for q, want := range cases {
		r, _ := e.Respond(q, bot.State{})
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, want) {
			t.Errorf("%q: got %s %q, want an answer holding %q", q, r.Kind, r.Text, want)
		}
	}
}

// TestAns30PermanentOfTheClinicsSubject: whether the clinic's own subject lasts for good names nothing
// more than "is it permanent?": not the FAQ asking it of one condition (migraine), but the passage
// saying the effect is temporary.
func TestAns30PermanentOfTheClinicsSubject(t *testing.T) {
	ans30Expect(t, mustEngine(t), map[string]string{
		"is botox permanent?": "التأثيرات مؤقتة",
		"botox permanent?":    "التأثيرات مؤقتة",
	})
}

// TestAns30WhoDoesIt: who does the treatment is asked of the doctor, whom the pages name where they
// say who must do it; whom it suits («مين يقدر يسوي بوتوكس؟») is not.
func TestAns30WhoDoesIt(t *testing.T) {
	ans30Expect(t, mustEngine(t), map[string]string{
		"Who should actually do the injection, does it matter who does it?": "مختص مؤهل",
		"مين لازم يسوي الحقن؟":                                              "مختص مؤهل",
		"does it really matter who injects it?":                             "مختص مؤهل",
	})
}

// TestAns30EnglishPhraseInArabizi: "follow up" borrowed by an Arabizi question is the follow-up the
// pages speak of, not letters read as «فلو اب».
func TestAns30EnglishPhraseInArabizi(t *testing.T) {
	ans30Expect(t, mustEngine(t), map[string]string{
		"lazem 23mel follow up ba3d el botox? kel 2addesh?": "بالمتابعة الدورية",
	})
}

// TestAns30AgeItselfAsked: an old mother's chronic headache told, and whether it suits her at this
// age asked, is answered by whether it suits every age, not by the headache's section.
func TestAns30AgeItselfAsked(t *testing.T) {
	ans30Expect(t, mustEngine(t), map[string]string{
		"امي عمرها ٧٢ وتعبانة من الصداع، يصلح لها البوتوكس بهالعمر؟": "يحتاج تقييمًا طبيًا لكل حالة",
	})
}

// TestAns30AskedWhenToGoToAandE: the signs asked ahead that would send the patient to A&E are the
// clinic's urgent care, also named in English letters: told from its English page, in the patient's
// language (TestUrgentCareInPatientsLanguage), where the Arabic «طوارئ العيون» was found first.
func TestAns30AskedWhenToGoToAandE(t *testing.T) {
	ans30Expect(t, fa22Engine(t, "eye"), map[string]string{
		"Before I book LASIK: which symptoms afterwards would mean I need to go to A&E?": "Go to the emergency department straight away",
	})
}
