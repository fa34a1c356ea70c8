package knowledge

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLang23Probe is a report, not a check: for each line «clinic<TAB>question» of the file
// LANG23_PROBE, it prints how the question's words are read (Arabizi into Arabic letters) and keyed,
// and whether the clinic's index knows each key.
//
//	LANG23_PROBE=questions.tsv LANG23_CORPUS=/work/wt/study go test -run Lang23Probe -v ./knowledge/
func TestLang23Probe(t *testing.T) {
	file, dir := os.Getenv("LANG23_PROBE"), os.Getenv("LANG23_CORPUS")
	if file == "" || dir == "" {
		t.Skip("a report: set LANG23_PROBE and LANG23_CORPUS")
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ixs := map[string]*Index{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	var out strings.Builder
	for sc.Scan() {
		clinic, q, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		ix := ixs[clinic]
		if ix == nil {
			fsys := Default()
			if _, e := os.Stat(filepath.Join(dir, clinic, "kb")); e == nil {
				fsys = os.DirFS(filepath.Join(dir, clinic, "kb"))
			}
			ix, err = Open(fsys)
			if err != nil {
				t.Fatal(err)
			}
			ixs[clinic] = ix
		}
		words := Words(q)
		arabic := ix.inArabic(words)
		keys := ix.arabicKeys(arabic)
		fmt.Fprintf(&out, "%s\t%s\n", clinic, q)
		if len(keys) != len(arabic) {
			fmt.Fprintf(&out, "\t(words %v keys %v)\n", arabic, keys)
			continue
		}
		for i, k := range keys {
			w := words[i]
			if i < len(arabic) && arabic[i] != w {
				w += "=" + arabic[i]
			}
			mark := ""
			switch {
			case strings.HasPrefix(k, stopKey):
				mark = "stop"
			case ix.keyMeets(k):
				mark = "ok"
			case ix.knows(k):
				mark = "lex"
			default:
				mark = "UNREAD"
			}
			fmt.Fprintf(&out, "\t%s\t%s\t%s\n", w, k, mark)
		}
	}
	if o := os.Getenv("LANG23_OUT"); o != "" {
		os.WriteFile(o, []byte(out.String()), 0o644)
	} else {
		t.Log(out.String())
	}
}
