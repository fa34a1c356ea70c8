package knowledge

import (
	"os"
	"slices"
	"testing"
)

// lex20Searches reports whether the question, read by lx, searches the pages for word (its content
// stems as one of a concept's alternatives).
func lex20Searches(lx *Lexicon, question, word string) bool {
	want := contentOf(keysOf(Analyze(word)))
	for _, c := range lx.Concepts(keysOf(Analyze(question))) {
		for _, alt := range c.Alts {
			if slices.Equal(alt, want) {
				return true
			}
		}
	}
	return false
}

func lex20Dental(t *testing.T) *Lexicon {
	t.Helper()
	lx, err := LoadLexicon(os.DirFS("../bot/eval/testdata/clinics/dental/kb"))
	if err != nil {
		t.Fatal(err)
	}
	return lx
}

// At the dental clinic a tooth that «ينشال» is extracted («خلع»); stitches that «تنشال» are still
// removed («تزال»), and elsewhere «ينشال» stays the general removal.
func TestLex20DentalRemovalIsExtraction(t *testing.T) {
	dental := lex20Dental(t)
	for _, q := range []string{"ضرس العقل لازم ينشال؟", "لازم اشيل ضرس العقل؟", "السن لازم يتشال؟"} {
		if !lex20Searches(dental, q, "خلع") {
			t.Errorf("dental: %q does not search for «خلع»", q)
		}
	}
	for _, q := range []string{"الغرز متى تنشال؟", "متى بيشيلوا الغرز", "التبييض يشيلها؟"} {
		if !lex20Searches(dental, q, "تزال") || lex20Searches(dental, q, "خلع") {
			t.Errorf("dental: %q should search for removal («تزال»), not extraction", q)
		}
	}
	general, err := ParseLexicon(GeneralLexiconFile, generalLexicon)
	if err != nil {
		t.Fatal(err)
	}
	if !lex20Searches(general, "الشامة لازم تنشال؟", "ازاله") || !lex20Searches(general, "لازم ينشال؟", "ازاله") {
		t.Error("language layer: «ينشال/تنشال» no longer the general removal")
	}
}

// «زادت بدل ما تقل» ("got worse instead of getting better") says it got worse: no alternative is asked.
func TestLex20InsteadOfGettingBetter(t *testing.T) {
	general, err := ParseLexicon(GeneralLexiconFile, generalLexicon)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"الحبوب زادت بدل ما تقل، عادي؟", "الالم بدل ما يخف صار اقوى", "بدال ما تخف الحساسيه زادت"} {
		if lex20Searches(general, q, "بدائل") || !lex20Searches(general, q, "يزيد") {
			t.Errorf("%q: read as asking for an alternative, or not as getting worse", q)
		}
	}
	if !lex20Searches(general, "في حل بدل ما اعمل عمليه؟", "بدائل") {
		t.Error("«بدل ما اعمل» no longer asks for an alternative")
	}
}

// «كل كم» is stop words in Arabic: the repeat group must not search the pages for a bare "every",
// which only the English pages can match.
func TestLex20EveryIsNoRepeat(t *testing.T) {
	general, err := ParseLexicon(GeneralLexiconFile, generalLexicon)
	if err != nil {
		t.Fatal(err)
	}
	if lex20Searches(general, "كل كم اروح اشد التقويم", "every") {
		t.Error("«كل كم» searches for \"every\"")
	}
	if !lex20Searches(general, "كل كم اروح اشد التقويم", "تكرار") || !lex20Searches(general, "how often should I come", "تكرار") {
		t.Error("«كل كم» / how often no longer asks how often")
	}
}

// The removal group must not search for a bare "take" (of "take out", "out" being a stop word).
func TestLex20RemovalIsNoTake(t *testing.T) {
	general, err := ParseLexicon(GeneralLexiconFile, generalLexicon)
	if err != nil {
		t.Fatal(err)
	}
	if lex20Searches(general, "متى يتحسن البصر بعد إزالة الساد؟", "take") {
		t.Error("«إزالة» searches for \"take\"")
	}
	if !lex20Searches(general, "can you remove it", "ازاله") {
		t.Error("remove no longer the removal group")
	}
}
