package bot_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/faqbot/faqbot/bot"
)

// redFlagFrame wraps a red flag the way patients often do: a greeting or "quick question:" before
// it, "is this normal?" or "please help" after it. ar is the frame for a message in Arabic script,
// la for one in Latin script (English, Arabizi).
type redFlagFrame struct {
	name   string
	ar, la func(string) string
}

var redFlagFrames = []redFlagFrame{
	{"greeting", func(s string) string { return "السلام عليكم " + s }, func(s string) string { return "hi " + s }},
	{"hello doctor", func(s string) string { return "مرحبا دكتور " + s }, func(s string) string { return "hello doctor, " + s }},
	{"is this normal?", func(s string) string { return s + " طبيعي؟" }, func(s string) string { return s + " is this normal?" }},
	{"normal? (عادي)", func(s string) string { return s + " عادي؟" }, func(s string) string { return s + ", is that normal?" }},
	{"please help", func(s string) string { return s + " ساعدوني" }, func(s string) string { return s + " please help" }},
	{"question:", func(s string) string { return "سؤال: " + s }, func(s string) string { return "quick question: " + s }},
}

// redFlagFrameMisses bounds, per frame, the red flags of flags12, flags14 and constructed20 (counted
// once per clinic a line runs at, as runFlagBattery counts) that a frame makes go unflagged. Before
// openingFrame and closingNormal (triage.go): greeting 36, hello doctor 48, is this normal? 99,
// normal? (عادي) 125. Those left under "normal?" are signs only the learned net reads: it learned
// what is asked as normal from the question itself, and read without the question it alarms on
// look-alikes («عيني ترف من امس، عادي؟»), so the question is not taken off for it.
var redFlagFrameMisses = map[string]int{
	"greeting": 0, "hello doctor": 0, "is this normal?": 84, "normal? (عادي)": 115, "please help": 0, "question:": 0,
}

// TestRedFlagFrames wraps every red flag of the batteries in the frames patients put around a sign
// and checks that the frame does not hide it: a greeting, a closing "is this normal?" or "please
// help", or a "quick question:" before it tells nothing that makes the sign less urgent.
func TestRedFlagFrames(t *testing.T) {
	engines, all := clinicEngines(t)
	misses := map[string]int{}
	for _, file := range []string{"testdata/flags12.txt", "testdata/flags14.txt", "testdata/constructed20.txt"} {
		for _, line := range corpusLines(t, file, "") {
			f := strings.SplitN(line, "|", 3)
			if len(f) != 3 || f[0] != "E" {
				continue
			}
			clinics := []string{f[1]}
			if f[1] == "any" {
				clinics = all
			}
			arabic := strings.IndexFunc(f[2], func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) >= 0
			for _, c := range clinics {
				e := engines[c]
				if r, _ := e.Respond(f[2], bot.State{}); r.Kind != bot.KindEmergency {
					continue // the battery's own test reports it
				}
				for _, fr := range redFlagFrames {
					msg := fr.la(f[2])
					if arabic {
						msg = fr.ar(f[2])
					}
					if r, _ := e.Respond(msg, bot.State{}); r.Kind != bot.KindEmergency {
						misses[fr.name]++
						t.Logf("%s: %s: missed %q (%s)", c, fr.name, msg, r.Kind)
					}
				}
			}
		}
	}
	for _, fr := range redFlagFrames {
		t.Logf("%s: %d misses", fr.name, misses[fr.name])
		if misses[fr.name] > redFlagFrameMisses[fr.name] {
			t.Errorf("%s: %d red flags missed, want at most %d", fr.name, misses[fr.name], redFlagFrameMisses[fr.name])
		}
	}
}
