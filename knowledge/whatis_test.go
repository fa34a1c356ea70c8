package knowledge

import "testing"

// An FAQ answer opening with yes or no answers whether, and defines nothing, though a «هو» follows
// within its first words («نعم، وهذا هو الأفضل»).
func TestDefinesSomethingNotYesNo(t *testing.T) {
	for _, text := range []string{
		"نعم، وهذا هو الأفضل؛ الموجات التصادمية تخفف الألم.",
		"لا، هذا هو الإجراء المعتاد عندنا.",
		"Yes, this is the usual way.",
	} {
		if definesSomething("هل يمكن الجمع بين العلاجين؟", text) {
			t.Errorf("%s: a definition", text)
		}
	}
	if !definesSomething("عن العلاج", "الموجات التصادمية هي علاج غير جراحي.") {
		t.Error("«… هي علاج» not a definition")
	}
}

// A heading asking yes or no does not answer "what is": the definition does, though the FAQ's
// question names the thing asked and the definition's heading does not.
func TestSearchWhatIsNotYesNoHeading(t *testing.T) {
	ix := mustBuild(t, []*Document{{
		ID: "d", Title: "العلاجات", Lang: "ar",
		Sections: []Section{
			section("about", "عن العلاج", "الموجات التصادمية هي علاج غير جراحي يرسل موجات صوتية إلى الوتر."),
			section("other", "الإبر الجافة", "تدخل إبرة رفيعة في العقدة العضلية."),
		},
		FAQs: []FAQ{{ID: "q1", Question: "هل تحتاج الموجات التصادمية إلى تخدير؟", Answer: "لا، لا نستخدم التخدير في الجلسات."}},
	}})
	if r := ix.Search(Query{Text: "ما هي الموجات التصادمية؟"}); topKey(r) != "d#about" {
		t.Errorf("hits %v; want d#about first", keysOfHits(r))
	}
}
