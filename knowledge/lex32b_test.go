package knowledge

import "testing"

// The past of a derived verb is read with its participle («انتشر», «المنتشرة»); a hollow root's verb
// is not, its participle being a word of its own («ارتاح», rest; «مرتاحة», at ease), nor a word
// of another shape, nor a defective root's, whose participle is shaped otherwise («انتهى», «منتهي»).
func TestParticipleOfDerivedVerb(t *testing.T) {
	for w, want := range map[string]string{
		"انتشر": "منتشر", "التهب": "ملتهب", "انكسر": "منكسر", "استخدم": "مستخدم",
		"ارتاح": "", "احتاج": "", "انتهى": "", "استنى": "", "انتشار": "", "اسنان": "",
	} {
		if got := participleOf(w); got != want {
			t.Errorf("participleOf(%q) = %q, want %q", w, got, want)
		}
	}
	lx, err := ParseLexicon("t", []byte("انتشار | انتشر | spread\nراحه | ارتاح | rest\n"))
	if err != nil {
		t.Fatal(err)
	}
	if cs := lx.Concepts(keysOf(Analyze("المنتشرة"))); len(cs) != 1 || cs[0].group != 0 {
		t.Errorf("«المنتشرة» not read as the spread group: %+v", cs)
	}
	if cs := lx.Concepts(keysOf(Analyze("انتشرت"))); len(cs) != 1 || cs[0].group != 0 {
		t.Errorf("«انتشرت» not read as the spread group: %+v", cs)
	}
	if cs := lx.Concepts(keysOf(Analyze("مرتاحه"))); len(cs) == 1 && cs[0].group == 1 {
		t.Errorf("«مرتاحة» read as rest: %+v", cs)
	}
}
