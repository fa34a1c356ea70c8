package knowledge

import (
	"bufio"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// testQuestions are the questions of every test set of the bot: the graded ones, the red flags and
// the messages that must not be read as red flags.
func testQuestions(tb testing.TB) []string {
	tb.Helper()
	var qs []string
	for _, path := range []string{"../bot/eval/testdata/dev.jsonl", "../bot/eval/testdata/extra.jsonl",
		"../bot/testdata/redflags.txt", "../bot/testdata/not-redflags.txt"} {
		f, err := os.Open(path)
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			l := strings.TrimSpace(sc.Text())
			switch {
			case l == "" || strings.HasPrefix(l, "#"):
			case strings.HasSuffix(path, ".jsonl"):
				var c struct{ Q string }
				if err := json.Unmarshal([]byte(l), &c); err != nil {
					tb.Fatal(err)
				}
				qs = append(qs, c.Q)
			default:
				qs = append(qs, l)
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			tb.Fatal(err)
		}
	}
	if len(qs) < 300 {
		tb.Fatalf("read %d test questions", len(qs))
	}
	return qs
}

// bleveTop searches with bleve as Search did before it scored passages itself: a disjunction of
// one term query per stem and field.
func bleveTop(tb testing.TB, ix *Index, stems []string, boosts termBoosts, n int) []scored {
	tb.Helper()
	var disj []query.Query
	for _, t := range boosts {
		for f := range numFields {
			tq := bleve.NewTermQuery(stems[t.id])
			tq.SetField(fieldNames[f])
			tq.SetBoost(t.boost * fieldBoosts[f])
			disj = append(disj, tq)
		}
	}
	sr, err := ix.bleve.Search(bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(disj...), n, 0, false))
	if err != nil {
		tb.Fatal(err)
	}
	out := make([]scored, len(sr.Hits))
	for i, h := range sr.Hits {
		d, err := strconv.Atoi(h.ID)
		if err != nil {
			tb.Fatal(err)
		}
		out[i] = scored{doc: int32(d), score: h.Score}
	}
	return out
}

// TestScoresMatchBleve checks that Search scores passages as bleve does: for every test question,
// alone and as a follow-up, the same passages with the same scores. Scores may differ in the last
// bits only, as bleve adds a passage's term scores in an order of its own.
func TestScoresMatchBleve(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	stems := make([]string, len(ix.ids))
	for s, id := range ix.ids {
		stems[id] = s
	}
	topics := []string{""}
	for _, p := range ix.passages[:min(len(ix.passages), 12)] {
		topics = append(topics, p.Key)
	}
	compared := 0
	for _, text := range testQuestions(t) {
		for _, topic := range topics {
			qq, _, ok := ix.read(Query{Text: text, Topic: topic})
			if !ok {
				continue
			}
			want := bleveTop(t, ix, stems, qq.boosts, candidates)
			got := ix.scoring.score(qq.boosts, len(ix.passages), candidates, nil)
			compared++
			if len(got) != len(want) {
				t.Fatalf("%q (topic %q): %d hits, bleve %d", text, topic, len(got), len(want))
			}
			same := func(a, b float64) bool { return math.Abs(a-b) <= 1e-12*math.Max(math.Abs(a), math.Abs(b)) }
			for i := range got {
				if !same(got[i].score, want[i].score) {
					t.Fatalf("%q (topic %q): hit %d scores %v, bleve %v", text, topic, i, got[i].score, want[i].score)
				}
			}
			// The same passages, but for ties: bleve breaks them in an order of its own, and a tie
			// may straddle the cut.
			last := want[len(want)-1].score
			var gd, wd []int32
			for i := range got {
				if !same(got[i].score, last) {
					gd, wd = append(gd, got[i].doc), append(wd, want[i].doc)
				}
			}
			slices.Sort(gd)
			slices.Sort(wd)
			if !slices.Equal(gd, wd) {
				t.Fatalf("%q (topic %q): passages %v, bleve %v", text, topic, got, want)
			}
		}
	}
	if compared < 1000 {
		t.Fatalf("compared %d searches", compared)
	}
}

// TestPostingsMatchBleve checks the scoring data Build read from bleve against bleve's own search:
// for every stem and field, an explained term query finds the passages that have the stem there,
// each scored as the data says, with the stem's idf.
func TestPostingsMatchBleve(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	postings := 0
	for s, id := range ix.ids {
		for f := range numFields {
			var ft fieldTerm
			if id < ix.indexed {
				ft = ix.scoring.fields[id][f]
			}
			tq := bleve.NewTermQuery(s)
			tq.SetField(fieldNames[f])
			sr, err := ix.bleve.Search(bleve.NewSearchRequestOptions(tq, len(ix.passages), 0, true))
			if err != nil {
				t.Fatal(err)
			}
			if int(sr.Total) != len(ft.docs) || len(sr.Hits) != len(ft.docs) || len(ft.scores) != len(ft.docs) {
				t.Fatalf("%q in %s: in %d passages, bleve %d", s, fieldNames[f], len(ft.docs), sr.Total)
			}
			if !slices.IsSorted(ft.docs) {
				t.Fatalf("%q in %s: passages out of order: %v", s, fieldNames[f], ft.docs)
			}
			for _, h := range sr.Hits {
				doc, err := strconv.Atoi(h.ID)
				if err != nil {
					t.Fatal(err)
				}
				i := slices.Index(ft.docs, int32(doc))
				if i < 0 || ft.scores[i] != h.Score {
					t.Fatalf("%q in %s of passage %d: bleve's score %v, ours %v %v", s, fieldNames[f], doc, h.Score, ft.docs, ft.scores)
				}
				if idf := explainedIDF(t, h.Expl); idf != ft.idf {
					t.Fatalf("%q in %s: bleve's idf %v, ours %v", s, fieldNames[f], idf, ft.idf)
				}
				postings++
			}
		}
	}
	if postings < 500 {
		t.Fatalf("checked %d postings", postings)
	}
}

// explainedIDF finds the idf in bleve's explanation of a term query's score.
func explainedIDF(tb testing.TB, e *search.Explanation) float64 {
	tb.Helper()
	var find func(e *search.Explanation) (float64, bool)
	find = func(e *search.Explanation) (float64, bool) {
		if strings.HasPrefix(e.Message, "idf(") {
			return e.Value, true
		}
		for _, c := range e.Children {
			if v, ok := find(c); ok {
				return v, true
			}
		}
		return 0, false
	}
	if e != nil {
		if v, ok := find(e); ok {
			return v
		}
	}
	tb.Fatalf("no idf in %v", e)
	return 0
}

// TestClosedIndexFindsNothing: an index closed while a conversation still holds it answers nothing.
func TestClosedIndexFindsNothing(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	q := Query{Text: "كم يدوم مفعول البوتوكس؟"}
	open := ix.Search(q)
	if len(open.Hits) == 0 {
		t.Fatal("no hits before Close")
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	closed := ix.Search(q)
	if len(closed.Hits) != 0 || closed.Concepts != open.Concepts || closed.Known != open.Known {
		t.Fatalf("after Close: %d hits, %d concepts, known %v; before: %d concepts, known %v",
			len(closed.Hits), closed.Concepts, closed.Known, open.Concepts, open.Known)
	}
}

// TestScoreKeepsTheBest: the n best of a search are the first n of all its passages in order.
func TestScoreKeepsTheBest(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range testQuestions(t) {
		qq, _, ok := ix.read(Query{Text: text})
		if !ok {
			continue
		}
		all := ix.scoring.score(qq.boosts, len(ix.passages), len(ix.passages), nil)
		if !slices.IsSortedFunc(all, func(a, b scored) int {
			if a.before(b) {
				return -1
			}
			return 1
		}) {
			t.Fatalf("%q: passages out of order: %v", text, all)
		}
		for _, n := range []int{1, 3, candidates} {
			if got := ix.scoring.score(qq.boosts, len(ix.passages), n, nil); !slices.Equal(got, all[:min(n, len(all))]) {
				t.Fatalf("%q: best %d %v, want %v", text, n, got, all[:min(n, len(all))])
			}
		}
	}
}

// scoreEach is what score must return, worked out the slow way: each passage on its own, every
// term searcher looked up in turn and its score added in the searchers' order (as bleve's
// disjunction adds them), then all of them sorted.
func scoreEach(b *bm25, qs []termBoost, docs int) []scored {
	var sumSq float64
	for _, q := range qs {
		for f := range numFields {
			w := q.boost * fieldBoosts[f] * b.fields[q.id][f].idf
			sumSq += w * w
		}
	}
	qnorm := 1.0 / math.Sqrt(sumSq)
	var all []scored
	for d := range int32(docs) {
		var sum float64
		matches := 0
		for _, q := range qs {
			for f := range numFields {
				ft := &b.fields[q.id][f]
				if k, ok := slices.BinarySearch(ft.docs, d); ok {
					sum += ft.scores[k] * (q.boost * fieldBoosts[f] * ft.idf * qnorm)
					matches++
				}
			}
		}
		if matches > 0 {
			all = append(all, scored{doc: d, score: sum * (float64(matches) / float64(len(qs)*numFields))})
		}
	}
	slices.SortFunc(all, func(a, b scored) int {
		if a.before(b) {
			return -1
		}
		return 1
	})
	return all
}

// TestScoreIsExact: score's best passages and their scores are those of scoring each passage on
// its own, to the last bit, on the clinic's pages and on a synthetic knowledge base of 2,000
// sections where most words are in thousands of passages, with and without a follow-up's topic.
func TestScoreIsExact(t *testing.T) {
	small, large := smallAndLarge(t)
	compared := 0
	for _, c := range []struct {
		ix        *Index
		questions []string
	}{{small, testQuestions(t)}, {large, devQuestions(t)}} {
		ix := c.ix
		topics := []string{"", ix.passages[0].Key, ix.passages[len(ix.passages)/2].Key}
		for _, text := range c.questions {
			for _, topic := range topics {
				qq, _, ok := ix.read(Query{Text: text, Topic: topic})
				if !ok {
					continue
				}
				all := scoreEach(&ix.scoring, qq.boosts, len(ix.passages))
				for _, n := range []int{1, candidates, len(ix.passages)} {
					want := all[:min(n, len(all))]
					if got := ix.scoring.score(qq.boosts, len(ix.passages), n, nil); !slices.Equal(got, want) {
						t.Fatalf("%q (topic %q), best %d: %v, want %v", text, topic, n, got, want)
					}
					compared++
				}
			}
		}
	}
	// Searches for one or two stems, most of them rare: few postings, which score lists the
	// passages of rather than looking at every one between the first and last.
	for _, ix := range []*Index{small, large} {
		for id := range ix.indexed {
			for _, qs := range [][]termBoost{{{id, 1}}, {{id, altBoost}, {(id + 1) % ix.indexed, 1}}} {
				all := scoreEach(&ix.scoring, qs, len(ix.passages))
				for _, n := range []int{1, candidates} {
					if got, want := ix.scoring.score(qs, len(ix.passages), n, nil), all[:min(n, len(all))]; !slices.Equal(got, want) {
						t.Fatalf("stems %v, best %d: %v, want %v", qs, n, got, want)
					}
					compared++
				}
			}
		}
	}
	if compared < 1000 {
		t.Fatalf("compared %d searches", compared)
	}
}

// TestScoreBreaksTiesByPassage: passages with equal scores rank in passage order, whatever the
// order the terms meet them in, with few postings for the passages between (listed) or many.
func TestScoreBreaksTiesByPassage(t *testing.T) {
	for _, docs := range [][2]int32{{300, 10}, {3, 1}} {
		var b bm25
		b.fields = make([][numFields]fieldTerm, 2)
		for id := range b.fields {
			b.fields[id][textField] = fieldTerm{idf: 1, docs: []int32{docs[id]}, scores: []float64{2}}
			b.fields[id][headField] = fieldTerm{idf: 1, docs: []int32{}, scores: []float64{}}
		}
		got := b.score([]termBoost{{0, 1}, {1, 1}}, 1000, 1, nil)
		if len(got) != 1 || got[0].doc != docs[1] {
			t.Errorf("passages %v tie: best %v, want passage %d", docs, got, docs[1])
		}
	}
}

// TestScoreLeavesAccumulatorsZero: the accumulators a search borrows from the pool are all zero
// when it gives them back, after searches with many postings (which clear the passages between
// their first and last) and with few (which clear those they listed), for any number of best
// passages; and a search with accumulators used before finds what scoring each passage on its
// own does.
func TestScoreLeavesAccumulatorsZero(t *testing.T) {
	small, large := smallAndLarge(t)
	var dense, sparse int
	for _, ix := range []*Index{small, large} {
		b := &ix.scoring
		docs := len(ix.passages)
		s := &scratch{sums: make([]float64, docs), matches: make([]int32, docs)}
		var searches [][]termBoost
		for _, text := range devQuestions(t) {
			if qq, _, ok := ix.read(Query{Text: text}); ok {
				searches = append(searches, qq.boosts)
			}
		}
		for id := range min(ix.indexed, 200) {
			searches = append(searches, []termBoost{{id, 1}}) // mostly rare stems: few postings
		}
		for i, qs := range searches {
			n := []int{1, candidates, docs}[i%3]
			all := scoreEach(b, qs, docs)
			if got, want := b.scoreIn(s, qs, n, nil), all[:min(n, len(all))]; !slices.Equal(got, want) {
				t.Fatalf("stems %v, best %d, after %d searches: %v, want %v", qs, n, i, got, want)
			}
			for d := range docs {
				if s.sums[d] != 0 || s.matches[d] != 0 {
					t.Fatalf("stems %v, best %d: passage %d left with sum %v of %d matches", qs, n, d, s.sums[d], s.matches[d])
				}
			}
			if len(s.touched) != 0 {
				t.Fatalf("stems %v: %d passages left listed", qs, len(s.touched))
			}
			first, last, postings := int32(docs), int32(-1), 0
			for _, q := range qs {
				for f := range numFields {
					if ds := b.fields[q.id][f].docs; len(ds) > 0 {
						first, last, postings = min(first, ds[0]), max(last, ds[len(ds)-1]), postings+len(ds)
					}
				}
			}
			if postings*8 < int(last-first)+1 {
				sparse++
			} else {
				dense++
			}
		}
	}
	if dense < 50 || sparse < 50 {
		t.Fatalf("%d searches with many postings, %d with few", dense, sparse)
	}
}

// TestAbove: above finds the first passage from i on that scores above the threshold, whatever
// the number of passages left (taken four at a time, then one by one) and wherever it is, with
// coordination factors looked up in an array (room for coordCap) or a slice.
func TestAbove(t *testing.T) {
	short := []float64{0, 0.25, 0.5, 0.75, 1}
	long := append(make([]float64, 0, coordCap), short...)
	rng := rand.New(rand.NewPCG(3, 4))
	for k := range 4000 {
		coord := [][]float64{short, long}[k%2]
		n := rng.IntN(14)
		sums, matches := make([]float64, n), make([]int32, n)
		for d := range n {
			if rng.IntN(3) > 0 {
				sums[d], matches[d] = rng.Float64(), int32(1+rng.IntN(4))
			}
		}
		threshold := rng.Float64()
		i := rng.IntN(n + 1)
		want := i
		for want < n && sums[want]*coord[matches[want]] <= threshold {
			want++
		}
		if got := above(sums, matches, coord, threshold, i); got != want {
			t.Fatalf("sums %v, matches %v, threshold %v, from %d: %d, want %d", sums, matches, threshold, i, got, want)
		}
	}
}

// smallAndLarge are the clinic's pages and a synthetic knowledge base of 2,000 sections where most
// words are in thousands of passages: the two shapes the scoring must be exact on.
func smallAndLarge(t *testing.T) (small, large *Index) {
	t.Helper()
	lx, err := LoadLexicon(Default())
	if err != nil {
		t.Fatal(err)
	}
	if small, err = Open(Default()); err != nil {
		t.Fatal(err)
	}
	if large, err = Build(syntheticDocs(t, 200, 10), lx); err != nil {
		t.Fatal(err)
	}
	return small, large
}
