package knowledge

import (
	"os"
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

// "Can I have it now, or wait?": the waiting that ends a question after «ولا» is the no of the
// question, not a thing asked about; a wait said otherwise stays.
func TestOrWait(t *testing.T) {
	for q, want := range map[string]int{
		"باخد حبوب للحب، ينفع اعمل ليزر دلوقتي ولا استنى؟": 8,
		"اقدر اسوي التقشير الحين ولا لازم انتظر؟":          6,
		"فيني اعمل الجلسة هلق ولا بدي اصبر":                6,
		"can I do the laser now or should I wait?":         9,
		"كم لازم انتظر بعد الجلسة؟":                        -1,
		"ولا انتظر": -1,
		"ينفع اسوي الليزر ولا انتظر شهر بعد الحبوب؟": -1,
	} {
		words := Words(q)
		keys := slices.Clone(words)
		orWait(keys, words)
		got := -1
		for i := range keys {
			if len(keys[i]) > 0 && keys[i][:1] == stopKey {
				got = i
			}
		}
		if got != want {
			t.Errorf("%s: wait made a stop word at %d, want %d (%v)", q, got, want, words)
		}
	}
}

// Taking a drug and asked whether a treatment may be done now or after, at the skin clinic of the
// study corpus: the drug's section, which says to avoid laser sessions during it, answers, not the
// English page's laser section, which the wait's stem drew to it.
func TestOrWaitAnswersTheTold(t *testing.T) {
	ix, err := Open(os.DirFS("../bot/eval/testdata/clinics/derma/kb"))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"عم آخد روكتان، فيني أعمل ليزر لإزالة الشعر هلق ولا استنى؟", "انا على الروكتان، اقدر اسوي ليزر ازالة الشعر ولا اصبر؟"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "acne-peels#s4" {
			t.Errorf("%s: hits %v; want acne-peels#s4 first", q, keysOfHits(r))
		}
	}
	// A wait asked of itself is still searched: how long to wait between sessions.
	if r := ix.Search(Query{Text: "كم لازم انتظر بين جلسات الليزر؟"}); topKey(r) != "laser-pigmentation#s4" {
		t.Errorf("how long to wait: hits %v; want laser-pigmentation#s4 first", keysOfHits(r))
	}
}
