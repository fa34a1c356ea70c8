package bot

import (
	"strings"
	"testing"
)

// An Arabizi word and its other spellings have one skeleton: vowels, a doubled letter and the ways
// of writing ق do not count; a root's repeated letter does.
func TestSkeleton(t *testing.T) {
	for _, same := range [][]string{
		{"7arrek", "7arek", "7rk"},
		{"a2dar", "agdar", "aqdar", "2dar"},
		{"jfouna", "jefn", "jfoon"},
		{"mtkhashbe", "mit5ashb"},
	} {
		want := skeleton(same[0])
		for _, w := range same[1:] {
			if got := skeleton(w); !strings.HasPrefix(want, got) && !strings.HasPrefix(got, want) {
				t.Errorf("skeleton(%q) = %q, skeleton(%q) = %q: want one a prefix of the other", same[0], want, w, got)
			}
		}
	}
	if a, b := skeleton("7arar"), skeleton("7ar"); a == b {
		t.Errorf("7arar and 7ar have one skeleton %q: a root's repeated letter was dropped", a)
	}
	if s := skeleton("حلق"); s != "" {
		t.Errorf("skeleton of an Arabic word = %q, want none", s)
	}
}

// TestSkeletonAllocs checks that a skeleton costs its own letters only, not a Replacer built anew
// for every word (once a tenth of an Arabizi message's triage).
func TestSkeletonAllocs(t *testing.T) {
	if got := skeletonOf("bikhtine2", 'q'); got != "b5tnq" {
		t.Errorf("skeletonOf(bikhtine2) = %q", got)
	}
	if n := testing.AllocsPerRun(100, func() { skeletonOf("bikhtine2", 'q') }); n > 4 {
		t.Errorf("skeletonOf allocates %v times a word, want at most 4", n)
	}
}
