package knowledge

import (
	"strings"
	"testing"
)

// An English word whose inflection the light stemmer leaves apart from its base («stronger», «moving»,
// the British «paralyse») is read as the base the lexicon or the pages know; a word they know as it
// is, or whose base they do not know, stays as it is.
func TestEnglishBase(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "x", Lang: "ar", Sections: []Section{section("s", "x", "علاج قوي للحركة")}}},
		"قوي | strong\nشلل | paralyze\nحركه | move\nتوقف | stop\nابيض | white\nسهل | easy\nليزر | laser")
	for q, want := range map[string]string{
		"stronger options":  "strong option",
		"the strongest one": "~the strong one",
		"paralyse":          "paralyze",
		"paralysed":         "paralyze",
		"moving":            "move",
		"moved":             "move",
		"stopped":           "stop",
		"whiter":            "white",
		"easier":            "easy",
		"laser":             "laser", // known as it is: not "las"
		"dresser":           "dresser",
	} {
		keys := ix.arabicKeys(ix.inArabic(Words(q)))
		if got := strings.Join(keys, " "); got != want {
			t.Errorf("arabicKeys(%q) = %s, want %s", q, got, want)
		}
	}
}
