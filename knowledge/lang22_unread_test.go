package knowledge

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestLang22Unread measures the language layer over a corpus of clinics: the words of the questions
// that, after analysis, reach no word of the clinic's index. Run it by hand:
//
//	LANG22_CORPUS=/work/wt/study LANG22_FAIL=report.json LANG22_OUT=unread.txt go test -run Lang22Unread ./knowledge/
//
// LANG22_FAIL (optional) is `faqbot eval --json`'s report: a word is also counted in the failing
// questions it occurs in. The list says, per clinic, word, occurrences, occurrences in failing
// questions, and one question it came from; "(lexicon)" marks a word the lexicon knows whose
// group the pages do not say.
func TestLang22Unread(t *testing.T) {
	dir := os.Getenv("LANG22_CORPUS")
	if dir == "" {
		t.Skip("LANG22_CORPUS not set")
	}
	failing := map[string]map[string]bool{}
	if f := os.Getenv("LANG22_FAIL"); f != "" {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var rep struct {
			Clinics []struct {
				Clinic string
				Engine struct {
					Failures      []struct{ Q string }
					Conversations struct{ Failures []struct{ Q string } }
				}
			}
		}
		if err := json.Unmarshal(data, &rep); err != nil {
			t.Fatal(err)
		}
		for _, c := range rep.Clinics {
			m := map[string]bool{}
			for _, f := range c.Engine.Failures {
				m[f.Q] = true
			}
			for _, f := range c.Engine.Conversations.Failures {
				m[f.Q] = true
			}
			failing[c.Clinic] = m
		}
	}
	clinics, _ := os.ReadDir(dir)
	var out strings.Builder
	totalWords, totalOcc, totalFail := 0, 0, 0
	for _, cd := range clinics {
		name := cd.Name()
		var ix *Index
		var err error
		if _, e := os.Stat(filepath.Join(dir, name, "kb")); e == nil {
			ix, err = Open(os.DirFS(filepath.Join(dir, name, "kb")))
		} else {
			ix, err = Open(Default())
		}
		if err != nil {
			t.Fatal(err)
		}
		qs := lang22Questions(t, filepath.Join(dir, name))
		type stat struct {
			n, fail int
			eg      string
		}
		stats := map[string]*stat{}
		for _, q := range qs {
			if strings.Contains(q, "-r19-") || strings.Contains(q, "-r20-") {
				continue
			}
			words := Words(q)
			arabic := ix.inArabic(words)
			keys := ix.arabicKeys(arabic)
			if len(keys) != len(words) {
				continue
			}
			// The stems of the concepts the index has, read in the whole question (phrases).
			read := map[string]bool{}
			concepts := ix.lex.Concepts(keys)
			for i, c := range ix.conceptInfos(concepts) {
				for _, alt := range c {
					for _, st := range alt {
						if st.df > 0 && len(concepts[i].Alts) > 0 {
							for _, k := range concepts[i].Alts[0] {
								read[k] = true
							}
						}
					}
				}
			}
			for i, k := range keys {
				w := words[i]
				if arabic[i] != w {
					w += "=" + arabic[i]
				}
				if ix.lex.vocab[k] {
					w += " (lexicon)" // the layer knows it; the pages say none of its group
				}
				if k == "" || strings.HasPrefix(k, stopKey) || read[k] || ix.lex.minor[k] || IsNumber(words[i]) {
					continue
				}
				s := stats[w]
				if s == nil {
					s = &stat{eg: q}
					stats[w] = s
				}
				s.n++
				if failing[name][q] {
					s.fail++
					s.eg = q
				}
			}
		}
		words := make([]string, 0, len(stats))
		occ, fail := 0, 0
		for w, s := range stats {
			words = append(words, w)
			occ += s.n
			fail += s.fail
		}
		sort.Slice(words, func(i, j int) bool {
			a, b := stats[words[i]], stats[words[j]]
			if a.fail != b.fail {
				return a.fail > b.fail
			}
			if a.n != b.n {
				return a.n > b.n
			}
			return words[i] < words[j]
		})
		fmt.Fprintf(&out, "## %s: %d unread words, %d occurrences, %d in failing questions\n", name, len(words), occ, fail)
		for _, w := range words {
			s := stats[w]
			fmt.Fprintf(&out, "%s\t%s\t%d\t%d\t%s\n", name, w, s.n, s.fail, s.eg)
		}
		totalWords += len(words)
		totalOcc += occ
		totalFail += fail
		t.Logf("%s: %d unread words, %d occurrences, %d in failing questions", name, len(words), occ, fail)
	}
	t.Logf("all: %d unread words, %d occurrences, %d in failing questions", totalWords, totalOcc, totalFail)
	if f := os.Getenv("LANG22_OUT"); f != "" {
		if err := os.WriteFile(f, []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// lang22Questions reads the questions of a clinic's tune files (cases and conversation turns).
func lang22Questions(t *testing.T, dir string) []string {
	var qs []string
	for _, name := range []string{"tune.jsonl", "conv-tune.jsonl"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var c struct {
				ID    string
				Q     string
				Turns []struct{ Q string }
			}
			if json.Unmarshal(sc.Bytes(), &c) != nil {
				continue
			}
			if strings.Contains(c.ID, "-r19-") || strings.Contains(c.ID, "-r20-") {
				continue
			}
			if c.Q != "" {
				qs = append(qs, c.Q)
			}
			for _, tn := range c.Turns {
				qs = append(qs, tn.Q)
			}
		}
		f.Close()
	}
	return qs
}
