package knowledge

import (
	"slices"
	"testing"
)

// Two concepts said only in stop words, each with passages no term finds: each adds its own
// passages in place of the last of a full top, the second below the first's, not over them.
func TestPhraseCandidatesShareSlots(t *testing.T) {
	ix := &Index{phraseDocs: map[int][]int32{7: {100, 101}, 9: {200, 201}}}
	qq := question{
		concepts: []Concept{{group: 7}, {group: 9}},
		specific: []bool{true, true},
	}
	top := make([]scored, 0, 8)
	for d := range 8 {
		top = append(top, scored{doc: int32(d), score: float64(10 - d)})
	}
	got := ix.phraseCandidates(top, qq)
	var docs []int32
	for _, s := range got {
		docs = append(docs, s.doc)
	}
	for _, d := range []int32{100, 101, 200, 201} {
		if !slices.Contains(docs, d) {
			t.Errorf("top %v lacks passage %d", docs, d)
		}
	}
	if want := []int32{0, 1}; !slices.Equal(docs[:2], want) {
		t.Errorf("top %v; want the best %v kept", docs, want)
	}
	// A top with room appends, then overwrites from the end, skipping what it appended.
	top = append(make([]scored, 0, 4), scored{doc: 0}, scored{doc: 1}, scored{doc: 2})
	got = ix.phraseCandidates(top, qq)
	docs = docs[:0]
	for _, s := range got {
		docs = append(docs, s.doc)
	}
	// Never more than the last half: the search's own best two stay.
	if want := []int32{0, 1}; len(docs) != 4 || !slices.Equal(docs[:2], want) {
		t.Errorf("top %v; want 4 with %v first", docs, want)
	}
	for _, d := range []int32{100, 101} {
		if !slices.Contains(docs, d) {
			t.Errorf("top %v lacks passage %d", docs, d)
		}
	}
}
