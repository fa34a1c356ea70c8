package bot_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// convoSection runs a conversation and returns the section the last reply came from ("" when it
// cites none), failing when that reply is no answer.
func convoSection(t *testing.T, e *bot.Engine, msgs ...string) string {
	t.Helper()
	var st bot.State
	var r bot.Reply
	for _, m := range msgs {
		r, st = e.Respond(m, st)
	}
	if r.Kind != bot.KindAnswer {
		t.Errorf("%q: last reply is %s, want an answer", msgs, r.Kind)
		return ""
	}
	if len(r.Sources) == 0 {
		return ""
	}
	return r.Sources[0].Section
}

// A patient's "fix" is treating: "can it be fixed?" after bleeding gums asks how gum disease is
// treated, not about the English FAQ on braces whose "Fixed braces" shared the word. A question about
// fixed braces is still one about braces.
func TestConvoFixIsTreating(t *testing.T) {
	e := fa22Engine(t, "dental")
	for _, c := range [][]string{
		{"my gums are bleeding every time I floss", "is that fixable, can it be fixed?"},
		{"my gums bleed when i brush my teeth", "how would you fix that?"},
	} {
		if sec := convoSection(t, e, c...); strings.Contains(sec, "aligners") || strings.Contains(sec, "braces") {
			t.Errorf("%q: answered from %q, want the gums' treatment", c, sec)
		}
	}
	for _, m := range []string{"are fixed braces better than clear aligners?", "how long do people wear fixed braces?"} {
		r, _ := e.Respond(m, bot.State{})
		if r.Kind != bot.KindAnswer || len(r.Sources) == 0 ||
			!strings.Contains(r.Sources[0].Section, "aligners") && !strings.Contains(r.Sources[0].Section, "تقويم") {
			t.Errorf("Respond(%q) = %s %v, want the braces' answer", m, r.Kind, r.Sources)
		}
	}
}

// «وش أول شي بتشتغلوا عليه؟» after when rehabilitation starts after a ligament operation asks what the
// physiotherapists work on first (the section's «الأهداف الأولى»), not about going back to one's job
// («العودة إلى العمل» on the back-pain page). A question about work as a job still finds that section.
func TestConvoWhatTheyWorkOn(t *testing.T) {
	e := fa22Engine(t, "physio")
	opening := "سويت عملية رباط صليبي بالركبة قبل اسبوع، متى ابدا التأهيل؟"
	for _, f := range []string{"طيب وشو أول شي رح تشتغلوا عليه؟", "وايش اول شي بيشتغلون عليه؟"} {
		if sec := convoSection(t, e, opening, f); !strings.Contains(sec, "الرباط الصليبي") {
			t.Errorf("%q after the ligament rehab: answered from %q, want that section", f, sec)
		}
	}
	r, _ := e.Respond("ظهري يوجعني، متى اقدر ارجع للدوام في المكتب؟", bot.State{})
	if r.Kind != bot.KindAnswer || len(r.Sources) == 0 || !strings.Contains(r.Sources[0].Section, "العمل") {
		t.Errorf("back to work: %s %v, want the section on returning to work", r.Kind, r.Sources)
	}
}
