package bot

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/faqbot/faqbot/knowledge"
)

// recorder keeps the result of the engine's main answer search (Limit 6, no topic).
type recorder struct {
	ix   *knowledge.Index
	last *knowledge.Query
}

func (r *recorder) Search(q knowledge.Query) knowledge.Result {
	if q.Limit == 6 && q.Topic == "" && r.last == nil {
		qq := q
		r.last = &qq
	}
	return r.ix.Search(q)
}

func o23norm(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 0x0610 && r <= 0x061A, r >= 0x064B && r <= 0x065F, r == 0x0670, r >= 0x06D6 && r <= 0x06ED, r == 0x0640:
			continue
		case r == 'آ', r == 'أ', r == 'إ', r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == '،':
			r = ','
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// TestOrder23Candidates (debug, ORDER23_IN=eval json) lists, for each failing answer case, the
// engine's search candidates with their scores, marking those holding an expected phrase.
func TestOrder23Candidates(t *testing.T) {
	in := os.Getenv("ORDER23_IN")
	if in == "" {
		t.Skip("debug only")
	}
	var rep struct {
		Clinics []struct {
			Clinic string
			KB     string
			Engine struct {
				Failures []struct {
					ID     string
					Q      string
					Expect []string
					Any    []string
					Reply  struct{ Kind, Text string }
				}
			}
		}
	}
	b, _ := os.ReadFile(in)
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	out, _ := os.Create(os.Getenv("ORDER23_OUT"))
	defer out.Close()
	for _, c := range rep.Clinics {
		var ix *knowledge.Index
		var err error
		if c.KB == "embedded" {
			ix, err = knowledge.Open(knowledge.Default())
		} else {
			ix, err = knowledge.Open(os.DirFS(c.KB))
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range c.Engine.Failures {
			if len(f.Any) == 0 || f.Expect[0] != "answer" {
				continue
			}
			rec := &recorder{ix: ix}
			e := NewEngine(ix, Config{})
			e.search = rec
			r, _ := e.Respond(f.Q, State{})
			has := func(s string) bool {
				n := o23norm(s)
				for _, p := range f.Any {
					if strings.Contains(n, o23norm(p)) {
						return true
					}
				}
				return false
			}
			tag := "NOSEARCH"
			var res knowledge.Result
			if rec.last != nil {
				q := *rec.last
				q.Limit = 8
				res = ix.Search(q)
				tag = "MISSING"
				for i, h := range res.Hits {
					if has(h.Answer()) || has(h.Passage.Text) {
						tag = fmt.Sprintf("AT%d", i+1)
						break
					}
				}
			}
			fmt.Fprintf(out, "=== %s %s %s reply=%s\n  Q: %s\n  any: %q\n  reply: %.150s\n", tag, c.Clinic, f.ID, r.Kind, f.Q, f.Any, strings.ReplaceAll(r.Text, "\n", " ⏎ "))
			for i, h := range res.Hits {
				m := " "
				if has(h.Answer()) || has(h.Passage.Text) {
					m = "*"
				}
				fmt.Fprintf(out, "  %s%d rank %.3f cov %.2f title %.2f fit %.2f bm25 %.2f shared %d ho %v  %s «%s» %.80s\n", m, i+1, h.Rank, h.Coverage, h.TitleCoverage, h.Fit, h.Score, h.Shared, h.HeadsOther, h.Passage.Key, h.Passage.Section, strings.ReplaceAll(h.Passage.Text, "\n", " "))
			}
		}
	}
}
