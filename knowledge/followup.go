package knowledge

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

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
// words it contains, weighted as Search weighs them (Hit.Coverage of a search for words alone), its
// page's title apart: a follow-up's words are answered by what a passage says, not by the title of
// the page it is on («and for kids?» is not answered by every passage of a page titled «…وأسنان
// الأطفال»). It lets a caller that searched with more words (a follow-up with its topic) check that a
// hit still answers what was asked. The function is not safe for concurrent use; words analysed once.
func (ix *Index) CoverageOf(words []string) func(*Passage) float64 { return ix.coverage(words, false) }

// SpokenOf is CoverageOf counting what a passage's own heading or FAQ question names as well as its
// text (its page's title still apart): a FAQ answer speaks of what its question names though its
// short answer does not repeat it («هل علاج العصب مؤلم؟» answered «مع التخدير…» speaks of root
// canals). Not safe for concurrent use; words analysed once.
func (ix *Index) SpokenOf(words []string) func(*Passage) float64 { return ix.coverage(words, true) }

// coverage is CoverageOf, and SpokenOf when heads counts a passage's heading too.
func (ix *Index) coverage(words []string, heads bool) func(*Passage) float64 {
	qq, _, ok := ix.read(Query{Text: strings.Join(words, " "), Words: words})
	if !ok || qq.total == 0 {
		return func(*Passage) float64 { return 0 }
	}
	cs := newConceptSet(qq.infos)
	inText, inHead, inPage := cs.bits(), cs.bits(), cs.bits()
	return func(p *Passage) float64 {
		if p == nil {
			return 0
		}
		cs.presentOwn(inText, inHead, inPage, p)
		var got float64
		for ci := range qq.concepts {
			if cs.hasAny(inText, ci) || heads && cs.hasAny(inHead, ci) {
				got += qq.weights[ci]
			}
		}
		return got / qq.total
	}
}

// TopicHits returns the passages filed under key (the parts of one section, or one FAQ answer), each
// with the share of the concepts of words it contains (Coverage, weighted as Search weighs them; the
// headings' share in TitleCoverage), Specific as Search sets it and the concepts it holds (Shared,
// Matched), best first; in the section's order when they cover as much. Its page's title is left
// apart, as in CoverageOf. A follow-up the pages cannot place on their own («w btroo7 kollaha?», «كل
// كم ابدل القالب؟») is about the section the conversation is in, and this says which of its parts.
// Rank adds to Coverage what a heading (a part's lead line) holding the question's concepts and one
// asking the same kind (when, how long) add in Search; for a question of a type (does it hurt), a
// part telling how it feels (tellsFeeling) adds as much, as the kind of answer asked: «توجع؟» after
// shock waves is answered by what the patient feels in a session, not by the pain it treats.
func (ix *Index) TopicHits(key string, words []string) []Hit {
	var out []Hit
	qq, _, ok := ix.read(Query{Text: strings.Join(words, " "), Words: words})
	asks := int8(askOf(words))
	typed := ok && asks == askNone && slices.Contains(qq.types, true) // whether it hurts, not when or how long
	var cs conceptSet
	var inText, inHead, inPage stemBits
	var asked []float64 // the concepts' weights, for window; none when there are none to weigh
	if ok && qq.total > 0 {
		cs = newConceptSet(qq.infos)
		inText, inHead, inPage = cs.bits(), cs.bits(), cs.bits()
		asked = qq.weights
	}
	for i := range ix.passages {
		p := &ix.passages[i]
		if p.Key != key {
			continue
		}
		h := Hit{Passage: p}
		if ok && qq.total > 0 {
			cs.presentOwn(inText, inHead, inPage, p)
			var got, head float64
			for ci := range qq.concepts {
				if cs.hasAny(inText, ci) {
					got += qq.weights[ci]
					h.Specific = h.Specific || qq.specific[ci]
					h.Shared++
					h.Matched |= conceptBit(ci)
				}
				if cs.hasAny(inHead, ci) {
					head += qq.weights[ci]
				}
			}
			h.Coverage, h.TitleCoverage = got/qq.total, head/qq.total
		}
		h.Rank = h.Coverage + titleShare*h.TitleCoverage // a part headed with what is asked, as in Search
		if asks != askNone && p.asks == asks {
			h.Rank += askShare
		}
		if typed && h.Coverage > 0 && tellsFeeling(p.Text) {
			h.Rank += askShare
		}
		// A part of a section too long to be one answer is given with the parts around it, as in Search.
		h.window, h.at = ix.window(int32(i), "", &cs, asked, inText, inHead)
		out = append(out, h)
	}
	slices.SortStableFunc(out, func(a, b Hit) int { return cmp.Compare(b.Rank, a.Rank) })
	return out
}

// PassageText returns the heading, question and text of the passages filed under key, joined; "" for an
// unknown key. A follow-up on a summary is searched with all it says, not its heading alone.
func (ix *Index) PassageText(key string) string {
	var b strings.Builder
	for i := range ix.passages {
		if p := &ix.passages[i]; p.Key == key {
			b.WriteString(p.Section + " " + p.Question + " " + p.Text + " ")
		}
	}
	return strings.TrimSpace(b.String())
}

// Lead returns the line written straight above the passage's text as its own heading (a paragraph's
// lead line on a plain-text page: «المثبت بعد التقويم»), "" when it has none.
func (p *Passage) Lead() string { return p.lead }

// presentOwn is present for p without the stems it holds only through its page's title (pageOnly,
// using scratch): «and for kids?» is not answered by every part of a section on a page titled
// «…وأسنان الأطفال».
func (cs *conceptSet) presentOwn(inText, inHead, scratch stemBits, p *Passage) {
	cs.present(inText, inHead, p.termIDs)
	if len(p.pageOnly) == 0 {
		return
	}
	cs.presentIDs(scratch, p.pageOnly)
	for w := range inText {
		inText[w] &^= scratch[w]
		inHead[w] &^= scratch[w]
	}
}

// HowItFeels returns, for a question of words asking whether something hurts (a question type, asked
// yes or no: «بيوجع؟», "does it hurt?"), the passage of the page of the passage with key that tells
// how a treatment feels (tellsFeeling) and speaks most of what that passage's heading or FAQ question
// names (CoverageOf; some of it): «بيوجع؟» after what a chemical peel is or how to prepare for one, the
// page's «أثناء جلسة التقشير» («يشعر المريض بوخز…»), though only another page's section on pain names
// pain. false when the question asks something else or no passage of the page tells it.
func (ix *Index) HowItFeels(key string, words []string) (Hit, bool) {
	qq, _, ok := ix.read(Query{Text: strings.Join(words, " "), Words: words})
	if !ok || askOf(words) != askNone || !slices.Contains(qq.types, true) {
		return Hit{}, false
	}
	doc, _, _ := strings.Cut(key, "#")
	speaks := ix.CoverageOf(Words(ix.TopicText(key)))
	var best *Passage
	most := 0.0
	for i := range ix.passages {
		p := &ix.passages[i]
		if p.DocID != doc || !tellsFeeling(p.Text) {
			continue
		}
		if c := speaks(p); c > most+1e-9 {
			best, most = p, c
		}
	}
	if best == nil {
		return Hit{}, false
	}
	return Hit{Passage: best, Coverage: most}, true
}

// feelWords say what a patient feels, or the numbing that spares them it: a passage saying them tells
// how a treatment feels («يشعر المريض بطرق مزعج», «مع مخدر موضعي للجلد», "you may feel a sting").
var feelWords = wordSet(`يشعر تشعر اشعر نشعر يشعرون شعور الشعور إحساس الإحساس يحس تحس أحس نحس مزعج مزعجة انزعاج
	تخدير التخدير مخدر مخدرة المخدر بنج البنج feel feels feeling felt sensation uncomfortable discomfort numb numbing
	anaesthetic anesthetic anaesthesia anesthesia`)

// tellsFeeling says whether a text says what a patient feels (feelWords), a word joined to one or two
// of «و», «ب», «ف», «ل» («وبإحساس») as well as alone.
func tellsFeeling(text string) bool {
	for _, w := range Words(text) {
		if _, ok := unjoined(w, feelWords); ok {
			return true
		}
	}
	return false
}

// unjoined returns w, or w without one or two of «و», «ب», «ف», «ل» joined to it, as soon as that is
// a word of set (true); what is left of w once no such letter opens it otherwise (false).
func unjoined(w string, set map[string]bool) (string, bool) {
	for i := 0; i < 3 && w != ""; i++ {
		if set[w] {
			return w, true
		}
		r, size := utf8.DecodeRuneInString(w)
		if !strings.ContainsRune("وبفل", r) {
			break
		}
		w = w[size:]
	}
	return w, false
}

// FeelingUntold says, for a question of words asking whether something hurts (as HowItFeels reads
// it), that no passage of the page doc tells how something feels (tellsFeeling) or names what the
// question asks of it (the pain): the page cannot say whether it hurts. false for any other question.
func (ix *Index) FeelingUntold(doc string, words []string) bool {
	qq, _, ok := ix.read(Query{Text: strings.Join(words, " "), Words: words})
	if !ok || askOf(words) != askNone || !slices.Contains(qq.types, true) || qq.total == 0 {
		return false
	}
	cs := newConceptSet(qq.infos)
	inText, inHead, inPage := cs.bits(), cs.bits(), cs.bits()
	for i := range ix.passages {
		p := &ix.passages[i]
		if p.DocID != doc {
			continue
		}
		if tellsFeeling(p.Text) {
			return false
		}
		cs.presentOwn(inText, inHead, inPage, p)
		relieved := painOnlyRelieved(p.Text)
		for ci := range qq.concepts {
			if qq.types[ci] && (cs.hasAny(inText, ci) && !relieved || cs.hasAny(inHead, ci)) {
				return false
			}
		}
	}
	return true
}

// painWords name pain; reliefWords ease or lessen it; painOrRelief is either.
var (
	painWords   = wordSet(`ألم الألم آلام الآلام وجع الوجع أوجاع الأوجاع pain pains`)
	reliefWords = wordSet(`يقلل تقلل تقليل يخفف تخفف تخفيف يسكن تسكن تسكين يخفض تخفيض يريح relieve relieves relief
		reduce reduces reducing ease eases easing`)
	painOrRelief = func() map[string]bool {
		m := maps.Clone(painWords)
		maps.Copy(m, reliefWords)
		return m
	}()
)

// reliefSpan is how many words before a pain word a word easing it may stand («لتقليل نشاط الأعصاب
// المسؤولة عن الألم»).
const reliefSpan = 5

// painOnlyRelieved says whether a text names pain only as what a treatment eases («مما يقلل الألم»):
// it says nothing of whether the treatment itself hurts. false when it names no pain.
func painOnlyRelieved(text string) bool {
	ws := Words(text)
	named := false
	for i, w := range ws {
		if !painWords[bare(w)] {
			continue
		}
		named = true
		eased := false
		for j := i - 1; j >= max(0, i-reliefSpan) && !eased && !painWords[bare(ws[j])]; j-- {
			eased = reliefWords[bare(ws[j])] // an earlier pain word ends what eases reach
		}
		if !eased {
			return false
		}
	}
	return named
}

// bare is a word without the one or two of «و», «ب», «ف», «ل» joined to it when that leaves a word
// of painWords or reliefWords («والألم», «لتقليل»).
func bare(w string) string {
	b, _ := unjoined(w, painOrRelief)
	return b
}
