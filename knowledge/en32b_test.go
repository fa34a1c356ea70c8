package knowledge

import (
	"slices"
	"testing"
)

// Chat spellings of words the analysis already reads: "somethin", "nothin", "anythin" (the g dropped)
// and "evr" are the stop words they spell, not unknown words that left a plain question unanswered
// ("is this somethin i need to keep redoin or is one sesion enuf?" fell back); "enuf" is "enough",
// also in the phrase asking whether one session is enough.
func TestEn32bChatSpellings(t *testing.T) {
	for chat, plain := range map[string]string{
		"is this somethin i need":     "is this something i need",
		"nothin helps, anythin else?": "nothing helps, anything else?",
		"have you evr seen it":        "have you ever seen it",
	} {
		if got, want := Stems(chat), Stems(plain); !slices.Equal(got, want) {
			t.Errorf("Stems(%q) = %q, want %q as for %q", chat, got, want, plain)
		}
	}
	lx := mustLexicon(t)
	enough := lx.Concepts(Stems("enough"))
	if c := lx.Concepts(Stems("enuf")); len(enough) == 0 || !sameGroups(c, enough) {
		t.Errorf(`"enuf" is %+v: want "enough" %+v`, c, enough)
	}
	session := lx.Concepts(Stems("one session enough"))
	if c := lx.Concepts(Stems("one session enuf")); len(session) == 0 || !sameGroups(c, session) {
		t.Errorf(`"one session enuf" is %+v: want "one session enough" %+v`, c, session)
	}
}

// sameGroups says whether two readings name the same lexicon groups, in order.
func sameGroups(a, b []Concept) bool {
	return slices.EqualFunc(a, b, func(x, y Concept) bool { return x.group == y.group })
}
