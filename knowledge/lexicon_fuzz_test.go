package knowledge

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func lexiconSeeds(tb testing.TB) []string {
	tb.Helper()
	seeds := []string{
		"", "\ufeff", "#", "|", "||", "a|b", " a | b ", "a | a", "minor:", "minor: |", "minor: وجه | face",
		"ايش | وش", "مين يقدر | مرشح", "قلب الشفاه | ليب فليب | lip flip\nقلب | heart",
		"بوتوكس | \xff", "\xef\xbb\xbfبوتوكس | botox\r\n", "a | b\n\nc\n# d | e\n", "؟ | !",
		"ـــ | \u064b", "١٢٣ | 123", "x | y | x y | y x",
	}
	data, err := readKB("lexicon.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return append(seeds, data)
}

func readKB(name string) (string, error) {
	b, err := Default().Open(name)
	if err != nil {
		return "", err
	}
	defer b.Close()
	var buf bytes.Buffer
	_, err = buf.ReadFrom(b)
	return buf.String(), err
}

// groupLines counts the lines ParseLexicon must turn into groups: neither blank, comment nor minor.
func groupLines(data string) int {
	n := 0
	lines := strings.Split(data, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for _, l := range lines {
		text := strings.TrimSpace(strings.TrimPrefix(strings.TrimSuffix(l, "\r"), "\ufeff"))
		if text != "" && !strings.HasPrefix(text, "#") && !strings.HasPrefix(text, "minor:") && !strings.HasPrefix(text, "foreign:") {
			n++
		}
	}
	return n
}

// FuzzParseLexicon checks what holds for any lexicon file: no panic; an error lists problems located
// in the file; a lexicon has one group per group line, each of at least two distinct members with a
// content word, and Groups and Members agree with them; every member is found by Concepts.
func FuzzParseLexicon(f *testing.F) {
	for _, s := range lexiconSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		lx, err := ParseLexicon("f.txt", []byte(data))
		if err != nil {
			var le *LoadError
			if !errors.As(err, &le) || len(le.Problems) == 0 {
				t.Fatalf("error %v is not a *LoadError with problems", err)
			}
			if lx != nil {
				t.Fatal("a lexicon came back with an error")
			}
			lines := strings.Count(data, "\n") + 1
			for _, p := range le.Problems {
				if p.File != "f.txt" || p.Line < 1 || p.Line > lines+1 || p.Msg == "" {
					t.Errorf("problem %q is not located in the file (%d lines)", p.String(), lines)
				}
			}
			return
		}
		if got, want := lx.Groups(), groupLines(data); got != want {
			t.Errorf("Groups() = %d, want one per group line: %d", got, want)
		}
		members := 0
		for g, group := range lx.groups {
			members += len(group)
			if len(group) < 2 {
				t.Errorf("group %d has %d members", g, len(group))
			}
			content := false
			seen := map[string]bool{}
			for _, keys := range group {
				if len(keys) == 0 {
					t.Fatalf("group %d has an empty member", g)
				}
				k := strings.Join(keys, " ")
				if seen[k] {
					t.Errorf("group %d repeats member %q", g, k)
				}
				seen[k] = true
				content = content || len(contentOf(keys)) > 0
				// Some group (this one, or an earlier one with the same member) must recognise it.
				cs := lx.Concepts(keys)
				if len(cs) == 0 || cs[0].group < 0 {
					t.Errorf("member %q of group %d is not recognised: %+v", keys, g, cs)
				}
			}
			if !content {
				t.Errorf("group %d has only stop words", g)
			}
		}
		if lx.Members() != members {
			t.Errorf("Members() = %d, want %d", lx.Members(), members)
		}
		// The file's own text, read as a question, splits into sane concepts.
		for _, c := range lx.Concepts(keysOf(Analyze(data))) {
			if len(c.Alts) == 0 {
				t.Fatalf("concept without alternatives: %+v", c)
			}
			for _, alt := range c.Alts {
				for _, s := range alt {
					if s == "" || strings.HasPrefix(s, stopKey) {
						t.Errorf("concept alternative %q holds a stop word or empty key", alt)
					}
				}
			}
		}
		again, err := ParseLexicon("f.txt", []byte(data))
		if err != nil || again.Groups() != lx.Groups() || again.Members() != lx.Members() {
			t.Errorf("second parse differs: %v", err)
		}
	})
}

// FuzzAnalyze checks the analysis chain on any text: Normalize is idempotent and keeps UTF-8 valid,
// words hold only letters and digits, and analysing normalised text gives the same stems.
func FuzzAnalyze(f *testing.F) {
	for _, s := range lexiconSeeds(f) {
		f.Add(s)
	}
	for _, s := range []string{"شكراااا  هلااا", "أإآٱؤئءى", "٠۹، ", "ـً\u200c\u200f", "sooo İ ǅ", "عضلاتها علاجنا"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if Normalize(n) != n {
			t.Errorf("Normalize not idempotent on %q: %q then %q", s, n, Normalize(n))
		}
		if utf8.ValidString(s) && !utf8.ValidString(n) {
			t.Errorf("Normalize(%q) = %q is not valid UTF-8", s, n)
		}
		if strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") || strings.Contains(n, "  ") {
			t.Errorf("Normalize(%q) = %q has loose spaces", s, n)
		}
		for _, w := range Words(s) {
			if w == "" || strings.IndexFunc(w, func(r rune) bool { return !isWordRune(r) }) >= 0 {
				t.Errorf("Words(%q) holds %q", s, w)
			}
		}
		if a, b := Stems(s), Stems(n); !slices.Equal(a, b) {
			t.Errorf("Stems(%q) = %q but Stems(Normalize) = %q", s, a, b)
		}
	})
}
