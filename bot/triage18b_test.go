package bot

import (
	"os"
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// TestTriage18b holds the causes fixed at session 18 (lane triage18b) on lines of their own, not the
// battery's: Arabizi self-harm told in the third person with the verb's short form («t2ath nafsaha»),
// the eye spelt «3aini» under a curtain or shadow, the back spelt with the ظ of «6'ahri» beside a
// bladder that will not empty; "lost sight of" something that is no eye.
func TestTriage18b(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"akhooy yabi y2ath nafsah, shu asawi", "self-harm"},
		{"bnti tbi t2az 7alha min ams w ma tkalimna", "self-harm"},
		{"ghaima sooda nazla 3ala 3aini mn el sob7", "vision"},
		{"fi 6ell 3ala 3ainy el yasar min sa3a", "vision"},
		{"mn el sob7 ma 9dart abool w 6'ahri yoja3ni", "nerve compression"},
		{"ubooy ma yigdar ybool w 6ahra yi3awra mn ams", "nerve compression"},
		// Of an eye, "lost sight of" is still the sight lost.
		{"i lost sight of my right eye an hour ago", "vision"},
		{"she lost sight in her left eye this morning", "vision"},
	} {
		if got := flag18(c.text); got != c.want {
			t.Errorf("findRedFlag(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	for _, text := range []string{
		// Lost sight of a date or a form: a figure of speech.
		"we totally lost sight of the deadline for the glasses voucher, is it too late?",
		"sorry I lost sight of your message, can I still book for Monday?",
	} {
		if got := flag18(text); got != "" {
			t.Errorf("findRedFlag(%q) = %q, want none", text, got)
		}
	}
	// Taking a deep breath («a5ath nafas») is no harm to oneself: the short form needs its hamza.
	for _, text := range []string{"akhath nafas 3ameeq gabl el ibra", "a5ath nafas w ertaa7"} {
		if got := flag18(text); got == "self-harm" {
			t.Errorf("findRedFlag(%q) = %q", text, got)
		}
	}
}

// TestTriage18bLongStanding: halos told as there for a month or two («صار لي شهرين», «sarli shahr»)
// are long-standing, not the sudden sign the eye pages send to urgent care; told as today, they are.
func TestTriage18bLongStanding(t *testing.T) {
	ix, err := knowledge.Open(os.DirFS("eval/testdata/clinics/eye/kb"))
	if err != nil {
		t.Fatal(err)
	}
	e := NewEngine(ix, Config{})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"من بعد عملية الليزر صارلي شهرين اشوف هالات ووهج حول الاضواء بالليل", false},
		{"sarli shahr b shoof halat 7awl el adwa2 bel lel ba3d el lasik", false},
		{"عيني حمرا ووجع شديد وصداع واشوف هالات ملونه حول الاضواء وجاني غثيان", true},
	} {
		if got := e.RedFlag(c.text); got != c.want {
			t.Errorf("eye RedFlag(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
