package knowledge

import "slices"

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
}

func (ix *Index) passageFacts() passageFacts {
	f := passageFacts{urgent: make([]bool, len(ix.passages))}
	for i := range ix.passages {
		p := &ix.passages[i]
		f.urgent[i] = isUrgent(p.Section)
	}
	return f
}
