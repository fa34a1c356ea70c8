package knowledge

import (
	"testing"
	"testing/fstest"
)

// «دايمه», «دائمة» (permanent) asks whether an effect lasts: it is no time word. The adverb «دايما»,
// «دائماً» and the Gulf «دايم» (always: «كفوفي دايم مبلولة») keep a stem of their own, a qualifier;
// sharing it, «النتيجه دايمه؟» weighed permanence a fifth and the passage titled on results won over
// the one saying the effect is «مؤقتة».
func TestPermanentIsNoTimeWord(t *testing.T) {
	lx, err := LoadLexicon(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	for w, minor := range map[string]bool{"دايمه": false, "دائمة": false, "دايم": true, "دايما": true, "دائماً": true} {
		cs := lx.Concepts(keysOf(Analyze(w)))
		if len(cs) != 1 {
			t.Fatalf("%s: concepts %v; want one", w, cs)
		}
		if got := lx.Minor(cs[0]); got != minor {
			t.Errorf("%s: minor %v; want %v", w, got, minor)
		}
		if !lx.Aspect(cs[0]) {
			t.Errorf("%s: not the permanence aspect", w)
		}
	}
	docs := []*Document{{ID: "d", Title: "حقن العضلات", Lang: "ar", Sections: []Section{
		section("how", "كيف تعمل الحقن", "ترخي الحقن العضلة المحقونة، وتكون التأثيرات مؤقتة وتحتاج إلى تكرار للحفاظ على النتائج."),
		section("res", "مدة النتائج", "تظهر النتائج خلال أيام قليلة وتستمر عدة أشهر، وتختلف الاستجابة من شخص لآخر."),
		section("prep", "التحضير للجلسة", "أخبر الطبيب عن أدويتك قبل الموعد."),
		section("after", "بعد الحقن", "لا تفرك المنطقة المحقونة في اليوم الأول."),
	}}}
	ix, err := Build(docs, lx)
	if err != nil {
		t.Fatal(err)
	}
	if r := ix.Search(Query{Text: "النتيجه دايمه؟"}); topKey(r) != "d#how" {
		t.Errorf("«النتيجه دايمه؟»: hits %v; want d#how first", keysOfHits(r))
	}
}
