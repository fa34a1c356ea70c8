package knowledge

import "testing"

// «اقعد» (I sit: «انا موظف اقعد ٨ ساعات») is the pages' «الجلوس», as «اجلس» is; «يقعد», «تقعد» and
// «قعد» stay with how long an effect lasts («كم يقعد مفعوله», «حقها قعد اكثر»), and so does the noun
// «القعدة», whose stem is «قعد»'s.
func TestRound20SittingIsQaada(t *testing.T) {
	lx := mustLexicon(t)
	sit := lx.Concepts(Stems("الجلوس"))
	if len(sit) != 1 || sit[0].group < 0 {
		t.Fatalf("«الجلوس» is %+v: want a group", sit)
	}
	for _, w := range []string{"اقعد", "اجلس", "يجلس"} {
		if c := lx.Concepts(Stems(w)); len(c) != 1 || c[0].group != sit[0].group {
			t.Errorf("«%s» is %+v, want the group of «الجلوس» %+v", w, c, sit)
		}
	}
	for _, w := range []string{"يقعد", "قعد"} {
		if c := lx.Concepts(Stems(w)); len(c) == 1 && c[0].group == sit[0].group {
			t.Errorf("«%s» joined sitting: it says how long an effect lasts", w)
		}
	}
}

// «موظف» (an employee: «انا موظف اقعد ٨ ساعات») speaks of the patient's work, the pages' «العمل».
func TestRound20EmployeeIsWork(t *testing.T) {
	lx := mustLexicon(t)
	work := lx.Concepts(Stems("العمل"))
	for _, w := range []string{"موظف", "موظفة"} {
		if c := lx.Concepts(Stems(w)); len(c) != 1 || len(work) != 1 || c[0].group < 0 || c[0].group != work[0].group {
			t.Errorf("«%s» is %+v, «العمل» %+v: want one group", w, c, work)
		}
	}
}

// «بدال» (instead of, Egypt and the Levant: «بدال التمارين», «يشيل السن بدال ما يعالجه») and «تغني
// عن» (does it spare, replace) ask for an alternative, the pages' «بديلًا عن», as «بدل» does.
func TestRound20InsteadIsAlternative(t *testing.T) {
	lx := mustLexicon(t)
	alt := lx.Concepts(Stems("بديل"))
	if len(alt) != 1 || alt[0].group < 0 {
		t.Fatalf("«بديل» is %+v: want a group", alt)
	}
	for _, w := range []string{"بدال", "بدال ما", "تغني عن", "يغني عن"} {
		if c := lx.Concepts(Stems(w)); len(c) != 1 || c[0].group != alt[0].group {
			t.Errorf("«%s» is %+v, want the group of «بديل» %+v", w, c, alt)
		}
	}
}

// A muscle that trembles or twitches («ترتجف», «يرتعش», "twitching") is the pages' «رعشة» and
// «ارتعاش»: the verbs join the nouns.
func TestRound20TrembleVerbs(t *testing.T) {
	lx := mustLexicon(t)
	tremor := lx.Concepts(Stems("رعشة"))
	if len(tremor) != 1 || tremor[0].group < 0 {
		t.Fatalf("«رعشة» is %+v: want a group", tremor)
	}
	for _, w := range []string{"ترتجف", "يرتعش", "ارتعاش", "twitching"} {
		if c := lx.Concepts(Stems(w)); len(c) != 1 || c[0].group != tremor[0].group {
			t.Errorf("«%s» is %+v, want the group of «رعشة» %+v", w, c, tremor)
		}
	}
}

// «يمشي» (walks; the Gulf's "will it do?") read as a defective verb tried «نمشي», whose stem «نمش» is
// freckles, a condition the general lexicon names: «البوتكس يساعده يمشي» became a question about
// freckles, foreign to a botox clinic. A treatment or condition is a noun, not the verb in another
// person.
func TestRound20WalkIsNoFreckles(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("a", "التعرق", "يقلل العلاج التعرق تحت الإبط."),
		section("b", "الحركة", "يساعد العلاج الطفل على تحسين الحركة."),
	}}})
	if got := ix.keys([]string{"يمشي"}); len(got) == 1 && got[0] == stemWord("نمش") {
		t.Errorf("keys(يمشي) = %q: read as freckles", got)
	}
}

// The first persons of reducing («كيف اقلل المضاعفات؟», «ابغى اخفف الخطوط») ask what the pages' «تقليل»
// and «تخفيف» answer, as «يقلل» and «يخفف» do.
func TestRound20ReduceFirstPerson(t *testing.T) {
	lx := mustLexicon(t)
	reduce := lx.Concepts(Stems("تقليل"))
	if len(reduce) != 1 || reduce[0].group < 0 {
		t.Fatalf("«تقليل» is %+v: want a group", reduce)
	}
	for _, w := range []string{"اقلل", "اخفف", "نقلل", "نخفف"} {
		if c := lx.Concepts(Stems(w)); len(c) != 1 || c[0].group != reduce[0].group {
			t.Errorf("«%s» is %+v, want the group of «تقليل» %+v", w, c, reduce)
		}
	}
}
