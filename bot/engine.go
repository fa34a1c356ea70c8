package bot

import (
	"math"
	"math/bits"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/faqbot/faqbot/knowledge"
)

// Searcher finds passages of the clinic's text; *knowledge.Index is the implementation.
type Searcher interface {
	Search(q knowledge.Query) knowledge.Result
}

// signFinder finds the urgent-care sign of the clinic's pages a message reports; *knowledge.Index is one.
type signFinder interface {
	UrgentSign(words []string) (string, int)
}

// Config tunes the engine. The zero value is the calibrated default.
type Config struct {
	// EmergencyText is shown on red flags; empty means DefaultEmergencyText.
	EmergencyText string
	// MinCoverage is the weighted share of a question's concepts the best passage must contain to be
	// given as an answer (0: DefaultMinCoverage). Below it the patient gets a fallback.
	MinCoverage float64
}

// DefaultEmergencyText tells the patient, in Arabic and English, to get emergency care now.
const DefaultEmergencyText = "⚠️ هذه أعراض قد تكون خطيرة وتحتاج إلى رعاية طبية فورية. اتصل بالإسعاف على 997 أو 911 الآن، " +
	"أو توجّه إلى أقرب قسم طوارئ فوراً، ولا تنتظر رد العيادة.\n" +
	"⚠️ These symptoms can be serious and need medical care now. Call 997 or 911, or go to the nearest " +
	"emergency department immediately. Do not wait for the clinic to reply."

// DefaultMinCoverage was calibrated on labelled questions (see engine_test.go, TestThresholds): below
// it lie off-topic questions that share one word with the clinic's text.
const DefaultMinCoverage = 0.3

// minKnown is the weighted share of a question's concepts that must occur somewhere in the knowledge
// base: a question mostly about things the clinic never writes of («ليزر ازالة الشعر») is not answered
// from the one word it shares.
const minKnown = 0.4

// mostlyKnown is the share of a question's concepts the pages must know for a passage that shares a
// word with it only in passing (no heading, no list item) to answer it: below, the question names
// something the clinic never writes of («تبييض اسنان»). One dialect word the pages lack among many
// they use («خلعت ضرس العقل … بدا الم قوي يوصل لاذني») leaves it above. Fitted on all five clinics' tune
// halves together: at 0.8 out-of-scope questions get answers («الجزر بيفيد للنظر؟»).
const mostlyKnown = 0.85

// inPassing is the most concepts a passage may share with a question and still share them only in
// passing: a question about something the clinic never writes of names it and a word or two the pages
// use («وش أحسن شامبو للقشرة؟»), while a passage that holds three of the question's things is about it,
// whatever dialect words around them the pages lack («الحبوب راحت بس خلت بقع حمرا وبنيه مكانها، هذي
// ندبات دايمه؟»).
const inPassing = 2

// genericCoverage is the coverage a passage needs when all it shares with the question are words found
// all over the knowledge base (the name of the clinic's main treatment in «هل … حلال؟»).
const genericCoverage = 0.75

// genericPair is the coverage a passage needs when it shares only words found all over the knowledge
// base, but two or more of them: the treatment and the part of the body it acts on (how the clinic's
// one treatment stops the muscles moving, asked around a verb the pages lack), half the question, say
// more together than the treatment's name alone does.
const genericPair = 0.5

// ownSubject is the coverage a passage sharing words with a question only in passing needs, when the
// question names things the clinic never writes of (mostlyKnown), if no heading of the passage names a
// treatment or condition the question does not (Hit.HeadsOther): of two things asked, one the pages
// never use («I react to loads of things, allergies everywhere, can I still have it?»), the section
// that holds the other answers. Under a heading naming another condition it stays genericCoverage:
// psoriasis's shampoo does not say which shampoo is best for dandruff («وش أحسن شامبو للقشرة؟»).
// Chosen on the five clinics' tune halves without round 14 (0.65 and below answer off-topic questions:
// «مين فاز بالدوري امس» from the side effects); round 14, held out, gains an answer.
const ownSubject = 0.7

// mostKnown is the share of a question's concepts the pages must know for a passage holding half of it
// (halfSubject) in passing to answer it: what the pages lack is then a dialect verb or two around the
// things asked («بيمشي حالي», "would I still be able to"), not the thing asked (a gym, a coffee, a
// shampoo), which weighs more.
const mostKnown = 0.75

// halfSubject is the coverage a passage sharing words with a question in passing needs when the pages
// know most of the question (mostKnown).
const halfSubject = 0.5

// passingBar is the coverage a passage sharing a word with a question in passing needs while the
// question also names things the pages never write of: ownSubject, or genericCoverage when the
// passage's headings name another treatment or condition.
func passingBar(h knowledge.Hit, known float64) float64 {
	if h.HeadsOther {
		return genericCoverage
	}
	if known >= mostKnown {
		return halfSubject
	}
	return ownSubject
}

// genericBar is the coverage a passage sharing no specific concept with the question needs:
// genericCoverage, or genericPair when it shares two or more.
func genericBar(h knowledge.Hit) float64 {
	if h.Shared >= 2 {
		return genericPair
	}
	return genericCoverage
}

// Engine answers patient messages from the knowledge base, in the order the product requires:
// nothing to answer → fallback; red flags → emergency; pleasantries → smalltalk; requests for a
// person, booking or prices → handoff; otherwise the knowledge base answers, asks which topic, or
// falls back. It never composes medical text: answers are passages of the clinic's own documents.
// Safe for concurrent use.
type Engine struct {
	search    Searcher
	cfg       Config
	fallbacks []string // suggestions offered when nothing matched: the clinic's own FAQ questions
	triage    *Triage  // the universal red flags and the clinic's own (ix.RedFlags)
	signs     signFinder
	// summaries are the documents written in a language fewer of the clinic's passages are in than
	// another (an English page that sums up the Arabic ones): a follow-up asks for what their detailed
	// pages say.
	summaries map[string]bool
	// sectioned are the documents with a passage that is no FAQ answer (faqPage), found once.
	sectioned map[string]bool
	// passages are the index's passages, listed once: the follow-ups that look through them all
	// (durations, reasons, frequencies) would otherwise copy the list on every question.
	passages []knowledge.Passage
	// frequent are the indexes in passages of those telling how often something is done
	// (tellsFrequency), found on the first question asking it.
	frequent     []int
	frequentOnce sync.Once
	// spanDocs are the documents with a passage telling a length of time (tellsSpan), found on the
	// first follow-up asking one.
	spanDocs     map[string]bool
	spanDocsOnce sync.Once
}

// NewEngine returns an engine over ix.
func NewEngine(ix *knowledge.Index, cfg Config) *Engine {
	if cfg.EmergencyText == "" {
		cfg.EmergencyText = DefaultEmergencyText
	}
	if cfg.MinCoverage == 0 {
		cfg.MinCoverage = DefaultMinCoverage
	}
	e := &Engine{search: ix, cfg: cfg, triage: NewTriage(ix.RedFlags()), signs: ix, summaries: summaries(ix), passages: ix.Passages()}
	e.sectioned = map[string]bool{}
	for i := range e.passages {
		if e.passages[i].Question == "" {
			e.sectioned[e.passages[i].DocID] = true
		}
	}
	for _, d := range ix.Docs() {
		for _, f := range d.FAQs {
			e.fallbacks = append(e.fallbacks, f.Question)
		}
	}
	if len(e.fallbacks) > 3 {
		e.fallbacks = e.fallbacks[:3]
	}
	return e
}

// Respond turns one patient message into a reply and the conversation state for the next turn.
func (e *Engine) Respond(text string, st State) (Reply, State) {
	urgent := st.Urgent
	st.Urgent = false
	r, st2 := e.respond(text, st)
	if st2.Topic == "" {
		st2.Part = 0
	}
	if r.Kind == KindEmergency {
		st2.Urgent = true
		st2.Asked = emergencyWords(text) // what the emergency was about, for the follow-up (see below)
	} else if urgent && (r.Kind == KindAnswer || r.Kind == KindFallback) && urgentClosing(text) {
		// Thanks or goodbye right after the emergency guidance, with what the patient does or did
		// about it («حاضر هروح الطوارئ دلوقتي، متشكر», «رحنا الطوارئ وطمنونا الحمدلله، مشكورين»): a
		// closing, though the pages speak of the emergency department it names.
		return smalltalkReply(closingKind(text), st2.Lang), st2
	} else if urgent && (r.Kind == KindAnswer || r.Kind == KindFallback) && actsOnGuidance(text) {
		// «طيب رايحين الطوارئ», "ok calling 999 now": news that the patient does what the guidance
		// said, without thanks: acknowledged, not answered from a page that names the emergency
		// department, nor fallen back on.
		return smalltalkReply(ack, st2.Lang), st2
	} else if urgent && (r.Kind == KindFallback || r.Kind == KindAnswer) {
		if h, ok := e.onEmergency(text, st.Asked); ok && h.Passage.Key != st2.Topic {
			// A follow-up of the emergency guidance asks about what happened, and what the emergency
			// named places it: «يعني بدها عملية؟» after a slipped disc with numbness down the arm is
			// answered by the disc's section, not by any operation; whether to wash a knocked-out tooth
			// with soap, by the passage on knocked-out teeth, not the guidance again.
			st2.Asked = ""
			return e.reply(&st2, h, nil, 0.5*h.Coverage+0.3, 0), st2
		}
		if strings.ContainsAny(text, "?؟") && (r.Kind == KindFallback || e.answersElsewhere(text, st.Asked, st2.Topic)) {
			// A question right after the emergency guidance is about that emergency when the pages cannot
			// answer it («غسلناها بمية ربع ساعة، كده خلاص؟»), and when it names little of its own and what
			// answers it is a passage the emergency's own words do not find ("how long should we rinse
			// it?" answered by how long an operation takes): the guidance stands, once. A question the
			// passage of the emergency answers («طيب كيف امسكه؟» after a tooth knocked out) is answered,
			// and so is a new one that names its own things; news («we're heading to the ER now») is not a
			// question.
			st2.Topic, st2.Part, st2.Asked = "", 0, ""
			return emergencyReply(e.cfg.EmergencyText), st2
		}
	}
	return r, st2
}

// clauseMarks are the marks that end a clause: a comma, a full stop, an exclamation mark, a semicolon,
// a line break; clauseBreak a run of them.
const clauseMarks = ",،.!؛;\n"

var clauseBreak = regexp.MustCompile("[" + clauseMarks + "]+")

// afterFear reads on its own what a message says after a clause that ends on a fear, when what comes
// before tells no sign («سويت الحقن امس وخايفه، وجهي يشل وما اقدر ابلع», "I'm worried. Can it cause
// trouble swallowing?"): the fear is told alone, and what follows the mark is a report or a question of
// its own, which the padded text (without its marks) reads as feared or as told. It returns the red
// flag found there and whether it is asked in general; ok is false when there is no such clause. tp
// is the message as triage read it.
func afterFear(text string, tp padText, tr *Triage) (flag string, asked, ok bool) {
	if !strings.ContainsAny(text, clauseMarks) || !fearPre.mayMatch(&tp) || !fearStart.MatchString(tp.s) {
		return "", false, false // most messages: no fear word, nothing to read apart
	}
	clauses := clauseBreak.Split(text, -1)
	for i, c := range clauses[:len(clauses)-1] {
		w := knowledge.Words(c)
		if len(w) == 0 || !fearStart.MatchString(" "+w[len(w)-1]+" ") {
			continue
		}
		before := strings.Join(clauses[:i+1], " ")
		if f, _ := tr.triage(padded(triageWords(before, knowledge.Words(before)))); f != "" {
			return "", false, false
		}
		rest := strings.Join(clauses[i+1:], " ")
		rw := knowledge.Words(rest)
		if len(rw) == 0 {
			return "", false, false
		}
		flag, asked = tr.triage(padded(triageWords(rest, rw)))
		return flag, asked, true
	}
	return "", false, false
}

// onEmergency is the passage that answers a follow-up (text) of the emergency guidance when it is read
// with what the emergency was about (emergency, State.Asked): the first found for both that holds as
// much of the follow-up as the best passage for it alone does, as inContext reads a follow-up with its
// topic. None for a message too full to be a follow-up, or in words the pages lack.
func (e *Engine) onEmergency(text, emergency string) (knowledge.Hit, bool) {
	cx, ok := e.search.(contextSearcher)
	words := knowledge.Words(text)
	if !ok || emergency == "" || !isFollowUp(words) {
		return knowledge.Hit{}, false
	}
	own := e.search.Search(knowledge.Query{Text: text, Words: words, Limit: 5})
	if own.Known == 0 || own.Concepts > followUpConcepts+1 {
		return knowledge.Hit{}, false
	}
	need := e.cfg.MinCoverage
	if len(own.Hits) > 0 {
		need = max(need, own.Hits[0].Coverage)
	}
	need = max(need, own.Known) - 1e-9
	ew := knowledge.Words(emergency)
	res := e.search.Search(knowledge.Query{Text: emergency + " " + text, Words: append(ew, words...), Limit: 10})
	covers := cx.CoverageOf(words)
	for _, h := range res.Hits {
		if covers(h.Passage) >= need {
			return h, true
		}
	}
	return knowledge.Hit{}, false
}

// emergencyWords are the content words of a message given the emergency guidance (at most maxAsked).
func emergencyWords(text string) string {
	var out []string
	for _, w := range knowledge.Words(text) {
		if !knowledge.StopWord(w) && !questionWords[w] && !openers[w] && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	if len(out) > maxAsked {
		out = out[:maxAsked]
	}
	return strings.Join(out, " ")
}

// answersElsewhere says whether a follow-up of the emergency guidance (text) names few things of its
// own, was answered by a passage (topic) holding only part of them, and one that the emergency's words
// (emergency, State.Asked) do not find: a chance match ("how long should we rinse it?" by how long
// an operation takes), not an answer about what is happening.
func (e *Engine) answersElsewhere(text, emergency, topic string) bool {
	if e.search == nil || emergency == "" || topic == "" {
		return false
	}
	res := e.search.Search(knowledge.Query{Text: text, Limit: 5})
	if res.Concepts > followUpConcepts+1 {
		return false // a question of its own («…بس بدي سجلها ببرنامج التوازن، شو بيتضمن؟»)
	}
	for _, h := range res.Hits {
		if h.Passage.Key == topic && h.Coverage >= 1-1e-9 {
			return false // the passage holds all it asks («كم تاخذ عملية الليزك؟»): a question of its own
		}
	}
	for _, h := range e.search.Search(knowledge.Query{Text: emergency, Limit: 5}).Hits {
		if h.Passage.Key == topic {
			return false
		}
	}
	return true
}

// respond is Respond without the conversation's last emergency.
func (e *Engine) respond(text string, st State) (Reply, State) {
	words := knowledge.Words(text)
	lang := language(text, st.Lang)
	if lang == "en" && knowledge.IsArabizi(words) {
		lang = "ar" // Arabic in Latin letters: the patient reads Arabic
	}
	st.Lang = lang
	if thumbsUp(text) {
		return smalltalkReply(thanks, lang), st
	}
	if !meaningful(words) {
		return e.fallback(lang, nil), st
	}
	p := padded(words)
	tr := e.triage
	if tr == nil {
		tr = universal
	}
	tw := triageWords(text, words) // read through the dialects' shifts (dialect.go)
	tp := p                        // most messages: what the triage finds in the text is found once
	if !slices.Equal(tw, words) {
		tp = padded(tw)
	}
	flag, riskAsked := tr.triage(tp)
	if f, asked, ok := afterFear(text, tp, tr); ok {
		switch {
		case flag == "" && f != "" && f != "net" && !asked:
			flag = f // «…وخايفه، وجهي يشل وما اقدر ابلع»: told after the fear
		case flag != "" && f == "" && asked:
			flag, riskAsked = "", true // "I'm worried. Can it cause trouble swallowing?": asked after it
		}
	}
	if flag != "" {
		st.Topic = ""
		return emergencyReply(e.cfg.EmergencyText), st
	}
	if !riskAsked && e.reportsUrgentSign(text, tw, tp, tr) {
		st.Topic = ""
		return emergencyReply(e.cfg.EmergencyText), st
	}
	if k, arabizi := smalltalkIn(words); k != notSmalltalk {
		if lang == "en" && (arabizi || arabiziPleasantry(words)) {
			lang = "ar" // «tamam shukran»: Arabic in Latin letters
		}
		r := smalltalkReply(k, lang)
		if k == greeting {
			r.Suggestions = starters(e.search, lang)
		}
		return r, st
	}
	if r := handoffIn(text, p); r != "" {
		return handoffReply(r, lang), st
	}
	if r := arabiziHandoff(words); r != "" {
		return handoffReply(r, lang), st
	}
	if ok, rest := asksWeather(p, words); ok && (weatherAsked(text) || !e.knowsAny(rest)) {
		return e.fallback(lang, nil), st
	}
	if k, rest := closingRest(words); k != notSmalltalk && len(rest) <= maxClosingRest && !asking(words, text) && !e.knowsAny(rest) {
		// Thanks or goodbye with what the patient will do next («ok I'll call, thanks», «خلاص بمر
		// عليكم بكرة، مع السلامة»): nothing the pages speak of, nothing asked, so a closing.
		if lang == "en" && arabiziPleasantry(words) {
			lang = "ar"
		}
		return smalltalkReply(k, lang), st
	}
	if riskAsked && e.search != nil {
		// Unless the pages speak of the effect asked of the thing asked: «هل يمكن أن تؤدي الجلوكوما إلى
		// فقدان البصر؟» is answered by what the glaucoma page says of losing sight, «ممكن يصير نزيف
		// كثير بعد الخلع لو اني على مميع دم؟» by the extraction page on blood thinners, not by the
		// general side effects of another treatment.
		if res := e.search.Search(knowledge.Query{Text: text, Words: words, Limit: 1}); len(res.Hits) > 0 && !res.Foreign &&
			res.Known >= 1-1e-9 && res.Hits[0].Specific && res.Hits[0].Coverage >= ownRiskCoverage {
			riskAsked = false
		}
	}
	if riskAsked {
		st.Asked = "" // the general words for side effects are asked, not the patient's
		// A general question about a serious effect is answered from what the clinic says of side
		// effects (of the conversation's topic, if any): its pages name none of the symptoms themselves.
		// The general words for side effects find that section on any clinic's pages; an English
		// patient's are tried first when the clinic has English pages.
		if lang == "en" {
			if r, st2 := e.answer(riskText["en"], riskWords["en"], st); r.Kind == KindAnswer {
				return r, st2
			}
		}
		return e.answer(riskText["ar"], riskWords["ar"], st)
	}
	if rest, ok := switchesTopic(words); ok && len(rest) > 0 {
		// «سؤال ثاني، …», "different question, …": the patient leaves the conversation's topic.
		st.Topic, st.Part, st.Asked = "", 0, ""
		q := strings.Join(rest, " ")
		if strings.ContainsAny(text, "?؟") {
			q += "?"
		}
		words, text = rest, q
	}
	if rest, ok := withoutBookingFrame(words); ok && len(rest) > 0 {
		// «قبل ما احجز، …», "Before I book: …": a message that got here asks no booking (handoffIn),
		// so the booking it names frames the question; its words are no part of what is asked.
		q := strings.Join(rest, " ")
		if strings.ContainsAny(text, "?؟") {
			q += "?"
		}
		words, text = rest, q
	}
	r, st2 := e.answer(text, words, st)
	if st.Topic != "" && r.Kind == KindAnswer && st2.Topic != st.Topic {
		// A message answered by a passage that holds less of its own words than the conversation's
		// section does («and can I take ibuprofen after?» after what a session feels like and what
		// to avoid after it; «اقدر اشيل الشعر بالشمع قبلها» after how to prepare for a peel; "I have
		// like 60 moles" after how often they should be checked): it goes on from the section, which
		// answers it, not from a passage elsewhere that shares less of it. A new question names
		// things of its own, which the passage found for them holds. A summary's details are on the
		// pages it sums up, which hold them in other words: a summary's section keeps a follow-up only
		// when it holds more of it ("and can I take ibuprofen after?" after a summary's lines that say it).
		if h, ok := e.holdsMoreOfIt(text, words, st, st2, e.summaries[docOf(st.Topic)]); ok && !e.reasonNotTakenBack(words, r, st.Topic) {
			st2 = st
			r = e.reply(&st2, h, nil, 0.5*h.Coverage+0.3, 0)
		}
	}
	if st.Topic != "" && r.Kind == KindAnswer && st2.Topic == st.Topic {
		if h, ok := e.headedElsewhereOnPage(text, words, st); ok {
			st2 = st
			r = e.reply(&st2, h, nil, 0.8*h.Coverage+0.1, 0)
		}
	}
	if st.Topic != "" && r.Kind == KindAnswer && st2.Topic != st.Topic && sameDoc(st2.Topic, st.Topic) {
		if h, ok := e.ownWordElsewhere(text, words, st, st2); ok {
			st2 = st
			r = e.reply(&st2, h, nil, 0.8*h.Coverage+0.1, 0)
		}
	}
	if st.Topic != "" && r.Kind == KindAnswer && st2.Topic == st.Topic && asksWhatIsDone(words) {
		if h, ok := e.howDoneOnPage(words, st.Topic); ok {
			st2 = st
			r = e.reply(&st2, h, nil, 0.8*h.Coverage+0.1, 0)
		}
	}
	if r.Kind == KindAnswer && (namesPregnancy(words) || namesPregnancy(asRead(words))) && !namesPregnancy(knowledge.Words(r.Text)) {
		// «ينفع اعمل اشعة وانا حامل؟», "can I have dry needling while breastfeeding?": whether it is
		// safe for a pregnant or nursing patient is what is asked, which a passage that never names
		// pregnancy or nursing does not say (the X-ray before a wisdom tooth comes out, what dry
		// needling is). The conversation stays where it was.
		return e.fallback(st.Lang, nil), st
	}
	st2.Asked = asked(r, words, st, st2)
	return r, st2
}

// notWords deny the word after them: "not pregnant", «مش حامل», «مو مرضع».
var notWords = wordSet(`not no non never مش مو مب مهب لست لسة لسه ماني مانيش مانا مني غير بدون mish msh mo mub mesh`)

// namesPregnancy says whether words name pregnancy or nursing: «حامل», «الحوامل», «الحمل» (with its
// article: «حمل» alone is a load to lift), «مرضعة», «الرضاعة», "pregnant", "breastfeeding".
func namesPregnancy(words []string) bool {
	for i, w := range words {
		w = strings.TrimPrefix(w, "و")
		if i > 0 && notWords[words[i-1]] {
			continue // "not pregnant", «مش حامل»: the patient says who they are not
		}
		switch {
		case strings.Contains(w, "حامل"), strings.Contains(w, "حوامل"), strings.Contains(w, "مرضع"), strings.Contains(w, "رضاع"),
			strings.HasPrefix(w, "حبل"), strings.HasPrefix(w, "pregnan"), strings.HasPrefix(w, "breastfe"):
			return true
		case w == "الحمل" || w == "بالحمل" || w == "للحمل" || w == "حملي" || w == "فالحمل":
			return true
		}
	}
	return false
}

// doneVerbs are the verbs of a question asking what is done to a patient, in the third person or the
// second plural (the clinic's doing, not the patient's): «وش يسوون بالفحص؟», «بيعملوا ايه في الكشف؟»,
// "what do they do in the test?", "what happens at the consultation?", «kif bta3mlo el fa7es?».
var doneVerbs = wordSet(`يسوون يسوو تسوون تسوو يسوونه يسوونها يعملوا يعملو بيعملوا بيعملو بتعملوا بتعملو يعملون تعملون
	بيعملوه بتعملوه بيسووا بيسوو بتسووا بتسوو يصير بيصير يحصل بيحصل يحدث يتم تتم
	do does happens happen involve involves done
	ysawoon ysawon ysawoo tsawoon tsawon bya3mlo bi3mlo bta3mlo bt3mlo y3mlo ysir bisir bysir by7sal`)

// doneAsks are the question words of such a question, the verb right beside them: what, how (not the
// English "how", which opens "how long does it last?" too).
var doneAsks = wordSet(`وش ايش شو ايه إيه ماذا كيف ازاي إزاي شلون what how wesh wsh eish esh shu sho eh kif keef izay ezay`)

// asksWhatIsDone says whether a message asks what is done (doneVerbs after a question word, doneAsks):
// how a test, a consultation or a procedure goes.
func asksWhatIsDone(words []string) bool {
	ask := func(a string) bool { return a != "how" && isDoneAsk(a) } // not "how long does it last"
	for i := 1; i < len(words); i++ {
		if i+1 < len(words) && (words[i+1] == "i" || words[i+1] == "we") {
			continue // "what do I do after?": the patient's doing
		}
		if ask(words[i-1]) && isDoneVerb(words[i]) || isDoneVerb(words[i-1]) && ask(words[i]) {
			return true // «وش يسوون», and the Egyptian order «بيعملوا ايه»
		}
	}
	return false
}

// isDoneAsk says whether w is a question word of doneAsks, with a joined «و» or Arabizi "w" («ووش», "weish").
func isDoneAsk(w string) bool { return withWaw(doneAsks, w) || doneAsks[strings.TrimPrefix(w, "w")] }

// isDoneVerb says whether w is a verb of doneVerbs, with a joined «و» or the Levantine and Egyptian «ب».
func isDoneVerb(w string) bool {
	return withWaw(doneVerbs, w) || doneVerbs[strings.TrimPrefix(w, "ب")]
}

// howAsks open a heading that tells how something is done: «كيف نفحص الجلوكوما؟», "How the test is done".
var howAsks = wordSet(`كيف ازاي شلون how`)

// headsHow says whether a passage's heading (or FAQ question) opens with a how-word (howAsks).
func headsHow(p *knowledge.Passage) bool {
	head := p.Question
	if head == "" {
		head = p.Section
	}
	f := knowledge.Words(head)
	return len(f) > 0 && howAsks[f[0]]
}

// howDoneOnPage is, for a follow-up asking what is done (asksWhatIsDone) that found the section the
// conversation is in again, the other section of its page that tells it: the one whose heading names
// what the follow-up names when the conversation's heading does not («وش يسوون في الاستشارة؟» after
// who needs an assessment), else the one whose heading tells how (headsHow) when the conversation's
// does not («وش يسوون بالفحص؟» after who needs the test); each holding what the follow-up names.
func (e *Engine) howDoneOnPage(words []string, topic string) (knowledge.Hit, bool) {
	var named []string
	for _, w := range words {
		if knowledge.StopWord(w) || questionWords[w] || openers[w] || isDoneAsk(w) || isDoneVerb(w) || interrogatives[w] {
			continue
		}
		named = append(named, w)
	}
	if len(named) == 0 {
		return knowledge.Hit{}, false
	}
	res := e.search.Search(knowledge.Query{Text: strings.Join(named, " "), Words: named, Limit: onPageLimit})
	if res.Foreign || len(res.Hits) == 0 {
		return knowledge.Hit{}, false
	}
	var own *knowledge.Hit
	for i := range res.Hits {
		if res.Hits[i].Passage.Key == topic {
			own = &res.Hits[i]
			break
		}
	}
	if own == nil || own.Coverage <= 0 {
		return knowledge.Hit{}, false
	}
	for _, h := range res.Hits {
		if h.Passage.Key != topic && sameDoc(h.Passage.Key, topic) && h.Coverage >= own.Coverage-1e-9 && h.TitleCoverage > 0 && own.TitleCoverage <= 0 {
			return h, true
		}
	}
	if headsHow(own.Passage) {
		return knowledge.Hit{}, false
	}
	for _, h := range res.Hits {
		if h.Passage.Key != topic && sameDoc(h.Passage.Key, topic) && h.Coverage >= own.Coverage-1e-9 && headsHow(h.Passage) {
			return h, true
		}
	}
	return knowledge.Hit{}, false
}

// headedElsewhereOnPage is the passage a message finds first on its own when it is another section
// of the conversation's page, whose heading names some of the message and which holds more of it than
// the section the conversation is in: «والغرز متى تنشال؟» after the steps of an extraction asks what
// the aftercare section tells, not the steps again.
func (e *Engine) headedElsewhereOnPage(text string, words []string, st State) (knowledge.Hit, bool) {
	cx, ok := e.search.(contextSearcher)
	if !ok {
		return knowledge.Hit{}, false
	}
	res := e.search.Search(knowledge.Query{Text: text, Words: words, Limit: 6})
	if res.Foreign || len(res.Hits) == 0 || res.Known < minKnown {
		return knowledge.Hit{}, false
	}
	best := res.Hits[0]
	if best.Passage.Key == st.Topic || !sameDoc(best.Passage.Key, st.Topic) || best.TitleCoverage <= 0 || !best.Specific ||
		onlyAspects(res) || best.Matched&^res.Aspects&^res.Minor == 0 || asksHowOften(words) {
		return knowledge.Hit{}, false
	}
	if e.headsOwnWord(words, best.Passage, st.Topic) {
		return best, true
	}
	covers := cx.CoverageOf(words)
	mine := covers(best.Passage)
	for i := range e.passages {
		if p := &e.passages[i]; p.Key == st.Topic && covers(p) >= mine-1e-9 {
			return knowledge.Hit{}, false
		}
	}
	return best, true
}

// ownWordElsewhere is, for a follow-up answered by another section of the conversation's page
// (found) than the one it finds first on its own, that one when its heading names, in the patient's own
// word, what neither the conversation's section nor the one found holds: «والاستشارة لازم؟» after
// the side effects is the section on the consultation, not the one on who needs a closer assessment.
func (e *Engine) ownWordElsewhere(text string, words []string, st, found State) (knowledge.Hit, bool) {
	res := e.search.Search(knowledge.Query{Text: text, Words: words, Limit: 6})
	if res.Foreign || len(res.Hits) == 0 || res.Known < minKnown {
		return knowledge.Hit{}, false
	}
	best := res.Hits[0]
	if best.Passage.Key == found.Topic || best.Passage.Key == st.Topic || !sameDoc(best.Passage.Key, st.Topic) ||
		best.TitleCoverage < best.Coverage-1e-9 || !best.Specific || onlyAspects(res) || best.Matched&^res.Aspects&^res.Minor == 0 {
		return knowledge.Hit{}, false // its heading must name all it holds of the message
	}
	if e.headsOwnWord(words, best.Passage, found.Topic) && e.headsOwnWord(words, best.Passage, st.Topic) {
		return best, true
	}
	return knowledge.Hit{}, false
}

// minOwnWord is the fewest letters of a stem headsOwnWord counts: shorter ones are particles as often
// as words («طب» opening a question, the heading's «طب أسنان الأطفال»).
const minOwnWord = 3

// headsOwnWord says whether the heading of p says, in the patient's own word, something a message
// names that the conversation's section (topic) holds only in other words: «وش يصير بالاستشارة؟»
// asks what the section headed for the consultation tells, not the section on who needs a closer
// assessment, which holds a consultation only through a word of like meaning.
func (e *Engine) headsOwnWord(words []string, p *knowledge.Passage, topic string) bool {
	if p.Question != "" {
		return false // a FAQ's question names things in passing («…عند الأكل؟»), not what it is about
	}
	own := knowledge.Stems(strings.Join(words, " "))
	if aw := asRead(words); aw != nil {
		own = append(own, knowledge.Stems(strings.Join(aw, " "))...)
	}
	heads := knowledge.Stems(p.Section)
	title := knowledge.Stems(p.DocTitle)
	var held []string
	for i := range e.passages {
		if q := &e.passages[i]; q.Key == topic {
			held = append(held, knowledge.Stems(q.Section+" "+q.Question+" "+q.Text)...)
		}
	}
	if held == nil {
		return false
	}
	for _, w := range own {
		if utf8.RuneCountInString(w) >= minOwnWord && slices.Contains(heads, w) && !slices.Contains(title, w) && !slices.Contains(held, w) {
			return true
		}
	}
	return false
}

// reasonNotTakenBack says whether a why-question's answer (r) gives a reason that the conversation's
// section (topic) gives nowhere: «وليش لازم اكرر؟» after how long a result lasts is answered by the
// passage saying the effect is temporary, not by the section again because it names repeating.
func (e *Engine) reasonNotTakenBack(words []string, r Reply, topic string) bool {
	if !asksWhy(words) && !asksWhy(asRead(words)) || !givesReason(r.Text) {
		return false
	}
	for i := range e.passages {
		if p := &e.passages[i]; p.Key == topic && givesReason(p.Text) {
			return false
		}
	}
	return true
}

// holdsMoreOfIt is the part of the conversation's section (st) that holds more of a follow-up's words
// than the passage found for it (found) does; none when the section holds as much or less. Not strict,
// a tie the search may have broken either way counts as well (see the end); strict (a summary's
// section), only holding more does.
func (e *Engine) holdsMoreOfIt(text string, words []string, st, found State, strict bool) (knowledge.Hit, bool) {
	cx, ok := e.search.(contextSearcher)
	if !ok {
		return knowledge.Hit{}, false
	}
	h, ok := e.sectionPart(words, st.Topic, st.Part)
	if !ok {
		return knowledge.Hit{}, false
	}
	covers := cx.CoverageOf(e.notNamingTopic(words, st.Topic))
	mine := covers(h.Passage)
	if mine <= 0 {
		return knowledge.Hit{}, false
	}
	most := -1.0 // what the passages filed under the found topic hold of the words, at most
	for i := range e.passages {
		if p := &e.passages[i]; p.Key == found.Topic {
			most = max(most, covers(p))
		}
	}
	if most < mine-1e-9 && !(strict && (asksSpan(words) || !e.holdsBothScripts(text, words, st.Topic))) {
		// The section holds more: whether it is a tie (a search) need not be asked. A summary's
		// lines hold a length of time asked of («how long is the course?») less often than its words,
		// and a word the pages say in its script only ("start") is no more of the follow-up there.
		return h, true
	}
	if strict {
		return knowledge.Hit{}, false
	}
	tie := !asksSpan(words) && !e.namesPageOf(words, found.Topic) && !e.headedFor(text, words, found.Topic)
	least := mine
	if tie && isFollowUp(words) && !sameDoc(found.Topic, st.Topic) {
		least = mine / offPageShare // a follow-up off the page: a share of it is enough
	}
	if most > least+1e-9 || !tie {
		return knowledge.Hit{}, false
	}
	return h, true
}

// holdsBothScripts says whether the passage filed under key holds some of a message said in both the
// pages' scripts (not only Result.OneScript).
func (e *Engine) holdsBothScripts(text string, words []string, key string) bool {
	res := e.search.Search(knowledge.Query{Text: text, Words: words, Limit: onPageLimit})
	for _, h := range res.Hits {
		if h.Passage.Key == key {
			return h.Matched&^res.OneScript != 0
		}
	}
	return false
}

// asksSpan says whether a message asks how long or how often (in its Arabic reading too): a length
// of time or a frequency, which the passage telling it answers, wherever the words of it fall.
func asksSpan(words []string) bool {
	for _, w := range [][]string{words, asRead(words)} {
		if w != nil && (asksHowLong(w) || asksDuration(w) || howLongStays(w) || asksHowOften(w)) {
			return true
		}
		for i := 1; i < len(w); i++ {
			if (isAfter(w[i-1]) || withWaw(map[string]bool{"بعد": true}, w[i-1])) && asksHowMuch(w, i) {
				return true // «وبعد قديش بيصير منيح؟», "after how long can I…": a length of time
			}
		}
	}
	return false
}

// namesPageOf says whether a message names a word of the title of the page key is on: «وبعد خلع الضرس
// ايش اسوي؟» names what the extraction page is about.
func (e *Engine) namesPageOf(words []string, key string) bool {
	p := e.passageOf(key)
	if p == nil {
		return false
	}
	return namesTitle(words, knowledge.Stems(p.DocTitle))
}

// namesTitle says whether a message's words, Arabizi in its Arabic reading too, share a stem with a
// page's title (its stems).
func namesTitle(words, title []string) bool {
	said := words
	if aw := asRead(words); aw != nil {
		said = append(slices.Clone(words), aw...)
	}
	return sharesAny(knowledge.Stems(strings.Join(said, " ")), title)
}

// sharesAny says whether two lists of stems have one in common.
func sharesAny(a, b []string) bool {
	return slices.ContainsFunc(a, func(w string) bool { return slices.Contains(b, w) })
}

// headedFor says whether the heading (or FAQ question) of the passage filed under key names some of
// a message: then it was found for what it is about, not for a word its text shares in passing.
func (e *Engine) headedFor(text string, words []string, key string) bool {
	for _, h := range e.search.Search(knowledge.Query{Text: text, Words: words, Limit: onPageLimit}).Hits {
		if h.Passage.Key == key && h.TitleCoverage > 0 {
			return true
		}
	}
	return false
}

// bookingFrame is "before I book" in the dialects and English: «قبل ما احجز», «قبل الحجز», "before booking".
var bookingFrame = regexp.MustCompile(foldPattern(` (قبل|before) (ما |ان |لا |لما )?(i |we )?(احجز|نحجز|الحجز|حجز|book|booking) `))

// withoutBookingFrame returns words without their first booking frame (bookingFrame), and whether it
// had one.
func withoutBookingFrame(words []string) ([]string, bool) {
	if !slices.ContainsFunc(words, func(w string) bool { return w == "قبل" || w == "before" }) {
		return words, false // every frame opens so: no padded text for the most of messages
	}
	p := padded(words)
	loc := bookingFrame.FindStringIndex(p.s)
	if loc == nil {
		return words, false
	}
	return strings.Fields(p.s[:loc[0]+1] + p.s[loc[1]-1:]), true
}

// switchPhrases say that what follows is about something else («سؤال ثاني», "different question").
var switchPhrases = func() [][]string {
	var out [][]string
	for _, p := range strings.Split(`سؤال ثاني|سؤال تاني|سؤال اخر|سؤال آخر|سؤال ثان|سؤال جديد|سؤال غير|سؤال بعيد عن الموضوع|موضوع ثاني|موضوع تاني|موضوع اخر|موضوع آخر|
		بعيدا عن الموضوع|بعيد عن الموضوع|غير هذا الموضوع|غير هالموضوع|غير موضوع|
		different question|different thing|different subject|another question|other question|new question|separate question|unrelated question|unrelated|different topic|another topic|
		changing the subject|change of subject|on another note|something else|
		su2al tani|so2al tani|so2al tany|su2al tany|sou2al tene|su2al thani|so2al thani|su2al 2akhar|so2al ta7'er|mawdoo3 tani|mawdo3 tani`, "|") {
		if w := knowledge.Words(strings.TrimSpace(p)); len(w) > 0 {
			out = append(out, w)
		}
	}
	return out
}()

// switchesTopic says whether a message opens by saying it is about something else, and returns its
// words without that opening (and the openers and fillers before it): «طيب سؤال ثاني، عندكم تنظيف؟»
// asks «عندكم تنظيف؟» on its own.
func switchesTopic(words []string) ([]string, bool) {
	for i := 0; i < len(words) && i < 3; i++ {
		for _, p := range switchPhrases {
			if i+len(p) <= len(words) && slices.Equal(words[i:i+len(p)], p) {
				for _, w := range words[:i] {
					if !openers[w] && !fillers[w] && !andWords[w] && !knowledge.StopWord(w) {
						return words, false
					}
				}
				return words[i+len(p):], true
			}
		}
	}
	return words, false
}

// maxUrgentClosingRest is the most words besides thanks or goodbye a closing right after the
// emergency guidance may hold: what the patient does or did about it, a sentence.
const maxUrgentClosingRest = 6

// urgentClosing says whether a message is thanks or goodbye with at most maxUrgentClosingRest other
// words, asking nothing: after the emergency guidance, that is what the patient will do or did.
func urgentClosing(text string) bool {
	words := knowledge.Words(text)
	k, rest := closingRest(words)
	return k != notSmalltalk && len(rest) <= maxUrgentClosingRest && !asking(words, text)
}

// goingNews are the words of news that the patient acts on the emergency guidance: going or being
// taken to the emergency department or hospital, calling the ambulance, now; goingCues are those of
// them that tell the act (not an "ok", a "now" or a "we").
var (
	goingCues = wordSet(`رايحين رايح رايحه رايحة رايحا راحين هروح هنروح بروح بنروح نروح اروح رح حروح حنروح منروح رحنا طالعين طالع جايين
		ماشيين متجهين متوجهين نتوجه بنتوجه هنوديه هنوديها بنوديه بنوديها نوديه نوديها اوديه اوديها رح اخده رح اخدها باخده باخدها
		الطوارئ للطوارئ عالطوارئ بالطوارئ الطواري للطواري عالطواري المستشفى للمستشفى عالمستشفى المستشفي للمستشفي الاسعاف بالاسعاف للاسعاف
		اتصل نتصل بتصل بنتصل هتصل هنتصل اتصلنا اتصلت بكلم بنكلم هكلم
		going heading headed driving taking calling called call rushing leaving er a&e hospital ambulance emergency 999 911 997 112 123
		rayhin rayheen rayha rayh ra2ihin ray7in ray7een ray7a ray7 rayi7 ray7een tawari2 tawari el-tawari2 mostashfa`)
	goingNews = wordSet(`ok okay okey alright fine k طيب حاضر تمام ماشي اوكي اوك خلاص حسنا يلا زين
		now right away straight we we're were i i'm im am are is to the him her them on our my way off an a and there
		الحين هلق هلا هلأ هلاء دلوقتي دلوقت حالا الان الآن هسه هسا توا فورا بسرعه احنا انا نحن هو هي اهو اهي
		tayeb tayyeb tamam mashi okay ok hala2 halla2 delwa2ti delwa2t el7in l7in now hla we7na ana`)
)

// actsOnGuidance says whether a short message, asking nothing, only tells that the patient acts on the
// emergency guidance («طيب رايحين الطوارئ», "ok calling 999 now"): every word is such news, one
// telling the act. A new sign told («بس الحين صارت تدوخ») has words of its own, and is triaged first.
func actsOnGuidance(text string) bool {
	words := knowledge.Words(text)
	if len(words) == 0 || len(words) > maxUrgentClosingRest || asking(words, text) {
		return false
	}
	cue := false
	for _, w := range words {
		switch {
		case goingCues[w]:
			cue = true
		case !goingNews[w]:
			return false
		}
	}
	return cue
}

// closingKind is the kind of closing (thanks or goodbye) a message urgentClosing accepts is.
func closingKind(text string) smalltalkKind {
	k, _ := closingRest(knowledge.Words(text))
	return k
}

// maxClosingRest is the most words besides thanks or goodbye a closing may hold: what the patient
// will do next, in a few words.
const maxClosingRest = 3

// maxAsked bounds State.Asked: a question's content words, as many as a patient's longer questions name.
const maxAsked = 8

// asked is what State.Asked becomes after reply r to a question of words: its content words when it was
// answered, with those of the question before when it went on from it («وبعدها؟»), the latest kept; none
// when nothing was answered.
func asked(r Reply, words []string, before, after State) string {
	if r.Kind != KindAnswer || after.Topic == "" {
		return ""
	}
	var out []string
	if before.Topic != "" && isFollowUp(words) {
		out = append(out, strings.Fields(before.Asked)...)
	}
	for _, w := range words {
		if !knowledge.StopWord(w) && !questionWords[w] && !openers[w] && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	if len(out) > maxAsked {
		out = out[len(out)-maxAsked:]
	}
	return strings.Join(out, " ")
}

// reportsUrgentSign says whether the message reports, as happening now, a sign the clinic's own pages
// send to urgent care (knowledge.Index.UrgentSign): those are the clinic's red flags too.
func (e *Engine) reportsUrgentSign(text string, words []string, p padText, tr *Triage) bool {
	if e.signs == nil {
		return false
	}
	if asking(words, text) && !actingNow(p) {
		// A report that closes on what to do («انكسر سني وطلع من مكانه، شو لازم اعمل؟») asks of what
		// it told, as triage reads it (Triage.triage): the part before is a report, unless it is a
		// question too. One that closes on whether it is normal ("…is this normal?") asks so of a
		// swelling or a redness far more often: it is a report only when the net, too, reads a red
		// flag in the part before ("my adult tooth fell out after I got hit in the face").
		rest, ok := beforeClosing(p)
		if !ok {
			// One that closes on whether what it told is the sign the pages name ("…is that the
			// swelling you mentioned?") asks of it as of what to do: the part before is a report.
			if loc := closingMentioned.find(&p); loc != nil && loc[0] > 0 {
				rest, ok = newPadText(p.s[:loc[0]+1]), true
			}
		}
		if !ok {
			if loc := closingNormal.FindStringIndex(p.s); loc != nil && loc[0] > 0 {
				rest = newPadText(p.s[:loc[0]+1])
				ok = netFlags(&rest)
			}
		}
		if !ok {
			// So does one that closes on whether the clinic will see it or when ("…can I book an
			// assessment for today?", "is this something for your clinic?", «ممكن احجز بكرة؟»): it asks of
			// the visit, not of the sign, and what it told before is a report.
			if loc := closingCare.find(&p); loc != nil && loc[0] > 0 {
				rest, ok = newPadText(p.s[:loc[0]+1]), true
			}
		}
		told := false
		if !ok {
			// A question first and then the reason it is asked, with no question after («هل الجلسة
			// ساعة؟ لأن أمي بعد العملية رجلها باردة ومنملة…»): the reason is a report of its own.
			rest, told = toldAfterQuestion(text)
			ok = told
		}
		if !ok || !told && askedBefore(text) || supposingPre.mayMatch(&rest) && supposing.MatchString(rest.s) {
			return false // «لو ظهرت فقاعات… ماذا افعل؟» supposes, as actingNow reads it
		}
		if words = strings.Fields(rest.s); asking(words, "") {
			return false
		}
		p = rest
	}
	// «عيوني تنزف من الأسعار»: a figure of speech is no sign; nor one told as slight («تنميل بسيط»):
	// the pages send to urgent care what is severe, sudden or growing.
	told := words
	if b := withoutRules(tr.withoutBenign(p), mildSigns); b.s != p.s {
		words = strings.Fields(b.s)
	}
	sign, n := e.signs.UrgentSign(withoutWhen(words))
	if sign == "" {
		return false
	}
	if n < knowledge.MinSignConcepts && len(words) < len(told) {
		// A message made short by taking out what is normal is not a short message: two words of a
		// sign in what is left («رجله بتوجعه» of a flat foot that aches on long walks) are not "a
		// swollen, hot, painful calf" when the message as told names no sign.
		if s, _ := e.signs.UrgentSign(withoutWhen(told)); s == "" {
			return false
		}
	}
	if longStandingPre.mayMatch(&p) && longStanding.MatchString(p.s) && !suddenNow.MatchString(spanNow.ReplaceAllString(p.s, " $1 ")) {
		// A sign there for months or years («من كام شهر النظر رجع يغبش»), not told as sudden or worse
		// now: the pages send to urgent care what is sudden, severe or growing. The "now" of "for months
		// now" is the span's end, not an onset.
		return false
	}
	return tr.reports(p)
}

// spanNow is a span told up to now ("for months now", "a year now").
var spanNow = regexp.MustCompile(` (months|years|weeks|a month|a year|ages|a while) now `)

// closingMentioned is a question closing a message whether what it told is what the pages or the
// clinic name ("is that the swelling you mentioned?", «هل هذا اللي ذكرتوه؟», «هاد اللي مكتوب عندكم؟»).
var closingMentioned = newSpaceTail(regexp.MustCompile(foldPattern(` (is|is it|is that|is this|could (it|that|this) be|does (it|that|this) sound like|are these|are those) (the |what |one of the )?(\S+ ){0,3}(that )?(you|your page|your pages|your site|the page|the pages|the site|the doctor|they) (mentioned|mention|mentions|talked about|talk about|wrote about|write about|warned about|warn about|described|describe|meant|mean|listed|list)( (on|in) (the |your )?(page|pages|site|website))? $|` +
	` (هل )?(هذا|هذي|هاد|هيدا|هيدي|ده|دي|هو|هي) (هو |هي )?(ال\S+ )?(اللي|الي|يلي|اللى) (ذكرتوه|ذكرتوها|ذكرتها|ذكرته|حكيتوا عنه|حكيتو عنه|حكيتوا عنها|قلتوا عنه|قلتو عنه|قلتوا عنها|كتبتوا عنه|كتبتو عنه|مكتوب|مذكور|بتقولوا عليه|بتقولو عليه|تقولون عنه)( عندكم| بالموقع| في الموقع| بالصفحه| في الصفحه)? $`)))

// closingCare is a question closing a message whether or when the clinic will see what it told: a
// booking or the visit ("can I book a physio assessment for today?", «ممكن احجز موعد بكرة؟», "momken
// a7jez", "hal a7taj aji b sharwal riyadhi?"), or
// whether it is the clinic's to treat ("is this something for your back clinic?", «هل هذا من
// تخصصكم؟»). Its words are the visit's, a few of them, to the message's end.
var closingCare = newSpaceTail(regexp.MustCompile(foldPattern(` ((can|could|may|should|shall) (i|we|he|she) (still )?(book|come in|come|be seen|get seen|get (an |a )?(appointment|assessment|session)|make (an )?appointment|have (an |a )?(appointment|assessment|session))|is (this|that|it) (something |a case |one )?(for|you (treat|see|can treat|can help))|do you (treat|see|take|handle|deal with) (this|that|it|him|her|cases like)|(ممكن|اقدر|نقدر|ينفع|يمديني|يمدينا|بقدر|منقدر|هل يمكنني|هل يمكن|هل اقدر|هل نقدر) (ا|ن)?(حجز|احجز|نحجز|اجي|نجي|نيجي|اجيكم|نجيكم|اخذ موعد|ناخذ موعد|اخد معاد|ناخد معاد)|(هل )?(هذا|هذي|ده|دي|هاد|هادا|هيدا) (من )?(تخصصكم|اختصاصكم|شغلكم)|(momken|mumkin|mmkn|a2dar|2dar|agdar|n2dar|yemdeeni|yenfa3|a7taj|ahtaj|a7tag|lazem|lazim) (a7jez|n7jez|a7joz|aji|ngi|aje|nji|agi))( \S+){0,6} $`)))

// beforeClosing returns what a message tells before a closing ask of what to do (closingAsk), and
// whether it has one.
func beforeClosing(p padText) (padText, bool) {
	if loc := closingAsk.FindStringIndex(p.s); loc != nil && loc[0] > 0 {
		return newPadText(p.s[:loc[0]+1]), true
	}
	return padText{}, false
}

// toldAfterQuestion returns what a message tells after its last question mark (as the triage reads
// it), when that is the reason the question was asked («…؟ لأن…», "…? because…") in four words or
// more, and not itself a question. Not any telling after a question: "what is sciatica? I get pain
// shooting down my leg" tells what the question is of.
func toldAfterQuestion(text string) (padText, bool) {
	i := max(strings.LastIndex(text, "?"), strings.LastIndex(text, "؟"))
	if i < 0 {
		return padText{}, false
	}
	after := strings.TrimLeft(text[i:], "?؟")
	words := knowledge.Words(after)
	if len(words) >= 4 && reasonWords[words[0]] && !asking(words[1:], "") {
		return padded(triageWords(after, words)), true
	}
	// Or another matter opened after it («…؟ وسؤال ثاني عن امي: …», "…? Also, my mum…"): told, not asked.
	if n := anotherMatter(words); n > 0 && len(words)-n >= 4 && !asking(words[n:], "") {
		return padded(triageWords(after, words)), true
	}
	// Or what befell today, told after a question of something else ("What should he wear for his
	// session tomorrow? He fell earlier and can't put weight on his leg"): an event of today is news,
	// not what the question is of.
	if p := padded(triageWords(after, words)); len(words) >= 4 && !asking(words, "") && toldToday.MatchString(p.s) {
		return p, true
	}
	return padText{}, false
}

// toldToday dates what a message tells to today: earlier, this morning, an hour ago.
var toldToday = regexp.MustCompile(foldPattern(` (earlier|earlier today|this morning|this afternoon|this evening|today|tonight|just now|right now|an hour ago|(a few|few|[0-9]+|two|ten|twenty) (minutes|hours) ago|اليوم|الصبح|الصباح|اليوم الصبح|النهارده|النهاردا|من شوي|قبل شوي|من ساعه|قبل ساعه|من ساعتين|قبل ساعتين|من نص ساعه|قبل نص ساعه|el ?yom|el ?youm|lyoum|lyom|ellyom|elyoum|el ?sob7|mn shway|mn shwai|2abl shway|abl shway|mn sa3a|2abl sa3a) `))

// anotherMatters open another matter after a question («وسؤال ثاني», "one more thing", "also").
var anotherMatters = func() [][]string {
	var out [][]string
	for _, p := range strings.Split(`سؤال ثاني|سؤال تاني|سؤال اخر|سؤال كمان|شي ثاني|شي تاني|حاجه تانيه|كمان|ايضا|also|and also|another question|another thing|one more thing|one more question|something else|so2al tani|so2al tane|so2al thani|su2al tani|kaman|kamaan`, "|") {
		out = append(out, knowledge.Words(p))
	}
	return out
}()

// anotherMatter returns how many of words' first words open another matter (anotherMatters), with
// an "and" before it or glued on («وسؤال ثاني», «w so2al tani»), or 0.
func anotherMatter(words []string) int {
	off := 0
	if len(words) > 0 && (words[0] == "w" || words[0] == "و") {
		off = 1
	}
	for _, m := range anotherMatters {
		if len(words) < off+len(m) {
			continue
		}
		first := words[off]
		if off == 0 {
			first = strings.TrimPrefix(first, "و")
		}
		if first == m[0] && slices.Equal(words[off+1:off+len(m)], m[1:]) {
			return off + len(m)
		}
	}
	return 0
}

// reasonWords open the reason a question was asked for («لأن…», "because…").
var reasonWords = wordSet(`لان لانه لانو لانها ولان عشان علشان لاني لانني because cause coz cuz bcoz bc la2an la2ano la2anno li2an 3shan 3ashan 3alashan`)

// askedBefore says whether a message asks something before its last question mark («ممكن الحقن
// يسبب هبوط؟ شو اعمل؟»).
func askedBefore(text string) bool {
	return strings.ContainsAny(strings.TrimRight(text, "?؟!. \t\n"), "?؟")
}

// asking says whether a message is a question (a question mark, or a question word first) rather
// than a report: a sign the pages list is asked about far more often than it happens.
func asking(words []string, text string) bool {
	if strings.ContainsAny(text, "?؟") {
		return true
	}
	for _, w := range words {
		if fillers[w] || openers[w] {
			continue
		}
		return interrogatives[w]
	}
	return false
}

// actNow is a question about what to do or where to go now («حطيته بالحليب، وين اروح؟», "what now?"):
// it asks for help with what is happening, not about a sign. Not with a supposition («وين نروح اذا…»).
var (
	actNow = regexp.MustCompile(foldPattern(` (وين|فين|لوين|على وين) (اروح|نروح|نودي|نوديه|نوديها|اوديه|اوديها|نمشي|نمشو|نجي|اجي|نتوجه|اتوجه) | (وش|ايش|شو|شنو|ايه|اش|ماذا) (اسوي|نسوي|اعمل|نعمل|بعمل|منعمل|ندير|نديرو|نفعل|افعل) (الحين|هلق|هلا|هلاء|دلوقتي|هسه|هسا|الان|daba|دابا|توا) | (fin|fein|wein|wen|wain|lawen|3la fin) (nmchi|nmchiw|nro7|nrou7|nrooh|aro7|arou7|nemshi|nimshi|nji|nijiw) | (chnu|chno|ach|shu|sho|wesh|esh|eh) (ndiro|ndir|n3mel|na3mel|a3mel|nsawi|asawi) (daba|hala2|hla|delwa2ti|delwa2t|dorka|l7in|el7in|now) | what (now|do we do now|should we do now|do i do now|should i do now) | where (do|should) (we|i) (go|take (him|her)) | (come to you|to you) or (the )?(er|a e|hospital|emergency) | (نروح|اروح|نجي|اجي|نيجي|نجيكم|نجيك) (لكم |عندكم |لك |عندك )?(ولا|او|والا) (لل|ل|علي )?(ال)?(طوارئ|طواري|مستشفي|اسعاف) `))
	// supposing is a supposition that keeps an action question general.
	supposing = regexp.MustCompile(foldPattern(` (اذا|لو|if|in case|ila|iza|law|ida) `))
	// actNowPre spares most questions actNow's scan (prefilter.go).
	actNowPre = newPrefilter(actNow)
)

// actingNow says whether a message asks what to do or where to go now, supposing nothing.
func actingNow(p padText) bool {
	return (actNowPre.mayMatch(&p) && actNow.MatchString(p.s) || justHappenedPre.mayMatch(&p) && justHappened.MatchString(p.s) && whatToDoPre.mayMatch(&p) && whatToDo.MatchString(p.s)) &&
		!(supposingPre.mayMatch(&p) && supposing.MatchString(p.s))
}

// The prefilters of justHappened, whatToDo and supposing: each spares most messages its scan.
var justHappenedPre, whatToDoPre, supposingPre = newPrefilter(justHappened), newPrefilter(whatToDo), newPrefilter(supposing)

// justHappened tells what is told as having happened moments ago ("just got knocked", "5 min ago",
// «توه طاح», «قبل شوي», «طاح الحين»): a question what to do («وش اسوي؟», "what do I do?") then asks
// for help now, as "what now?" does, not about a sign in general.
var (
	justHappened = regexp.MustCompile(foldPattern(` (just (got|been|had|fell|was|were|came|broke|knocked|hit|happened)|([0-9]+|a few|few|couple of|a couple of) (min|mins|minute|minutes|sec|secs|seconds) ago|توه|توها|قبل شوي|قبل دقايق|قبل دقائق|قبل [0-9]+ (دقايق|دقائق|دقيقه)|الحين|هلق|هلا|هلاء|دلوقتي|هسه|هسا|just now|right now) `))
	// whatToDo asks what to do, with a question word or without one («نسوي شي؟», "should we do anything?").
	whatToDo = regexp.MustCompile(foldPattern(` (what (do|should|can) (i|we) do|(وش|ايش|شو|شنو|ايه|اش|ماذا) (اسوي|نسوي|اعمل|نعمل|ندير|نفعل|افعل)|(اسوي|نسوي|اعمل|نعمل|نسويلها|نسويله|نعملها|نعمله) (شي|شيء|اي شي|حاجه|اي حاجه|له شي|لها شي)|(should|do|can) (i|we) do (anything|something)) `))
)

// spanUnits name a span of time; adverbs, words that only strengthen the verb they stand by
// ("knocked clean out", "came right off").
var (
	spanUnits = wordSet(`min mins minute minutes sec secs second seconds hour hours hr hrs ago دقيقه دقايق دقائق ثانيه ثواني`)
	adverbs   = wordSet(`clean right straight`)
	particles = wordSet(`out off away through`)
	// goVerbs tell the patient to go or come, or that they will («روحي», «اروح», "go"); hastes say how
	// fast («بسرعة», "quickly"): the haste of going to the doctor, not a sign spreading fast.
	goVerbs = wordSet(`روح روحي روحوا روحو اروح نروح تعال تعالي تعالوا اذهب اذهبي نذهب اذهب go come`)
	hastes  = wordSet(`بسرعه بسرعة quickly fast asap`)
	// didVerbs are the verb of doing that also names an operation («عملت» alone: I had it done), and
	// doneActs what else is done (a session, an X-ray, a test): «عملت امبارح اول جلسة» names no operation.
	didVerbs = wordSet(`عملت عملنا`)
	doneActs = wordSet(`جلسه جلسات الجلسه الجلسات اشعه الاشعه تحليل تحاليل التحليل التحاليل فحص فحوصات الفحص رنين الرنين تمارين التمارين مساج المساج موجات كشف الكشف`)
	// footParts are the parts of the foot named with the leg after them («كعب رجلي», «اصابع رجله»): the
	// heel or the toes, not the leg (nor its calf).
	footParts = wordSet(`كعب لكعب بكعب الكعب وكعب اصابع باصابع لاصابع واصابع اصبع باصبع باطن بباطن ظفر اظافر مشط`)
	legWords  = wordSet(`رجل رجلي رجله رجلها رجلك رجليه رجلين اجري اجره اجرها`)
	// twistVerbs twist a limb («لويت اجري», «lawet ejre», "twisted my leg"): the leg after one is the
	// ankle or the knee turned, not the calf a clot swells; twistLegs are the legs they name, in
	// Arabizi and English too.
	twistVerbs = wordSet(`لويت لوت لوي انلوت انلوي اتلوت التوت التوي فكشت انفكشت ملخت انملخت lawet lawat lweit lwet lawait lawayt lwit twisted sprained rolled`)
	twistLegs  = wordSet(`رجل رجلي رجله رجلها رجلك اجر اجري اجره اجرها ejr ejre ejri ejro ejra 2ejre 2ejri ijri ijre rejl rejli rejle rejlo rijl rijli rijle leg`)
	possessive = wordSet(`my his her their your`)
)

// withoutWhen returns words without when they say it happened ("5 min ago", «قبل 5 دقايق») and
// without the adverbs that only strengthen a verb ("knocked clean out", «روحي بسرعة»), nor the verb of
// doing told of a session or a test («عملت امبارح اول جلسة»), nor the leg a part of the foot is named
// by («كعب رجلي»: the heel): they say nothing of the sign, and a sign is found by the share of the
// message's concepts it holds.
func withoutWhen(words []string) []string {
	var out []string
	for i, w := range words {
		switch {
		case spanUnits[w] && i > 0 && (knowledge.IsNumber(words[i-1]) || spanUnits[words[i-1]] || words[i-1] == "few" || words[i-1] == "قبل"),
			w == "ago" && i > 0 && spanUnits[words[i-1]],
			adverbs[w] && i+1 < len(words) && particles[words[i+1]],
			hastes[w] && i > 0 && goVerbs[words[i-1]],
			legWords[w] && i > 0 && footParts[words[i-1]],
			twistLegs[w] && i > 0 && (twistVerbs[words[i-1]] || i > 1 && possessive[words[i-1]] && twistVerbs[words[i-2]]),
			didVerbs[w] && slices.ContainsFunc(words[i+1:min(i+4, len(words))], func(x string) bool { return doneActs[x] }):
			continue
		}
		out = append(out, w)
	}
	if len(out) == len(words) {
		return words
	}
	return out
}

// wordSet is the set of the words of list as knowledge.Words reads them (so folded as a message is).
func wordSet(list string) map[string]bool {
	out := map[string]bool{}
	for _, w := range knowledge.Words(list) {
		out[w] = true
	}
	return out
}

// withWaw says whether set holds w, or w without the «و» (and) glued before it («وتروح»).
func withWaw(set map[string]bool, w string) bool {
	return set[w] || set[strings.TrimPrefix(w, "و")]
}

// anyWithWaw says whether set holds one of words, with or without a glued «و».
func anyWithWaw(set map[string]bool, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return withWaw(set, w) })
}

// interrogatives open a question in Arabic's dialects and in English («ما» is left out: it also negates).
var interrogatives = wordSet(`هل وهل فهل متى امتي متي كيف ازاي شلون كيفاش ليش ليه لماذا ايش وش شو شنو ايه قديش كم
		وين فين اين مين منو ماذا what how when where why which who is are can could should do does did will would`)

// holds says whether passage p holds word w (its concept), as a search for w alone finds it.
func (e *Engine) holds(p *knowledge.Passage, w string) bool {
	if e.search == nil || p == nil {
		return false
	}
	for _, h := range e.search.Search(knowledge.Query{Text: w, Words: []string{w}, Topic: p.Key, Limit: 1000}).Hits {
		if h.Passage == p && h.Coverage > 0 {
			return true
		}
	}
	return false
}

// holdsAll says whether passage p holds the thing words name: every concept of them the pages know (a
// lexicon phrase as one), and, of a thing named partly in words the pages never use («الخلايا
// الجذعية», "teeth grinding"), two or more (a muscle and the treatment, beside a name of the muscle
// the pages spell otherwise). Words found all over the pages («الحقنة») name nothing to hold.
func (e *Engine) holdsAll(p *knowledge.Passage, words []string) bool {
	if e.search == nil || p == nil {
		return false
	}
	res := e.search.Search(knowledge.Query{Text: strings.Join(words, " "), Words: words, Topic: p.Key, Limit: 1000})
	if len(res.Hits) == 0 || res.Known == 0 {
		return false
	}
	if !slices.ContainsFunc(res.Hits, func(h knowledge.Hit) bool { return h.Specific }) {
		return true
	}
	for _, h := range res.Hits {
		if h.Passage == p {
			return h.Coverage >= res.Known-1e-9 && (res.Known >= 1-1e-9 || h.Shared >= 2)
		}
	}
	return false
}

// phraseSpan is how many words the concepts of a thing a patient names in a phrase (offeredPhrase)
// may stand apart in a passage that names that thing: «زيارات منزلية» is named by «زيارة المعالج
// للمنزل», not by a first visit that ends with a home exercise plan.
const phraseSpan = 4

// togetherFinder says whether a passage names a thing's words together; *knowledge.Index is one.
type togetherFinder interface {
	Together(p *knowledge.Passage, words []string, span int) bool
}

// namesTogether says whether passage p names the thing words name with its words together
// (phraseSpan); true when the search cannot tell.
func (e *Engine) namesTogether(p *knowledge.Passage, words []string) bool {
	tf, ok := e.search.(togetherFinder)
	return !ok || tf.Together(p, words, phraseSpan)
}

// knowsAny says whether the clinic's pages know one of words.
func (e *Engine) knowsAny(words []string) bool {
	if len(words) == 0 || e.search == nil {
		return false
	}
	return e.search.Search(knowledge.Query{Text: strings.Join(words, " "), Words: words, Limit: 1}).Known > 0
}

// knowsAsOne says whether words of two or more are one concept the knowledge base knows: a lexicon
// phrase («فقدان البصر») whose first word alone the pages never write.
func (e *Engine) knowsAsOne(words []string) bool {
	if len(words) < 2 || e.search == nil {
		return false
	}
	res := e.search.Search(knowledge.Query{Text: strings.Join(words, " "), Words: words, Limit: 1})
	return res.Concepts == 1 && res.Known > 0
}

// riskText is what a general question about a red-flag symptom is searched as, by language: the general
// words for side effects, which name no treatment of any clinic.
// ownRiskCoverage is how much of a general question about a serious effect a passage must hold to
// answer it itself rather than the side effects, when the pages know every word of it (most of it:
// the thing and the effect; a told context such as «أسأل لأن والدي مصاب بها» may be left out):
// fitted on the five clinics' tune halves (measured before the known-words condition: 1.0 gained a
// quarter as much, 0.5 lost a conversation).
const ownRiskCoverage = 0.6

var riskText = map[string]string{"ar": "الاثار الجانبيه", "en": "side effects"}

var riskWords = map[string][]string{"ar": knowledge.Words(riskText["ar"]), "en": knowledge.Words(riskText["en"])}

// purposeWords give a reason or a purpose as well as becauseWords do («الهدف», «لذلك», "therefore").
var purposeWords = wordSet(`الهدف لذلك لذا لهذا لكي therefore purpose`)

// givesReason says whether a text gives a reason: «لأن», «بسبب», «لذلك», "because", "therefore".
func givesReason(text string) bool {
	return slices.ContainsFunc(knowledge.Words(text), func(w string) bool {
		return becauseWords[w] || reasonWords[w] || purposeWords[w]
	})
}

// reasonFor is the passage giving a reason (givesReason) for a why-question naming something (words)
// when the passage found for it (found) gives none: the first found for it, with the conversation's
// topic (st) or on its own, that holds more of its words than the one found.
func (e *Engine) reasonFor(text string, words []string, st, found State) (knowledge.Hit, bool) {
	cx, ok := e.search.(contextSearcher)
	if !ok {
		return knowledge.Hit{}, false
	}
	covers := cx.CoverageOf(words)
	need := 0.0
	for i := range e.passages {
		if p := &e.passages[i]; p.Key == found.Topic {
			if givesReason(p.Text) {
				return knowledge.Hit{}, false
			}
			need = max(need, covers(p))
		}
	}
	if need <= 0 {
		return knowledge.Hit{}, false
	}
	for _, q := range []knowledge.Query{
		{Text: text, Words: words, Topic: st.Topic, TopicConcepts: followUpConcepts, Limit: 6},
		{Text: text, Words: words, Limit: 6},
	} {
		res := e.search.Search(q)
		if res.Foreign {
			return knowledge.Hit{}, false
		}
		for _, h := range res.Hits {
			if h.Passage.Key != found.Topic && givesReason(h.Passage.Text) && covers(h.Passage) > need+1e-9 {
				return h, true
			}
		}
	}
	return knowledge.Hit{}, false
}

// safeWords ask whether something is safe («آمن», «امان», "safe").
var safeWords = wordSet(`امن امنه امان بامان safe safely`)

// asksOnlySafe says whether a message asks nothing but whether it is safe: a word of safeWords and
// besides it only words that name nothing («وهو آمن؟», «طيب آمن ولا لا؟», "and is it safe though?",
// «w howa aman?» read in Arabic).
func asksOnlySafe(words []string) bool {
	safe := false
	for _, w := range words {
		switch {
		case withWaw(safeWords, w):
			safe = true
		case knowledge.StopWord(w) || withWaw(questionWords, w) || openers[w] || andWords[w] || backRefs[w] || pronounPreps[w] ||
			onlySafeFillers[w]:
		default:
			return false
		}
	}
	return safe
}

// onlySafeFillers are the words around «آمن»/"safe" that ask nothing more («ولا لا», "though", "really").
var onlySafeFillers = wordSet(`هو هي وهو وهي هل وهل ولا لا ولالا though really actually totally completely is it`)

// holdsAny says whether any passage filed under key holds some of words (CoverageOf).
func (e *Engine) holdsAny(words []string, key string) bool {
	cx, ok := e.search.(contextSearcher)
	if !ok || key == "" {
		return true
	}
	covers := cx.CoverageOf(words)
	for i := range e.passages {
		if e.passages[i].Key == key && covers(&e.passages[i]) > 0 {
			return true
		}
	}
	return false
}

// sideEffects answers with what the clinic says of side effects, of the conversation's topic (st) if
// it says any: in English first for an English patient.
func (e *Engine) sideEffects(st State) (Reply, State) {
	st.Asked = ""
	if st.Lang == "en" {
		if r, st2 := e.answer(riskText["en"], riskWords["en"], st); r.Kind == KindAnswer {
			return r, st2
		}
	}
	return e.answer(riskText["ar"], riskWords["ar"], st)
}

// thumbsUp says whether a message is nothing but the emoji patients thank or agree with (👍, 🙏, ❤️, 👌).
func thumbsUp(text string) bool {
	seen := false
	for _, r := range text {
		switch {
		case strings.ContainsRune("👍🙏👌❤🌹💐🤍♥", r) || r >= 0x1F3FB && r <= 0x1F3FF:
			seen = true // skin tones ride along
		case r == 0xFE0F || r == 0x200D || unicode.IsSpace(r) || unicode.IsPunct(r):
		default:
			return false
		}
	}
	return seen
}

// meaningful rejects input with no word of two letters or more (empty, punctuation, emoji only).
func meaningful(words []string) bool {
	for _, w := range words {
		if len([]rune(w)) >= 2 {
			return true
		}
	}
	return false
}

// language says whether the patient writes Arabic ("ar") or English ("en"); a message without
// letters keeps the conversation's language.
func language(text, prev string) string {
	var ar, latin int
	for _, r := range text {
		switch {
		case r >= 0x0600 && r <= 0x06FF, r >= 0x0750 && r <= 0x077F:
			ar++
		case r < 0x250 && unicode.IsLetter(r):
			latin++
		}
	}
	switch {
	case ar == 0 && latin == 0:
		if prev == "" {
			return "ar"
		}
		return prev
	case latin > ar:
		return "en"
	}
	return "ar"
}

// Answer thresholds beyond MinCoverage.
const (
	// storyConcepts and storyShare: a message of at least storyConcepts concepts tells a story (age,
	// work, what was tried, who said what) around what it asks, and every one of its words weighs in
	// coverage; a passage holding two or more of its things answers it at storyShare of MinCoverage
	// («انا اشتغل بمكتب … والمكيف فوق راسي … عيوني تحرقني وناشفة، ليش كذا يصير معي؟»). A short
	// question keeps the full bar: «عندكم علاج مائي بالمسبح؟» shares one word. Fitted on the five
	// clinics' tune halves (2/3 of 0.3; five concepts or more).
	storyConcepts = 5
	storyShare    = 2.0 / 3
	// clarifyMargin: two passages on different topics closer than this in rank are "about equally good".
	clarifyMargin = 0.04
	// followUpConcepts: a question with at most this many concepts may lean on the previous topic.
	followUpConcepts = 2
)

// storyCoverage is the coverage the best passage needs to answer the question res was found for:
// minCov, or storyShare of it for a long message whose best passage shares two of its things or more.
func storyCoverage(res knowledge.Result, minCov float64) float64 {
	if len(res.Hits) > 0 && res.Concepts >= storyConcepts && res.Hits[0].Shared >= 2 {
		return minCov * storyShare
	}
	return minCov
}

// answer answers a question from the knowledge base, in the light of the conversation in st: what
// answerOf finds, except for follow-ups that name nothing but what they ask of the topic ("and
// after?", how it is treated, how long), which its page answers.
func (e *Engine) answer(text string, words []string, st State) (Reply, State) {
	// What the message asks, told apart in its words or, written in Latin letters, in its Arabic reading.
	aw := asRead(words)
	means := func(f func([]string) bool) bool { return f(words) || aw != nil && f(aw) }
	if st.Topic != "" && (means(asksAfter) || asksAfter(e.afterTopic(words, st.Topic))) {
		// «وبعدها؟», "and after?" after how to prepare or what happens during: the page's «بعد …» section.
		if h, ok := e.aspectSection(st.Topic, st.Part, st.Asked, isAfter, nil); ok {
			return e.reply(&st, h, nil, 0.7, 0), st
		}
	}
	if st.Topic != "" && isFollowUp(words) && means(asksComparison) && !means(asksWhy) && e.comparesOn(st.Topic) {
		// «والمفعول بيطول اكتر؟», «وهل تختلف مدة النتائج بينهما؟», "and which one heals faster?" after
		// the section comparing two things: the comparison is still what is asked of, not a section
		// headed with the duration of one of them. Not after a section on one of the two, which the
		// question comparing them found: the other's section may say what is asked.
		if h, ok := e.sectionPart(words, st.Topic, st.Part); ok {
			return e.reply(&st, h, nil, 0.7, 0), st
		}
	}
	if st.Topic != "" && means(asksTreatment) && !e.tellsTreatment(st.Topic, st.Part) {
		// «وما علاجه؟», «طب اعمل ايه؟» after what a condition is: the page's «علاج …» section. Not when
		// the passage read says how it is treated itself («يشمل العلاج تمارين…» in the section on neck
		// pain): that is what the patient asks of.
		if h, ok := e.aspectSection(st.Topic, st.Part, st.Asked, isTreatment, nil); ok {
			return e.reply(&st, h, nil, 0.7, 0), st
		}
	}
	if st.Topic != "" && means(barelyWhy) {
		// «ليش؟», "why?" after a section that gives no reason (the symptoms of a condition): the
		// passage of the page that gives the reasons for what the section speaks of.
		if h, ok := e.reasonOnPage(st.Topic, st.Part); ok {
			return e.reply(&st, h, nil, 0.6, 0), st
		}
	}
	if st.Topic != "" && means(asksForWhom) {
		// «وللأطفال ينفع؟», "and for kids?": whether the conversation's treatment suits them, which
		// the part of its page naming them says (who it does not suit), not another page about them.
		if h, ok := e.forWhomOnPage(st.Topic, words); ok {
			return e.reply(&st, h, nil, 0.6, 0), st
		}
	}
	if st.Topic != "" && isFollowUp(words) && (means(asksPermanent) || means(asksRedo)) {
		// "and is it permanent?", «وليش لازم اكرر؟» after the section on when the result shows and how
		// many months it stays, which says nothing of whether it wears off: the passage of its page
		// that says the effect is temporary and must be repeated («التأثير مؤقت ويحتاج إلى جلسات متابعة»),
		// not the same section again.
		if h, ok := e.redoOnPage(st.Topic, means(asksWhy) && means(asksRedo)); ok {
			return e.reply(&st, h, nil, 0.6, 0), st
		}
	}
	if st.Topic != "" && isFollowUp(words) && (means(asksPermanent) || means(asksGoingAway) || means(asksComingBack)) && !means(namesResult) {
		// «وتروح؟» after the side effects, «وبعدها خلاص يروح للابد؟», «وبعد ما أخلص يرجع؟» after the
		// sessions and their result: whether what the conversation's section tells of passes, lasts or
		// comes back is asked of it, and a
		// section headed with side effects or with the result tells their course. Another page's heading
		// asking whether its own thing goes («هل تروح حفر حب الشباب؟») does not answer. Not when the
		// result is named ("and is the result itself permanent?" after the side effects).
		if h, ok := e.sectionPart(words, st.Topic, st.Part); ok && headsCourse(h.Passage) {
			return e.reply(&st, h, nil, 0.7, 0), st
		}
	}
	if st.Topic != "" && isFollowUp(words) && (means(asksHowLong) || means(howLongStays)) && !means(namesResult) {
		// «وكم يطول؟», «وقديش بيضل؟», "how long does it last?" after the side effects: how long they
		// last, which the section says itself when it tells their course («خفيفة ومؤقتة»), not how
		// long the treatment's result lasts.
		if h, ok := e.sectionPart(words, st.Topic, st.Part); ok && headsEffects(h.Passage) && tellsPermanence(h.Answer()) {
			return e.reply(&st, h, nil, 0.7, 0), st
		}
	}
	r, st2 := e.answerOf(text, words, st)
	if st.Topic != "" && r.Kind == KindAnswer && isFollowUp(words) && asksSomeSpan(means) && !e.pageTellsSpan(docOf(st.Topic)) {
		// "how long does it last?", «وهيبان امتى؟» after a page that tells no length of time anywhere
		// (what a toxin is and how it acts): the page cannot answer it. A passage found elsewhere that
		// tells one answers, not a passage of the page the rules below go back to; found on the page,
		// the question read on its own finds the clinic's passage on how long the result takes to
		// show and lasts, and answers when that passage tells a length of time.
		if !sameDoc(st2.Topic, st.Topic) && tellsSpan(r.Text) {
			return r, st2
		}
		if r3, st3 := e.answerOf(text, words, State{Lang: st.Lang}); r3.Kind == KindAnswer && tellsSpan(r3.Text) {
			return r3, st3
		}
	}
	if st.Topic != "" && e.summaries[docOf(st.Topic)] && isFollowUp(words) &&
		(r.Kind == KindFallback || sameDoc(st2.Topic, st.Topic) && (means(asksDetail) && !(means(asksHowLong) && tellsSpan(r.Text) || means(asksHowMany) && tellsFigure(r.Text)) ||
			means(asksDuration) && !tellsSpan(r.Text))) {
		// A follow-up on a summary page that finds nothing, or that asks what a summary leaves out and
		// stays on it («how do you treat it?» after its few lines on lazy eye; how long, of lines that
		// tell no length of time: "how long is the course?"): the detailed page the summary sums up
		// answers it. Not how long, when the lines shown tell a length of time («وكم تطول؟» after the
		// summary of a first visit that takes 45 to 60 minutes).
		if h, ok := e.detailOf(st.Topic, text, words); ok {
			st2 = st
			return e.reply(&st2, h, nil, 0.5*h.Coverage+0.3, 0), st2
		}
	}
	if st.Topic != "" && r.Kind == KindAnswer && isFollowUp(words) && means(asksWhy) && !means(barelyWhy) {
		// «ولماذا تدوم النتائج مدة أطول في …؟», "why does it last longer for …?" answered by a passage
		// that gives no reason: a passage found for it, with the topic or on its own, that gives one
		// and holds more of what it names answers.
		if h, ok := e.reasonFor(text, words, st, st2); ok {
			st2 = st
			return e.reply(&st2, h, nil, 0.5*h.Coverage+0.3, 0), st2
		}
	}
	if st.Topic != "" && r.Kind == KindAnswer && isFollowUp(words) && means(asksOnlySafe) && !e.holdsAny(words, st2.Topic) {
		// «وهو آمن؟», "and is it safe?" after a treatment, answered by a passage that says nothing of
		// safety: what the clinic says of its side effects answers whether it is safe (the English
		// words first for an English patient, when the clinic has English pages).
		if r2, st3 := e.sideEffects(st); r2.Kind == KindAnswer {
			return r2, st3
		}
	}
	if st.Topic != "" && isFollowUp(words) && means(asksPermanent) && (!sameDoc(st2.Topic, st.Topic) || !tellsPermanence(r.Text)) {
		// «وهل النتيجة دائمة؟», "is it permanent though?" after a treatment: the part of the conversation's
		// section that says whether it lasts for good or wears off («مؤقت», «لا يعتبر علاجًا نهائيًا»),
		// when what the search found is on another page or says nothing of it.
		if h, ok := e.topicPermanence(st.Topic, words); ok {
			st2 = st
			return e.reply(&st2, h, nil, 0.7, 0), st2
		}
	}
	if st.Topic != "" && isFollowUp(words) && means(asksPermanent) {
		// The conversation's section says nothing of whether it lasts: the passage of its page that
		// does, of what the section speaks of.
		if h, ok := e.pagePermanence(st.Topic, words, st2.Topic); ok {
			st2 = st
			return e.reply(&st2, h, nil, 0.6, 0), st2
		}
	}
	if st.Topic != "" && isFollowUp(words) && means(asksHowOften) && !(sameDoc(st2.Topic, st.Topic) && tellsFrequency(r.Text)) {
		// «كل كم؟», "and after that, how often?": how often the conversation's treatment or check is
		// repeated, which a passage of its page tells («كل ستة أشهر») without the question's words.
		if h, ok := e.frequencyOf(st, words); ok {
			st2 = st
			return e.reply(&st2, h, nil, 0.7, 0), st2
		}
	}
	if st.Topic != "" && r.Kind == KindAnswer && isFollowUp(words) && means(opensAfter) && !e.headsAfter(st2.Topic) &&
		!means(asksPermanent) && !means(asksGoingAway) && !means(asksComingBack) {
		// «وبعد الجلسة أعمل ايه؟», "and after the session, anything I should avoid?" after how to
		// prepare: what comes after the conversation's treatment, which the page's «بعد …» section
		// tells, not a passage elsewhere that shares the rest of the question's words.
		if h, ok := e.aspectSection(st.Topic, st.Part, st.Asked, isAfter, e.notNamingTopic(words, st.Topic)); ok &&
			(e.holdsAsMuch(e.notNamingTopic(words, st.Topic), h.Passage, st2.Topic) ||
				(sameDoc(st2.Topic, st.Topic) || !e.namesPageOf(words, st2.Topic)) && !e.headedFor(text, words, st2.Topic) && (e.afterItself(words, st.Topic) || aw != nil && e.afterItself(aw, st.Topic))) {
			st2 = st
			return e.reply(&st2, h, nil, 0.6, 0), st2
		}
	}
	if st.Topic != "" && isFollowUp(words) && means(asksTaking) && r.Kind == KindAnswer &&
		!(sameDoc(st2.Topic, st.Topic) && tellsTaking(r.Text)) {
		// «طيب وكم تطول؟», "how long does the op take?" after how an operation is done: the passage of
		// the conversation's page that says what it takes («تستغرق العملية من 15 إلى 20 دقيقة»), not one
		// that tells the days of recovery after it.
		if h, ok := e.takingOnPage(text, words, st); ok {
			st2 = st
			return e.reply(&st2, h, nil, 0.7, 0), st2
		}
	}
	if st.Topic != "" && means(asksOnset) && r.Kind == KindAnswer && !(sameDoc(st2.Topic, st.Topic) && tellsOnset(r.Text)) {
		// «ومتى اشوف فرق؟», "how long till I see a difference?" after a treatment: the passage of the
		// conversation's page that says when the improvement shows («يلاحظ أغلب المرضى تحسنًا خلال 4 إلى
		// 8 أسابيع»), not a passage elsewhere that tells another span. Asked at length too: a
		// question asking only when it shows is about the treatment read of.
		if h, ok := e.onsetOnPage(text, words, st); ok {
			st2 = st
			return e.reply(&st2, h, nil, 0.7, 0), st2
		}
	}
	if r.Kind == KindAnswer && means(asksDuration) && !tellsDuration(r.Text) {
		// «كم تاخذ العملية؟» answered by a passage that tells no length of time: a passage of the same
		// page that holds as much of the question and tells one is the answer asked for.
		if h, ok := e.durationOnPage(text, words, st, st2.Topic); ok {
			st2 = st
			return e.reply(&st2, h, nil, 0.8*h.Coverage+0.1, 0), st2
		}
	}
	if st.Topic != "" && means(asksHowLong) && (!sameDoc(st2.Topic, st.Topic) || r.Kind == KindAnswer && !tellsDuration(r.Text)) {
		// «كم مدته؟», «وقديش بدها وقت؟» would leave the page the conversation is on: how long its own
		// treatment takes, which its section tells in weeks or months without the question's words.
		if h, ok := e.topicDuration(st.Topic, words); ok {
			st2 = st
			return e.reply(&st2, h, nil, 0.8, 0), st2
		}
	}
	if st.Topic != "" && r.Kind == KindAnswer && isFollowUp(words) {
		// «وبيوجع؟», "does it hurt?" when neither the conversation's page nor the page of the answer
		// found says anything of how it feels: the pages cannot answer it, and a passage sharing only the
		// thing named («الحقن») does not. The topic stays for the next question.
		// Each page read once: the answer is often on the conversation's page.
		d, d2 := docOf(st.Topic), docOf(st2.Topic)
		if fu, ok := e.search.(feelingUntold); ok && fu.FeelingUntold(d, words) && (d2 == d || fu.FeelingUntold(d2, words)) {
			return e.fallback(st.Lang, nil), st
		}
	}
	if st.Topic != "" && r.Kind == KindAnswer && st2.Topic == st.Topic && st2.Part == st.Part && isFollowUp(words) {
		// The passage the patient has just read, again, for a follow-up none of whose words it holds
		// («وبيرجع بعدين؟» after the treatments of a condition): they asked something it did not say.
		// A passage of the same page that holds them answers it.
		if h, ok := e.notShownAgain(text, words, st); ok {
			st2 = st
			return e.reply(&st2, h, nil, 0.5*h.Coverage+0.3, 0), st2
		}
	}
	if st.Topic != "" && r.Kind == KindAnswer && !sameDoc(st2.Topic, st.Topic) && isFollowUp(words) &&
		!isFAQ(st.Topic) && !e.summaries[docOf(st.Topic)] && !e.namesPageOf(words, st2.Topic) {
		// «وإيمتى برجع ألعب فوتبول؟» after when rehabilitation starts after a ligament operation: the
		// section just read says it, as much of it as the other page's passage found for it does (its
		// heading counted), and the follow-up names nothing of that page's title: the patient is still
		// reading about their operation. Not after a FAQ answer or a summary, whose details are in the
		// sections of the pages.
		if h, ok := e.shownHoldsAsMuch(words, st, st2); ok {
			st2 = st
			return e.reply(&st2, h, nil, 0.5*h.Coverage+0.3, 0), st2
		}
	}
	if st.Topic != "" && r.Kind == KindAnswer && !sameDoc(st2.Topic, st.Topic) && isFollowUp(words) {
		if h, ok := e.headedOnTopicPage(text, words, st, st2.Topic); ok {
			st2 = st
			return e.reply(&st2, h, nil, 0.5*h.Coverage+0.3, 0), st2
		}
	}
	if st.Topic != "" && r.Kind == KindAnswer && !sameDoc(st2.Topic, st.Topic) && isFollowUp(words) {
		// A follow-up that names nothing of the other page's title is still asking of the
		// conversation's page («وما الحل إذا فشل؟» after root canals is not the extraction page's
		// section on when a tooth must come out): a passage of that page holding as much of it, and
		// every thing it names that the other holds, answers.
		if h, ok := e.stayOnPage(text, words, st, st2); ok {
			st2 = st
			return e.reply(&st2, h, nil, 0.5*h.Coverage+0.3, 0), st2
		}
	}
	if st.Topic != "" && r.Kind == KindAnswer && !sameDoc(st2.Topic, st.Topic) {
		if h, ok := e.headedNoBetter(text, words, st, st2.Topic); ok {
			st2 = st
			return e.reply(&st2, h, nil, 0.5*h.Coverage+0.3, 0), st2
		}
	}
	return r, st2
}

// headedNoBetter is the passage of the conversation's page (st.Topic) that answers a message found on
// another page (found) whose title it names nothing of, when the passage found there is no more about
// it by its heading than the conversation's page's own: it shares the message's words in passing
// («والغرز؟ تذوب ولا لازم ارجع افكها؟» after the aftercare of an extraction is not the braces section
// for a word of loosening; «ولو القطرة مجابتش نتيجة؟» after glaucoma is not the cataract section that
// names drops), and the page the patient is reading holds some of it. Not from a summary, whose
// details are on the pages it sums up; towards one it is, the conversation's page being one of those
// ("can it be done the same day as the extraction?" after what an implant is: the implant page's
// answer, not the English FAQ on what to do after an extraction). A passage of the page that holds
// all of the message answers it whatever the other's heading names: redness after a laser session,
// asked of when it goes, is in the section on after the session, not the acne scars' heading that
// names redness.
func (e *Engine) headedNoBetter(text string, words []string, st State, found string) (knowledge.Hit, bool) {
	if e.search == nil || e.summaries[docOf(st.Topic)] || e.namesPageOf(words, found) {
		return knowledge.Hit{}, false
	}
	head := 0.0 // how much of the message the heading of the passage found names
	for _, h := range e.search.Search(knowledge.Query{Text: text, Words: words, Limit: 10}).Hits {
		if h.Passage.Key == found {
			head = h.TitleCoverage
			break
		}
	}
	res := e.search.Search(knowledge.Query{Text: text, Words: words, Topic: st.Topic, TopicConcepts: followUpConcepts, Limit: onPageLimit})
	if res.Foreign {
		return knowledge.Hit{}, false
	}
	for _, h := range res.Hits {
		if sameDoc(h.Passage.Key, st.Topic) {
			return h, h.Coverage > 0 && (h.TitleCoverage >= head-1e-9 || h.Coverage >= 1-1e-9)
		}
	}
	return knowledge.Hit{}, false
}

// headedOnTopicPage is the passage of the conversation's page whose heading names some of a
// follow-up, when the passage found for it on another page (found) has a heading naming none of it.
func (e *Engine) headedOnTopicPage(text string, words []string, st State, found string) (knowledge.Hit, bool) {
	res := e.search.Search(knowledge.Query{Text: text, Words: words, Limit: 6})
	if res.Foreign || len(res.Hits) == 0 || res.Hits[0].Passage.Key != found || res.Hits[0].TitleCoverage > 0 {
		return knowledge.Hit{}, false
	}
	best := res.Hits[0]
	for _, h := range res.Hits[1:] {
		if sameDoc(h.Passage.Key, st.Topic) && h.Specific && h.TitleCoverage > 0 && h.Coverage >= offPageShare*best.Coverage-1e-9 &&
			h.Matched&^res.Aspects&^res.Minor != 0 {
			return h, true
		}
	}
	return knowledge.Hit{}, false
}

// notShownAgain is the passage of the conversation's page, other than the one just shown (st.Topic,
// st.Part), that best holds a follow-up's own words when the one shown holds none of them; none when
// it holds some, or no other passage of the page is found for them.
func (e *Engine) notShownAgain(text string, words []string, st State) (knowledge.Hit, bool) {
	ts, ok := e.search.(topicSearcher)
	if !ok || barelyWhy(words) {
		return knowledge.Hit{}, false // why asks of what was shown: its reasons, found elsewhere
	}
	shown := e.part(st.Topic, st.Part)
	for _, h := range ts.TopicHits(st.Topic, words) {
		if h.Passage == shown || shown == nil {
			if h.Coverage > 0 {
				return knowledge.Hit{}, false
			}
			break
		}
	}
	res := e.search.Search(knowledge.Query{Text: text, Words: words, Limit: 6})
	if res.Foreign {
		return knowledge.Hit{}, false
	}
	for _, h := range res.Hits {
		if h.Passage.Key != st.Topic && sameDoc(h.Passage.Key, st.Topic) && h.Specific && h.Coverage > 0 &&
			h.Matched&^res.Aspects&^res.Minor != 0 {
			return h, true
		}
	}
	return knowledge.Hit{}, false
}

// shownHoldsAsMuch is the passage just shown (st) when it speaks of as much of a follow-up's words
// (SpokenOf: its heading counted) as the passage found for it on another page (found) does.
func (e *Engine) shownHoldsAsMuch(words []string, st, found State) (knowledge.Hit, bool) {
	so, ok := e.search.(spokenSearcher)
	shown, other := e.shownPassage(st), e.shownPassage(found)
	if !ok || shown == nil || other == nil {
		return knowledge.Hit{}, false
	}
	covers := so.SpokenOf(words)
	if c := covers(shown); c >= covers(other)-1e-9 {
		return knowledge.Hit{Passage: shown, Coverage: c}, true
	}
	return knowledge.Hit{}, false
}

// shownPassage is the passage a state's answer showed: its topic's part, or its topic's only passage.
func (e *Engine) shownPassage(st State) *knowledge.Passage {
	if p := e.part(st.Topic, st.Part); p != nil {
		return p
	}
	return e.passageOf(st.Topic)
}

// passageOf is the first passage whose key is key, or nil.
func (e *Engine) passageOf(key string) *knowledge.Passage {
	for i := range e.passages {
		if e.passages[i].Key == key {
			return &e.passages[i]
		}
	}
	return nil
}

// stayOnPage is the passage of the conversation's page (st.Topic) that answers a follow-up found on
// another page (found.Topic) when the follow-up names no word of that page's title: the passage holds
// as much of the follow-up, searched with the topic, as the one found, and every thing it names (not
// what is asked of a topic, nor a qualifier) that the one found holds. Not on a page of FAQ answers
// nor a summary, which are about many things, nor towards one.
func (e *Engine) stayOnPage(text string, words []string, st, found State) (knowledge.Hit, bool) {
	if e.summaries[docOf(st.Topic)] || e.summaries[docOf(found.Topic)] || e.faqPage(docOf(st.Topic)) {
		return knowledge.Hit{}, false
	}
	fp := e.passageOf(found.Topic)
	if fp == nil {
		return knowledge.Hit{}, false
	}
	title := knowledge.Stems(fp.DocTitle)
	if title == nil || namesTitle(words, title) {
		return knowledge.Hit{}, false // it names what the other page is about
	}
	res := e.search.Search(knowledge.Query{Text: text, Words: words, Topic: st.Topic, TopicConcepts: followUpConcepts, Limit: onPageLimit})
	if res.Foreign {
		return knowledge.Hit{}, false
	}
	var other knowledge.Hit
	for _, h := range res.Hits {
		if h.Passage.Key == found.Topic {
			other = h
			break
		}
	}
	things := ^(res.Aspects | res.Minor)
	for _, h := range res.Hits {
		if sameDoc(h.Passage.Key, st.Topic) && h.Coverage > 0 && h.Coverage >= other.Coverage-1e-9 &&
			other.Matched&things&^h.Matched == 0 {
			return h, true
		}
	}
	return knowledge.Hit{}, false
}

// faqPage says whether every passage of doc is a FAQ answer: a page of questions about many things.
func (e *Engine) faqPage(doc string) bool { return !e.sectioned[doc] }

// answerOf searches the question, with the topic when it is a follow-up, and answers, asks which
// topic, or falls back.
func (e *Engine) answerOf(text string, words []string, st State) (Reply, State) {
	follow := st.Topic != "" && isFollowUp(words)
	asking := asks(text, words) // before openers go: «طب والميكب؟» keeps its question mark
	if follow {
		// «طيب», «بس», "ok so" only say the patient goes on: the rest is the question.
		if w := withoutOpeners(words); len(w) > 0 && len(w) < len(words) {
			words, text = w, strings.Join(w, " ")
		}
	}
	q := knowledge.Query{Text: text, Words: words, Limit: 6}
	if follow {
		// Too full a question to be a follow-up is searched on its own.
		q.Topic, q.TopicConcepts = st.Topic, followUpConcepts
	}
	if e.search == nil {
		return e.fallback(st.Lang, nil), st
	}
	res := e.search.Search(q)
	if follow && res.Known == 0 {
		// Arabic in Latin letters too lightly marked to be taken for it («kam jalsa?»): a follow-up
		// the pages know nothing of is read in its likeliest Arabic spelling.
		if ar := arabicSpelling(words); ar != nil {
			if r2 := e.search.Search(knowledge.Query{Text: strings.Join(ar, " "), Words: ar, Topic: q.Topic,
				TopicConcepts: q.TopicConcepts, Limit: q.Limit}); r2.Known > 0 {
				res, words, text, q.Text, q.Words = r2, ar, strings.Join(ar, " "), strings.Join(ar, " "), ar
				st.Lang = "ar" // the patient writes Arabic
			}
		}
	}
	if q.Topic != "" && res.Concepts > followUpConcepts {
		q.Topic = "" // the search did without it
	}
	if len(res.Hits) > 0 {
		if w := offered(words); w != "" && !e.knowsAny([]string{w}) {
			// «هل تعالجون صرير الأسنان أثناء النوم؟», «عندكم حقن للشبكية؟» where the pages never
			// speak of injections: the thing asked for is what the clinic must write of, not the
			// words that place it (teeth, sleep, the retina); a passage meeting only those does not
			// say the clinic offers it. Mid-conversation too, before the conversation's section is
			// searched («طيب عندكم مواقف سيارات؟» after whitening): it does not vouch for a thing it
			// never names.
			st.Topic = ""
			return e.fallback(st.Lang, res.Hits), st
		}
	}
	if follow && !res.Foreign && onlyAspects(res) && !isFAQ(st.Topic) {
		// A follow-up asking only something of the topic («ويبان متى؟» after the section on one use of
		// a treatment) that the section the conversation is in holds all of is answered there, not by a
		// FAQ asking the aspect of the treatment in general, unless a section's heading names it
		// (headedSection).
		if h, ok := e.sectionPart(words, st.Topic, st.Part); ok && h.Coverage > 1-1e-9 && !headedSection(res, st.Topic, h) {
			return e.reply(&st, h, nil, 0.8, 0), st
		}
	}
	if follow && !res.Foreign {
		if h, ok := e.inSection(words, st.Topic, st.Part, asking, res); ok {
			return e.reply(&st, h, nil, 0.5*h.Coverage+0.3, 0), st
		}
	}
	var inCtx knowledge.Hit
	var withTopic []knowledge.Hit // what the search with the topic's words found
	ctxOK := false
	if follow && !res.Foreign && res.Concepts <= followUpConcepts+1 {
		inCtx, withTopic, ctxOK = e.inContext(text, words, st.Topic, st.Part, nil, res)
		if st.Asked != "" {
			// The previous question's words place a follow-up that names only what changes («وتخرب
			// الغضروف؟» after asking whether a cortisone shot raises sugar): a passage they find on the
			// topic's page, or anywhere when the heading alone finds none. Within the section the
			// heading alone placed it in, what is asked now picks the part, not what was asked before
			// («توجع؟» after asking what is done for a heel spur: how a session feels, not the part
			// naming heel spurs). After a FAQ answer, another FAQ of its page that the heading alone
			// found («وبعدها اقدر آكل؟» after whether a root canal hurts: eating after a root canal) is not
			// given up for a section the earlier words find (the implants on a page of both).
			if h, hs, ok := e.inContext(text, words, st.Topic, st.Part, strings.Fields(st.Asked), res); ok && (!ctxOK || sameDoc(h.Passage.Key, st.Topic) && (h.Passage.Key != st.Topic || inCtx.Passage.Key != st.Topic) &&
				!(isFAQ(st.Topic) && inCtx.Passage.Question != "" && inCtx.Passage.Key != st.Topic && sameDoc(inCtx.Passage.Key, st.Topic) && h.Passage.Question == "")) {
				inCtx, withTopic, ctxOK = h, hs, ok
			}
		}
	}
	if ctxOK && inCtx.Passage.Key == st.Topic && !isFAQ(st.Topic) {
		if h, ok := e.headedSibling(words, st.Topic, res); ok {
			inCtx = h
		}
	}
	useContext := func() (Reply, State) {
		return e.reply(&st, inCtx, res.Hits, 0.8*inCtx.Coverage+0.1, 0), st
	}
	minCov := e.cfg.MinCoverage
	if minCov == 0 {
		minCov = DefaultMinCoverage
	}
	if len(res.Hits) > 0 && (!follow || !sameDoc(res.Hits[0].Passage.Key, st.Topic)) &&
		(asksOffer(words) || asksOfferAfter(text)) && res.Hits[0].TitleCoverage == 0 && res.Hits[0].Excerpt == "" &&
		(res.Concepts == 1 || res.Hits[0].Coverage < 1-1e-9) {
		// «عندكم حجامة؟», "do you do veneers?": whether the clinic offers something is answered by a
		// section that names it, not by a passage that mentions it in passing; a passage that holds
		// all of several things asked names it («في عندكن شي لتشنج الرقبة؟»). So too mid-conversation,
		// unless the passage is on the conversation's page ("what about veneers, do you do those?"
		// after root canals is not answered by the whitening FAQ that mentions veneers).
		// The offer may be asked after the story, in a sentence of its own (asksOfferAfter).
		st.Topic = ""
		return e.fallback(st.Lang, res.Hits), st
	}
	if len(res.Hits) > 0 && !follow && !res.Foreign {
		// «هل تقدمون حقن الخلايا الجذعية لخشونة الركبة؟», "do you treat teeth grinding at night?": the
		// clinic offers what a passage names whole, not what it holds part of (joint injections, the
		// jaw): each word of the thing asked for must be the passage's.
		if ph := offeredPhrase(text); len(ph) > 0 && (!e.holdsAll(res.Hits[0].Passage, ph) || !e.namesTogether(res.Hits[0].Passage, ph)) {
			st.Topic = ""
			return e.fallback(st.Lang, res.Hits), st
		}
	}
	if w := offered(words); w != "" && len(res.Hits) > 0 && !follow && !res.Foreign && asksOffer(words) && onlyContrasted(res.Hits[0].Passage.Text, w) {
		// «عندكم حجامة؟» answered by «…وهي تختلف عن الحجامة»: a passage that names the thing asked for
		// only to say it is something else does not say the clinic offers it.
		st.Topic = ""
		return e.fallback(st.Lang, res.Hits), st
	}
	if w := bestThing(words); w != "" && len(res.Hits) > 0 && !follow && !res.Foreign && !e.holds(res.Hits[0].Passage, inArabic(words, w)) {
		// «وش احسن نوع عدسات ملونة؟», «ايه احسن موبايل للتصوير؟»: which kind of a thing is best is said
		// only by a passage that names the thing, not by one sharing the question's other words.
		st.Topic = ""
		return e.fallback(st.Lang, res.Hits), st
	}
	if w := takenThing(words); w != "" && len(res.Hits) > 0 && !res.Foreign && !e.knowsAny([]string{w}) {
		// «هل يجوز تناول الأسبرين قبل الجلسة؟», «اقدر اخذ كولاجين للركبة؟» where the pages never name
		// the medicine or supplement: whether it may be taken is what is asked, which a passage sharing
		// the question's other words (the session, the knee) does not say.
		st.Topic = ""
		return e.fallback(st.Lang, res.Hits), st
	}
	if i := causedAt(words); i >= 0 && len(res.Hits) > 0 && !res.Foreign {
		if !e.knowsAny(words[i:i+1]) && !e.knowsAsOne(causedPhrase(words, i)) {
			// «هل الليزك يسبب سرطان بالعين؟» where the pages never speak of cancer: what is asked is
			// whether the treatment causes it, which a passage on the treatment alone does not say. A
			// thing the pages know only with the word after it («فقدان البصر») is known.
			st.Topic = ""
			return e.fallback(st.Lang, res.Hits), st
		}
		if !follow && res.Concepts == 2 && res.Hits[0].Shared < 2 {
			// «الليزر يسبب سرطان؟»: whether one thing causes another is said only by a passage that
			// names both; the answer on whether scratching a mole turns it into cancer does not say it
			// of laser, nor a page on laser of cancer.
			st.Topic = ""
			return e.fallback(st.Lang, res.Hits), st
		}
	}
	if len(res.Hits) > 0 && !follow && !res.Foreign && res.Hits[0].HeadsOther && res.Topics&^res.Hits[0].Matched != 0 && !asksOtherThan(words) {
		// «هل أشعة الأسنان آمنة أثناء الحمل؟»: a passage headed with another treatment (whitening, not
		// for the pregnant) that lacks a thing the question names (the X-ray) says what it says of its
		// own treatment; of the thing asked, it says nothing. Unless what is asked is something other
		// than the thing named («قرنيتي رقيقة ولا تسمح بالليزك، فهل بقي لي حل آخر؟»).
		st.Topic = ""
		return e.fallback(st.Lang, res.Hits), st
	}
	if len(res.Hits) == 0 || res.Foreign || res.Known < minKnown || res.Hits[0].Coverage < storyCoverage(res, minCov) ||
		!res.Hits[0].Specific && res.Hits[0].Coverage < genericBar(res.Hits[0]) ||
		res.Known < mostlyKnown && res.Hits[0].TitleCoverage == 0 && res.Hits[0].Excerpt == "" && res.Hits[0].Coverage < passingBar(res.Hits[0], res.Known) &&
			res.Hits[0].Shared <= inPassing ||
		!follow && holdsOnlyAspects(res, res.Hits[0]) {
		// The last rule: a passage that shares a word in passing, under a heading that shares none,
		// while the question also names things the clinic never writes of («تبييض اسنان»). A list
		// item the question names («تنحيف الفك») is as good as a heading, and so is holding more of
		// the question's things than a passing word or two (inPassing).
		if ctxOK {
			return useContext()
		}
		if h, others := onTopicPage(res.Hits, st.Topic); follow && !res.Foreign && res.Known >= minKnown && h.Passage != nil &&
			h.Specific && h.Coverage >= minCov {
			// Short of the bars for a question on its own, but on the page the conversation is on: the
			// conversation vouches for it («w el multifocal bta3mel halat?» after cataract lenses), also
			// when a passage on another page holds as much of it (halos are in acute glaucoma too).
			return e.reply(&st, h, others, 0.5*h.Coverage+0.2, res.OneScript), st
		}
		if follow {
			if h, ok := e.onTopic(text, words, st.Topic, st.Part, res); ok {
				return e.reply(&st, h, res.Hits, 0.5*h.Coverage+0.2, 0), st
			}
			if h, ok := e.sectionPart(words, st.Topic, st.Part); ok && !res.Foreign && asking && !asksOffer(withoutAnd(words)) && !isFAQ(st.Topic) {
				return e.reply(&st, h, nil, 0.3, 0), st
			}
		}
		if !follow && st.Topic != "" && !res.Foreign && asking && !asksOffer(withoutAnd(withoutOpeners(words))) {
			// A question too long to be taken for a follow-up, that the pages cannot answer on its own,
			// while the section the conversation is in holds as much of it as any passage does («بنتي
			// عمرها ١٠، فات الاوان؟» after what lazy eye is, "will he need another operation later?"
			// after a squint operation): it goes on from the conversation, which answers it. Not whether
			// the clinic offers something, which its own section must name.
			if h, ok := e.onTopic(text, words, st.Topic, st.Part, res); ok && h.Coverage >= firstOr(res.Hits).Coverage-1e-9 {
				return e.reply(&st, h, res.Hits, 0.5*h.Coverage+0.2, 0), st
			}
			if h, ok := e.sectionPart(words, st.Topic, st.Part); ok && h.Coverage > 0 && h.Coverage >= firstOr(res.Hits).Coverage-1e-9 {
				// So too when what the section shares with it is only a word found all over the pages (not
				// Specific: "will he need another operation later?" after a squint operation), as long as no
				// passage holds more of it: the conversation places it. Without the others, which hold as
				// little, a summary in the patient's language does not take it from the section.
				return e.reply(&st, h, nil, 0.5*h.Coverage+0.2, 0), st
			}
		}
		if !follow || res.Foreign || res.Known < minKnown {
			// A follow-up on things the pages know but cannot answer leaves the conversation where it
			// was: the patient's next question is still about the topic («وكم جلسة؟» after one that fell
			// back). One on something they never write of («وفيلر؟») leaves it.
			st.Topic = ""
		}
		return e.fallback(st.Lang, res.Hits), st
	}
	best := res.Hits[0]
	if !follow && namesNothing(res) && len(res.Hits) > 1 && e.faqNamesThing(best.Passage) {
		// "is it permanent?" asked on its own names nothing: the FAQ asking whether a treatment cures
		// one condition for good asks it of that condition; the next passage that asks of nothing
		// in particular answers (as for a follow-up, see namesOtherThing).
		for _, h := range res.Hits[1:] {
			if h.Coverage >= best.Coverage-1e-9 && !e.faqNamesThing(h.Passage) {
				best = h
				res.Hits = append([]knowledge.Hit{h}, slices.DeleteFunc(slices.Clone(res.Hits), func(o knowledge.Hit) bool { return o.Passage == h.Passage })...)
				break
			}
		}
	}
	if !follow && (asksPermanent(words) || asksRedo(words)) && knowledge.HeadsResult(best.Passage) && !statesLasting(best.Answer()) {
		// «النتيجة دايمة ولا لازم اعيد؟», "is it permanent?": a passage found that says the effect is
		// temporary or for good («التأثيرات مؤقتة», "permanent") answers, not the section headed with the
		// result that tells only how many months it stays («وتستمر عدة أشهر»), when it holds more of
		// the question (the lexicon reads «دائم» and «مؤقت» as one concept). Not a section on side
		// effects, which are temporary too.
		var better *knowledge.Hit
		for i := range res.Hits[1:] {
			h := &res.Hits[i+1]
			if h.Coverage > best.Coverage-1e-9 && (better == nil || h.Coverage > better.Coverage+1e-9) && !headsEffects(h.Passage) && statesLasting(h.Answer()) {
				better = h
			}
		}
		if better != nil {
			h := *better
			best = h
			res.Hits = append([]knowledge.Hit{h}, slices.DeleteFunc(slices.Clone(res.Hits), func(o knowledge.Hit) bool { return o.Passage == h.Passage })...)
		}
	}
	onTopic := q.Topic != "" && best.Passage.Key == q.Topic // the conversation already chose the topic
	if onTopic && best.TitleCoverage == 0 && !isFAQ(st.Topic) {
		if h, ok := e.headedOnPage(text, words, st.Topic, best); ok {
			// «كيف تفحصونها؟» after the signs of a worrying mole: the page's section headed with
			// examining moles, not the signs again for mentioning an examination in passing.
			return e.reply(&st, h, res.Hits, 0.8*h.Coverage+0.1, 0), st
		}
	}
	if !onTopic && res.Concepts == 1 && !best.Specific && bare(words) && spread(res.Hits) >= 3 {
		// A bare broad word («علاج», "treatment") that many topics answer equally: ask which.
		if ctxOK {
			return useContext()
		}
		return e.clarify(st.Lang, best, res.Hits), st
	}
	if _, ok := rival(res.Hits, clarifyMargin); ok && res.Concepts == 1 && !onTopic {
		if ctxOK {
			return useContext() // the conversation says which
		}
		if bare(words) {
			// A question word with the one thing («results when?») says what is asked of it, which
			// the ranking has read: the first passage answers. A bare word leaves the choice open.
			return e.clarify(st.Lang, best, res.Hits), st
		}
	}
	if ctxOK && inCtx.Passage != best.Passage && !e.headsBetter(best, res.Hits, inCtx.Passage, words, st.Topic) &&
		!(onlyAspects(res) && !e.faqPage(docOf(st.Topic)) && e.faqOfTopic(best, inCtx.Passage, res.Hits, st.Topic)) &&
		(coverageIn(withTopic, inCtx.Passage) > coverageIn(withTopic, best.Passage)+1e-9 ||
			sameDoc(inCtx.Passage.Key, st.Topic) && (!sameDoc(best.Passage.Key, st.Topic) || inCtx.Passage.Key == st.Topic && !isFAQ(st.Topic) ||
				e.speaksMoreOf(st.Topic, inCtx.Passage, best.Passage))) {
		// The passage found with the topic speaks of more of the topic and the question than what the
		// question alone finds («وين يحقنونه؟» after a headache answer: that section, not any injection),
		// or what the question alone finds is on another page, or the section the conversation is in
		// answers it too, or both are on its page and the one found with the topic says more of the
		// topic itself («بتوجع؟» after what an implant is: the pain after implants, not the root-canal
		// FAQ on pain): stay with the conversation («how long does it last for that?»).
		return useContext()
	}
	if follow && best.Passage.Key != st.Topic {
		h, ok := e.onTopic(text, words, st.Topic, st.Part, res)
		if ok && h.Coverage > 0 && (h.Specific || !best.Specific) &&
			(h.Coverage > best.Coverage+1e-9 || !isFAQ(st.Topic) && h.Coverage >= best.Coverage-1e-9 && h.TitleCoverage >= best.TitleCoverage-1e-9 ||
				!sameDoc(best.Passage.Key, st.Topic) && h.Coverage >= offPageShare*best.Coverage-1e-9 && h.TitleCoverage >= offPageShare*best.TitleCoverage-1e-9 && best.Matched&^h.Matched&^res.Aspects&^res.Minor == 0) {
			// The section the conversation is in answers as much of the question as any other
			// passage, or, against one on another page, a good share of it (offPageShare) in its text
			// and its heading and nothing of it the other holds but what is asked of a topic
			// («وكم تستغرق مدة العلاج؟» after braces): the patient is still asking about it.
			return e.reply(&st, h, res.Hits, 0.8*h.Coverage+0.1, 0), st
		}
		if ok && h.Passage.Key == st.Topic && h.Specific && !sameDoc(best.Passage.Key, st.Topic) && best.Shared == 1 && res.OneScript == 0 &&
			best.Matched&h.Matched == 0 && h.Coverage >= offPageShare*best.Coverage-1e-9 {
			// The follow-up's words split between the passage just shown and another page, one thing
			// each («ولو العضم ضعيف؟» after whom implants suit: the bone in it, the weakening in the
			// heading of a FAQ on scaling): the conversation says which half it is asked of. Its
			// others, found for the other half, do not take it to another page in the patient's
			// language.
			return e.reply(&st, h, nil, 0.5*h.Coverage+0.2, 0), st
		}
	}
	if follow && isFAQ(st.Topic) && best.Passage.Key == st.Topic {
		// The FAQ answer just given, again: a new question wants another that answers it as well when
		// the FAQ's question holds what it asks («وكم تاخذ العملية؟» after «هل يرجع الساد بعد
		// العملية؟» repeats its word but asks something else). When only its answer says it, the
		// answer given says what is asked, and one that answers only as much is no better («w law ana
		// merdi3a?» after whom whitening does not suit, which names nursing mothers): another must
		// answer more of it. So too when the question asks only what the FAQ's question asks of its
		// thing («leh beyfshal?» after whether a root canal can fail): that is asked again, of it.
		for i, h := range res.Hits[1:] {
			if h.Passage.Key != st.Topic && (h.Coverage > best.Coverage+1e-9 || h.Coverage >= best.Coverage-1e-9 && best.TitleCoverage > 0 && !onlyAspects(res)) &&
				(h.Specific || !best.Specific) {
				res.Hits[0], res.Hits[i+1] = h, best
				best = h
				break
			}
		}
	}
	if follow && best.Passage.Key != st.Topic && res.OneScript != 0 {
		// A page in another language found only for a word its language alone has ("after") does not
		// take the follow-up from the section that holds the rest of it, and says the after asked.
		if h, ok := e.sectionPart(words, st.Topic, st.Part); ok && e.onlyScriptApart(best, h, res.OneScript) && saysWhen(h.Passage, words) {
			return e.reply(&st, h, nil, 0.8*h.Coverage+0.1, 0), st
		}
	}
	if follow && best.Passage.Key != st.Topic && onlyAspects(res) && e.namesOtherThing(st.Topic, best.Passage) {
		// "is it permanent?" after one use of a treatment is not answered by the FAQ on whether it
		// cures another condition for good: what is asked of the topic is asked of its section.
		if h, ok := e.sectionPart(words, st.Topic, st.Part); ok {
			return e.reply(&st, h, res.Hits, 0.5, 0), st
		}
	}
	if follow && !sameDoc(best.Passage.Key, st.Topic) && (onlyAspects(res) || res.Concepts <= followUpConcepts && !e.namesPageOf(words, best.Passage.Key)) &&
		!e.summaries[docOf(st.Topic)] {
		// Whether it hurts, asked of the conversation's treatment, is answered by its own page telling
		// how it feels, not by another page's section on pain, about its own treatment. So too with when
		// ("will I be sore after?" after deep cleaning of the gums, not the passage on pain after an
		// extraction), as long as the follow-up names nothing of the other page's title. A summary's
		// details are on the pages it sums up.
		if fs, ok := e.search.(feelSearcher); ok {
			if h, ok := fs.HowItFeels(st.Topic, words); ok {
				return e.reply(&st, h, nil, 0.5, 0), st
			}
		}
	}
	if follow && !sameDoc(best.Passage.Key, st.Topic) && onlyAspects(res) && !e.summaries[docOf(st.Topic)] {
		// A follow-up asking only something of the topic («بترجع طبيعية؟», «كل كم؟», "how often?")
		// makes sense only against it: a passage on the conversation's page that answers as much of it
		// answers it, before another page's section that names the same aspect of its own subject.
		wide := q
		wide.Limit = onPageLimit
		for _, h := range e.search.Search(wide).Hits {
			if sameDoc(h.Passage.Key, st.Topic) && h.Coverage >= best.Coverage-1e-9 {
				return e.reply(&st, h, res.Hits, 0.8*h.Coverage+0.1, 0), st
			}
		}
	}
	conf := best.Coverage * 0.8
	if len(res.Hits) > 1 {
		conf += 0.2 * math.Min(1, (best.Rank-res.Hits[1].Rank)/0.2)
	} else {
		conf += 0.2
	}
	return e.replyTo(&st, best, res.Hits[1:], conf, res.OneScript, asks(text, words), !follow), st
}

// reply is the answer taken from hit h, with others as suggestions: from a page in the patient's
// language (st.Lang) when one of others answers as well (as much of the question, and the same things
// or nearly as high in rank), else from h under a line saying in the patient's language which
// language the page is in. Words said in one script only (oneScript, Result.OneScript) do not
// decide between an English page and an Arabic one: an English summary that shares only "after" with
// the question gives way to the Arabic section holding more of the rest (Hit.Common), and does not
// replace an Arabic section that is the kind of answer asked (Hit.Fit) when it is not. The passage shown becomes
// st's topic: the patient's next question follows on from what they read.
func (e *Engine) reply(st *State, h knowledge.Hit, others []knowledge.Hit, conf float64, oneScript uint64) Reply {
	return e.replyTo(st, h, others, conf, oneScript, true, false)
}

// replyTo is reply for a message that asks something (asks) or, asked false, only tells of a topic
// («i think he has a lazy eye»), which a summary whose heading names none of it answers as well.
// fresh says the message is no follow-up: a follow-up's hits are weighed with the topic's heading,
// so a summary and a detailed section tying on them is no sign that the section says more.
func (e *Engine) replyTo(st *State, h knowledge.Hit, others []knowledge.Hit, conf float64, oneScript uint64, asked, fresh bool) Reply {
	lang := st.Lang
	defer func() { st.Topic, st.Part = h.Passage.Key, e.partOf(h.Passage) }()
	text := h.Answer()
	if ls, ok := e.search.(langSearcher); ok {
		pl := ls.LangOf(h.Passage)
		if pl == lang && lang != "ar" && !h.Urgent {
			// (An urgent-care passage in the patient's language stays: see below.)
			// A hit found by another route than the search (a follow-up's passage on its topic) may
			// carry no Common: the search's own hit for the same passage tells it, or the Arabic page
			// would seem to hold more in words both languages have than the English FAQ just shown.
			common := h.Common
			for _, o := range others {
				if o.Passage == h.Passage {
					common = max(common, o.Common)
				}
			}
			for _, o := range others {
				if o.Passage != h.Passage && o.Specific && ls.LangOf(o.Passage) != lang &&
					(o.Common > common+langSlack && h.TitleCoverage < o.Coverage && !asksMore(h, o) || fresh && e.detailsSummary(h, o, others) && !answersAll(h, o)) && o.Rank >= h.Rank-langLead {
					// The page in the patient's language holds more of what is asked only in words the
					// Arabic pages have no equivalent for ("after", "take"), and its heading does not
					// ask it ("Do wisdom teeth always need to come out?"): the Arabic page that holds
					// more of the rest (the glaucoma check and driving, where the summary has only
					// "home"), of which the others are short summaries, answers, under its note; clearly
					// more (langSlack): the extraction's «بجميع أدويتك» for "everyone says" beside the
					// English "Does a root canal hurt?" is no better answer.
					// Not when the page in the patient's language leads by more than langLead: the
					// English laser section holding waxing, "before" and the laser outranks the Arabic
					// peel instructions that share waxing and «أوقف» for "stop" by far more than its
					// "before" alone gives it.
					h, pl = o, ls.LangOf(o.Passage)
					break
				}
			}
		} else if pl != lang {
			if h.Urgent {
				// When to go to the emergency department, asked and found on a page in another
				// language: the clinic's urgent-care passage in the patient's language among the hits is
				// the same kind of answer, the same signs told in the patient's words; and one found
				// first stays, though a page in another language holds more of the question
				// ("Before I book my wisdom tooth removal, what signs would mean A&E?": the English
				// "When is it an emergency?", not the Arabic extraction page's list, which holds
				// the treatment's name besides).
				for _, o := range others {
					if o.Passage != h.Passage && o.Urgent && ls.LangOf(o.Passage) == lang {
						h, pl = o, lang
						break
					}
				}
			}
			for _, o := range others {
				if pl == lang {
					break
				}
				if o.Passage != h.Passage && ls.LangOf(o.Passage) == lang && o.Coverage >= h.Coverage-langSlack && o.Rank >= h.Rank-langLead &&
					!e.namesAnotherThan(st.Topic, o.Passage, h.Passage) &&
					(o.Specific || !h.Specific) && (h.Matched&^o.Matched == 0 || o.Rank >= h.Rank-langMargin) &&
					(lang == "ar" || !holdsMore(h.Matched&^oneScript, o.Matched&^oneScript) && o.Fit >= h.Fit-fitSlack-1e-9 &&
						(h.Matched&^o.Matched == 0 && (o.TitleCoverage > 0 || h.TitleCoverage == 0 || !asked) || o.TitleCoverage >= h.TitleCoverage)) {
					// Not for one that trails by more than langLead, which is the passage found holding what
					// is asked («اول زياره كم تاخذ وقت؟»: the English "Your first visit", asking it and
					// telling the minutes, not the Arabic examination at the first visit, sharing its words).
					// Not for a summary that is not the kind of answer asked: "what is a root canal" is
					// answered by the Arabic page's definition, not the English "Does a root canal hurt?";
					// one nearly as much that kind (fitSlack) is: the English "How long does a dental implant
					// take?" telling the hour and the months answers "implant how long?", though the Arabic
					// «كم تدوم الزرعة؟», how long the implant lasts, fits a step more.
					// Nor for one that lacks some of what the section holds and whose heading says less of
					// the question than the section's: the Arabic
					// «كيف نفحص الجلوكوما؟» answers "how long does the glaucoma check take?", not the
					// English "Cataract surgery" that shares "take" and "home" with it.
					// Nor for a summary whose heading names nothing asked when the section's heading does: the
					// Arabic «الليزك (LASIK) والفيمتو ليزك» tells how LASIK is done, not the English "Vision
					// correction" whose text also says "eye". A message asking nothing is told the summary.
					h, pl = o, lang
					break
				}
			}
			if pl != lang && lang == "ar" && e.summaries[docOf(h.Passage.Key)] {
				for _, o := range others {
					if o.Passage != h.Passage && ls.LangOf(o.Passage) == lang && o.Specific &&
						o.Rank >= h.Rank-langLead && o.Coverage >= h.Coverage-summarySlack &&
						o.TitleCoverage >= h.TitleCoverage-1e-9 && !e.namesAnotherThan(st.Topic, o.Passage, h.Passage) {
						// An Arabic question that found an English summary first, for the few words its
						// one broad passage gathers (aligners, eating and all day in «Clear aligners or metal
						// braces?»), is answered by the first Arabic passage near it in rank (langLead) that
						// holds much of the question (summarySlack) and whose heading names as much of it:
						// the summary sums up the Arabic pages, which tell it in the patient's words. Not
						// where the summary's heading asks more of the question («Why do my gums bleed?»
						// beside the extraction's side effects): that question is the summary's own.
						h, pl = o, lang
						break
					}
				}
			}
		}
		text = h.Answer()
		if pl != lang {
			text = fromPageIn(lang, pl) + "\n" + text
		}
	}
	return Reply{
		Kind:        KindAnswer,
		Text:        text,
		Sources:     []Source{sourceOf(h)},
		Suggestions: suggestions(others, h.Passage.Key, 3),
		Confidence:  round2(min(conf, 1)),
	}
}

// namesAnotherThan says whether FAQ answer o's question names a thing the conversation's topic does
// not (namesOtherThing), against a section p (no FAQ answer): in a conversation about implants, "does
// it hurt?" is not answered by the FAQ "Does a root canal hurt?" for being in the patient's language.
func (e *Engine) namesAnotherThan(topic string, o, p *knowledge.Passage) bool {
	return topic != "" && p.Question == "" && e.namesOtherThing(topic, o)
}

// detailsSummary says whether o, on a page of the clinic's main language, says in detail what the
// summary passage h says of the question: h is on a summary page, and o holds every concept of the
// question h holds, as much of it, and is as much the kind of answer asked, with a heading that names
// as much of it as the summary's, more when the summary's names all it holds ("what's shockwave
// therapy used for?" stays with the summary headed "Shock wave therapy"); and o is the one such
// section, no other of the detailed pages as near it (langMargin) with as much of the question. A
// summary found first for its own language's words (subcision, a mole zapped, sitting in on a
// session) leaves out what the one detailed section on them says; where several sections tie, the
// summary that sums them up answers ("just had a tooth pulled, what now?").
func (e *Engine) detailsSummary(h, o knowledge.Hit, others []knowledge.Hit) bool {
	if !e.summaries[docOf(h.Passage.Key)] || e.summaries[docOf(o.Passage.Key)] ||
		o.Coverage < h.Coverage-1e-9 || h.Matched&^o.Matched != 0 || o.Fit < h.Fit ||
		h.TitleCoverage > 0 && (o.TitleCoverage < h.TitleCoverage-1e-9 || h.TitleCoverage >= h.Coverage-1e-9 && o.TitleCoverage <= h.TitleCoverage+1e-9) {
		return false
	}
	for _, x := range others {
		if x.Passage.Key != o.Passage.Key && !e.summaries[docOf(x.Passage.Key)] &&
			x.Coverage >= o.Coverage-1e-9 && x.Rank >= o.Rank-langMargin {
			return false
		}
	}
	return true
}

// answersAll says whether h is an FAQ answer holding every concept of the question that o, a detailed
// section, holds: an English FAQ on a summary page is written to answer a question ("Is teeth whitening
// safe?" telling breastfeeding women are not whitened), not to sum a page up in a few lines, and answers
// in the patient's language what the Arabic section says no more of.
func answersAll(h, o knowledge.Hit) bool {
	return h.Passage.Question != "" && o.Matched&^h.Matched == 0
}

// asksMore says whether h, an FAQ answer, asks in its own question more of what the patient asked than o's
// heading names: the English "My gums bleed when I brush. Is that serious?" is the answer to "my gums
// bleed every time I brush, is that bad?", though the Arabic gum section holds a little more of it.
func asksMore(h, o knowledge.Hit) bool {
	return h.Passage.Question != "" && h.TitleCoverage > o.TitleCoverage+asksMoreMargin
}

// asksMoreMargin is how much more of the question the FAQ's own question must cover: with none, as many
// study answers broke as were fixed (6 and 6); with 0.15, 5 fixed and 2 broken.
const asksMoreMargin = 0.15

// holdsMore says whether a holds every concept b does and another besides.
func holdsMore(a, b uint64) bool {
	return b&^a == 0 && a&^b != 0
}

// langMargin is how far a passage in the patient's language may trail in rank the passage found
// and still be shown instead when, of equal coverage, it speaks of other things asked: a summary page
// in English that says "after LASIK" is not the answer to "when can I go swimming after lasik?" that
// the Arabic recovery section is, while an Arabic passage on shock waves that trails the English one
// only by the BM25 its patient's own words give it («شوكة بالكعب … الموجات التصادمية») is. Less
// than scoreShare, all BM25 can add to a rank.
const langMargin = 0.15

// langLead is how far in rank the passage found in the patient's language must lead a passage in another
// for it to stay the answer though the other holds more of the question in words both languages have:
// twice langMargin. Words only its language says ("lens" and "correct" beside the Arabic section on
// astigmatism) lift it a little past langMargin; a lead twice that is the passage holding what is asked.
// So too the other way: a passage in another language that leads the one in the patient's language by
// more stays the answer.
const langLead = 2 * langMargin

// fitSlack is how much less a passage in the patient's language may be the kind of answer asked
// (Hit.Fit) than the passage found in another and still be shown instead: one step of Fit (the
// Arabic FAQ on how long an implant lasts beside the English one on how long it takes, each asking
// "how long" in its heading) is how the pages are written, not a better answer; a definition against
// an FAQ on pain differs by more. Two steps lose on the study rounds (a yes-or-no summary beside a section that
// tells who needs the check earlier).
const fitSlack = 0.05

// langSlack is how much less of the question a passage in the patient's language may cover than the
// passage found in another and still be shown instead: a difference so slight is a lexicon weight's
// («بيضل» read as "how long", its English equivalent weighing more), not a better answer.
const langSlack = 0.03

// summarySlack is how much less of an Arabic question an Arabic passage may cover than the English
// summary passage found first and still answer instead, its heading naming as much of the question: a
// summary's one passage gathers words the detailed Arabic pages spread over their sections, so it
// covers more of any question on its pages without saying more of it. Chosen on the study rounds
// (0.2–0.4 gain alike).
const summarySlack = 0.3

// langSearcher tells the language of the page a passage is from (*knowledge.Index does).
type langSearcher interface {
	LangOf(p *knowledge.Passage) string
}

// fromPageIn is the line, in the patient's language, that says the answer is from a page in another.
func fromPageIn(lang, page string) string {
	switch {
	case lang == "en" && page == "ar":
		return "This answer is from the clinic's Arabic page:"
	case lang == "en":
		return "This answer is from one of the clinic's pages in another language:"
	case page == "en":
		return "هذه الإجابة من صفحة العيادة باللغة الإنجليزية:"
	}
	return "هذه الإجابة من صفحة للعيادة بلغة أخرى:"
}

// contextSearcher is what reading a follow-up in its topic's light needs of the index, beyond Search.
type contextSearcher interface {
	TopicText(key string) string
	CoverageOf(words []string) func(*knowledge.Passage) float64
}

// inContext reads a short follow-up in the light of the conversation's topic: the question is searched
// together with the words that name the topic («وين يحقنونه؟» after a headache answer is about
// injecting for headaches), and the first passage found that answers the question itself at least as
// well as the best passage found for it alone answers it. A question with nothing of its own to search
// («ليش؟», "why?", «مثل ايش يعني؟») is answered from the topic's own section. own is the search for the
// question alone; false when the topic does not help. prev, when given, are the previous question's
// words, searched with the topic's.
func (e *Engine) inContext(text string, words []string, topic string, part int, prev []string, own knowledge.Result) (knowledge.Hit, []knowledge.Hit, bool) {
	cx, ok := e.search.(contextSearcher)
	if !ok {
		return knowledge.Hit{}, nil, false
	}
	about := cx.TopicText(topic)
	if about == "" {
		return knowledge.Hit{}, nil, false
	}
	if len(prev) > 0 {
		about += " " + strings.Join(prev, " ")
	}
	aboutWords := knowledge.Words(about)
	res := e.search.Search(knowledge.Query{Text: about + " " + text, Words: append(aboutWords, words...),
		Topic: topic, Limit: 10})
	if len(res.Hits) == 0 {
		return knowledge.Hit{}, nil, false
	}
	if own.Concepts == 0 || own.Known == 0 && (asksWhy(words) || len(words) <= 3 && asks("", words) && verbsOnly(words)) ||
		asksWhy(words) && len(words) <= 3 && verbsOnly(words) || barelyWhy(words) {
		// «ليش احسن من الحبوب؟» with words the pages lack, or a why asked of a verb alone («ليش
		// يطلع؟»): a why asks for the reasons the topic's text gives.
		if !asks(text, words) {
			return knowledge.Hit{}, nil, false // «طيب», "ok": nothing asked
		}
		// The topic's section says why, how and what for: a FAQ answer is short, so a section of the
		// same page that speaks of the same thing comes first.
		faq := isFAQ(topic)
		if shown := e.part(topic, part); shown != nil {
			// The paragraph the patient read says why, not the section's first.
			for _, h := range res.Hits {
				if h.Passage == shown {
					return h, res.Hits, true
				}
			}
		}
		var speaks func(*knowledge.Passage) float64
		if faq {
			speaks = cx.CoverageOf(aboutWords)
		}
		for _, h := range res.Hits {
			if sameDoc(h.Passage.Key, topic) && (h.Passage.Question == "" || !faq) && (faq || h.Passage.Key == topic) &&
				(!faq || speaks(h.Passage) >= speaksOf) {
				return h, res.Hits, true
			}
		}
		if faq {
			// No section speaks of what the FAQ answers («وكل كم؟» after when a child first sees the
			// dentist: not the braces section, which says how often they are tightened): the
			// answer given says it.
			for _, h := range res.Hits {
				if h.Passage.Key == topic {
					return h, res.Hits, true
				}
			}
		}
		return knowledge.Hit{}, nil, false
	}
	minCov := e.cfg.MinCoverage
	if minCov == 0 {
		minCov = DefaultMinCoverage
	}
	need := minCov
	if len(own.Hits) > 0 {
		need = max(need, own.Hits[0].Coverage)
	}
	need = max(need, own.Known) - 1e-9 // every concept the clinic's pages know
	covers := cx.CoverageOf(words)
	first := -1
	for i, h := range res.Hits {
		if h.Passage.Key == topic && isFAQ(topic) {
			continue // the answer just given: a new question wants another
		}
		if covers(h.Passage) < need {
			continue
		}
		if h.Passage.Key != topic && onlyAspects(own) && (h.HeadsOther || e.namesOtherThing(topic, h.Passage)) {
			// A follow-up asking only an aspect («وبتوجع؟») is asked of the topic, not of a section or
			// FAQ on the same page that heads another thing (a page may join several treatments).
			continue
		}
		if sameDoc(h.Passage.Key, topic) && !isFAQ(topic) {
			// The topic's own page answers the question as well: «واقدر ادخن؟» after an extraction
			// wants its aftercare, not another page that speaks of smoking with more of the words. A
			// page of questions and answers is about many things: its other answers are no closer.
			return h, res.Hits, true
		}
		if first < 0 {
			first = i
		}
	}
	if first >= 0 {
		return res.Hits[first], res.Hits, true
	}
	return knowledge.Hit{}, nil, false
}

// headedOnPage is the passage of the topic's page that the question alone finds first when its heading
// names all the question does while the topic's section, best for the question with the topic, only
// mentions it in its text: the conversation's page has a section about what is asked.
func (e *Engine) headedOnPage(text string, words []string, topic string, best knowledge.Hit) (knowledge.Hit, bool) {
	own := e.search.Search(knowledge.Query{Text: text, Words: words, Limit: 3})
	if len(own.Hits) == 0 || own.Foreign {
		return knowledge.Hit{}, false
	}
	h := own.Hits[0]
	if h.Passage.Key == topic || !sameDoc(h.Passage.Key, topic) || !h.Specific || h.TitleCoverage < 1-1e-9 ||
		h.Coverage < best.Coverage-1e-9 || h.Matched&^own.Aspects == 0 || bare(withoutAnd(words)) {
		// Not for what is asked of any topic («how long does it last for that?»), nor for a thing
		// named bare («والليزر؟» after melasma in pregnancy: the laser for it, not how lasers work).
		return knowledge.Hit{}, false
	}
	return h, true
}

// headedSibling is the section of the topic's page, other than the topic's own, whose heading names all
// the pages know of a follow-up (own: the search for its words alone) while the topic's section only
// says it in its text, and the rest of whose heading speaks of the topic (speaksOfTopic): «كيف
// تعالجونها إذن؟» after what glaucoma is asks the page's «علاج الجلوكوما», not the line of the
// definition saying early treatment stops it. Not for what is asked of any topic (Result.Aspects),
// nor for a thing named bare.
func (e *Engine) headedSibling(words []string, topic string, own knowledge.Result) (knowledge.Hit, bool) {
	if own.Foreign || own.Known == 0 || bare(withoutAnd(words)) {
		return knowledge.Hit{}, false
	}
	says := false // the topic's section says it in its text
	for _, o := range own.Hits {
		if o.Passage.Key == topic && o.TitleCoverage > 1e-9 {
			return knowledge.Hit{}, false // the section's heading names it too
		}
		says = says || o.Passage.Key == topic && o.Coverage >= own.Known-1e-9
	}
	if !says {
		return knowledge.Hit{}, false
	}
	var found knowledge.Hit
	for _, o := range own.Hits {
		if o.Passage.Key == topic || found.Passage != nil && o.Passage.Key == found.Passage.Key ||
			!sameDoc(o.Passage.Key, topic) || isFAQ(o.Passage.Key) || !o.Specific {
			continue
		}
		if o.TitleCoverage >= own.Known-1e-9 && o.Coverage >= own.Known-1e-9 && o.Matched&^own.Aspects != 0 &&
			e.speaksOfTopic(topic, words, o.Passage) {
			if found.Passage != nil {
				return knowledge.Hit{}, false // the page's own word, in many of its headings («الخلع»)
			}
			found = o
		}
	}
	return found, found.Passage != nil
}

// speaksMoreOf says whether passage a's own words say more of what the topic's heading or FAQ
// question names than b's do.
func (e *Engine) speaksMoreOf(topic string, a, b *knowledge.Passage) bool {
	cx, ok := e.search.(contextSearcher)
	if !ok {
		return false
	}
	speaks := cx.CoverageOf(knowledge.Words(cx.TopicText(topic)))
	return speaks(a) > speaks(b)+1e-9
}

// faqOfTopic says whether best, found for a follow-up alone, is a FAQ answer on the conversation's page
// whose question names what the follow-up asks as much as p's heading does, and speaks of the
// conversation's topic (its heading or FAQ question, SpokenOf) more than p does: «يوجع؟» after how a
// root canal is done wants the FAQ «هل علاج العصب مؤلم؟», not the implant section of the same page that
// holds more of the words searched with the topic.
func (e *Engine) faqOfTopic(best knowledge.Hit, p *knowledge.Passage, hits []knowledge.Hit, topic string) bool {
	if best.Passage.Question == "" || !sameDoc(best.Passage.Key, topic) || best.TitleCoverage == 0 || !best.Specific {
		return false
	}
	for _, h := range hits {
		if h.Passage == p && h.TitleCoverage > best.TitleCoverage+1e-9 {
			return false
		}
	}
	cx, ok := e.search.(contextSearcher)
	so, ok2 := e.search.(spokenSearcher)
	if !ok || !ok2 {
		return false
	}
	speaks := so.SpokenOf(knowledge.Words(cx.TopicText(topic)))
	return speaks(best.Passage) > speaks(p)+1e-9
}

// spokenSearcher tells how much of a topic a passage speaks of, its heading included; *knowledge.Index is one.
type spokenSearcher interface {
	SpokenOf(words []string) func(*knowledge.Passage) float64
}

// speaksOf is the share of a FAQ question's concepts a section must say itself to speak of the same
// thing as the FAQ answer: a follow-up with nothing of its own to search is answered from it.
const speaksOf = 0.5

// asksHowLong says whether a message asks only how long (or how often), with nothing else named: a
// «كم» or «قديش» ("how long") and, besides words that say nothing of their own, only words for time,
// times and taking («كم مدته؟», «وقديش بدها وقت؟», «كم مره بالاسبوع؟», "how long does it take?"), and at
// most one verb for what the time runs until («وكم ياخذ وقت يلتئم؟», «وهتاخد قد ايه لحد ما تخف؟»).
func asksHowLong(words []string) bool {
	if !slices.ContainsFunc(words, func(w string) bool { return howMuchWords[w] || w == "how" || w == "قد" }) {
		return false // most messages: no spelling of their words is tried
	}
	how, long, verbs, clause := false, false, 0, 0
	for i, w := range words {
		switch {
		case asksHowMuch(words, i):
			how = true
			if i > 0 && (words[i-1] == "بعد" || words[i-1] == "after") {
				long, clause = true, untilClause // «بعد قديش بحس بفرق؟»: after how long, what comes then
			}
		case clause > 0 && !questionWords[w]:
			clause-- // «لين احس بفرق»: what the time runs until
		case (w == "بعد" || w == "after") && i+1 < len(words) && asksHowMuch(words, i+1):
		case withWaw(durationWords, w) || timeUnit(w) || w == "مره" || w == "مرات":
			long = true // «كم مدته؟», «كم يوم؟», «كم مره بالاسبوع؟»
		case untilWords[w]:
			clause = untilClause
		case knowledge.StopWord(w) || questionWords[w] || openers[w] || andWords[w] || backRefs[w] || pronounPreps[w]:
		case verbish(w) && !howMuchWords[w] || len([]rune(w)) > 4 && verbish(strings.TrimPrefix(w, "ل")):
			verbs++ // «لين يلتئم», «لحد ما تخف», «ليتحسن»: what the time is until
		default:
			return false
		}
	}
	return how && long && verbs <= 1
}

// asksHowMany says whether a message asks how many or how much («كم», «قديش», "how many", "how
// often"), whatever else it names.
func asksHowMany(words []string) bool {
	for i, w := range words {
		if asksHowMuch(words, i) || w == "how" && i+1 < len(words) && (words[i+1] == "many" || words[i+1] == "often") {
			return true
		}
	}
	return false
}

// tellsFigure says whether a text gives a figure: a number written in digits.
func tellsFigure(text string) bool {
	return strings.IndexFunc(text, unicode.IsDigit) >= 0
}

// untilClause is how many words after «لين», «لحد», "until" (or after «بعد قديش», after how long) say
// what the time runs until: a verb and what it does («لين احس بفرق»).
const untilClause = 2

// asksHowMuch says whether words[i] asks how much or how long: «كم», «قديش», "how long", «قد ايه»,
// «قد ايش».
func asksHowMuch(words []string, i int) bool {
	w, next := words[i], ""
	if i+1 < len(words) {
		next = words[i+1]
	}
	return howMuchWords[w] || w == "how" && (next == "long" || next == "soon") || w == "قد" && (next == "ايه" || next == "اي" || next == "ايش")
}

// asksDuration says whether a question asks how long something takes or lasts: a word asking how
// much («كم», «قديش», "how long", «قد ايه») and a word of time or taking («وقت», «تاخذ», «مدة»), whatever
// else it names («كم تاخذ العملية؟»).
func asksDuration(words []string) bool {
	how, long := false, false
	for i, w := range words {
		switch {
		case asksHowMuch(words, i):
			how = true
		case withWaw(durationWords, w):
			long = true
		}
	}
	return how && long
}

// durationOnPage is the passage, of the page of the passage with key shown, that the question finds
// holding as much of it as the best it finds and telling a length of time (tellsDuration).
func (e *Engine) durationOnPage(text string, words []string, st State, shown string) (knowledge.Hit, bool) {
	if e.search == nil || shown == "" {
		return knowledge.Hit{}, false
	}
	q := knowledge.Query{Text: text, Words: words, Limit: 10}
	if st.Topic != "" && isFollowUp(words) {
		q.Topic, q.TopicConcepts = st.Topic, followUpConcepts
	}
	res := e.search.Search(q)
	if len(res.Hits) == 0 || res.Foreign {
		return knowledge.Hit{}, false
	}
	for _, h := range res.Hits {
		if h.Coverage < res.Hits[0].Coverage-1e-9 {
			break
		}
		if sameDoc(h.Passage.Key, shown) && tellsDuration(h.Answer()) {
			return h, true
		}
	}
	return knowledge.Hit{}, false
}

// spanVerbs say that a thing takes time: in a question («كم تاخذ؟», «وكم تطول؟», "how long does it
// take?") and in the pages' text («تستغرق العملية …», "takes about an hour").
var spanVerbs = wordSet(`تاخذ ياخذ تاخد ياخد بتاخذ بياخذ بتاخد بياخد هتاخد هياخد هتاخذ هياخذ تطول يطول بتطول بيطول هتطول
		هيطول تستغرق يستغرق بتستغرق بيستغرق تأخذ يأخذ take takes taking te5th te5od ta5od tokhod ta5ud t6awwil ttawel
		btotwal btotwol bt6awwil`)

// asksTaking says whether a question asks only how long a thing takes: a word asking how much and a
// verb of taking time (spanVerbs), and nothing the time runs until («كم ياخذ الجرح لين يلتئم؟», "how
// long does it take to heal?" ask of another span).
func asksTaking(words []string) bool {
	how, take := false, false
	for i, w := range words {
		switch {
		case asksHowMuch(words, i):
			how = true
		case withWaw(spanVerbs, w):
			take = true
		case untilWords[w] || w == "to" || isAfter(w) || w == "before":
			return false
		}
	}
	return how && take
}

// tellsTaking says whether a text says what a thing takes: a verb of taking time (spanVerbs) and a
// unit of time a few words after it.
func tellsTaking(text string) bool {
	words := knowledge.Words(text)
	for i, w := range words {
		if !withWaw(spanVerbs, w) {
			continue
		}
		for _, u := range words[i+1 : min(len(words), i+7)] {
			if timeUnit(u) {
				return true
			}
		}
	}
	return false
}

// onPageFollowUp searches for a follow-up with the conversation's page first (followUpConcepts): the
// hits, and the things the question names that the best passage found holds (its matched concepts
// without aspects and minor words). ok false: nothing found, or the question is in another language.
func (e *Engine) onPageFollowUp(text string, words []string, st State) (hits []knowledge.Hit, things uint64, ok bool) {
	if e.search == nil {
		return nil, 0, false
	}
	res := e.search.Search(knowledge.Query{Text: text, Words: words, Topic: st.Topic, TopicConcepts: followUpConcepts, Limit: onPageLimit})
	if len(res.Hits) == 0 || res.Foreign {
		return nil, 0, false
	}
	return res.Hits, res.Hits[0].Matched &^ (res.Aspects | res.Minor), true
}

// takingOnPage is the passage of the conversation's page that says what a thing takes (tellsTaking),
// found for a follow-up asking how long it takes, holding every thing the question names that the
// best passage found holds. A follow-up naming nothing asks of what the passage just read is about:
// the passage's heading shares a word with its heading («كيف تتم العملية؟» after «التحضير لعملية
// …»), not another treatment's session on the same page after a course of pills.
func (e *Engine) takingOnPage(text string, words []string, st State) (knowledge.Hit, bool) {
	hits, things, ok := e.onPageFollowUp(text, words, st)
	if !ok {
		return knowledge.Hit{}, false
	}
	shown := e.shownPassage(st)
	for _, h := range hits {
		if sameDoc(h.Passage.Key, st.Topic) && things&^h.Matched == 0 && tellsTaking(h.Answer()) &&
			(things != 0 || shown == nil || h.Passage.Key == shown.Key || sharesStem(h.Passage.Section, shown.Section)) {
			return h, true
		}
	}
	return knowledge.Hit{}, false
}

// onsetWords name a treatment's effect showing: an improvement, a difference, the result.
var onsetWords = wordSet(`فرق بفرق الفرق فرقا تحسن التحسن تحسنا بتحسن تحسين نتيجه النتيجه نتيجة النتيجة النتائج نتائج نتايج
		difference improvement improving better result results far2 fare2 ta7sen ta7assun nateeje natije`)

// onsetWhen ask when: «متى», «امتى», "when", and how long till.
var onsetWhen = wordSet(`متى امتى ايمتى امتي إيمتى إمتى meta emta imta when till until لين لحد`)

// asksOnset says whether a question asks when a treatment's effect shows: a word asking when or how
// long (onsetWhen, «كم», «قديش») and one naming the improvement or the result (onsetWords), or a verb
// of showing («يبان», «تبان»).
func asksOnset(words []string) bool {
	when, onset := false, false
	for i, w := range words {
		switch {
		case withWaw(onsetWhen, w) || asksHowMuch(words, i):
			when = true
		case withWaw(onsetWords, w) || withWaw(showWords, w):
			onset = true
		}
	}
	return when && onset
}

// showWords are verbs of an effect showing («يبان», «بتبان», «تظهر»).
var showWords = wordSet(`يبان تبان بيبان بتبان هيبان هتبان يظهر تظهر بيظهر بتظهر byban btban yban`)

// tellsOnset says whether a text says when an effect shows: a word of improvement, the result or its
// showing, and a unit of time a few words from it.
func tellsOnset(text string) bool {
	words := knowledge.Words(text)
	for i, w := range words {
		if !withWaw(onsetWords, w) && !withWaw(showWords, w) && !strings.HasPrefix(w, "تحسن") {
			continue
		}
		for _, u := range words[max(0, i-6):min(len(words), i+9)] {
			if timeUnit(u) {
				return true
			}
		}
	}
	return false
}

// onsetOnPage is the passage of the conversation's page that says when an effect shows (tellsOnset),
// found for a follow-up asking it, holding every thing the question names that the best passage
// found holds.
func (e *Engine) onsetOnPage(text string, words []string, st State) (knowledge.Hit, bool) {
	hits, things, ok := e.onPageFollowUp(text, words, st)
	if !ok {
		return knowledge.Hit{}, false
	}
	for _, h := range hits {
		if sameDoc(h.Passage.Key, st.Topic) && things&^h.Matched == 0 && tellsOnset(h.Answer()) {
			return h, true
		}
	}
	return knowledge.Hit{}, false
}

// sharesStem says whether two headings share a word, by its stem.
func sharesStem(a, b string) bool {
	return sharesAny(knowledge.Stems(a), knowledge.Stems(b))
}

// untilWords say until when a length of time runs («كم ياخذ لين يلتئم؟»).
var untilWords = wordSet(`لين لحد لحتى حتى لغايه ليما until till`)

// howMuchWords ask how much or how long.
var howMuchWords = wordSet(`كم وكم كام وكام قديش وقديش اديش قداش شقد شكد kam 2addesh 2adesh 2addeesh addesh adesh ad2esh 2ad2esh b2addesh`)

// durationWords name time, or taking it, in a question of how long («وقت», «مدته», «ياخذ», «يطول»).
var durationWords = wordSet(`وقت الوقت مدة المدة مدته مدتها مدتو يطول تطول بتطول بيطول يطول ياخذ تاخذ بياخذ بتاخذ ياخد تاخد بياخد
		بتاخد هتاخد هياخد هتاخذ هياخذ يستغرق تستغرق بدها بده بدو يبغاله تبغالها يحتاج تحتاج long soon time take takes last lasts
		wa2t wa2et mudda mudde`)

// stayWords say that a thing stays or lasts («بيضل», «هيفضل», «بيقعد», «يدوم»): after the side effects,
// «وقديش بيضل؟» asks how long they last (howLongStays).
var stayWords = wordSet(`يضل تضل بيضل بتضل يفضل تفضل بيفضل بتفضل هيفضل هتفضل يدوم تدوم بيدوم بتدوم يقعد تقعد بيقعد بتقعد
	يبقى تبقى بيبقى بتبقى stay stays`)

// howLongStays says whether words ask only how long, a verb of staying or lasting (stayWords) read
// as taking time: «وقديش بيضل؟», «وبيقعد قد ايه؟», "how long does it stay?".
func howLongStays(words []string) bool {
	read := make([]string, len(words))
	for i, w := range words {
		if withWaw(stayWords, w) {
			w = "يطول"
		}
		read[i] = w
	}
	return asksHowLong(read)
}

// timeUnits are the words a text tells a length of time in.
var timeUnits = wordSet(`دقيقة دقائق ساعة ساعات يوم يومًا يومين أيام أسبوع أسبوعًا أسبوعين أسابيع شهر شهرًا شهرين أشهر شهور
		سنة سنتين سنوات عام عامًا أعوام minute minutes hour hours day days week weeks month months year years`)

// timeUnit says whether a word is a unit of time, with or without the article or «ب»/«بال» («بالاسبوع»).
func timeUnit(w string) bool {
	for _, p := range []string{"", "ال", "بال", "ب", "لل"} {
		if rest, ok := strings.CutPrefix(w, p); ok && timeUnits[rest] {
			return true
		}
	}
	return false
}

// tellsDuration says whether a text tells a length of time: a time unit, with or without the article.
func tellsDuration(text string) bool {
	for _, w := range knowledge.Words(text) {
		if timeUnit(w) {
			return true
		}
	}
	return false
}

// topicDuration is the part of the conversation's section that tells a length of time, for a question
// that asks only how long: the first, as TopicHits ranks them, that tells one; none when the section
// tells no length of time.
func (e *Engine) topicDuration(topic string, words []string) (knowledge.Hit, bool) {
	ts, ok := e.search.(topicSearcher)
	if !ok {
		return knowledge.Hit{}, false
	}
	for _, h := range ts.TopicHits(topic, words) {
		if tellsDuration(h.Answer()) {
			return h, true
		}
	}
	return knowledge.Hit{}, false
}

// permanentWords ask whether something is for good: «دائم», «نهائي», «للأبد», «خالص» (for good, in
// Egypt), "permanent", "forever", "completely".
// (wordSet writes «دايم» as «دائم»; asksPermanent takes a leading «و» off.)
var permanentWords = wordSet(`دائم دائمة نهائي نهائية نهائيا للأبد الأبد abad خالص permanent permanently forever completely`)

// asksPermanent says whether a question asks whether something lasts for good («وهل هو دائم؟», «وتشفي
// نهائي؟», "is it permanent?", "for good?").
func asksPermanent(words []string) bool {
	for i, w := range words {
		if withWaw(permanentWords, w) ||
			w == "for" && i+1 < len(words) && words[i+1] == "good" {
			return true
		}
	}
	return false
}

// comingBackWords ask whether something comes back, in the third person («يرجع الشعر؟», «بترجع؟», "will
// it come back?"): not the patient's own going back to work («متى ارجع الدوام؟»).
var comingBackWords = wordSet(`يرجع ترجع بيرجع بترجع هيرجع هترجع حيرجع حترجع رح يرجع يعود تعود سيعود ستعود يرجعلي ترجعلي
	بيرجعلي بترجعلي return returns recur recurs yerja3 terja3 byerja3 btrja3 bterja3 hayerga3 yerga3 terga3`)

// askWhenWords ask when: a question asking when someone goes back («متى يرجع يلعب؟») asks a time.
var askWhenWords = wordSet(`متى امتى ايمتى امتي متي وقتيش when emta imta meta`)

// asksComingBack says whether a question asks whether something comes back (comingBackWords, "come
// back", with no when-word): «وبعدين يرجع الشعر؟» after how many laser sessions asks whether the
// result lasts, not what to do after a session.
func asksComingBack(words []string) bool {
	if anyWithWaw(askWhenWords, words) {
		return false
	}
	for i, w := range words {
		if withWaw(comingBackWords, w) || (w == "come" || w == "comes" || w == "coming") && i+1 < len(words) && words[i+1] == "back" {
			return true
		}
	}
	return false
}

// goingAwayWords ask whether something goes away («تروح؟», «بيروح؟», «تزول؟», "go away?"); a
// question asking only that, after a section on side effects, asks whether they pass.
var goingAwayWords = wordSet(`تروح يروح بتروح بيروح هتروح هيروح حتروح حيروح رح تزول يزول بتزول بيزول تختفي يختفي
	بتختفي بيختفي away disappear disappears fade fades`)

// asksGoingAway says whether a question asks whether something goes away.
func asksGoingAway(words []string) bool { return anyWithWaw(goingAwayWords, words) }

// resultWords name a treatment's result or effect.
var resultWords = wordSet(`نتيجة النتيجة نتيجته نتيجتها نتايج النتايج نتائج النتائج مفعول المفعول مفعوله مفعولها تأثير التأثير
	result results outcome effect`)

// namesResult says whether a question names the result of a treatment.
func namesResult(words []string) bool { return anyWithWaw(resultWords, words) }

// effectsHeadWords name side effects or complications in a heading.
var effectsHeadWords = wordSet(`الجانبية جانبية الجانبيه جانبيه مضاعفات المضاعفات ومضاعفات والمضاعفات المخاطر مخاطر والمخاطر
	ومخاطر effects complications risks`)

// headsEffects says whether a passage's heading or FAQ question names side effects or complications.
func headsEffects(p *knowledge.Passage) bool {
	for _, w := range knowledge.Words(p.Section + " " + p.Question) {
		if effectsHeadWords[w] {
			return true
		}
	}
	return false
}

// headsCourse says whether a passage's heading or FAQ question names side effects or the result, its
// length or its sessions (knowledge.HeadsResult): the section that tells whether they pass or last.
func headsCourse(p *knowledge.Passage) bool {
	if knowledge.HeadsResult(p) {
		return true
	}
	for _, w := range knowledge.Words(p.Section + " " + p.Question) {
		if effectsHeadWords[w] {
			return true
		}
	}
	return false
}

// lastingWords say whether something lasts or wears off: the question's permanentWords; «مؤقت»,
// "temporary", "lifetime"; how long a result lasts («تدوم», "lasts"); that it may come back («قد
// تعود») or stays with the patient, a condition that is chronic («مزمنة», "chronic"); that it can be
// undone («قابل للعكس», "reversed"). Not the English "last" and "return", which mostly say the last
// visit and going back to work.
var lastingWords = func() map[string]bool {
	m := wordSet(`مؤقت مؤقتة مؤقتا temporary temporarily lifetime تدوم يدوم lasts تعود يعود
		مزمن مزمنة chronic عكس reversed reversible`)
	for w := range permanentWords {
		if w != "خالص" && w != "completely" && w != "abad" {
			m[w] = true
		}
	}
	return m
}()

// tellsPermanence says whether a text says whether something lasts for good or wears off
// (lastingWords), as holdsJoined reads it («وليس الشفاء النهائي», «للعكس»).
func tellsPermanence(text string) bool { return holdsJoined(lastingWords, text) }

// holdsJoined says whether text holds a word of set, alone or joined to one or two of «و», «ب», «ف»,
// «ل» and to the article «ال».
func holdsJoined(set map[string]bool, text string) bool {
	for _, w := range knowledge.Words(text) {
		for i := 0; i < 3 && w != ""; i++ {
			if set[w] || set[strings.TrimPrefix(w, "ال")] {
				return true
			}
			r, size := utf8.DecodeRuneInString(w)
			if !strings.ContainsRune("وبفل", r) {
				break
			}
			w = w[size:]
		}
	}
	return false
}

// redoWords ask whether a treatment must be done again («لازم اعيده؟», «ولا لازم اكرر؟», "do I have to
// redo it?"): whether its effect lasts (asksRedo).
var redoWords = wordSet(`اعيد اعيده اعيدها أعيد أعيده أعيدها نعيد نعيده نعيدها اكرر اكرره اكررها أكرر أكرره أكررها نكرر
	نكرره repeat redo a3eed a3ido a3eedo`)

// asksRedo says whether a question asks whether a treatment must be done again (redoWords).
// Not how often or how many times («كم مرة أكرره؟», «لازم اعيده كل قد ايه؟»), which asks the interval.
func asksRedo(words []string) bool {
	return anyWithWaw(redoWords, words) && !asksHowOften(words) && !asksHowMany(words) && !asksHowLong(words)
}

// statedLasting are the words that say outright whether an effect is for good or temporary («مؤقت»,
// «دائم», «نهائي», «قابل للعكس», "temporary", "permanent", "lifetime"): not how long it lasts («تدوم»,
// «تستمر عدة أشهر») nor a chronic condition, which tellsPermanence also counts.
var statedLasting = wordSet(`مؤقت مؤقتة مؤقتا دائم دائمة نهائي نهائية نهائيا عكس temporary temporarily permanent permanently
	lifetime reversible reversed`)

// statesLasting says whether a text says outright whether something is for good or temporary
// (statedLasting), as holdsJoined reads it.
func statesLasting(text string) bool { return holdsJoined(statedLasting, text) }

// repeatTextWords say in a text that a treatment is repeated («تكرار», «جلسات متابعة», "repeat").
var repeatTextWords = wordSet(`تكرار متابعة repeat repeated`)

// redoOnPage is, after the section with key topic when it is headed with the result (its time to show
// and length) and says nothing outright of whether it lasts (statesLasting), the first passage of its
// page that says so and that it is repeated (repeatTextWords), not one on side effects.
// Asked why it must be redone («وليه لازم أكرر؟»), after any section that gives no reason, the passage
// saying the effect is temporary is the reason.
func (e *Engine) redoOnPage(topic string, why bool) (knowledge.Hit, bool) {
	p := e.passageOf(topic)
	ts, ok := e.search.(topicSearcher)
	if p == nil || !ok || why && givesReason(p.Text) || !why && (!knowledge.HeadsResult(p) || statesLasting(p.Text)) {
		return knowledge.Hit{}, false
	}
	for i := range e.passages {
		q := &e.passages[i]
		if !sameDoc(q.Key, topic) || q.Key == topic || headsEffects(q) || !statesLasting(q.Text) {
			continue
		}
		if slices.ContainsFunc(knowledge.Words(q.Text), func(w string) bool {
			return repeatTextWords[w] || repeatTextWords[strings.TrimPrefix(w, "و")] || repeatTextWords[strings.TrimPrefix(w, "ل")]
		}) {
			return hitOf(ts, q)
		}
	}
	return knowledge.Hit{}, false
}

// topicPermanence is the part of the conversation's section that says whether what it treats with
// lasts (tellsPermanence), the first as TopicHits ranks them; none when the section says nothing of it.
func (e *Engine) topicPermanence(topic string, words []string) (knowledge.Hit, bool) {
	ts, ok := e.search.(topicSearcher)
	if !ok {
		return knowledge.Hit{}, false
	}
	for _, h := range ts.TopicHits(topic, words) {
		if tellsPermanence(h.Answer()) {
			return h, true
		}
	}
	return knowledge.Hit{}, false
}

// pagePermanence is, for a question whether something lasts asked after the section with key topic
// says nothing of it (topicPermanence finds none), the passage of the same page that says it
// (tellsPermanence) and speaks most of what the section's heading names (CoverageOf, at least
// speaksOf): «وبيطيب نهائي؟» after the symptoms of a condition is answered by its treatment's «حالة
// مزمنة … وليس الشفاء النهائي»; one headed with it («…نهائيًا؟», «النتائج ومدة بقائها») first. None when
// the answer found (key found) is already headed with it, or no passage of the page says it.
func (e *Engine) pagePermanence(topic string, words []string, found string) (knowledge.Hit, bool) {
	cx, ok2 := e.search.(contextSearcher)
	ts, ok3 := e.search.(topicSearcher)
	if !ok2 || !ok3 {
		return knowledge.Hit{}, false
	}
	for _, h := range ts.TopicHits(topic, nil) {
		if t := h.Passage.Text; tellsPermanence(t) || tellsSpan(t) && (namesResult(knowledge.Words(t)) || !namesResult(words)) {
			// The section says how long it lasts. A length of time in a section naming no result is
			// of the course («من 6 إلى 8 جلسات بفاصل 4 إلى 6 أسابيع»), not how long the result the
			// question names lasts («وهل النتيجة دائمة؟»).
			return knowledge.Hit{}, false
		}
	}
	if found != "" && tellsPermanence(cx.TopicText(found)) {
		return knowledge.Hit{}, false
	}
	speaks := cx.CoverageOf(knowledge.Words(cx.TopicText(topic)))
	var best *knowledge.Passage
	bestScore := 0.0
	ps := e.passages
	for i := range ps {
		p := &ps[i]
		if !sameDoc(p.Key, topic) || p.Key == topic || !tellsPermanence(p.Section+" "+p.Question+" "+p.Text) {
			continue
		}
		c := speaks(p)
		if c < speaksOf && !(isFAQ(topic) && c > 0 && p.Section != p.DocTitle) {
			// After a FAQ answer, whose question names what it asks of a thing as much as the thing
			// («هل الصدفية معدية؟»), a section speaking of the thing at all says whether it lasts;
			// not the page's opening, which names all its things.
			continue
		}
		if tellsPermanence(p.Section + " " + p.Question + " " + p.Lead()) {
			c += 1
		}
		if c > bestScore+1e-9 {
			best, bestScore = p, c
		}
	}
	if best == nil {
		return knowledge.Hit{}, false
	}
	return hitOf(ts, best)
}

// spanWords count a length of time without a figure («عدة أشهر», "a few weeks").
var spanWords = wordSet(`عدة لعدة بضع بضعة لبضع لبضعة few several`)

// dualUnits are the units of time in the Arabic dual, a length of time on their own («يومين»).
var dualUnits = wordSet(`يومين ساعتين أسبوعين شهرين سنتين عامين`)

// tellsSpan says whether a text tells a length of time: a unit of time after a figure or a word counting
// it («من 3 إلى 6 أسابيع», «وتستمر لعدة أشهر», «6 months»), or in the dual («يومين»); not a unit
// alone («آخر اليوم», "every day").
func tellsSpan(text string) bool {
	ws := knowledge.Words(text)
	for i, w := range ws {
		if dualUnits[w] || dualUnits[strings.TrimPrefix(w, "ل")] {
			return true
		}
		if !timeUnit(w) || i == 0 {
			continue
		}
		prev := ws[i-1]
		if spanWords[prev] || strings.IndexFunc(prev, unicode.IsDigit) >= 0 {
			return true
		}
	}
	return false
}

// afterWords say "after it" on their own.
var afterWords = map[string]bool{"بعدها": true, "وبعدها": true, "بعده": true, "وبعده": true, "بعدين": true,
	"وبعدين": true, "after": true, "afterwards": true, "afterward": true}

// asksAfter says whether a message asks nothing but "and after?" («وبعدها؟», "and after that?"), or
// after the topic's treatment is over («وبعد ما اخلص؟», «وبعد ما فكو، خلص؟»: «بعد ما» and a verb or two).
func asksAfter(words []string) bool {
	after, clause := false, 0
	for i, w := range words {
		switch {
		case afterWords[w]:
			after = true
		case (w == "بعد" || w == "وبعد") && i+1 < len(words) && words[i+1] == "ما":
			after, clause = true, -1
		case clause == -1 && w == "ما":
			clause = 2 // what it is after: a verb, with an object pronoun at most
		case clause > 0 && !knowledge.StopWord(w) && len(words)-i <= clause+1:
			clause--
		case andWords[w] || openers[w] || withWaw(questionWords, w) || backRefs[w] || w == "و" || after && doneWords[w] ||
			withWaw(doWords, w) || withWaw(mustWords, w) || subjectWords[w]:
			// «وبعده شو لازم اعمل؟», "and after, what do I do?", «وشو لازم اعمل بعدها؟»: what to do after
			// it is the aftercare.
		default:
			return false
		}
	}
	return after
}

// subjectWords are who does it, said beside what to do after («شو لازم اعمل انا بعدها؟», "what do I do
// after?").
var subjectWords = wordSet(`انا احنا نحن i we`)

// mustWords say what one has to do («لازم», "should").
var mustWords = wordSet(`لازم يجب ضروري should must`)

// doneWords say that something is over («خلاص؟»: and that's it?).
var doneWords = wordSet(`خلاص خلص خلصت خلصنا بس over done`)

// aspectSection is the section of the topic's page whose heading has a word of an aspect (after:
// «بعد جلسة الليزر», «العناية بعد التقشير»; treatment: «علاج جفاف العين») and shares most words with
// the patient's last question (asked, State.Asked) and, after them, with the topic's heading; none when
// the topic's own heading has one, or the page has no such section, or several and none shares a word.
// A paragraph of the topic's own section under such a lead line («المثبت بعد التقويم») is one too,
// unless it is the one shown (part).
func (e *Engine) aspectSection(topic string, part int, asked string, aspect func(string) bool, words []string) (knowledge.Hit, bool) {
	cx, ok2 := e.search.(contextSearcher)
	if !ok2 {
		return knowledge.Hit{}, false
	}
	holds := func(*knowledge.Passage) float64 { return 0 }
	if len(words) > 0 {
		holds = cx.CoverageOf(words)
	}
	bestHolds, bestPure := 0.0, false
	about, said := knowledge.Words(cx.TopicText(topic)), strings.Fields(asked)
	if slices.ContainsFunc(about, aspect) {
		return knowledge.Hit{}, false
	}
	var lead []string
	shown := e.part(topic, part)
	if shown != nil {
		if slices.ContainsFunc(knowledge.Words(shown.Lead()), aspect) {
			return knowledge.Hit{}, false // already reading what comes after
		}
		lead = knowledge.Words(shown.Lead())
	}
	var best *knowledge.Passage
	bestShared, bestLead := -1, ""
	heads := map[string]bool{} // the aspect's sections of the page
	ps := e.passages
	for i := range ps {
		p := &ps[i]
		if !sameDoc(p.Key, topic) || p.Question != "" {
			continue
		}
		heading := p.Section
		if p.Key == topic {
			heading = p.Lead() // another paragraph of the section the patient is in
			if heading == "" || shown != nil && p.Text == shown.Text {
				continue
			}
		}
		head := knowledge.Words(heading)
		if !slices.ContainsFunc(head, aspect) {
			continue
		}
		heads[p.Key] = true
		shared := 0
		for _, w := range head {
			if aspect(w) || knowledge.StopWord(w) {
				continue
			}
			same := func(a string) bool { return sameRoot(a, w) }
			// What the patient said outweighs what they were shown, and what the section shown is
			// about (its heading) a word its text names in passing; a word found in more of them
			// counts for each («طب وإيه العلاج؟» after how a disease of the eye is tested, the patient
			// having named the eye and the disease: its treatment, not that of another eye complaint).
			if slices.ContainsFunc(said, same) {
				shared += 4
			}
			if slices.ContainsFunc(about, same) {
				shared += 2
			} else if slices.ContainsFunc(lead, same) {
				shared++
			}
		}
		pure := !slices.ContainsFunc(head, func(w string) bool { return withWaw(duringWords, w) })
		if shared > bestShared || shared == bestShared && (holds(p) > bestHolds+1e-9 || holds(p) >= bestHolds-1e-9 && pure && !bestPure) {
			// Two as near to what was asked and shown: the one holding more of the follow-up's own
			// words («وبعد الخلع اكل ايه؟»: the aftercare that tells what to eat, not the pain after),
			// else the one headed with the aspect alone (the care after the session, not how it feels
			// during it and after).
			best, bestShared, bestLead, bestHolds, bestPure = p, shared, "", holds(p), pure
			if p.Key == topic {
				bestLead = p.Text
			}
		}
	}
	if best == nil || bestShared == 0 && len(heads) > 1 {
		// None of the page's sections of the aspect shares a word with what was asked or shown
		// («وش يسوون فيها؟» after the signs of a worrying mole, on a page treating eczema and
		// psoriasis too): none is told apart as the one of the topic.
		return knowledge.Hit{}, false
	}
	for _, h := range e.search.(topicSearcher).TopicHits(best.Key, nil) {
		if bestLead == "" || h.Passage.Text == bestLead {
			return h, true // the section's first part, or the paragraph found
		}
	}
	return knowledge.Hit{}, false
}

// tellsTreatment says whether the passage the patient read (the part shown of the topic's section, or
// the whole section) says what its treatment is: a word of treating next to one of including («يشمل
// العلاج تمارين…», "treatment includes…"). Treatment named in passing («العلاج المبكر يوقف تقدمه» in
// what glaucoma is) does not say it.
func (e *Engine) tellsTreatment(topic string, part int) bool {
	shown := e.part(topic, part)
	for i := range e.passages {
		p := &e.passages[i]
		if p.Key != topic || shown != nil && p.Text != shown.Text {
			continue
		}
		ws := knowledge.Words(p.Text)
		for j, w := range ws {
			if isTreatment(w) && (j > 0 && includeWords[ws[j-1]] || j+1 < len(ws) && includeWords[ws[j+1]]) {
				return true
			}
		}
	}
	return false
}

// includeWords say what something is made of: «يشمل», «يتضمن», "includes".
var includeWords = wordSet(`يشمل تشمل يتضمن تتضمن يتكون تتكون include includes including consists`)

// treatmentWords name treating, in a heading or a question.
var treatmentWords = wordSet(`علاج العلاج علاجه علاجها والعلاج وعلاجه وعلاجها treatment treatments treat treated
		تعالجون تعالجونه تعالجونها نعالج يعالج تعالج يتعالج تتعالج 3elag 3ilaj 3laj`)

// isTreatment says whether a word names treating.
func isTreatment(w string) bool { return treatmentWords[w] }

// asksTreatment says whether a message asks nothing but how the topic is treated («وما علاجه؟», "how do
// you treat it?", «w el 3elag eh?»), or what to do about it («طب اعمل ايه؟»).
func asksTreatment(words []string) bool {
	treat, do, ask, cond := false, false, false, false
	for _, w := range words {
		if cond && !treatmentWords[w] && !questionWords[w] && !interrogatives[w] {
			continue // «وإذا طلع عندي، شو العلاج؟»: if it turns out so, the treatment is still all asked
		}
		cond = false
		switch {
		case ifWords[w]:
			cond = true
		case afterWords[w]:
			return false // «وبعدها وش اسوي؟» asks what to do after
		case treatmentWords[w]:
			treat = true
		case doWords[w]:
			do = true
		case w == "el" || w == "al" || w == "il":
			// the article of Arabic in Latin letters: «w shu el 3ilaj?»
		case homeWords[w]:
			// «وش اسوي له بالبيت؟», "what can I do at home?": the care the page's treatment section
			// tells, not another page's passage that happens to say «المنزل».
		case questionWords[w] || interrogatives[w]:
			ask = true
		case andWords[w] || openers[w] || backRefs[w] || pronounPreps[w] || knowledge.StopWord(w) || latinPointer(w):
		default:
			return false
		}
	}
	return treat || do && ask
}

// ifWords open a condition, with a joined «و» or Arabizi "w".
var ifWords = wordSet(`اذا إذا لو واذا وإذا ولو if iza eza law wiza weza`)

// homeWords place what is done at home («بالبيت», «في المنزل», "at home").
var homeWords = wordSet(`بيت البيت بالبيت بيتي للبيت منزل المنزل بالمنزل منزلي home house`)

// latinPointer says whether a word in Latin letters is, in its likeliest Arabic spelling, a preposition
// with a pronoun or a word pointing back («fih», «fiha»: فيه، فيها).
func latinPointer(w string) bool {
	if r := []rune(w); len(r) == 0 || r[0] >= 0x80 {
		return false
	}
	sp := knowledge.ArabiziSpellings(w, 1)
	return len(sp) > 0 && (pronounPreps[sp[0]] || backRefs[sp[0]])
}

// doWords ask what to do, or what the clinic does, about the topic («طب اعمل ايه؟», «وش يسوون فيها؟»,
// "what can we do about it?").
var doWords = wordSet(`اعمل اسوي نسوي نعمل اعمله اعملها اعملو اعمللو اسويله اسويلها اسويلو يسوون يسوو تسوون بيسوو بيعملوا بيعملو يعملون يعملوا بتعملوا بتعملو
		بعمل بسوي بنعمل بنسوي منعمل منسوي هعمل حعمل
		do a3mel asawi nsawi n3mel ysawoon ysawon ysawu ysawo bye3mlo bya3mlo b3mel ba3mel mna3mel`)

// isAfter says whether a word of a heading says after («بعد», "after").
func isAfter(w string) bool { return w == "بعد" || w == "after" || afterWords[w] }

// opensAfter says whether a message opens, after its openers and «و»/"and", with a word of after
// («وبعد الجلسة…», «وبعدها…», "and after the session…", "afterwards…").
func opensAfter(words []string) bool {
	for i, w := range words {
		switch {
		case w == "بعدين" || w == "وبعدين":
			return false // "and then": what comes next, not after the treatment
		case (w == "بعد" || w == "وبعد") && i+1 < len(words) && words[i+1] == "ما":
			return false // «وبعد ما اوقفه…»: after something the patient does
		case isAfter(w) || w == "وبعد":
			return true
		case openers[w] || andWords[w] || w == "و":
			continue
		}
		return false
	}
	return false
}

// afterItself says whether the after a message opens with (opensAfter) is after the conversation's
// topic: a pronoun («وبعدها», «بعده»), nothing or a question word after it («وبعد كم يوم…», "and after,
// how long…"), or a word naming the topic («وبعد الجلسة…»); not after something else («بعد الولادة…»).
func (e *Engine) afterItself(words []string, topic string) bool {
	for i, w := range words {
		switch {
		case openers[w] || andWords[w] || w == "و":
			continue
		case afterWords[w]:
			return true
		case w == "بعد" || w == "وبعد" || w == "after":
			if i+1 == len(words) || withWaw(questionWords, words[i+1]) || knowledge.StopWord(words[i+1]) {
				return true
			}
			return len(e.notNamingTopic(words[i+1:i+2], topic)) == 0
		}
		return false
	}
	return false
}

// holdsAsMuch says whether passage p holds as much of words as the passage with key found does, in
// what they say (CoverageOf).
func (e *Engine) holdsAsMuch(words []string, p *knowledge.Passage, found string) bool {
	cx, ok := e.search.(contextSearcher)
	if !ok {
		return false
	}
	covers, most := cx.CoverageOf(words), 0.0
	for i := range e.passages {
		if e.passages[i].Key == found {
			most = max(most, covers(&e.passages[i]))
		}
	}
	return covers(p) >= most-1e-9
}

// notNamingTopic is words without those the topic's own heading says («الجلسة» after «التحضير لجلسة
// التقشير», "the session" after «الألم أثناء الجلسة»): a follow-up naming the thing the conversation is
// on points back at it, and the section that holds that word for being the topic holds no more of
// what is asked. Nil when every word names it.
func (e *Engine) notNamingTopic(words []string, topic string) []string {
	cx, ok := e.search.(contextSearcher)
	if !ok {
		return words
	}
	head := map[string]bool{}
	for _, h := range knowledge.Stems(cx.TopicText(topic)) {
		head[h] = true
		if r := []rune(h); len(r) > 3 && strings.ContainsRune("لبفو", r[0]) {
			head[string(r[1:])] = true // «لجلسة»: the session, with a preposition
		}
	}
	var out []string
	for _, w := range words {
		if st := knowledge.Stems(w); len(st) != 1 || !head[st[0]] {
			out = append(out, w)
		}
	}
	return out
}

// duringWords say during («أثناء», "during"): a heading of what happens during a thing and after it.
var duringWords = wordSet(`أثناء اثناء خلال during while`)

// afterTopic is words with "after" and the word naming the conversation's topic after it («بعد
// الجلسة» after «الألم أثناء الجلسة», "after the session") read as after it («بعدها», "after"): the
// patient asks what comes after what they are reading of.
func (e *Engine) afterTopic(words []string, topic string) []string {
	var out []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		if (w == "بعد" || w == "وبعد" || w == "after") && i+1 < len(words) {
			j := i + 1
			if words[j] == "the" && j+1 < len(words) {
				j++
			}
			if len(e.notNamingTopic(words[j:j+1], topic)) == 0 {
				out = append(out, map[string]string{"بعد": "بعدها", "وبعد": "وبعدها", "after": "after"}[w])
				i = j
				continue
			}
		}
		out = append(out, w)
	}
	return out
}

// headsAfter says whether the heading of the passage with key says after («بعد العملية»).
func (e *Engine) headsAfter(key string) bool {
	cx, ok := e.search.(contextSearcher)
	return ok && slices.ContainsFunc(knowledge.Words(cx.TopicText(key)), func(w string) bool { return isAfter(w) || w == "وبعد" })
}

// feelSearcher finds the passage of a topic's page telling how its treatment feels (*knowledge.Index does).
type feelSearcher interface {
	HowItFeels(key string, words []string) (knowledge.Hit, bool)
}

// feelingUntold tells whether a page says nothing of how something feels (*knowledge.Index does).
type feelingUntold interface {
	FeelingUntold(doc string, words []string) bool
}

// topicSearcher ranks the parts of the conversation's section for a follow-up (*knowledge.Index does).
type topicSearcher interface {
	TopicHits(key string, words []string) []knowledge.Hit
}

// onTopic answers a follow-up that nothing else answers from the section the conversation is in: the
// part of it that shares most with the question, when that shares a word not found all over the pages
// (veneers after whitening share only "teeth"), or, when the question has nothing the pages know,
// its first part, if the message asks something («btinfa3 la meen?», "is it permanent?"). A topic the
// lexicon names as not covered («وفيلر؟») is not the section's.
func (e *Engine) onTopic(text string, words []string, topic string, part int, own knowledge.Result) (knowledge.Hit, bool) {
	ts, ok := e.search.(topicSearcher)
	if !ok || own.Foreign {
		return knowledge.Hit{}, false
	}
	hits := e.shownFirst(ts.TopicHits(topic, words), topic, part)
	if len(hits) == 0 {
		return knowledge.Hit{}, false
	}
	if h := hits[0]; h.Coverage > 0 && h.Specific || own.Known == 0 && (asksWhy(words) || asks(text, words) && (verbsOnly(words) || refersBack(words))) {
		return h, true
	}
	return knowledge.Hit{}, false
}

// becauseWords give a reason: «لأن», «بسبب», «يسبب», «من أسبابه», "because", "causes".
var becauseWords = wordSet(`لأن لان لانه لأنه لأنها لانها بسبب بسببه نتيجة يسبب تسبب يسببه because cause causes caused due
		اسباب الاسباب اسبابه اسبابها واسبابه واسبابها`)

// peopleWords name whom a treatment is for: children, the pregnant or nursing, the elderly.
var peopleWords = wordSet(`اطفال الاطفال للاطفال والاطفال وللاطفال طفل الطفل للطفل وللطفل اولاد الاولاد للاولاد وللاولاد
		ولاد الولاد للولاد وللولاد عيال العيال للعيال وللعيال صغار الصغار للصغار وللصغار حامل الحامل للحامل وللحامل
		حوامل الحوامل للحوامل وللحوامل مرضع المرضع للمرضع مرضعات المرضعات للمرضعات مسنين المسنين للمسنين وللمسنين
		kids kid children child pregnant pregnancy breastfeeding nursing elderly`)

// suitWords ask whether something suits, or may be done («ينفع», «يصير», "ok").
var suitWords = wordSet(`ينفع تنفع بينفع بتنفع يصلح تصلح يناسب تناسب مناسب مناسبه يصير تصير بيصير بتصير يقدر تقدر
		ok okay suitable safe allowed`)

// childWords name the patient's own child («ابني», «بنتي», "my daughter"): with an age under
// adultAge (childAged), a child, as peopleWords' «أطفال» are.
var childWords = wordSet(`ابني ابنى ابنتي بنتي ولدي طفلي طفلتي وابني وبنتي وولدي وابنتي لابني لبنتي لولدي لابنتي
		ibni binti benti bnti waladi son daughter boy girl`)

// ageWords tell an age around its number («عمره ١٢ سنة», «عندها ١٤ سنة», "is 12 years old").
var ageWords = wordSet(`عمر عمره عمرها عمرو وعمره وعمرها عنده عندها سنه سنة سنين سنوات سنتين شهور اشهر
		3omro 3omra 3omrha sana snin sneen year years yr yrs yo old months`)

// adultAge is the age from which a son or daughter is no longer a child.
const adultAge = 18

// childAged says whether words name the patient's child with an age under adultAge: «ابني عنده ١٢
// سنة», "my daughter is 15", «عمره سنتين» after naming a son.
func childAged(words []string) bool {
	child, young := false, false
	for _, w := range words {
		switch {
		case childWords[w]:
			child = true
		case w == "سنتين":
			young = true
		case knowledge.IsNumber(w):
			if n, err := strconv.Atoi(w); err == nil && n < adultAge {
				young = true
			}
		}
	}
	return child && young
}

// childGroup is what a follow-up naming a child by age (childAged) asks about: children, in both
// scripts.
var childGroup = []string{"اطفال", "children"}

// asksForWhom says whether a follow-up asks only whether the topic's treatment is for a group of
// people (peopleWords): «وللأطفال ينفع؟», "and for kids?", «وبيصير للولاد الصغار؟»; nothing else named.
// A child named with an age under adultAge is one of them: «وابني عنده ١٢ سنة ينفع؟», "my daughter is
// 15, can she do it?" ask whether it is for children.
func asksForWhom(words []string) bool {
	people := false
	aged := childAged(words)
	for i, w := range words {
		switch {
		case i > 0 && (words[i-1] == "نفس" || words[i-1] == "same"):
			// «عنده نفس الالم», "has the same problem": what the conversation is about
		case peopleWords[w]:
			people = true
		case aged && childWords[w]:
			people = true
		case aged && (ageWords[w] || knowledge.IsNumber(w)):
		case suitWords[w] || andWords[w] || openers[w] || questionWords[w] || interrogatives[w] || backRefs[w] ||
			pronounPreps[w] || knowledge.StopWord(w) || w == "for" || w == "about":
		default:
			return false
		}
	}
	return people
}

// forWhomOnPage is the passage of the topic's page that names the people a follow-up asks about
// (peopleWords) and speaks most of the topic (its heading's concepts, at least speaksOf of them): the
// part saying whom a treatment does not suit, not a section about children that does not speak of it.
func (e *Engine) forWhomOnPage(topic string, words []string) (knowledge.Hit, bool) {
	cx, ok := e.search.(contextSearcher)
	if !ok {
		return knowledge.Hit{}, false
	}
	group := slices.DeleteFunc(slices.Clone(words), func(w string) bool { return !peopleWords[w] })
	if childAged(words) {
		group = append(group, childGroup...)
	}
	speaks := cx.CoverageOf(knowledge.Words(cx.TopicText(topic)))
	if h, ok := e.namingOnPage(topic, group, speaks, speaksOf/2); ok {
		return h, true
	}
	if slices.ContainsFunc(group, func(w string) bool { return !pregnancyWords[w] }) {
		// No passage of the page names children or the elderly: the one that speaks of ages does
		// («هل العلاج آمن لجميع الأعمار؟» for «وماذا عن الأطفال؟»): whom it suits is told by age, on
		// the conversation's page, whatever else the passage speaks of.
		return e.namingOnPage(topic, ageGroup, speaks, 0)
	}
	return knowledge.Hit{}, false
}

// pregnancyWords are the peopleWords that name the pregnant or nursing: people not told by age.
var pregnancyWords = wordSet(`حامل الحامل للحامل وللحامل حوامل الحوامل للحوامل وللحوامل مرضع المرضع للمرضع مرضعات المرضعات
		للمرضعات pregnant pregnancy breastfeeding nursing`)

// ageGroup names age, the words a passage telling whom a treatment suits by age holds («الأعمار»).
var ageGroup = []string{"العمر", "الاعمار", "age"}

// namingOnPage is the passage of the topic's page that names the people of group (CoverageOf) and speaks
// most of what the topic's heading names (speaks, no less than least), one headed with them first; none
// when no passage of the page names them.
func (e *Engine) namingOnPage(topic string, group []string, speaks func(*knowledge.Passage) float64, least float64) (knowledge.Hit, bool) {
	cx, ok2 := e.search.(contextSearcher)
	ts, ok3 := e.search.(topicSearcher)
	if !ok2 || !ok3 || len(group) == 0 {
		return knowledge.Hit{}, false
	}
	names := cx.CoverageOf(group)
	headed := map[[2]string]bool{} // key and text of the passages whose heading names them
	for _, h := range e.search.Search(knowledge.Query{Text: strings.Join(group, " "), Words: group, Limit: 50}).Hits {
		if h.TitleCoverage > 0 {
			headed[[2]string{h.Passage.Key, h.Passage.Text}] = true
		}
	}
	var best *knowledge.Passage
	bestCov := speaksOf - 1e-9
	ps := e.passages
	for i := range ps {
		p := &ps[i]
		if !sameDoc(p.Key, topic) || names(p) == 0 {
			continue
		}
		c := speaks(p)
		if c < least {
			continue
		}
		if headed[[2]string{p.Key, p.Text}] {
			c += speaksOf // a heading naming them («الكلف أثناء الحمل») is about the topic for them
		}
		if c > bestCov+1e-9 {
			best, bestCov = p, c
		}
	}
	return hitOf(ts, best)
}

// signWords head a section of a condition's signs («أعراض جفاف العين», "Symptoms").
var signWords = wordSet(`اعراض الاعراض واعراض علامات العلامات وعلامات symptoms signs`)

// reasonOnPage is the passage of the topic's page that gives a reason (tellsWhy) and speaks of what the
// section the conversation is in names in its heading, when that section tells a condition's signs
// (signWords) and gives no reason: «ليش؟» after the symptoms of dry eye asks what causes it, which the
// page's opening says. (Why a section advises something is told in the section itself.) The one speaking
// most of the topic, the first in the page's order of those speaking as much.
func (e *Engine) reasonOnPage(topic string, part int) (knowledge.Hit, bool) {
	cx, ok2 := e.search.(contextSearcher)
	ts, ok3 := e.search.(topicSearcher)
	if !ok2 || !ok3 {
		return knowledge.Hit{}, false
	}
	shown := e.part(topic, part)
	if shown == nil {
		if hs := ts.TopicHits(topic, nil); len(hs) > 0 {
			shown = hs[0].Passage
		}
	}
	if shown == nil || tellsWhy(shown.Text) || !slices.ContainsFunc(knowledge.Words(shown.Section), func(w string) bool { return signWords[w] }) {
		return knowledge.Hit{}, false
	}
	// What the signs are of: the heading without its sign word («جفاف العين»).
	of := slices.DeleteFunc(knowledge.Words(shown.Section), func(w string) bool { return signWords[w] })
	if len(of) == 0 {
		return knowledge.Hit{}, false
	}
	speaks := cx.CoverageOf(of)
	var best *knowledge.Passage
	bestCov := speaksOf - 1e-9
	ps := e.passages
	for i := range ps {
		p := &ps[i]
		if !sameDoc(p.Key, topic) || p.Text == shown.Text || !tellsWhy(p.Text) {
			continue
		}
		if c := speaks(p); c > bestCov+1e-9 {
			best, bestCov = p, c
		}
	}
	return hitOf(ts, best)
}

// hitOf is passage p as a hit of its key's (TopicHits); false when p is nil or no longer there.
func hitOf(ts topicSearcher, p *knowledge.Passage) (knowledge.Hit, bool) {
	if p == nil {
		return knowledge.Hit{}, false
	}
	for _, h := range ts.TopicHits(p.Key, nil) {
		if h.Passage.Text == p.Text {
			return h, true
		}
	}
	return knowledge.Hit{}, false
}

// tellsWhy says whether a text gives a reason (becauseWords).
func tellsWhy(text string) bool {
	return slices.ContainsFunc(knowledge.Words(text), func(w string) bool { return becauseWords[w] })
}

// inSection answers a follow-up from the section the conversation is in (its part covering most of
// the question, sectionPart) unless the question names something another passage is about: no
// passage's heading names more of it than the section's does while the passage holds as much of it
// (a heading naming one word of «ويرجع البيت نفس اليوم؟», whether the cataract comes back, does not
// take it from the section telling the patient goes home that day; when the section holds all of it, a
// heading about something else (speaksOfTopic) does not count:
// «كم جلسة؟» after shock waves is not the FAQ on what to wear to a session), no passage of its page
// holds all of it, a time asked included, where the section holds its subject and not the time («وكم
// ياخذ وقت اذا كان مدفون؟» after wisdom teeth: the steps of an extraction), and no passage holds a thing asked that
// the section lacks — what is asked of the topic (how long, whether it is permanent: Result.Aspects) a
// passage elsewhere may mention in passing, and a qualifier saying when (a day, a time: Result.Minor)
// names no subject: «وتروح نهائي؟» after what melasma is asks about melasma, «ايش اسوي باول يومين؟»
// after a sprained ankle asks about the sprain, not the dry needling that aches for a day or two,
// while «وانا مرضع؟» names what another section is about. A question of words the pages lack (asking:
// the message asks something) stays unless it asks whether the clinic offers something of its own
// («وتسوون هيدرافيشل؟»).
func (e *Engine) inSection(words []string, topic string, part int, asking bool, own knowledge.Result) (knowledge.Hit, bool) {
	h, ok := e.sectionPart(words, topic, part)
	if !ok {
		return knowledge.Hit{}, false
	}
	feels := false // the section's part is the page's passage telling how the topic feels, asked whether it hurts
	if fs, ok := e.search.(feelSearcher); ok && h.Coverage > 1-1e-9 {
		if f, ok := fs.HowItFeels(topic, words); ok && f.Passage == h.Passage {
			feels = true
		}
	}
	for _, o := range own.Hits {
		if o.Passage.Key == topic {
			continue
		}
		if o.TitleCoverage > h.TitleCoverage+1e-9 && o.Coverage >= h.Coverage-1e-9 && !feels && (h.Coverage < 1-1e-9 || e.speaksOfTopic(topic, words, o.Passage)) ||
			o.Coverage > h.Coverage+1e-9 && o.Matched&^h.Matched&^own.Aspects&^own.Minor != 0 ||
			h.Coverage > 1e-9 && o.Coverage > 1-1e-9 && o.Matched&^h.Matched&own.Minor != 0 && sameDoc(o.Passage.Key, topic) {
			return knowledge.Hit{}, false
		}
	}
	if own.Known == 0 && !(asking && !asksOffer(withoutAnd(words))) {
		return knowledge.Hit{}, false
	}
	if e.summaries[docOf(topic)] && h.Matched != 0 && h.Matched&^own.OneScript == 0 {
		// A summary that shares with the follow-up only words its language alone has ("before",
		// "after") does not hold what is asked of it ("what about the sun before?" after laser hair
		// removal's summary): another passage that holds a thing asked the summary lacks answers,
		// the detailed page telling of it in the clinic's other language.
		for _, o := range own.Hits {
			if o.Passage.Key != topic && o.Matched&^h.Matched != 0 {
				return knowledge.Hit{}, false
			}
		}
	}
	if o, ok := kindElsewhereOnPage(h, topic, own); ok {
		return o, true
	}
	if isFAQ(topic) {
		// The FAQ answer just given is short: a question the pages' other passages answer as well, or
		// one they cannot search («ليش؟») and it gives no reason for (tellsWhy), wants another that says more.
		if own.Known == 0 && !(asksWhy(words) && tellsWhy(h.Answer())) {
			return knowledge.Hit{}, false
		}
		for _, o := range own.Hits {
			if o.Passage.Key != topic && o.Coverage >= h.Coverage-1e-9 {
				return knowledge.Hit{}, false
			}
		}
	}
	return h, true
}

// kindElsewhereOnPage is the passage of the conversation's page, other than its section (key topic,
// whose part h answers), that holds as much of a follow-up and is the kind of answer it asks (Hit.Fit)
// where the section is not: «والعملية كيف يسوونها؟» after when the operation is needed is answered by
// the page's «كيف تتم العملية؟», not by when again.
func kindElsewhereOnPage(h knowledge.Hit, topic string, own knowledge.Result) (knowledge.Hit, bool) {
	fit := 0.0
	for _, o := range own.Hits {
		if o.Passage.Key == topic {
			fit = max(fit, o.Fit)
		}
	}
	for _, o := range own.Hits {
		if o.Passage.Key != topic && sameDoc(o.Passage.Key, topic) && o.Fit > fit+1e-9 && asksWhatKind(o.Passage.Section) &&
			o.Coverage >= h.Coverage-1e-9 && o.TitleCoverage >= h.TitleCoverage-1e-9 {
			return o, true
		}
	}
	return knowledge.Hit{}, false
}

// yesNoOpeners open a question answered yes or no («هل», "is", "does").
var yesNoOpeners = wordSet(`هل is are can do does`)

// asksWhatKind says whether a heading is a question asking for a kind of answer (how, when, who: «كيف
// تتم العملية؟»), not one answered yes or no («هل …؟»).
func asksWhatKind(head string) bool {
	head = strings.TrimSpace(head)
	ws := knowledge.Words(head)
	return len(ws) > 0 && (strings.HasSuffix(head, "؟") || strings.HasSuffix(head, "?")) && !yesNoOpeners[ws[0]]
}

// speaksOfTopic says whether passage p, whose heading names more of a follow-up of words than the
// conversation's section does, is about the conversation's subject: it speaks of at least speaksOf of
// the concepts the heading of the section with key topic names («من يحتاج فحص الجلوكوما؟» after what
// glaucoma is), or the rest of its heading is what a part of that section speaks of (the IPL
// sessions after a list of dry-eye treatments naming them).
func (e *Engine) speaksOfTopic(topic string, words []string, p *knowledge.Passage) bool {
	cx, ok := e.search.(contextSearcher)
	ts, ok2 := e.search.(topicSearcher)
	if !ok || !ok2 {
		return true
	}
	if cx.CoverageOf(knowledge.Words(cx.TopicText(topic)))(p) >= speaksOf {
		return true
	}
	head := p.Question
	if head == "" {
		head = p.Section
	}
	var rest []string
	for _, w := range knowledge.Words(head) {
		if !slices.ContainsFunc(words, func(v string) bool { return v == w || sameRoot(v, w) }) {
			rest = append(rest, w)
		}
	}
	if len(rest) == 0 {
		return true
	}
	covers := cx.CoverageOf(rest)
	for _, h := range ts.TopicHits(topic, nil) {
		if covers(h.Passage) >= speaksOf {
			return true
		}
	}
	return false
}

// sectionPart is the part of the section with key topic that answers a follow-up: the one covering most
// of it (TopicHits: the first of those covering as much, or whose heading asks the same kind).
func (e *Engine) sectionPart(words []string, topic string, part int) (knowledge.Hit, bool) {
	ts, ok := e.search.(topicSearcher)
	if !ok {
		return knowledge.Hit{}, false
	}
	if hits := e.shownFirst(ts.TopicHits(topic, words), topic, part); len(hits) > 0 {
		return hits[0], true
	}
	return knowledge.Hit{}, false
}

// partOf is which of the passages filed under p's key p is, counted from 1 in the page's order
// (State.Part); 0 when the key has one passage.
func (e *Engine) partOf(p *knowledge.Passage) int {
	ts, ok := e.search.(topicSearcher)
	if !ok || p == nil {
		return 0
	}
	hs := ts.TopicHits(p.Key, nil) // in the page's order: nothing to rank them by
	if len(hs) < 2 {
		return 0
	}
	for i, h := range hs {
		if h.Passage == p {
			return i + 1
		}
	}
	return 0
}

// part is the passage numbered part (State.Part) of those filed under topic; nil when there is none.
func (e *Engine) part(topic string, part int) *knowledge.Passage {
	ts, ok := e.search.(topicSearcher)
	if !ok || topic == "" || part <= 0 {
		return nil
	}
	if hs := ts.TopicHits(topic, nil); part <= len(hs) {
		return hs[part-1].Passage
	}
	return nil
}

// shownFirst puts the part of the topic's section the patient was shown (State.Part) first among
// hits (TopicHits, best first) that rank as high as it: a follow-up that no part answers better
// («is it permanent?», «طيب ليش؟») is about the paragraph just read.
func (e *Engine) shownFirst(hits []knowledge.Hit, topic string, part int) []knowledge.Hit {
	shown := e.part(topic, part)
	if shown == nil || len(hits) < 2 {
		return hits
	}
	for i, h := range hits {
		if h.Passage == shown {
			if i > 0 && h.Rank >= hits[0].Rank-1e-9 {
				hits = slices.Clone(hits)
				copy(hits[1:i+1], hits[:i])
				hits[0] = h
			}
			break
		}
	}
	return hits
}

// withoutAnd drops the «و» ("and") a message opens with: «وتسوون هيدرافيشل؟» asks what «تسوون هيدرافيشل؟» does.
func withoutAnd(words []string) []string {
	if len(words) == 0 {
		return words
	}
	if andWords[words[0]] || words[0] == "و" {
		return words[1:]
	}
	if rest, ok := strings.CutPrefix(words[0], "و"); ok && len([]rune(rest)) > 2 {
		return append([]string{rest}, words[1:]...)
	}
	return words
}

// headsBetter says whether best, found for the question alone on the conversation's page, names the
// question in its heading more than p does, and the rest of its heading speaks of the conversation's
// section: «كم جلسة؟» after a list of treatments that names IPL sessions wants the section headed «جلسات
// الضوء النبضي», not the FAQ «ماذا ألبس في الجلسة؟».
func (e *Engine) headsBetter(best knowledge.Hit, hits []knowledge.Hit, p *knowledge.Passage, words []string, topic string) bool {
	if !sameDoc(best.Passage.Key, topic) || !best.Specific {
		return false // a heading that shares only a word found all over the pages names nothing
	}
	better := best.TitleCoverage > 0
	for _, h := range hits {
		if h.Passage == p {
			better = best.TitleCoverage > h.TitleCoverage+1e-9 && best.Coverage >= h.Coverage-1e-9
			break
		}
	}
	if !better {
		return false
	}
	ts, ok := e.search.(topicSearcher)
	if !ok {
		return false
	}
	var rest []string
	for _, w := range knowledge.Words(best.Passage.Section) {
		if !knowledge.StopWord(w) && !questionWords[w] && !slices.ContainsFunc(words, func(q string) bool { return sameRoot(q, w) }) {
			rest = append(rest, w)
		}
	}
	if len(rest) == 0 {
		return false
	}
	for _, h := range ts.TopicHits(topic, rest) {
		if h.Coverage > 0 {
			return true
		}
	}
	return false
}

// sameRoot says, roughly, whether two words are forms of one («جلسه», «الجلسات»): the same first
// three letters once an article or a one-letter prefix is taken off.
func sameRoot(a, b string) bool {
	cut := func(w string) []rune {
		w = strings.TrimPrefix(w, "ال")
		r := []rune(w)
		if len(r) > 4 && strings.ContainsRune("وبلف", r[0]) {
			r = r[1:]
			if len(r) > 4 && string(r[:2]) == "ال" {
				r = r[2:]
			}
		}
		return r
	}
	ra, rb := cut(a), cut(b)
	return len(ra) >= 3 && len(rb) >= 3 && string(ra[:3]) == string(rb[:3])
}

// arabicSpelling returns words in their likeliest Arabic spellings, nil unless every word is in Latin
// letters and none is an English stop word.
func arabicSpelling(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		if r := []rune(w); len(r) == 0 || r[0] >= 0x80 || knowledge.StopWord(w) {
			return nil // Arabic letters, or an English word («is», «it»): not Arabizi
		}
		sp := knowledge.ArabiziSpellings(w, 1)
		if len(sp) == 0 {
			return nil
		}
		out = append(out, sp[0])
	}
	return out
}

// asRead is a message's words as the questions they ask are told apart (asksAfter, asksPermanent, …)
// when it is Arabic written in Latin letters: their likeliest Arabic spelling («w ba3da?» as «و
// بعدها»); nil for any other message, which is read as it is.
func asRead(words []string) []string {
	if knowledge.IsArabizi(words) {
		return arabicSpelling(words)
	}
	return nil
}

// inArabic is word w of words in the Arabic letters the search reads it in, when words are Arabizi
// («shu a7san mkhadde»: «مخده», which the pages may hold); else w.
func inArabic(words []string, w string) string {
	aw := asRead(words)
	if len(aw) != len(words) {
		return w
	}
	if i := slices.Index(words, w); i >= 0 && aw[i] != "" {
		return aw[i]
	}
	return w
}

// firstOr is the first of hits, or the zero Hit.
func firstOr(hits []knowledge.Hit) knowledge.Hit {
	if len(hits) == 0 {
		return knowledge.Hit{}
	}
	return hits[0]
}

// coverageIn is the coverage hits give passage p, 0 when p is not among them.
func coverageIn(hits []knowledge.Hit, p *knowledge.Passage) float64 {
	for _, h := range hits {
		if h.Passage == p {
			return h.Coverage
		}
	}
	return 0
}

// docOf is the document of a passage key ("doc#section").
func docOf(key string) string {
	d, _, _ := strings.Cut(key, "#")
	return d
}

// onTopicPage returns the first of hits on the page of the passage topic that holds as much of the
// question as the first hit, and the others; a zero Hit when there is none.
func onTopicPage(hits []knowledge.Hit, topic string) (knowledge.Hit, []knowledge.Hit) {
	for i, h := range hits {
		if h.Coverage < hits[0].Coverage-1e-9 {
			break
		}
		if sameDoc(h.Passage.Key, topic) {
			return h, append(slices.Clone(hits[:i]), hits[i+1:]...)
		}
	}
	return knowledge.Hit{}, nil
}

// sameDoc says whether two passage keys ("doc#section") are of one document.
func sameDoc(a, b string) bool {
	da, _, _ := strings.Cut(a, "#")
	db, _, _ := strings.Cut(b, "#")
	return da == db
}

// isFAQ says whether a passage key is a FAQ answer's ("doc#q3").
func isFAQ(key string) bool {
	_, s, _ := strings.Cut(key, "#")
	return strings.HasPrefix(s, "q")
}

// asks says whether a message with no searchable word still asks something: a question mark, or a
// question word of its own («ليش», "why", «مثل ايش»).
func asks(text string, words []string) bool {
	if strings.ContainsAny(text, "?؟") {
		return true
	}
	for _, w := range words {
		if questionWords[w] {
			return true
		}
	}
	return false
}

// verbsOnly says whether a message's words other than stop and question words all look like dialect
// verbs («تشيلونها», «تطول», «بيوجع»): a how or when asked of the topic. A noun the pages lack
// («وش الهيدرافيشل؟») or a Latin word names a topic of its own, which the pages do not cover.
func verbsOnly(words []string) bool {
	for _, w := range words {
		if !questionWords[w] && !knowledge.StopWord(w) && !verbish(w) && !wholly[w] {
			return false
		}
	}
	return true
}

// wholly are the words that ask whether something happens completely or for good («بتروح كلها؟», «وتروح
// نهائي؟»): they name nothing of their own.
var wholly = wordSet(`كلها كله كلو كليا كلياً نهائي نهائيا نهائياً تماما تماماً خالص ابدا ابد للابد
		kollaha kollo kolha kullaha nehaye nihaye nehaei tamaman completely totally forever`)

// verbish says whether a word looks like a dialect verb («تشيلونها», «بيوجع»), or is a question or
// stop word once read, if in Latin letters, in its likeliest Arabic spelling.
func verbish(w string) bool {
	if r := []rune(w); len(r) > 0 && r[0] < 0x80 {
		// Arabic in Latin letters («btinfa3», «y6awwel»): its likeliest Arabic spelling.
		if sp := knowledge.ArabiziSpellings(w, 1); len(sp) > 0 {
			w = sp[0]
		}
		if questionWords[w] || knowledge.StopWord(w) {
			return true
		}
	}
	r := []rune(w)
	if len(r) < 3 || r[0] < 0x0600 || r[0] > 0x06FF || strings.HasPrefix(w, "ال") {
		return false
	}
	i := 0
	if strings.ContainsRune("وبف", r[0]) && len(r) > 3 {
		i = 1 // «وبيوجع», «بتروح»
	}
	return strings.ContainsRune("يتنا", r[i])
}

// barelyWhy says whether a message asks why with nothing of its own beside words pointing back to
// what was said, or to before or after it ("why not before that?", «طيب ليش كذا؟»): the reasons the
// topic's text gives.
func barelyWhy(words []string) bool {
	if !asksWhy(words) || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if !knowledge.StopWord(w) && !withWaw(questionWords, w) && !backRefs[w] && !openers[w] && !andWords[w] &&
			!pronounPreps[w] && !pointingWords[w] && !afterWords[w] {
			return false
		}
	}
	return true
}

// pointingWords point to what was said, or to the time before or after it, without naming anything.
var pointingWords = wordSet(`before after قبل بعد قبلها قبله بعدها بعده كذا كده هيك هكذا keda kida hek heik`)

// asksWhy says whether a message asks why.
func asksWhy(words []string) bool {
	for _, w := range words {
		switch strings.TrimPrefix(w, "و") { // «طيب وليش؟» too
		case "ليش", "ليه", "لماذا", "لمادا", "why", "lesh", "leish", "laish", "leh":
			return true
		}
	}
	return false
}

// questionWords ask on their own about what was just said; normalised as knowledge.Words gives them
// («متى» is «متي»).
var questionWords = wordSet(`ليش ليه لماذا لما كيف شلون ازاي وين فين متى امتى ايمتى مثل مثلا يعني شو ايش وش ايه كم كام قديش
		why how where when what example examples which who مين منو
		lesh leish laish leh kif keef kaif shlon ezay izay wein wen fein fen emta imta meen shu sho shou esh eish wesh wsh
		kam 2addesh 2adesh 2addeesh addesh adesh ad2esh 2ad2esh b2addesh ya3ni`)

// openers start a message that goes on from the last one; they say nothing of its own.
var openers = map[string]bool{"طيب": true, "طب": true, "بس": true, "اوكي": true, "اوك": true, "تمام": true, "حسنا": true,
	"ok": true, "okay": true, "so": true, "then": true, "well": true, "alright": true, "hmm": true, "امم": true, "اها": true,
	"aha": true, "and": true, "also": true, "طيب و": true,
	"tab": true, "6ab": true, "tayeb": true, "tayyeb": true, "tayb": true, "6ayeb": true, "6ayb": true, "zain": true,
	"zein": true, "tamam": true}

// withoutOpeners drops the openers a message starts with.
func withoutOpeners(words []string) []string {
	i := 0
	for i < len(words) && openers[words[i]] {
		i++
	}
	return words[i:]
}

// isFollowUp recognises questions that continue the last topic: short ones, and ones opening with
// «و» ("and…"), an opener («طيب», "ok so") or a bare question word.
func isFollowUp(words []string) bool {
	if len(words) == 0 {
		return false
	}
	if len(words) <= shortWords {
		return true
	}
	first := words[0]
	if joinedAnd(first) || andWords[first] || questionWords[first] && len(words) <= followUpWords ||
		openers[first] && len(words) <= followUpWords {
		return true
	}
	if len(words) <= backRefWords && (refersBack(words) || afterWords[words[len(words)-1]] || words[len(words)-1] == "before") {
		return true // "can it spread to other parts of my body?", «في شي انتبه له؟», "do I need a crown after?"
	}
	return false
}

// shortWords is the most words a message may have to be a follow-up for its length alone: four
// («yib8a 3ala tool ya3ni?», «la2 ya3ni lal abad?» ask of the topic without opening as a follow-up
// does); a question naming things of its own still leaves the topic (inSection, followUpConcepts).
const shortWords = 4

// backRefWords is the most words a message pointing back to what was said («فيه», "it", a closing
// "after") may have and still be taken for a follow-up.
const backRefWords = 10

// followUpWords is the most words a message opening with a question word or an opener («طب وعند
// الأطفال بتروح لوحدها مع الوقت؟», "why so long?? my friend was back after 6 months") may have and
// still be taken for a follow-up; a fuller question is searched on its own anyway (followUpConcepts).
const followUpWords = 10

// joinedAnd says whether a message's first word is «و» ("and") joined to a word: a short one («وفيلر؟»,
// «ولو»), one with the article («والدموع الصناعية…», «والتنظيف…»; not a word for a parent, «والدتي»),
// or a word that says nothing of its own («وبعدها», «وعندي», «واقدر»). Many longer words start
// with the letter itself («وجع», «ورم»).
func joinedAnd(w string) bool {
	rest, ok := strings.CutPrefix(w, "و")
	if !ok || rest == "" {
		return false
	}
	article := strings.HasPrefix(rest, "ال") || strings.HasPrefix(rest, "لل") || strings.HasPrefix(rest, "بال")
	return len([]rune(w)) <= 4 || article && !parentWords[w] || knowledge.StopWord(rest) ||
		questionWords[rest] || presentVerb(rest) && !durationWords[rest]
}

// presentVerb says whether a word opens as a dialect verb in the present or future does: «يـ», «تـ»,
// «نـ», «هـ» (Egyptian future: «هيركزوا», «هفضل»), or «بـ» before one of them («بيوجع», «بتروح»). After
// «و» it makes a follow-up («وهفضل ماشي على العكاز قد ايه؟»); a word whose own root starts with «و»
// («وجع», «ورم», «وارمة») does not open so. A verb of taking time («وهتاخد قد ايه لحد ما تخف؟») is
// not one: how long is asked of the topic already (asksHowLong), and the verb it runs until would
// send the question to whichever section speaks of it («تخف»: pain relief).
func presentVerb(w string) bool {
	r := []rune(w)
	if len(r) < 4 {
		return false
	}
	return strings.ContainsRune("يتنه", r[0]) || r[0] == 'ب' && strings.ContainsRune("يتن", r[1])
}

// parentWords are the words for a parent, which start as «و» and the article would («والدتي»).
var parentWords = wordSet(`والد والدة والدي والدتي والدين والدها والدته والدك والدتك والديه والدان والدتها
		والداي والديا`)

// andWords are "and" on its own, in English and in Arabic written in Latin letters («w ba3den?»):
// Arabic writes it joined to the next word («وبعدين؟»).
var andWords = map[string]bool{"and": true, "w": true, "wa": true, "wel": true, "wil": true}

// backRefs are words that point back to what was said before: "how long does it last for that?".
var backRefs = map[string]bool{"it": true, "its": true, "that": true, "them": true, "they": true, "this": true,
	"those": true, "these": true, "هذا": true, "هذي": true, "هذه": true, "هاد": true, "هادا": true, "هاذا": true,
	"ده": true, "دي": true, "دا": true, "ذلك": true, "تلك": true, "هالشي": true, "هذاك": true}

// refersBack says whether a message points back to what was said: a word of backRefs, or a
// preposition carrying a pronoun («فيه», «منها», «ليها», «عليه»): "can she do it?", «ليها عيوب؟».
func refersBack(words []string) bool {
	for _, w := range words {
		if backRefs[w] || pronounPreps[w] {
			return true
		}
	}
	return false
}

// pronounPreps are prepositions with a pronoun for the thing spoken of, in the dialects' spellings.
var pronounPreps = wordSet(`فيه فيها فيهم منه منها منهم عليه عليها عليهم عليهن له لها لهم ليه ليها ليهم الو الها
		عنه عنها عنهم به بها بهم معه معها معاه معاها اله الها وفيه وفيها ومنه ومنها وعليه وعليها وله ولها وليها وعنه وعنها وبه وبها`)

// bare says whether a message's words are nothing but content words: a topic named, no question asked.
func bare(words []string) bool {
	for _, w := range words {
		if knowledge.StopWord(w) {
			return false
		}
	}
	return true
}

// spread counts the topics among hits that cover the question as fully as the best one.
func spread(hits []knowledge.Hit) int {
	keys := map[string]bool{}
	for _, h := range hits {
		if h.Coverage >= hits[0].Coverage {
			keys[h.Passage.Key] = true
		}
	}
	return len(keys)
}

// rival returns the best hit on another topic that ranks about as well as the first.
func rival(hits []knowledge.Hit, margin float64) (knowledge.Hit, bool) {
	if len(hits) < 2 {
		return knowledge.Hit{}, false
	}
	for _, h := range hits[1:] {
		// A clinic's page in another language tells the same things: the same topic in both is no
		// choice to offer, and the one ranked first is in the patient's language as often as not.
		if arabicHeading(h.Passage) != arabicHeading(hits[0].Passage) {
			continue
		}
		if h.Passage.Key != hits[0].Passage.Key && hits[0].Rank-h.Rank < margin {
			return h, true
		}
	}
	return knowledge.Hit{}, false
}

// arabicHeading says whether a passage's heading is written in Arabic letters.
func arabicHeading(p *knowledge.Passage) bool {
	for _, r := range p.Section {
		if unicode.IsLetter(r) {
			return unicode.Is(unicode.Arabic, r)
		}
	}
	return false
}

func (e *Engine) clarify(lang string, a knowledge.Hit, hits []knowledge.Hit) Reply {
	text := "سؤالك يتعلق بأكثر من موضوع. أي منها تقصد؟"
	if lang == "en" {
		text = "Your question touches several topics. Which one do you mean?"
	}
	sug := suggestions(hits, "", 3)
	return Reply{Kind: KindClarify, Text: text, Sources: []Source{}, Suggestions: sug,
		Confidence: round2(a.Coverage * 0.5)}
}

func (e *Engine) fallback(lang string, hits []knowledge.Hit) Reply {
	text := "عذراً، لم أجد إجابة لهذا السؤال في معلومات العيادة. يمكنك إعادة صياغة سؤالك، أو اختيار أحد الأسئلة المقترحة، أو طلب التحدث مع أحد موظفينا."
	if lang == "en" {
		text = "Sorry, I couldn't find an answer to that in the clinic's information. You can rephrase your question, pick a suggested one, or ask to talk to a member of our staff."
	}
	sug := suggestions(hits, "", 3)
	if len(sug) == 0 {
		sug = starters(e.search, lang) // the clinic's own questions, in the patient's language if it has them
	}
	if len(sug) == 0 {
		sug = append([]string{}, e.fallbacks...)
	}
	return Reply{Kind: KindFallback, Text: text, Sources: []Source{}, Suggestions: sug, Confidence: 0}
}

func smalltalkReply(k smalltalkKind, lang string) Reply {
	var text string
	switch {
	case k == greeting && lang == "en":
		text = "Hello! I'm the clinic's assistant. Ask me about our treatments and services."
	case k == greeting:
		text = "وعليكم السلام، أهلاً وسهلاً! أنا المساعد الآلي للعيادة. اسألني عن علاجات العيادة وخدماتها وسأجيبك من معلوماتها."
	case k == ack && lang == "en":
		text = "Alright! Anything else I can help with?"
	case k == ack:
		text = "تمام! هل لديك سؤال آخر؟"
	case k == thanks && lang == "en":
		text = "You're welcome! Anything else I can help with?"
	case k == thanks:
		text = "العفو، سعدنا بخدمتك! هل لديك سؤال آخر؟"
	case lang == "en":
		text = "Goodbye, take care!"
	default:
		text = "مع السلامة، نتمنى لك دوام الصحة!"
	}
	return Reply{Kind: KindSmalltalk, Text: text, Sources: []Source{}, Suggestions: []string{}, Confidence: 1}
}

func handoffReply(r handoffReason, lang string) Reply {
	var text string
	switch {
	case lang == "en" && r == wantsBooking:
		text = "I'll pass you to our staff to book an appointment; someone will reply here shortly."
	case lang == "en" && r == wantsPrice:
		text = "Prices depend on the treatment and an assessment; our staff will reply here shortly with the details."
	case lang == "en" && r == wantsContact:
		text = "A member of the clinic's staff will reply here shortly with the address and opening hours."
	case lang == "en":
		text = "I'll pass you to a member of our staff; someone will reply here shortly."
	case r == wantsBooking:
		text = "سأحوّلك إلى فريق العيادة لحجز موعد، وسيرد عليك أحد الموظفين هنا قريباً."
	case r == wantsPrice:
		text = "الأسعار تعتمد على نوع العلاج والتقييم الطبي، وسيرد عليك أحد موظفي العيادة هنا قريباً بالتفاصيل."
	case r == wantsContact:
		text = "سيرد عليك أحد موظفي العيادة هنا قريباً بالعنوان وأوقات العمل."
	default:
		text = "سأحوّلك إلى أحد موظفي العيادة، وسيرد عليك هنا قريباً."
	}
	return Reply{Kind: KindHandoff, Text: text, Sources: []Source{}, Suggestions: []string{}, Confidence: 1}
}

func sourceOf(h knowledge.Hit) Source {
	return Source{Doc: h.Passage.DocID, Title: h.Passage.DocTitle, Section: h.Passage.Section, Score: round2(h.Score)}
}

// suggestions offers up to n questions from other hits: FAQ questions as written, else section titles.
func suggestions(hits []knowledge.Hit, skip string, n int) []string {
	out := []string{}
	// What was seen: passage keys, and "t:"+title for titles, as one set of strings (a handful:
	// a slice beats a map, and the strings need not be built).
	var seen seenSet
	seen.add("", skip)
	for _, h := range hits {
		if len(out) == n {
			break
		}
		p := h.Passage
		if seen.has("", p.Key) {
			continue
		}
		seen.add("", p.Key)
		s := p.Section
		if p.Question != "" {
			s = p.Question
		}
		if s == "" || seen.has("t:", s) {
			continue
		}
		seen.add("t:", s)
		out = append(out, s)
	}
	return out
}

// seenSet is a small set of strings, each added and looked up as a prefix and a rest.
type seenSet struct {
	buf  [12][2]string
	n    int
	more map[string]bool // what buf has no room for
}

func (ss *seenSet) add(prefix, rest string) {
	if ss.n < len(ss.buf) {
		ss.buf[ss.n] = [2]string{prefix, rest}
		ss.n++
		return
	}
	if ss.more == nil {
		ss.more = map[string]bool{}
	}
	ss.more[prefix+rest] = true
}

func (ss *seenSet) has(prefix, rest string) bool {
	for _, o := range ss.buf[:ss.n] {
		if concatEqual(o, [2]string{prefix, rest}) {
			return true
		}
	}
	return ss.more != nil && ss.more[prefix+rest]
}

// concatEqual says whether a[0]+a[1] == b[0]+b[1].
func concatEqual(a, b [2]string) bool {
	if len(a[0])+len(a[1]) != len(b[0])+len(b[1]) {
		return false
	}
	if len(a[0]) > len(b[0]) {
		a, b = b, a
	}
	// b[0] = a[0] + x and a[1] = x + b[1].
	k := len(b[0]) - len(a[0])
	return b[0][:len(a[0])] == a[0] && a[1][:k] == b[0][len(a[0]):] && a[1][k:] == b[1]
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }

// onlyAspects says whether every concept of a question asks something of a topic (Result.Aspects:
// how long, whether it is permanent, does it hurt) and none names a thing.
func onlyAspects(res knowledge.Result) bool {
	if res.Concepts == 0 || res.Concepts >= 64 {
		return false
	}
	all := uint64(1)<<res.Concepts - 1
	return res.Aspects&all == all
}

// namesNothing says whether a question asks only aspects of a topic (onlyAspects), beside at most
// the things every other page names (Result.Broad: the clinic's own subject): whether the clinic's one
// treatment is permanent, named on every page, names no more than "is it permanent?" does.
func namesNothing(res knowledge.Result) bool {
	if res.Concepts == 0 || res.Concepts >= 64 {
		return false
	}
	all := uint64(1)<<res.Concepts - 1
	return res.Aspects&all != 0 && (res.Aspects|res.Broad)&all == all
}

// holdsOnlyAspects says that hit h, found under a heading, holds nothing of what the question names,
// only what it asks of it (Result.Aspects), while the question names two things or more (not counting
// qualifiers, Result.Minor) that the pages know elsewhere: «هل الأشعة خطيرة على الحامل؟» is not
// answered by a section headed with the complications of another treatment, which shares only the
// risk. One thing besides the aspect («في مخاطر كبيرة؟») may be what the heading's page is about.
func holdsOnlyAspects(res knowledge.Result, h knowledge.Hit) bool {
	if res.Concepts == 0 || res.Concepts >= 64 || res.Known < 1-1e-9 || h.TitleCoverage == 0 {
		return false
	}
	things := (uint64(1)<<res.Concepts - 1) &^ res.Aspects &^ res.Minor
	return h.Matched&^res.Aspects == 0 && bits.OnesCount64(things) >= 2
}

// offPageShare is the least share of what a passage on another page holds of a follow-up (its
// coverage, and its heading's) that the conversation's section must hold to keep the follow-up: fitted on
// the five clinics' tune conversations (0.3 to 0.7 all gain; 0.4 most).
const offPageShare = 0.4

// onPageLimit is how many passages are searched for one on the conversation's page that answers a
// follow-up asking only an aspect of its topic.
const onPageLimit = 40

// faqNamesThing says whether an FAQ's question names a specific thing (not what it asks of it, nor
// its page's title): one asking whether the treatment cures a condition for good names the condition.
func (e *Engine) faqNamesThing(p *knowledge.Passage) bool {
	return e.faqThings(p, p.DocTitle) != 0
}

// namesOtherThing says whether p is a FAQ answer whose question names a specific thing, besides what
// is asked of a topic, that neither the section with key topic nor its page's title speaks of: a FAQ
// on whether a treatment cures one condition for good names a condition the section on another use
// of it does not. A section's heading («الآثار الجانبية المحتملة», «الألم أثناء الجلسة») is about its
// page's subject, and one whose thing is the page's title («هل ترجع … بعد العملية؟» on the page
// titled with it) is about the topic's page.
func (e *Engine) namesOtherThing(topic string, p *knowledge.Passage) bool {
	ts, ok := e.search.(topicSearcher)
	if !ok || p.Question == "" {
		return false
	}
	parts := ts.TopicHits(topic, knowledge.Words(p.Question))
	if len(parts) == 0 {
		return false
	}
	things := e.faqThings(p, parts[0].Passage.DocTitle)
	for _, h := range parts {
		things &^= h.Matched
	}
	return things != 0
}

// faqThings are the specific things an FAQ answer's question names, as bits of its concepts the way
// Search reads them, that are neither what it asks of them nor said in title; none when p answers no
// FAQ or its question reads as 64 concepts or more.
func (e *Engine) faqThings(p *knowledge.Passage, title string) uint64 {
	ex, ok := e.search.(explainer)
	if !ok || p.Question == "" {
		return 0
	}
	r := e.search.Search(knowledge.Query{Text: p.Question, Words: knowledge.Words(p.Question), Limit: 1})
	cws := ex.Explain(p.Question)
	if r.Concepts != len(cws) || r.Concepts >= 64 {
		return 0
	}
	said := map[string]bool{}
	for _, c := range ex.Explain(title) {
		said[c.Said] = true
	}
	var things uint64
	for i, c := range cws {
		if c.Specific && r.Aspects&(uint64(1)<<i) == 0 && !said[c.Said] {
			things |= uint64(1) << i
		}
	}
	return things
}

// explainer reads a text's concepts as Search does (*knowledge.Index does).
type explainer interface {
	Explain(text string) []knowledge.ConceptWeight
}

// onlyScriptApart says whether passage best, on a page in another language than part h of the
// conversation's section, holds nothing of a follow-up that h lacks but words said in one script only
// (oneScript, Result.OneScript): "and after the session?" after the Arabic section on a treatment is
// answered by its «بعد الجلسة», not by an English page for saying "after".
func (e *Engine) onlyScriptApart(best, h knowledge.Hit, oneScript uint64) bool {
	ls, ok := e.search.(langSearcher)
	if !ok || h.Coverage == 0 || ls.LangOf(best.Passage) == ls.LangOf(h.Passage) {
		return false
	}
	return best.Matched&oneScript != 0 && best.Matched&^oneScript&^h.Matched == 0
}

// whenWords are the one-script words for before and after, each with the Arabic word a passage says it
// in (a stop word, so no lexicon joins them).
var whenWords = map[string]string{"after": "بعد", "afterwards": "بعد", "afterward": "بعد", "before": "قبل"}

// saysWhen says whether passage p says, in Arabic, every before or after a question of words asks
// («بعد الجلسة» for "and after the session?"): a section on what comes after does not answer what to
// avoid before.
func saysWhen(p *knowledge.Passage, words []string) bool {
	var said []string
	for _, w := range words {
		if ar, ok := whenWords[w]; ok {
			if said == nil {
				said = knowledge.Words(p.Section + " " + p.Lead() + " " + p.Text)
			}
			if !slices.Contains(said, ar) {
				return false
			}
		}
	}
	return true
}

// suddenNow tells a sign as sudden, of today or yesterday, or growing: a long-standing one so told
// is reported («عنده الديسك من زمان، وامس صارت رجوله تضعف»). «اسوء» folds as «اسو».
var suddenNow = regexp.MustCompile(foldPattern(` (فجاه|وفجاه|فجا|فجأه|suddenly|all of a sudden|sudden|اليوم|today|الحين|والحين|now|من ساعه|من شوي|(و)?(امس|من امس|امبارح|مبارح|البارحه)|yesterday|last night|worse|اسوا|اسو|يزيد|تزيد|بيزيد|عم يزيد|getting worse) `))

// headedSection says whether a section other than the topic (not a FAQ answer, whose question asks
// the aspect in general) has a heading naming all of what a follow-up asks, and more than the topic's
// part h does: «وايش البدائل؟» after when a tooth must come out is «بدائل الخلع». A heading naming
// part of it («مدة النتائج والمتابعة» for «متى تبين النتيجة؟») does not take the question from a
// section that holds all of it: the results of the treatment the conversation is about.
func headedSection(res knowledge.Result, topic string, h knowledge.Hit) bool {
	for _, o := range res.Hits {
		if o.Passage.Key != topic && !isFAQ(o.Passage.Key) && o.TitleCoverage > h.TitleCoverage+1e-9 && o.TitleCoverage > 1-1e-9 {
			return true
		}
	}
	return false
}

// otherThan holds the words asking for something other than what a question names: another way, an
// alternative, something else.
var otherThan = map[string]bool{"اخر": true, "آخر": true, "اخري": true, "ثاني": true, "تاني": true, "غير": true,
	"غيره": true, "غيرها": true, "بديل": true, "بدائل": true, "بديله": true, "other": true, "else": true,
	"alternative": true, "alternatives": true, "instead": true}

// asksOtherThan says whether a question asks for something other than what it names.
func asksOtherThan(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return otherThan[w] })
}

// asksSomeSpan says whether a question asks a length of time: how long a thing takes or lasts, or
// how long until its effect shows (asksHowLong, howLongStays, asksDuration, asksOnset).
// Not how many times («وكم مره لازم اعيده»), which a length of time does not answer.
func asksSomeSpan(means func(func([]string) bool) bool) bool {
	return !means(asksTimes) && (means(asksHowLong) || means(howLongStays) || means(asksDuration) || means(asksOnset))
}

// countedWords are what a question counts rather than times: times or sessions («كم مره», «كم
// جلسة», "how often").
var countedWords = wordSet(`مره مرة مرات جلسه جلسة جلسات often times sessions`)

// asksTimes says whether a question counts times or sessions (countedWords).
func asksTimes(words []string) bool { return anyWithWaw(countedWords, words) }

// pageTellsSpan says whether any passage of page doc tells a length of time (tellsSpan: not a unit
// alone, «الخطوط الدقيقة» being fine lines).
func (e *Engine) pageTellsSpan(doc string) bool {
	e.spanDocsOnce.Do(func() {
		e.spanDocs = map[string]bool{}
		for i := range e.passages {
			if p := &e.passages[i]; !e.spanDocs[p.DocID] && tellsSpan(p.Text) {
				e.spanDocs[p.DocID] = true
			}
		}
	})
	return e.spanDocs[doc]
}

// comparisonWords ask which of two things is more, or whether they differ: the comparatives and
// "between them", "the same", in the dialects and English.
var comparisonWords = wordSet(`اكثر اكتر اقل اطول اقصر اسرع ابطا احسن افضل اسوا اقوى اضعف اوسع اغلى ارخص بينهم بينهما بيناتهم
	نفسها نفسه ذاتها ذاته تختلف يختلف بتختلف بيختلف تفرق يفرق ايهم ايهما ايهن اياهم
	more less longer shorter faster slower better worse stronger cheaper than same differ differs different difference between either
	aktar akthar a7san afdal asra3 atwal`)

// asksComparison says whether a follow-up asks a comparison (comparisonWords).
func asksComparison(words []string) bool {
	return anyWithWaw(comparisonWords, words)
}

// comparisonHeadWords head a section that compares two things: «الفرق بين…», «…يختلف عن…», "… or …?".
var comparisonHeadWords = wordSet(`الفرق فرق يختلف تختلف مقارنه difference differences vs versus compared or`)

// comparesOn says whether the section filed under key is headed with a comparison
// (comparisonHeadWords).
func (e *Engine) comparesOn(key string) bool {
	p := e.passageOf(key)
	if p == nil {
		return false
	}
	for _, w := range knowledge.Words(p.Section + " " + p.Question) {
		if comparisonHeadWords[w] {
			return true
		}
	}
	return false
}
