package knowledge

import "strings"

// What a conversation needs beyond Search: the words that name a topic, and how much of a short
// follow-up question a passage found with those words covers on its own.

// TopicText returns what the passage with key is about, as a question would name it: its heading, or
// its question for a FAQ answer; "" for an unknown key. A follow-up («ليش؟», «وين يحقنونه؟») is
// searched together with it.
func (ix *Index) TopicText(key string) string {
	for i := range ix.passages {
		if p := &ix.passages[i]; p.Key == key {
			if p.Question != "" {
				return p.Question
			}
			return p.Section
		}
	}
	return ""
}

// CoverageOf returns a function giving, for a passage of the index, the share of the concepts of
// words it contains, weighted as Search weighs them (Hit.Coverage of a search for words alone). It
// lets a caller that searched with more words (a follow-up with its topic) check that a hit still
// answers what was asked. The function is not safe for concurrent use; words analysed once.
func (ix *Index) CoverageOf(words []string) func(*Passage) float64 {
	qq, _, ok := ix.read(Query{Text: strings.Join(words, " "), Words: words})
	if !ok || qq.total == 0 {
		return func(*Passage) float64 { return 0 }
	}
	cs := newConceptSet(qq.infos)
	inText, inHead := cs.bits(), cs.bits()
	return func(p *Passage) float64 {
		if p == nil {
			return 0
		}
		cs.present(inText, inHead, p.termIDs)
		var got float64
		for ci := range qq.concepts {
			if cs.hasAny(inText, ci) {
				got += qq.weights[ci]
			}
		}
		return got / qq.total
	}
}
