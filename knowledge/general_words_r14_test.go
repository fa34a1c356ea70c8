package knowledge

import "testing"

// The present of a defective verb keeps its «ي» as the root's: «يمشي» finds the pages' «المشي»,
// «يشفي» their «الشفاء», «بيصلي» their «الصلاة».
func TestDefectiveVerb(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("walk", "المشي بعد العلاج", "يمكن المشي في اليوم نفسه."),
		section("heal", "الشفاء", "يتم الشفاء خلال أسبوعين."),
		section("pray", "الصلاة", "يمكنك أن تصلي جالسًا في الأسبوع الأول."),
	}}}
	ix := mustBuild(t, docs)
	for w, want := range map[string]string{
		"يمشي":   stemWord("المشي"),
		"بيمشي":  stemWord("المشي"),
		"يشفي":   stemWord(Normalize("الشفاء")),
		"بيصلي":  stemWord(Normalize("الصلاة")),
		"ويصلي":  stemWord(Normalize("الصلاة")),
		"يكتبها": "",
	} {
		if got := ix.defectiveKey(w); got != want {
			t.Errorf("defectiveKey(%s) = %q; want %q", w, got, want)
		}
	}
}

// «ني» after a «ي» is a hollow noun's «ن» and «my»: «وعيني» is «و» + «عيني» (and my eye), not
// «وعي» (awareness) + «me», while «وجعني» (it hurt me) and «وجهها» keep their «و».
func TestWawBeforeHollowNoun(t *testing.T) {
	for w, want := range map[string]string{"وعيني": "عين", "وديني": "", "وجعني": "وجع", "وجهها": "وجه"} {
		if got := stemWord(Normalize(w)); got != want {
			t.Errorf("stemWord(%s) = %q; want %q", w, got, want)
		}
	}
}
