package knowledge

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
	index "github.com/blevesearch/bleve_index_api"
)

// analyzerName is the bleve analyzer of the index's fields. Build runs Analyze itself, once per text,
// and hands bleve the stems separated by spaces, so bleve's analysis is only a split and the questions
// (searched with term queries of the same stems) meet the text on exactly one analysis.
const analyzerName = "faqbot-stems"

func init() {
	registry.RegisterAnalyzer(analyzerName, func(map[string]any, *registry.Cache) (analysis.Analyzer, error) {
		return stemsAnalyzer{}, nil
	})
}

type stemsAnalyzer struct{}

// Analyze splits text at its spaces. Build writes the stems with a space after each (stemText),
// and a stem holds letters and digits only, so that is what bytes.Fields would do, without its
// look-ups of every Arabic letter in Unicode's tables; the tokens take one allocation, not one each.
func (stemsAnalyzer) Analyze(text []byte) analysis.TokenStream {
	n := bytes.Count(text, []byte{' '}) + 1
	toks := make([]analysis.Token, 0, n)
	out := make(analysis.TokenStream, 0, n)
	for f := range bytes.SplitSeq(text, []byte{' '}) {
		if len(f) > 0 {
			toks = append(toks, analysis.Token{Term: f, Position: len(toks) + 1, Start: 0, End: len(f), Type: analysis.AlphaNumeric})
			out = append(out, &toks[len(toks)-1])
		}
	}
	return out
}

// stemText returns the stems (and prefix-less alternatives) of terms as one space-separated string,
// and adds them to set (if not nil).
func stemText(terms []Term, set map[string]struct{}) string {
	n := 0
	for _, t := range terms {
		n += len(t.Stem) + len(t.Alt) + 2
	}
	var b strings.Builder
	b.Grow(n) // one allocation, not one each time the text outgrows the last
	for _, t := range terms {
		for _, s := range [2]string{t.Stem, t.Alt} {
			if s == "" {
				continue
			}
			b.WriteString(s)
			b.WriteByte(' ')
			if set != nil {
				set[s] = struct{}{}
			}
		}
	}
	return b.String()
}

// Passage is the unit answers are cut from: a paragraph or list of a section (a paragraph that ends in
// a colon travels with the list it introduces), or one FAQ answer.
type Passage struct {
	// Key is "doc#section": what a follow-up question's topic refers to.
	Key      string
	DocID    string
	DocTitle string
	// Section is the heading the passage stands under (the question, for a FAQ answer).
	Section string
	// Question is the FAQ question when the passage is a FAQ answer.
	Question string
	Text     string
	// Context is the whole section when it is short enough to be one answer, else empty.
	Context string
	// intro and items are set on a passage that is a list of more than two items: a question about
	// one of them is answered with that item under the list's introduction, not the whole list.
	intro string
	items []answerItem
	// Questions are alternate phrasings from front matter.
	Questions []string
	// lead is the heading written straight above the passage's text (Block.Lead), if any: it
	// counts as a heading of the passage's own.
	lead string
	// defines says the passage tells what something is (see definesSomething).
	defines bool
	// bareList says the passage is a list without an introduction of its own.
	bareList bool
	// answerLen is Answer's length in runes (answerRunes), counted once at Build: a window of a
	// long section is sized from its passages' lengths on every search.
	answerLen int
	// asks is the kind of answer its heading or FAQ question asks for (see askOf), if it is a question.
	asks int8
	// pageHead says the passage stands under its page's own title (the page's opening): its heading
	// names what every passage of the page is about.
	pageHead bool
	// pageIDs are the ids (Index.ids) of its document's title stems, sorted; the passages of one
	// document share them.
	pageIDs []int32
	// pageOnly are the ids of its document's title stems that the passage, headings and questions
	// included, does not say itself, sorted: it holds them only through the page's title.
	pageOnly []int32
	// headPage are the ids of its document's title stems that its own headings name, when it has
	// pageOnly: which of the things the page's title names its section is about.
	headPage []int32
	// pageTopic says its page's title names a treatment or condition (Lexicon.Topic): the page is
	// about what its title names, and a passage of it that does not name what a question asks is
	// about something else (see topicMiss).
	pageTopic bool
	// pageParts say which of the things its page's title joins each stem of the title belongs to
	// (titleParts).
	pageParts []titleStem
	// terms are the stems of the passage with its headings, questions and document title; titleTerms
	// those of its headings and questions alone. Build fills them, then turns them into termIDs,
	// which a search reads far faster: the ids (Index.ids) of terms, sorted, each shifted left by
	// one bit, the bit set when the stem is in titleTerms.
	terms, titleTerms map[string]struct{}
	termIDs           []int32
	// headTopics are the ids of the treatments and conditions (one-word "topic:" members) its own
	// headings and questions name, sorted: a heading word is read in their sense (see Search).
	headTopics []int32
	// headThings are those of headTopics whose thing is in at most a third of the passages
	// (Hit.Specific's measure), by whichever word of its group (topicDF): the clinic's own subject,
	// named all over its pages, is not another thing a heading is about.
	headThings []int32
	// topics are the same named anywhere in the passage or its page's title.
	topics []int32
	// textPhrases are the lexicon groups one of whose members made of stop words only («في كل مره»)
	// its text says (Lexicon.stopPhrases), found at Build.
	textPhrases []int32
}

// Index answers searches over a knowledge base. It is immutable once built and safe for concurrent use.
type Index struct {
	docs     []*Document
	lex      *Lexicon
	bleve    bleve.Index
	passages []Passage
	df       map[string]int
	// ids numbers every stem of the passages and their list items. The stems numbered below
	// indexed are those in a field of a passage: a query term outside them cannot match.
	ids     map[string]int32
	indexed int32
	scoring bm25
	// members holds the Alts of each lexicon group member (Lexicon.alts) as stemInfos.
	members [][][][]stemInfo
	// topics holds, per passage key, the stems of the heading of the first passage with that key:
	// what a follow-up question is read in the light of.
	topics map[string]topic
	// typos finds the known stems one edit from a misspelt one.
	typos typoIndex
	// dialect finds the known stems a dialect's spelling of them shifts (dialect.go).
	dialect  dialectIndex
	closed   atomic.Bool
	sections int
	faqs     int
	redFlags []RedFlagRule // the clinic's own red flags (clinic.go)
	signs    []urgentSign  // what the pages send to urgent care (urgent.go)
	effects  []urgentSign  // what the pages describe as a treatment's expected effects (urgent.go)
	// loans maps the consonants of the pages' Arabic words to their stems (loanword.go), made once.
	loans     map[string]string
	loansOnce sync.Once
	facts     passageFacts // what the ranking knows of each passage beyond its words (passages.go)
	// reads remembers Arabizi words read on their own (arabiziWord) across messages: patients'
	// words repeat, and a reading (its spellings, each looked up) costs some microseconds.
	reads Memo[string, arabiziRead]
	// headKeys remembers headings' keys (headingKeys); joins two Arabizi words' reading as one
	// (joinedReading).
	headKeys Memo[string, []string]
	joins    Memo[string, string]
	// phraseDocs holds, per lexicon group, the passages whose heading or text says one of its members
	// made of stop words only (stopPhraseDocs), found at Build: reading passages' texts at search time
	// cost a search megabytes.
	phraseDocs map[int][]int32
	// topicSaid marks the "topic:" groups one of whose members of several words a passage (its heading
	// or text) holds every word of: a treatment the pages name only by words found on different pages
	// («العلاج» here, «الماء» there, a hydrotherapy pool nowhere) is not one they write of.
	topicSaid map[int32]bool
}

// phraseUnion returns the groups of a and b, each once.
func phraseUnion(a, b []int32) []int32 {
	out := slices.Clone(a)
	for _, g := range b {
		if !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	return out
}

// Field boosts: a patient's words in a heading or an FAQ question say more about the topic than the
// same words in running text. boostHead was 1.8; 2.2, fitted on the five clinics' tune halves, lets
// the section whose heading names what is asked («جلسات الضوء النبضي للجفون» for «jalsat el IPL
// t3awer?») beat a neighbour that says the same words in passing, and loses no clinic anything
// (2.1 and 2.3 each lose one question somewhere: the optimum is narrow).
// Headings and questions share one field: each field costs a term searcher per query word.
const (
	fieldText = "text"
	fieldHead = "head"
	boostText = 1.0
	boostHead = 2.2
)

// Open loads the documents, lexicon and red flags (RedFlagsFile) of fsys and builds their index.
func Open(fsys fs.FS) (*Index, error) {
	docs, err := Load(fsys)
	lx, lerr := LoadLexicon(fsys)
	rf, rerr := LoadRedFlags(fsys)
	if err != nil || lerr != nil || rerr != nil {
		return nil, mergeLoadErrors(err, lerr, rerr)
	}
	ix, err := Build(docs, lx)
	if ix != nil {
		ix.redFlags = rf
	}
	return ix, err
}

func mergeLoadErrors(errs ...error) error {
	var all LoadError
	var other []error
	for _, err := range errs {
		var le *LoadError
		switch {
		case err == nil:
		case errors.As(err, &le):
			all.Problems = append(all.Problems, le.Problems...)
		default:
			other = append(other, err)
		}
	}
	if len(other) > 0 {
		return errors.Join(append(other, &all)...)
	}
	return &all
}

// Build indexes docs in one batch in an in-memory scorch index with BM25 scoring, then reads bleve's
// postings and scores once (readBM25) for Search to combine as bleve's disjunction would.
func Build(docs []*Document, lx *Lexicon) (*Index, error) {
	if lx == nil {
		lx = NewLexicon()
	}
	ix := &Index{docs: docs, lex: lx, df: map[string]int{}, ids: map[string]int32{}}
	signsDone := make(chan []urgentSign, 1)
	go func() { signsDone <- urgentSignsOf(docs) }()
	effectsDone := make(chan []urgentSign, 1)
	go func() { effectsDone <- effectsOf(docs) }()
	// The documents are cut into passages on every core, then put together in their order.
	perDoc := make([][]Passage, len(docs))
	parallel(min(runtime.GOMAXPROCS(0), max(1, len(docs)/32)), len(docs), func(share iter.Seq[int]) {
		for i := range share {
			perDoc[i] = passagesOf(docs[i])
		}
	})
	n := 0
	for i, d := range docs {
		ix.sections += len(d.Sections)
		ix.faqs += len(d.FAQs)
		n += len(perDoc[i])
	}
	ix.passages = make([]Passage, 0, n)
	for _, ps := range perDoc {
		ix.passages = append(ix.passages, ps...)
	}
	perDoc = nil
	b, err := bleve.NewUsing("", indexMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("knowledge: create index: %w", err)
	}
	// Analysis is most of the build: run it on every core, each worker with its own memo of stems.
	type fields struct{ text, head string }
	out := make([]fields, len(ix.passages))
	sections := make([][]string, len(ix.passages)) // the stems of each passage's heading
	workers := min(runtime.GOMAXPROCS(0), max(1, len(ix.passages)/256))
	phrases := lx.phraseStarts()
	topicStarts := lx.topicPhraseStarts()
	topicSays := make([][]int32, len(ix.passages))   // the topic groups each passage says as a phrase
	headPhrases := make([][]int32, len(ix.passages)) // the stop-phrase groups each heading says
	parallel(workers, len(ix.passages), func(share iter.Seq[int]) {
		memo := map[string]Term{}
		titles := map[string]string{} // the stems of the document titles met, as stemText gives them
		for i := range share {
			p := &ix.passages[i]
			if p.answerLen == 0 { // passagesOf counted those of a short section's
				p.answerLen = p.answerRunes()
			}
			p.titleTerms = map[string]struct{}{}
			head := stemText(analyzeWith(p.Section+"\n"+p.Question+"\n"+p.lead+"\n"+strings.Join(p.Questions, "\n"), memo), p.titleTerms)
			words := analyzeWords(wordsOf(normalUnhooked(p.Text)), memo)
			// Sized for the text's stems and the headings', so it is not grown and rehashed as they go in.
			p.terms = make(map[string]struct{}, len(words)+len(p.titleTerms))
			for t := range p.titleTerms {
				p.terms[t] = struct{}{}
			}
			for k := range p.items {
				p.items[k].terms = map[string]struct{}{}
				stemText(analyzeWith(p.items[k].text, memo), p.items[k].terms)
			}
			if p.Section != p.DocTitle {
				t, ok := titles[p.DocTitle]
				if !ok {
					t = stemText(analyzeWith(p.DocTitle, memo), nil)
					titles[p.DocTitle] = t
				}
				head += t
			}
			if len(phrases) > 0 {
				p.textPhrases = lx.saysPhrases(keysOf(words), phrases)
			}
			text := stemText(words, p.terms)
			out[i] = fields{text, head}
			if len(topicStarts) > 0 {
				topicSays[i] = lx.saysTopics([][]Term{words, analyzeWith(p.Section+"\n"+p.Question+"\n"+p.lead+"\n"+strings.Join(p.Questions, "\n"), memo)}, topicStarts)
			}
			sec := analyzeWith(p.Section, memo)
			for _, t := range sec {
				if t.Stem != "" {
					sections[i] = append(sections[i], t.Stem)
				}
			}
			if len(phrases) > 0 {
				headPhrases[i] = lx.saysPhrases(keysOf(sec), phrases)
			}
		}
	})

	for _, gs := range topicSays {
		for _, g := range gs {
			if ix.topicSaid == nil {
				ix.topicSaid = map[int32]bool{}
			}
			ix.topicSaid[g] = true
		}
	}
	for i := range ix.passages {
		for _, g := range phraseUnion(headPhrases[i], ix.passages[i].textPhrases) {
			if ix.phraseDocs == nil {
				ix.phraseDocs = map[int][]int32{}
			}
			ix.phraseDocs[int(g)] = append(ix.phraseDocs[int(g)], int32(i))
		}
	}
	batch := b.NewBatch()
	docTitles := map[string]map[string]struct{}{} // document id → stems of its title, analysed once
	for i := range ix.passages {
		p := &ix.passages[i]
		for t := range p.terms { // the passage's own words, before its document's title joins them
			ix.df[t]++
			if _, ok := ix.ids[t]; !ok {
				ix.ids[t] = int32(len(ix.ids))
			}
		}
		titleSet, ok := docTitles[p.DocID]
		if !ok {
			titleSet = map[string]struct{}{}
			stemText(Analyze(p.DocTitle), titleSet)
			docTitles[p.DocID] = titleSet
		}
		var pageOnly, headPage []string
		for t := range titleSet {
			if _, own := p.terms[t]; !own {
				pageOnly = append(pageOnly, t)
			} else if _, head := p.titleTerms[t]; head {
				headPage = append(headPage, t)
			}
			p.terms[t] = struct{}{}
			if _, ok := ix.ids[t]; !ok {
				ix.ids[t] = int32(len(ix.ids))
			}
		}
		if len(pageOnly) > 0 {
			p.pageOnly = make([]int32, len(pageOnly))
			for k, t := range pageOnly {
				p.pageOnly[k] = ix.ids[t]
			}
			slices.Sort(p.pageOnly)
		}
		if len(pageOnly) > 0 && len(headPage) > 0 {
			p.headPage = make([]int32, len(headPage))
			for k, t := range headPage {
				p.headPage[k] = ix.ids[t]
			}
		}
		if err := batch.Index(strconv.Itoa(i), map[string]any{fieldText: out[i].text, fieldHead: out[i].head}); err != nil {
			return nil, fmt.Errorf("knowledge: index %s: %w", p.Key, err)
		}
	}
	ix.indexed = int32(len(ix.ids))
	pageIDs := make(map[string][]int32, len(docTitles))
	for id, set := range docTitles {
		pageIDs[id] = ix.lookupIDs(set, nil)
	}
	parts := make(map[string][]titleStem, len(docs))
	for _, d := range docs {
		if _, ok := parts[d.ID]; !ok {
			parts[d.ID] = ix.titleParts(d.Title)
		}
	}
	titled := make(map[string]bool, len(docs)) // the pages whose titles name a treatment or condition
	for _, d := range docs {
		for _, c := range lx.Concepts(keysOf(Analyze(d.Title))) {
			titled[d.ID] = titled[d.ID] || lx.Topic(c)
		}
	}
	for i := range ix.passages {
		ix.passages[i].pageIDs = pageIDs[ix.passages[i].DocID]
		ix.passages[i].pageParts = parts[ix.passages[i].DocID]
		ix.passages[i].pageTopic = titled[ix.passages[i].DocID]
	}
	// bleve indexes the batch while the stems become ids.
	batchErr := make(chan error, 1)
	go func() { batchErr <- b.Batch(batch) }()
	// words are the spellings the pages and the lexicon know, for the typo and dialect indexes.
	words := func(yield func(string) bool) {
		for s := range ix.df {
			if !yield(s) {
				return
			}
		}
		for s := range lx.vocab {
			if !yield(s) {
				return
			}
		}
	}
	typosDone := make(chan typoIndex, 1)
	dialectDone := make(chan dialectIndex, 1)
	go func() {
		dialectDone <- newDialectIndex(words)
	}()
	go func() {
		typosDone <- newTypoIndex(words)
	}()
	sectionIDs := make([][]int32, len(ix.passages))
	var missing [][]string // per worker: stems of list items that no passage field has
	missing = make([][]string, workers)
	parallel(workers, len(ix.passages), func(share iter.Seq[int]) {
		for i := range share {
			p := &ix.passages[i]
			p.termIDs = make([]int32, 0, len(p.terms))
			for t := range p.terms {
				id := ix.ids[t] << 1
				if _, ok := p.titleTerms[t]; ok {
					id |= 1
				}
				p.termIDs = append(p.termIDs, id)
				if lx.topicStems[t] {
					p.topics = append(p.topics, id>>1)
					if id&1 == 1 {
						p.headTopics = append(p.headTopics, id>>1)
						if ix.topicDF(lx, t)*3 <= len(ix.passages) {
							p.headThings = append(p.headThings, id>>1)
						}
					}
				}
			}
			slices.Sort(p.termIDs)
			slices.Sort(p.headTopics)
			slices.Sort(p.headThings)
			slices.Sort(p.topics)
			for k := range p.items {
				p.items[k].ids = ix.lookupIDs(p.items[k].terms, func(s string) { missing[i%workers] = append(missing[i%workers], s) })
			}
			for _, s := range sections[i] {
				// Always there: the heading is in the passage's head field.
				if id, ok := ix.ids[s]; ok {
					sectionIDs[i] = append(sectionIDs[i], id)
				}
			}
		}
	})
	if slices.ContainsFunc(missing, func(m []string) bool { return len(m) > 0 }) {
		for i := range ix.passages {
			for k := range ix.passages[i].items {
				it := &ix.passages[i].items[k]
				it.ids = ix.lookupIDs(it.terms, func(s string) {
					id := int32(len(ix.ids))
					ix.ids[s] = id
					it.ids = append(it.ids, id)
				})
				slices.Sort(it.ids)
			}
		}
	}
	for i := range ix.passages {
		p := &ix.passages[i]
		p.terms, p.titleTerms = nil, nil
		for k := range p.items {
			p.items[k].terms = nil
		}
	}
	ix.members = make([][][][]stemInfo, len(lx.alts))
	for g, members := range lx.alts {
		ix.members[g] = make([][][]stemInfo, len(members))
		for m, alts := range members {
			for _, alt := range alts {
				ix.members[g][m] = append(ix.members[g][m], ix.stemInfos(alt))
			}
		}
	}
	ix.topics = map[string]topic{}
	for i := range ix.passages {
		if _, ok := ix.topics[ix.passages[i].Key]; !ok {
			ix.topics[ix.passages[i].Key] = topic{stems: sectionIDs[i]}
		}
	}
	ix.signs = <-signsDone
	ix.effects = <-effectsDone
	ix.typos = <-typosDone
	ix.dialect = <-dialectDone
	if err := <-batchErr; err != nil {
		return nil, fmt.Errorf("knowledge: build index: %w", err)
	}
	ix.bleve = b
	bi, err := b.Advanced()
	if err == nil {
		ix.scoring, err = readBM25(bi, ix.ids, int(ix.indexed), workers)
	}
	if err != nil {
		return nil, errors.Join(fmt.Errorf("knowledge: read the index's postings: %w", err), b.Close())
	}
	ix.facts = ix.passageFacts()
	return ix, nil
}

// titleStem is a stem of a page's title (its id) and the parts of the title it is in, a bit each.
type titleStem struct {
	id    int32
	parts uint16
	// heads has the bits of the parts whose first word it is: what the part names («زراعة» of
	// «زراعة الأسنان»), the rest telling which.
	heads uint16
}

// titleParts cuts a page's title into the things it joins («إصابات الركبة والكتف والتأهيل بعد
// الجراحة»: «إصابات الركبة», «الكتف», «التأهيل بعد الجراحة»), at punctuation and at a word joined by
// «و» or "and", and returns its stems with the parts each is in, by id. A thing said by means of
// another («تصحيح النظر بالليزك») is one part.
func (ix *Index) titleParts(title string) []titleStem {
	in, heads := map[int32]uint16{}, map[int32]uint16{}
	part := 0
	for _, piece := range strings.FieldsFunc(title, func(r rune) bool { return strings.ContainsRune(":،,;؛–|/&", r) }) {
		first := true // no word of the part has been read yet
		for k, w := range Words(piece) {
			if k > 0 && (w == "and" || strings.HasPrefix(w, "و") && utf8.RuneCountInString(w) > 3) {
				part++
				first = true
			}
			if w == "and" {
				continue
			}
			for _, t := range analyzeWords([]string{w}, nil) {
				for _, st := range [2]string{t.Stem, t.Alt} {
					if id, ok := ix.ids[st]; ok && st != "" {
						in[id] |= 1 << min(part, 15)
						if first {
							heads[id] |= 1 << min(part, 15)
						}
					}
				}
				first = first && t.Stem == ""
			}
		}
		part++
	}
	out := make([]titleStem, 0, len(in))
	for id, m := range in {
		out = append(out, titleStem{id, m, heads[id]})
	}
	slices.SortFunc(out, func(a, b titleStem) int { return int(a.id - b.id) })
	return out
}

// partsOf returns the parts of its page's title (pageParts) the stem id is in; 0 when it is not in the title.
func (p *Passage) partsOf(id int32) uint16 {
	k, found := slices.BinarySearchFunc(p.pageParts, id, func(t titleStem, id int32) int { return int(t.id - id) })
	if !found {
		return 0
	}
	return p.pageParts[k].parts
}

// headsOf returns the parts of its page's title (pageParts) whose first word is the stem id.
func (p *Passage) headsOf(id int32) uint16 {
	k, found := slices.BinarySearchFunc(p.pageParts, id, func(t titleStem, id int32) int { return int(t.id - id) })
	if !found {
		return 0
	}
	return p.pageParts[k].heads
}

// parallel runs body on each of workers goroutines and waits for them; each gets its share of
// 0..n-1 to range over.
func parallel(workers, n int, body func(share iter.Seq[int])) {
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			body(func(yield func(int) bool) {
				for i := w; i < n; i += workers {
					if !yield(i) {
						return
					}
				}
			})
		})
	}
	wg.Wait()
}

// topic is what a follow-up question on a passage key is searched with: the ids of the stems of
// the heading.
type topic struct{ stems []int32 }

// lookupIDs returns the ids of a set of stems, sorted; a stem without one is given to missing.
// It only reads ix.ids, so workers may call it at once.
func (ix *Index) lookupIDs(set map[string]struct{}, missing func(string)) []int32 {
	out := make([]int32, 0, len(set))
	for t := range set {
		if id, ok := ix.ids[t]; ok {
			out = append(out, id)
		} else if missing != nil {
			missing(t)
		}
	}
	slices.Sort(out)
	return out
}

func indexMapping() mapping.IndexMapping {
	im := bleve.NewIndexMapping()
	im.ScoringModel = index.BM25Scoring
	im.DefaultAnalyzer = analyzerName
	dm := bleve.NewDocumentStaticMapping()
	for _, f := range []string{fieldText, fieldHead} {
		fm := bleve.NewTextFieldMapping()
		fm.Analyzer = analyzerName
		fm.Store = false
		fm.IncludeInAll = false
		fm.IncludeTermVectors = false
		fm.DocValues = false
		dm.AddFieldMappingsAt(f, fm)
	}
	// No composite _all field: no field goes into it, yet bleve would still build it for every
	// passage (a tenth of the build of a large knowledge base).
	dm.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
	im.DefaultMapping = dm
	return im
}

// maxAnswerRunes is the longest section given whole as an answer; a longer one gives the passage.
// A section of four paragraphs on one treatment (what it is, a session, after it, who may not have
// it) runs to 1,100 runes, and each paragraph alone answers only a quarter of what patients ask of it
// («حامل… فيني اعمل موجات تصادمية؟» found the paragraph naming their condition, not the one on
// pregnancy). 1,200 runes, with the line naming the page's language, still fit in one WhatsApp
// message of Twilio's (1,600 characters). Raised from 900, which split all such sections: no tune
// question was lost.
const maxAnswerRunes = 1200

// Answer is the text to show for the passage: its whole section when that is short, else itself. A
// list with nothing to introduce it is given under its heading: bare items answer nothing.
func (p *Passage) Answer() string {
	if p.Context != "" {
		return p.Context
	}
	if p.bareList && p.Section != "" {
		return lead(p.Section) + p.Text
	}
	return p.Text
}

// answerRunes is the length in runes of Answer, counted without building it.
func (p *Passage) answerRunes() int {
	if p.Context != "" {
		return utf8.RuneCountInString(p.Context)
	}
	n := utf8.RuneCountInString(p.Text)
	if p.bareList && p.Section != "" {
		if strings.HasSuffix(p.Section, "?") || strings.HasSuffix(p.Section, "؟") {
			n += utf8.RuneCountInString(p.Section) + 1
		} else {
			n += utf8.RuneCountInString(strings.TrimRight(p.Section, ":：")) + 2
		}
	}
	return n
}

// lead is a heading put before a list it introduces: a question as it is, anything else with a colon.
func lead(heading string) string {
	if strings.HasSuffix(heading, "?") || strings.HasSuffix(heading, "؟") {
		return heading + "\n"
	}
	return strings.TrimRight(heading, ":：") + ":\n"
}

type answerItem struct {
	text  string
	terms map[string]struct{} // Build's; then ids, as for Passage
	ids   []int32
}

// passagesOf cuts a document into passages.
func passagesOf(d *Document) []Passage {
	var out []Passage
	for si, s := range d.Sections {
		key := d.ID + "#" + s.ID
		qs := s.Questions
		if si == 0 {
			qs = append(append([]string(nil), d.Questions...), qs...)
		}
		var pending []string
		var intro, blockLead string // blockLead: the first pending block's Lead
		var items []string
		var last BlockKind // of the block last pending
		flush := func() {
			if len(pending) == 0 {
				return
			}
			p := Passage{Key: key, DocID: d.ID, DocTitle: d.Title, Section: s.Title,
				Text: strings.Join(pending, "\n"), Questions: qs, lead: blockLead}
			if len(items) > 2 && intro == "" {
				intro = strings.TrimSuffix(lead(s.Title), "\n") // «من يناسبه تصحيح النظر؟», not «…؟:»
			}
			if len(items) > 2 {
				p.intro, p.items = intro, make([]answerItem, len(items))
				for i, it := range items {
					p.items[i] = answerItem{text: it}
				}
			}
			p.defines = definesSomething(s.Title, p.Text)
			p.bareList = len(pending) == 1 && last == List && p.lead == "" // a lead introduces it
			p.asks = int8(headingAsk(s.Title))
			p.pageHead = s.Title == d.Title
			out = append(out, p)
			pending, intro, items, blockLead = nil, "", nil, ""
		}
		start := len(out)
		var whole []string
		for _, b := range s.Blocks {
			text := b.Text
			if b.Lead != "" {
				text = b.Lead + "\n" + text // shown as the page shows it
				if len(pending) == 0 {
					blockLead = b.Lead
				}
			}
			pending = append(pending, text)
			whole = append(whole, text)
			last = b.Kind
			if b.Kind == Paragraph && (strings.HasSuffix(b.Text, ":") || strings.HasSuffix(b.Text, "：")) {
				intro = b.Text
				continue // an introduction travels with what it introduces
			}
			if b.Kind == List {
				items = b.Items
			}
			flush()
		}
		flush()
		// A short section is one answer: its paragraphs lean on each other.
		if len(out)-start > 1 {
			// Its passages' Answer is ctx, its length in runes counted here once (answerRunes).
			ctx := strings.Join(whole, "\n\n")
			if n := utf8.RuneCountInString(ctx); n <= maxAnswerRunes {
				if len(s.Blocks) > 0 && s.Blocks[0].Kind == List && s.Title != "" {
					l := lead(s.Title) // as for a bare list (Answer)
					ctx, n = l+ctx, n+utf8.RuneCountInString(l)
				}
				for i := start; i < len(out); i++ {
					out[i].Context, out[i].answerLen = ctx, n
				}
			}
		}
	}
	for _, f := range d.FAQs {
		out = append(out, Passage{Key: d.ID + "#" + f.ID, DocID: d.ID, DocTitle: d.Title, Section: f.Question,
			Question: f.Question, Text: f.Answer, defines: definesSomething(f.Question, f.Answer),
			asks: int8(headingAsk(f.Question))})
	}
	return out
}

// Close releases the bleve index; searching a closed index finds nothing.
func (ix *Index) Close() error {
	ix.closed.Store(true)
	return ix.bleve.Close()
}

// Docs returns the indexed documents.
func (ix *Index) Docs() []*Document { return ix.docs }

// Stats says what the index holds.
type Stats struct {
	Documents, Sections, FAQs, Passages, LexiconGroups, LexiconMembers int
}

func (ix *Index) Stats() Stats {
	return Stats{Documents: len(ix.docs), Sections: ix.sections, FAQs: ix.faqs, Passages: len(ix.passages),
		LexiconGroups: ix.lex.Groups(), LexiconMembers: ix.lex.Members()}
}

// idf is BM25's inverse document frequency of a stem over passages; unseen stems get the weight of
// the rarest seen ones, so one unknown word cannot outweigh a whole question.
func (ix *Index) idf(df int) float64 {
	if df < 1 {
		df = 1
	}
	n := float64(len(ix.passages))
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

func stemSet(s string) map[string]struct{} {
	m := map[string]struct{}{}
	for _, t := range Analyze(s) {
		if t.Stem != "" {
			m[t.Stem] = struct{}{}
		}
		if t.Alt != "" {
			m[t.Alt] = struct{}{}
		}
	}
	return m
}

func errorsIsNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }

// topicDF is the most passages any one-word member of the treatment or condition groups stem t is a
// member of is in: how widely the pages write of the thing, whichever word they use.
func (ix *Index) topicDF(lx *Lexicon, t string) int {
	d := ix.df[t]
	for _, ref := range lx.first[t] {
		for _, m := range lx.groups[ref.group] {
			if len(m) == 1 {
				d = max(d, ix.df[m[0]])
			}
		}
	}
	return d
}
