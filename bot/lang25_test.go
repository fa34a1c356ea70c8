package bot_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/knowledge"
)

// Arabizi words the letter-by-letter reading misspelt: «of course» (طبعا), «yesterday» as the Levant
// spells it (امبارح), «in» as one letter, «stays» (تبقى) without its ب, «seeing» (شايف), a smell
// (ريحة). Each reads as one Arabic word.
func TestLang25ArabiziFixedWords(t *testing.T) {
	for w, want := range map[string]string{
		"tab3an": "طبعا",
		"6ab3an": "طبعا",
		"mbere7": "امبارح",
		"f":      "في",
		"bt2a":   "تبقي",
		"shayef": "شايف",
		"ri7et":  "ريحه",
		"re7a":   "ريحه",
	} {
		if got := knowledge.ArabiziSpellings(w, 0); !slices.Equal(got, []string{want}) {
			t.Errorf("ArabiziSpellings(%s) = %q, want only «%s»", w, got, want)
		}
	}
	// «f» alone does not make an English message Arabizi.
	if knowledge.IsArabizi(knowledge.Words("grade f in school, is my eye test ok")) {
		t.Error("an English message with «f» read as Arabizi")
	}
}

// A word opening on «2o» or «2u» is read first with the ق the dialects say as a hamza («2o6ab» قطب,
// «2o6n» قطن), and a vowel meeting a long ee has an ع or a hamza between them («tajaeed» تجاعيد,
// «mawaeed» مواعيد, «nihaee» نهائي).
func TestLang25ArabiziLetters(t *testing.T) {
	for w, want := range map[string]string{
		"2o6ab":   "قطب",
		"2u6n":    "قطن",
		"tajaeed": "تجاعيد",
		"mawaeed": "مواعيد",
	} {
		if got := knowledge.ArabiziSpellings(w, 0); len(got) == 0 || got[0] != want {
			t.Errorf("ArabiziSpellings(%s) = %q, want «%s» first", w, got, want)
		}
	}
	for w, want := range map[string]string{"nihaee": "نهايي", "faedeh": "فايده"} {
		if got := knowledge.ArabiziSpellings(w, 0); !slices.Contains(got, want) {
			t.Errorf("ArabiziSpellings(%s) = %q: no «%s»", w, got, want)
		}
	}
	// A hamza before a, or a word's first 2 before a, is read as before.
	if got := knowledge.ArabiziSpellings("2ana", 0); len(got) == 0 || !strings.HasPrefix(got[0], "ا") || !slices.Contains(got, "انا") {
		t.Errorf("ArabiziSpellings(2ana) = %q, want an alif first and «انا»", got)
	}
}

// Bringing an old scan to the visit, in the dialects' «اجيبها معي» and in Arabizi, finds the page's
// «فأحضرها معك».
func TestLang25BringWithMe(t *testing.T) {
	e := clinicEngine(t, "physio")
	for _, q := range []string{
		"عندي صور رنين من المستشفى، اجيبها معي للموعد؟",
		"معايا اشعة قديمة، اجيبها معايا اول زيارة؟",
		"fi 3andi ashe3a mn el mostashfa, ajibha ma3i?",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindAnswer || !strings.Contains(r.Text, "فأحضرها معك") {
			t.Errorf("%q: got %s %q, want the answer saying «فأحضرها معك»", q, r.Kind, r.Text)
		}
	}
}

// My lip (شفتي) in Arabizi is the lip, not «شفت» (I saw): a numb lower lip after a tooth out finds the
// page that speaks of the lip.
func TestLang25ArabiziLip(t *testing.T) {
	for _, w := range []string{"shfti", "shefti", "shafti"} {
		if got := knowledge.ArabiziSpellings(w, 0); !slices.Equal(got, []string{"شفتي"}) {
			t.Errorf("ArabiziSpellings(%s) = %q, want only «شفتي»", w, got)
		}
	}
	e := clinicEngine(t, "dental")
	q := "shafti el ta7tiye lissa m5addara ba3d ma khala3t el ders, tabi3i?"
	if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindAnswer || !strings.Contains(r.Text, "الشفة السفلية") {
		t.Errorf("%q: got %s %q, want the answer on the lower lip", q, r.Kind, r.Text)
	}
}

// «its price» in Arabizi, in the dialects' spellings (si3ra, si3rha, as3arkom), asks for a price:
// staff answer it.
func TestLang25ArabiziPrice(t *testing.T) {
	e := clinicEngine(t, "derma")
	for _, q := range []string{
		"tayeb w kam si3rha?",
		"as3arkom kam lal laser?",
		"el 7o2na kam si3ra 3andkom?",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindHandoff {
			t.Errorf("%q: got %s %q, want a handoff", q, r.Kind, r.Text)
		}
	}
}
