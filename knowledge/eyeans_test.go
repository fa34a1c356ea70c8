package knowledge

import (
	"os"
	"strings"
	"testing"
)

// Asking for advice about a complaint told («في نصيحة؟», "any tips?", "what helps?") asks what to do
// about it, though its words ask yes or no (is there any?): the section headed with its treatment
// answers (the 20-20-20 rule under «علاج جفاف العين»), not a passage that merely advises in passing.
func TestSearchAdviceAsksTreatment(t *testing.T) {
	ix, err := Open(os.DirFS("../bot/eval/testdata/clinics/eye/kb"))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"عيوني تتعب من اللابتوب طول الدوام، عندك نصيحة؟",
		"بشتغل عالشاشة كل النهار وعيوني بتتعب، عندك نصيحة؟",
		"eyes feel dry and tired by the end of a day at the computer, what helps?",
	} {
		r := ix.Search(Query{Text: q})
		if len(r.Hits) == 0 || r.Hits[0].Passage.Section != "علاج جفاف العين" {
			t.Errorf("%s: hits %v; want «علاج جفاف العين» first", q, keysOfHits(r))
		}
	}
}

// Advice words, not before or after a treatment (its preparation or care answers those).
func TestAsksAdvice(t *testing.T) {
	for s, want := range map[string]bool{
		"في نصيحه لعيوني":              true,
		"any tips for dry eyes":        true,
		"في نصيحه قبل العمليه":         false,
		"any advice after the surgery": false,
		"كم سعر الفحص":                 false,
	} {
		if got := asksAdvice(Words(s)); got != want {
			t.Errorf("asksAdvice(%q) = %v; want %v", s, got, want)
		}
	}
}

// The relative whose word the patient reports («حماتي بتقول…», "my mother-in-law says…") is no part
// of what is asked: read as a content word («حما») it pulled questions to passages sharing its
// letters. The claim reported is what is asked.
func TestInLawIsNoConcept(t *testing.T) {
	ix, err := Open(os.DirFS("../bot/eval/testdata/clinics/eye/kb"))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"حماتي تقول النظارة بتضعف عيون ولدي، صحيح؟",
		"حماتها قالت ان النضارة تضعف العين",
		"my mother-in-law says glasses make kids' eyes weaker",
	} {
		for _, c := range ix.Explain(q) {
			if strings.HasPrefix(c.Said, "حما") || c.Said == "law" {
				t.Errorf("%s: concept %q; want the in-law read as no concept", q, c.Said)
			}
		}
	}
}
