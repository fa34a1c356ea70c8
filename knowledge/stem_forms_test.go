package knowledge

import "testing"

// A one-letter preposition before a word whose own first letter is ل: «للثة» is ل + اللثة, the
// article's ل gone with its alif, and the stem «ثه» is no word; «لليزر», «بلثة» likewise. The
// written word without its preposition is the pages' word.
func TestPrepositionBeforeOwnLam(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "العيادة", Lang: "ar", Sections: []Section{
		section("gums", "علاج اللثة", "ننظف الجير ونعالج التهاب اللثة."),
		section("laser", "الليزر", "يستخدم الليزر لتفتيت الحصى."),
		section("mouth", "الفم", "نفحص الفم والأسنان."),
	}}})
	for w, want := range map[string]string{"للثة": "اللثة", "لليزر": "الليزر", "بلثة": "اللثة"} {
		got, wantKey := ix.keys(Words(w)), stemWord(Normalize(want))
		if len(got) != 1 || got[0] != wantKey {
			t.Errorf("keys(%s) = %q, want [%s] (the key of %s)", w, got, wantKey, want)
		}
	}
}
