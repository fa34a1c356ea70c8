package knowledge

import "testing"

// Dialect words beside the pages' own: the Levantine «زغيرة» (small, ز for ص), «برا» (outside),
// the dual «يديه» (his hands), the Egyptian «بيتخض» (is frightened), the Levantine «مبطحين» (flat,
// of feet), and the Levantine first person that drops its alif after «بدي», «فيني» («بيّض سناني»,
// whiten my teeth).
func TestDialect17Words(t *testing.T) {
	lx := mustLexicon(t)
	for patient, page := range map[string]string{
		"زغيرة":      "صغيرة",
		"لبرا":       "في الخارج",
		"يديه":       "اليد",
		"بيتخض":      "يخاف",
		"مبطحين":     "القدم المسطحة",
		"بيّض سناني": "تبييض الأسنان",
	} {
		a, b := lx.Concepts(Stems(patient)), lx.Concepts(Stems(page))
		if len(a) != 1 || len(b) != 1 || a[0].group < 0 || a[0].group != b[0].group {
			t.Errorf("«%s» is %+v, «%s» %+v: want one group", patient, a, page, b)
		}
	}
}

// «أماكن» (places) is the plural of «مكان»: its «كن» is not "your", and without it the word was
// «اما», the pages' «أما» (as for).
func TestPlacesPlural(t *testing.T) {
	for _, w := range []string{"أماكن", "لأماكن", "الأماكن", "بأماكنها"} {
		if got, want := Stems(w), Stems("مكان"); len(got) != 1 || len(want) != 1 || got[0] != want[0] {
			t.Errorf("Stems(%s) = %q, want %q", w, got, want)
		}
	}
}

// The Levantine and Egyptian «ع» for «على», written apart («ع الكمبيوتر»), is a function word.
func TestShortAlaIsStop(t *testing.T) {
	if !isStop("ع") {
		t.Error("«ع» is not a stop word")
	}
}

// A back that leans or bends: the patient's «معوج», «مايل», «الاعوجاج» are the pages' «انحناء»,
// «ميلان».
func TestLeaningBack(t *testing.T) {
	lx := mustLexicon(t)
	for patient, page := range map[string]string{
		"معوج":     "انحناءات",
		"مايل":     "ميلان",
		"الاعوجاج": "الانحناء",
	} {
		a, b := lx.Concepts(Stems(patient)), lx.Concepts(Stems(page))
		if len(a) != 1 || len(b) != 1 || a[0].group < 0 || a[0].group != b[0].group {
			t.Errorf("«%s» is %+v, «%s» %+v: want one group", patient, a, page, b)
		}
	}
}

// The Levantine first person drops its «ا» after «بدي», «فيني», «بقدر», «رح», «عم»: «فيني سوق»
// is «اسوق» (can I drive), not «سوق» (a market). A word without such a word before it is left as
// it is.
func TestFirstPersonWithoutAlif(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("a", "القيادة بعد الجلسة", "لا يسمح بالقيادة يوم العملية."),
		section("b", "التمارين", "تمارين التوازن."),
	}}})
	want := ix.keys([]string{"اسوق"})
	if got := ix.keys([]string{"فيني", "سوق"}); len(got) != 2 || len(want) != 1 || got[1] != want[0] {
		t.Errorf("keys(فيني سوق) = %q, want «اسوق» read as %q", got, want)
	}
	if got := ix.keys([]string{"سوق"}); len(got) == 1 && len(want) == 1 && got[0] == want[0] {
		t.Errorf("keys(سوق) = %q: read as «اسوق» with no «فيني» before it", got)
	}
}

// After «عم» and «رح» only a verb comes: «عم رضع» is «ارضع» (I am breastfeeding) even where the
// pages know «رضع» as infants («الرضع»).
func TestVerbAfterProgressive(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("a", "الرضع", "لا نعالج الرضع في العيادة."),
		section("b", "الرضاعة", "لا ننصح بالعلاج أثناء الرضاعة."),
	}}})
	nursing, infants := ix.keys([]string{"ارضع"}), ix.keys([]string{"رضع"})
	if len(nursing) != 1 || len(infants) != 1 || nursing[0] == infants[0] {
		t.Fatalf("keys(ارضع) = %q, keys(رضع) = %q: want two readings", nursing, infants)
	}
	if got := ix.keys([]string{"عم", "رضع"}); len(got) != 2 || got[1] != nursing[0] {
		t.Errorf("keys(عم رضع) = %q, want %q", got, nursing[0])
	}
	if got := ix.keys([]string{"بدي", "رضع"}); len(got) != 2 || got[1] != infants[0] {
		t.Errorf("keys(بدي رضع) = %q, want %q: only a verb follows «عم», «رح»", got, infants[0])
	}
}
