package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// Pages that repeat a sentence give its expected effects once, the same as a page saying it once: a
// second copy would change nothing in UrgentSign, which asks whether any effect tells more.
func TestEffectsOfRepeatedSentencesOnce(t *testing.T) {
	sn := "من الآثار الجانبية الشائعة احمرار خفيف وتورم بسيط، ويزول خلال أيام."
	page := func(id, text string) *Document {
		return &Document{ID: id, Sections: []Section{{Title: "بعد الجلسة", Blocks: []Block{{Kind: Paragraph, Text: text}}}}}
	}
	once := effectsOf([]*Document{page("a", sn)})
	if len(once) == 0 {
		t.Fatalf("effectsOf found no effect in %q", sn)
	}
	twice := effectsOf([]*Document{page("a", sn+"\n"+sn), page("b", "جملة أخرى.\n"+sn)})
	if len(twice) != len(once) {
		t.Fatalf("repeated sentence: %d effects, once: %d", len(twice), len(once))
	}
	for i := range once {
		if once[i].text != twice[i].text || len(once[i].stems) != len(twice[i].stems) {
			t.Errorf("effect %d: %q, once %q", i, twice[i].text, once[i].text)
		}
	}
}

// A heading read once for all its passages tells each of them what reading it for each would.
func TestTreatsPerPassageAsHeading(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	f := ix.passageFacts()
	for i := range ix.passages {
		if want := namesTreatment(Words(ix.passages[i].Section)); f.treats[i] != want {
			t.Errorf("passage %d (%s): treats %v, want %v", i, ix.passages[i].Section, f.treats[i], want)
		}
	}
}

// effectsOf walks a block's sentences without making their list: the same sentences as sentenceList.
func TestSentenceBreakSeqAsList(t *testing.T) {
	text := "احمرار خفيف. تورم؛ كدمة\nألم؟ Redness; swelling! ok?"
	var got []string
	for sn := range strings.FieldsFuncSeq(text, sentenceBreak) {
		got = append(got, sn)
	}
	if want := sentenceList(text); !slices.Equal(got, want) {
		t.Errorf("FieldsFuncSeq(sentenceBreak) = %q, sentenceList %q", got, want)
	}
}
