package bot_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/knowledge"
)

// flags12Alarms bounds the look-alikes of testdata/flags12.txt that get the emergency reply, counted
// once per clinic a line runs at (an "any" line five times).
const flags12Alarms = 14

// flags14Alarms bounds the look-alikes of testdata/flags14.txt that get the emergency reply, counted
// as flags12Alarms is. The one left is a slight eyelid droop weeks after Botox, which the clinic's own
// rule (knowledge/kb/redflags.txt) sends to be seen on purpose.
const flags14Alarms = 1

// flags16Alarms bounds the look-alikes of testdata/flags16.txt (its first half; the second is held
// out) that get the emergency reply, counted as flags12Alarms is.
const flags16Alarms = 0

// TestFlags12 runs the battery written blind in round 12 (testdata/flags12.txt, no training line of
// the net): every red flag must get the emergency reply at every clinic it names ("any": all five);
// the look-alikes that alarm stay under flags12Alarms.
func TestFlags12(t *testing.T) { runFlagBattery(t, "testdata/flags12.txt", flags12Alarms) }

// TestFlags14 runs the battery written blind at round 14's start (testdata/flags14.txt; its second
// half, held out until then, joined at session 16) as TestFlags12 runs flags12.
func TestFlags14(t *testing.T) { runFlagBattery(t, "testdata/flags14.txt", flags14Alarms) }

// TestFlags16 runs the first half of the battery written blind at round 16 (testdata/flags16.txt)
// as TestFlags12 runs flags12.
func TestFlags16(t *testing.T) { runFlagBattery(t, "testdata/flags16.txt", flags16Alarms) }

// clinicEngines returns an engine for each of the five clinics (the home clinic's embedded pages,
// the others' eval corpus pages) and their names.
func clinicEngines(t *testing.T) (map[string]*bot.Engine, []string) {
	t.Helper()
	engines := map[string]*bot.Engine{"botox": mustEngine(t)}
	for _, c := range []string{"dental", "derma", "eye", "physio"} {
		ix, err := knowledge.Open(os.DirFS(filepath.Join("eval/testdata/clinics", c, "kb")))
		if err != nil {
			t.Fatal(err)
		}
		engines[c] = bot.NewEngine(ix, bot.Config{})
	}
	return engines, []string{"botox", "dental", "derma", "eye", "physio"}
}

// runFlagBattery runs a battery file of E|clinic|message (a red flag: the emergency reply, every
// one) and N|clinic|message (a look-alike: at most maxAlarms of them alarm) lines, "any" meaning all
// five clinics.
func runFlagBattery(t *testing.T, file string, maxAlarms int) {
	runFlagBatteryKnown(t, file, maxAlarms, nil)
}

// runFlagBatteryKnown is runFlagBattery with red flags still missed, each with why: a defect tracked,
// logged rather than failed; one of them caught fails the test (remove it then).
func runFlagBatteryKnown(t *testing.T, file string, maxAlarms int, knownMisses map[string]string) {
	engines, all := clinicEngines(t)
	misses, alarms, looks := 0, 0, 0
	for _, line := range corpusLines(t, file, "") {
		f := strings.SplitN(line, "|", 3)
		if len(f) != 3 || (f[0] != "E" && f[0] != "N") {
			t.Fatalf("%s: bad line %q", file, line)
		}
		clinics := []string{f[1]}
		if f[1] == "any" {
			clinics = all
		}
		for _, c := range clinics {
			e := engines[c]
			if e == nil {
				t.Fatalf("%s: no clinic %q", file, c)
			}
			r, _ := e.Respond(f[2], bot.State{})
			got := r.Kind == bot.KindEmergency
			switch {
			case f[0] == "E" && !got && knownMisses[f[2]] != "":
				misses++
				t.Logf("%s: known miss %q: %s", c, f[2], knownMisses[f[2]])
			case f[0] == "E" && got && knownMisses[f[2]] != "":
				t.Errorf("%s: known miss %q now caught: remove it from the known misses", c, f[2])
			case f[0] == "E" && !got:
				misses++
				t.Errorf("%s: missed %q (%s)", c, f[2], r.Kind)
			case f[0] == "N":
				looks++
				if got {
					alarms++
					t.Logf("%s: look-alike alarms: %q", c, f[2])
				}
			}
		}
	}
	t.Logf("%s: %d misses, %d look-alike alarms of %d", file, misses, alarms, looks)
	if alarms > maxAlarms {
		t.Errorf("%s: %d look-alike alarms, want at most %d", file, alarms, maxAlarms)
	}
}
