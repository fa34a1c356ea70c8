package knowledge

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
	index "github.com/blevesearch/bleve_index_api"
)

// analyzerName is the bleve analyzer that runs Analyze, so the index and the questions share one analysis.
const analyzerName = "faqbot"

func init() {
	registry.RegisterAnalyzer(analyzerName, func(map[string]any, *registry.Cache) (analysis.Analyzer, error) {
		return stemAnalyzer{}, nil
	})
}

type stemAnalyzer struct{}

func (stemAnalyzer) Analyze(text []byte) analysis.TokenStream {
	terms := Analyze(string(text))
	out := make(analysis.TokenStream, 0, len(terms))
	for i, t := range terms {
		if t.Stem == "" {
			continue
		}
		out = append(out, &analysis.Token{Term: []byte(t.Stem), Position: i + 1, Type: analysis.AlphaNumeric})
		if t.Alt != "" && t.Alt != t.Stem {
			out = append(out, &analysis.Token{Term: []byte(t.Alt), Position: i + 1, Type: analysis.AlphaNumeric})
		}
	}
	return out
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
	// Questions are alternate phrasings from front matter.
	Questions []string
	// terms are the stems of the passage with its headings, questions and document title; titleTerms
	// those of its headings and questions alone.
	terms, titleTerms map[string]struct{}
}

// Index answers searches over a knowledge base. It is immutable once built and safe for concurrent use.
type Index struct {
	docs     []*Document
	lex      *Lexicon
	bleve    bleve.Index
	passages []Passage
	df       map[string]int
	sections int
	faqs     int
}

// Field boosts: a patient's words in a heading or an FAQ question say more about the topic than the
// same words in running text.
// Headings and questions share one field: each field costs a term searcher per query word.
const (
	fieldText = "text"
	fieldHead = "head"
	boostText = 1.0
	boostHead = 1.8
)

// Open loads the documents and lexicon of fsys and builds their index.
func Open(fsys fs.FS) (*Index, error) {
	docs, err := Load(fsys)
	lx, lerr := LoadLexicon(fsys)
	if err != nil || lerr != nil {
		return nil, mergeLoadErrors(err, lerr)
	}
	return Build(docs, lx)
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

// Build indexes docs in one batch in an in-memory scorch index with BM25 scoring.
func Build(docs []*Document, lx *Lexicon) (*Index, error) {
	if lx == nil {
		lx = NewLexicon()
	}
	ix := &Index{docs: docs, lex: lx, df: map[string]int{}}
	for _, d := range docs {
		ix.sections += len(d.Sections)
		ix.faqs += len(d.FAQs)
		ix.passages = append(ix.passages, passagesOf(d)...)
	}
	b, err := bleve.NewUsing("", indexMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("knowledge: create index: %w", err)
	}
	batch := b.NewBatch()
	for i := range ix.passages {
		p := &ix.passages[i]
		heads := p.Section + "\n" + p.Question + "\n" + strings.Join(p.Questions, "\n")
		p.titleTerms = stemSet(heads)
		p.terms = stemSet(heads + "\n" + p.DocTitle + "\n" + p.Text)
		for t := range stemSet(heads + "\n" + p.Text) {
			ix.df[t]++
		}
		head := heads
		if p.Section != p.DocTitle {
			head += "\n" + p.DocTitle
		}
		doc := map[string]any{fieldText: p.Text, fieldHead: head}
		if err := batch.Index(strconv.Itoa(i), doc); err != nil {
			return nil, fmt.Errorf("knowledge: index %s: %w", p.Key, err)
		}
	}
	if err := b.Batch(batch); err != nil {
		return nil, fmt.Errorf("knowledge: build index: %w", err)
	}
	ix.bleve = b
	return ix, nil
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
	im.DefaultMapping = dm
	return im
}

// maxAnswerRunes is the longest section given whole as an answer; a longer one gives the passage.
const maxAnswerRunes = 900

// Answer is the text to show for the passage: its whole section when that is short, else itself.
func (p *Passage) Answer() string {
	if p.Context != "" {
		return p.Context
	}
	return p.Text
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
		flush := func() {
			if len(pending) == 0 {
				return
			}
			out = append(out, Passage{Key: key, DocID: d.ID, DocTitle: d.Title, Section: s.Title,
				Text: strings.Join(pending, "\n"), Questions: qs})
			pending = nil
		}
		start := len(out)
		var whole []string
		for _, b := range s.Blocks {
			pending = append(pending, b.Text)
			whole = append(whole, b.Text)
			if b.Kind == Paragraph && (strings.HasSuffix(b.Text, ":") || strings.HasSuffix(b.Text, "：")) {
				continue // an introduction travels with what it introduces
			}
			flush()
		}
		flush()
		// A short section is one answer: its paragraphs lean on each other.
		if ctx := strings.Join(whole, "\n\n"); len(out)-start > 1 && utf8.RuneCountInString(ctx) <= maxAnswerRunes {
			for i := start; i < len(out); i++ {
				out[i].Context = ctx
			}
		}
	}
	for _, f := range d.FAQs {
		out = append(out, Passage{Key: d.ID + "#" + f.ID, DocID: d.ID, DocTitle: d.Title, Section: f.Question,
			Question: f.Question, Text: f.Answer})
	}
	return out
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

// Passage returns the passage with key's topic first in file order, for suggestions; nil when none.
func (ix *Index) passageByKey(key string) *Passage {
	for i := range ix.passages {
		if ix.passages[i].Key == key {
			return &ix.passages[i]
		}
	}
	return nil
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
