package knowledge

import (
	"math"
	"sync"

	"github.com/blevesearch/bleve/v2/search"
)

// Search scores passages as bleve scores a disjunction of term queries, two per stem (the text and
// head fields), but without asking bleve at query time: building bleve's term searchers (a
// dictionary lookup, a postings decoder and a scorer per query term and field) was two thirds of a
// question's cost and most of its garbage. The index never changes once built, so Build computes
// what those searchers compute but the query's boosts: per stem and field, bleve's idf and, per
// passage containing the stem, bleve's BM25 term score. score then does the rest of bleve's
// arithmetic in bleve's order (query norm, query weight, coordination factor), so a score is
// bleve's to the last bit but for the order in which a passage's term scores are added, which bleve
// leaves to Go's map order. TestScoresMatchBleve checks this against bleve's own search.

// Fields of the index in the order of fieldNames; each has its boost.
const (
	textField = iota
	headField
	numFields
)

var (
	fieldNames  = [numFields]string{fieldText, fieldHead}
	fieldBoosts = [numFields]float64{boostText, boostHead}
)

// posting is one passage containing a stem in a field.
type posting struct {
	doc int32
	// score is bleve's BM25 score of the term in the passage before the query weight
	// (TermQueryScorer.docScore).
	score float64
}

// fieldTerm is what bleve's term searcher knows of a stem in one field.
type fieldTerm struct {
	idf  float64
	post []posting
}

// bm25 holds the index's scoring data: per stem (by id, see Index.ids), per field.
type bm25 struct {
	fields [][numFields]fieldTerm
	// avgLen is what bleve takes for each field's average length: its number of distinct terms
	// over the number of passages, rounded up.
	avgLen [numFields]float64
}

// termFreq is a stem (with its id, once it has one) and how often it occurs in a field of a passage.
type termFreq struct {
	stem string
	id   int32
	freq int
}

// passageFreqs are a passage's stems and field lengths (in tokens), per field.
type passageFreqs struct {
	terms [numFields][]termFreq
	len   [numFields]int
}

// drainCounts returns the stems counted in counts and the sum of their counts (the length of the
// field they were counted in), and empties counts for the next field.
func drainCounts(counts map[string]int) ([]termFreq, int) {
	out := make([]termFreq, 0, len(counts))
	n := 0
	for s, c := range counts {
		out = append(out, termFreq{stem: s, freq: c})
		n += c
	}
	clear(counts)
	return out, n
}

// buildBM25 computes the scoring data of passages from their fields' stems, each with its id
// (below n). The statistics bleve's BM25 takes from the index are the document count and each
// field's number of distinct terms; TestPostingsMatchBleve checks that they are bleve's.
func buildBM25(n int, freqs []passageFreqs) bm25 {
	b := bm25{fields: make([][numFields]fieldTerm, n)}
	df := make([][numFields]int32, n)
	var cardinality [numFields]int
	for _, pf := range freqs {
		for f := range numFields {
			for _, t := range pf.terms[f] {
				if df[t.id][f] == 0 {
					cardinality[f]++
				}
				df[t.id][f]++
			}
		}
	}
	docCount := uint64(len(freqs))
	for f := range numFields {
		if docCount > 0 || cardinality[f] > 0 {
			b.avgLen[f] = math.Ceil(float64(cardinality[f]) / float64(docCount)) // bm25ScoreMetrics
		}
	}
	for id := range b.fields {
		for f := range numFields {
			b.fields[id][f] = fieldTerm{idf: bleveIDF(b.avgLen[f], docCount, uint64(df[id][f])), post: make([]posting, 0, df[id][f])}
		}
	}
	for doc, pf := range freqs {
		for f := range numFields {
			// zap stores the field length and gives it back as a float32 norm.
			norm := float64(float32(1.0 / math.Sqrt(float64(uint32(pf.len[f])))))
			for _, t := range pf.terms[f] {
				ft := &b.fields[t.id][f]
				ft.post = append(ft.post, posting{doc: int32(doc), score: bleveDocScore(ft.idf, t.freq, norm, b.avgLen[f])})
			}
		}
	}
	return b
}

// bleveIDF is TermQueryScorer.computeIDF.
func bleveIDF(avgDocLength float64, docTotal, docTerm uint64) float64 {
	if avgDocLength > 0 {
		return math.Log(1 + (float64(docTotal)-float64(docTerm)+0.5)/
			(float64(docTerm)+0.5))
	}
	return 1.0 + math.Log(float64(docTotal)/float64(docTerm+1.0))
}

// bleveDocScore is TermQueryScorer.docScore.
func bleveDocScore(idf float64, freq int, norm, avgDocLength float64) float64 {
	tf := math.Sqrt(float64(freq))
	if avgDocLength <= 0 {
		return tf * norm * idf
	}
	fieldLength := 1 / (norm * norm)
	return idf * (tf * search.BM25_k1) /
		(tf + search.BM25_k1*(1-search.BM25_b+(search.BM25_b*fieldLength/avgDocLength)))
}

// termBoost is one stem of a search with its boost; the search asks for it in every field.
type termBoost struct {
	id    int32
	boost float64
}

// scored is a passage's BM25 score for a search.
type scored struct {
	doc   int32
	score float64
}

// scratch is a search's per-passage accumulators, pooled: a search touches few passages, and
// allocating one per passage per search would be most of its garbage on a large knowledge base.
type scratch struct {
	sum     []float64
	matches []int32
	touched []int32
}

var scratchPool sync.Pool

// score returns the n best passages for a disjunction of the terms, each in every field, scored
// as bleve's DisjunctionSearcher over TermSearchers does, best first; equal scores in passage order.
// out is appended to and returned.
func (b *bm25) score(qs []termBoost, docs, n int, out []scored) []scored {
	if len(qs) == 0 {
		return out
	}
	s, _ := scratchPool.Get().(*scratch)
	if s == nil || len(s.sum) < docs {
		s = &scratch{sum: make([]float64, docs), matches: make([]int32, docs)}
	}
	// computeQueryNorm: the sum of the squared weights of every term searcher, matching or not.
	var sumSq float64
	for _, q := range qs {
		for f := range numFields {
			w := q.boost * fieldBoosts[f] * b.fields[q.id][f].idf // TermQueryScorer.Weight
			sumSq += w * w
		}
	}
	qnorm := 1.0 / math.Sqrt(sumSq)
	for _, q := range qs {
		for f := range numFields {
			ft := &b.fields[q.id][f]
			qw := q.boost * fieldBoosts[f] * ft.idf * qnorm // SetQueryNorm
			for _, p := range ft.post {
				sc := p.score
				if qw != 1.0 {
					sc = sc * qw
				}
				if s.matches[p.doc] == 0 {
					s.touched = append(s.touched, p.doc)
				}
				s.sum[p.doc] += sc
				s.matches[p.doc]++
			}
		}
	}
	total := float64(len(qs) * numFields)
	start := len(out)
	for _, d := range s.touched {
		// DisjunctionQueryScorer: the sum times the share of the term searchers that matched.
		sc := scored{doc: d, score: s.sum[d] * (float64(s.matches[d]) / total)}
		s.sum[d], s.matches[d] = 0, 0
		// Keep the best n in order: insert each where it belongs, if it belongs at all.
		best := out[start:]
		i := len(best)
		for i > 0 && sc.before(best[i-1]) {
			i--
		}
		switch {
		case i == n:
			continue
		case len(best) < n:
			out = append(out, scored{})
			best = out[start:]
		}
		copy(best[i+1:], best[i:])
		best[i] = sc
	}
	s.touched = s.touched[:0]
	scratchPool.Put(s)
	return out
}

// before says whether a ranks above b: a higher score, or the same and an earlier passage.
func (a scored) before(b scored) bool {
	return a.score > b.score || a.score == b.score && a.doc < b.doc
}
