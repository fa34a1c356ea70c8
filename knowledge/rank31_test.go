package knowledge

import "testing"

// A numbered type names which one of a condition the patient has («السكري من النوع الثاني», "type 2
// diabetes"): «النوع» is no concept to be matched with a heading listing kinds («أنواع التبييض»),
// which took the diabetic's question on the gums from the gums' section. Unnumbered, it still asks of
// kinds.
func TestNumberedTypeIsNoConcept(t *testing.T) {
	for _, c := range []struct {
		text, word string
		stop       bool
	}{
		{"أنا مصاب بالسكري من النوع الثاني", "النوع", true},
		{"عندي سكر نوع ٢", "نوع", true},
		{"I have type 2 diabetes", "type", true},
		{"type one diabetic", "type", true},
		{"ما هي أنواع التبييض", "انواع", false},
		{"اي نوع احسن", "نوع", false},
		{"what type of whitening is best", "type", false},
	} {
		found := false
		for _, term := range Analyze(c.text) {
			if term.Word != Normalize(c.word) {
				continue
			}
			found = true
			if got := term.Stem == ""; got != c.stop {
				t.Errorf("%q: %q stop word = %v, want %v", c.text, c.word, got, c.stop)
			}
		}
		if !found {
			t.Errorf("%q: no word %q", c.text, c.word)
		}
	}
}

// The Levantine «sene» (سنة, a year) read «سن», a tooth the botox pages name in passing: «min sene»
// (for a year now) took a stroke patient's spasm question to the section that names the jaw.
func TestArabiziSeneIsAYear(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range ix.Explain("baba 3ando tashannoj min sene") {
		if c.Said == "سن" {
			t.Errorf("«sene» read as «سن» (a tooth), want a year")
		}
	}
}

// The Levantine «عنا» (عندنا, we have) is a stop word as «عندي» is: read as a word, it matched the
// «العناية» of a heading on aftercare, which took «عنا حول من صغرنا» (we both have a squint) there.
func TestLevantineWeHaveIsStop(t *testing.T) {
	if !StopWord("عنا") {
		t.Errorf("StopWord(عنا) = false, want true")
	}
}
