package knowledge

import (
	"os"
	"testing"
)

// A heading asking or answering another kind of question than one asking how or when does not
// answer it through its words: the common causes of back pain («أسباب آلام الظهر والرقبة الشائعة»),
// which name carrying weights, do not tell how to carry them; the section on prevention does. A
// question asking why is still answered by the causes.
func TestHeadingOfAnotherKind(t *testing.T) {
	ix, err := Open(os.DirFS("../bot/eval/testdata/clinics/physio/kb"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for q, want := range map[string]string{
		"إزاي اشيل كراتين تقيلة من غير ما ضهري يتعور؟": "الوقاية والعودة إلى العمل",
		"ليش ظهري بيوجعني كل ما اشيل شي تقيل؟":         "أسباب آلام الظهر والرقبة الشائعة",
	} {
		r := ix.Search(Query{Text: q})
		if len(r.Hits) == 0 || r.Hits[0].Passage.Section != want {
			t.Errorf("%s: hits %v; want «%s» first", q, keysOfHits(r), want)
		}
	}
}
