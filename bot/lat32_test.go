package bot_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// When to go to the emergency department, asked in English, is answered by the clinic's English
// urgent-care passage, not by the Arabic page's list found first for the treatment it also names; an
// Arabic question keeps the Arabic list.
func TestUrgentCareInPatientsLanguage(t *testing.T) {
	e := clinicEngine(t, "dental")
	for _, q := range []string{
		"Just so I know before my extraction: what signs afterwards would mean I have to go to A&E?",
		"getting my wisdom tooth out soon, which signs after it mean I should go to the ER?",
	} {
		r, _ := e.Respond(q, bot.State{})
		if want := "Go to the nearest emergency department"; r.Kind != bot.KindAnswer || !strings.Contains(r.Text, want) {
			t.Errorf("%q: %s %q, want an answer with %q", q, r.Kind, r.Text, want)
		}
	}
	// Found first in English, it stays, though the Arabic children's emergencies hold more of the
	// question; found after the Arabic list by far, it still answers.
	for _, c := range []struct{ clinic, q, want string }{
		{"dental", "what are the warning signs after an extraction that mean I should go to A&E? just asking before my appointment", "Go to the nearest emergency department"},
		{"derma", "Just asking before I book a peel: what signs afterwards would mean I have to go to the ER?", "swelling of the lips, tongue or throat"},
	} {
		r, _ := clinicEngine(t, c.clinic).Respond(c.q, bot.State{})
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, c.want) {
			t.Errorf("%s %q: %s %q, want an answer with %q", c.clinic, c.q, r.Kind, r.Text, c.want)
		}
	}
	r, _ := e.Respond("متى لازم اروح الطوارئ بعد خلع ضرس العقل؟", bot.State{})
	if want := "قسم طوارئ"; r.Kind != bot.KindAnswer || !strings.Contains(r.Text, want) {
		t.Errorf("Arabic: %s %q, want an answer with %q", r.Kind, r.Text, want)
	}
}

// An appointment the patient has, told in Arabizi («3andi maw3ed», «maw3edi bokra», «w maw3ed … bokra»
// as Arabic's «وموعد»), frames the question as it does in Arabic letters; asking for one still goes to
// staff. So does how long an appointment is with a word (a slip) before it.
func TestArabiziAppointmentHeldIsNoBooking(t *testing.T) {
	e := clinicEngine(t, "derma")
	for _, q := range []string{
		"3andi maw3ed bokra lal laser, fini a7ot kreem abl?",
		"maw3edi bokra lal peeling, fini a7ot kreem abl?",
		"3ande so5ne 5afife w maw3ed ebret el sadafiye bokra, bo5ida wala bstanna?",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind == bot.KindHandoff {
			t.Errorf("%q: %s %q, want no booking", q, r.Kind, r.Text)
		}
	}
	for _, q := range []string{"abi maw3ed bokra", "baddi a7jez maw3ed bokra lal laser"} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindHandoff {
			t.Errorf("%q: %s %q, want a booking handoff", q, r.Kind, r.Text)
		}
	}
	if r, _ := clinicEngine(t, "physio").Respond("how long is the frist appointment? need to tell my boss", bot.State{}); r.Kind == bot.KindHandoff {
		t.Errorf("how long is the frist appointment: %s %q, want no booking", r.Kind, r.Text)
	}
}
