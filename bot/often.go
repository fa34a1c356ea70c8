package bot

import (
	"strings"

	"github.com/faqbot/faqbot/knowledge"
)

// howMuchOf are the words that, after «كل», ask how often («كل كم؟», «كل قديش؟», «كل اد ايه؟», «كل متى؟»).
var howMuchOf = wordSet(`كم كام قديش اديش قداش اد قد متى امتى امتي kam 2addesh adesh`)

// timesWords count times («كم مرة؟», «كام مرة في السنة؟»).
var timesWords = wordSet(`مره مرات مرة marra marat times`)

// asksHowOften says whether a message asks how often something is done: «كل كم؟», «وكل كم مرة بعدين؟»,
// «كم مرة بالأسبوع؟», "how often?", "how many times a year?".
func asksHowOften(words []string) bool {
	for i, w := range words {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		w = strings.TrimPrefix(w, "و")
		switch {
		case (w == "كل" || w == "kol" || w == "kul") && howMuchOf[next]:
			return true
		case (howMuchWords[w] || howMuchOf[w] && w != "متى") && timesWords[next]:
			return true
		case w == "how" && (next == "often" || next == "many" && i+2 < len(words) && words[i+2] == "times"):
			return true
		}
	}
	return false
}

// everyWords say "every" before a span of time («كل ستة أشهر», "every six months").
var everyWords = wordSet(`كل every`)

// rateWords tell a rate on their own («أسبوعيًا», «مرتين في الأسبوع», "weekly", "twice a week").
var rateWords = wordSet(`يوميا اسبوعيا شهريا سنويا daily weekly monthly yearly annually twice مرتين`)

// tellsFrequency says whether a text tells how often something is done: «كل» or "every" before a unit
// of time within five words («كل ستة أشهر», «كل سنة إلى سنتين», "every six months"), or a word of rate
// («جلستين إلى ثلاث جلسات أسبوعيًا», "twice a week").
func tellsFrequency(text string) bool {
	ws := knowledge.Words(text)
	for i, w := range ws {
		if rateWords[w] {
			return true
		}
		if !everyWords[w] {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+5; j++ {
			if timeUnit(ws[j]) {
				return true
			}
		}
	}
	return false
}

// frequencyOf is, for a follow-up asking how often, the passage that tells how often (tellsFrequency)
// and speaks most of the conversation's topic (its heading or FAQ question, and what was asked): on the topic's
// page first, as what the patient asks is asked of it; elsewhere only when that page tells it of
// nothing the conversation speaks of (an English summary whose details are on the Arabic pages).
func (e *Engine) frequencyOf(st State, words []string) (knowledge.Hit, bool) {
	cx, ok2 := e.search.(contextSearcher)
	ts, ok3 := e.search.(topicSearcher)
	if !ok2 || !ok3 {
		return knowledge.Hit{}, false
	}
	about := append(knowledge.Words(cx.TopicText(st.Topic)), strings.Fields(st.Asked)...)
	speaks := cx.CoverageOf(about)
	var best *knowledge.Passage
	bestScore := 1e-9
	for _, i := range e.frequentPassages() {
		p := &e.passages[i]
		c := speaks(p)
		if sameDoc(p.Key, st.Topic) {
			c++ // the conversation's page first, where a passage need speak of the topic only in part
		} else if c < speaksOf {
			continue
		}
		if c > bestScore+1e-9 {
			best, bestScore = p, c
		}
	}
	return hitOf(ts, best)
}

// frequentPassages are the indexes in e.passages of the passages that tell how often something is
// done, read once: reading every passage's words on each question asking how often costs a
// knowledge base of thousands of sections milliseconds.
func (e *Engine) frequentPassages() []int {
	e.frequentOnce.Do(func() {
		for i := range e.passages {
			if tellsFrequency(e.passages[i].Text) {
				e.frequent = append(e.frequent, i)
			}
		}
	})
	return e.frequent
}
