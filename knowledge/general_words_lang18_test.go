package knowledge

import "testing"

// Levantine and Egyptian «I can» with the present's ب or the future's ه («بقدر سوق بعده؟», «مش هقدر
// اجي»), and «بكون» (I'll be), are stop words like «اقدر» and «بيكون», not a topic the pages lack.
func TestLang18CanIsStop(t *testing.T) {
	for _, w := range []string{"بقدر", "هقدر", "بكون"} {
		if !isStop(Normalize(w)) {
			t.Errorf("isStop(%q) = false, want a stop word", w)
		}
	}
}

// «تصلح» asks whether a treatment suits someone, as «يناسب» does (so do «يصلح لي/لهم»); «من زمان» (for a long
// time) only dates the story, as «من سنين»; «خفاف» is the plural of «خفيف» (mild).
func TestLang18Groups(t *testing.T) {
	lx := mustLexicon(t)
	for a, b := range map[string]string{
		"تصلح": "يناسب",
		"خفاف": "خفيف",
	} {
		x, y := lx.Concepts(Stems(a)), lx.Concepts(Stems(b))
		if len(x) != 1 || len(y) != 1 || x[0].group < 0 || x[0].group != y[0].group {
			t.Errorf("«%s» is %+v, «%s» %+v: want one group", a, x, b, y)
		}
	}
	for _, w := range []string{"زمان", "من زمان"} {
		if cs := lx.Concepts(Stems(Normalize(w))); len(cs) != 1 || !lx.Minor(cs[0]) {
			t.Errorf("«%s» is %+v: want one minor concept", w, cs)
		}
	}
	// «يصلح» alone is also mending a tooth («ما يقدرون يصلحونه بدال الخلع؟»): not the suitability group.
	x, y := lx.Concepts(Stems("يصلح")), lx.Concepts(Stems("يناسب"))
	if len(x) == 1 && len(y) == 1 && x[0].group >= 0 && x[0].group == y[0].group {
		t.Errorf("«يصلح» alone joined «يناسب»'s group")
	}
}

// Egyptian «واجعني» (it aches, me) is pain, and «اتشال/هتتشال» (was/will be removed) removal: their
// stems («اجع», the passive's ات) are no word of the pages.
func TestLang18DialectVerbs(t *testing.T) {
	lx := mustLexicon(t)
	for a, b := range map[string]string{"واجعني": "يوجعني", "واجعه": "الم", "اتشال": "يزيل", "هتتشال": "ازاله"} {
		x, y := lx.Concepts(Stems(Normalize(a))), lx.Concepts(Stems(Normalize(b)))
		if len(x) != 1 || len(y) != 1 || x[0].group < 0 || x[0].group != y[0].group {
			t.Errorf("«%s» is %+v, «%s» %+v: want one group", a, x, b, y)
		}
	}
}
