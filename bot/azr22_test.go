package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// TestAzr22NetSawArabizi: an Arabizi message of three words or more that names a sign the net's gate
// knows, which the net let pass, is read in Arabic letters still; one that tells a normal cause or has
// a word the reading leaves unread is not.
func TestAzr22NetSawArabizi(t *testing.T) {
	for _, m := range []string{
		"emi btestafre3' dam",
		"a3'ma 3ala abouy hala2",
		"zawji btestafre3' dam men el sob7",
		"ukhti a3'ma 3aleha fel ma6bakh",
	} {
		if !bot.RedFlag(m) {
			t.Errorf("%q: no red flag", m)
		}
	}
	for _, m := range []string{
		"ma a2dar atnaffas mn el khof lamma ashoof el ibra",
		"ana bkhaf mn el dam w ba3'ma lamma ashoofo",
		"sadri kan yuja3ni mbare7 w halla2 mni7 el 7amdilla",
	} {
		if bot.RedFlag(m) {
			t.Errorf("%q: red flag", m)
		}
	}
}
