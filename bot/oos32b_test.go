package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// TestOos32bElectricToothbrush: an electric toothbrush is one thing, a device the dental pages never
// name; its «كهربا» is not the tingling told as electricity (in the group of «تنميل»), which answered
// it with the numb lip after a wisdom tooth comes out.
func TestOos32bElectricToothbrush(t *testing.T) {
	oos32Fallback(t, fa22Engine(t, "dental"),
		"الفرشه الكهربا احسن من العاديه؟",
		"تنصحون بفرشاة أسنان كهربائية؟",
		"is an electric toothbrush better than a manual one?")
}

// TestOos32bOtherTreatmentsPassageNoAnswer: a question naming a treatment or procedure the pages know
// (an X-ray) and a condition (pregnancy), which no passage holds together, is not answered by the
// passage headed with another treatment that holds only the condition (whitening is not for the
// pregnant): it says that of whitening, nothing of X-rays.
func TestOos32bOtherTreatmentsPassageNoAnswer(t *testing.T) {
	oos32Fallback(t, fa22Engine(t, "dental"),
		"I'm pregnant, can I have a dental x-ray?",
		"is a dental x-ray safe in pregnancy?")
}

// TestOos32bSomethingOtherThanTheNamed: a question asking for something other than the treatment it
// names («لا تسمح بالليزك، فهل بقي لي حل آخر؟») is answered by a passage on another treatment.
func TestOos32bSomethingOtherThanTheNamed(t *testing.T) {
	e := fa22Engine(t, "eye")
	q := "عندي قصر نظر شديد وتعبت من النظارات السميكة، والطبيب قال قرنيتي رقيقة وما تسمح بالليزك، هل فيه حل آخر؟"
	if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindAnswer {
		t.Errorf("%q: got %s %q, want an answer", q, r.Kind, r.Text)
	}
}
