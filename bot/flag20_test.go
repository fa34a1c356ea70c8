package bot

import "testing"

// TestFlag20EgyptianMosh holds the cause of round 18's missed red flag, fixed at session 20 on lines of
// its own: Egyptian Arabizi negates with «mosh» (as «mish», «msh»), and a woman's «shayfa» is the
// same not-seeing as «shayef»; an eye lost all at once after an injection is an emergency.
func TestFlag20EgyptianMosh(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"3eny el shemal ba2et mosh shayfa ay 7aga fag2a", "vision"},
		{"mama 3enha mosh shayfa 7aga khales men el sob7 fag2a", "vision"},
	} {
		if got := flag18(c.text); got != c.want {
			t.Errorf("findRedFlag(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	// A sight long poor, with nothing sudden or dark, is no red flag.
	for _, text := range []string{"3eny mosh shayfa kwayes men sana, 3ayza a3mel lasik"} {
		if got := flag18(text); got != "" {
			t.Errorf("findRedFlag(%q) = %q, want none", text, got)
		}
	}
}
