package knowledge

import (
	"slices"
	"strings"
)

// Together says whether passage p names the thing words name as one: the first two concepts of words
// the pages know stand within span words of each other, in the passage's text or in one of its
// headings or questions. A passage that holds the words of a thing apart («…the first visit takes an
// hour and includes a home exercise plan» for home visits) names other things that share them. Words
// of fewer than two known concepts not found all over the pages name nothing to put together: it is
// true.
func (ix *Index) Together(p *Passage, words []string, span int) bool {
	if p == nil || span < 1 {
		return false
	}
	qq, _, ok := ix.read(Query{Text: strings.Join(words, " "), Words: words})
	if !ok {
		return false
	}
	// The stems of each known concept's spellings: a spelling of several stems counts where its
	// first stands.
	var want [][]int32
	var phrase [][]stemInfo // the spellings of the first known concept, when the lexicon joins several words in it
	for ci, alts := range qq.infos {
		if !qq.specific[ci] {
			continue // a word found all over the pages («البوتوكس») places nothing
		}
		if phrase == nil && len(alts) > 0 && len(alts[0]) > 1 {
			phrase = alts
		}
		var ids []int32
		for _, alt := range alts {
			if len(alt) > 0 && alt[0].id >= 0 {
				ids = append(ids, alt[0].id)
			}
		}
		if len(ids) > 0 {
			want = append(want, ids)
		}
		if len(want) == 2 {
			break // the thing and what it is of; a third word places it («…لكبار السن»)
		}
	}
	if len(want) < 2 && phrase != nil {
		// A thing of several words the lexicon holds as one («زيارات منزلية», a "topic:" line) is
		// still its words to put together, in one of its spellings («الإصابات الرياضية», "sports
		// injuries"); one of a single word names it alone.
		for _, alt := range phrase {
			if slices.ContainsFunc(alt, func(s stemInfo) bool { return s.id < 0 }) {
				continue
			}
			if len(alt) < 2 {
				return true
			}
			stems := make([][]int32, len(alt))
			for i, s := range alt {
				stems[i] = []int32{s.id}
			}
			if ix.togetherIn(p, stems, span) {
				return true
			}
		}
		return false
	}
	if len(want) < 2 {
		return true
	}
	return ix.togetherIn(p, want, span)
}

// togetherIn says whether p's text or one of its headings or questions holds a stem of each of want
// within span words.
func (ix *Index) togetherIn(p *Passage, want [][]int32, span int) bool {
	fields := append([]string{p.Section, p.Question, p.lead, p.Text}, p.Questions...)
	for _, f := range fields {
		if f != "" && ix.together(f, want, span) {
			return true
		}
	}
	return false
}

// together says whether text holds a stem of each of want within span words.
func (ix *Index) together(text string, want [][]int32, span int) bool {
	terms := analyzeWords(wordsOf(normalUnhooked(text)), nil)
	at := make([]int, len(want)) // the last position each concept was seen at, +1
	for i, t := range terms {
		if t.Stem == "" {
			continue
		}
		id, ok := ix.ids[t.Stem]
		alt, okAlt := int32(-1), false
		if t.Alt != "" {
			alt, okAlt = ix.ids[t.Alt]
		}
		if !ok && !okAlt {
			continue
		}
		for ci, ids := range want {
			if ok && slices.Contains(ids, id) || okAlt && slices.Contains(ids, alt) {
				at[ci] = i + 1
			}
		}
		all := true
		for _, a := range at {
			if a == 0 || i+1-a >= span {
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
