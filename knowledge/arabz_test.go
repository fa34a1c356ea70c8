package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// TestArabzFunctionWords: the dialects' function words and helper verbs, in spellings of their own,
// read as themselves, not as the content words letter by letter made of them («sh» left Latin,
// «badde» بد, «fikon» يكن, «bl» بل, «lahal» اهل, «te5th» تخت, «bt2ol» تقل, «bi2asser» قصير,
// «7atta» حاط, «etnein» طنين).
func TestArabzFunctionWords(t *testing.T) {
	for w, want := range map[string]string{
		"sh": "شو", "bidde": "بدي", "baddy": "بدي", "fikun": "فيكم", "feekom": "فيكم", "fiki": "فيك",
		"bi": "ب", "bl": "ب", "fl": "في", "lhal": "لهذا", "ya5th": "ياخذ", "akhuth": "اخذ", "khud": "اخذ",
		"by2ool": "بيقول", "tgool": "تقول", "bye2asser": "بياثر", "te2asser": "تاثر", "hatta": "حتي",
		"7ta": "حتي", "tnen": "اثنين", "ithnein": "اثنين",
	} {
		if got := ArabiziSpellings(w, 1); !slices.Equal(got, []string{want}) {
			t.Errorf("ArabiziSpellings(%q) = %v, want [%s]", w, got, want)
		}
	}
	// «bi» marks a short question as Arabizi with a word ending on a letter-digit («bi btwaja3?»);
	// an English one that writes "bi" is not made Arabizi by it alone.
	if !IsArabizi(Words("bi yewja3?")) {
		t.Error("IsArabizi(«bi yewja3?») = false, want true")
	}
	for _, m := range []string{"bi weekly sessions?", "is the botox bi annual"} {
		if IsArabizi(Words(m)) {
			t.Errorf("IsArabizi(%q) = true, want false", m)
		}
	}
}

// TestArabzDoubledDigraph: a doubled digraph is a shadda, written once («naththarti» نظارتي, not
// «نثثرتي»), and the Gulf's th may be ظ («thahri» ظهري).
func TestArabzDoubledDigraph(t *testing.T) {
	for w, want := range map[string]string{"naththarti": "نظارتي", "thahri": "ظهري", "mshshat": "مشط"} {
		sp := ArabiziSpellings(w, maxArabiziSpellings)
		if !slices.Contains(sp, want) {
			t.Errorf("ArabiziSpellings(%q) = %v, want %s among them", w, sp, want)
		}
		for _, s := range sp {
			if strings.Contains(s, "ثث") || strings.Contains(s, "شش") {
				t.Errorf("ArabiziSpellings(%q) has %s: a doubled digraph is one letter", w, s)
			}
		}
	}
}

// TestArabzWalkingNotFreckles: «نمشي» (we walk), whose stem is the freckles («نمش») the general
// lexicon lists, is walking at a clinic whose pages speak of walking and not of freckles, in Arabic
// and in Arabizi; where the pages do name freckles, the word stays theirs.
func TestArabzWalkingNotFreckles(t *testing.T) {
	walk := mustBuild(t, []*Document{{ID: "d", Title: "القدم", Lang: "ar", Sections: []Section{
		section("flat", "القدم المسطحة", "نوصي بالتقييم إذا كان الطفل يتعب بسرعة عند المشي أو يشتكي من ألم في القدم."),
		section("fall", "الوقاية من السقوط", "برنامج توازن لكبار السن يقلل السقوط في البيت."),
	}}})
	for _, q := range []string{"رجليه بتوجعه لما نمشي مسافة", "ejreh bywaj3o lama nimshi mesafe"} {
		if c := explained(walk, q, "مشي"); c == nil || !c.Known {
			t.Errorf("%q: walking (مشي) not read as the pages' word: %+v", q, walk.Explain(q))
		}
	}
	freckles := mustBuild(t, []*Document{{ID: "d", Title: "الجلد", Lang: "ar", Sections: []Section{
		section("frk", "النمش", "النمش بقع بنية صغيرة تزيد مع الشمس ويخففها الليزر."),
		section("mel", "الكلف", "الكلف تصبغ يظهر مع الحمل."),
	}}})
	if c := explained(freckles, "عندي نمشي بالوجه من الشمس", "نمش"); c == nil || !c.Known {
		t.Error("freckles (نمش) lost where the pages name them")
	}
}

// explained is the concept said as said in q, nil when the search reads none.
func explained(ix *Index, q, said string) *ConceptWeight {
	for _, c := range ix.Explain(q) {
		if c.Said == said {
			return &c
		}
	}
	return nil
}
