package bot

import "testing"

// TestFlag19Arabizi holds the causes of flags20a's misses fixed at session 19 (lane flag19) on lines of
// their own, not the battery's: a shower of spots with flashes in Gulf Arabizi (6 for ط, 8 for ق);
// a numb groin between the thighs in Arabizi; a fall or a faint in Gulf and Egyptian Arabizi («ta7»,
// «a3ma 3aleh») with no coming round («mafa2sh»); shaking and trembling with no answer.
func TestFlag19Arabizi(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"min sa3a ashoof nu8a6 wayed w wam9at b 3aini el yimin", "vision"},
		{"ya doctor fi noqa6 sooda w wamdh ma tw2af b 3aini", "vision"},
		{"ubooy ma y7is b el manta8a bain el fa5dain w dahra yoja3a", "nerve compression"},
		{"mo a7es abadan bain el af5adh mn el sob7", "nerve compression"},
		{"abooy ta7 fi el sala o ma yrd 3alaina", "fainting"},
		{"mama a3ma 3aleha fel matba5 w lessa mafa2etsh", "fainting"},
		{"ukhti oghmi 3aleha w ma fa2et mn rub3 sa3a", "fainting"},
		{"ibni gaa3id yerjif o yerta3ish o ma yrud 3alay", "seizure"},
	} {
		if got := flag18(c.text); got != c.want {
			t.Errorf("findRedFlag(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
