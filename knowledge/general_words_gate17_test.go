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

// What a condition comes from, asked in the dialects' stop words («بييجي من ايه», «يجي من وين») or
// "what causes", is the pages' «أسباب»: the passage giving the causes answers, not the treatment.
func TestWhereItComesFromIsItsCauses(t *testing.T) {
	checkFirst(t, []firstCase{{
		name: "causes",
		sections: []Section{
			section("treat", "علاج الكلف", "يعالج الكلف بالكريمات المفتحة والتقشير الكيميائي، مع واقي الشمس يوميًا."),
			section("what", "ما هو الكلف؟", "الكلف بقع بنية على الخدين. من أسبابه أشعة الشمس والتغيرات الهرمونية."),
		},
		want: map[string]string{
			"الكلف ده بييجي من ايه أصلا؟": "d#what",
			"الكلف يجي من وين؟":           "d#what",
			"what causes melasma?":        "d#what",
		},
	}})
}

// Putting («حط», «بحط», «يحط»: the drops, the cream) tells what the patient does, as «حطيت» and «احط»
// do: a minor word, so a passage that says «لا تحط…» in passing does not outweigh the one on the
// drops asked about.
func TestPuttingIsMinor(t *testing.T) {
	checkFirst(t, []firstCase{{
		name: "putting",
		sections: []Section{
			section("after", "بعد العملية", "لا تحط مكياج على العين لمدة أسبوع ولا تفركها، وإذا ظهرت مشكلة راجع الطبيب."),
			section("tears", "علاج جفاف العين", "الدموع الصناعية، ويفضل الخالية من المواد الحافظة إذا استخدمت أكثر من أربع مرات يوميًا."),
		},
		want: map[string]string{
			"عم حط دموع صناعية ست مرات باليوم، في مشكلة؟": "d#tears",
		},
	}})
}
