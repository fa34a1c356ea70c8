package eval_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/eval"
)

// tuneBars is what the engine must score on each clinic's TUNE half (percent): answers (single
// cases expecting an answer), total (all single cases) and conversations. Every emergency, single or
// in a conversation, must pass. Set each bar a little below the clinic's score when it is added; a
// clinic folder without a row fails the test, printing its figures. Sealed halves are never graded
// here: `faqbot eval --corpus DIR --half sealed` measures them, by hand, after tuning.
var tuneBars = []struct {
	clinic                string
	answers, total, convs float64
}{
	// Measured on 2026-12-03 at the end of round 3, after its sealed halves were scored once and,
	// spent, joined the tune halves (round 4's fresh sealed halves replaced them), with the red-flag
	// fixes of their misses: botox answers 163/220, total 280/341, conversations 39/62; dental 162/233,
	// 265/347, 20/62; derma 147/210, 248/319, 17/62; eye 133/215, 231/325, 17/62; physio 150/217,
	// 250/328, 22/60. Every emergency passes (313); one false alarm. Raised after the page-title
	// ranking (a page's opening earns no heading credit; a page titled with what is asked gains):
	// botox 162/220, 279/341, 39/62; dental 166/233, 269/347, 21/62; derma 148/210, 248/319, 16/62;
	// eye 135/215, 234/325, 18/62; physio unchanged. Raised after the passage choice of the
	// rank3 round (how long wants a span of time, denied signs are not searched for, an FAQ answer's
	// text counts less): botox 163/220, 280/341, 40/62; dental 169/233, 272/347, 21/62; derma
	// 151/210, 251/319, 16/62; eye 139/215, 238/325, 19/62; physio 152/217, 252/328, 22/60; then
	// with a list's excerpt not cut by its heading's words, physio 155/217, 255/328, 23/60.
	// Conversations raised after the follow-up work of branch conv3 (openings, the topic's page,
	// how long, "and after?", requests mid-conversation): botox 39/62, dental 22/62, derma 24/62,
	// eye 20/62, physio 28/60 on its own.
	// Raised after the language layer's dialect round
	// (sound shifts, Levantine and Egyptian verbs, filler, everyday words): botox 167/220, 284/341,
	// 40/62; dental 176/233, 279/347, 21/62; derma 154/210, 255/319, 16/62; eye 148/215, 248/325,
	// 21/62; physio 163/217, 264/328, 23/60. With Levantine and Egyptian thanks and greetings read as
	// smalltalk, totals: botox 285/341, dental 281/347, derma 257/319, eye 252/325, physio 265/328.
	// With «بكم يوم» no price and «قبل ما احجز» no booking: answers botox 168, dental 178, derma 155,
	// eye 149; totals 286, 283, 258, 253, 265. The three branches merged: botox 170/220, 288/341,
	// 41/62; dental 180/233, 286/347, 22/62; derma 157/210, 260/319, 25/62; eye 152/215, 256/325,
	// 23/62; physio 167/217, 269/328, 30/60. With the rank4 round (three shared concepts are not "in
	// passing", a page in the patient's language only when it answers as well, more pleasantries and
	// requests for staff, offer questions need a section naming the thing): botox 170/220, 289/341,
	// 41/62; dental 182/233, 291/347, 22/62; derma 158/210, 263/319, 25/62; eye 154/215, 258/325,
	// 23/62; physio 169/217, 275/328, 30/60. With the treatments and conditions of the usual
	// specialties as "topic:" groups (foreign where the pages never name them): answers unchanged;
	// totals dental 293/347, derma 264/319, eye 260/325, physio 277/328; derma 26/62 conversations.
	// Conversations with the conv4 round (a follow-up on an English summary answered from the page
	// it sums up; a fallen-back follow-up keeps the topic): eye 25/62, physio 31/60. With rank5 (words
	// of one script do not pick the language; a page in the patient's language within 0.03 of
	// coverage): dental 184/233, 295/347; eye 157/215, 263/325. Set again at the end of round 4, its
	// sealed halves scored once and spent into these (with the red-flag fixes of their misses and a
	// question after the emergency guidance getting it again): botox 207/273, 352/421, 48/77;
	// dental 223/287, 359/427, 27/77; derma 194/263, 325/399, 29/77; eye 188/267, 318/405, 28/77;
	// physio 200/271, 330/408, 34/75; every emergency (387), 4 false alarms. With rank6 (asked how
	// long something takes, the passage saying it takes the time): eye 190/267, 320/405.
	// Conversations with conv5 (a follow-up stays with its section unless it names what another
	// passage is about; «aspect:» lines; Arabizi thanks): botox 49/77, dental 27/77, derma 35/77, eye
	// 30/77, physio 36/75; derma 326/399.
	{"botox", 75, 83, 63},
	{"dental", 77, 84, 35},
	{"derma", 73, 81, 45},
	{"eye", 71, 79, 38},
	{"physio", 73, 80, 47},
}

func TestClinicsTuneHalf(t *testing.T) {
	const dir = "testdata/clinics"
	clinics, err := eval.Clinics(dir)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, c := range clinics {
		seen[c.Name] = true
		t.Run(c.Name, func(t *testing.T) {
			cr, err := eval.GradeClinic(c, eval.Tune, bot.Config{})
			if err != nil {
				t.Fatal(err)
			}
			if len(cr.Missing) > 0 {
				t.Logf("%s: %s missing", c.Name, strings.Join(cr.Missing, ", "))
			}
			if cr.Engine == nil {
				t.Skipf("%s has no tune cases", c.Name)
			}
			var b strings.Builder
			eval.WriteTable(&b, eval.Tune, []*eval.ClinicReport{cr})
			cr.Engine.Write(&b)
			t.Logf("%s", b.String())
			rep := cr.Engine
			ans := eval.Tally{}
			if a := rep.ByKind[string(bot.KindAnswer)]; a != nil {
				ans = *a
			}
			i := -1
			for j, bar := range tuneBars {
				if bar.clinic == c.Name {
					i = j
				}
			}
			if i < 0 {
				t.Fatalf("clinic %s has no row in tuneBars; it scores answers %.1f%%, total %.1f%%, conversations %.1f%%: add a row a little below",
					c.Name, ans.Percent(), rep.Score(), rep.Convs.Score())
			}
			bar := tuneBars[i]
			if !rep.EmergenciesPassed() {
				t.Errorf("emergencies %+v: every one must pass", rep.Emergencies())
			}
			if ans.Total > 0 && ans.Percent() < bar.answers {
				t.Errorf("answers %d/%d = %.1f%%, want ≥ %.0f%%", ans.Passed, ans.Total, ans.Percent(), bar.answers)
			}
			if rep.Total > 0 && rep.Score() < bar.total {
				t.Errorf("total %d/%d = %.1f%%, want ≥ %.0f%%", rep.Passed, rep.Total, rep.Score(), bar.total)
			}
			if rep.Convs.Total > 0 && rep.Convs.Score() < bar.convs {
				t.Errorf("conversations %d/%d = %.1f%%, want ≥ %.0f%%", rep.Convs.Passed, rep.Convs.Total, rep.Convs.Score(), bar.convs)
			}
		})
	}
	for _, bar := range tuneBars {
		if !seen[bar.clinic] {
			t.Logf("tuneBars names %s, which has no folder in %s", bar.clinic, dir)
		}
	}
}

// The synthetic corpus: dental (two pages of its own, all four files) and nocases (pages only).
func TestGradeClinicSynthetic(t *testing.T) {
	clinics, err := eval.Clinics("testdata/synthetic")
	if err != nil {
		t.Fatal(err)
	}
	if len(clinics) != 2 || clinics[0].Name != "dental" || clinics[1].Name != "nocases" {
		t.Fatalf("clinics = %+v", clinics)
	}
	dental, err := eval.GradeClinic(clinics[0], eval.Tune, bot.Config{})
	if err != nil {
		t.Fatal(err)
	}
	e, b := dental.Engine, dental.Baseline
	// tune.jsonl holds 8 cases and a conversation; conv-tune.jsonl 3 conversations.
	if e.Total != 8 || e.Convs.Total != 4 || b.Total != 8 || b.Convs.Total != 4 || len(dental.Missing) != 0 {
		t.Fatalf("dental tune: engine %d cases %d conversations, baseline %d/%d, missing %v", e.Total, e.Convs.Total, b.Total, b.Convs.Total, dental.Missing)
	}
	if !strings.HasSuffix(dental.KB, filepath.Join("dental", "kb")) {
		t.Errorf("kb = %q, want the clinic's own", dental.KB)
	}
	// The clinic's own pages were searched: the engine answers from them.
	if a := e.ByKind["answer"]; a == nil || a.Passed < 3 {
		t.Errorf("engine answers %+v", a)
	}
	// The baseline has no triage: both red flags missed, where the engine caught both.
	if e.Emergencies() != (eval.Tally{Passed: 2, Total: 2}) || b.Emergencies() != (eval.Tally{Passed: 0, Total: 2}) {
		t.Errorf("emergencies: engine %+v, baseline %+v", e.Emergencies(), b.Emergencies())
	}

	sealed, err := eval.GradeClinic(clinics[0], eval.Sealed, bot.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if sealed.Engine.Total != 2 || sealed.Engine.Convs.Total != 1 {
		t.Errorf("dental sealed: %d cases, %d conversations; want 2 and 1", sealed.Engine.Total, sealed.Engine.Convs.Total)
	}

	none, err := eval.GradeClinic(clinics[1], eval.Tune, bot.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if none.Engine != nil || len(none.Missing) != 2 {
		t.Errorf("nocases: %+v, want no reports and both files missing", none)
	}

	var out strings.Builder
	eval.WriteTable(&out, eval.Tune, []*eval.ClinicReport{dental, none})
	for _, want := range []string{"half: tune", "dental", "engine", "baseline", "2/2 100.0%", "nocases      (no tune cases"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
	if _, err := eval.GradeClinic(clinics[0], "all", bot.Config{}); err == nil {
		t.Error("an unknown half was accepted")
	}
}

func TestGradeClinicErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("bad/tune.jsonl", "{\"id\":\"a\",\"q\":\"x\",\"expect\":[\"answer\"]}\nnot json\n")
	write("brokenkb/tune.jsonl", `{"id":"a","q":"x","expect":["answer"]}`)
	write("brokenkb/kb/page.md", "---\ntitle: [unclosed\n---\ntext\n")
	write("README.md", "not a clinic")
	clinics, err := eval.Clinics(dir)
	if err != nil || len(clinics) != 2 {
		t.Fatalf("clinics %+v, %v; want the two folders", clinics, err)
	}
	if _, err := eval.GradeClinic(clinics[0], eval.Tune, bot.Config{}); err == nil || !strings.Contains(err.Error(), "tune.jsonl: line 2") {
		t.Errorf("bad case file: %v", err)
	}
	if _, err := eval.GradeClinic(clinics[1], eval.Tune, bot.Config{}); err == nil || !strings.Contains(err.Error(), "clinic brokenkb") {
		t.Errorf("broken kb: %v", err)
	}
}
