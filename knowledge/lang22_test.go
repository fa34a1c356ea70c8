package knowledge

import "testing"

// TestLang22DialectWords: the dialect words a patient of any clinic uses for the pages' blur, light,
// crowding, a bad taste or look, and a blow join the layer's groups («اسنانه متزاحمة» is the pages'
// «ازدحام»).
func TestLang22DialectWords(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	group := func(w string) int {
		cs := ix.lex.Concepts(ix.arabicKeys(ix.inArabic(Words(w))))
		if len(cs) != 1 {
			return -2
		}
		return cs[0].group
	}
	for _, p := range [][2]string{
		{"يغبش", "مغبش"}, {"بيزغلل", "زغلله"}, {"النور", "الاضواء"}, {"متزاحمة", "ازدحام"},
		{"بشعة", "كريهه"}, {"مضروب", "ضربه"}, {"نام", "النوم"},
	} {
		if g, want := group(p[0]), group(p[1]); g < 0 || g != want {
			t.Errorf("%s: group %d, want %s's %d", p[0], g, p[1], want)
		}
	}
}

// TestLang22EgyptianLeft: the Egyptian «الشمال» (left) only qualifies a question, as «اليسار» does.
func TestLang22EgyptianLeft(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"الشمال", "اليسار"} {
		cs := ix.lex.Concepts(ix.arabicKeys(Words(w)))
		if len(cs) != 1 || !ix.lex.Minor(cs[0]) {
			t.Errorf("%s: %v, want one minor concept", w, cs)
		}
	}
}
