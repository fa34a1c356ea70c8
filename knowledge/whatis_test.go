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

// Arabic says what a thing is without a copula: its name, then the kind of thing it is without the
// article («الموجات التصادمية علاج غير جراحي…»). A verb after the name («البوتوكس يعمل…») or a text
// not opening with a name («نقدم علاج…») defines nothing.
func TestDefinesSomethingWithoutCopula(t *testing.T) {
	for text, want := range map[string]bool{
		"الموجات التصادمية علاج غير جراحي يرسل موجات صوتية.":         true,
		"الإكزيما أو التهاب الجلد التأتبي مرض جلدي مزمن غير معد.":    true,
		"الإبر الجافة تقنية يستخدم فيها المعالج إبرًا رفيعة.":        true,
		"البوتوكس يعمل على إرخاء العضلة، وهو علاج آمن.":              false,
		"نقدم علاج الموجات التصادمية في جلسات أسبوعية.":              false,
		"التقشير الكيميائي، مع العناية اليومية، علاج للبقع الداكنة.": false,
	} {
		if got := definesSomething("عن العلاج", text); got != want {
			t.Errorf("definesSomething(%q) = %v, want %v", text, got, want)
		}
	}
}

// A "what is" question, however asked, wants the passage that defines the thing without a copula
// over one naming it as often under a heading that names it too.
func TestSearchWhatIsWithoutCopula(t *testing.T) {
	ix := mustBuild(t, []*Document{{
		ID: "d", Title: "العلاجات", Lang: "ar",
		Sections: []Section{
			section("waves", "العلاج بالموجات التصادمية", "الموجات التصادمية علاج غير جراحي يرسل موجات صوتية إلى الوتر."),
			section("sessions", "جلسات الموجات التصادمية", "تستغرق جلسة الموجات التصادمية ربع ساعة، وتحتاج الموجات التصادمية ثلاث جلسات."),
		},
	}})
	for _, q := range []string{"يعني إيه موجات تصادمية؟", "سمعت عن الموجات التصادمية، شو يعني هذا؟"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "d#waves" {
			t.Errorf("%s: hits %v; want d#waves first", q, keysOfHits(r))
		}
	}
}
