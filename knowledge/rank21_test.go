package knowledge

import (
	"testing"
	"testing/fstest"
)

// A question asking how long («مدة جلسة التقشير؟», "how long is the peel session") names the length
// in a word of its own, which one passage says in passing («لمدة أسبوع» of a cream) and the one that
// answers does not say at all («تستغرق الجلسة من 20 إلى 30 دقيقة»): that one, giving a span with a
// word for taking or lasting of what is asked, holds it.
func TestRank21LengthGivenBySpan(t *testing.T) {
	md := "---\ntitle: التقشير الكيميائي\npage_id: peel\n---\n" +
		"## خيارات العلاج\n\nيصف الطبيب كريمًا موضعيًا لمدة أسبوع قبل جلسة التقشير، ثم يحدد نوع التقشير المناسب للبشرة.\n\n" +
		"## أثناء جلسة التقشير\n\nينظف الطبيب البشرة ثم يضع محلول التقشير، وتستغرق الجلسة من 20 إلى 30 دقيقة مع شعور بوخز خفيف.\n\n" +
		"## العناية بعد التقشير\n\nاستخدم مرطبًا لطيفًا وواقي شمس، وتجنب فرك البشرة حتى يكتمل التقشر.\n"
	ix, err := Open(fstest.MapFS{"peel.md": {Data: []byte(md)}})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, q := range []string{"مدة جلسة التقشير؟", "كم مدة جلسة التقشير", "peel session how long?"} {
		res := ix.Search(Query{Text: q})
		if len(res.Hits) == 0 || res.Hits[0].Passage.Section != "أثناء جلسة التقشير" {
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.Passage.Section)
			}
			t.Errorf("%s: hits %q, want «أثناء جلسة التقشير» first", q, got)
		}
	}
}

// Only the patient's own word for a length is given by a span: a verb of the layer's group told in
// a story («ضلت شفتي منملة», it stayed numb) names no length asked.
func TestRank21LengthConceptIsANoun(t *testing.T) {
	lx := mustLexicon(t)
	for text, want := range map[string]bool{"مدة": true, "مدتها": true, "how long": true, "ضلت": false, "يرجع": false} {
		cs := lx.Concepts(keysOf(Analyze(text)))
		got := len(cs) == 1 && lengthConcept(cs[0])
		if got != want {
			t.Errorf("%s: lengthConcept %v, want %v (%+v)", text, got, want, cs)
		}
	}
}
