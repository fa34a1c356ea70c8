package bot_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/knowledge"
)

// The red flags the pages of the eval corpus's clinics send to urgent care, told by a patient now,
// and what is not one there (testdata/clinic-flags/<clinic>.txt: "E|message" must get the
// emergency reply, "N|message" must not), answered by the engine over that clinic's pages alone.
func TestClinicPagesRedFlags(t *testing.T) {
	files, err := filepath.Glob("testdata/clinic-flags/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no clinic-flags files: %v", err)
	}
	for _, f := range files {
		clinic := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(clinic, func(t *testing.T) {
			ix, err := knowledge.Open(os.DirFS(filepath.Join("eval/testdata/clinics", clinic, "kb")))
			if err != nil {
				t.Fatal(err)
			}
			e := bot.NewEngine(ix, bot.Config{})
			file, err := os.Open(f)
			if err != nil {
				t.Fatal(err)
			}
			defer file.Close()
			sc := bufio.NewScanner(file)
			n := 0
			for sc.Scan() {
				want, msg, ok := strings.Cut(sc.Text(), "|")
				if !ok {
					continue
				}
				n++
				r, _ := e.Respond(msg, bot.State{})
				if got := r.Kind == bot.KindEmergency; got != (want == "E") {
					t.Errorf("%s: Respond(%q).Kind = %s", clinic, msg, r.Kind)
				}
			}
			if n == 0 {
				t.Errorf("%s: no cases", f)
			}
		})
	}
}
