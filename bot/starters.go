package bot

import (
	"slices"

	"github.com/faqbot/faqbot/knowledge"
)

// docLister lists the pages (*knowledge.Index does).
type docLister interface {
	Docs() []*knowledge.Document
}

// starters are the questions a greeting offers: up to three of the clinic's own FAQ questions from
// pages in the patient's language, else those pages' headings, else any page's FAQ questions. The
// greeting names no treatment: the pages do.
func starters(s Searcher, lang string) []string {
	dl, ok := s.(docLister)
	if !ok {
		return []string{}
	}
	var own, any []string
	for _, d := range dl.Docs() {
		for _, f := range d.FAQs {
			if d.Lang == lang && len(own) < 3 {
				own = append(own, f.Question)
			}
			if len(any) < 3 {
				any = append(any, f.Question)
			}
		}
	}
	for _, d := range dl.Docs() {
		for _, sec := range d.Sections {
			if d.Lang == lang && len(own) < 3 && sec.Level >= 2 && sec.Title != "" && !slices.Contains(own, sec.Title) {
				own = append(own, sec.Title)
			}
		}
	}
	if len(own) > 0 {
		return own
	}
	if any == nil {
		return []string{}
	}
	return any
}
