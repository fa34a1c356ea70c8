package knowledge

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// checkGolden compares doc, as indented JSON, with testdata/golden/<name>.json.
func checkGolden(t *testing.T, name string, doc *Document) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join("testdata", "golden", name+".json")
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got := buf.Bytes(); !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := range max(len(gl), len(wl)) {
			g, w := at(gl, i), at(wl, i)
			if g != w {
				t.Fatalf("%s differs from the parse at line %d:\ngot:  %s\nwant: %s\n(run go test -update if the change is intended)", file, i+1, g, w)
			}
		}
	}
}

func at(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "<end of file>"
}

// outline prints a document compactly, one line per section, block and FAQ, for exact comparisons.
func outline(d *Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "doc %s %q lang=%s", d.ID, d.Title, d.Lang)
	if len(d.Questions) > 0 {
		fmt.Fprintf(&b, " questions=%q", d.Questions)
	}
	b.WriteByte('\n')
	for _, s := range d.Sections {
		fmt.Fprintf(&b, "%s h%d %q @%d", s.ID, s.Level, s.Title, s.Line)
		if len(s.Questions) > 0 {
			fmt.Fprintf(&b, " questions=%q", s.Questions)
		}
		b.WriteByte('\n')
		for _, blk := range s.Blocks {
			fmt.Fprintf(&b, "  %s @%d %q", blk.Kind, blk.Line, blk.Text)
			if blk.Kind == List {
				fmt.Fprintf(&b, " items=%q", blk.Items)
			}
			if blk.Lead != "" {
				fmt.Fprintf(&b, " lead=%q", blk.Lead)
			}
			b.WriteByte('\n')
		}
	}
	for _, f := range d.FAQs {
		fmt.Fprintf(&b, "%s %q -> %q in %q @%d\n", f.ID, f.Question, f.Answer, f.Section, f.Line)
	}
	return b.String()
}

// mustParse parses src with the parser its path's extension selects.
func mustParse(tb testing.TB, path, src string) *Document {
	tb.Helper()
	parse := ParseText
	if strings.HasSuffix(path, ".md") {
		parse = ParseMarkdown
	}
	doc, err := parse(path, []byte(src))
	if err != nil {
		tb.Fatalf("parse %s: %v", path, err)
	}
	return doc
}

func TestLoadDefault(t *testing.T) {
	docs, err := Load(Default())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range docs {
		got = append(got, d.Path+" "+d.ID)
	}
	want := []string{"botox-medical-uses.txt botox-medical-uses", "botulinum-treatment.md botulinum-treatment"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Load(Default()) = %q, want %q (lexicon.txt is not a document)", got, want)
	}
}

func TestLoadSelectsAndOrdersFiles(t *testing.T) {
	doc := func(title string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("# " + title + "\n\nنص.\n")}
	}
	fsys := fstest.MapFS{
		"z.md":               doc("z"),
		"a-b.txt":            {Data: []byte("نص عادي.\n")},
		"a/b.md":             doc("ab"),
		"a/deep/c.MD":        doc("c"),
		"README.md":          doc("readme"),
		"lexicon.txt":        {Data: []byte("بوتوكس | botox\n")},
		".hidden.md":         doc("hidden"),
		"_draft.md":          doc("draft"),
		"_drafts/x.md":       doc("x"),
		".git/notes.md":      doc("git"),
		"notes.json":         {Data: []byte("{}")},
		"sub/README.md":      doc("sub readme"),
		"sub/kept.txt":       {Data: []byte("نص آخر.\n")},
		"sub/.swap.txt":      {Data: []byte("\x00")},
		"image.webp":         {Data: []byte("\x00\xff")},
		"sub/_partial/p.txt": {Data: []byte("\xff")},
	}
	docs, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range docs {
		got = append(got, d.Path)
	}
	want := []string{"a-b.txt", "a/b.md", "a/deep/c.MD", "sub/kept.txt", "z.md"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("loaded %q, want %q", got, want)
	}
}

func TestLoadReportsEveryProblem(t *testing.T) {
	fsys := fstest.MapFS{
		"a.md":        {Data: []byte("---\npage_id: shared\n---\n# A\n\nنص.\n")},
		"b.txt":       {Data: []byte("")},
		"c/shared.md": {Data: []byte("# C\n\nنص.\n")},
		"d.txt":       {Data: []byte("سطر\n\xfe\n")},
		"e.md":        {Data: []byte("---\ntitle: E\npage_id: shared\n---\nنص.\n")},
		"f.md":        {Data: []byte("## الأسئلة الشائعة\n\n### سؤال؟\n\n### سؤال آخر؟\n\nجواب.\n")},
		"ok.txt":      {Data: []byte("نص سليم.\n")},
	}
	docs, err := Load(fsys)
	if docs != nil {
		t.Errorf("Load returned %d documents with an error; want none", len(docs))
	}
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("error %v (%T) is not a *LoadError", err, err)
	}
	want := strings.Join([]string{
		"b.txt:1: empty file",
		"c/shared.md: document id \"shared\" is already used by a.md",
		"d.txt:2: invalid UTF-8 (byte 0xfe); save the file as UTF-8",
		"e.md:3: document id \"shared\" is already used by a.md",
		"f.md:3: question \"سؤال؟\" has no answer",
	}, "\n")
	if got := err.Error(); got != want {
		t.Errorf("error:\n%s\nwant:\n%s", got, want)
	}
	if len(le.Problems) != 5 || le.Problems[3] != (Problem{File: "e.md", Line: 3, Msg: `document id "shared" is already used by a.md`}) {
		t.Errorf("problems = %#v", le.Problems)
	}
}

func TestLoadWithoutDocuments(t *testing.T) {
	for name, fsys := range map[string]fstest.MapFS{
		"empty folder":       {},
		"only non-documents": {"README.md": {Data: []byte("# x\n\ny\n")}, "lexicon.txt": {Data: []byte("a | b\n")}, "_x.md": {Data: []byte("z\n")}},
	} {
		t.Run(name, func(t *testing.T) {
			docs, err := Load(fsys)
			if want := ".: no knowledge documents (*.md or *.txt files)"; err == nil || err.Error() != want || docs != nil {
				t.Errorf("Load = %d docs, %v; want error %q", len(docs), err, want)
			}
		})
	}
}

func TestLoadFromDisk(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{
		"one.txt":        "عنوان\r\n\r\nنص الفقرة.\r\n",
		"nested/two.md":  "\ufeff# اثنان\n\nنص.",
		"nested/big.txt": strings.Repeat("ا", MaxFileSize+1),
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, err := Load(os.DirFS(dir))
	if want := "nested/big.txt: file is larger than 4194304 bytes"; err == nil || err.Error() != want {
		t.Fatalf("Load = %v, want %q", err, want)
	}
	if err := os.Remove(filepath.Join(dir, "nested", "big.txt")); err != nil {
		t.Fatal(err)
	}
	docs, err := Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != "two" || docs[0].Title != "اثنان" || docs[1].Sections[0].Title != "عنوان" {
		t.Errorf("docs = %s%s", outline(docs[0]), outline(docs[1]))
	}
}

func TestDefaultIsTheKBFolder(t *testing.T) {
	for _, name := range []string{"botulinum-treatment.md", "botox-medical-uses.txt"} {
		embedded, err := fs.ReadFile(Default(), name)
		if err != nil {
			t.Fatal(err)
		}
		onDisk, err := os.ReadFile(filepath.Join("kb", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(embedded, onDisk) {
			t.Errorf("embedded %s differs from kb/%s", name, name)
		}
	}
}

func BenchmarkLoadDefault(b *testing.B) {
	for b.Loop() {
		if _, err := Load(Default()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseMarkdown(b *testing.B) {
	data, err := os.ReadFile("kb/botulinum-treatment.md")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseMarkdown("b.md", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseText(b *testing.B) {
	data, err := os.ReadFile("kb/botox-medical-uses.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseText("b.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}
