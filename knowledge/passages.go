package knowledge

import (
	"slices"
	"strings"
	"sync/atomic"
)

// Passages returns the passages the index searches, in index order. Another searcher (the evaluation's
// plain-bleve baseline) reads them so that it is compared with this one on exactly the same texts.
func (ix *Index) Passages() []Passage { return slices.Clone(ix.passages) }

// passageFacts is what the ranking knows of each passage beyond its words, by passage number; Build
// reads it once.
type passageFacts struct {
	// urgent says the passage stands under a heading or FAQ question about urgent care («متى تحتاج
	// رعاية عاجلة؟», "When to seek urgent care"). Such a passage lists many symptoms, so it shares
	// words with many questions that are not about urgent care; the patient who reports a sign
	// now has had the emergency guidance before any search.
	urgent []bool
	// yesNo says the passage's heading or FAQ question asks yes or no, or its FAQ answer opens with
	// one (yesNoPassage): its heading does not answer a question asking when, how or what.
	yesNo []bool
	// asksOther says the passage's heading or FAQ question asks what, when, how, how much, where or
	// why (asksOtherThanYesNo): it does not ask what a question asking yes or no asks.
	asksOther []bool
	// asksLasting says the passage's heading or FAQ question asks whether a result lasts for good
	// («هل يعالج العلاج الحالة نهائيًا؟»: asksPermanence).
	asksLasting []bool
	// treats says the passage's heading or FAQ question names treating («علاج الحول», «خيارات علاج
	// حب الشباب»): it tells how what it names is treated.
	treats []bool
	// counts caches whether the passage's text gives a number (countsSomething), what a question
	// asking how long, how many or when wants: 0 not yet known, 1 no, 2 yes. It is worked out the
	// first time such a question meets the passage (Index.counts): at build time it would add an
	// analysis of every text to the build of a large knowledge base.
	counts []atomic.Uint32
	// often caches whether the passage's text says how often (givesOften), as counts does: 0 not yet
	// known, 1 no, 2 yes.
	often []atomic.Uint32
	// times caches timeOf the text plus one (0: not yet known), what a question asking how long wants.
	times []atomic.Uint32
	// lasts caches the stems that lastsAsked looks for in the passage's text (nil: not yet known):
	// finding them analyses the whole text, which a question asking how long did for each of its
	// candidates, every time.
	lasts []atomic.Pointer[[]int32]
}

func (ix *Index) passageFacts() passageFacts {
	n := len(ix.passages)
	f := passageFacts{urgent: make([]bool, n), yesNo: make([]bool, n), asksOther: make([]bool, n), asksLasting: make([]bool, n), treats: make([]bool, n), counts: make([]atomic.Uint32, n), often: make([]atomic.Uint32, n), times: make([]atomic.Uint32, n),
		lasts: make([]atomic.Pointer[[]int32], n)}
	// Headings repeat (a section's passages, and the same heading on many pages): each is read once.
	treats := map[string]bool{}
	for i := range ix.passages {
		p := &ix.passages[i]
		f.urgent[i] = isUrgent(p.Section)
		f.yesNo[i] = yesNoPassage(p.Section, p.Text, p.Question != "")
		f.asksOther[i] = asksOtherThanYesNo(p.Section)
		f.asksLasting[i] = asksPermanence(Words(p.Section + " " + p.Question))
		t, ok := treats[p.Section]
		if !ok {
			t = namesTreatment(Words(p.Section))
			treats[p.Section] = t
		}
		f.treats[i] = t
	}
	return f
}

// timeOf says how passage i's text gives a span of time (timeOf), from the cache when it is known.
func (ix *Index) timeOf(i int32) int {
	if v := ix.facts.times[i].Load(); v > 0 {
		return int(v) - 1
	}
	t := timeOf(ix.passages[i].Text)
	ix.facts.times[i].Store(uint32(t) + 1)
	return t
}

// counts says whether passage i's text gives a number, from the cache when it is known.
func (ix *Index) counts(i int32) bool {
	switch ix.facts.counts[i].Load() {
	case 1:
		return false
	case 2:
		return true
	}
	c := countsSomething(ix.passages[i].Text)
	v := uint32(1)
	if c {
		v = 2
	}
	ix.facts.counts[i].Store(v)
	return c
}

// often says whether passage i's text says how often (givesOften), from the cache when it is known.
func (ix *Index) often(i int32) bool {
	switch ix.facts.often[i].Load() {
	case 1:
		return false
	case 2:
		return true
	}
	o := givesOften(ix.passages[i].Text)
	v := uint32(1)
	if o {
		v = 2
	}
	ix.facts.often[i].Store(v)
	return o
}

// countsSomething says whether a text gives a number: a digit or a number word.
func countsSomething(text string) bool {
	if strings.ContainsAny(text, "0123456789٠١٢٣٤٥٦٧٨٩") {
		return true
	}
	for _, w := range Words(text) {
		if numberWords[w] {
			return true
		}
	}
	return false
}

// numberWords are number words as Words writes them, with the duals that name a span («يومين»).
var numberWords = wordSet(`واحد واحدة اثنين اثنان ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثمانية
	تسع تسعة عشر عشرة عشرين ثلاثين أربعين خمسين ستين نصف ربع يومين أسبوعين شهرين سنتين ساعتين دقيقتين
	مرتين جلستين one two three four five six seven eight nine ten twelve twenty thirty half couple few several`)

// lastsAsked says whether passage i says that what the question asks about takes or lasts a time:
// «تستغرق العملية من 15 إلى 20 دقيقة» answers «عملية الماء الابيض كم تاخذ», where «لمدة أربعة أسابيع»
// after the operation says how long drops are used. ids are the question's stems (conceptSet.ids).
func (ix *Index) lastsAsked(i int32, ids []int32) bool {
	for _, id := range ix.lastingStems(i) {
		if _, found := slices.BinarySearch(ids, id); found {
			return true
		}
	}
	return false
}

// lastingStems returns the stems of passage i's text that may say what takes or lasts a time: those
// of the two words after a word for taking or lasting, but for the time itself («خلال أيام وتستمر»),
// which a question asking how long names too. They are worked out the first time a question asks
// how long of the passage, and kept.
func (ix *Index) lastingStems(i int32) []int32 {
	if p := ix.facts.lasts[i].Load(); p != nil {
		return *p
	}
	words := Words(ix.passages[i].Text)
	keys := keysOf(analyzeWords(words, nil))
	out := []int32{}
	for k, w := range words {
		if !lastsWords[w] && !lastsWords[strings.TrimPrefix(w, "و")] {
			continue
		}
		for j := k + 1; j < min(k+3, len(keys)); j++ {
			if w := strings.TrimPrefix(words[j], "و"); spanWords[w] || timeNouns[w] || numberWords[w] || IsNumber(w) || lastsWords[w] {
				continue
			}
			if id, ok := ix.ids[keys[j]]; ok {
				out = append(out, id)
			}
		}
	}
	ix.facts.lasts[i].Store(&out)
	return out
}
