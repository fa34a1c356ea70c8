package knowledge

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Query is one search.
type Query struct {
	Text string
	// Words, when not nil, must be Words(Text): a caller that has split the text already spares the
	// search doing it again.
	Words []string
	// Topic is the key of the passage the conversation was last about; a short follow-up question
	// ("وكم يدوم؟") is read in its light.
	Topic string
	// TopicConcepts, when above 0, is the most concepts a question may have to be read in the light
	// of Topic: a fuller one is searched on its own, as if Topic were "". (Result.Concepts tells
	// which was done.)
	TopicConcepts int
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
	// the knowledge base (in at most a third of the passages): matching only the treatment a clinic's
	// every page names says little.
	Specific bool
	// Shared is how many of the question's concepts the passage contains (those Coverage counts).
	Shared int
	// Matched has bit i set when the passage contains the question's concept i (of its first 64):
	// two passages of equal Coverage may speak of different things asked.
	Matched uint64
	// Rank orders hits: coverage first, BM25 and the conversation's topic after.
	Rank float64
	// Common is Coverage counting only the concepts said in both scripts (not Result.OneScript): how
	// much of the question a passage holds whichever language the page is in.
	Common float64
	// Fit is what Rank gives the passage for being the kind of answer asked: a definition for "what
	// is", a heading asking the same («متى», "how long"), a number or a span for "how much", "when",
	// "how long". It is 0 when the question asks no particular kind, or the passage is not one.
	Fit float64
	// HeadsOther says the passage's own headings (or FAQ question) name a treatment or condition the
	// question does not: it is about that, and what it shares with the question it says of it.
	HeadsOther bool
	// Urgent says the passage tells when to seek urgent care and the question asks that («متى اروح
	// الطوارئ بعد الخلع؟», "what signs would mean I go to A&E?"): the kind of answer asked, whichever
	// page of the clinic holds it.
	Urgent bool
	// Excerpt, when not empty, is the part of a list passage the question is about: the list's
	// introduction and the items that name what was asked (the whole list when those items are bare
	// names, see bareName). Use Answer.
	Excerpt string
	// window, when not nil, is the run of passages of a section too long to be one answer around
	// this one (at, in it), as many as fit in one (maxAnswerRunes), those saying more of the question
	// first. Answer joins them: only the hits shown pay for the text.
	window []Passage
	at     int
}

// Result is what a search found.
type Result struct {
	Hits []Hit
	// Concepts is how many things the question asks about; 0 means nothing searchable was left.
	Concepts int
	// Known is the weighted share of the question's concepts that occur anywhere in the knowledge base.
	Known float64
	// Foreign says the question names a topic the lexicon lists as not covered by the pages.
	Foreign bool
	// OneScript has bit i (see Hit.Matched) set when the question's concept i is said in one script
	// only: a word the lexicon gives no equivalent for in the other ("after", "lens"). Only pages in
	// that script can hold it, so it says nothing of which language's page answers better.
	OneScript uint64
	// Aspects has bit i (see Hit.Matched) set when the question's concept i asks something of a topic
	// (how long, whether it is permanent: Lexicon.Aspect) rather than naming a thing.
	Aspects uint64
	// Minor has bit i (see Hit.Matched) set when the question's concept i is a qualifier (a day, a
	// time: Lexicon.Minor), which says when or how of what is asked and names no subject.
	Minor uint64
	// Broad has bit i (see Hit.Matched) set when the question's concept i is known to the pages but
	// not specific (in more than a third of the passages): the clinic's own subject, which every page
	// names, so that it names nothing in particular among them.
	Broad uint64
	// Topics has bit i (see Hit.Matched) set when the question's concept i is a treatment or
	// condition (Lexicon.Topic) that the pages know.
	Topics uint64
}

// Weights of the ranking. Coverage dominates: a passage that speaks of everything asked beats one that
// repeats one word often. altBoost, minorWeight and urgentShare were refitted together (from 0.85,
// 0.3 and 0.1) on the five clinics' tune halves, answers and conversations, none of which loses: of a
// page's passages, the one in the patient's own words, not the one naming a day or time in passing,
// nor the urgent-care list holding the words of a worried question, answers.
const (
	altBoost    = 0.80 // a lexicon equivalent counts a little less than the patient's own word
	topicBoost  = 1.2  // words of the previous topic's heading, for follow-ups (refitted from 0.5 on the tune conversations: 1.0 to 1.5 gain alike)
	scoreShare  = 0.2  // how much BM25 adds to coverage in Rank
	topicShare  = 0.2  // how much staying on the previous topic adds in Rank
	titleShare  = 0.3  // how much finding the question's concepts in a heading or FAQ question adds
	askShare    = 0.1  // how much a heading or FAQ question asking the same kind (when, how long) adds
	whyShare    = 0.1  // and more for a heading naming causes, when asked why
	defineShare = 0.2  // how much a definition adds for a "what is" question (see isDefinitionQuestion)
	// urgentShare is what an urgent-care passage loses for a question that does not speak of urgent
	// care (passageFacts.urgent): it must answer clearly better to be chosen; and what it gains, as
	// the kind of answer asked (Hit.Fit), for a question that does.
	urgentShare = 0.2
	// countShare is what a passage that gives a number (passageFacts.counts) adds for a question
	// asking how long, how many or when («كل كم اروح اشد التقويم»).
	countShare = 0.1
	// afterShare is what a heading on the time after a treatment gains for a question asking when
	// something happens after it. Fitted on the five clinics' study corpus: 0.05 gains an answer,
	// 0.1 four and loses three.
	afterShare = 0.05
	// feelShare is what a passage gains, for a question asking whether the thing it names hurts
	// (typeAsked), for telling what the patient feels or the numbing that spares it (tellsFeeling)
	// under a heading naming that thing, when no candidate's heading names its pain: «التقشير يوجع؟»
	// is answered by the session's section («يشعر المريض بوخز…»), not the page's opening that names
	// the peel more often. Fitted on the five clinics' study corpus: 0.2 gains four answers and a
	// conversation (0.15 none, 0.3 three).
	feelShare = 0.2
	// countedShare is what a heading asking or naming how many gains over askShare when it holds
	// the thing the question counts («كم جلسة» → «عدد الجلسات»): fitted on the five clinics' tune
	// halves (0.1 gains one answer, 0.2 two, 0.3 no more on the rounds studied).
	countedShare = 0.2
	// oftenShare is what a passage that says how often (givesOften: «كل ستة أشهر», «أسبوعيًا») gains
	// for a question asking how often («كل كم انظف الجير»), over one that gives a number of another
	// kind: fitted on the five clinics' tune halves (0.2 to 0.3 alike, 0.1 half the gain).
	oftenShare = 0.2
	// permShare is what a passage headed with the result, its length or its sessions gains for a
	// question asking whether the result lasts for good (permanence.go): fitted on the five clinics'
	// tune halves (0.2 gains nine answers, 0.3 and 0.4 ten).
	permShare = 0.3
	// treatShare is what a passage whose heading names treating («علاج الحول») gains for a question
	// asking how a thing it holds is treated (treatAsked): fitted on the five clinics' tune halves
	// (0.2 gains four answers and a conversation, 0.1 fewer).
	treatShare = 0.2
	// ageShare is what a passage whose heading or FAQ question names an age gains for a question
	// asking yes or no of an age it tells: fitted on the five clinics' study corpus (0.1 gains three
	// answers, losing none; 0.15 and 0.2 lose long stories telling an age in passing). Only for a
	// question of at most ageConcepts concepts (five gains two answers, six three): a long story
	// telling the age among much else («عمري ٤٠ وصار لي سنين مع صداع نصفي… هل يفيد للشقيقة؟») asks of the rest.
	ageShare    = 0.1
	ageConcepts = 6
	// ageItselfShare is what such a heading gains more when the question asks of the age itself, in
	// words pointing back at it («بهالعمر», «عمرها كبير عليه», "at her age", "too old"), whatever else
	// it tells: the story of the complaint says why, the age is what is asked. Fitted on the five
	// clinics' study corpus: 0.1 gains an answer; a stronger lift gained two there but lost one of
	// the held-out rounds.
	ageItselfShare = 0.1
	// timeShare is what a passage gains, for a question asking how long (asksTime), for giving a span
	// of time, twice that for saying what takes or lasts it (timeOf): the treatment's name is in
	// every passage of its page, and the words that ask how long are too common to pick one.
	timeShare = 0.15
	// faqTextShare is how much less an FAQ answer's own text counts than its question: a short
	// answer («نعم، تخلع القوالب عند الأكل…») is matched through the question it answers, not
	// through a common word it says in passing.
	faqTextShare = 0.3
	// yesNoAsked is the share of a question asking yes or no that an FAQ question asking yes or no,
	// read with its page's title, must hold for the FAQ answer's words to count in full (see
	// faqTextShare), yesNoOwn the share its own words must: fitted on the five clinics' tune halves
	// (below 0.8, an FAQ on a neighbouring question answers: «هل يمكن إجراء العملية لمريض السكري؟»
	// for whether diabetes brings a cataract early). Such a page question is also the kind of answer
	// asked (askShare, as a heading asking when is for «متى»).
	yesNoAsked = 0.9
	yesNoOwn   = 0.25
	// faqAsksShare is what an FAQ answer gains when its question asks yes or no, as the patient's
	// does, holds every concept the answer shares with the patient's question, and no passage holds
	// more of them.
	faqAsksShare = 0.2
	// yesNoMost is the share of a question asking yes or no that such an FAQ's question must hold to
	// be the kind of answer asked (askShare) when another passage holds more of the question: a
	// section that names the shoes, the flat foot and the complaint among much else does not ask
	// what «هل يفيد الحذاء الطبي كل طفل عنده قدم مسطحة؟» asks. Fitted on the five clinics' tune
	// halves but round 14 (0.6 gains two answers; 0.5 none, 0.4 and 0.7 to 0.8 lose one or two).
	// Not for a follow-up: the conversation's section placed it.
	yesNoMost = 0.6
	// yesNoOtherHead is what a heading or FAQ question asking what, when, how much, where, who or
	// why keeps of its share of a question that asks yes or no in words (asksOtherThanYesNo,
	// saysYesNo). Not a heading asking how: the steps of a treatment («كيف يتم علاج العصب؟») tell
	// whether it needs a thing (a crown after it). Fitted on the five clinics' tune halves but round
	// 13: 0 and 0.3 gain two answers, 0.3 a conversation more, 0.6 none; round 13 is unchanged.
	yesNoOtherHead = 0.3
	// openingScore is how much of what BM25 gives it a page's opening keeps for a question that
	// does not ask what something is: its heading is the page's title, whose words name what every
	// passage of the page is about, so the words it matches there say little of what is asked (as
	// its heading does not count as a title, above). Fitted on the five clinics' tune halves (0
	// gains one answer more than 0.5 and loses one more; 0.5 is the milder).
	openingScore = 0.5
	// pageShare is what a passage gains when its page's title names what is asked: of two passages
	// that both say «خلع», the one on the extraction page answers «ايش آكل بعد الخلع», not the
	// aligners FAQ («هل أستطيع خلع التقويم الشفاف عند الأكل؟»). It counts only when at least
	// pageKnown of the question is known to the pages: a question mostly about something else
	// («علاج الثعلبة») would otherwise be sent to whichever page is titled «علاج …»; and only for a
	// question of more than one concept: a bare word («علاج») is left to clarify between the pages.
	pageShare = 0.3
	// otherSense is what the words a heading shares with a question count (of titleShare) when the
	// heading names a treatment or condition the question does not: they may mean something else
	// beside it.
	otherSense = 0.5
	pageKnown  = 0.6
	// topicMiss is what Rank loses for a passage that holds none of the treatments and conditions
	// (Lexicon.Topic) the question names while another candidate holds one, on a page that names none
	// of them or whose title names a treatment or condition (Passage.pageTopic): «اقدر اتروش بماي حار
	// بعد الليزر؟» asks of the laser, not the eczema page's advice on hot water. The thing named is in
	// every passage of its page, so rarity weighs it little in coverage, yet a passage that never
	// names it speaks of something else. A section of a page titled with no treatment or condition
	// («معلومات للمرضى») may speak of one its siblings name without repeating it. Fitted on the five
	// clinics' tune halves: 0.1 to 0.3 gain alike, 0.5 and more three answers more; round 13 gains
	// two answers at each.
	topicMiss   = 0.5
	candidates  = 20
	minorWeight = 0.2
	// lightWeight is what an everyday word of patient talk (Lexicon.Light: «يطلع», «يفتح», «الشغل»)
	// keeps of the weight its rarity in the pages gives it. Fitted on the five clinics' tune halves but
	// round 14: 0.3 answers more than 0.5 (seven, with «الدوام» light) and 0.7 (twelve).
	lightWeight = 0.3
	// unknownWeight: a word the pages never use counts this much of a rare word they do use.
	// Calibrated on four labelled sets (dev, the team's own, two written blind): higher, dialect
	// filler sends answerable questions to the fallback; lower, out-of-scope questions get answers.
	// Lowered from 0.4 once the language layer read more of the dialect (dialect.go): on the five
	// clinics' tune halves 0.35 answers more in every clinic with no more out-of-scope answers; 0.3
	// loses answers in two.
	unknownWeight = 0.35
)

// Search finds the passages that best answer q.
func (ix *Index) Search(q Query) Result {
	limit := q.Limit
	if limit <= 0 {
		limit = 5
	}
	if q.Words == nil {
		q.Words = Words(q.Text)
	}
	// What kind of answer is asked is read in Arabic letters: «emta ba2dar sou2…» asks when.
	// The words of its sentences, which asksDefinition reads again, are read once.
	var memo map[string]arabiziRead
	if IsArabizi(q.Words) {
		memo = map[string]arabiziRead{}
	}
	kind := ix.inArabicWith(q.Words, memo)
	define := asksDefinition(q.Text, q.Words, func(w []string) []string {
		if len(w) > 0 && len(w) == len(q.Words) && &w[0] == &q.Words[0] {
			return kind // the question's words, read once
		}
		return ix.inArabicWith(w, memo)
	})
	urgentAsked := isUrgent(q.Text) || namesER(kind) // «متى اروح الطوارئ بعد الخلع؟», "go to A&E?"
	asks := int8(askOf(kind))
	if asks == askNone && asksSuits(kind) {
		asks = askSuits // «الدكتور قال العضم عندي قليل، ينفع أعمل زراعة؟»
	}
	something := asksForSomething(kind) || define // not a yes or no (yesNoPassage)
	yesNo := asksYesNo(q.Text, kind)
	// A question asking yes or no in words («هل», «ينفع», "can"), not by its question mark alone
	// («المويه الزرقا؟» asks what it is).
	plainYesNo := yesNo && asks == askNone && saysYesNo(q.Text, kind)
	often := asksOften(kind)    // «كل كم انظف الجير»
	timeAsked := asksTime(kind) // «عملية الماء الابيض كم تاخذ»
	// Whether a result lasts for good (permanence.go): «دائم ولا ترجع الدرجه بعد كم سنه؟» asks
	// that, not how long something takes.
	permAsked := asksPermanence(kind) || asksLastsOr(kind)
	if permAsked {
		timeAsked = false
	}
	comesBack := asksComesBack(kind) // «ولا بترجع؟»: whether it lasts, in other words
	hal := slices.Contains(kind, "هل")
	// How long the thing asked about takes; not when something happens after it («متى يوضح النظر
	// بعد عملية المويه البيضه»), which the operation's own length does not answer.
	lastsQuestion := timeAsked && !after(kind) && !(asks == askWhen && toldDone(kind))
	// How long something lasts after another («قديش بيضل الوجع بعد الخلع؟», "how long do I wear the
	// sling after…"): a passage saying that a third thing takes or lasts a time («اضغط على الشاش
	// لمدة 30 دقيقة») does not answer it, though it may answer when («متى يطيح الشعر بعد الجلسة»,
	// "how long until I see better after…").
	howLongAfter := timeAsked && !lastsQuestion && asks != askWhen && !untilAsked(kind)
	whenAfter := asks == askWhen && afterDone(kind)
	qq, res, ok := ix.readArabic(q, kind) // kind: the words read once, for both
	if !ok {
		return res
	}
	if q.TopicConcepts > 0 && len(qq.concepts) > q.TopicConcepts {
		q.Topic = "" // read ignored it too
	}
	concepts, weights, specific, total := qq.concepts, qq.weights, qq.specific, qq.total
	// Whether it asks how a thing is treated («كيف بيعالجو كسل العين؟», «شو العلاج؟»): a word of
	// treating that is not part of a treatment's name («العلاج الطبيعي», «علاج العصب»); or what to
	// do about it («وش اسوي؟»).
	treatAsked := false
	if q.Topic == "" && (!yesNo || asksAdvice(kind)) && asks != askHowMuch && asks != askWhen && (asksWhatToDo(kind) || asksAdvice(kind)) {
		treatAsked = true
	} else if q.Topic == "" && !yesNo && asks != askHowMuch && asks != askWhen && namesTreatment(kind) {
		for ci, c := range concepts {
			if !qq.topics[ci] && slices.ContainsFunc(c.Alts, func(alt []string) bool { return len(alt) == 1 && treatStems[alt[0]] }) {
				treatAsked = true
				break
			}
		}
	}
	typed := asks == askNone && slices.Contains(qq.types, true) // whether it hurts (see TopicHits)
	typeAsked := typed && ix.asksType(q.Text)                   // not a pain told beside another question
	if ix.closed.Load() {
		return res // as bleve finds nothing in a closed index
	}
	var buf [candidates]scored
	top := ix.phraseCandidates(ix.scoring.score(qq.boosts, len(ix.passages), candidates, buf[:0]), qq)
	if len(top) == 0 {
		return res
	}
	cs := newConceptSet(qq.infos)
	counted := ix.countedOf(kind)
	var subjects []int32 // the stems of what is asked about, not of how it is asked («how long»)
	if lastsQuestion {
		for ci, alts := range qq.infos {
			if qq.types[ci] {
				continue
			}
			for _, alt := range alts {
				for _, s := range alt {
					if s.id >= 0 {
						subjects = append(subjects, s.id)
					}
				}
			}
		}
		slices.Sort(subjects)
	}
	inText, inHead, inPage, inOwn := cs.bits(), cs.bits(), cs.bits(), cs.bits()
	// What each candidate holds of each concept (the held* bits), read first: whether a passage
	// holds a concept may depend on what the others do (see heldByPage).
	nc := len(concepts)
	held := make([]uint8, len(top)*nc)
	for i, h := range top {
		p := &ix.passages[h.doc]
		cs.present(inText, inHead, p.termIDs)
		cs.presentIDs(inPage, p.pageIDs)
		own := inText
		if len(p.pageOnly) > 0 {
			cs.presentIDs(inOwn, p.pageOnly)
			for w := range inOwn {
				inOwn[w] = inText[w] &^ inOwn[w]
			}
			own = inOwn
		}
		for ci := range concepts {
			var f uint8
			if cs.hasAny(inHead, ci) || cs.elided(inHead, p, ci) {
				f |= heldHead
			}
			if cs.hasAny(inText, ci) {
				f |= heldText
				if &own[0] != &inText[0] && !cs.hasAny(own, ci) {
					f |= heldByPage
				}
			}
			if cs.hasAny(inPage, ci) {
				f |= heldPage
			}
			held[i*nc+ci] = f
		}
	}
	// A question asking how long names the length in words of its own («مدة», "how long", «يدوم»),
	// which a passage may say in passing («لمدة أسبوع» of something else) or not at all: the
	// passage that gives a span of time with a word for taking or lasting («تستغرق الجلسة 20
	// دقيقة») says it, whatever its words.
	if lastsQuestion {
		for ci, c := range concepts {
			if !lengthConcept(c) {
				continue
			}
			for i, h := range top {
				if held[i*nc+ci]&(heldHead|heldText) == 0 && ix.timeOf(h.doc) == 2 && ix.lastsAsked(h.doc, subjects) {
					held[i*nc+ci] |= heldText
				}
			}
		}
	}
	// A lexicon group may hold a member made of stop words only («كم مرة» of "how often", «مين يقدر»),
	// which no passage's terms can hold: a heading or FAQ question that says it holds the concept; a
	// passage that says it in its text does too («…واحدة في كل مرة» for «مع بعض», "together").
	for ci, c := range concepts {
		phrases := ix.lex.stopPhrases(c)
		if len(phrases) == 0 {
			continue
		}
		for i, h := range top {
			p := &ix.passages[h.doc]
			if held[i*nc+ci]&heldHead == 0 && holdsPhrase(ix.headingKeys(p.Section), phrases) {
				held[i*nc+ci] |= heldHead
			} else if held[i*nc+ci]&(heldHead|heldText) == 0 && slices.Contains(p.textPhrases, int32(c.group)) {
				held[i*nc+ci] |= heldText
			}
		}
	}
	// A page's title may name several things its sections then take one each («الركبة والكتف»
	// over «التأهيل بعد تبديل مفصل الركبة» and «التأهيل بعد جراحة الكتف»): a passage that holds
	// what is asked only through the page's title, under a heading that names another thing of the
	// title, does not speak of it when a section of its page names it in its heading; that section
	// does.
	for i, h := range top {
		p := &ix.passages[h.doc]
		if len(p.headPage) == 0 || headsAsked(held[i*nc:(i+1)*nc], specific) {
			continue // its heading names a thing of its page's title that is asked: it is about that
		}
		for ci := range concepts {
			if held[i*nc+ci]&(heldByPage|heldHead) != heldByPage {
				continue
			}
			// The sections of its page that name it in their headings.
			var heads []*Passage
			for k, o := range top {
				if op := &ix.passages[o.doc]; k != i && held[k*nc+ci]&heldHead != 0 && !op.pageHead && op.DocID == p.DocID {
					heads = append(heads, op)
				}
			}
			if len(heads) > 0 && p.headsOther(cs.ids, heads, cs.titleParts(p, ci)) {
				held[i*nc+ci] &^= heldText
			}
		}
	}
	// Rank the candidates, then make Hits of the best only.
	type candidate struct {
		rank, got, inTitle   float64
		fit                  float64 // the part of rank for being the kind of answer asked (Hit.Fit)
		spec                 bool
		shared, typeShared   int    // concepts the passage holds; of them, question types met in passing
		matched, typeMatched uint64 // the same as bits (see Hit.Matched)
		i                    int    // in top
		askedAll             bool   // an FAQ asking yes or no whose question holds all it shares (see faqAsksShare)
	}
	// The pages whose candidates hold a thing the question names (not what it asks of it:
	// Result.Aspects, question types); which candidates hold a treatment or condition it names, and
	// the pages they are on (see topicMiss). Kept on the stack: this runs for every search.
	var thingBuf, topicBuf [candidates]string
	thingPages, topicPages := thingBuf[:0], topicBuf[:0]
	var topicHeld [candidates]bool
	for i, h := range top {
		thing, topic := false, false
		for ci := range concepts {
			if weights[ci] <= 0 || held[i*nc+ci]&(heldHead|heldText) == 0 {
				continue
			}
			thing = thing || ci < 64 && res.Aspects&conceptBit(ci) == 0 && !qq.types[ci]
			topic = topic || qq.topics[ci]
		}
		if thing {
			thingPages = append(thingPages, ix.passages[h.doc].DocID)
		}
		if topic {
			topicHeld[i] = true
			topicPages = append(topicPages, ix.passages[h.doc].DocID)
		}
	}
	// Whether a candidate's heading names what the question asks of a thing (the pain) and a thing
	// it names: that section answers whether it hurts; without one, a section on the thing that
	// tells how it feels does (feelShare).
	painHeaded := false
	for i := 0; typeAsked && i < len(top) && !painHeaded; i++ {
		typeHead, thingHead := false, false
		for ci := range concepts {
			if weights[ci] <= 0 || held[i*nc+ci]&heldHead == 0 {
				continue
			}
			if qq.types[ci] {
				typeHead = true
			} else if ci < 64 && res.Aspects&conceptBit(ci) == 0 {
				thingHead = true
			}
		}
		painHeaded = typeHead && thingHead
	}
	var cands [candidates]candidate
	namesTopic := slices.Contains(qq.topics, true)
	// A short question asking yes or no of an age it tells («ابني عمره ١٤ ينفع ياخد…؟», "is it ok at
	// 63?") asks whether the treatment suits that age (the age then weighs in full, see toldAge): the
	// concept of the age, when one is asked.
	ageAsked := -1
	ageItself := asksOfTheAge(kind) // «ينفع لها بهالعمر؟», "too old for it?": the age is what is asked
	if yesNo && (len(concepts) <= ageConcepts || ageItself) {
		for ci, c := range concepts {
			if weights[ci] > 0 && len(c.Alts) > 0 && slices.Contains(c.Alts[0], ageKey) {
				ageAsked = ci
			}
		}
	}
	for i, h := range top {
		p := &ix.passages[h.doc]
		c := candidate{i: i}
		var typeGot, onPage float64 // question types the text alone mentions; concepts the page's title names
		var pageNotHead float64     // concepts its page's title names and its own headings do not
		headLacks := false          // the heading lacks a thing the question names
		headThing := false          // the heading names a thing the question names
		headType := false           // the heading names what the question asks of it (the pain)
		headAspect := false         // the heading names the aspect asked (whether it lasts: Result.Aspects)
		holdsThing := false         // the passage holds a thing the question names
		// What a question asks (whether it hurts, how long it lasts) is asked of the treatment or
		// condition it names: «التقشير بيوجع؟» asks whether a peel hurts, which the pain section of
		// the laser's page, never naming peels, does not answer. A passage holding none of the
		// things the question names, and naming another, takes nothing for what is asked of them.
		lasting := 0 // whether the text tells a result's lasting: 0 not read yet, 1 no, 2 yes
		typeOf := true
		for ci := range concepts {
			if qq.topics[ci] && weights[ci] > 0 {
				typeOf = false
				if held[i*nc+ci] != 0 {
					typeOf = true
					break
				}
			}
		}
		typeOf = typeOf || !cs.namesOther(p.topics)
		// Nor does a passage on a page that speaks of none of the things the question names, while
		// other pages do: «موجات تصادمية، بتشتغل ازاي؟» asks how shock waves work, which the back
		// page's section on going back to work does not tell. On one page, a section on the aspect
		// («المدة») answers of the thing its siblings and title name; on the page the conversation
		// is on, its topic names the thing.
		if typeOf && len(thingPages) > 0 && !slices.Contains(thingPages, p.DocID) && (q.Topic == "" || !strings.HasPrefix(q.Topic, p.DocID+"#")) {
			typeOf = false
		}
		for ci := range concepts {
			f := held[i*nc+ci]
			if res.Aspects&conceptBit(ci) != 0 && !typeOf {
				f = 0
			}
			// What is asked of a result's lasting, said in a text only of something passing soon
			// («يزول خلال ساعات»), is not said of the result (permanence.go).
			if permAsked && res.Aspects&conceptBit(ci) != 0 && f&heldHead == 0 && f&heldText != 0 {
				if lasting == 0 {
					lasting = 1
					if tellsLasting(p.Text) {
						lasting = 2
					}
				}
				if lasting == 1 {
					f &^= heldText
				}
			}
			head, text := f&heldHead != 0, f&heldText != 0
			headLacks = headLacks || !head && !qq.types[ci] && res.Aspects&conceptBit(ci) == 0 && weights[ci] > 0
			headThing = headThing || head && !qq.types[ci] && res.Aspects&conceptBit(ci) == 0 && weights[ci] > 0
			headType = headType || head && qq.types[ci]
			headAspect = headAspect || head && res.Aspects&conceptBit(ci) != 0 && weights[ci] > 0
			holdsThing = holdsThing || (head || text) && !qq.types[ci] && res.Aspects&conceptBit(ci) == 0 && weights[ci] > 0
			switch {
			case head || !qq.types[ci] && text:
				c.got += weights[ci]
				c.spec = c.spec || specific[ci]
				c.shared++
				c.matched |= conceptBit(ci)
			case qq.types[ci] && text:
				typeGot += weights[ci]
				c.typeShared++
				c.typeMatched |= conceptBit(ci)
			}
			if head {
				c.inTitle += weights[ci]
			}
			if f&heldPage != 0 {
				onPage += weights[ci]
				if !head {
					pageNotHead += weights[ci]
				}
			}
		}
		// A question type mentioned in passing («يقلل الألم» for «هل هو مؤلم») answers only in a
		// passage about something specific the question names.
		if c.spec {
			c.got += typeGot
			c.shared += c.typeShared
			c.matched |= c.typeMatched
		}
		// A page's opening stands under the page's own title, which names what all its passages are
		// about: that heading answers a "what is" question, not every question naming the page's
		// subject («عملية الماء الابيض كم تاخذ»).
		inTitle := c.inTitle
		if p.pageHead && !define {
			inTitle = 0
		}
		// A heading's words mean what they mean beside the treatment it names: «خلع» under «هل
		// أستطيع خلع التقويم عند الأكل؟» is taking aligners off, not the extraction «اكل ايه بعد ما
		// خلعت الضرس» asks about. A heading naming a treatment the question does not name, and
		// lacking a thing the question does name (the tooth), answers it through its text more than
		// its words.
		if headLacks && len(p.headTopics) > 0 && !cs.holdsAny(p.headTopics) {
			inTitle *= otherSense
		}
		// A heading asking yes or no asks another question than one asking when, how or what: «هل
		// تنظيف الجير يضعف الأسنان؟» shares its words with «كل كم انظف جير», not its question.
		if something && ix.facts.yesNo[h.doc] {
			inTitle = 0
		}
		// And the other way: a heading asking what, when, how or how much («ما هو علاج العصب؟», «متى
		// تظهر نتائج العلاج؟») asks another question than one asking yes or no of the same things
		// («السن اللي انسحب عصبه يصير ميت؟»): its words count as the text's.
		if plainYesNo && ix.facts.asksOther[h.doc] {
			inTitle *= yesNoOtherHead
		}
		// So does a heading asking, or answering, another kind of question than one asking how or
		// when: «أسباب آلام الظهر والرقبة الشائعة» answers why, not «ازاي اشيل كراتين تقيلة من غير
		// ما ضهري يتعور؟», which the section on lifting answers through its text. A heading naming a
		// span («المدة») answers when as it answers how long («الاحمرار هيفضل لحد امتى؟»). (Not for a
		// question asking why, which a heading asking how long may answer — why one's Botox lasts
		// longer than a friend's — nor how much, which «كيف نفحص الجلوكوما؟» answers with the
		// check's length: each lost answers on the five clinics' tune halves.)
		if (asks == askHow || asks == askWhen) && p.asks != askNone && p.asks != asks && !(asks == askWhen && p.asks == askHowMuch) {
			inTitle = 0
		}
		// A heading or FAQ question asking whether a result lasts for good («هل يعالج العلاج الحالة
		// نهائيًا؟») asks another question of its words than one asking only whether the treatment
		// helps («العلاج يفيد للحالة؟», "does it help with it?"): the section on treating that
		// condition answers that. Its words count as its text's, unless the patient asks whether it
		// lasts or comes back too (permAsked, an aspect the heading names, asksComesBack), or asks
		// with «هل», in the page question's own form («هل العلاج يعالج الحالة؟»): its answer («لا
		// يعتبر علاجًا نهائيًا») then says what was asked.
		if ix.facts.asksLasting[h.doc] && !permAsked && !headAspect && !comesBack && !hal {
			inTitle = 0
		}
		bm := scoreShare * h.score / top[0].score
		if p.pageHead && !define { // see openingScore
			bm *= openingScore
		}
		c.rank = c.got/total + bm + titleShare*(inTitle/total)
		if p.sumsUp(define) { // hub.go
			c.rank -= leadShare * c.got / total
		}
		// An FAQ answer is matched through its question; but when both ask yes or no and the FAQ's
		// question, read with its page's title, asks what the patient asks («هل سأحتاج نظارة بعد
		// العملية؟» on the cataract page), its answer («نعم، في بعض الحالات…», «لا تحتاج…») is what was
		// asked: its words count in full, and it is the kind of answer asked.
		sameQuestion := yesNo && ix.facts.yesNo[h.doc] && inTitle >= yesNoOwn*total && inTitle+pageNotHead >= yesNoAsked*total
		// Nor when both ask whom the treatment suits («لمن تناسب الزراعة؟» for «العظم عندي قليل، ينفع
		// أعمل زراعة؟»): its answer lists the conditions, and the patient's question tells of one
		// (the bone, an illness), which no such FAQ question names.
		suitsBoth := asks == askSuits && p.asks == asks && c.got > 0 && headThing
		if p.Question != "" && !sameQuestion && !suitsBoth {
			c.rank -= faqTextShare * (c.got - c.inTitle) / total
		}
		if sameQuestion {
			c.fit += askShare
		}
		// Not when a conversation is on another page: it chose the page the answer is on.
		c.askedAll = yesNo && !sameQuestion && p.Question != "" && ix.facts.yesNo[h.doc] && c.got > 0 && inTitle >= c.got-1e-9 &&
			(q.Topic == "" || strings.HasPrefix(q.Topic, p.DocID+"#"))
		if res.Known >= pageKnown && len(concepts) > 1 {
			c.rank += pageShare * onPage / total
		}
		if q.Topic != "" && p.Key == q.Topic {
			c.rank += topicShare
		}
		// The kind of answer asked (a heading asking the same, a number, a span, how often) is asked
		// of the treatment or condition the question names: under a heading naming others only, it
		// is theirs («كم تدوم الزرعة؟» gives the implant's years, not how long the root canal of
		// «علاج العصب كم جلسة؟ وكل جلسة قد ايش تطول؟» takes, though the page's title names both).
		otherHead := namesTopic && len(p.headTopics) > 0 && !cs.holdsAny(p.headTopics)
		if define && p.defines {
			c.fit += defineShare
		}
		// Whom a treatment suits is asked of the treatment the heading names («لمن تناسب الزراعة؟»),
		// not of another the question does not («وللكبار؟ يعني لو عمري 20 ينفع؟» after lazy eye).
		if asks != askNone && p.asks == asks && c.got > 0 && (asks != askSuits || headThing) && !otherHead {
			c.fit += askShare
			if asks == askWhy {
				c.fit += whyShare
			}
			// «كم جلسة» counts the sessions: a heading naming their number («عدد الجلسات») answers it
			// more than one naming the sessions and what is asked of them beside it.
			if counted >= 0 && asks == askHowMuch && p.headHolds(counted) {
				c.fit += countedShare
			}
		}
		// Whether it hurts is answered under a heading that names the pain of the thing asked about
		// («الألم أثناء الخلع وبعده» for «هو الخلع بيوجع؟»), as a heading asking when answers when:
		// not by the steps of the treatment, which name it and say what the patient feels in passing.
		if typeAsked && headType && headThing {
			c.fit += askShare
		} else if typeAsked && !painHeaded && holdsThing && headThing && !otherHead && tellsFeeling(p.Text) {
			// Without such a heading, the section on the thing that tells how it feels (feelShare).
			c.fit += feelShare
		}
		// A question asking yes or no of an aspect of a thing it names («الليزك دايم؟»: whether it
		// lasts) is answered under a heading naming that aspect («النتائج ومدة بقائها») in a passage
		// holding all it asks, as a heading asking when answers when: not under the heading naming
		// the thing, whose words are in every passage of its page. An aspect asked of nothing named
		// («ومين بتناسب؟», «وكم يقعد مفعوله» in a conversation) is asked of the conversation's topic,
		// which a heading naming the aspect on another page does not answer.
		if headAspect && holdsThing && yesNo && asks == askNone && !timeAsked && c.shared == len(concepts) {
			c.fit += askShare
		}
		// Whether it lasts is answered by the passage headed with the result, its length or its
		// sessions, as a heading asking when answers when (permanence.go).
		// Only one that says nothing of it in the question's words, which coverage does not count.
		if permAsked && c.got > 0 && !otherHead && c.matched&res.Aspects == 0 && headsResult(p) {
			c.fit += permShare
		}
		if ix.facts.urgent[h.doc] && !urgentAsked {
			c.rank -= urgentShare
		} else if ix.facts.urgent[h.doc] && c.got > 0 {
			// The kind of answer asked: «متى اروح الطوارئ بعد التقشير؟» is answered by the section on
			// urgent care, whose heading («متى تحتاج رعاية عاجلة؟») need not say «الطوارئ».
			c.fit += urgentShare
		}
		if (asks == askHowMuch || asks == askWhen) && c.got > 0 && !otherHead && ix.counts(h.doc) {
			c.fit += countShare
		}
		if timeAsked && c.got > 0 && !otherHead {
			t := ix.timeOf(h.doc)
			if t == 2 && lastsQuestion && ix.lastsAsked(h.doc, subjects) {
				t++ // it says what is asked about takes the time
			} else if t == 2 && howLongAfter && !ix.lastsAsked(h.doc, subjects) {
				t = 1 // how long something lasts after another: what takes or lasts a time here is a third
			}
			c.fit += timeShare * float64(t)
		}
		if typed && c.got > 0 && q.Topic != "" && p.Key == q.Topic && tellsFeeling(p.Text) {
			// Of the parts of the conversation's section, the one telling how it feels answers
			// whether it hurts, as in TopicHits.
			c.fit += askShare
		}
		// How a thing is treated is told under a heading naming its treatment («علاج الحول» for «كيف
		// بيعالجو كسل العين؟»), as a heading asking when answers when: not by the section naming the
		// thing, which says that it responds to treatment in passing.
		if treatAsked && holdsThing && c.got > 0 && !otherHead && ix.facts.treats[h.doc] {
			c.fit += treatShare
		}
		// When something happens after a treatment («الغرز متى تنشال بعد الخلع؟») is told under a heading
		// on the time after it («التعافي والعناية بعد الخلع»), not by the treatment's steps that name
		// the same things as they are done.
		if whenAfter && c.got > 0 && !otherHead && after(Words(p.Section+" "+p.Question)) {
			c.fit += afterShare
		}
		if often && c.got > 0 && !otherHead && ix.often(h.doc) {
			c.fit += oftenShare
		}
		// Whether a treatment suits an age is answered under a heading naming ages («هل العلاج آمن
		// لجميع الأعمار؟»), as a heading asking when answers when: not by the section on what the
		// treatment is for, which names the complaint told beside the age more often.
		if ageAsked >= 0 && c.got > 0 && held[i*nc+ageAsked]&heldHead != 0 {
			c.fit += ageShare
			if ageItself {
				c.fit += ageItselfShare
			}
		}
		c.rank += c.fit
		if len(topicPages) > 0 && !topicHeld[i] && (!slices.Contains(topicPages, p.DocID) || p.pageTopic) {
			c.rank -= topicMiss
		}
		cands[i] = c
	}
	ranked := cands[:len(top)]
	// Of the passages that hold the most of a question asking yes or no, an FAQ whose own question
	// asks yes or no and holds all it shares asks what was asked: «هل العلاج آمن لجميع الأعمار؟»
	// for «هل العلاج مناسب لكل الاعمار». Its short answer is the answer, not a long section holding
	// as much that says the words more often (BM25) of something else («من هم المرشحون…»).
	most := 0.0
	for _, c := range ranked {
		most = max(most, c.got)
	}
	for k := range ranked {
		if c := &ranked[k]; c.askedAll && c.got >= most-1e-9 {
			c.rank += faqAsksShare
			c.fit += faqAsksShare
		} else if c.askedAll && q.Topic == "" && c.inTitle >= yesNoMost*total {
			// Holding less than the most, it still asks what was asked when its question holds most
			// of the patient's (yesNoMost): the kind of answer asked, as a heading asking when is.
			c.rank += askShare
			c.fit += askShare
		}
	}
	// Of the best page's sections, the one matching what the story tells beside the question loses
	// (storySection); the page's best keeps its rank, which says whether and what to answer.
	if qq.aside != nil {
		best := 0
		for k := range ranked {
			if ranked[k].rank > ranked[best].rank {
				best = k
			}
		}
		var told uint64
		for ci, a := range qq.aside {
			if a {
				told |= conceptBit(ci)
			}
		}
		doc := ix.passages[top[ranked[best].i].doc].DocID
		was, now := ranked[best].rank, math.Inf(-1)
		for k := range ranked {
			if c := &ranked[k]; ix.passages[top[c.i].doc].DocID == doc {
				c.rank -= storySection * common(c.matched&told, weights) / total
				now = max(now, c.rank)
			}
		}
		for k := range ranked {
			if c := &ranked[k]; ix.passages[top[c.i].doc].DocID == doc {
				c.rank += was - now
			}
		}
	}
	slices.SortFunc(ranked, func(a, b candidate) int {
		if c := cmp.Compare(b.rank, a.rank); c != 0 {
			return c
		}
		return a.i - b.i // as a stable sort
	})
	// The concepts that may pick a list's items (excerpt): the specific ones, but for words of time
	// in a question that does not ask a time («كل كم دقيقه اقوم من المكتب» asks one).
	asksSpan := often || timeAsked || asks == askHowMuch || asks == askWhen
	pickers := make([]bool, len(specific))
	for ci := range specific {
		pickers[ci] = specific[ci] && (asksSpan || !saysWhen(concepts[ci]))
	}
	// The kind of answer a list's item must give to answer the question (see excerpt): how often
	// for «كل كم», a span of time for how long or how soon; nil when it asks no such kind.
	var itemKind func(string) bool
	switch {
	case often:
		itemKind = givesOften
	case timeAsked:
		itemKind = spansTime
	}
	res.Hits = make([]Hit, min(limit, len(ranked)))
	for k := range res.Hits {
		c, h := ranked[k], top[ranked[k].i]
		p := &ix.passages[h.doc]
		res.Hits[k] = Hit{Passage: p, Score: h.score, Coverage: c.got / total, TitleCoverage: c.inTitle / total,
			Specific: c.spec, Shared: c.shared, Matched: c.matched, Rank: c.rank, Fit: c.fit, HeadsOther: cs.namesOther(p.headThings),
			Urgent: urgentAsked && ix.facts.urgent[h.doc] && c.got > 0,
			Common: common(c.matched&^res.OneScript, weights) / total, Excerpt: p.excerpt(&cs, pickers, itemKind, inText, inHead)}
		res.Hits[k].window, res.Hits[k].at = ix.window(h.doc, res.Hits[k].Excerpt, &cs, weights, inText, inHead)
	}
	return res
}

// headsOther says whether the passage's heading names a thing its page's title joins to what is
// asked (parts: the parts of the title the concept asked is in, see titleParts) that the question
// (as its stems ids, sorted) does not, nor any heading of the sections of the same page that name
// what is asked in theirs (heads), and that not all of those speak of: the sections are each about
// another thing of the page. When they all speak of it («ضروس العقل» of «خلع الأسنان وضروس
// العقل» says «خلع»), what is asked is a part of it.
func (p *Passage) headsOther(ids []int32, heads []*Passage, parts uint16) bool {
rivals:
	for _, id := range p.headPage {
		if _, found := slices.BinarySearch(ids, id); found || p.partsOf(id)&parts != 0 {
			continue
		}
		all := true // every section naming what is asked speaks of it too: it is part of that
		for _, o := range heads {
			if _, found := slices.BinarySearch(o.termIDs, id<<1|1); found {
				continue rivals // it names both
			}
			all = all && o.holds(id)
		}
		if !all {
			return true
		}
	}
	return false
}

// titleParts returns the parts of passage p's page title (see titleParts) that hold concept ci:
// those that hold each of its stems the title has («تبييض الأسنان» of «تبييض الأسنان والتقويم
// وأسنان الأطفال» is in the first part only).
func (cs *conceptSet) titleParts(p *Passage, ci int) uint16 {
	parts := ^uint16(0)
	for _, t := range p.pageParts {
		if k, found := slices.BinarySearch(cs.ids, t.id); found && cs.has(ci, k) {
			parts &= t.parts
		}
	}
	return parts
}

// headsAsked says whether a passage's heading names a thing of its page's title that the question
// asks (held, a concept each): not a word the clinic's every page says («أسنان» of «طب أسنان الأطفال»
// under «تبييض الأسنان والتقويم وأسنان الأطفال»), which says nothing of what the section is about.
func headsAsked(held []uint8, specific []bool) bool {
	for ci, f := range held {
		if f&(heldHead|heldPage) == heldHead|heldPage && specific[ci] {
			return true
		}
	}
	return false
}

// holds says whether the passage says the stem id itself, not only through its page's title.
func (p *Passage) holds(id int32) bool {
	if _, found := slices.BinarySearch(p.termIDs, id<<1); !found {
		if _, found = slices.BinarySearch(p.termIDs, id<<1|1); !found {
			return false
		}
	}
	_, pageOnly := slices.BinarySearch(p.pageOnly, id)
	return !pageOnly
}

// What a passage holds of a concept (Search): in a heading or FAQ question of its own; in its words
// with its headings and page's title; only through its page's title; in its page's title.
const (
	heldHead uint8 = 1 << iota
	heldText
	heldByPage
	heldPage
)

// oneScript says whether every way alts has of saying a concept is in Arabic letters, or none is.
func oneScript(alts [][]string) bool {
	ar, other := false, false
	for _, alt := range alts {
		for _, st := range alt {
			if st == stopKey || st == "" {
				continue
			}
			if isArabicWord(st) {
				ar = true
			} else {
				other = true
			}
		}
	}
	return !(ar && other)
}

// common sums the weights of the concepts whose bits are set in matched.
func common(matched uint64, weights []float64) float64 {
	sum := 0.0
	for i, w := range weights {
		if matched&conceptBit(i) != 0 {
			sum += w
		}
	}
	return sum
}

// conceptBit is concept i's bit in Hit.Matched; a question's concepts beyond the 64th share none.
func conceptBit(i int) uint64 {
	if i >= 64 {
		return 0
	}
	return 1 << i
}

// question is what Search makes of a query's text before looking for passages.
type question struct {
	concepts []Concept
	// infos are the concepts' alternatives as what the index knows of each stem.
	infos [][][]stemInfo
	// weights are the concepts' weights, total their sum; specific says which concepts are not
	// everywhere in the knowledge base.
	weights  []float64
	specific []bool
	// types says which concepts are question types (Lexicon.Type): only a heading or question answers one.
	types []bool
	// topics says which concepts are treatments or conditions (Lexicon.Topic) the pages speak of.
	topics []bool
	total  float64
	// boosts are the stems to search for.
	boosts termBoosts
	// aside says which concepts the message names only in the story before the clause that asks,
	// for choosing among a page's sections (storySection); nil when it asks in no clause of its own.
	aside []bool
}

// read analyses q (with its Words); false when there is nothing to search for, res then being
// the whole result.
func (ix *Index) read(q Query) (question, Result, bool) {
	if q.Words == nil {
		q.Words = Words(q.Text)
	}
	return ix.readArabic(q, ix.inArabic(q.Words))
}

// readArabic is read of q whose words, an Arabizi message's in Arabic letters (inArabic), are
// arabic.
func (ix *Index) readArabic(q Query, arabic []string) (question, Result, bool) {
	keys, guessed := ix.arabicKeysGuessed(arabic)
	if ix.onlyGuessed(keys, guessed) {
		keys = keysOf(analyzeWords(arabic, nil)) // as written: unknown
	}
	forGood(keys, arabic)
	between(keys, arabic)
	ageYears(keys, arabic)
	told := toldAge(keys, arabic) && asksBesideAge(arabic)
	ix.agoBefore(keys, arabic)
	toldUnsuited(keys, arabic, q.Text)
	deny(keys, arabic, q.Text)
	hedge(keys, arabic)
	orRisk(keys, arabic)
	orWait(keys, arabic)
	teller(keys, arabic)
	askingAhead(keys, arabic)
	performer(keys, arabic)
	againVerb(keys, arabic)
	lastAsTime(keys, arabic)
	evenIf(keys, arabic, q.Text)
	thanBefore(keys, arabic)
	thanOther(keys, arabic)
	asked, askedAt := ix.askedConcepts(keys, arabic, q.Text)
	read := howLongTake(keys, arabic)
	concepts := ix.lex.Concepts(read)
	if childAge(arabic) && !asksBesideAge(arabic) && (hasQuestionMark(q.Text) || asksSuits(arabic)) &&
		slices.ContainsFunc(concepts, ix.lex.Topic) { // childAge first: the cheapest, and rarely so
		// A child's age told («ولدي عمره 15», «ليزك لولد 15 سنة؟») with a question an age answers
		// (whether it suits, when, yes or no: see asksBesideAge) of a treatment or condition it names
		// asks of children: the pages say what they do for them («هل يمكن عمل الليزك للأطفال؟») in
		// words the patient did not write. Not a story told without a question («ابني عمره ١٥ عنده
		// حبوب…»), nor a question naming no treatment («بنتي عمرها ١٠، فات الاوان؟» after lazy eye),
		// which asks of the conversation's; and one naming children says it.
		kid := ix.lex.Concepts([]string{childKey})
		if len(kid) == 1 && !slices.ContainsFunc(concepts, func(c Concept) bool { return c.group >= 0 && c.group == kid[0].group }) {
			concepts = append(concepts, kid[0])
		}
	}
	if len(concepts) == 0 {
		return question{}, Result{}, false
	}
	ix.loanAlts(concepts)
	story := ix.toldOnly(concepts, asked)
	weights := make([]float64, len(concepts))
	specific := make([]bool, len(concepts))
	types := make([]bool, len(concepts))
	topics := make([]bool, len(concepts))
	var broad, named uint64
	infos := ix.conceptInfos(concepts)
	var total, known float64
	foreign := false
	n := 0
	for _, c := range infos {
		for _, alt := range c {
			n += len(alt)
		}
	}
	if q.Topic != "" {
		n += len(ix.topics[q.Topic].stems)
	}
	boosts := make(termBoosts, 0, n)
	// A treatment of several words no passage holds together (stretch marks, a hydrotherapy pool)
	// is not the pages' for having each word somewhere (unsaid), when the question names no other
	// treatment or condition the pages know: beside one («الوخز بالإبر لآثار الحبوب», psoriasis and
	// arthritis) it may be the patient's name for part of what the pages say of that one.
	unsaid := make([]bool, len(concepts))
	aside := false
	for i, c := range concepts {
		unsaid[i] = ix.unsaid(c, infos[i])
		if !unsaid[i] && ix.lex.Topic(c) && slices.ContainsFunc(infos[i], func(alt []stemInfo) bool {
			return !slices.ContainsFunc(alt, func(s stemInfo) bool { return s.df == 0 })
		}) {
			aside = true
		}
	}
	for i, c := range concepts {
		df := 0
		for a, alt := range infos[i] {
			altDF := -1
			for _, s := range alt {
				if d := int(s.df); altDF < 0 || d < altDF {
					altDF = d
				}
			}
			if unsaid[i] && !aside {
				altDF = 0
			}
			df = max(df, altDF)
			boost := 1.0
			if a > 0 {
				boost = altBoost
			}
			for _, s := range alt {
				if s.id >= 0 && s.id < ix.indexed { // most English and dialect equivalents are not in the text
					boosts.raise(s.id, boost)
				}
			}
		}
		if df == 0 {
			// A group whose members in the question are stop words only («مع بعض») is known where a
			// passage says one of them («في كل مرة»): its terms cannot tell.
			df = len(ix.stopPhraseDocs(c))
		}
		weights[i] = ix.idf(df)
		specific[i] = df > 0 && df*3 <= len(ix.passages)
		if df > 0 && !specific[i] {
			broad |= conceptBit(i)
		}
		types[i] = ix.lex.Type(c)
		topics[i] = df > 0 && ix.lex.Topic(c)
		if topics[i] {
			named |= conceptBit(i)
		}
		// An age the patient tells beside another question says who asks, as a qualifier does (toldAge).
		if ix.lex.Minor(c) || told && slices.Contains(c.Alts[0], ageKey) {
			weights[i] *= minorWeight
		} else if ix.lex.Light(c) {
			weights[i] *= lightWeight
		}
		if story != nil && story[i] {
			weights[i] *= storyWeight
		}
		isForeign := df == 0 && ix.lex.Foreign(c) && !ix.rootKnown(c)
		foreign = foreign || isForeign
		if df == 0 && !isForeign && ix.lex.Minor(c) {
			// A qualifier the pages never use («يوم الخميس», «امس») says neither what is asked nor that
			// the question is about something the clinic does not write of: it does not count.
			weights[i] = 0
		} else if df == 0 && !isForeign {
			// A word the clinic never uses may be the topic (مطعم) or dialect filler (تعبني); it
			// counts, but less than a word the clinic does use. A topic the lexicon names as not
			// covered (فيلر) counts in full, and Result.Foreign tells the caller.
			weights[i] *= unknownWeight
		}
		total += weights[i]
		if df > 0 {
			known += weights[i]
		}
	}
	res := Result{Concepts: len(concepts), Foreign: foreign, Broad: broad, Topics: named}
	for i, c := range concepts {
		if oneScript(c.Alts) {
			res.OneScript |= conceptBit(i)
		}
		if ix.lex.Aspect(c) {
			res.Aspects |= conceptBit(i)
		}
		if ix.lex.Minor(c) {
			res.Minor |= conceptBit(i)
		}
	}
	if known == 0 {
		return question{}, res, false
	}
	res.Known = known / total
	if q.Topic != "" && (q.TopicConcepts <= 0 || len(concepts) <= q.TopicConcepts) {
		if t, ok := ix.topics[q.Topic]; ok {
			for _, id := range t.stems {
				boosts.add(id, topicBoost)
			}
		}
	}
	// What the story tells beside the asking clause, for the choice of a section: the asking part
	// marked (its own words, not the fear told before it), or the clause that asks.
	var beside []bool
	if askedAt < 0 && len(keys) == len(arabic) {
		askedAt = askingClause(arabic, q.Text)
	}
	if askedAt >= 0 {
		beside = ix.toldOnly(concepts, ix.lex.Concepts(keys[askedAt:]))
	}
	return question{concepts, infos, weights, specific, types, topics, total, boosts, beside}, res, true
}

// unsaid says whether c is a "topic:" group the pages know only by words of a member of several
// words found in different passages (topicSaid): every alternative with all its stems in the pages
// is such a member. A word of it that may be what is asked of the rest («العلاج طبيعي؟», is it
// normal: an aspect) leaves it said.
func (ix *Index) unsaid(c Concept, infos [][]stemInfo) bool {
	if !ix.lex.Topic(c) || ix.topicSaid[int32(c.group)] {
		return false
	}
	found := false
	for a, alt := range infos {
		if slices.ContainsFunc(alt, func(s stemInfo) bool { return s.df == 0 }) {
			continue
		}
		if len(alt) < 2 || a < len(c.Alts) && slices.ContainsFunc(c.Alts[a], ix.lex.aspectWord) {
			return false
		}
		found = true
	}
	return found
}

// rootKnown says whether the pages use the root of what the patient wrote for c, a stem of three
// letters, in another form: its passive participle or its verbal noun. A word the lexicon lists among
// treatments a clinic does not offer («زرعة», a dental implant) is then the clinic's own doing under
// another form: «العدسات التي تزرع» asks of the pages' «العدسات المزروعة», «زراعة العدسات».
func (ix *Index) rootKnown(c Concept) bool {
	if len(c.Alts) == 0 || len(c.Alts[0]) != 1 {
		return false
	}
	r := []rune(c.Alts[0][0])
	if len(r) != 3 {
		return false
	}
	participle := "م" + string(r[:2]) + "و" + string(r[2]) // مفعول: «مزروع»
	noun := string(r[:2]) + "ا" + string(r[2])             // فعال(ة): «زراعة»
	return ix.df[participle] > 0 || ix.df[noun] > 0
}

// termBoosts are the stems a search asks for, each with its highest boost, in the order first met.
// A search has a few dozen: a slice beats a map.
type termBoosts []termBoost

// raise adds id with boost b, or raises its boost to b.
func (ts *termBoosts) raise(id int32, b float64) {
	for i := range *ts {
		if (*ts)[i].id == id {
			(*ts)[i].boost = max((*ts)[i].boost, b)
			return
		}
	}
	*ts = append(*ts, termBoost{id, b})
}

// add adds id with boost b unless it is there already.
func (ts *termBoosts) add(id int32, b float64) {
	for _, t := range *ts {
		if t.id == id {
			return
		}
	}
	*ts = append(*ts, termBoost{id, b})
}

// Answer is the text to show for the hit: the excerpt of a list when there is one, else the passage's.
// A section short enough to be one answer (Passage.Context) is shown whole even then: the paragraphs
// beside its list say when or for whom the items hold («لا نبدأ علاج الندبات إلا بعد…»), and the
// excerpt would drop them. A passage of a section too long for that is given with the passages
// around it (Window).
func (h Hit) Answer() string {
	if h.window != nil {
		var b strings.Builder
		for k := range h.window {
			if k > 0 {
				b.WriteString("\n\n")
			}
			if k == h.at && h.Excerpt != "" {
				b.WriteString(h.Excerpt)
			} else {
				b.WriteString(h.window[k].Answer())
			}
		}
		return b.String()
	}
	if h.Excerpt != "" && h.Passage.Context == "" {
		return h.Excerpt
	}
	return h.Passage.Answer()
}

// spansTime says whether a text gives a span of time (timeOf).
func spansTime(text string) bool { return timeOf(text) > 0 }

// excerpt picks the items of a list passage that contain one of the question's specific concepts
// that its headings do not name; "" when the passage is no list, or no item or every item does.
// kind, when not nil, says whether an item gives the kind of answer asked (how often, how long):
// when none of those picked does, those that do are picked too. in and head are scratch space.
func (p *Passage) excerpt(cs *conceptSet, specific []bool, kind func(string) bool, in, head stemBits) string {
	if len(p.items) == 0 {
		return ""
	}
	// A concept the heading names is what the whole list is about («ايش العلامات اللي لازم اروح فيها
	// طوارئ مع الم الظهر» under «متى تراجع الطوارئ فورًا مع ألم الظهر»): it picks no items.
	cs.present(in, head, p.termIDs)
	pick := make([]bool, len(specific))
	for ci := range specific {
		pick[ci] = specific[ci] && !cs.hasAny(head, ci)
	}
	// An item's nested items stay under it, indented as in the list («- الحصار…:\n  - عندما…»).
	line := func(k int) string { return "- " + strings.ReplaceAll(p.items[k].text, "\n", "\n  ") }
	var picked []int
	names := true // every item picked is a bare name
	for k, it := range p.items {
		cs.presentIDs(in, it.ids)
		for ci := range specific {
			if pick[ci] && cs.hasAny(in, ci) {
				picked = append(picked, k)
				names = names && bareName(it.text)
				break
			}
		}
	}
	if len(picked) == 0 || len(picked) == len(p.items) {
		return ""
	}
	if kind != nil && !slices.ContainsFunc(picked, func(k int) bool { return kind(line(k)) }) {
		// None of the items picked gives the kind of answer asked («كل كم لازم أقوم من المكتب؟» asks
		// how often; the item naming the desk and the back tells how to lift): the items that give it
		// are picked too, in the list's order.
		var all []int
		for k, it := range p.items {
			if slices.Contains(picked, k) || kind(it.text) {
				all = append(all, k)
			}
		}
		if len(all) == len(p.items) {
			return ""
		}
		picked = all
	}
	if names {
		// The question names an item, and the item is only a name: the whole list answers it.
		return p.Answer()
	}
	lines := make([]string, len(picked))
	for n, k := range picked {
		lines[n] = line(k)
	}
	return p.intro + "\n" + strings.Join(lines, "\n")
}

// window is passage i with the passages of its section around it, as many as fit in one answer
// (maxAnswerRunes): a section too long to be given whole is not cut to one paragraph, which leans on
// those beside it («بالإضافة إلى ذلك، تكون التأثيرات مؤقتة…» after what the treatment does). Of the
// runs of passages around it that fit, the one holding most of the question's weight is given (the
// one reaching furthest on when they hold as much, the page's following text first): «البوتكس حق
// التجميل ايش يسوي بالضبط في الوجه» found what the toxin does, and is given with the uses after it
// («أغراض تجميلية… عضلات الوجه»), not the paragraphs before it. A list cut to the items asked
// (excerpt, when not "") stays cut. It returns the run and the passage's place in it; nil when the
// passage is a whole answer (Context), alone in its section or given alone. in and head are scratch
// space.
func (ix *Index) window(i int32, excerpt string, cs *conceptSet, weights []float64, in, head stemBits) ([]Passage, int) {
	p := &ix.passages[i]
	if p.Context != "" || p.Question != "" {
		return nil, 0
	}
	same := func(k int32) bool {
		return k >= 0 && int(k) < len(ix.passages) && ix.passages[k].Key == p.Key && ix.passages[k].Question == ""
	}
	first, last := i, i
	for same(first - 1) {
		first--
	}
	for same(last + 1) {
		last++
	}
	if first == last {
		return nil, 0
	}
	var sizesBuf [32]int
	var heldBuf [32]uint64
	sizes, held := sizesBuf[:0], heldBuf[:0] // held: the concepts each passage holds
	for k := first; k <= last; k++ {
		n := ix.passages[k].answerLen
		if k == i && excerpt != "" {
			n = utf8.RuneCountInString(excerpt)
		}
		sizes, held = append(sizes, n+2), append(held, 0) // with "\n\n"
		if len(weights) > 0 {
			cs.present(in, head, ix.passages[k].termIDs)
			for ci := range weights {
				if cs.hasAny(in, ci) {
					held[k-first] |= conceptBit(ci)
				}
			}
		}
	}
	bestLo, bestHi, best, most := i, i, -1.0, 0 // most: the runes of the best
	for lo := i; lo >= first; lo-- {
		n := 0
		for k := lo; k <= i; k++ {
			n += sizes[k-first]
		}
		if n > maxAnswerRunes {
			break
		}
		hi := i
		for hi < last && n+sizes[hi+1-first] <= maxAnswerRunes {
			hi++
			n += sizes[hi-first]
		}
		var got uint64
		for k := lo; k <= hi; k++ {
			got |= held[k-first]
		}
		w := 0.0
		for ci := range weights {
			if got&conceptBit(ci) != 0 {
				w += weights[ci]
			}
		}
		if w > best+1e-9 || w > best-1e-9 && (hi > bestHi || hi == bestHi && n > most) {
			bestLo, bestHi, best, most = lo, hi, w, n
		}
	}
	if bestLo == bestHi {
		return nil, 0
	}
	return ix.passages[bestLo : bestHi+1 : bestHi+1], int(i - bestLo)
}

// saysWhen says whether a concept is only a word of time: a day, a week, today, last night. It tells
// when the patient asks («شو لازم اعمل بعد ما قلعت الضرس اليوم؟», «عندي جلسة تقشير الاسبوع الجاي وش
// اسوي قبلها»), not which of a list's items they ask about, though an item may say «اليوم الأول» or
// «بأسبوع»: it picks no items.
func saysWhen(c Concept) bool {
	if len(c.Alts) == 0 || len(c.Alts[0]) == 0 {
		return false
	}
	whenOnce.Do(func() {
		whenStems = map[string]bool{}
		for _, k := range keysOf(Analyze(whenWords)) {
			whenStems[k] = true
		}
	})
	for _, s := range c.Alts[0] {
		if !whenStems[s] {
			return false
		}
	}
	return true
}

// whenWords are words of time, stemmed into whenStems the first time saysWhen is asked.
const whenWords = `يوم ايام اليوم الأيام يومين أسبوع أسابيع الأسبوع أسبوعين شهر شهور أشهر الشهر شهرين سنة سنين
	سنوات السنة ساعة ساعات الساعة دقيقة دقائق دقايق وقت الوقت فترة الفترة أمس امبارح مبارح البارحة بكرة
	بكره النهارده الليلة الصبح صباح مساء السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة
	day days today week weeks month months year years hour hours minute minutes time tonight
	tomorrow yesterday morning evening`

var (
	whenOnce  sync.Once
	whenStems map[string]bool
)

// bareNameWords is the most words a list item that only names something («تنحيف الفك», "Jaw
// slimming») has.
const bareNameWords = 5

// bareName says whether a list item only names something: a few words with no clause of their own
// (no punctuation that joins one: a colon, a comma, a full stop). Such an item, cut out of its list,
// says no more than the question that named it («تسوون تنحيف فك؟» → «- تنحيف الفك»): the whole list,
// what the clinic offers beside it, is the answer.
func bareName(item string) bool {
	if strings.ContainsAny(item, ":：،,.؛;") {
		return false
	}
	return len(strings.Fields(item)) <= bareNameWords
}

// keys analyses a question into lexicon keys. A word the knowledge base does not know is retried
// without a leading one-letter preposition or conjunction (لتشنج → تشنج, بحقن → حقن): the stemmer
// cannot strip those blindly, since many words start with the same letters (بطن, لسان).
func (ix *Index) keys(words []string) []string {
	return ix.arabicKeys(ix.inArabic(words))
}

// inArabic is words with an Arabizi message's Latin words in Arabic letters (fromArabizi), and any
// other message's words as they are.
func (ix *Index) inArabic(words []string) []string { return ix.inArabicWith(words, nil) }

// inArabicWith is inArabic keeping the words' readings in memo (fromArabizi).
func (ix *Index) inArabicWith(words []string, memo map[string]arabiziRead) []string {
	if IsArabizi(words) {
		return ix.fromArabizi(words, memo)
	}
	return words
}

// arabicKeys is keys of words already read by inArabic.
func (ix *Index) arabicKeys(words []string) []string {
	keys, _ := ix.arabicKeysGuessed(words)
	return keys
}

// arabicKeysGuessed is arabicKeys, and whether any of the keys known is known only as a guess: a
// word one letter from one the pages use (correct).
func (ix *Index) arabicKeysGuessed(words []string) ([]string, []bool) {
	keys := keysOf(analyzeWords(words, nil))
	guessed := make([]bool, len(keys))
	for i, k := range keys {
		if strings.HasPrefix(k, stopKey) {
			continue
		}
		if _, inPages := ix.df[k]; i > 0 && without[keys[i-1]] && ix.lex.unwanted(k, inPages) {
			// «بدون فيلر», "without filler": what the patient does not want is not the topic.
			keys[i] = stopKey + k
			continue
		}
		if i > 0 && verbAfter[words[i-1]] {
			if alt := ix.firstPersonKey(words, i); alt != "" {
				keys[i] = alt // «عم رضع» is «ارضع» (I breastfeed), not «رضع» (infants)
				continue
			}
		}
		if goingVerbs[words[i]] && i+1 < len(words) && (destination(words[i+1]) || words[i+1] == "لما") {
			// «عينه بتروح لجوه»: goes somewhere, not goes away. And «بتروح لما تكبر؟» asks of
			// the growing up (the pages' «مع التقدم في العمر»), not of a passage on what removes it.
			keys[i] = stopKey + words[i]
			continue
		}
		if mayBeforeVerb[words[i]] && i+1 < len(words) && firstPersonVerb(words[i+1]) {
			keys[i] = stopKey + words[i] // «ينفع اروح الجيم؟» asks "may I go", not whether it helps
			continue
		}
		if ix.knows(k) {
			if alt := ix.plainer(words[i], k); alt != "" {
				keys[i] = alt
			} else if alt := ix.defectiveKey(words[i]); alt != "" && alt != k && ix.df[alt] > 0 && !ix.reachesPages(k) {
				// A stem only the lexicon knows, of no group the pages use, is a verb the pages write
				// when they do: «نمشي» (we walk) is no «نمش» (freckles) at a clinic whose pages name no
				// freckles, but their walking («المشي»).
				keys[i] = alt
			}
			continue
		}
		if alt := ix.firstPersonKey(words, i); alt != "" {
			keys[i] = alt // «بقدر سوق», «فيني كمل»: see firstPersonKey
			continue
		}
		if rest, ok := strings.CutPrefix(words[i], "ال"); ok && utf8.RuneCountInString(rest) >= 3 {
			// «ال» may be the word's own letters, the «أ» and «ل» of a plural «أفعال»: «العاب»
			// (games) is the pages' «الألعاب» without the article, not «ال» + «عاب», nor «لعاب».
			if alt := stemWord("ال" + words[i]); alt != "" && alt != k && ix.df[alt] > 0 {
				keys[i] = alt
				continue
			}
		}
		if alt := altStem(words[i]); alt != "" && (ownLam(words[i]) || utf8.RuneCountInString(words[i]) >= 5) && ix.knows(alt) {
			// The written word without its first letter, stemmed afresh: the stem may have lost
			// more than the preposition or conjunction («لتبين», ل + تبين, is «لتب», whose «تب» is
			// no word), or the word's own ل («للثة», ل + اللثة, is «ثه»; «بلثة» is «بلث»). Not on a
			// word of four letters without that ل, more often a word whole («بمية» apart).
			keys[i] = alt
			continue
		}
		if alt := shortDual(words[i], k); alt != "" && ix.knows(alt) {
			keys[i] = alt // «الخدين»: the dual of «خد»
			continue
		}
		r := []rune(k)
		if len(r) >= 4 && strings.ContainsRune("لبفكو", r[0]) {
			if alt := stemWord(string(r[1:])); alt != "" && ix.knows(alt) {
				keys[i] = alt
				continue
			}
		}
		if alt, stop := future(words[i]); alt != "" && (stop || ix.knows(alt)) {
			// «هحتاج», «حيوجع»: the Egyptian and Levantine future before a verb.
			keys[i] = alt
			continue
		}
		if alt := ix.backoff(words[i]); alt != "" {
			keys[i] = alt
			continue
		}
		if alt := ix.defectiveKey(words[i]); alt != "" {
			keys[i] = alt // «يمشي», «بيعطي»: see dialect.go
			continue
		}
		if alt := ix.dialectKey(words[i]); alt != "" {
			keys[i] = alt // «ضهري», «اخدت», «عندو»: see dialect.go
			continue
		}
		if alt := ix.verbKey(words[i]); alt != "" {
			keys[i] = alt // «بتفحصوني», «ماتمسكش», «يتشال»: see dialect.go
			continue
		}
		if alt := ix.futureVerbKey(words[i]); alt != "" {
			keys[i] = alt // «هيخلعوا», «هحس»: see dialect.go
			continue
		}
		if alt := ix.englishBase(words[i]); alt != "" {
			keys[i] = alt // "stronger", "moving", "paralyse": see englishBases
			continue
		}
		if alt := ix.loanword(words[i]); alt != "" {
			keys[i] = alt // "tranexamic", the pages' «الترانيكساميك»: see loanword.go
			continue
		}
		if rest, ok := strings.CutPrefix(words[i], "و"); ok && utf8.RuneCountInString(rest) == 3 {
			// «ومشى» (and walked), «وقام»: the conjunction on a word of three letters, which the
			// rules above keep whole; the rest read as a word («مشي») or as dialect.go reads it.
			if alt := stemWord(rest); alt != "" && !isStop(rest) && ix.knows(alt) {
				keys[i] = alt
				continue
			}
			if alt := ix.defectiveKey(rest); alt != "" {
				keys[i] = alt
				continue
			}
		}
		if alt := ix.correct(k); alt != "" {
			keys[i], guessed[i] = alt, true
		} else if w := words[i]; w != k && plainLatin(w) {
			// An English word whose slip made an ending of it: «eyelied» is stemmed «eyeli».
			if alt := ix.correct(w); alt != "" {
				keys[i], guessed[i] = alt, true
			}
		}
	}
	return keys, guessed
}

// firstPersonAfter are the Levantine words after which a verb in the first person is said, and often
// written, without its «ا»: «بدي» (I want), «فيني» and «بقدر» (I can), «رح» (I will), «عم» (I am
// …ing): «بقدر سوق» is «اسوق» (drive), «فيني كمل» «اكمل», «عم رضع» «ارضع».
var firstPersonAfter = map[string]bool{"بدي": true, "فيني": true, "بقدر": true, "رح": true, "عم": true}

// mayBeforeVerb are «ينفع» (it helps; may one) in the forms that, before a verb in the first
// person, ask whether the patient may do it: «ينفع اروح الجيم بعدها؟», «ينفع انام عليه؟».
var mayBeforeVerb = map[string]bool{"ينفع": true, "بينفع": true, "تنفع": true, "بتنفع": true}

// firstPersonVerb says w may be a verb in the first person (its «ا» is not the article's), other
// than the light verbs of getting a treatment («ينفع اسوي بوتوكس؟» asks whether it suits, and
// helping is near that).
func firstPersonVerb(w string) bool {
	return strings.HasPrefix(w, "ا") && !strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) >= 3 && !lightFirstPerson[w]
}

var lightFirstPerson = map[string]bool{"اسوي": true, "اعمل": true, "اخد": true, "اخذ": true, "اجري": true, "اعملها": true,
	"اسويها": true, "اعمله": true, "اسويه": true, "ابني": true, "امي": true, "ابوي": true}

// goingVerbs are «يروح» (goes; goes away, the pages' «يزول») in its forms: before a destination
// (destination) it is going somewhere: «عينه بتروح لجوه» (turns inward), «بتروح عالشغل».
var goingVerbs = map[string]bool{"يروح": true, "تروح": true, "بيروح": true, "بتروح": true, "راح": true,
	"راحت": true, "رايحه": true, "رايح": true}

// destination says w, the word after a verb of going, says where to: «لجوه», «للدكتور», «عالشغل»,
// «على», «الى»; not «لحالها», «لوحده» (by itself) nor «للابد» (for ever), which say it goes away,
// nor a stop word with «ل» of its own («لما تكبر», «لحد»).
func destination(w string) bool {
	switch {
	case w == "على" || w == "علي" || w == "الى" || w == "الي" || w == "عند" || w == "لجوه" || w == "لجوا" || w == "لبره" || w == "لبرا":
		return true
	case strings.HasPrefix(w, "لحال") || strings.HasPrefix(w, "لوحد") || strings.HasPrefix(w, "للاب") || StopWord(w):
		return false
	}
	return strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "عال")
}

// verbAfter are the words of firstPersonAfter that only a verb follows («عم», «رح»): the word
// after one is read as a verb in the first person even when the pages know it as written, as
// something else.
var verbAfter = map[string]bool{"رح": true, "عم": true}

// firstPersonKey returns the key of words[i], a word the pages do not know, read as a verb in the
// first person without its «ا» after firstPersonAfter: the stop key of a function verb («رح حس»),
// else the stem the pages or lexicon know. "" when it is neither.
func (ix *Index) firstPersonKey(words []string, i int) string {
	w := words[i]
	if i == 0 || !firstPersonAfter[words[i-1]] && !firstPersonAfter[strings.TrimPrefix(words[i-1], "و")] || utf8.RuneCountInString(w) < 2 || !isArabicWord(w) || strings.HasPrefix(w, "ا") {
		return ""
	}
	v := "ا" + w
	if isStop(v) {
		return stopKey + v
	}
	if st := stemWord(v); st != "" && ix.knows(st) {
		return st
	}
	return ""
}

// onlyGuessed says whether every key of a question the pages know is a guess (guessed): a word one
// letter from a word of the pages, beside words they never use and nothing else they know
// («عاصمة استراليا» read as «استراحة»). The pages then speak of none of it. A typo in a question
// they know the rest of is still read, and so is one alone («احمراز؟»).
func (ix *Index) onlyGuessed(keys []string, guessed []bool) bool {
	anyGuess, anyUnknown := false, false
	for i, k := range keys {
		switch {
		case strings.HasPrefix(k, stopKey) || k == "":
		case guessed[i]:
			anyGuess = true
		case ix.knows(k) || ix.lex.minor[k]:
			return false
		default:
			anyUnknown = true
		}
	}
	return anyGuess && anyUnknown
}

// englishBase returns the stem of the first of an unknown English word's base forms (englishBases)
// that the pages or the lexicon know; "" when none is.
func (ix *Index) englishBase(w string) string {
	if !isLatinWord(w) {
		return ""
	}
	for _, b := range englishBases(w) {
		if st := stemWord(b); st != "" && ix.knows(st) {
			return st
		}
	}
	return ""
}

// englishBases returns the base forms an English word's inflection may hide from stemLatin, which
// only cuts endings: a noun of quality ("tightness", "short-sightedness"), a comparative or
// superlative ("stronger", "whiter", "bigger", "easier", "strongest"), an -ing or -ed form of a verb ending in e or doubling its consonant ("moving",
// "moved", "stopped", "swimming"), a British spelling ("paralyse", "minimised", "colour").
func englishBases(w string) []string {
	var out []string
	if b := englishIrregular[w]; b != "" {
		out = append(out, b)
	}
	cut := func(suffix string, min int) {
		stem, ok := strings.CutSuffix(w, suffix)
		if !ok || len(stem) < min {
			return
		}
		out = append(out, stem, stem+"e")
		if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiosl", rune(stem[n-1])) {
			out = append(out, stem[:n-1]) // "bigger", "stopped", "swimming"; not "dressed", "filled"
		}
		if strings.HasSuffix(stem, "i") {
			out = append(out, stem[:len(stem)-1]+"y") // "easier", "dried"
		}
	}
	cut("est", 3)
	cut("er", 3)
	cut("ing", 2)
	cut("ed", 2)
	// An -ing written without its g, as patients type it ("redoin", "gettin", "takin").
	if strings.HasSuffix(w, "in") && len(w) >= 5 {
		cut("in", 3)
	}
	// A quality's noun says its adjective: "tightness", "dizziness", "sightedness" (then "sighted",
	// "sight"). Not so an adverb's -ly: "normally" and "usually" say how often, not "is it normal".
	if stem, ok := strings.CutSuffix(w, "ness"); ok && len(stem) >= 3 {
		out = append(out, stem)
		if strings.HasSuffix(stem, "i") {
			out = append(out, stem[:len(stem)-1]+"y") // "dizziness"
		}
		out = append(out, englishBases(stem)...)
	}
	for _, b := range append([]string{w}, out...) {
		for _, uk := range [][2]string{{"ys", "yz"}, {"is", "iz"}, {"our", "or"}} {
			if i := strings.LastIndex(b, uk[0]); i > 0 {
				out = append(out, b[:i]+uk[1]+b[i+len(uk[0]):])
			}
		}
	}
	return out
}

// englishIrregular are the irregular English plurals, past tenses and participles patients write, with
// their base: no ending to cut says "slept" is "sleep" or "teeth" "tooth". Forms that are also words
// of their own are left out ("left" is a side, "bit" a little, "rose" a flower, "led" a light).
var englishIrregular = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(`tooth teeth|foot feet|child children|woman women|man men|mouse mice|go went gone goes|
		take took taken|eat ate eaten|fall fell fallen|break broke broken|wear wore worn|swim swam swum|
		drive drove driven|bleed bled|feel felt|sleep slept|get got gotten|give gave given|see saw seen|
		come came|run ran|grow grew grown|lose lost|wake woke woken|sit sat|stand stood|keep kept|make made|
		tell told|think thought|buy bought|bring brought|catch caught|begin began begun|bite bitten|
		drink drank drunk|freeze froze frozen|hide hid hidden|hold held|mean meant|pay paid|ride rode ridden|
		shake shook shaken|speak spoke spoken|stick stuck|swell swollen|tear tore torn|throw threw thrown|
		write wrote written|choose chose chosen|hear heard|send sent|spend spent|find found|feed fed|
		forget forgot forgotten|fly flew flown|fight fought|teach taught|understand understood`, "|") {
		f := strings.Fields(line)
		for _, form := range f[1:] {
			m[form] = f[0]
		}
	}
	return m
}()

// shortDual returns the noun of two letters whose dual the word with the article is («الخدين»,
// «الفكين», «اليدين»), whose stem keeps the ending as it would leave under three letters; "" when
// the word has no article or is no such dual. Without the article the word is as often one of
// three letters ending in ن («سنين», «يمين», «جنين»), so only the caller's knowing the noun and the
// article together make the reading.
func shortDual(w, stem string) string {
	r := []rune(stem)
	if len(r) != 4 || !definite([]rune(w)) || !hasSuffix(r, []rune("ين")) && !hasSuffix(r, []rune("ان")) {
		return ""
	}
	return string(r[:2])
}

// plainer returns the stem of w (five letters or more) without its leading preposition or
// conjunction when the pages hold w's own stem k mostly as that word with the letter, and the stem
// without it in many passages more; "" otherwise. The index holds both for such a word, so nothing
// it met is lost. Two cases: a ل the stemmer cut into («لجلسة» is «لجلس» in the passages that
// write «لجلسة», and «جلس» in all that speak of a session), and a word only a few passages write
// with the letter («بحساسية», «لجراح» beside «حساسية», «جراح»), unless the lexicon names it.
func (ix *Index) plainer(w, k string) string {
	df := ix.df[k]
	alt := altStem(w)
	n := utf8.RuneCountInString(w)
	if df == 0 || alt == "" || alt == k || n < 4 {
		return ""
	}
	if n == 4 {
		// A word of four letters only in the rare form: «بتاج» in one passage, «تاج» in many.
		if r, _ := utf8.DecodeRuneInString(w); r != 'ل' && df <= rareFormPassages && !ix.lex.vocab[k] && ix.df[alt] >= rareFormRatio*df && utf8.RuneCountInString(alt) == 3 {
			return alt
		}
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(w); r == 'ل' && !ownLam(w) && ix.df[alt] >= commonerAltRatio*df {
		return alt
	}
	if df <= rareFormPassages && !ix.lex.vocab[k] && ix.df[alt] >= rareFormRatio*df {
		return alt
	}
	return ""
}

// A word written with its preposition in rareFormPassages passages or fewer is read without it
// when rareFormRatio times as many passages have the word without it.
const rareFormPassages, rareFormRatio = 3, 3

// contentReading is the index in spellings of the first one, read with at most maxDev letters other
// than their likeliest way, that the pages use and that is no stop word; -1 if none is.
func (ix *Index) contentReading(stop string, spellings []string, deviated []int, maxDev int) int {
	for j, c := range spellings {
		if deviated[j] <= maxDev && !isStop(c) && ix.df[stemWord(c)] > 0 && oneVowelMore(c, stop) {
			return j
		}
	}
	return -1
}

// oneVowelMore says whether long is short with one long vowel letter (ا, و, ي) written in it.
func oneVowelMore(long, short string) bool {
	for i, r := range long {
		if (r == 'ا' || r == 'و' || r == 'ي') && long[:i]+long[i+utf8.RuneLen(r):] == short {
			return true
		}
	}
	return false
}

// commonerAltRatio is how many times more passages the stem without the preposition must be in.
const commonerAltRatio = 4

// ownLam says whether w is a one-letter preposition or conjunction before a word beginning with ل.
func ownLam(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	l, _ := utf8.DecodeRuneInString(w[size:])
	return strings.ContainsRune("لبفكو", r) && l == 'ل'
}

// arabiziRead is an Arabizi word's reading on its own, before its neighbours are looked at, and the
// spellings it was chosen from.
type arabiziRead struct {
	reading   string
	spellings []string
	deviated  []int
	kept      bool // a word read as it is, without spellings
}

// arabiziWord reads w, a word of an Arabizi message (egyptian as egyptianMessage says), on its own.
func (ix *Index) arabiziWord(w string, egyptian bool) arabiziRead {
	r := w
	if !isLatinWord(w) || (!looksArabizi(w) && ix.knowsAlone(stemWord(w))) {
		return arabiziRead{reading: w, kept: true}
	}
	// A spelling the pages use (or a lexicon word for what they use) beats a likelier one only the
	// lexicon knows: «ra2abti» is «رقبتي» (neck) on a page, not «ربطي» of a phrase the pages lack.
	spellings, deviated := arabiziSpellingsIn(w, maxArabiziSpellings, egyptian)
	lexOnly := ""
	// A stop word has no shadda: a word written with one is a stop word only when the pages know
	// none of its readings («tebbi» is «طبي», not «تبي»; «sawwa» is «سوا»).
	content, stop := doubledConsonant(w), ""
	for j, c := range spellings {
		// What the tests below ask of c, each worked out once: a stop word, its stem and its stem
		// without a leading preposition (pagesKnow and knowsWord each stemmed it again).
		cStop := isStop(c)
		if cStop && !content {
			r, lexOnly = c, ""
			if _, fixed := arabiziFixed[w]; !fixed && utf8.RuneCountInString(c) <= 3 {
				// A function word read letter by letter, not one of its listed spellings: a reading
				// as likely, or one letter less, that the pages use as a content word is meant
				// («lon» is «لون», colour, not «لن»; «3eni» «عيني», my eye, not «عني»).
				if k := ix.contentReading(c, spellings[j+1:], deviated[j+1:], deviated[j]+1); k >= 0 {
					r = ix.wholeReading(spellings[j+1+k:], deviated[j+1+k:])
				}
			}
			break
		}
		st, alt := "", ""
		if !cStop {
			if st = stemNonStop(c); st != "" {
				alt = altStemOf(c, st)
			}
		}
		if st != "" && (ix.reachesPages(st) || ix.reachesPages(alt)) { // pagesKnow(c) && !isStop(c)
			r, lexOnly = ix.commonerReading(ix.wholeReading(spellings[j:], deviated[j:]), spellings[j+1:], deviated[j+1:], deviated[j]+1), ""
			break
		}
		if stop == "" && cStop {
			stop = c
		}
		// A word that only qualifies a question (a count of months or years: «shhour» شهور,
		// «sneen» سنين) is known as the same word in Arabic letters is.
		if lexOnly == "" && (ix.knowsStems(c, st, alt) || ix.lex.minor[st]) {
			lexOnly = c
		}
	}
	if r == w && lexOnly == "" {
		lexOnly = stop
	}
	if lexOnly != "" {
		r = lexOnly
	}
	if r == w {
		// No reading is known as it is spelled: one may be a word the pages know as a dialect
		// says it («dahri», ضهري; «bta5od», بتاخد), which keys reads as dialect.go does.
		for _, c := range spellings[:min(len(spellings), maxArabiziDialect)] {
			if alt, stop := future(c); ix.dialectKey(c) != "" || ix.verbKey(c) != "" || alt != "" && (stop || ix.knows(alt)) {
				r = c
				break
			}
		}
	}
	return arabiziRead{reading: r, spellings: spellings, deviated: deviated}
}

// fromArabizi rewrites the Latin words of an Arabizi message in Arabic letters: each takes the first
// of its spellings that is a stop word or that the pages or lexicon know. A word already known as it
// is (an English word of the lexicon such as "pain") stays, and so does one none of whose spellings is known.
// memo, when not nil, keeps each word's reading on its own for the next messages read with it (the
// sentences of the same question).
func (ix *Index) fromArabizi(words []string, memo map[string]arabiziRead) []string {
	out := slices.Clone(words)
	egyptian := egyptianMessage(words)
	for i := 0; i < len(words); i++ {
		w := words[i]
		key := w
		if egyptian {
			key = "g " + w // one reading per dialect: no Latin word holds a space
		}
		if memo != nil {
			if n := ix.englishPhrase(words, i); n > 0 {
				i += n - 1 // "follow up" in «lazem a3mel follow up?»: English the lexicon knows, kept
				continue
			}
		}
		read, ok := memo[key]
		if !ok {
			read = ix.reads.Get(key, func() arabiziRead { return ix.arabiziWord(w, egyptian) })
			if memo != nil {
				memo[key] = read
			}
		}
		if read.kept {
			continue
		}
		out[i] = read.reading
		spellings, deviated := read.spellings, read.deviated
		if out[i] == w && i+1 < len(words) && isLatinWord(words[i+1]) && arabiziFixed[words[i+1]] == "" {
			// A word split by a typo («el gan beya», الجانبية): read with the next it may be one the
			// pages use, and the two are that one word; not with a function word («ad eh», how much).
			if c := ix.joinedReading(w + words[i+1]); c != "" {
				out[i] = c
				// A copy: the caller's words stay as they are.
				words, out = slices.Delete(slices.Clone(words), i+1, i+2), slices.Delete(out, i+1, i+2)
			}
		}
		if out[i] == w && i > 0 && isLatinWord(words[i-1]) && arabiziFixed[words[i-1]] == "" && (out[i-1] == words[i-1] || isStop(out[i-1])) {
			// The same with the word before, read as a function word or not at all: a hyphen splits
			// one word where two letters would read as a digraph («ash-hor», اشهر, not «ashhor» with
			// «sh») or before a pronoun («af7as-hom»).
			if c := ix.joinedReading(words[i-1] + w); c != "" {
				out[i-1] = c
				words, out = slices.Delete(slices.Clone(words), i, i+1), slices.Delete(out, i, i+1)
				i--
			}
			if out[i] != words[i] {
				continue
			}
		}
		if i > 0 && arabiziModals[out[i-1]] && (out[i] == w || isStop(out[i])) && arabiziFixed[w] == "" {
			// After a modal the Levantine first person drops its alif («a2dar sou2», «bade roo7»: اقدر
			// اسوق, بدي اروح): a reading that is a stop word or nothing the pages know may be the verb
			// whose first person the pages or lexicon know («اسوق», drive).
			for j, c := range spellings {
				if deviated[j] > maxModalDev {
					break
				}
				if a := "ا" + c; !isStop(a) && ix.pagesKnow(a) {
					out[i] = a
					break
				}
			}
		}
		// Only the search's own reading (with a memo) completes phrases: the clinic's urgent signs
		// (UrgentSign, through keys) are read word by word, as the red-flag batteries were fitted.
		if memo != nil {
			if c := ix.phraseReading(out, i, spellings, deviated); c != "" {
				out[i] = c
			}
		}
		if out[i] == w && startsWithCluster(w) {
			// No reading is known: the writer may have dropped the alif a word starts with before two
			// consonants («7mrar» for «احمرار», «5tilaf» for «اختلاف»).
			for _, c := range spellings {
				if a := "ا" + c; ix.pagesKnow(a) {
					out[i] = a
					break
				}
			}
		}
	}
	return out
}

// englishPhrase returns how many words from words[i] on make an English phrase of two words or more
// that the lexicon holds as a member ("follow up", "side effects"), 0 when none does. An Arabizi message
// borrows the English name of a thing as it is; read letter by letter, its words become Arabic ones
// that mean nothing («فلو اب»), while the phrase is known. Only words written without a digit, and
// none an Arabizi function word («el», «w», «fi»).
func (ix *Index) englishPhrase(words []string, i int) int {
	const most = 3
	k := i
	for k < len(words) && k < i+most {
		w := words[k]
		if !isLatinWord(w) || looksArabizi(w) || endsArabizi(w) || arabiziFixed[w] != "" || arabiziWords[w] {
			break
		}
		k++
	}
	if k-i < 2 {
		return 0
	}
	stems := keysOf(analyzeWords(words[i:k], nil)) // as the lexicon holds its members: "~up" a stop word
	best := 0
	for _, ref := range ix.lex.first[stems[0]] {
		m := ix.lex.groups[ref.group][ref.member]
		if n := len(m); n >= 2 && n <= len(stems) && n > best && slices.Equal(m, stems[:n]) {
			best = n
		}
	}
	return best
}

// maxPhraseDev is how many more letters than its own reading's a spelling may change (deviate) to
// complete a phrase with the word before («kimya2i»: «كيميائي» of «تقشير كيميائي», not «كمي»).
const maxPhraseDev = 2

// phraseReading is a spelling of the Arabizi word out[i] (read as out[i] on its own) that makes, with
// the content word before it, a phrase of the lexicon whose words the pages use, when its own reading
// makes none, or "": «el ebar el siniyye» is «الابر الصينيه» (the pages' Chinese needles), not
// «سينيه» of «الأشعة السينية», which the pages also use but which makes no phrase with needles.
func (ix *Index) phraseReading(out []string, i int, spellings []string, deviated []int) string {
	if len(spellings) < 2 || isStop(out[i]) {
		return ""
	}
	prev := ""
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if !isStop(out[j]) {
			prev = stemWord(out[j])
			break
		}
	}
	// Most words before open no two-word phrase: found before stemming any spelling, which is
	// the cost here.
	pairs := false
	for _, ref := range ix.lex.first[prev] {
		if len(ix.lex.groups[ref.group][ref.member]) == 2 {
			pairs = true
			break
		}
	}
	if !pairs {
		return ""
	}
	completes := func(st string) bool {
		for _, ref := range ix.lex.first[prev] {
			if m := ix.lex.groups[ref.group][ref.member]; len(m) == 2 && m[1] == st {
				return true
			}
		}
		return false
	}
	own, dev := stemWord(out[i]), -1
	if own == "" || completes(own) {
		return ""
	}
	for j, c := range spellings {
		if c == out[i] {
			dev = deviated[j]
			break
		}
	}
	if dev < 0 {
		return ""
	}
	for j, c := range spellings {
		if deviated[j] > dev+maxPhraseDev {
			break
		}
		if st := stemWord(c); st != "" && !isStop(c) && completes(st) && ix.pagesKnow(c) {
			return c
		}
	}
	return ""
}

// joinedReading is the first spelling of two Arabizi words written as one that is a word the pages
// use and no stop word, or "": remembered, as a word's own reading is (reads), since the slowest
// Arabizi messages spent a fifth of their time trying the same joins again.
func (ix *Index) joinedReading(joined string) string {
	return ix.joins.Get(joined, func() string {
		for _, c := range ArabiziSpellings(joined, maxArabiziSpellings) {
			if !isStop(c) && ix.pagesKnow(c) {
				return c
			}
		}
		return ""
	})
}

// knowsAlone says whether the pages use a stem, or the lexicon has it as a word of its own, not only
// inside a phrase: "disc" of "slipped disc" is no English word the pages know, and an Arabizi message
// writes it for the pages' «الديسك».
func (ix *Index) knowsAlone(st string) bool {
	if ix.df[st] > 0 {
		return true
	}
	for _, ref := range ix.lex.first[st] {
		if len(ix.lex.groups[ref.group][ref.member]) == 1 {
			return true
		}
	}
	return false
}

// arabiziModals are the modals an Arabizi message reads (arabiziFixed) before a verb in the first person:
// «can I», «I want», «must», «maybe».
var arabiziModals = map[string]bool{"اقدر": true, "فيني": true, "بدي": true, "ابي": true, "ابغي": true,
	"لازم": true, "ممكن": true, "عايز": true, "عايزه": true, "عاوز": true, "عاوزه": true}

// maxModalDev bounds how many of its letters a verb after a modal may read other than their likeliest way.
const maxModalDev = 2

// doubledConsonant says whether an Arabizi word writes a consonant twice in a row (a shadda: «tebbi»,
// «2awiyye», «shaffata»), as the dialects' function words, listed in arabiziFixed, do not.
func doubledConsonant(w string) bool {
	for i := 1; i < len(w); i++ {
		if c := w[i]; c == w[i-1] && c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiouy", rune(c)) {
			return true
		}
	}
	return false
}

// wholeReading returns the first of an Arabizi word's known readings (spellings[0] is one) that the
// pages know as a whole word, not only without a first letter read as a preposition, among those as
// likely as the first or one letter less: «kamel» is the pages' «كامل», not «كميل» («like» + «ميل»);
// «btekhaf» «بتخاف» (fears), not «بتخف» («ب» + «تخف», eases). The first when none is.
func (ix *Index) wholeReading(spellings []string, deviated []int) string {
	if ix.reachesPages(stemWord(spellings[0])) {
		return spellings[0]
	}
	for j := 1; j < len(spellings) && deviated[j] <= deviated[0]+1; j++ {
		if c := spellings[j]; !isStop(c) && ix.reachesPages(stemWord(c)) {
			return c
		}
	}
	return spellings[0]
}

// commonerReading returns, of an Arabizi word's readings one letter less likely than the reading found
// (at most maxDev letters read otherwise), the first the pages use commonerReadingRatio times as often,
// or found when none is: «nadara» at an eye clinic is «نظارة» (glasses), on every other page, before
// «نادرة» (rare), which one page says once. Not a word that only qualifies a question (a minor word,
// everywhere): «asabe3o» is «اصبع» (toe), not «اسابيع» (weeks).
func (ix *Index) commonerReading(found string, spellings []string, deviated []int, maxDev int) string {
	df := ix.reachDF(found)
	for j, c := range spellings {
		if deviated[j] > maxDev {
			break
		}
		if !isStop(c) && !ix.lex.minor[stemWord(c)] && ix.reachDF(c) >= commonerReadingRatio*max(df, 1) {
			return c
		}
	}
	return found
}

// commonerReadingRatio is how many times as many passages a less likely reading must be in.
const commonerReadingRatio = 4

// reachDF is the most passages the word's stem, or a word of a lexicon group it is a word of, is in.
func (ix *Index) reachDF(w string) int {
	st := stemWord(w)
	if st == "" {
		return 0
	}
	best := ix.df[st]
	for _, ref := range ix.lex.first[st] {
		if len(ix.lex.groups[ref.group][ref.member]) != 1 {
			continue
		}
		for _, m := range ix.lex.groups[ref.group] {
			best = max(best, ix.memberDF(m))
		}
	}
	return best
}

// startsWithCluster says whether an Arabizi word starts with two consonants, as Arabic words do not.
func startsWithCluster(w string) bool {
	u := arabiziParse(w)
	return len(u) > 2 && !isVowel(u[0].latin) && !isVowel(u[1].latin) && u[0].latin != "2"
}

// maxArabiziSpellings bounds the spellings of one Arabizi word looked up.
const maxArabiziSpellings = 64

// maxArabiziDialect bounds the spellings of one Arabizi word read as dialect when none is known.
const maxArabiziDialect = 16

// knowsWord says whether the pages or lexicon know a word: its stem, its stem without a leading
// preposition, or what backoff finds in it.
func (ix *Index) knowsWord(w string) bool {
	st := stemWord(w)
	if st == "" {
		return true
	}
	return ix.knowsStems(w, st, altStemOf(w, st))
}

// knowsStems is knowsWord of w given its stem st (not "") and altStem alt.
func (ix *Index) knowsStems(w, st, alt string) bool {
	if st == "" || ix.knows(st) {
		return true
	}
	if alt != "" && ix.knows(alt) {
		return true
	}
	return ix.backoff(w) != ""
}

// correct returns the known stem one edit from an unknown one, the one most passages use when
// several are; "" when none is.
func (ix *Index) correct(stem string) string {
	best, bestDF := "", -1
	for _, c := range ix.typos.candidates(stem) {
		df := ix.df[c]
		if df > bestDF {
			best, bestDF = c, df
		}
	}
	return best
}

// backoff finds a word the pages (or the lexicon) know inside an unknown one, by the affixes the
// stemmer leaves for fear of cutting a root: a pronoun at the end («فكي», «رقبتي», «يده»), the
// prefix of a verb's person («احقن»), a preposition before either («بيده»). "" when none is known.
func (ix *Index) backoff(w string) string {
	try := func(c string) string {
		if utf8.RuneCountInString(c) < 2 {
			return ""
		}
		if st := stemWord(c); st != "" && (ix.knows(st) || ix.lex.minor[st]) {
			return st
		}
		return ""
	}
	starts := []string{w}
	if r, size := utf8.DecodeRuneInString(w); strings.ContainsRune("لبفكو", r) && utf8.RuneCountInString(w) >= 4 {
		starts = append(starts, w[size:])
	}
	for _, b := range starts {
		for _, suf := range backoffSuffixes {
			if rest, ok := strings.CutSuffix(b, suf.cut); ok && utf8.RuneCountInString(rest) >= 2 {
				if st := try(rest + suf.add); st != "" {
					return st
				}
			}
		}
		if r, size := utf8.DecodeRuneInString(b); strings.ContainsRune("ايتن", r) && utf8.RuneCountInString(b) >= 4 {
			if st := try(b[size:]); st != "" {
				return st
			}
			// The dialects' passive «ان» after the person («ينخلع», is pulled out; «تنشال»): the verb
			// of three letters after it.
			if rest, ok := strings.CutPrefix(b[size:], "ن"); ok && utf8.RuneCountInString(rest) >= 3 {
				if st := try(rest); st != "" {
					return st
				}
			}
		}
	}
	return ""
}

// future strips the future particle of Egyptian and Levantine Arabic (ه, ح) from a verb («هحتاج»,
// «حيوجع»), or the present's ب («بحتاج», «بيوجع»), whose first person drops its alif as the future's
// does, in a word of five letters or more: it returns the verb's key, and whether it is a stop word's;
// "" when w is no such verb. Keys reads it only of a word the pages know neither as it is nor without a
// preposition («بحقن» is «حقن»).
func future(w string) (string, bool) {
	r := []rune(w)
	if len(r) < 4 || r[0] != 'ه' && r[0] != 'ح' && r[0] != 'ب' || r[0] == 'ب' && len(r) < 5 {
		return "", false // «بمية» is «ب» + «مية», water
	}
	rest := string(r[1:])
	if !strings.ContainsRune("اينت", r[1]) {
		rest = "ا" + rest // the first person drops its alif: «هحتاج» for «ه + احتاج»
	}
	if isStop(rest) {
		return stopKey + rest, true
	}
	return stemWord(rest), false
}

// backoffSuffixes are pronouns glued to a noun or verb, longest first, then a verb's own endings; a taa marbuta before a
// pronoun is written ت («رقبتي»), and comes back as ه; Levantine writes «his» و («رقبتو»).
var backoffSuffixes = []struct{ cut, add string }{
	{"تها", "ه"}, {"تهم", "ه"}, {"تي", "ه"}, {"ته", "ه"}, {"تك", "ه"}, {"تو", "ه"},
	{"ها", ""}, {"هم", ""}, {"هن", ""}, {"كم", ""}, {"نا", ""}, {"ني", ""}, {"ه", ""}, {"ي", ""}, {"ك", ""},
	// A ta marbuta written ت before the next word, as Arabizi writes a noun in construct («3amaliyet el
	// mayya», عمليت), then the person of a verb in the past («خلعت», I pulled out) and the dialects'
	// plural («يركبوا», «برجعو»).
	{"ت", "ه"}, {"ت", ""}, {"وا", ""}, {"و", ""},
}

// without are the stop keys of words that put the next out of the question («بدون فيلر»).
var without = map[string]bool{stopKey + "بدون": true, stopKey + "without": true, stopKey + "غير": true,
	stopKey + "no": true, stopKey + "not": true, stopKey + "مو": true, stopKey + "مش": true, stopKey + "بلا": true}

// knows says whether a stem occurs in the knowledge base or its lexicon.
func (ix *Index) knows(stem string) bool {
	if _, ok := ix.df[stem]; ok {
		return true
	}
	return ix.lex.vocab[stem]
}

// conceptSet is a search's concepts as stem ids, ready to be checked against passages: the
// distinct stems (ids, sorted), and each alternative of each concept as positions in ids. A stem
// that no passage has makes its alternative impossible, and it is left out.
type conceptSet struct {
	ids []int32
	// words is the length of a stemBits of the set.
	words int
	// single holds, words by words, each concept's alternatives of one stem as a stemBits: most
	// are, and a test of all at once is one AND a word.
	single []uint64
	// The others: multi[altEnd[c-1]:altEnd[c]] are concept c's; stems[stemEnd[a-1]:stemEnd[a]] are
	// alternative a's stems, as positions in ids.
	altEnd, stemEnd []int
	stems           []int
}

// newConceptSet compiles concepts, given as their infos; an alternative matches a passage when the
// passage holds each of its stems, and hasAny says whether one does (empty alternatives never match).
func newConceptSet(concepts [][][]stemInfo) conceptSet {
	var nStems, nAlts int
	for _, c := range concepts {
		nAlts += len(c)
		for _, alt := range c {
			nStems += len(alt)
		}
	}
	cs := conceptSet{ids: make([]int32, 0, nStems)}
	for _, c := range concepts {
		for _, alt := range c {
			for _, s := range alt {
				if s.id >= 0 {
					cs.ids = append(cs.ids, s.id)
				}
			}
		}
	}
	slices.Sort(cs.ids)
	cs.ids = slices.Compact(cs.ids)
	cs.words = (len(cs.ids) + 63) / 64
	cs.single = make([]uint64, len(concepts)*cs.words)
	// One allocation for the rest.
	ints := make([]int, nStems+nAlts+len(concepts))
	cs.stems, cs.stemEnd, cs.altEnd = ints[:0:nStems], ints[nStems:nStems:nStems+nAlts], ints[nStems+nAlts:nStems+nAlts]
	for ci, c := range concepts {
	alts:
		for _, alt := range c {
			if len(alt) == 0 {
				continue
			}
			start := len(cs.stems)
			for _, s := range alt {
				if s.id < 0 {
					cs.stems = cs.stems[:start]
					continue alts
				}
				i, _ := slices.BinarySearch(cs.ids, s.id)
				cs.stems = append(cs.stems, i)
			}
			if len(alt) == 1 {
				k := cs.stems[start]
				cs.single[ci*cs.words+k/64] |= 1 << (k % 64)
				cs.stems = cs.stems[:start]
				continue
			}
			cs.stemEnd = append(cs.stemEnd, len(cs.stems))
		}
		cs.altEnd = append(cs.altEnd, len(cs.stemEnd))
	}
	return cs
}

// stemInfo is what the index knows of a stem.
type stemInfo struct {
	// id is the stem's id, -1 when no passage has the stem.
	id int32
	// df is the number of passages whose own words (their document's title apart) have it.
	df int32
}

func (ix *Index) stemInfo(s string) stemInfo {
	id, ok := ix.ids[s]
	if !ok {
		id = -1
	}
	return stemInfo{id: id, df: int32(ix.df[s])}
}

// conceptInfos returns each concept's alternatives as stemInfos: a lexicon group's as Build
// compiled them, a plain word's looked up.
func (ix *Index) conceptInfos(concepts []Concept) [][][]stemInfo {
	out := make([][][]stemInfo, len(concepts))
	var plain [][]stemInfo
	for i, c := range concepts {
		if c.group >= 0 {
			out[i] = ix.members[c.group][c.member]
			continue
		}
		if len(c.Alts) > 1 { // a loanword's Arabic (loanAlts)
			out[i] = make([][]stemInfo, len(c.Alts))
			for a, alt := range c.Alts {
				out[i][a] = ix.stemInfos(alt)
			}
			continue
		}
		if plain == nil {
			plain = make([][]stemInfo, len(concepts)) // one allocation for every plain word
		}
		plain[i] = ix.stemInfos(c.Alts[0])
		out[i] = plain[i : i+1 : i+1]
	}
	return out
}

// stemInfos looks up stems.
func (ix *Index) stemInfos(stems []string) []stemInfo {
	out := make([]stemInfo, len(stems))
	for i, s := range stems {
		out[i] = ix.stemInfo(s)
	}
	return out
}

// holdsAny says whether the set has one of the sorted ids.
// namesOther says whether ids (sorted stem ids) hold one that is not among the question's stems.
func (cs *conceptSet) namesOther(ids []int32) bool {
	for _, id := range ids {
		if _, found := slices.BinarySearch(cs.ids, id); !found {
			return true
		}
	}
	return false
}

func (cs *conceptSet) holdsAny(ids []int32) bool {
	for i, j := 0, 0; i < len(cs.ids) && j < len(ids); {
		switch {
		case cs.ids[i] < ids[j]:
			i++
		case cs.ids[i] > ids[j]:
			j++
		default:
			return true
		}
	}
	return false
}

// stemBits marks which of a conceptSet's stems a passage holds, bit i for ids[i].
type stemBits []uint64

// bits returns an empty stemBits for the set.
func (cs *conceptSet) bits() stemBits {
	if cs.words <= 1 {
		return make(stemBits, 1) // small enough for the stack
	}
	return make(stemBits, cs.words)
}

// present sets inText to the set's stems that a passage's terms hold and inHead to those that
// its headings do, from the passage's termIDs (see Passage).
func (cs *conceptSet) present(inText, inHead stemBits, terms []int32) {
	clear(inText)
	clear(inHead)
	for i, j := 0, 0; i < len(cs.ids) && j < len(terms); {
		switch id := terms[j] >> 1; {
		case cs.ids[i] < id:
			i++
		case cs.ids[i] > id:
			j++
		default:
			inText[i/64] |= 1 << (i % 64)
			inHead[i/64] |= uint64(terms[j]&1) << (i % 64)
			i++
			j++
		}
	}
}

// presentIDs sets in to the set's stems that the sorted ids hold.
func (cs *conceptSet) presentIDs(in stemBits, ids []int32) {
	clear(in)
	for i, j := 0, 0; i < len(cs.ids) && j < len(ids); {
		switch {
		case cs.ids[i] < ids[j]:
			i++
		case cs.ids[i] > ids[j]:
			j++
		default:
			in[i/64] |= 1 << (i % 64)
			i++
			j++
		}
	}
}

// has says whether one of concept c's alternatives has the set's stem k (ids[k]).
func (cs *conceptSet) has(c, k int) bool {
	if cs.single[c*cs.words+k/64]&(1<<(k%64)) != 0 {
		return true
	}
	a := 0
	if c > 0 {
		a = cs.altEnd[c-1]
	}
	if a == cs.altEnd[c] {
		return false // no alternative of more than one stem
	}
	s := 0
	if a > 0 {
		s = cs.stemEnd[a-1]
	}
	return slices.Contains(cs.stems[s:cs.stemEnd[cs.altEnd[c]-1]], k)
}

// elided says whether passage p's heading names concept c by the first word of one of its phrases
// that p's page title says whole, that word first, in one of the things it joins: a heading leaves out what its
// page's title has said, as «مخاطر الزراعة» on the page «زراعة الأسنان وعلاج العصب» speaks of
// «زراعة الأسنان» (of «يزرعون لي»). The first word of an Arabic construct is what it names; the rest
// only tells which, so «أسنان الأطفال» on a page titled «تبييض الأسنان وأسنان الأطفال» does not
// name «تبييض الأسنان».
func (cs *conceptSet) elided(inHead stemBits, p *Passage, c int) bool {
	if len(p.pageParts) == 0 {
		return false
	}
	a := 0
	if c > 0 {
		a = cs.altEnd[c-1]
	}
	for ; a < cs.altEnd[c]; a++ {
		s := 0
		if a > 0 {
			s = cs.stemEnd[a-1]
		}
		k := cs.stems[s]
		if inHead[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		parts := p.headsOf(cs.ids[k])
		for s++; s < cs.stemEnd[a]; s++ {
			parts &= p.partsOf(cs.ids[cs.stems[s]])
		}
		if parts != 0 {
			return true
		}
	}
	return false
}

// countedOf returns the stem id of what a question asking how many counts, the word after the
// question word («كم جلسة»: the sessions), or -1.
func (ix *Index) countedOf(words []string) int32 {
	for i, w := range words {
		if askWords[w] == askHowMuch && i+1 < len(words) {
			if id, ok := ix.ids[stemWord(words[i+1])]; ok {
				return id
			}
			return -1
		}
	}
	return -1
}

// headHolds says whether the passage's heading (or FAQ question) holds the stem id.
func (p *Passage) headHolds(id int32) bool {
	_, found := slices.BinarySearch(p.termIDs, id<<1|1)
	return found
}

// hasAny says whether the stems in hold every stem of at least one of concept c's alternatives.
func (cs *conceptSet) hasAny(in stemBits, c int) bool {
	for w, single := range cs.single[c*cs.words : (c+1)*cs.words] {
		if in[w]&single != 0 {
			return true
		}
	}
	a := 0
	if c > 0 {
		a = cs.altEnd[c-1]
	}
	for ; a < cs.altEnd[c]; a++ {
		s := 0
		if a > 0 {
			s = cs.stemEnd[a-1]
		}
		all := true
		for ; s < cs.stemEnd[a]; s++ {
			if k := cs.stems[s]; in[k/64]&(1<<(k%64)) == 0 {
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

// ConceptWeight is one concept of a question as Search weighs it, for explaining a search.
type ConceptWeight struct {
	// Said is what the patient wrote for it, as stems ("" when only stop words).
	Said string
	// Weight is its share of the question; Known says the knowledge base has it somewhere,
	// Specific that it is in at most a third of the passages.
	Weight          float64
	Known, Specific bool
}

// Explain returns the concepts Search reads in text, with their weights.
func (ix *Index) Explain(text string) []ConceptWeight {
	qq, _, _ := ix.read(Query{Text: text})
	out := make([]ConceptWeight, len(qq.concepts))
	for i, c := range qq.concepts {
		out[i] = ConceptWeight{Weight: qq.weights[i] / qq.total, Specific: qq.specific[i]}
		if len(c.Alts) > 0 {
			out[i].Said = strings.Join(c.Alts[0], " ")
		}
		for _, alt := range qq.infos[i] {
			for _, s := range alt {
				out[i].Known = out[i].Known || s.df > 0
			}
		}
		out[i].Known = out[i].Known || len(ix.stopPhraseDocs(c)) > 0 // as read weighs it
	}
	return out
}

// A patient often says what they do not have before what they ask («ما فيني تورم ولا ضيق تنفس، بس
// وجهي محمر بعد التقشير، طبيعي؟», "no pain and no vision loss, just some burning after LASIK", «ما
// عندي حرارة والجرح نظيف، …»): the signs denied are what a passage on urgent care lists, and they
// would pull the question there. So a denial is not searched for, up to the end of its clause: a
// "but", an "and" that opens a clause («والجرح نظيف»), or a stop («،», «.»). Not when the clause asks
// («مافي حل غير النظارة؟»: is there none?), nor when the message ends on it (what it ends on is told
// as part of what is asked), nor when nothing else is left: the question may be what it denies («ما
// فيني تورم ولا ضيق تنفس»). A denial within a clause that has named
// something («هل الليزر بدون ألم؟», «اجريه مبسطين ما في قوس») describes that thing, unless a "but"
// follows it.
// (Triage reads the whole message on its own.)

// denials open a denial on their own; denyVerbs are what «ما», «مو», «مش», «لا» deny having or feeling.
var (
	denials = map[string]bool{"مافي": true, "مافيه": true, "مافيش": true, "مفيش": true, "ماعندي": true, "ماعند": true,
		"ماعنده": true, "بدون": true, "no": true, "without": true}
	denyNegations = map[string]bool{"ما": true, "مو": true, "مش": true, "مب": true, "لا": true, "ليس": true}
	denyVerbs     = map[string]bool{"عند": true, "عندي": true, "عنده": true, "عندها": true, "عندو": true, "فيني": true,
		"فيه": true, "في": true, "فيها": true, "فيو": true, "يوجد": true, "حاس": true, "احس": true, "حسيت": true,
		"اعاني": true, "يعاني": true, "تعاني": true, "لدي": true, "عنديش": true}
	// buts end a denial: what follows is what is asked.
	buts = map[string]bool{"بس": true, "لكن": true, "لاكن": true, "بل": true, "but": true, "just": true, "only": true,
		"however": true}
	// denyGoesOn are the connectives a denial goes on through («ما عندي ألم ولا احمرار», "no swelling or
	// anything"): the things joined are denied too.
	denyGoesOn = map[string]bool{"ولا": true, "او": true, "or": true, "nor": true}
)

// clause ends, as clauseEnds gives them, after a word.
const (
	goesOn   = iota // the clause goes on
	stops           // a stop: «،», «.», «!», a new line, a dash
	asksHere        // a question mark
)

// clauseEnds says, of each of the n words text has (as Words reads them), how its clause ends after
// it; nil when text does not have n words.
func clauseEnds(text string, n int) []int8 {
	ends := make([]int8, n)
	i, in := 0, false
	for _, r := range text {
		f := foldRune(r)
		switch {
		case f == 0:
		case isWordRune(f):
			if !in {
				if i == n {
					return nil
				}
				in = true
				i++
			}
		default:
			in = false
			if i == 0 {
				continue
			}
			switch r {
			case '?', '؟':
				ends[i-1] = asksHere
			case ',', '،', '.', '!', ';', '؛', '\n', '—', '–', ':':
				if ends[i-1] == goesOn {
					ends[i-1] = stops
				}
			}
		}
	}
	if i != n {
		return nil
	}
	return ends
}

// opensDenial says whether the word at i (of n) opens a denial, and how many words the opening takes.
func opensDenial(word func(int) string, n, i int) int {
	w := word(i)
	if rest, ok := strings.CutPrefix(w, "و"); ok && (denials[rest] || denyNegations[rest]) {
		w = rest // «ومفيش», «وما عندي»
	}
	switch {
	case denials[w]:
		return 1
	case denyNegations[w] && i+1 < n && denyVerbs[word(i+1)]:
		return 2
	case w == "لا" && (i+2 < n && word(i+2) == "ولا" || i+3 < n && word(i+3) == "ولا"):
		return 1 // «لا حرارة ولا احمرار»: neither … nor
	}
	if !englishFirst[w] {
		return 0
	}
next:
	for _, d := range englishDenials {
		if i+len(d) > n {
			continue
		}
		for k, dw := range d {
			if word(i+k) != dw {
				continue next
			}
		}
		return len(d)
	}
	return 0
}

// unsuited are the verbs of suiting that «ما», «مش», «مو», «لا» deny of a treatment: it does not suit
// the patient, it cannot be done for them.
var unsuited = wordSet(`ينفع بينفع ينفعلي بينفعلي ينفعلك بينفعلك ينفعله بينفعله ينفعلها يصلح يصلحلي يصلحلك بيصلح يناسب
	يناسبني يناسبك يناسبه بيناسب بيناسبني مناسب مناسبه مناسبة`)

// unsuitedKey and suitedKey are the keys of «عدم مناسبة», the pages' words for a thing's not suiting
// («عدم مناسبة الليزك»).
var unsuitedKey, suitedKey = func() (string, string) {
	k := keysOf(analyzeWords([]string{"عدم", "مناسب"}, nil))
	if len(k) != 2 {
		return "", ""
	}
	return k[0], k[1]
}()

// toldUnsuited reads a treatment the patient was told does not suit them («قالوا ما ينفع لي ليزك،
// وش الحل؟», «الدكتور قال الليزك مش مناسب ليا، يعني مفيش حل؟») as the pages say it: the «ما» of a
// clause that tells, not asks, is their «عدم», and the passage saying what is left when it does not suit
// («لا يعني عدم مناسبة الليزك أن المريض لا يمكن علاجه») answers it, not the treatment's own. Not in
// the clause the message asks («ما ينفع اسوي ليزر وانا حامل؟») nor in its last one. words are the keys'
// words and text the message.
func toldUnsuited(keys, words []string, text string) {
	if len(words) != len(keys) || unsuitedKey == "" {
		return
	}
	ends := clauseEnds(text, len(keys))
	if ends == nil {
		return
	}
	for i := 0; i+1 < len(words); i++ {
		if !denyNegations[strings.TrimPrefix(words[i], "و")] || !unsuited[words[i+1]] {
			continue
		}
		j := i + 1
		for j < len(words)-1 && ends[j] == goesOn {
			j++
		}
		if ends[j] == stops && j < len(words)-1 {
			keys[i], keys[i+1] = unsuitedKey, suitedKey // «ينفع» is also "it helps"
		}
	}
}

// englishDenials deny having in English, as Words writes them ("don't" is "don t").
var englishDenials = [][]string{{"don", "t", "have"}, {"dont", "have"}, {"do", "not", "have"}, {"doesn", "t", "have"},
	{"doesnt", "have"}, {"does", "not", "have"}, {"didn", "t", "have"}, {"didnt", "have"}, {"haven", "t", "had"},
	{"havent", "had"}, {"have", "not", "had"}, {"hasn", "t", "had"}, {"hasnt", "had"}, {"never", "had"},
	{"not", "having"}}

// englishFirst are the first words of englishDenials.
var englishFirst = func() map[string]bool {
	out := map[string]bool{}
	for _, d := range englishDenials {
		out[d[0]] = true
	}
	return out
}()

// opensClause says whether word w, of key k, opens a new clause: a "but", «و» on its own or as the
// conjunction the stemmer took off a word («والجرح» → «جرح»), or joined to a stop word («وعندي»).
func opensClause(w, k string) bool {
	if buts[w] || w == "و" || w == "and" || w == "w" {
		return true
	}
	rest, ok := strings.CutPrefix(w, "و")
	if !ok || rest == "" || denyGoesOn[w] {
		return false
	}
	if strings.HasPrefix(k, stopKey) {
		return StopWord(rest) || denials[rest]
	}
	return !strings.HasPrefix(k, "و")
}

// hedge turns "kind of" and "sort of" into stop keys where they soften what follows ("this is kind
// of random", "I'm sort of worried", "it kind of hurts"): after a copula, a pronoun or a verb of
// seeming, not after a determiner, where they ask for a kind ("what kind of frames", "this kind of
// laser"). words are the keys' words.
func hedge(keys, words []string) {
	if len(words) != len(keys) {
		return
	}
	for i := 1; i+2 < len(words); i++ {
		if (words[i] == "kind" || words[i] == "sort") && words[i+1] == "of" && hedgeAfter[words[i-1]] {
			keys[i] = stopKey + keys[i]
		}
	}
}

// howLongTake returns keys with "how long does X take" read as "how long does it take" followed by X:
// English splits the phrase around its subject («how long does a root canal take», «how long will the
// session take»), which asks what «كم تستغرق» asks, the lexicon's "how long does it take", not how
// long something lasts and, apart, a "take". Only after an auxiliary right after "how long", and with at
// most a few words of subject before the verb: "how long do I have to take the drops" asks how long
// to keep taking them. words are the keys' words; keys is returned as it is when nothing moves.
func howLongTake(keys, words []string) []string {
	if len(words) != len(keys) {
		return keys
	}
	for i := 1; i+2 < len(words); i++ {
		if words[i-1] != "how" || words[i] != "long" || !auxiliaries[words[i+1]] {
			continue
		}
		for j := i + 2; j < len(words) && j <= i+6; j++ {
			if words[j] == "to" || words[j] == "have" || words[j] == "before" || words[j] == "after" || words[j] == "until" || words[j] == "till" {
				break
			}
			if words[j] == "take" || words[j] == "takes" {
				out := make([]string, 0, len(keys)+1)
				out = append(out, keys[:i+1]...)
				out = append(out, stopKey+"does", stopKey+"it", keys[j]) // as the lexicon's phrase
				out = append(out, keys[i+2:j]...)
				return append(out, keys[j+1:]...)
			}
		}
	}
	return keys
}

// teller turns into stop keys the keys of whoever a message says told the patient what it goes on
// to ask about: «الدكتور قال لابوي عنده موية بيضا», "my doctor said I have dry eye", «أخبرنا الطبيب
// أن…». The doctor is the teller there, not what is asked about, and the passages that name a
// doctor in passing («أخبر الطبيب عن أدويتك») answer nothing of it. words are the keys' words.
func teller(keys, words []string) {
	if len(words) != len(keys) {
		return
	}
	tells := func(j int) bool { return j >= 0 && j < len(words) && tellWords[words[j]] }
	for i, w := range words {
		if !tellers[w] && !tellers[strings.TrimPrefix(w, "و")] { // «والدكتور قال»
			continue
		}
		// The teller, then the telling («الدكتور قال», "doctor said"); or the telling, a «لي» or the
		// thing given at most, then the teller («قال لي الدكتور», «أخبرنا الطبيب», «وصفلي ياه
		// الدكتور»). The doctor who gave or prescribed what is asked about («الكريم اللي عطاني
		// الدكتور») tells as much.
		// And the doctor the patient speaks to («بصي يا دكتورة», «يا دكتور»), who asks nothing either.
		told := i > 0 && words[i-1] == "يا" ||
			tells(i+1) || tells(i-1) ||
			i > 1 && tells(i-2) && tellTo[words[i-1]] ||
			whoseTeller(words, i, tells)
		if told {
			keys[i] = stopKey + keys[i]
		}
	}
}

// performer reads a question asking who does the treatment («مين لازم يحقن؟», «مين يعمللي الحقن؟»,
// "who should do the injection?", "does it matter who injects it?") as asking of the doctor: the
// pages answer it where they say who must do it («يجب أن يتم الإجراء بواسطة مختص…»), in words the
// patient did not write. The who becomes the doctor's key. Not whom a treatment suits («مين يقدر
// يسوي بوتوكس؟», "who can get it?"): the dialects' light verbs of getting a treatment done («يسوي»,
// «يعمل») ask who does it only with the injection or operation after them, or done for the patient
// («يعمللي»). words are the keys' words.
func performer(keys, words []string) {
	if len(words) != len(keys) {
		return
	}
	for i, w := range words {
		if w != "مين" && w != "منو" && w != "who" {
			continue
		}
		j := i + 1
		for j < len(words) && j <= i+2 && performFillers[words[j]] {
			j++ // «مين لازم يحقن», "who should actually do"
		}
		if j >= len(words) {
			continue
		}
		v := words[j]
		if performVerbs[v] || lightDoVerbs[v] && j+1 < len(words) && performedThings[strings.TrimPrefix(words[j+1], "ال")] {
			keys[i] = doctorKey
		}
	}
}

// performFillers may stand between who and the doing; performVerbs say doing a treatment to someone
// whatever follows; lightDoVerbs only with the thing done after them (performedThings).
var (
	performFillers  = wordSet(`لازم المفروض بيقدر رح should will would actually can could is going to`)
	performVerbs    = wordSet(`يحقن بيحقن تحقن بتحقن يحقنني يحقني بيحقني يحقنك يعمللي بيعمللي يعملي بيعملي يسويلي بيسويلي يسوولي يجري بيجري يجريها injects inject injected injecting performs perform performed operates operate does do did`)
	lightDoVerbs    = wordSet(`يسوي بيسوي يعمل بيعمل يسوون يعملو يعملوا يقوم`)
	performedThings = wordSet(`حقن حقنه ابره ابر عمليه اجراء بالحقن بالعمليه بالاجراء`)
)

// doctorKey is the key of «طبيب», a doctor.
var doctorKey = stemWord(Normalize("طبيب"))

// whoseTeller says whether the teller at words[i] is named with whose or where it is («الدكتور بتاعي
// قال», «الدكتور في مستشفى ثاني قال», «دكتور بمركز تاني قلي», "the doctor at the other clinic said")
// before the telling: up to maxTellerApart words, the first of them a word of whose or where.
func whoseTeller(words []string, i int, tells func(int) bool) bool {
	if i+1 >= len(words) || !tellerOf[words[i+1]] && !strings.HasPrefix(words[i+1], "ب") {
		return false
	}
	for j := i + 2; j <= i+1+maxTellerApart && j < len(words); j++ {
		if tells(j) {
			return true
		}
	}
	return false
}

// maxTellerApart is the most words naming whose or where a teller is between it and the telling.
const maxTellerApart = 3

// tellerOf open a teller's whose or where: «بتاعي», «تبعي», «حقي», «في», «عند», "at", "in".
var tellerOf = wordSet(`بتاعي بتاعتي تبعي حقي حقتي في فى عند من at in from`)

// againVerb turns into a stop key the dialects' «ارجع» (I go back) before another verb in the first
// person: there it says "again" («متى ارجع اسوق؟», «رح ارجع البس نظارة؟», «arja3 asoo2»), and what
// is asked is the other verb, not a return (the pages' «العودة إلى الرياضة»). words are the keys'
// words.
func againVerb(keys, words []string) {
	if len(words) != len(keys) {
		return
	}
	for i := 0; i+1 < len(words); i++ {
		if againWords[strings.TrimPrefix(words[i], "و")] && firstPersonVerb(words[i+1]) && !againWords[words[i+1]] {
			keys[i] = stopKey + words[i]
		}
	}
}

// againWords are «ارجع» (I go back) in the forms that say "again" before a verb.
var againWords = wordSet(`ارجع برجع حرجع هرجع بارجع`)

// asksOfTheAge says whether normalised words ask of an age itself: «بهالعمر», «في هذا العمر», «عمرها
// كبير عليه», «كبيره عليه», "at her age", "too old for".
func asksOfTheAge(words []string) bool {
	for i, w := range words {
		if thisAge[w] {
			return true
		}
		next := func(set map[string]bool) bool { return i+1 < len(words) && set[words[i+1]] }
		if (w == "هذا" || w == "هاد" || w == "هذه" || w == "ده" || w == "this") && next(ageNouns) ||
			w == "at" && next(agePossessive) && i+2 < len(words) && words[i+2] == "age" ||
			w == "too" && next(agedWords) ||
			agedWords[w] && next(onItWords) {
			return true
		}
	}
	return false
}

var (
	// thisAge are the words for "at this age", "at her age" in one word.
	thisAge = wordSet(`بهالعمر هالعمر بهالسن هالسن بعمري بعمرها بعمره بعمرك بسني بسنها بسنه`)
	// ageNouns are age and years, after "this".
	ageNouns = wordSet(`العمر السن عمر age`)
	// agePossessive are the owners of an age after "at".
	agePossessive = wordSet(`my her his their this that your`)
	// agedWords say old, and onItWords for it: «كبيره عليه», «عمرها كبير عليه», "too old".
	agedWords = wordSet(`كبير كبيره old older`)
	onItWords = wordSet(`عليه عليها عليهم for`)
)

// namesER says whether normalised words name the emergency department by its English letters: "ER",
// "A&E" (split into "a" and "e"). isUrgent, which also reads the pages, leaves them out: inside words
// they are everywhere.
func namesER(words []string) bool {
	for i, w := range words {
		if w == "er" || w == "a" && i+1 < len(words) && words[i+1] == "e" {
			return true
		}
	}
	return false
}

// lastAsTime turns into a stop key the English "last" that dates the patient's story ("last week", "the
// last few months", "last time I had it"): it asks nothing of how long a result lasts, the aspect the
// lexicon reads in "last". words are the keys' words.
func lastAsTime(keys, words []string) {
	if len(words) != len(keys) {
		return
	}
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "last" && lastDated[words[i+1]] {
			keys[i] = stopKey + words[i]
		}
	}
}

// lastDated are the words after "last" that make it a date: a time, a count of them, a visit.
var lastDated = wordSet(`few couple two three four five six year years week weeks month months night time times day days
	summer winter spring autumn weekend session sessions visit visits appointment treatment round`)

// askingAhead turns into stop keys a patient's saying that they ask ahead of a booking or a visit
// («قبل ما احجز بدي اعرف شو الأعراض الجانبية», «ممكن يصير نزيف بعد الخلع؟ اسأل بس قبل الموعد», "just
// asking before I book"): when they ask, not what, which the passages on preparing before a treatment
// («التحضير قبل الخلع») would otherwise answer. Only in a message with a word of asking or wanting to
// know: «ايش احضر قبل الموعد؟» asks what to do before it. words are the keys' words.
func askingAhead(keys, words []string) {
	if len(words) != len(keys) || !slices.ContainsFunc(words, func(w string) bool { return askingWords[w] }) {
		return
	}
	for i, w := range words {
		if w != "قبل" && w != "before" {
			continue
		}
		j := i + 1
		for j < len(words) && j <= i+2 && aheadFillers[words[j]] {
			j++ // «قبل ما احجز», "before I book", "before my appointment"
		}
		if j < len(words) && visitWords[words[j]] {
			for k := i; k <= j; k++ {
				keys[k] = stopKey + keys[k]
			}
		}
	}
}

// evenIf turns into stop keys a concession that closes a question («ضرس العقل لازم ينشال حتى لو ما
// يوجعني؟», "even if it doesn't hurt"): the condition it sets aside is not what is asked, and the
// passage about the pain of the extraction does not answer whether it must come out. Only after
// something asked (two words at least) and up to the clause's end, at most maxConcession words;
// words are the keys' words, and text the message, whose stops end the concession.
func evenIf(keys, words []string, text string) {
	if len(words) != len(keys) {
		return
	}
	var ends []int8
	for i := 2; i+1 < len(words); i++ {
		n := 0
		switch {
		case (words[i] == "حتى" || words[i] == "حتي") && i+1 < len(words) && (words[i+1] == "لو" || words[i+1] == "اذا" || words[i+1] == "ولو"):
			n = 2
		case words[i] == "even" && (words[i+1] == "if" || words[i+1] == "though"):
			n = 2
		}
		if n == 0 {
			continue
		}
		if ends == nil {
			if ends = clauseEnds(text, len(words)); ends == nil {
				return
			}
		}
		if ends[i-1] != goesOn {
			continue // «…؟ حتى لو…» opens a clause of its own
		}
		end := i + n
		for end < len(words) && end < i+n+maxConcession && ends[end-1] == goesOn {
			end++
		}
		// Only a concession that denies («حتى لو ما يوجعني», "even if it doesn't hurt"): the state
		// the patient is in. One that names a place or a case («حتى لو قاعده بالبيت؟») asks of it.
		if !slices.ContainsFunc(words[i+n:end], func(w string) bool { return concessionNot[w] }) {
			return
		}
		for k := i; k < end; k++ {
			keys[k] = stopKey + keys[k]
		}
		return
	}
}

// thanBefore turns into a stop key the «قبل» of a comparison with before («الحبوب أكتر من قبل», «أحسن
// من قبل», "worse than before"): it tells that something changed, not what to do before a treatment,
// and the passages on preparing («التحضير قبل الجلسة») answer nothing of it. words are the keys' words.
func thanBefore(keys, words []string) {
	if len(words) != len(keys) {
		return
	}
	for i := 2; i < len(words); i++ {
		if (words[i] == "قبل" && words[i-1] == "من" || words[i] == "before" && words[i-1] == "than") && comparatives[words[i-2]] {
			keys[i] = stopKey + keys[i]
		}
	}
}

// thanOther reads a comparison of two things («الطبي بيطول مفعوله أكتر من التجميلي», "last longer
// than the cosmetic kind") as asking their difference: the comparative's stop key becomes the key of
// «فرق», so a heading on the difference between them («الفرق بين الاستخدام الطبي والتجميلي») is what
// is asked, not the one on how long the effect lasts. What follows «من»/"than" must be a thing: a
// noun with the article (not a time: «أحسن من الأول»), «بتاع» (that of), or "the"/"a"; not a number
// or a person («أكثر من خمس سنوات», «أكثر من دكتور»), nor before (thanBefore). words are the keys'
// words.
func thanOther(keys, words []string) {
	if len(words) != len(keys) {
		return
	}
	for i := 1; i+1 < len(words); i++ {
		if !(words[i] == "من" || words[i] == "than") || !(comparatives[words[i-1]] || longerWords[words[i-1]]) ||
			!strings.HasPrefix(keys[i-1], stopKey) && !longerWords[words[i-1]] {
			continue
		}
		next := words[i+1]
		thing := false
		switch {
		case words[i] == "than":
			thing = next == "the" || next == "a" || next == "an"
		case next == "بتاع" || next == "بتاعه" || next == "تبع":
			thing = true
		case strings.HasPrefix(next, "ال") && utf8.RuneCountInString(next) > 3:
			thing = !whenStemsOf(keys[i+1]) && !earlierWords[next]
		}
		if thing {
			keys[i-1] = differenceKey
		}
	}
}

// longerWords compare lengths («أطول», "longer"): content words, which a comparison of two things
// reads as their difference too.
var longerWords = wordSet(`اطول أطول longer`)

// earlierWords are the times a comparison with before names («أحسن من الأول»).
var earlierWords = wordSet(`الاول الأول الاولى الأولى السابق الماضي`)

// differenceKey is the key of «فرق», the difference between two things.
var differenceKey = stemWord(Normalize("فرق"))

// whenStemsOf says whether a key is a word of time (saysWhen's).
func whenStemsOf(k string) bool {
	return saysWhen(Concept{Alts: [][]string{{k}}})
}

// comparatives compare with what was before: more, less, better, worse, bigger.
var comparatives = wordSet(`اكثر اكتر أكثر أكتر اقل أقل احسن أحسن اسوا أسوأ اسوء اوحش أوحش اكبر أكبر اصغر أصغر اشد أشد اخف أخف
	more less better worse bigger smaller`)

// concessionNot are the negations that make a concession a denial.
var concessionNot = wordSet(`ما مش مو مب موب مهو مهي مبين ماني not no dont don't doesnt doesn't isnt isn't`)

// childKey is the key of «طفل», a child.
var childKey = stemWord(Normalize("طفل"))

// adultAge is the age from which a person is no longer a child.
const adultAge = 18

// ageBefore are the words after which a number is an age: «عمر» with a pronoun or a preposition.
var ageBefore = normalSet(`عمري عمره عمرها عمرك عمرو عمرهم وعمري وعمره وعمرها لعمر بعمر عمر`)

// childBefore name a child or son before a number of years («لولد 15 سنة»).
var childBefore = normalSet(`ولد لولد ولدي بنت لبنت بنتي ابني ابنتي طفل لطفل طفلي`)

// childAge says whether normalised words tell the age of someone under adultAge: a number after
// «عمره» («ولدي عمره 15», «ليزك لعمر ١٥»), or a number of years after «عند» with a pronoun or a
// child («بنتي عندها ١٤ سنة», «لولد 15 سنة»); not the years since something («من 5 سنين»).
func childAge(words []string) bool {
	for i := 1; i < len(words); i++ {
		n, err := strconv.Atoi(words[i])
		if err != nil || n < 1 || n >= adultAge {
			continue
		}
		if ageBefore[words[i-1]] {
			return true
		}
		if i+1 < len(words) && yearWords[words[i+1]] && (haveWords[words[i-1]] || childBefore[words[i-1]]) {
			return true
		}
	}
	return false
}

// maxConcession is how many words after «حتى لو» a concession may hold.
const maxConcession = 5

// askingWords say that the patient asks or wants to know.
var askingWords = wordSet(`اسال اسأل بسال باسال سؤال سؤالي استفسر استفسار اعرف بعرف نعرف asking ask question wondering wonder know`)

// aheadFillers stand between «قبل», "before" and the booking or visit.
var aheadFillers = wordSet(`ما لا i my the we our`)

// visitWords name booking or coming to the clinic.
var visitWords = wordSet(`احجز نحجز الحجز حجز موعد الموعد موعدي اجي نجي اجيكم اجيلكم ازوركم الزياره زيارتي
	book booking booked appointment visit visiting come coming`)

// tellers are those who tell a patient what they have.
var tellers = wordSet(`الدكتور الدكتوره دكتور دكتوره الدكتورة الطبيب الطبيبه الطبيبة طبيب طبيبي دكتوري دكتورتي الحكيم الحكيمه حكيمي
	doctor doc dentist dermatologist ophthalmologist physiotherapist physio gp`)

// tellWords are verbs of telling, in the dialects and in English.
var tellWords = wordSet(`قال قالت قالي قلي قاللي قلها قلو قله حكالي حكالنا قالتلي قالتلنا قاللنا قالنا قالولي قالوا قالو قالها قالتله قاله
	بيقول يقول تقول بتقول يقولي يقوللي بيقولي اخبرني اخبرنا اخبرتني اخبرتنا اخبر نصح نصحني نصحنا نصحتني شخص شخصني شخصت
	اقترح اقترحت اقترحلي وصف وصفلي وصفتلي وصفها وصفه كتبلي كتب كتبه كتبها عطاني اعطاني عطتني
	said says told tells advised diagnosed thinks reckons suggested recommended prescribed`)

// tellTo are the words between a verb of telling and its teller: to whom it was told, or the thing
// given («وصفلي ياه الدكتور»).
var tellTo = wordSet(`لي لنا الي النا لابوي لامي لابني لبنتي me us ياه اياه ياها اياها`)

// auxiliaries open the verb phrase of an English question after its question word.
var auxiliaries = wordSet(`does do did will would should could can is are`)

// hedgeAfter are the words after which "kind of" softens, not asks for a kind.
var hedgeAfter = wordSet(`is am are was were be been m s re i it you he she we they its im youre thats
	feel feels felt look looks looked seem seems seemed get gets got just also really so but and still`)

// deny turns the keys of what a message denies into stop keys no lexicon member matches (see above);
// words are the keys' words, and text the message, whose stops bound a denial when it has those words.
func deny(keys, words []string, text string) {
	if len(words) != len(keys) {
		return
	}
	word := func(i int) string { return words[i] }
	found := false
	for i := range keys {
		if opensDenial(word, len(keys), i) > 0 {
			found = true
			break
		}
	}
	if !found {
		return
	}
	ends := clauseEnds(text, len(keys))
	denied := make([]bool, len(keys))
	named := false // the clause has named something before the denial
	for i := 0; i < len(keys); {
		w := word(i)
		if i > 0 && opensClause(w, keys[i]) || i > 0 && ends != nil && ends[i-1] != goesOn {
			named = false
		}
		n := opensDenial(word, len(keys), i)
		if n == 0 {
			named = named || !strings.HasPrefix(keys[i], stopKey)
			i++
			continue
		}
		// The denial runs to the end of its clause, and takes at least the word after it («ما عندي
		// وخز»: a word that opens as «و» does is what is denied).
		j := i + n
		for j < len(keys) && !(ends != nil && ends[j-1] != goesOn) && (j == i+n || !opensClause(word(j), keys[j])) {
			j++
		}
		switch {
		case ends != nil && ends[j-1] == asksHere:
			// «مافي حل غير النظارة؟»: asked, not denied.
		case j == len(keys):
			// What a message ends on it does not put aside («…، ما في حرارة ولا صديد»): it is told as
			// part of what is asked.
		case named && !buts[word(j)]:
			// «هل الليزر بدون ألم؟», «اجريه مبسطين ما في قوس، …»: a description of what the clause
			// names; only a "but" after it tells it was a denial.
		default:
			for k := i; k < j; k++ {
				denied[k] = true
			}
		}
		i = j
	}
	left := false
	for i, k := range keys {
		if !denied[i] && !strings.HasPrefix(k, stopKey) {
			left = true
			break
		}
	}
	if !left {
		return // nothing but the denial: what it denies is what is asked
	}
	for i, k := range keys {
		if denied[i] {
			// A stop key twice marked: no lexicon member starts so, not even one of stop words (the
			// «نفس» of «ضيق نفس» is also "same", of the group for a difference).
			keys[i] = deniedKey + strings.TrimPrefix(k, stopKey)
		}
	}
}

// deniedKey marks a denied word's key (deny).
const deniedKey = stopKey + stopKey

// loanAlts gives a concept said in Latin letters only, a word the lexicon has no Arabic for, the
// pages' Arabic word whose consonants it writes (loanword): "subcision", which a summary page in
// English says, is «السبسشن» on the Arabic page that tells of it. The slice of Alts is replaced, not
// appended to: it is shared with the lexicon.
func (ix *Index) loanAlts(concepts []Concept) {
	for i, c := range concepts {
		if len(c.Alts) != 1 || len(c.Alts[0]) != 1 || !isLatinWord(c.Alts[0][0]) {
			continue
		}
		if lw := ix.loanword(c.Alts[0][0]); lw != "" {
			concepts[i].Alts = [][]string{c.Alts[0], {lw}}
		}
	}
}

// lengthConcept says whether a concept asks the length of something in the patient's own word for
// it: a noun («مدة», «مدتها», "duration") or "how long"; not a verb of the language layer's group
// («ضلت», «يرجع»), which tells a story as often as it asks.
func lengthConcept(c Concept) bool {
	if c.group < 0 || len(c.Alts) == 0 || len(c.Alts[0]) != 1 {
		return false
	}
	lengthOnce.Do(func() {
		lengthStems = map[string]bool{}
		for _, st := range Stems("مدة المدة مدته مدتها مدتو duration how long") {
			lengthStems[st] = true
		}
	})
	return lengthStems[c.Alts[0][0]]
}

var (
	lengthOnce  sync.Once
	lengthStems map[string]bool
)

// headingKeys are a heading's keys (keysOf), remembered: the same few headings come up question
// after question.
func (ix *Index) headingKeys(heading string) []string {
	if heading == "" {
		return nil
	}
	return ix.headKeys.Get(heading, func() []string { return keysOf(Analyze(heading)) })
}

// phraseCandidates adds to top, last, the passages that say a concept of the question only stop words
// can say («مع بعض», «في كل مرة»), which no term of the search finds: a passage saying it among
// many words of the question's others ranks below twenty that say those more often. Only a phrase
// few passages say (a specific concept), a few of them, in place of the last of a full top.
// The count of passages added is shared by the concepts: a second concept's passages go above the
// first's, not over them; and they never take more than the top's last half, which the search found.
func (ix *Index) phraseCandidates(top []scored, qq question) []scored {
	added := 0
	for ci, c := range qq.concepts {
		if !qq.specific[ci] {
			continue
		}
		mine := 0
		for _, d := range ix.stopPhraseDocs(c) {
			if mine == phraseAdded {
				break
			}
			if slices.ContainsFunc(top, func(s scored) bool { return s.doc == d }) {
				continue
			}
			if len(top) < cap(top) {
				top = append(top, scored{doc: d})
			} else if slot := len(top) - 1 - added; slot >= len(top)/2 {
				top[slot] = scored{doc: d}
			} else {
				return top
			}
			added++
			mine++
		}
	}
	return top
}

// phraseAdded is how many passages phraseCandidates adds for one concept.
const phraseAdded = 3

// stopPhraseDocs returns the passages that say, in their heading or their text, a member of c's
// group made of stop words only (Lexicon.stopPhrases), found at Build; none when it has none.
func (ix *Index) stopPhraseDocs(c Concept) []int32 {
	if c.group < 0 {
		return nil
	}
	return ix.phraseDocs[c.group]
}

// holdsPhrase says whether a heading's keys hold one of phrases (keys of stop words, see keysOf) as
// written.
func holdsPhrase(keys []string, phrases [][]string) bool {
	for _, m := range phrases {
		for i := 0; i+len(m) <= len(keys); i++ {
			if slices.Equal(keys[i:i+len(m)], m) {
				return true
			}
		}
	}
	return false
}

// orRisk makes a stop key of the risk a yes-or-no question offers as its other answer: «ينفع أعمل
// العملية ولا فيها خطر عليا؟», «تناسبني ولا فيها ضرر؟», "is it ok or is it dangerous?" ask whether
// the treatment is allowed the patient (the condition they tell), which a page question naming that
// condition answers; the risk is the no of the question, not the complications asked about. Only
// when a word of may or of being fine («ينفع», «اقدر», «عادي», «امن») stands before «ولا», and
// nothing but «في» before the risk and a «على» after it.
func orRisk(keys, words []string) {
	if len(words) != len(keys) {
		return
	}
	may := false
	for i, w := range words {
		if mayWords[w] || fineWords[w] {
			may = true
			continue
		}
		if !may || w != "ولا" && w != "or" {
			continue
		}
		j := i + 1
		for j < len(words) && riskThere[words[j]] {
			j++
		}
		if j >= len(words) || !riskWords[words[j]] {
			continue
		}
		k := j + 1
		for k < len(words) && riskOn[words[k]] {
			k++
		}
		if k+1 < len(words) {
			continue // more is asked after it
		}
		keys[j] = stopKey + words[j]
	}
}

// orWait makes a stop key of the waiting a question offers as its other answer, last: «أقدر أسوي
// الليزر الحين ولا أستنى؟», «ينفع ولا لازم انتظر؟», "can I have it now or wait?" ask whether the
// thing may be done now, which the passage on what the patient tells answers («تجنب الليزر خلاله»);
// the waiting is the no of the question, and weighed as a thing asked about it drew the search to
// whatever page says «انتظار». Only the wait verb ending the question, after «ولا» and a must.
func orWait(keys, words []string) {
	if len(words) != len(keys) || len(words) < 3 {
		return
	}
	i := len(words) - 1
	if !waitWords[words[i]] {
		return
	}
	j := i - 1
	for j > 0 && waitMust[words[j]] {
		j--
	}
	if words[j] == "ولا" || words[j] == "or" || words[j] == "او" {
		keys[i] = stopKey + words[i]
	}
}

// waitWords are the first-person verbs of waiting («أستنى», «أصبر», "wait"); waitMust the musts
// before one («ولا لازم أستنى؟», "or should I wait?").
var (
	waitWords = wordSet(`استنى استنا استني انتظر ننتظر نستنى اصبر نصبر اتريث اتاخر اأجل اجل wait`)
	waitMust  = wordSet(`لازم بدي ابي ابغى ابغي اضل اظل يجب ينبغي افضل should i must have to better`)
)

// fineWords say a thing is fine or may be done, asked yes or no («اقدر اسوي؟», «عادي؟», «امن؟»);
// riskWords name a risk or harm; riskThere and riskOn the words around it in «ولا فيها خطر عليا».
var (
	fineWords = wordSet(`اقدر بقدر نقدر فيني فيها عادي امن امنه امنة safe ok okay can allowed`)
	riskWords = wordSet(`خطر خطير خطيره خطوره ضرر يضر بيضر تضر بتضر مضر risk risky dangerous harmful unsafe`)
	riskThere = wordSet(`في فيه فيها فيو فيهم is it there any`)
	riskOn    = wordSet(`عليا علي عليه عليها عليهم عليي على`)
)
