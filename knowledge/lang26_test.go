package knowledge

import "testing"

// The dialects' verbs of saying and needing, and a grandmother, are function words: «بيحكو» (they
// say) is no «يحك» (itching), «يقولي» no «يقو», «بيلزمني» (do I need) no «بلازم» (plasma).
func TestLang26FunctionWords(t *testing.T) {
	for _, w := range []string{"بيحكو", "بيحكوا", "حكالي", "يقولي", "نقوله", "بيقولوا", "بيلزمني", "يلزمك", "ستي", "تيتا", "وستي"} {
		if !StopWord(Normalize(w)) {
			t.Errorf("StopWord(%s) = false", w)
		}
	}
}

// Closing, as the Levant and the Gulf say it of an eye, is the pages' «إغلاق», not sugar; staying
// with one for life («بيلازمك») asks whether a thing is permanent, as «دائم» does; a football is
// no urination.
func TestLang26Lexicon(t *testing.T) {
	lx := mustLexicon(t)
	same := func(a, b string) {
		t.Helper()
		ga, gb := lx.Concepts(Stems(a)), lx.Concepts(Stems(b))
		if len(ga) != 1 || len(gb) != 1 || ga[0].group < 0 || ga[0].group != gb[0].group {
			t.Errorf("«%s» is %+v, «%s» %+v: want one group", a, ga, b, gb)
		}
	}
	same("بتسكر", "إغلاق")
	same("تتسكر", "تغلق")
	same("بيتسكر", "إغلاق")
	same("بيلازمك", "دائم")
	same("تلازمني", "دائمة")
	for _, w := range []string{"فوتبول", "الفوتبول"} {
		if !lx.minor[stemWord(Normalize(w))] {
			t.Errorf("«%s» is not a minor word, as football is", w)
		}
	}
	if g := lx.Concepts(Stems("سكر")); len(g) == 1 && g[0].group >= 0 && g[0].group == lx.Concepts(Stems("يسكر"))[0].group {
		t.Errorf("«يسكر» (closes) is in the group of «سكر» (sugar)")
	}
}

// A defective verb in another person is looked up in the pages as «ي», «ت» and «ا» write it, not as
// «ن»: «بتمشي» (goes away, walks) is not the freckles («النمش») a page names.
func TestLang26DefectiveNotNoun(t *testing.T) {
	ix, err := Build([]*Document{{ID: "d", Title: "النمش والكلف", Lang: "ar", Sections: []Section{
		section("s1", "علاج النمش", "يخف النمش مع الليزر وواقي الشمس."),
		section("s2", "المشي بعد الجلسة", "يمكنك أن تمشي في اليوم نفسه."),
	}}}, mustLexicon(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"بتمشي", "تمشي", "يمشي"} {
		if k := ix.defectiveKey(Normalize(w)); k == stemWord("النمش") {
			t.Errorf("defectiveKey(%s) = %q: the freckles", w, k)
		}
	}
}
