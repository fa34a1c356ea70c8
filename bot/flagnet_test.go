package bot

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

func triageOf(msg string) string {
	flag, _ := universal.triage(padded(triageWords(msg, knowledge.Words(msg))))
	return flag
}

// The net catches emergencies told in words no rule has (written for this test, in none of the
// training lines), and nothing else changes: without it the rules find nothing in them.
func TestNetCatchesWhatRulesMiss(t *testing.T) {
	msgs := []string{
		"جدتي من الصبح تهذري وما تعرفنا",
		"حسيت الدنيا تلف فيني وطحت ما دريت عن نفسي",
		"ولدي بلع عملة معدنية وقاعد يكح بقوة",
		"my wife is grey and sweaty and says her jaw and arm ache",
		"الجرح صار اسود وريحته كريهة والحمى عالية",
		"بنتي ما بلت من يوم وفمها ناشف وخاملة",
	}
	// "my husband took all his insulin at once" was one until session 37, whose net (threshold 0.32)
	// no longer caught it: a rule reads a medicine taken all at once (TestSpend37Flags37).
	for _, m := range msgs {
		if got := triageOf(m); got != "net" {
			t.Errorf("triage(%q) = %q, want the net's flag", m, got)
		}
	}
	WithoutNet(t)
	for _, m := range msgs {
		if got := triageOf(m); got != "" {
			t.Errorf("rules alone: triage(%q) = %q: no longer a line only the net catches", m, got)
		}
	}
}

// The net is held to what the rules are: a denied, feared or general mention is none.
func TestNetHeldToReports(t *testing.T) {
	for _, m := range []string{
		"هل ممكن الجرح يصير اسود وريحته كريهة والحمى عالية بعد العملية؟",
		"اخاف ولدي يبلع عملة معدنية ويقعد يكح بقوة",
	} {
		if got := triageOf(m); got != "" {
			t.Errorf("triage(%q) = %q, want none", m, got)
		}
	}
}

// A word or two give the net too little to go on: it is not asked («three» came as the answer to a
// WhatsApp menu and got the emergency guidance).
func TestNetNotAskedOfAWordOrTwo(t *testing.T) {
	for _, m := range []string{"three", "seven", "now", "الحين", "ساعدوني", "three please"} {
		if got := triageOf(m); got != "" {
			t.Errorf("triage(%q) = %q, want none", m, got)
		}
	}
}

// Text naming no sign, body part, state or urgency lies outside what the net learned from: it is
// not asked (a file name among direction marks, as a spoofer might send, scored as an emergency).
func TestNetNotAskedWithoutASign(t *testing.T) {
	for _, m := range []string{"invoice \u202Efdp.exe\u202C and \u2067isolated\u2069 \u202Aembedded\u202C \u202Bx\u202C \u202Dy\u202C \u2066z\u2069 \u2068w\u2069"} {
		if got := triageOf(m); got != "" {
			t.Errorf("triage(%q) = %q, want none", m, got)
		}
	}
}

// The gate's index finds a term exactly where its rule would, on every red flag and look-alike line.
func TestNetGateAsTheRule(t *testing.T) {
	t.Parallel() // long under the race detector, and reads only
	rule := []flagRules{{"sign", []symptomRule{netGateRule}}}
	n := 0
	for _, file := range []string{"testdata/redflags.txt", "testdata/not-redflags.txt"} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			pt := newPadText(TriageText(line))
			if got, want := netGate.holds(strings.Fields(pt.s)), symptomIn(rule, &pt) != ""; got != want {
				t.Errorf("%q: index %v, rule %v", line, got, want)
			}
			n++
		}
	}
	if n < 1000 {
		t.Fatalf("only %d lines read", n)
	}
}

// The committed weights are what the generator makes of the repo's lines, byte for byte: the
// training is deterministic and the weights are not stale.
func TestFlagnetRegenerates(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the net 25 times")
	}
	out := filepath.Join(t.TempDir(), "flagnet.bin")
	cmd := exec.Command("go", "run", "./internal/flagnet/gen", "-out", out)
	var msg bytes.Buffer
	cmd.Stdout, cmd.Stderr = &msg, &msg
	// The generator is its own process, sharing nothing with this one: started before t.Parallel,
	// it builds and trains on a core the serial tests leave idle, while they run.
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Parallel()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("generator: %v\n%s", err, msg.Bytes())
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, flagnetData) {
		t.Errorf("flagnet.bin is not what go generate makes of the training lines: run go generate ./bot")
	}
}
