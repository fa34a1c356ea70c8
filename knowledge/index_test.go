package knowledge

import (
	"bytes"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
)

// TestStemsAnalyzerSplitsLikeFields: the index's analyzer gives bleve the tokens bytes.Fields
// would, on the stem text Build writes for every passage and on spacing Build never writes.
func TestStemsAnalyzerSplitsLikeFields(t *testing.T) {
	texts := []string{"", " ", "  a  ", "a", "a b", " بوتوكس  حقن ", "x y z "}
	for _, d := range syntheticDocs(t, 20, 5) {
		for _, p := range passagesOf(d) {
			texts = append(texts, stemText(Analyze(p.Text), nil), stemText(Analyze(p.Section+"\n"+p.DocTitle), nil))
		}
	}
	for _, text := range texts {
		got := stemsAnalyzer{}.Analyze([]byte(text))
		fields := bytes.Fields([]byte(text))
		if len(got) != len(fields) {
			t.Fatalf("%q: %d tokens, want %d", text, len(got), len(fields))
		}
		for i, f := range fields {
			want := analysis.Token{Term: f, Position: i + 1, Start: 0, End: len(f), Type: analysis.AlphaNumeric}
			if g := got[i]; !bytes.Equal(g.Term, want.Term) || g.Position != want.Position || g.Start != want.Start ||
				g.End != want.End || g.Type != want.Type || g.KeyWord != want.KeyWord {
				t.Fatalf("%q: token %d is %+v, want %+v", text, i, *g, want)
			}
		}
	}
}
