package knowledge

import "testing"

// A loanword the pages write in Arabic letters is read from its Latin spelling by its consonants
// ("tranexamic" is the pages' «الترانيكساميك», "subcision" «السبسشن»); a word of fewer consonants, or
// one whose consonants no page word has, is not.
func TestLoanwordMatchesPagesConsonants(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "الكلف", Lang: "ar", Sections: []Section{
		section("s1", "علاج الكلف", "قد نصف حبوب الترانيكساميك لمن لا يعاني من الجلطات."),
		section("s2", "الندبات", "تقنية فصل الألياف تحت الجلد (السبسشن) للندبات المتموجة."),
	}}}, "")
	for w, want := range map[string]string{
		"tranexamic": stemWord(Normalize("الترانيكساميك")),
		"subcision":  stemWord(Normalize("السبسشن")),
		"tablets":    "",
		"doxy":       "",
	} {
		if got := ix.loanword(w); got != want {
			t.Errorf("loanword(%q) = %q, want %q", w, got, want)
		}
	}
	if got := ix.arabicKeys(Words("is tranexamic safe")); got[1] != stemWord(Normalize("الترانيكساميك")) {
		t.Errorf("arabicKeys(is tranexamic safe) = %q, want the pages' stem", got)
	}
}

func TestArabicSkeleton(t *testing.T) {
	for w, want := range map[string]string{
		Normalize("الترانيكساميك"): "trnksmk",
		Normalize("السبسشن"):       "sbsSn",
		Normalize("عملية"):         "",
		Normalize("الليزر"):        "lzr",
	} {
		if got := arabicSkeleton(w); got != want {
			t.Errorf("arabicSkeleton(%q) = %q, want %q", w, got, want)
		}
	}
}

// A loanword the clinic's English summary page also says ("subcision") is still the Arabic page's word:
// the search finds the Arabic section that tells of it, not the English summary alone.
func TestLoanwordKnownToAnEnglishPage(t *testing.T) {
	ix := MustBuild(t, []*Document{
		{ID: "ar", Title: "حب الشباب", Lang: "ar", Sections: []Section{
			section("s1", "علاج آثار حب الشباب", "تقنية فصل الألياف تحت الجلد (السبسشن) للندبات المتموجة."),
			section("s2", "التقشير", "التقشير الكيميائي يجدد سطح الجلد."),
		}},
		{ID: "en", Title: "Patient information", Lang: "en", Sections: []Section{
			section("s1", "Acne scars", "Acne scars are treated with fractional laser, peels and subcision."),
		}},
	}, "")
	res := ix.Search(Query{Text: "what is subcision?"})
	found := false
	for _, h := range res.Hits {
		found = found || h.Passage.Key == "ar#s1"
	}
	if !found {
		t.Errorf("what is subcision?: the Arabic section naming «السبسشن» not found in %v", res.Hits)
	}
	if res.OneScript != 0 {
		t.Errorf("subcision is said in one script only: OneScript = %b", res.OneScript)
	}
}
