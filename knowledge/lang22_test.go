package knowledge

import (
	"strings"
	"testing"
)

// TestLang22DialectWords: the dialect words a patient of any clinic uses for the pages' blur, light,
// crowding, a bad taste or look, a blow, pain («ذابحتني») and fading («باهتة») join the layer's groups
// («اسنانه متزاحمة» is the pages' «ازدحام»).
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
		{"ذابحتني", "يوجع"}, {"يذبحني", "الم"}, {"باهتة", "بهتان"}, // «ذابحتني», "it is killing me", is pain
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

// TestLang22GoingSomewhere: «بتروح» is read (it was a stop word), and before a destination it is
// going somewhere, not going away: «عينه بتروح لجوه» asks nothing of permanence, «بتروح لحالها؟» does.
func TestLang22GoingSomewhere(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	aspect := func(q string) bool {
		for _, c := range ix.lex.Concepts(ix.arabicKeys(Words(q))) {
			if ix.lex.Aspect(c) {
				return true
			}
		}
		return false
	}
	for q, want := range map[string]bool{
		"عينه بتروح لجوه":        false,
		"بتروح عالبيت":           false,
		"بتروح للدكتور":          false,
		"بتروح لحالها":           true,
		"بتروح لما يكبر":         false,
		"الحفر بتروح كلها":       true,
		"يعني بعدها بتروح نهائي": true,
	} {
		if got := aspect(q); got != want {
			t.Errorf("%s: an aspect %v, want %v", q, got, want)
		}
	}
}

// TestLang22Working: the dialect's «شغال» and «بشتغل» (I work at) are the layer's job («الدوام»).
func TestLang22Working(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	group := func(w string) int {
		cs := ix.lex.Concepts(ix.arabicKeys(Words(w)))
		if len(cs) != 1 {
			return -2
		}
		return cs[0].group
	}
	for _, w := range []string{"شغال", "بشتغل"} {
		if g, want := group(w), group("وظيفه"); g < 0 || g != want {
			t.Errorf("%s: group %d, want %d", w, g, want)
		}
	}
}

// TestLang22FillerVerbs: «صاير» (has become), «عارف» (I know), «مدري» (I don't know) and
// «خصوصا» (especially) carry no topic: stop words, as «صرت» and «ادري» are.
func TestLang22FillerVerbs(t *testing.T) {
	for _, w := range []string{"صاير", "صايره", "وصاير", "خصوصا", "عارف", "عارفه", "بعرف", "ادري", "مدري", "ومدري"} {
		if !StopWord(w) {
			t.Errorf("%s: not a stop word", w)
		}
	}
}

// TestLang22MayI: «ينفع» before a verb in the first person asks "may I", not whether it helps;
// before a light verb of getting a treatment, or anything else, it stays a word of the question.
func TestLang22MayI(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]bool{
		"ينفع اروح الجيم":  false,
		"ينفع انام عليه":   false,
		"ينفع اسوي بوتوكس": true,
		"ينفع للصداع":      true,
	} {
		keys := ix.arabicKeys(Words(q))
		if got := !strings.HasPrefix(keys[0], stopKey); got != want {
			t.Errorf("%s: «ينفع» read %v, want %v (%v)", q, got, want, keys)
		}
	}
}
