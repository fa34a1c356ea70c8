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
	same("الساقعة", "البارد")
	same("ساقع", "باردة")
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

// A word of four letters the pages write with its preposition in one passage and without it in many
// («بتاج» beside «تاج») is read without it: «بتاج» asks of the crown.
func TestLang26RareFourLetterForm(t *testing.T) {
	ix, err := Build([]*Document{{ID: "d", Title: "التيجان", Lang: "ar", Sections: []Section{
		section("s1", "الضرس بعد العصب", "نغطي الضرس بتاج بعد علاج العصب."),
		section("s2", "متى نركب التاج؟", "يركب التاج بعد أسبوعين."),
		section("s3", "أنواع التاج", "التاج من الخزف أو الزيركون."),
		section("s4", "العناية بالتاج", "نظف حول التاج بالخيط."),
		section("s5", "عمر التاج", "يعيش التاج سنوات طويلة."),
	}}}, mustLexicon(t))
	if err != nil {
		t.Fatal(err)
	}
	want := stemWord(Normalize("التاج"))
	for _, q := range []string{"ليش الدكتور يبي يغطيه بتاج؟", "ضروري بتاج بعد العصب؟"} {
		words := Words(q)
		keys := ix.keys(words)
		found := false
		for _, k := range keys {
			found = found || k == want
		}
		if !found {
			t.Errorf("keys(%s) = %q: no «%s»", q, keys, want)
		}
	}
}

// An English word a phone slipped on (two letters swapped, a vowel added or dropped, a letter
// doubled) is read as the pages' word; a real word one consonant from one of theirs is not.
func TestLang26EnglishSlips(t *testing.T) {
	for _, c := range []struct {
		w, known string
		slip     bool
	}{
		{"widsom", "wisdom", true}, {"eyelied", "eyelid", true}, {"bottox", "botox", true},
		{"botx", "botox", true}, {"compleetly", "completely", true}, {"stich", "stitch", false},
		{"stuck", "struck", false}, {"ladder", "bladder", false}, {"across", "cross", false},
		{"charge", "change", false}, {"message", "massage", false},
	} {
		if got := latinSlip(c.w, c.known); got != c.slip {
			t.Errorf("latinSlip(%s, %s) = %v", c.w, c.known, got)
		}
	}
	ix, err := Build([]*Document{{ID: "e", Title: "Eyelid lifts", Lang: "en", Sections: []Section{
		section("s1", "Droopy eyelid", "A heavy eyelid can be lifted with a small procedure."),
		section("s2", "Wisdom teeth", "Wisdom teeth that are impacted are removed."),
		section("s3", "Massage", "A gentle massage helps the scar settle. Avoid the struck side."),
	}}}, mustLexicon(t))
	if err != nil {
		t.Fatal(err)
	}
	has := func(q, want string) bool {
		for _, k := range ix.keys(Words(q)) {
			if k == want {
				return true
			}
		}
		return false
	}
	for q, want := range map[string]string{
		"my upper eyelied feels heavy": stemLatin("eyelid"),
		"do widsom teeth always go":    stemLatin("wisdom"),
	} {
		if !has(q, want) {
			t.Errorf("keys(%s) = %q: no %q", q, ix.keys(Words(q)), want)
		}
	}
	for q, bad := range map[string]string{
		"can i send you a message":     stemLatin("massage"),
		"my knee feels stuck at night": stemLatin("struck"),
	} {
		if has(q, bad) {
			t.Errorf("keys(%s) = %q: read as %q", q, ix.keys(Words(q)), bad)
		}
	}
}
