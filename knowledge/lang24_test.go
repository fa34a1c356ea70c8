package knowledge

import (
	"slices"
	"testing"
)

// After an h, a word's final a is the alif of «ها» (her, it): «fiha» is «فيها», «menha» «منها», not a
// second ه. A 6 may write ظ or ض as well as ط, a 9 ض as well as ص (the Gulf's «na6arat», «bay9a»).
func TestLang24ArabiziLetters(t *testing.T) {
	for w, want := range map[string]string{
		"fiha":   "فيها",
		"menha":  "منها",
		"3aleha": "عليها",
		"ma3ha":  "معها",
	} {
		got := ArabiziSpellings(w, 0)
		if !slices.Contains(got, want) || slices.Contains(got, want[:len(want)-len("ا")]+"ه") {
			t.Errorf("ArabiziSpellings(%s) = %q, want «%s» and no «…هه»", w, got, want)
		}
	}
	for w, want := range map[string]string{
		"na6arti": "نظارتي", // my glasses
		"bay9a":   "بيضه",   // white, the ض a 9
		"9a3eef":  "ضعيف",   // weak
		"7a6at":   "حطت",    // the ط it always was
	} {
		if got := ArabiziSpellings(w, 0); !slices.Contains(got, want) {
			t.Errorf("ArabiziSpellings(%s) = %q: no «%s»", w, got, want)
		}
	}
	// A final a after a ح stays a ه (ة): «sa7a» is «صحه».
	if got := ArabiziSpellings("sa7a", 0); !slices.Contains(got, "صحه") {
		t.Errorf("ArabiziSpellings(sa7a) = %q: no «صحه»", got)
	}
}

// "3x a week" counts times: an English message with it is not Arabizi.
func TestLang24TimesNotArabizi(t *testing.T) {
	for _, q := range []string{
		"I swim 3x a week and my shoulder clicks, should I stop?",
		"she trains 5x weekly, is that too much after the injection",
		"take it 2x daily?",
	} {
		if IsArabizi(Words(q)) {
			t.Errorf("IsArabizi(%s) = true", q)
		}
	}
	for _, q := range []string{"ba3d el 3amaliye 2x bel yom?", "kam mara bel yom a7ot el 2a6ra"} {
		if !IsArabizi(Words(q)) {
			t.Errorf("IsArabizi(%s) = false", q)
		}
	}
}

// Read with the pages, the Gulf's glasses and white, and «fiha» in a question, are the pages' words.
func TestLang24ArabiziReading(t *testing.T) {
	ix, err := Build([]*Document{{ID: "d", Title: "النظارة بعد العملية", Lang: "ar", Sections: []Section{
		section("s1", "هل أحتاج نظارات بعد عملية المياه البيضاء؟", "مع العدسة أحادية البؤرة ستحتاج غالبًا نظارة للقراءة."),
		section("s2", "المبيت", "لا تحتاج إلى المبيت فيها، وتعود إلى بيتك في اليوم نفسه."),
	}}}, mustLexicon(t))
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string][]string{
		"ba3d 3amaliyet el mayya el bay6a bseer a7taj na6arat?": {"نظارات", "بيضه"},
		"el mayya el bay9a, fi mabeet fiha?":                    {"بيضه", "فيها"},
	} {
		got := ix.inArabic(Words(q))
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("inArabic(%s) = %q: no «%s»", q, got, w)
			}
		}
	}
}

// Words the letter-by-letter reading misspells: putting (حط) in its persons, affecting (يأثر) with its
// ث an s, treating (تداوي), «from too much» (من كتر, not a tendon), faster (اسرع, not epilepsy).
func TestLang24ArabiziFixedWords(t *testing.T) {
	for w, want := range map[string]string{
		"n7ot":    "نحط",
		"t7ot":    "تحط",
		"by7ot":   "بيحط",
		"bi2aser": "بياثر",
		"t2aser":  "تاثر",
		"tdawoon": "تداوون",
		"kutr":    "كتر",
		"asra3":   "اسرع",
	} {
		if got := ArabiziSpellings(w, 0); len(got) != 1 || got[0] != want {
			t.Errorf("ArabiziSpellings(%s) = %q, want «%s»", w, got, want)
		}
	}
	lx := mustLexicon(t)
	same := func(a, b string) bool {
		ca, cb := lx.Concepts(Stems(a)), lx.Concepts(Stems(b))
		return len(ca) == 1 && len(cb) == 1 && ca[0].group >= 0 && ca[0].group == cb[0].group
	}
	// A patch («لزقة») is the pages' covering; the Gulf's «تداوون» is treating.
	for a, b := range map[string]string{"لزقه": "تغطيه", "لزقات": "رقعه", "تداوون": "علاج", "يداوي": "يعالج"} {
		if !same(a, b) {
			t.Errorf("«%s» and «%s» are not one concept", a, b)
		}
	}
}

// Read with the pages: a patch put on the good eye, an injection that affects the face.
func TestLang24ArabiziFixedReading(t *testing.T) {
	ix, err := Build([]*Document{{ID: "d", Title: "كسل العين", Lang: "ar", Sections: []Section{
		section("s1", "علاج كسل العين", "نعالجه بتغطية العين السليمة عدة ساعات يوميًا."),
		section("s2", "تأثير الحقن", "يبقى تأثير الحقنة في المنطقة التي يحقن فيها."),
	}}}, mustLexicon(t))
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{
		"lesh bdon n7ot lazqa 3ala 3ein binti?":    "نحط",
		"el 7u2na bi2aser 3ala kol wejhi?":         "بياثر",
		"wesh tdawoon 3indkom? kasal el 3ein bas?": "تداوون",
	} {
		if got := ix.inArabic(Words(q)); !slices.Contains(got, want) {
			t.Errorf("inArabic(%s) = %q: no «%s»", q, got, want)
		}
	}
	if r := ix.Search(Query{Text: "lesh bdon n7ot lazqa 3ala 3ein binti?", Limit: 1}); len(r.Hits) == 0 || r.Hits[0].Passage.Key != "d#s1" {
		t.Errorf("Search(patch on the eye) = %+v, want d#s1 first", r.Hits)
	}
}
