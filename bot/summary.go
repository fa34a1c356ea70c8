package bot

import (
	"github.com/faqbot/faqbot/knowledge"
	"slices"
)

// summaries returns the documents of ix written in a language other than the one most of its passages
// are in: a clinic's page in English that sums up its Arabic pages in a few lines each. None when all
// its pages are in one language.
func summaries(ix *knowledge.Index) map[string]bool {
	ps := ix.Passages()
	count := map[string]int{}
	for i := range ps {
		count[ix.LangOf(&ps[i])]++
	}
	main := ""
	for l, n := range count {
		if main == "" || n > count[main] || n == count[main] && l < main {
			main = l
		}
	}
	out := map[string]bool{}
	for i := range ps {
		if ix.LangOf(&ps[i]) != main {
			out[ps[i].DocID] = true
		}
	}
	return out
}

// detailSearcher is what answering a follow-up on a summary needs of the index, beyond Search.
type detailSearcher interface {
	PassageText(key string) string
	CoverageOf(words []string) func(*knowledge.Passage) float64
	LangOf(p *knowledge.Passage) string
}

// detailOf answers a follow-up on a summary (topic) from the pages it sums up: the question is searched
// together with all the summary's passage says, and the first passage found in another language that
// covers as much of the question as the best passage in such a language for it alone does (or, for a question with nothing
// of its own to search, "why?", the first one found). false when none does.
func (e *Engine) detailOf(topic, text string, words []string) (knowledge.Hit, bool) {
	ds, ok := e.search.(detailSearcher)
	if !ok {
		return knowledge.Hit{}, false
	}
	about := ds.PassageText(topic)
	if about == "" {
		return knowledge.Hit{}, false
	}
	own := e.search.Search(knowledge.Query{Text: text, Words: words, Limit: 6})
	if own.Foreign {
		return knowledge.Hit{}, false
	}
	res := e.search.Search(knowledge.Query{Text: about + " " + text, Words: append(knowledge.Words(about), words...), Limit: 10})
	var lang string
	for _, h := range res.Hits {
		if h.Passage.Key == topic {
			lang = ds.LangOf(h.Passage)
		}
	}
	// As much as the best passage for the question alone holds in another language than the
	// summary's: a word only the summary's language shares with the question ("course", in "short
	// courses of antibiotics") is no part of what the detailed page must hold.
	need := e.cfg.MinCoverage
	for _, h := range own.Hits {
		if lang == "" || ds.LangOf(h.Passage) != lang {
			need = max(need, h.Coverage)
			break
		}
	}
	covers := ds.CoverageOf(words)
	var aspect func(string) bool
	switch {
	case asksTreatment(words):
		aspect = isTreatment
	case asksAfter(words):
		aspect = isAfter
	}
	first := -1
	for i, h := range res.Hits {
		if sameDoc(h.Passage.Key, topic) || ds.LangOf(h.Passage) == lang ||
			first >= 0 && !sameDoc(h.Passage.Key, res.Hits[first].Passage.Key) {
			continue
		}
		if own.Concepts == 0 && asks(text, words) || own.Concepts > 0 && covers(h.Passage) >= need-1e-9 {
			if aspect == nil || slices.ContainsFunc(knowledge.Words(h.Passage.Section), aspect) {
				return e.rankedPart(h, words), true // «how do you treat it?»: a section of that page headed with treating
			}
			if first < 0 {
				first = i
			}
		}
	}
	if first >= 0 {
		return e.rankedPart(res.Hits[first], words), true
	}
	return knowledge.Hit{}, false
}

// rankedPart is, of the parts of h's section, the one TopicHits ranks first for a question of words when
// it ranks above h: whether a treatment hurts is answered by the paragraph telling how it feels, not by
// the one the summary's words find first.
func (e *Engine) rankedPart(h knowledge.Hit, words []string) knowledge.Hit {
	ts, ok := e.search.(topicSearcher)
	if !ok {
		return h
	}
	parts := ts.TopicHits(h.Passage.Key, words)
	if len(parts) < 2 || parts[0].Passage == h.Passage {
		return h
	}
	for _, p := range parts[1:] {
		if p.Passage == h.Passage && p.Rank < parts[0].Rank-1e-9 {
			return parts[0]
		}
	}
	return h
}

// asksDetail says whether a follow-up asks what a summary's few lines leave out: how it is treated,
// what comes after, how long, why, or nothing the pages could search on its own («is it permanent?»).
func asksDetail(words []string) bool {
	return asksTreatment(words) || asksAfter(words) || asksHowLong(words) || asksWhy(words) || verbsOnly(words)
}
