package knowledge

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Query is one search.
type Query struct {
	Text string
	// Topic is the key of the passage the conversation was last about; a short follow-up question
	// ("وكم يدوم؟") is read in its light.
	Topic string
	// Limit is how many hits to return (0: 5).
	Limit int
}

// Hit is one passage found for a query.
type Hit struct {
	Passage *Passage
	// Score is bleve's BM25 score.
	Score float64
	// Coverage is the share, weighted by rarity, of the question's concepts that the passage (with
	// its headings and questions) contains: 1 when it speaks of everything asked.
	Coverage float64
	// TitleCoverage is the same share counted in the passage's headings and questions alone.
	TitleCoverage float64
	// Specific says whether the passage shares with the question a concept that is not everywhere in
	// the knowledge base (in at most a third of the passages): matching only «البوتوكس» in a clinic
	// about Botox says little.
	Specific bool
	// Rank orders hits: coverage first, BM25 and the conversation's topic after.
	Rank float64
	// Excerpt, when not empty, is the part of a list passage the question is about: the list's
	// introduction and the items that name what was asked. Use Answer.
	Excerpt string
}

// Result is what a search found.
type Result struct {
	Hits []Hit
	// Concepts is how many things the question asks about; 0 means nothing searchable was left.
	Concepts int
	// Known is the weighted share of the question's concepts that occur anywhere in the knowledge base.
	Known float64
}

// Weights of the ranking. Coverage dominates: a passage that speaks of everything asked beats one that
// repeats one word often.
const (
	altBoost      = 0.85 // a lexicon equivalent counts a little less than the patient's own word
	topicBoost    = 0.5  // words of the previous topic's heading, for follow-ups
	scoreShare    = 0.2  // how much BM25 adds to coverage in Rank
	topicShare    = 0.2  // how much staying on the previous topic adds in Rank
	titleShare    = 0.3  // how much finding the question's concepts in a heading or FAQ question adds
	candidates    = 20
	unknownWeight = 0.7
	minorWeight   = 0.3
)

// Search finds the passages that best answer q.
func (ix *Index) Search(q Query) Result {
	limit := q.Limit
	if limit <= 0 {
		limit = 5
	}
	concepts := ix.lex.Concepts(ix.keys(q.Text))
	if len(concepts) == 0 {
		return Result{}
	}
	weights := make([]float64, len(concepts))
	specific := make([]bool, len(concepts))
	var total, known float64
	boosts := map[string]float64{}
	for i, c := range concepts {
		df := 0
		for a, alt := range c.Alts {
			altDF := -1
			for _, s := range alt {
				if d := ix.df[s]; altDF < 0 || d < altDF {
					altDF = d
				}
			}
			df = max(df, altDF)
			boost := 1.0
			if a > 0 {
				boost = altBoost
			}
			for _, s := range alt {
				if _, ok := ix.indexed[s]; ok { // most English and dialect equivalents are not in the text
					boosts[s] = max(boosts[s], boost)
				}
			}
		}
		weights[i] = ix.idf(df)
		specific[i] = df > 0 && df*3 <= len(ix.passages)
		if ix.lex.Minor(c) {
			weights[i] *= minorWeight
		}
		if df == 0 {
			// A word the clinic never uses may be the topic (مطعم) or dialect filler (تعبني); it
			// counts, but less than a word the clinic does use.
			weights[i] *= unknownWeight
		}
		total += weights[i]
		if df > 0 {
			known += weights[i]
		}
	}
	res := Result{Concepts: len(concepts), Known: known / total}
	if known == 0 {
		return res
	}
	var topicTerms []string
	if q.Topic != "" {
		if p := ix.passageByKey(q.Topic); p != nil {
			topicTerms = Stems(p.Section)
			for _, s := range topicTerms {
				if _, ok := boosts[s]; !ok {
					boosts[s] = topicBoost
				}
			}
		}
	}

	disj := make([]query.Query, 0, len(boosts)*2)
	for s, b := range boosts {
		for _, f := range [...]struct {
			name  string
			boost float64
		}{{fieldText, boostText}, {fieldHead, boostHead}} {
			tq := bleve.NewTermQuery(s)
			tq.SetField(f.name)
			tq.SetBoost(b * f.boost)
			disj = append(disj, tq)
		}
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(disj...), candidates, 0, false)
	sr, err := ix.bleve.Search(req)
	if err != nil || len(sr.Hits) == 0 {
		return res // an in-memory index fails only on a malformed query, which we never build
	}
	top := sr.Hits[0].Score
	hits := make([]Hit, 0, len(sr.Hits))
	for _, h := range sr.Hits {
		i, err := strconv.Atoi(h.ID)
		if err != nil || i < 0 || i >= len(ix.passages) {
			continue
		}
		p := &ix.passages[i]
		var got, inTitle float64
		var spec bool
		for ci, c := range concepts {
			if hasAny(p.terms, c.Alts) {
				got += weights[ci]
				spec = spec || specific[ci]
			}
			if hasAny(p.titleTerms, c.Alts) {
				inTitle += weights[ci]
			}
		}
		hit := Hit{Passage: p, Score: h.Score, Coverage: got / total, TitleCoverage: inTitle / total, Specific: spec}
		hit.Excerpt = p.excerpt(concepts, specific)
		hit.Rank = hit.Coverage + scoreShare*h.Score/top + titleShare*hit.TitleCoverage
		if q.Topic != "" && p.Key == q.Topic {
			hit.Rank += topicShare
		}
		hits = append(hits, hit)
	}
	slices.SortStableFunc(hits, func(a, b Hit) int { return cmp.Compare(b.Rank, a.Rank) })
	if len(hits) > limit {
		hits = hits[:limit]
	}
	res.Hits = hits
	return res
}

// Answer is the text to show for the hit: the excerpt of a list when there is one, else the passage's.
func (h Hit) Answer() string {
	if h.Excerpt != "" {
		return h.Excerpt
	}
	return h.Passage.Answer()
}

// excerpt picks the items of a list passage that contain one of the question's specific concepts;
// "" when the passage is no list, or no item or every item does.
func (p *Passage) excerpt(concepts []Concept, specific []bool) string {
	if len(p.items) == 0 {
		return ""
	}
	var picked []string
	for _, it := range p.items {
		for ci, c := range concepts {
			if specific[ci] && hasAny(it.terms, c.Alts) {
				picked = append(picked, "- "+it.text)
				break
			}
		}
	}
	if len(picked) == 0 || len(picked) == len(p.items) {
		return ""
	}
	return p.intro + "\n" + strings.Join(picked, "\n")
}

// keys analyses a question into lexicon keys. A word the knowledge base does not know is retried
// without a leading one-letter preposition or conjunction (لتشنج → تشنج, بحقن → حقن): the stemmer
// cannot strip those blindly, since many words start with the same letters (بوتوكس, لسان).
func (ix *Index) keys(text string) []string {
	keys := keysOf(Analyze(text))
	for i, k := range keys {
		if strings.HasPrefix(k, stopKey) || ix.knows(k) {
			continue
		}
		r := []rune(k)
		if len(r) >= 4 && strings.ContainsRune("لبفكو", r[0]) {
			if alt := stemWord(string(r[1:])); alt != "" && ix.knows(alt) {
				keys[i] = alt
			}
		}
	}
	return keys
}

// knows says whether a stem occurs in the knowledge base or its lexicon.
func (ix *Index) knows(stem string) bool {
	if _, ok := ix.df[stem]; ok {
		return true
	}
	return ix.lex.vocab[stem]
}

// hasAny says whether terms hold every stem of at least one of alts.
func hasAny(terms map[string]struct{}, alts [][]string) bool {
	for _, alt := range alts {
		if len(alt) == 0 {
			continue
		}
		all := true
		for _, s := range alt {
			if _, ok := terms[s]; !ok {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}
