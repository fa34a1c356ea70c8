package knowledge

import "slices"

// Passages returns the passages the index searches, in index order. Another searcher (the evaluation's
// plain-bleve baseline) reads them so that it is compared with this one on exactly the same texts.
func (ix *Index) Passages() []Passage { return slices.Clone(ix.passages) }
