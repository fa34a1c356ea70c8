package knowledge

import (
	"slices"
	"testing"
)

// «2al» (قال, said, its ق a hamza) is the verb of telling, not the article «ال» alone; so are its
// persons. The Levantine «3a» is «ع» (on), «3adm» the bone (عضم, the pages' «عظم»), «idi» the hand
// (ايدي), «ejreen» the legs (اجرين).
func TestLang23ArabiziWords(t *testing.T) {
	ix := lang23Build(t, []*Document{{ID: "d", Title: "العظم والساق", Lang: "ar", Sections: []Section{
		section("s1", "ضعف العظم", "قال الطبيب إن العظم الضعيف قد يحتاج إلى ترقيع قبل الزراعة."),
		section("s2", "الساق واليد", "قد يظهر التورم في اليد أو الساق بعد الجلسة."),
	}}})
	for q, want := range map[string]string{
		"el doktor 2al 3andi mushkle":           "قال",
		"el doktora 2alet la ebni ya3mel 2ashe": "قالت",
		"shu 2alouli bel 3iyade?":               "قالولي",
		"bade 7ot kreem 3a wijhi":               "علي",
		"3adm el fak da3eef 3andi":              "عضم",
		"3andi waram b idi":                     "ايدي",
		"3am ywaja3o ejreen ebni":               "اجرين",
	} {
		got := ix.inArabic(Words(q))
		if !slices.Contains(got, want) {
			t.Errorf("inArabic(%s) = %q, want «%s»", q, got, want)
		}
		if i := slices.Index(Words(q), "2al"); i >= 0 && got[i] == "ال" {
			t.Errorf("inArabic(%s) = %q: «2al» read as the article alone", q, got)
		}
	}
	// The bone is the pages' «العظم»; the legs their «الساق», the hand their «اليد».
	for q, page := range map[string]string{
		"3adm el fak da3eef 3andi": "العظم",
		"3am ywaja3o ejreen ebni":  "الساق",
		"3andi waram b idi":        "اليد",
	} {
		want := ix.lex.Concepts(Stems(page))
		found := false
		for _, k := range ix.keys(Words(q)) {
			if c := ix.lex.Concepts([]string{k}); len(c) == 1 && len(want) == 1 && (k == Stems(page)[0] || c[0].group >= 0 && c[0].group == want[0].group) {
				found = true
			}
		}
		if !found {
			t.Errorf("keys(%s) = %q: none is «%s»", q, ix.keys(Words(q)), page)
		}
	}
}

// After «بقدر», «فيني», «بدي» with the conjunction «و» glued on («وبقدر سوق؟», «وفيني كمل؟»), the verb is
// still in the first person without its «ا»: «سوق» is «اسوق» (drive), as after the modal alone.
func TestLang23FirstPersonAfterAnd(t *testing.T) {
	ix := lang23Build(t, []*Document{{ID: "d", Title: "بعد الفحص", Lang: "ar", Sections: []Section{
		section("s1", "القيادة بعد الفحص", "لا يسمح لك أن تسوق بعد توسيع الحدقة، فاطلب من أحد مرافقتك."),
		section("s2", "الرياضة", "يمكنك أن تكمل تمارينك الخفيفة بعد أسبوع."),
	}}})
	for _, c := range []struct{ q, alone string }{
		{"وبقدر سوق بعد الفحص؟", "بقدر سوق بعد الفحص؟"},
		{"وفيني سوق لحالي بعدها؟", "فيني سوق لحالي بعدها؟"},
		{"وبدي كمل تماريني، بصير؟", "بدي كمل تماريني، بصير؟"},
	} {
		with, alone := ix.keys(Words(c.q)), ix.keys(Words(c.alone))
		if with[1] != alone[1] || with[1] == stopKey+Words(c.q)[1] {
			t.Errorf("keys(%s) = %q; keys(%s) = %q: want the verb read alike", c.q, with, c.alone, alone)
		}
	}
}

// lang23Build indexes docs under the built-in language layer, as a clinic's index is.
func lang23Build(t *testing.T, docs []*Document) *Index {
	t.Helper()
	ix, err := Build(docs, mustLexicon(t))
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// Swimming as Egypt says it («اعوم», «يعوم», «تعوم») is the pages' «السباحة».
func TestLang23Swim(t *testing.T) {
	lx := mustLexicon(t)
	want := lx.Concepts(Stems("السباحة"))
	for _, w := range []string{"اعوم", "يعوم", "تعوم", "بعوم", "عوم"} {
		got := lx.Concepts(Stems(w))
		if len(got) != 1 || len(want) != 1 || got[0].group < 0 || got[0].group != want[0].group {
			t.Errorf("«%s» is %+v, «السباحة» %+v: want one group", w, got, want)
		}
	}
}

// English words that only hedge or link a patient's story ("I mean", "does it matter", "already",
// "not yet", "anymore", "till", "whole", "that's", "bc") are stop words: unread, they were counted as a
// topic the pages lack, and a question of few words fell short of the pages' passage.
func TestLang23EnglishFillers(t *testing.T) {
	for _, w := range []string{"mean", "matter", "matters", "already", "yet", "nothing", "till", "anymore", "else", "whole", "thats", "bc", "ahead"} {
		if !isStop(w) {
			t.Errorf("isStop(%q) = false, want a stop word", w)
		}
	}
	ix := lang23Build(t, []*Document{{ID: "d", Title: "Fillings", Lang: "en", Sections: []Section{
		section("s1", "Fillings for children", "A child who already has fillings benefits from sealants."),
	}}})
	for _, q := range []string{"my daughter already had one filling, does it matter?", "no change yet, is that normal bc I worry"} {
		for _, k := range ix.keys(Words(q)) {
			for _, w := range []string{"already", "matter", "yet", "bc"} {
				if k == stemWord(w) {
					t.Errorf("keys(%s) has «%s» as a topic", q, w)
				}
			}
		}
	}
}

// The conjunction «و» on a word of three letters the rules keep whole («ومشى», and walked; «وطاح»)
// is read off when the rest is a word the pages or the lexicon know: «ومشي» is «مشي» (walking).
func TestLang23AndOnShortWord(t *testing.T) {
	ix := lang23Build(t, []*Document{{ID: "d", Title: "المشي", Lang: "ar", Sections: []Section{
		section("s1", "المشي بعد السقوط", "ننصح بالمشي يوميًا مع مرافق بعد السقوط حتى تعود الثقة."),
	}}})
	for _, q := range []string{"جدي وقع وقام ومشى عادي", "ابوي طاح امس بالمجلس وقام ومشى لحاله بس خايف"} {
		keys := ix.keys(Words(q))
		want := stemWord("مشي")
		if !slices.Contains(keys, want) {
			t.Errorf("keys(%s) = %q, want «%s»", q, keys, want)
		}
	}
	// A word of its own that starts with «و» stays itself: «وجه» (face), «ورم» (swelling).
	for _, w := range []string{"وجه", "ورم"} {
		if got := ix.keys([]string{w})[0]; got != stemWord(w) {
			t.Errorf("keys(%s) = %q, want «%s»", w, got, stemWord(w))
		}
	}
}
