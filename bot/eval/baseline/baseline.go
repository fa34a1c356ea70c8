// Package baseline is the yardstick the engine is measured against: plain bleve over the same passages
// the engine searches, with bleve's own analyzers and nothing of ours — no lexicon, no stop words or
// stemming of dialect, no triage, no smalltalk or handoff, no coverage rules, no conversation context.
// The best-scored passage is the answer; a question that shares no word with the pages falls back.
// What the engine scores above it is what the engine's own work is worth; where the baseline scores as
// well, a labelled set is too easy to tell.
package baseline

import (
	"fmt"
	"strconv"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/knowledge"
)

// Each passage is indexed in the field of its page's language, analysed by bleve's built-in analyzer
// for it: Arabic (normalisation, light stemming, stop words) or standard (English stop words).
const (
	fieldAr = "ar"
	fieldEn = "en"
)

// FallbackText is the baseline's reply when no passage shares a word with the question.
const FallbackText = "لا أجد إجابة لهذا السؤال. / I could not find an answer to that."

// Baseline answers each message on its own with the top bleve hit. Safe for concurrent use.
type Baseline struct {
	idx      bleve.Index
	passages []knowledge.Passage
}

// New indexes the passages of ix in memory.
func New(ix *knowledge.Index) (*Baseline, error) {
	idx, err := bleve.NewMemOnly(indexMapping())
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	b := &Baseline{idx: idx, passages: ix.Passages()}
	lang := map[string]string{}
	for _, d := range ix.Docs() {
		lang[d.ID] = d.Lang
	}
	batch := idx.NewBatch()
	for i, p := range b.passages {
		field := fieldAr
		if lang[p.DocID] == "en" {
			field = fieldEn
		}
		// The same words the engine indexes for a passage: its text, headings, questions and page title.
		text := p.DocTitle + "\n" + p.Section + "\n" + p.Question + "\n" + p.Text
		for _, q := range p.Questions {
			text += "\n" + q
		}
		if err := batch.Index(strconv.Itoa(i), map[string]any{field: text}); err != nil {
			return nil, fmt.Errorf("baseline: %w", err)
		}
	}
	if err := idx.Batch(batch); err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	return b, nil
}

func indexMapping() mapping.IndexMapping {
	im := bleve.NewIndexMapping()
	im.ScoringModel = index.BM25Scoring // as the engine's search
	dm := bleve.NewDocumentStaticMapping()
	for field, analyzer := range map[string]string{fieldAr: ar.AnalyzerName, fieldEn: standard.Name} {
		fm := bleve.NewTextFieldMapping()
		fm.Analyzer = analyzer
		fm.Store = false
		fm.IncludeInAll = false
		fm.IncludeTermVectors = false
		dm.AddFieldMappingsAt(field, fm)
	}
	im.DefaultMapping = dm
	return im
}

// Close releases the index.
func (b *Baseline) Close() error { return b.idx.Close() }

// Respond answers text with the passage bleve ranks first (shown as the engine would show that passage:
// its whole section when the section is short). The state passes through untouched: the baseline has
// no notion of a conversation.
func (b *Baseline) Respond(text string, st bot.State) (bot.Reply, bot.State) {
	var qs []query.Query
	for _, f := range []string{fieldAr, fieldEn} {
		m := bleve.NewMatchQuery(text)
		m.SetField(f)
		qs = append(qs, m)
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(qs...), 1, 0, false)
	res, err := b.idx.Search(req)
	if err != nil || len(res.Hits) == 0 {
		return bot.Reply{Kind: bot.KindFallback, Text: FallbackText, Sources: []bot.Source{}, Suggestions: []string{}}, st
	}
	i, err := strconv.Atoi(res.Hits[0].ID)
	if err != nil || i < 0 || i >= len(b.passages) {
		return bot.Reply{Kind: bot.KindFallback, Text: FallbackText, Sources: []bot.Source{}, Suggestions: []string{}}, st
	}
	p := &b.passages[i]
	return bot.Reply{
		Kind:        bot.KindAnswer,
		Text:        p.Answer(),
		Sources:     []bot.Source{{Doc: p.DocID, Title: p.DocTitle, Section: p.Section, Score: res.Hits[0].Score}},
		Suggestions: []string{},
	}, st
}
