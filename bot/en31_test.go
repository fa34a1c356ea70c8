package bot_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// An English FAQ answer holding every concept of the question the detailed Arabic section holds is the
// answer in the patient's language, not a summary giving way to the section it sums up.
func TestEnglishFAQHoldingAllStays(t *testing.T) {
	for _, c := range []struct{ clinic, q, want string }{
		{"dental", "I'm breastfeeding, can I have my teeth whitened?", "We do not whiten teeth for pregnant or breastfeeding women"},
		{"dental", "I'm pregnant, is whitening my teeth ok?", "We do not whiten teeth for pregnant or breastfeeding women"},
	} {
		r, _ := clinicEngine(t, c.clinic).Respond(c.q, bot.State{})
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, c.want) {
			t.Errorf("%s %q: %s %q, want an answer with %q", c.clinic, c.q, r.Kind, r.Text, c.want)
		}
	}
}

// A follow-up answered by the English FAQ just shown, which says what is asked ("Results usually last one
// to three years"), is not taken to the Arabic page as though the FAQ held nothing said in both languages.
func TestFollowUpStaysOnEnglishFAQ(t *testing.T) {
	e := clinicEngine(t, "dental")
	_, st := e.Respond("I'm pregnant, can I get my teeth whitened before the baby comes?", bot.State{})
	r, _ := e.Respond("what about after I stop breastfeeding, how long would the results last?", st)
	if want := "Results usually last one to three years"; r.Kind != bot.KindAnswer || !strings.Contains(r.Text, want) {
		t.Errorf("%s %q, want an answer with %q", r.Kind, r.Text, want)
	}
}

// English words the Arabic pages say otherwise reach the passage that says them (knowledge/lang).
func TestEnglishWordsThePagesSayOtherwise(t *testing.T) {
	for _, c := range []struct{ clinic, q, want string }{
		{"derma", "I get cold sores sometimes, can I have a peel?", "الهربس"},
		{"physio", "I tore my meniscus, will I need surgery?", "الغضروف الهلالي"},
		{"eye", "when am I allowed to drive after cataract surgery?", "يسمح الطبيب"},
	} {
		r, _ := clinicEngine(t, c.clinic).Respond(c.q, bot.State{})
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, c.want) {
			t.Errorf("%s %q: %s %q, want an answer with %q", c.clinic, c.q, r.Kind, r.Text, c.want)
		}
	}
	r, _ := mustEngine(t).Respond("can botox get rid of the lines on my forehead?", bot.State{})
	if want := "الخطوط الدقيقة"; r.Kind != bot.KindAnswer || !strings.Contains(r.Text, want) {
		t.Errorf("%s %q, want an answer with %q", r.Kind, r.Text, want)
	}
}

// What may be done between appointments asks of the treatment's course, not for a booking; a booking
// asked beside it still goes to staff.
func TestBetweenAppointmentsIsNoBooking(t *testing.T) {
	e := clinicEngine(t, "derma")
	r, _ := e.Respond("Can I still wax my legs in between laser appointments?", bot.State{})
	if r.Kind != bot.KindAnswer {
		t.Errorf("between appointments: %s %q, want an answer", r.Kind, r.Text)
	}
	r, _ = e.Respond("can I book an appointment between sessions?", bot.State{})
	if r.Kind != bot.KindHandoff {
		t.Errorf("booking between sessions: %s %q, want a handoff", r.Kind, r.Text)
	}
}
