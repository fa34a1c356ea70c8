package knowledge

import "testing"

// Arabizi words read letter by letter into the wrong Arabic: «ad2esh» (قديش) was «داي», «sane» (سنة)
// «سن», «nihe2i» (نهائي) «حيا», «by2ood» (بيقعد, lasts) nothing; each is now its own word.
func TestArabiziLang18Fixed(t *testing.T) {
	for w, want := range map[string]string{
		"ad2esh": "قديش", "b2addesh": "قديش", "sane": "سنه", "snin": "سنين",
		"nihe2i": Normalize("نهائي"), "by2ood": "بيقعد",
		"2eel": "ثقيل", "wej": "وجه", "khoh": "اخوه", "bteb2a": "تبقي",
	} {
		if got := ArabiziSpellings(w, 1); len(got) != 1 || got[0] != want {
			t.Errorf("ArabiziSpellings(%q, 1) = %q, want «%s»", w, got, want)
		}
	}
	// Function words of the Gulf and «exactly» are stop words, not topics the pages lack.
	for _, w := range []string{"dabt", "zabt", "asawi", "tsawi", "sawait", "ad2esh", "bkoun"} {
		if got := ArabiziSpellings(w, 1); len(got) != 1 || !isStop(got[0]) {
			t.Errorf("ArabiziSpellings(%q, 1) = %q, want a stop word", w, got)
		}
	}
	// «sane» is English too: alone it does not make a message Arabizi.
	if IsArabizi(Words("is it sane to do this")) {
		t.Errorf("IsArabizi(is it sane to do this) = true")
	}
}
