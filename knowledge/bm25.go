package knowledge

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"iter"
	"math"
	"slices"
	"strconv"
	"sync"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// bleve indexes the passages, and Search scores them as bleve scores a disjunction of term queries,
// two per stem (the text and head fields), but without asking bleve at query time: building bleve's
// term searchers (a dictionary lookup, a postings decoder and a scorer per query term and field) was
// two thirds of a question's cost and most of its garbage. The index never changes once built, so
// Build reads bleve's postings and scores once (readBM25): each term of each field's dictionary is
// searched with bleve's own TermSearcher, as a term query would be but for the query's boosts,
// which gives bleve's idf of the term and bleve's BM25 score of it in each passage that has it.
// score then combines them as bleve's disjunction would, doing the rest of bleve's arithmetic in
// bleve's order (query norm, query weight, coordination factor), so a score is bleve's to the last
// bit but for the order in which a passage's term scores are added, which bleve leaves to Go's map
// order. TestPostingsMatchBleve checks the tables against bleve's explanation of its term queries,
// TestScoresMatchBleve the scores against bleve's own search.

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

func byDoc(a, b posting) int { return cmp.Compare(a.doc, b.doc) }

// fieldTerm is what bleve's term searcher knows of a stem in one field.
type fieldTerm struct {
	idf float64
	// docs are the passages that have the stem, in passage order, and scores their postings'
	// scores: apart, as score reads each once in a tight loop, 12 bytes a posting rather than 16.
	docs   []int32
	scores []float64
}

// bm25 holds the index's scoring data: per stem (by id, see Index.ids), per field.
type bm25 struct {
	fields [][numFields]fieldTerm
}

// readBM25 reads the scoring data of the stems numbered in ids (below n) from bleve's index: every
// term of each field's dictionary, searched for as bleve searches for a term query's (a
// TermSearcher with BM25 scoring and no boost), gives bleve's idf and each passage's term score.
// The terms are shared out among workers, each with its own reader.
func readBM25(bi index.Index, ids map[string]int32, n, workers int) (bm25, error) {
	r, err := bi.Reader()
	if err != nil {
		return bm25{}, err
	}
	passages, err := passageNumbers(r)
	var terms []fieldTermID
	for f := range numFields {
		if err == nil {
			terms, err = dictionary(r, f, ids, n, terms)
		}
	}
	if err = errors.Join(err, r.Close()); err != nil {
		return bm25{}, err
	}
	b := bm25{fields: make([][numFields]fieldTerm, n)}
	var mu sync.Mutex
	var errs []error
	parallel(workers, len(terms), func(share iter.Seq[int]) {
		if err := b.read(bi, passages, func(yield func(fieldTermID) bool) {
			for i := range share {
				if !yield(terms[i]) {
					return
				}
			}
		}); err != nil {
			mu.Lock()
			errs = append(errs, err)
			mu.Unlock()
		}
	})
	if err := errors.Join(errs...); err != nil {
		return bm25{}, err
	}
	// A stem a field does not have still weighs in a query's norm, with the idf bleve gives a
	// term in no passage: the same for all of them, so one search tells it.
	for f := range numFields {
		absent := slices.IndexFunc(b.fields, func(ft [numFields]fieldTerm) bool { return ft[f].docs == nil })
		if absent < 0 {
			continue
		}
		var none bm25
		none.fields = make([][numFields]fieldTerm, 1)
		for s, id := range ids {
			if int(id) == absent {
				err = none.read(bi, passages, slices.Values([]fieldTermID{{s, f, 0}}))
			}
		}
		if err == nil && len(none.fields[0][f].docs) > 0 {
			err = errors.New("bleve has a term in a field but not in its dictionary")
		}
		if err != nil {
			return bm25{}, err
		}
		for id := range b.fields {
			if b.fields[id][f].docs == nil {
				b.fields[id][f].idf = none.fields[0][f].idf
			}
		}
	}
	return b, nil
}

// fieldTermID is a term of a field with its stem id.
type fieldTermID struct {
	term string
	f    int
	id   int32
}

// dictionary appends the terms of field f to terms, with their ids (below n).
func dictionary(r index.IndexReader, f int, ids map[string]int32, n int, terms []fieldTermID) ([]fieldTermID, error) {
	dict, err := r.FieldDict(fieldNames[f])
	if err != nil {
		return nil, err
	}
	for {
		e, err := dict.Next()
		if err != nil || e == nil {
			return terms, errors.Join(err, dict.Close())
		}
		id, ok := ids[e.Term]
		if !ok || int(id) >= n {
			return nil, errors.Join(fmt.Errorf("bleve has %q in %s, which no passage has", e.Term, fieldNames[f]), dict.Close())
		}
		terms = append(terms, fieldTermID{e.Term, f, id})
	}
}

// bm25Context makes the term searchers score with BM25, as bleve.Search does for an index mapped
// with BM25Scoring.
var bm25Context = context.WithValue(context.Background(), search.GetScoringModelCallbackKey,
	search.GetScoringModelCallbackFn(func() string { return index.BM25Scoring }))

// read fills b.fields for terms from bleve's index, with a reader of its own.
func (b *bm25) read(bi index.Index, passages map[uint64]int32, terms iter.Seq[fieldTermID]) error {
	r, err := bi.Reader()
	if err != nil {
		return err
	}
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(1, 0), IndexReader: r}
	var buf []posting
	for t := range terms {
		ft, err := termSearch(sctx, r, t.term, t.f, passages, &buf)
		if err != nil {
			return errors.Join(err, r.Close())
		}
		b.fields[t.id][t.f] = ft
	}
	return r.Close()
}

// termSearch searches field f for term as a term query without a boost would, and returns the
// idf and postings the search scores with. buf is scratch space for the postings.
func termSearch(sctx *search.SearchContext, r index.IndexReader, term string, f int, passages map[uint64]int32, buf *[]posting) (fieldTerm, error) {
	ts, err := searcher.NewTermSearcher(bm25Context, r, term, fieldNames[f], 1.0, search.SearcherOptions{})
	if err != nil {
		return fieldTerm{}, err
	}
	// The searcher's weight is its boost (1) times the idf, squared; the square root of a square
	// is exact in binary floating point (Boldo, 2015), so this is bleve's idf.
	ft := fieldTerm{idf: math.Sqrt(ts.Weight())}
	post := (*buf)[:0]
	for {
		m, err := ts.Next(sctx)
		if err != nil {
			return fieldTerm{}, errors.Join(err, ts.Close())
		}
		if m == nil {
			break
		}
		doc, ok := passages[m.IndexInternalID.Value()]
		if !ok {
			return fieldTerm{}, errors.Join(fmt.Errorf("bleve has %q in %s of a document it does not list", term, fieldNames[f]), ts.Close())
		}
		// Without a query norm, the searcher's score is the term's score before the query
		// weight (TermQueryScorer.docScore).
		post = append(post, posting{doc: doc, score: m.Score})
		sctx.DocumentMatchPool.Put(m)
	}
	*buf = post
	// bleve numbers documents in an order of its own.
	if !slices.IsSortedFunc(post, byDoc) {
		slices.SortFunc(post, byDoc)
	}
	// docs is never nil, even empty: readBM25 tells the stems a field has by it.
	ft.docs, ft.scores = make([]int32, len(post)), make([]float64, len(post))
	for i, p := range post {
		ft.docs[i], ft.scores[i] = p.doc, p.score
	}
	return ft, ts.Close()
}

// passageNumbers maps bleve's internal document numbers to passage numbers (the documents' ids).
func passageNumbers(r index.IndexReader) (map[uint64]int32, error) {
	all, err := r.DocIDReaderAll()
	if err != nil {
		return nil, err
	}
	defer all.Close()
	n, err := r.DocCount()
	if err != nil {
		return nil, err
	}
	out := make(map[uint64]int32, n)
	for {
		d, err := all.Next()
		if err != nil || d == nil {
			return out, err
		}
		ext, err := r.ExternalID(d)
		if err != nil {
			return nil, err
		}
		p, err := strconv.Atoi(ext)
		if err != nil {
			return nil, fmt.Errorf("bleve has a document %q that is no passage", ext)
		}
		out[d.Value()] = int32(p)
	}
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

// scratch is a search's per-passage accumulators, pooled: allocating them per search would be
// most of its garbage on a large knowledge base. Each passage's sum of term scores and count of
// matching term searchers are apart, in two arrays of the passages' length: a passage's entry is
// then found by scaling its number, where a 16-byte pair needed a shift and an add, and one
// bounds check covers both (the loops' instructions are a search's cost; see score). Every entry
// is zero between searches.
type scratch struct {
	sums    []float64
	matches []int32
	// touched lists the passages matched, in a search with few postings (see score).
	touched []int32
	// coord[m] is the coordination factor of a passage that m term searchers match.
	coord []float64
}

var scratchPool sync.Pool

// coordCap is the number of coordination factors a search's scan looks up without a bounds check
// (see above): a byte's worth.
const coordCap = 256

// score returns the n best passages for a disjunction of the terms, each in every field, scored
// as bleve's DisjunctionSearcher over TermSearchers does, best first; equal scores in passage order.
// out is appended to and returned.
//
// A search on a large knowledge base adds up tens of thousands of postings, and then looks at
// every passage some term has: those two loops are the search's cost, so they do nothing else.
// The postings are in passage order, so each term walks the accumulators from one end to the
// other (the processor fetches ahead); the second loop goes through them in order too. A search
// with few postings for the passages between its first and last lists the passages it matches
// instead, as looking at all of those would cost more than the postings.
//
// Leaving out the postings of common stems, as max_score does, was tried and costs more: the
// coordination factor rewards a passage for every searcher it matches, so the bound on what those
// postings may add leaves nearly every passage with a rare stem to be looked up in them (on the
// 10,000-section benchmark, thousands a search, 2.8 times the instructions of adding them all).
func (b *bm25) score(qs []termBoost, docs, n int, out []scored) []scored {
	if len(qs) == 0 || n <= 0 {
		return out
	}
	s, _ := scratchPool.Get().(*scratch)
	if s == nil || len(s.sums) < docs {
		s = &scratch{sums: make([]float64, docs), matches: make([]int32, docs)}
	}
	defer scratchPool.Put(s)
	return b.scoreIn(s, qs, n, out)
}

// scoreIn is score with the accumulators of s (as long as the passages at least), which it
// leaves all zero.
func (b *bm25) scoreIn(s *scratch, qs []termBoost, n int, out []scored) []scored {
	if len(qs) == 0 || n <= 0 {
		return out
	}
	// The same length for both, so that a passage within sums is within matches: the compiler
	// then leaves out the second bounds check.
	sums := s.sums
	matches := s.matches[:len(sums)]
	// computeQueryNorm: the sum of the squared weights of every term searcher, matching or not.
	var sumSq float64
	first, last, postings := int32(math.MaxInt32), int32(-1), 0
	for _, q := range qs {
		for f := range numFields {
			ft := &b.fields[q.id][f]
			w := q.boost * fieldBoosts[f] * ft.idf // TermQueryScorer.Weight
			sumSq += w * w
			if len(ft.docs) > 0 {
				first, last = min(first, ft.docs[0]), max(last, ft.docs[len(ft.docs)-1])
				postings += len(ft.docs)
			}
		}
	}
	if first > last {
		return out
	}
	qnorm := 1.0 / math.Sqrt(sumSq)
	sparse := postings*8 < int(last-first)+1
	touched := s.touched[:0]
	for _, q := range qs {
		for f := range numFields {
			ft := &b.fields[q.id][f]
			// SetQueryNorm. Multiplying by 1 is exact, so bleve's test for it needs no copy.
			qw := q.boost * fieldBoosts[f] * ft.idf * qnorm
			scores := ft.scores[:len(ft.docs)]
			if sparse {
				for k, d := range ft.docs {
					if matches[d] == 0 {
						touched = append(touched, d)
					}
					sums[d] += scores[k] * qw
					matches[d]++
				}
				continue
			}
			add(sums, matches, ft.docs, scores, qw)
		}
	}
	// DisjunctionQueryScorer: the sum times the share of the term searchers that matched, here
	// divided once per count rather than once per passage.
	total := float64(len(qs) * numFields)
	coord := s.coord[:0]
	if cap(coord) < coordCap {
		coord = make([]float64, 0, coordCap)
	}
	for m := range len(qs)*numFields + 1 {
		coord = append(coord, float64(m)/total)
	}
	s.coord = coord
	start := len(out)
	if sparse {
		for _, d := range touched {
			sc := scored{doc: d, score: sums[d] * coord[matches[d]]}
			sums[d], matches[d] = 0, 0
			switch {
			case len(out)-start < n:
				out = insert(out, start, sc)
			case sc.before(out[len(out)-1]):
				out = insert(out[:len(out)-1], start, sc)
			}
		}
		s.touched = touched[:0]
		return out
	}
	d := first
	// The first n passages matched are the best so far.
	for ; d <= last && len(out)-start < n; d++ {
		if matches[d] > 0 {
			out = insert(out, start, scored{doc: d, score: sums[d] * coord[matches[d]]})
		}
	}
	// Then a passage is among them only when it scores more than the n-th (a tie ranks it after,
	// as it comes later): a test that fails for nearly all, so the processor guesses it right.
	// A passage no term matched scores 0, never more than one that some term did.
	threshold := out[len(out)-1].score
	restSums, restMatches := sums[d:last+1], matches[d:last+1]
	for i := above(restSums, restMatches, coord, threshold, 0); i < len(restSums); i = above(restSums, restMatches, coord, threshold, i+1) {
		sc := restSums[i] * coord[restMatches[i]]
		out = insert(out[:len(out)-1], start, scored{doc: d + int32(i), score: sc})
		threshold = out[len(out)-1].score
	}
	clear(sums[first : last+1])
	clear(matches[first : last+1])
	return out
}

// add adds each posting's score times qw to its passage's sum and counts the match: the loop
// nearly all of a search's time goes to, on its own so that its variables stay in registers.
// matches is as long as sums, so that one bounds check covers both.
func add(sums []float64, matches []int32, docs []int32, scores []float64, qw float64) {
	matches, scores = matches[:len(sums)], scores[:len(docs)]
	for k, d := range docs {
		u := uint32(d) // loaded and widened in one instruction, where int32 takes two
		sums[u] += scores[k] * qw
		matches[u]++
	}
}

// above returns the first passage from i on whose score (its sum times the coordination factor of
// its matches) is above threshold, or len(sums): the loop a search spends the rest of its time in,
// on its own so that its few variables all stay in registers, and taking four passages a turn to
// share the loop's count and test among them. A search of fewer than coordCap searchers (all but
// a pasted essay) has its coordination factors looked up in an array of coordCap, by a byte, so
// without a bounds check; coord's capacity is then coordCap at least.
func above(sums []float64, matches []int32, coord []float64, threshold float64, i int) int {
	matches = matches[:len(sums)]
	if len(coord) <= coordCap && cap(coord) >= coordCap {
		c := (*[coordCap]float64)(coord[:coordCap]) // the entries past len(coord) are never looked up
		for ; i+4 <= len(sums); i += 4 {
			s4, m4 := sums[i:i+4:i+4], matches[i:i+4:i+4]
			if s4[0]*c[uint8(m4[0])] > threshold || s4[1]*c[uint8(m4[1])] > threshold ||
				s4[2]*c[uint8(m4[2])] > threshold || s4[3]*c[uint8(m4[3])] > threshold {
				break // the single loop below finds which
			}
		}
	}
	for ; i < len(sums); i++ {
		if sums[i]*coord[matches[i]] > threshold {
			return i
		}
	}
	return i
}

// insert puts sc among the passages of out[start:], in order, and returns out one longer.
func insert(out []scored, start int, sc scored) []scored {
	best := out[start:]
	i := len(best)
	for i > 0 && sc.before(best[i-1]) {
		i--
	}
	out = append(out, scored{})
	best = out[start:]
	copy(best[i+1:], best[i:])
	best[i] = sc
	return out
}

// before says whether a ranks above b: a higher score, or the same and an earlier passage.
func (a scored) before(b scored) bool {
	return a.score > b.score || a.score == b.score && a.doc < b.doc
}
