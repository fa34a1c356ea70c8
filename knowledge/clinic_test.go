package knowledge

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestParseRedFlags(t *testing.T) {
	rules, err := ParseRedFlags(RedFlagsFile, []byte("# comment\n\nflag: جفن* eyelid | نازل* droop*\nbenign: جبه* | !تتحرك move* still\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []RedFlagRule{
		{Sets: [][]string{{"جفن*", "eyelid"}, {"نازل*", "droop*"}}, Line: 3},
		{Benign: true, Sets: [][]string{{"جبه*"}, {"!تتحرك", "move*", "still"}}, Line: 4},
	}
	if !slices.EqualFunc(rules, want, func(a, b RedFlagRule) bool {
		return a.Benign == b.Benign && a.Line == b.Line && slices.EqualFunc(a.Sets, b.Sets, slices.Equal)
	}) {
		t.Errorf("got %+v, want %+v", rules, want)
	}
	// Every problem, each with its line.
	_, err = ParseRedFlags(RedFlagsFile, []byte("flag: a | | b\nalarm: x\nbenign: ** | !\nflag: ok | fine\n"))
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("err = %v, want a *LoadError", err)
	}
	for _, w := range []string{"redflags.txt:1: empty set", "redflags.txt:2: a rule starts with", `redflags.txt:3: "**" is not a term`, `redflags.txt:3: "!" is not a term`} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q lacks %q", err, w)
		}
	}
	if len(le.Problems) != 4 {
		t.Errorf("%d problems, want 4: %v", len(le.Problems), err)
	}
}

// Open reads the clinic's red flags beside its pages; the file is not a page. A folder without one
// has none, and a bad one stops the load like a bad page.
func TestOpenReadsRedFlags(t *testing.T) {
	page := &fstest.MapFile{Data: []byte("## عن العيادة\n\nنعالج الأسنان.\n")}
	ix, err := Open(fstest.MapFS{"clinic.md": page, RedFlagsFile: {Data: []byte("flag: a | b\n")}})
	if err != nil {
		t.Fatal(err)
	}
	if got := ix.RedFlags(); len(got) != 1 || got[0].Sets[0][0] != "a" {
		t.Errorf("RedFlags() = %+v, want the file's one rule", got)
	}
	if n := len(ix.Docs()); n != 1 {
		t.Errorf("%d documents, want 1: redflags.txt is not a page", n)
	}
	if ix, err = Open(fstest.MapFS{"clinic.md": page}); err != nil {
		t.Errorf("a folder of pages only: %v", err)
	} else if ix.RedFlags() != nil {
		t.Errorf("a folder of pages only has red flags %v", ix.RedFlags())
	}
	if _, err = Open(fstest.MapFS{"clinic.md": page, RedFlagsFile: {Data: []byte("oops\n")}}); err == nil || !strings.Contains(err.Error(), "redflags.txt:1:") {
		t.Errorf("a bad red-flags file: err = %v", err)
	}
	// The embedded clinic has its own.
	if rules, err := LoadRedFlags(Default()); err != nil || len(rules) == 0 {
		t.Errorf("embedded red flags: %v, %d rules", err, len(rules))
	}
}
