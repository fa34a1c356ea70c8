package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// TestArabiziReadingPatternSigns: an Arabizi reading that names a sign only a red flag's own pattern
// knows (a curtain over the sight, a faint spelled «اغما») is read by the Arabic rules, not stopped at
// the gate of the concepts' signs; a question naming neither stays a question.
func TestArabiziReadingPatternSigns(t *testing.T) {
	for _, m := range []string{
		"a3'ma 3alay ba3d el 7o2na",
		"fi stara 3am tenzal 3ala nadhari",
	} {
		if !bot.RedFlag(m) {
			t.Errorf("%q: no red flag", m)
		}
	}
	for _, m := range []string{
		"emta bte5las el stara el jdide bel 3iyade?",
		"kam se3r el nadharat el jdide?",
	} {
		if bot.RedFlag(m) {
			t.Errorf("%q: red flag", m)
		}
	}
}

// TestArabiziFinalI2: a word's final «i2» after a consonant is read «يق» («di2» ضيق), not a short
// word of the rules (دا، دي), so a tightness of breath in an unseen spelling is found.
func TestArabiziFinalI2(t *testing.T) {
	for _, m := range []string{
		"sar fi di2 kteer bel ttanafos",
		"abouy 3ndo di2 3ajeeb fi ttanafos",
	} {
		if !bot.RedFlag(m) {
			t.Errorf("%q: no red flag", m)
		}
	}
}

// TestArabiziShortWordFinalDot: a message too short for the net is read in Arabic letters though it
// names a sign the net's gate knows, and a word's last digit dotted («3'» غ) stays its letter.
func TestArabiziShortWordFinalDot(t *testing.T) {
	for _, m := range []string{"bastafra3' dam", "btestafre3' dam"} {
		if !bot.RedFlag(m) {
			t.Errorf("%q: no red flag", m)
		}
	}
	if bot.RedFlag("kam se3r el dam test?") {
		t.Errorf("a price question: red flag")
	}
}
