package knowledge

import "testing"

// Function words the stop list lacked beside their kin: «يلزم» (is needed) as «لازم» is, «لهم»,
// «لنا» and «لهن» as «له», «لها» and «لكم» are, «لله» of «الحمد لله», and «اودي», «نودي» (I, we
// take someone: «متى اودي ولدي للدكتور») as «يودي» and «تودي» are.
func TestRound21FunctionWords(t *testing.T) {
	for _, w := range []string{"يلزم", "تلزم", "لهم", "لنا", "لهن", "لله", "اودي", "نودي", "اوديه", "نوديه", "اوديها", "نوديها"} {
		if !StopWord(Normalize(w)) {
			t.Errorf("%s is not a stop word", w)
		}
	}
}

// A count of years dates or ages the patient's story, as «سنة» and «سنين» do: the dual «سنتين»
// (whose stem, «سنت», no other word has) and the plural «سنوات» are qualifiers. So is the
// Levantine «بلّش» (to start), as «بدأ» is.
func TestRound21YearsAndStartingAreMinor(t *testing.T) {
	lx := mustLexicon(t)
	for _, w := range []string{"سنتين", "السنتين", "سنوات", "بلشت", "ابلش", "بيبلش"} {
		cs := lx.Concepts(Stems(Normalize(w)))
		if len(cs) != 1 || !lx.Minor(cs[0]) {
			t.Errorf("«%s» is %+v: want one minor concept", w, cs)
		}
	}
}

// Understanding and remembering are the patient's state, not what is asked («احنا مش فاهمين هو
// البوتكس ده ينفع»), as «افهم» is; unlisted, «فاهمين» lost its «ف» as if it were "so" and became
// «اهم», "most important".
func TestRound21UnderstandingIsNoTopic(t *testing.T) {
	for _, w := range []string{"فاهم", "فاهمه", "فاهمين", "فاهمة", "فهمت", "فاكر", "فاكرين"} {
		if !StopWord(Normalize(w)) {
			t.Errorf("%s is not a stop word", w)
		}
	}
}

// Words the pages do not use are read in a dialect's letters or as a typo of a word they do use, so a
// common word must be known for what it is: «رجع» (came back) is not «رقعة» (a patch) in a Gulf «ج»,
// «مواعيد» (appointments) is no typo of «مواليد» (newborns), «اصابيعي» (my fingers) none of «اسابيع»
// (weeks), «مناخيري» (my nose) none of «مناظير»; «سعلة» is a cough.
func TestRound21CommonWordsAreKnown(t *testing.T) {
	lx := mustLexicon(t)
	for _, tt := range []struct{ w, same, other string }{
		{"رجع", "رجعت", "رقعه"},
		{"مواعيد", "موعد", "مواليد"},
		{"اصابيعي", "اصابع", "اسابيع"},
		{"مناخيري", "انف", "مناظير"},
		{"سعله", "كحه", ""},
	} {
		a, b := lx.Concepts(Stems(Normalize(tt.w))), lx.Concepts(Stems(Normalize(tt.same)))
		if len(a) != 1 || a[0].group < 0 || len(b) != 1 || a[0].group != b[0].group {
			t.Errorf("«%s» is %+v, «%s» %+v: want one group", tt.w, a, tt.same, b)
			continue
		}
		if tt.other == "" {
			continue
		}
		if o := lx.Concepts(Stems(Normalize(tt.other))); len(o) == 1 && o[0].group == a[0].group {
			t.Errorf("«%s» joins «%s»", tt.w, tt.other)
		}
	}
}

// «ما المقصود بـ…» (what is meant by) and «ايش معنى…» (what is the meaning of) ask what a thing is,
// as «ما هو» does; «المقصود» itself names nothing.
func TestRound21WhatIsMeantAsksADefinition(t *testing.T) {
	for q, want := range map[string]bool{
		"ما المقصود بعلاج قناة الجذر؟": true,
		"ايش معنى انعكاس ابيض بالصورة": true,
		"شو معنى الكلف":                true,
		"ما المقصود؟":                  false, // nothing named
	} {
		if got := isDefinitionQuestion(Words(q)); got != want {
			t.Errorf("isDefinitionQuestion(%q) = %v, want %v", q, got, want)
		}
	}
	if !StopWord(Normalize("المقصود")) {
		t.Error("«المقصود» is not a stop word")
	}
}

// A nerve's pain told as electricity («كهربا ووخز نازل من ظهري», "like an electric shock") is the
// pages' «تنميل»; the electrical stimulation of a treatment («التحفيز الكهربائي») stays apart.
func TestRound21ElectricIsTingling(t *testing.T) {
	lx := mustLexicon(t)
	a, b := lx.Concepts(Stems(Normalize("كهربا"))), lx.Concepts(Stems(Normalize("تنميل")))
	if len(a) != 1 || len(b) != 1 || a[0].group < 0 || a[0].group != b[0].group {
		t.Errorf("«كهربا» is %+v, «تنميل» %+v: want one group", a, b)
	}
	if c := lx.Concepts(Stems(Normalize("الكهربائي"))); len(c) == 1 && c[0].group == b[0].group {
		t.Errorf("«الكهربائي» joins «تنميل»")
	}
}
