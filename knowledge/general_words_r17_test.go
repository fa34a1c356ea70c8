package knowledge

import "testing"

// A replaced hip is «تبديل مفصل الورك» on the pages, as a replaced knee is «تبديل الركبه»: "hip
// replacement", a topic of the language layer, is not a treatment the clinic never writes of (Foreign),
// and the section about it answers.
func TestHipReplacementSaidAsTheReplacedJoint(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("joint", "التأهيل بعد تبديل المفصل", "بعد تبديل مفصل الورك يجب تجنب ثني الورك بشدة وتقاطع الساقين في الأسابيع الأولى."),
		section("knee", "إصابات الركبة", "تشمل إصابات الركبة تمزق الرباط والغضروف."),
	}}})
	for _, q := range []string{"Had a hip replacement last week. Am I allowed to sit cross-legged?", "after a hip replacement can I cross my legs?"} {
		r := ix.Search(Query{Text: q})
		if r.Foreign || topKey(r) != "d#joint" {
			t.Errorf("%s: foreign %v, hits %v; want d#joint first, nothing foreign", q, r.Foreign, keysOfHits(r))
		}
	}
}
