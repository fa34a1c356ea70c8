package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runEvalCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errs strings.Builder
	code = run(t.Context(), append([]string{"eval"}, args...), &cli{stdin: strings.NewReader(""), stdout: &out, stderr: &errs,
		getenv: func(string) string { return "" }})
	return code, out.String(), errs.String()
}

const synthetic = "../../bot/eval/testdata/synthetic"

func TestEvalCasesFileAndMin(t *testing.T) {
	cases := filepath.Join(synthetic, "dental", "tune.jsonl") // 7/8 cases (dt03, labelled an answer on purpose, falls back); its one conversation passes
	kb := filepath.Join(synthetic, "dental", "kb")
	code, out, _ := runEvalCmd(t, "--kb", kb, cases)
	if code != 0 || !strings.Contains(out, "FAIL dt03") || !strings.Contains(out, "conversations 1/1 passed") ||
		!strings.HasSuffix(out, "score: 7/8 passed (87.5%), all emergencies passed\n") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
	if code, _, _ := runEvalCmd(t, "--kb", kb, "--min", "87", cases); code != 0 {
		t.Errorf("--min 87 at 87.5%%: exit %d, want 0", code)
	}
	if code, _, _ := runEvalCmd(t, "--kb", kb, "--min", "90", cases); code != 1 {
		t.Errorf("--min 90 at 87.5%%: exit %d, want 1", code)
	}
	// A conversation below the bar fails --min too: conv-tune.jsonl passes 2 of 3 (the pages have no
	// weather to answer dt-c2's third turn with).
	conv := filepath.Join(synthetic, "dental", "conv-tune.jsonl")
	code, out, _ = runEvalCmd(t, "--kb", kb, "--min", "70", conv)
	if code != 1 || !strings.Contains(out, "FAIL dt-c2 turn 3") || !strings.Contains(out, "score: conversations 2/3 passed (66.7%)") {
		t.Errorf("conversations at 66.7%% with --min 70: exit %d, output:\n%s", code, out)
	}
	if code, _, errs := runEvalCmd(t, "--half", "sealed", cases); code != 2 || !strings.Contains(errs, "usage") {
		t.Errorf("--half without --corpus: exit %d, %s", code, errs)
	}
}

func TestEvalJSON(t *testing.T) {
	code, out, _ := runEvalCmd(t, "--json", "--kb", filepath.Join(synthetic, "dental", "kb"), filepath.Join(synthetic, "dental", "tune.jsonl"))
	var rep struct {
		Passed, Total int
		ByKind        map[string]struct{ Passed, Total int } `json:"by_kind"`
		Failures      []struct {
			ID    string
			Reply struct{ Kind string }
		}
		Conversations struct{ Passed, Total int }
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("exit %d, not one JSON object (%v):\n%s", code, err, out)
	}
	if rep.Passed != 7 || rep.Total != 8 || rep.ByKind["answer"].Total != 4 || len(rep.Failures) != 1 ||
		rep.Failures[0].ID != "dt03" || rep.Failures[0].Reply.Kind != "fallback" || rep.Conversations.Total != 1 {
		t.Errorf("report: %s", out)
	}
}

func TestEvalBaseline(t *testing.T) {
	_, out, _ := runEvalCmd(t, "--baseline", "--kb", filepath.Join(synthetic, "dental", "kb"), filepath.Join(synthetic, "dental", "tune.jsonl"))
	if !strings.Contains(out, "emergency    0/1") || !strings.Contains(out, "EMERGENCY MISSED") {
		t.Errorf("the baseline caught a red flag it cannot see:\n%s", out)
	}
}

func TestEvalCorpus(t *testing.T) {
	code, out, errs := runEvalCmd(t, "--corpus", synthetic)
	if code != 0 || !strings.HasPrefix(out, "half: tune\n") || !strings.Contains(out, "dental       engine") ||
		!strings.Contains(out, "             baseline") || !strings.Contains(out, "nocases      (no tune cases") || errs != "" {
		t.Errorf("exit %d, output:\n%s%s", code, out, errs)
	}
	if code, _, _ := runEvalCmd(t, "--corpus", synthetic, "--min", "90"); code != 1 {
		t.Errorf("--min 90 with dental's engine at 87.5%%: exit %d, want 1", code)
	}

	// The sealed half only when asked, with a warning, and never its failures.
	code, out, errs = runEvalCmd(t, "--corpus", synthetic, "--half", "sealed", "--json")
	var rep struct {
		Half             string
		FailuresWithheld bool `json:"failures_withheld"`
		Clinics          []struct {
			Clinic           string
			Missing          []string
			Engine, Baseline *struct {
				Total         int
				Failures      []json.RawMessage
				Conversations struct{ Failures []json.RawMessage }
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("exit %d, not JSON (%v):\n%s", code, err, out)
	}
	if rep.Half != "sealed" || !rep.FailuresWithheld || len(rep.Clinics) != 2 || rep.Clinics[0].Engine.Total != 2 ||
		rep.Clinics[1].Engine != nil || len(rep.Clinics[1].Missing) != 2 || !strings.Contains(errs, "SEALED") {
		t.Errorf("sealed: %s\nstderr: %s", out, errs)
	}
	// The baseline fails every sealed dental case; none of it may show.
	if b := rep.Clinics[0].Baseline; len(b.Failures) != 0 || len(b.Conversations.Failures) != 0 {
		t.Errorf("sealed failures shown: %s", out)
	}

	if code, _, errs := runEvalCmd(t, "--corpus", synthetic, "--half", "all"); code != 1 || !strings.Contains(errs, `half "all"`) {
		t.Errorf("--half all: exit %d, %s", code, errs)
	}
	if code, _, _ := runEvalCmd(t, "--corpus", synthetic, "x.jsonl"); code != 2 {
		t.Errorf("--corpus with a cases file: exit %d, want 2", code)
	}
	// A holdout inside the tune half: the ids holding the text graded apart from the rest.
	code, out, errs = runEvalCmd(t, "--corpus", synthetic, "--holdout", "dt0")
	study, held, ok := strings.Cut(out, "holdout: the cases and conversations whose id holds \"dt0\"\n")
	if code != 0 || !ok || !strings.HasPrefix(study, "study: the cases and conversations whose id does not hold \"dt0\"\nhalf: tune\n") ||
		!strings.Contains(study, "dental       engine    -               1/1 100.0%      0 0.0%        -               3/4 75.0%") ||
		!strings.Contains(held, "dental       engine    3/4 75.0%       1/1 100.0%      0 0.0%        7/8 87.5%       -") || errs != "" {
		t.Errorf("--holdout dt0: exit %d, output:\n%s%s", code, out, errs)
	}
	// Several rounds held out together: an id holding any of the texts is held out.
	code, out, errs = runEvalCmd(t, "--corpus", synthetic, "--holdout", "dt0,dt-c1")
	study, held, ok = strings.Cut(out, "holdout: the cases and conversations whose id holds one of \"dt0,dt-c1\"\n")
	if code != 0 || !ok || !strings.HasPrefix(study, "study: the cases and conversations whose id holds none of \"dt0,dt-c1\"\nhalf: tune\n") ||
		!strings.Contains(study, "dental       engine    -               1/1 100.0%      0 0.0%        -               2/3 66.7%") ||
		!strings.Contains(held, "dental       engine    3/4 75.0%       1/1 100.0%      0 0.0%        7/8 87.5%       1/1 100.0%") || errs != "" {
		t.Errorf("--holdout dt0,dt-c1: exit %d, output:\n%s%s", code, out, errs)
	}
	for _, args := range [][]string{{"--half", "sealed"}, {"--json"}, {"--min", "50"}} {
		if code, _, _ := runEvalCmd(t, append([]string{"--corpus", synthetic, "--holdout", "dt0"}, args...)...); code != 2 {
			t.Errorf("--holdout with %v: exit %d, want 2", args, code)
		}
	}
	empty := t.TempDir()
	if err := os.WriteFile(filepath.Join(empty, "README.md"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runEvalCmd(t, "--corpus", empty); code != 1 || !strings.Contains(errs, "no clinic folders") {
		t.Errorf("empty corpus: exit %d, %s", code, errs)
	}
}
