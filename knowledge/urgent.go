package knowledge

import (
	"slices"
	"strings"
)

// A clinic's pages say which signs need urgent care («متى تحتاج رعاية عاجلة؟», "When to seek urgent
// care", «هذه حالة طارئة… فتوجه إلى الطوارئ فورًا»): after an eye operation, severe pain with vomiting;
// after an extraction, swelling spreading to the eye. Those are the clinic's own red flags, already
// written: a patient who reports one of them now must get the emergency guidance, not the page. Build
// collects them as signs (the clauses of the sentences and list items that stand under such a
// heading or beside such words), and UrgentSign finds the sign a message reports.

// urgentMarkers say that a heading, sentence or paragraph is about urgent care. Matched inside the
// normalised words, so the article and prepositions glued on do not matter («للطوارئ», «العاجلة»).
// Words such as «فوري» are left out: pages promise immediate results too.
var urgentMarkers = []string{"طواري", "طاري", "عاجل", "اسعاف", "emergency", "urgent", "a&e"}

// urgentNumbers are emergency numbers a page tells the patient to call.
var urgentNumbers = map[string]bool{"997": true, "911": true, "999": true, "112": true, "998": true}

// urgentHints are substrings that text must hold, as written, to speak of urgent care: a cheap test
// before normalising every block of a large knowledge base.
var urgentHints = []string{"طوار", "طار", "عاجل", "سعاف", "ergenc", "rgent", "RGENT", "997", "911", "999", "112", "998", "&E", "&e"}

// isUrgent says whether text speaks of urgent care.
func isUrgent(text string) bool {
	hinted := false
	for _, h := range urgentHints {
		if strings.Contains(text, h) {
			hinted = true
			break
		}
	}
	if !hinted {
		return false
	}
	for _, w := range Words(text) {
		if urgentNumbers[w] {
			return true
		}
		for _, m := range urgentMarkers {
			if strings.Contains(w, m) {
				return true
			}
		}
	}
	return false
}

// signInstructions are the words of what to do about a sign, and the prepositions around it: they
// are in every sign, so a message sharing them shares nothing. So are the places a sign sends to (the
// emergency department, urgent care, an ambulance): a patient asking whether to go there («…ولا اروح
// الطوارئ؟») names no symptom by it.
const signInstructions = "فورا فور حالا مباشره توجه توجهي اتصل اتصلوا اتصلي راجع اذهب ورا وراء خلف immediately right away call go seek now " +
	"after before during with without over under part any your you have has the nearest straight " +
	"طوارئ الطوارئ طارئ طارئه عاجل عاجله اسعاف الاسعاف emergency urgent ambulance"

var signInstructionStems = func() map[string]struct{} {
	set := map[string]struct{}{}
	stemText(Analyze(signInstructions), set)
	return set
}()

// urgentSign is one sign the pages send to urgent care.
type urgentSign struct {
	text  string
	stems map[string]struct{}
	seq   []string // the stems in order: a phrase counts only where its words stand together
	// qualifier are the stems only its qualifying clauses hold ("…, with back pain"): what the sign
	// is said with, no sign of its own; a message must name more of it than these.
	qualifier map[string]struct{}
}

// urgentSignsOf collects the signs of docs: every clause of a section or FAQ answer whose heading or
// question speaks of urgent care, of a paragraph that does (and of the list that paragraph
// introduces).
func urgentSignsOf(docs []*Document) []urgentSign {
	var out []urgentSign
	add := func(text string) {
		cs := clauses(text)
		for i, c := range append(cs, sentences(text)...) {
			if i > 0 && i < len(cs) && qualifies(c) {
				continue // ", with back pain": said of the clause before, a sign only with it (its sentence)
			}
			set := map[string]struct{}{}
			seq := strings.Fields(stemText(Analyze(c), set))
			for st := range signInstructionStems {
				delete(set, st) // «فورًا»: in every sign, the instruction, not the symptom
			}
			if len(set) >= 2 { // one word is no sign («الطوارئ»)
				out = append(out, urgentSign{text: c, stems: set, seq: seq, qualifier: qualifierStems(c)})
			}
		}
	}
	for _, d := range docs {
		for _, s := range d.Sections {
			whole := isUrgent(s.Title) || anyUrgent(s.Questions)
			introduced := false
			for _, b := range s.Blocks {
				// A paragraph ending in ":" introduces a list: its last sentence («…أي مما يلي:») is no
				// sign, the list's items are.
				intro := b.Kind == Paragraph && strings.HasSuffix(strings.TrimSpace(b.Text), ":")
				switch {
				case whole || isUrgent(b.Text):
					ss := sentenceList(b.Text)
					if intro && len(ss) > 0 {
						ss = ss[:len(ss)-1]
					}
					all := whole || intro
					for i, sn := range ss {
						// Otherwise only the urgent sentences of a paragraph that also tells what is not
						// urgent («إذا ظهرت فقاعة صغيرة… تواصل مع العيادة. أما إذا انتشرت… فتوجه إلى
						// الطوارئ»), and the sentence before one that points back to it («هذه حالة طارئة»).
						if all && !isUrgent(sn) && toClinic(sn) {
							continue // under an urgent heading, what the clinic sees («…فتستدعي مراجعة العيادة») is not urgent
						}
						if all || isUrgent(sn) {
							add(sn)
							if !all && i > 0 && pointsBack(sn) {
								add(ss[i-1])
							}
						}
					}
					introduced = intro
				case introduced && b.Kind == List:
					add(b.Text)
					introduced = false
				default:
					introduced = false
				}
			}
		}
		for _, f := range d.FAQs {
			if isUrgent(f.Question) || isUrgent(f.Answer) {
				add(f.Answer)
			}
		}
	}
	return out
}

// effectMarkers say that a sentence tells a treatment's expected effects («أكثر الآثار شيوعًا…», "a
// common side effect is…"), or what a condition causes and what comes with it («الانزلاق الغضروفي…
// فيسبب ألمًا ينزل… وقد يصاحبه تنميل»), matched inside its normalised words like urgentMarkers.
var effectMarkers = []string{"شيوع", "شائع", "جانبي", "متوقع", "common", "expected", "يسبب", "تسبب", "يصاحب", "تصاحب"}

// effectsOf collects the clauses and sentences of docs that tell expected effects (effectMarkers),
// from paragraphs and list items that say nothing of urgent care: halos around lights at night
// after LASIK are described there, and the same halos with pain and vomiting under urgent care.
func effectsOf(docs []*Document) []urgentSign {
	var out []urgentSign
	// Pages repeat sentences and clauses (a large knowledge base more so): each is looked at once. A
	// second copy of an effect would change nothing (UrgentSign asks whether any effect tells more).
	seenSentence, seenClause := map[string]bool{}, map[string]bool{}
	for _, d := range docs {
		for _, s := range d.Sections {
			if isUrgent(s.Title) || anyUrgent(s.Questions) {
				continue
			}
			for _, b := range s.Blocks {
				if isUrgent(b.Text) {
					continue
				}
				for sn := range strings.FieldsFuncSeq(b.Text, sentenceBreak) { // sentenceList, without its slice
					if seenSentence[sn] {
						continue
					}
					seenSentence[sn] = true
					if !hasEffectMarker(sn) {
						continue
					}
					for _, c := range append(clauses(sn), sn) {
						if seenClause[c] {
							continue
						}
						seenClause[c] = true
						set := map[string]struct{}{}
						seq := strings.Fields(stemText(Analyze(c), set))
						if len(set) >= 2 {
							out = append(out, urgentSign{text: c, stems: set, seq: seq})
						}
					}
				}
			}
		}
	}
	return out
}

// hasEffectMarker says whether a sentence tells an expected effect.
func hasEffectMarker(s string) bool {
	for _, w := range Words(s) {
		for _, m := range effectMarkers {
			if strings.Contains(w, m) {
				return true
			}
		}
	}
	return false
}

// toClinic says whether a sentence sends the patient to the clinic («مراجعة العيادة», "contact the
// clinic"): said beside the signs for the emergency department, it tells what is not one of them.
func toClinic(s string) bool {
	for _, w := range Words(s) {
		if strings.Contains(w, "عياد") || w == "clinic" {
			return true
		}
	}
	return false
}

func anyUrgent(texts []string) bool {
	for _, t := range texts {
		if isUrgent(t) {
			return true
		}
	}
	return false
}

// clauses splits text into the clauses a sign is told in: sentences, list items, and the parts a
// comma or semicolon separates (pages list signs in one sentence: "…a sudden loss of vision, a
// shadow over part of it, sudden flashes with many new floaters…").
func clauses(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		switch r {
		case '.', '!', '?', '؟', '\n', ';', '؛', '،', ',', ':':
			return true
		}
		return false
	})
}

// sentenceList splits text into its sentences and list items.
func sentenceList(text string) []string {
	return strings.FieldsFunc(text, sentenceBreak)
}

// sentenceBreak says whether r ends a sentence or list item (sentenceList).
func sentenceBreak(r rune) bool {
	switch r {
	case '.', '!', '?', '؟', '\n', ';', '؛':
		return true
	}
	return false
}

// qualifiers open a clause that qualifies the one before it ("…loss of bladder control, with back
// pain"): back pain alone is no urgent sign.
var qualifiers = map[string]bool{"with": true, "along": true, "together": true, "accompanied": true, "مع": true, "ومع": true}

// qualifierStems returns the stems of a sign's qualifying clauses that none of its other clauses
// holds; nil when it has none.
func qualifierStems(sign string) map[string]struct{} {
	cs := clauses(sign)
	var q map[string]struct{}
	for i, c := range cs {
		if i > 0 && qualifies(c) {
			if q == nil {
				q = map[string]struct{}{}
			}
			stemText(Analyze(c), q)
		}
	}
	if q == nil {
		return nil
	}
	for i, c := range cs {
		if !(i > 0 && qualifies(c)) {
			rest := map[string]struct{}{}
			stemText(Analyze(c), rest)
			for st := range rest {
				delete(q, st)
			}
		}
	}
	return q
}

// qualifies says whether a clause opens with a qualifier.
func qualifies(c string) bool {
	w := Words(c)
	return len(w) > 0 && qualifiers[w[0]]
}

// backRefs open a sentence that speaks of the one before it.
var backRefs = map[string]bool{"هذه": true, "هذا": true, "هذي": true, "هاذي": true, "وهذه": true, "وهذا": true,
	"ذلك": true, "تلك": true, "these": true, "this": true, "that": true, "such": true, "they": true, "it": true}

// pointsBack says whether a sentence opens by pointing back to the one before.
func pointsBack(s string) bool {
	w := Words(s)
	return len(w) > 0 && backRefs[w[0]]
}

// sentences splits text into sentences and list items: a sign may be told over a sentence's commas
// ("a fever with a red, hot, swollen joint").
func sentences(text string) []string {
	var out []string
	for _, s := range sentenceList(text) {
		if strings.ContainsAny(s, ",،") {
			out = append(out, s) // without commas it is one of clauses' already
		}
	}
	return out
}

// Thresholds of UrgentSign: a sign is reported when the message names at least MinSignConcepts of
// it, or half its own concepts and two of the sign's (a short message: «فجأة ومضات وعوائم كثيرة»).
// A caller that shortened the message itself holds the sign to MinSignConcepts.
const MinSignConcepts = 3

// UrgentSign returns the clinic's urgent-care sign that a message (its Words) reports, and how many of
// the message's concepts the sign holds; "" when none does. It says nothing of whether the message
// is a general question («متى اروح الطوارئ بعد العملية؟»): the caller judges that.
func (ix *Index) UrgentSign(words []string) (string, int) {
	if len(ix.signs) == 0 {
		return "", 0
	}
	concepts := ix.lex.Concepts(ix.keys(words))
	var content []Concept
	for _, c := range concepts {
		if len(c.Alts) > 0 && len(c.Alts[0]) > 0 && !ix.lex.Minor(c) {
			content = append(content, c)
		}
	}
	if len(content) < 2 {
		return "", 0
	}
	best, bestN := "", 0
	var seen [][]string
	for _, s := range ix.signs {
		n, rare, core := 0, 0, 0
		seen = seen[:0] // a word the message repeats counts once
		for _, c := range content {
			if alt, ok := signHas(s, c); ok {
				if slices.ContainsFunc(seen, func(a []string) bool { return slices.Equal(a, alt) }) {
					continue
				}
				seen = append(seen, alt)
				n++
				if !slices.ContainsFunc(alt, func(st string) bool { _, q := s.qualifier[st]; return q }) {
					core++
				}
				if ix.rare(alt) { // as the page says it: "laser" is rare in English, ليزر is not
					rare++
				}
			}
		}
		// The words of the clinic's subject (the eye, the operation, the laser) are in its signs and in
		// half its questions: a sign counts when two of the words matched are not everywhere, or one is
		// and three words match.
		if (rare >= 2 || rare >= 1 && n >= MinSignConcepts) && n > bestN && (n >= MinSignConcepts || 2*n >= len(content)) && core > 0 {
			best, bestN = s.text, n
		}
	}
	// A sign the pages also describe as an expected effect, told with more of that description's words
	// than of any urgent sign's («بعد الليزك اشوف هالات حول الانوار بالليل»), is that effect.
	if best != "" {
		for _, s := range ix.effects {
			n := 0
			seen = seen[:0]
			for _, c := range content {
				if alt, ok := signHas(s, c); ok && !slices.ContainsFunc(seen, func(a []string) bool { return slices.Equal(a, alt) }) {
					seen = append(seen, alt)
					n++
				}
			}
			if n > bestN {
				return "", 0
			}
		}
	}
	return best, bestN
}

// rare says whether a way of saying a concept is in at most a tenth of the passages, or one
// (symptoms, not the clinic's subject). A phrase is as rare as its rarest word («ذبابة العين» is not
// everywhere, though العين is).
func (ix *Index) rare(alt []string) bool {
	df := -1
	for _, st := range alt {
		if d := ix.df[st]; df < 0 || d < df {
			df = d
		}
	}
	return df <= 1 || df*10 <= len(ix.passages)
}

// signHas returns the alternative of c whose stems a sign holds, if one does.
func signHas(s urgentSign, c Concept) ([]string, bool) {
alts:
	for _, alt := range c.Alts {
		if len(alt) == 0 {
			continue
		}
		for _, st := range alt {
			if _, ok := s.stems[st]; !ok {
				continue alts
			}
		}
		if len(alt) > 1 && !together(s.seq, alt) {
			continue // "running water … eye pain" is not «تدمع», "water eye"
		}
		return alt, true
	}
	return nil, false
}

// together says whether the words of a phrase stand in order in seq, each within a few stems of the
// one before (a stem and its alternative form may stand between).
func together(seq, phrase []string) bool {
	for i, st := range seq {
		if st != phrase[0] {
			continue
		}
		at, ok := i, true
		for _, w := range phrase[1:] {
			next := -1
			for j := at + 1; j < len(seq) && j <= at+3; j++ {
				if seq[j] == w {
					next = j
					break
				}
			}
			if next < 0 {
				ok = false
				break
			}
			at = next
		}
		if ok {
			return true
		}
	}
	return false
}
