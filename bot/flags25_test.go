package bot_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// flags25Alarms bounds the look-alikes of testdata/flags25.txt (the battery written blind at session
// 23, held out whole until session 25) that get the emergency reply, counted as flags12Alarms is. At
// release it missed 17 of its 440 red flags (9 messages) and alarmed on 15 of its 239 look-alikes.
const flags25Alarms = 15

// flags25Known lists the red flags of testdata/flags25.txt the engine still misses, each a tracked
// defect with why it is not read yet; TestFlags25 fails on any other miss, and logs a listed one that
// is now caught so it can leave the list.
var flags25Known = map[string]string{
	"ba3d el botox lal ras, 2idayye t2elo w halla2 ejreye kamen 3am yda3fo": "not read yet (session 25 start)",
}

// TestFlags25 runs testdata/flags25.txt as TestFlags12 runs flags12, but for the tracked defects of
// flags25Known.
func TestFlags25(t *testing.T) {
	engines, all := clinicEngines(t)
	misses, alarms, looks := 0, 0, 0
	for _, line := range corpusLines(t, "testdata/flags25.txt", "") {
		f := strings.SplitN(line, "|", 3)
		if len(f) != 3 || (f[0] != "E" && f[0] != "N") {
			t.Fatalf("flags25: bad line %q", line)
		}
		clinics := []string{f[1]}
		if f[1] == "any" {
			clinics = all
		}
		for _, c := range clinics {
			e := engines[c]
			if e == nil {
				t.Fatalf("flags25: no clinic %q", c)
			}
			r, _ := e.Respond(f[2], bot.State{})
			got := r.Kind == bot.KindEmergency
			why, known := flags25Known[f[2]]
			switch {
			case f[0] == "E" && !got && known:
				misses++
				t.Logf("%s: known miss %q (%s): %s", c, f[2], r.Kind, why)
			case f[0] == "E" && !got:
				misses++
				t.Errorf("%s: missed %q (%s)", c, f[2], r.Kind)
			case f[0] == "E" && known:
				t.Logf("%s: listed miss now caught, drop it from flags25Known: %q", c, f[2])
			case f[0] == "N":
				looks++
				if got {
					alarms++
					t.Logf("%s: look-alike alarms: %q", c, f[2])
				}
			}
		}
	}
	t.Logf("flags25: %d misses, %d look-alike alarms of %d", misses, alarms, looks)
	if alarms > flags25Alarms {
		t.Errorf("flags25: %d look-alike alarms, want at most %d", alarms, flags25Alarms)
	}
}
