package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// A corpus clinic folder given as --kb is refused, naming its kb folder: loading it would index the
// writers' notes on the sealed cases as pages. Its kb folder loads.
func TestKBRefusesAnEvalClinicFolder(t *testing.T) {
	clinic := filepath.Join(synthetic, "dental")
	_, err := openIndex(clinic)
	if err == nil || !strings.Contains(err.Error(), "eval clinic folder") || !strings.Contains(err.Error(), filepath.Join(clinic, "kb")) {
		t.Fatalf("openIndex(%s) = %v, want the eval clinic folder refused, naming its kb", clinic, err)
	}
	if _, err := openIndex(filepath.Join(clinic, "kb")); err != nil {
		t.Fatalf("its kb folder: %v", err)
	}
	code, _, stderr := runEvalCmd(t, "--kb", clinic, filepath.Join(clinic, "tune.jsonl"))
	if code == 0 || !strings.Contains(stderr, "eval clinic folder") {
		t.Errorf("faqbot eval --kb %s: exit %d, stderr %q", clinic, code, stderr)
	}
}
