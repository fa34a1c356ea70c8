package bot_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// TestArabiziReadInArabic: a red flag in Arabizi spellings the Arabizi rules were never shown is read
// in Arabic letters and found by the Arabic rules («anhy 7yaty», «anhi 7ayati»: انهي حياتي); a
// question in Arabizi that names no sign stays a question.
func TestArabiziReadInArabic(t *testing.T) {
	for _, m := range []string{
		"aby anhy 7yaty ma 3ad feeni",
		"baddi anhi 7ayati ma 3ad fiyye",
	} {
		if !bot.RedFlag(m) {
			t.Errorf("%q: no red flag", m)
		}
	}
	for _, m := range []string{
		"kam se3r el jalse w emta btefta7o?",
		"el nata2eg btefdal ad eh?",
		"fi akl mamnou3 3ala marid el sadafiye?",
	} {
		if bot.RedFlag(m) {
			t.Errorf("%q: red flag", m)
		}
	}
}

// TestArabicLookalikesAzr20: what the Arabizi reading showed the Arabic rules missing, in Arabic: a fear
// of what a supposition brings, a «صعبه» denied, a blur told slight and asked as normal, «فيني» (can
// I be called) that is no trouble; and the signs themselves still found.
func TestArabicLookalikesAzr20(t *testing.T) {
	for _, m := range []string{
		"انا خايفه اذا عملت بوتكس ما اقدر احكي منيح",
		"مفيش عندي اي صعبه في البلع ولا تعب بس بدي اأكد الموعد",
		"العين مزغللة شوية بعد العملية، عادي؟",
		"ممكن حدا يتصل فيني؟ بدي احكي مع موظف مش بوت",
	} {
		if bot.RedFlag(m) {
			t.Errorf("%q: red flag", m)
		}
	}
	for _, m := range []string{
		"ما فيني احكي ولساني ثقيل من ساعة",
		"خايفه ومن الصبح ما اقدر احكي",
	} {
		if !bot.RedFlag(m) {
			t.Errorf("%q: no red flag", m)
		}
	}
}

// TestAzr20Fresh runs testdata/azr20-fresh.txt, red flags and look-alikes of flags12 and flags19
// written in Arabizi by hand before the engine's Arabizi word lists were read, none of its spellings
// added as a term: the check that the Arabizi reading generalises. Its misses and alarms are bounded at
// what the lane reached (the start code: 56 missed, 76 alarms).
func TestAzr20Fresh(t *testing.T) {
	const maxMisses, maxAlarms = 10, 77
	engines, all := clinicEngines(t)
	misses, alarms := 0, 0
	for _, line := range corpusLines(t, "testdata/azr20-fresh.txt", "") {
		f := strings.SplitN(line, "|", 3)
		if len(f) != 3 || (f[0] != "E" && f[0] != "N") {
			t.Fatalf("bad line %q", line)
		}
		clinics := []string{f[1]}
		if f[1] == "any" {
			clinics = all
		}
		for _, c := range clinics {
			r, _ := engines[c].Respond(f[2], bot.State{})
			if f[0] == "E" && r.Kind != bot.KindEmergency {
				misses++
			}
			if f[0] == "N" && r.Kind == bot.KindEmergency {
				alarms++
			}
		}
	}
	if misses > maxMisses || alarms > maxAlarms {
		t.Errorf("azr20-fresh: %d missed (at most %d), %d alarms (at most %d)", misses, maxMisses, alarms, maxAlarms)
	}
	t.Logf("azr20-fresh: %d missed, %d alarms", misses, alarms)
}
