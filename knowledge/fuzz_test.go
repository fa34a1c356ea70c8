package knowledge

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are the two clinic files plus inputs at the edges of both formats.
func fuzzSeeds(tb testing.TB) [][]byte {
	tb.Helper()
	var seeds [][]byte
	for _, name := range []string{"kb/botulinum-treatment.md", "kb/botox-medical-uses.txt"} {
		data, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		seeds = append(seeds, data, bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n")))
	}
	for _, s := range []string{
		"", "\ufeff", "\n", "---", "---\n", "---\n---\n", "---\n---\nنص.", "---\n...\nنص.\n",
		"---\ntitle: [x\n---\nنص\n", "---\na: &a [*a]\n---\nx\n", "---\n- a\n---\nx\n",
		"---\nsections:\n  ع:\n    questions: [a, '']\n---\n# ع\n\nن\n",
		"# \n\n#\n", "#", "*", "- \n  - \n", "1.\n2)\n", "> \n> > x\n", "```\n", "<!-- x -->\n",
		"x\x00y", "\xff", "a\r\rb\r", "\u200f\n\u200f", "سطر\n\nهل؟\nنعم\nهل ثاني؟\nلا\n",
		"## أسئلة شائعة\n\n**س؟** ج\n\n### س٢؟\n\n- ج\n", "FAQ\n\nQ?\n\nA.\n\nQ2?\n",
		"أ\n\nب\n\nج\n\nد؟\n\nنص.\n", "- a\n      - b\n  - c\n- d\n",
		"Title\n===\n\n[ref]: http://x\n\n&#0; &#xD800; &bogus; \\\n",
	} {
		seeds = append(seeds, []byte(s))
	}
	return seeds
}

func FuzzParseMarkdown(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkParse(t, ParseMarkdown, "f.md", data)
	})
}

func FuzzParseText(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkParse(t, ParseText, "f.txt", data)
	})
}

// checkParse asserts what holds for any input: an error is a *LoadError naming the file and lines in
// it; a document has sections with a title or blocks, lines within the file and valid UTF-8 text;
// parsing is deterministic.
func checkParse(t *testing.T, parse func(string, []byte) (*Document, error), path string, data []byte) {
	doc, err := parse(path, data)
	lines := lineCount(data)
	inFile := func(what string, line int) {
		if line < 1 || line > lines {
			t.Errorf("%s at line %d; the file has %d lines", what, line, lines)
		}
	}
	if err != nil {
		var le *LoadError
		if !errors.As(err, &le) || len(le.Problems) == 0 {
			t.Fatalf("error %v (%T) is not a *LoadError with problems", err, err)
		}
		if doc != nil {
			t.Errorf("a document came with the error")
		}
		for _, p := range le.Problems {
			if p.File != path || p.Msg == "" {
				t.Errorf("problem %+v", p)
			}
			if p.Line != 0 {
				inFile("problem "+p.Msg, p.Line)
			}
		}
		return
	}
	text := func(what, s string) {
		if !utf8.ValidString(s) {
			t.Errorf("%s is not valid UTF-8: %q", what, s)
		}
	}
	text("title", doc.Title)
	text("id", doc.ID)
	if doc.ID == "" || doc.Title == "" || doc.Lang == "" {
		t.Errorf("doc id %q title %q lang %q", doc.ID, doc.Title, doc.Lang)
	}
	for _, q := range doc.Questions {
		text("question", q)
	}
	hasText := len(doc.FAQs) > 0
	for _, s := range doc.Sections {
		if s.Title == "" && len(s.Blocks) == 0 {
			t.Errorf("section %s has neither title nor blocks", s.ID)
		}
		text("section title", s.Title)
		inFile("section "+s.ID, s.Line)
		for _, b := range s.Blocks {
			hasText = true
			inFile("block of "+s.ID, b.Line)
			text("block", b.Text)
			if strings.TrimSpace(b.Text) == "" {
				t.Errorf("empty block in %s at line %d", s.ID, b.Line)
			}
			if (b.Kind == List) != (len(b.Items) > 0) {
				t.Errorf("block %+v: items only and always in lists", b)
			}
			for _, it := range b.Items {
				text("item", it)
			}
		}
	}
	if !hasText {
		t.Errorf("a document without blocks or FAQs was accepted")
	}
	for _, f := range doc.FAQs {
		inFile("FAQ "+f.ID, f.Line)
		text("FAQ question", f.Question)
		text("FAQ answer", f.Answer)
		if f.Question == "" || f.Answer == "" {
			t.Errorf("FAQ %+v", f)
		}
	}
	again, err := parse(path, data)
	if err != nil || outline(again) != outline(doc) {
		t.Errorf("a second parse differs")
	}
}

// lineCount is the number of lines of data as the parsers count them (any line ending).
func lineCount(data []byte) int {
	data = normalize(data)
	n := bytes.Count(data, []byte("\n"))
	if len(data) == 0 || data[len(data)-1] != '\n' {
		n++
	}
	return max(n, 1)
}
