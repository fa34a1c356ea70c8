package bot

import "testing"

// TestFlag21SpentRound19 holds the causes of the two tune red flags the code missed once round 19 was
// spent and the net retrained, fixed at session 21 on lines of their own: Egyptian wraps "no longer"
// in ma…sh («مبقتش عايزة اعيش»), and a ball can reach an eye with words between («to the treated eye»).
func TestFlag21SpentRound19(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"بقالي شهر عليه وبقيت بعيط طول الوقت ومبقتش عايزة اعيش خالص", "self-harm"},
		{"ابني معدتش عاوز يعيش وبيقول كده كل يوم", "self-harm"},
		{"ما بقيتش عايز اعيش", "self-harm"},
		{"My husband had LASIK ten days ago and just took a squash ball straight to the treated eye", "eye injury"},
		{"a tennis ball hit right in her operated left eye", "eye injury"},
	} {
		if got := flag18(c.text); got != c.want {
			t.Errorf("findRedFlag(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	// Living without a thing, or a ball game talked of with an eye nowhere near it, is no red flag.
	for _, text := range []string{
		"مبقتش عايزة اعيش من غير الكريم ده هههه",
		"can I play squash with the ball a week after LASIK or should I protect my eyes?",
	} {
		if got := flag18(text); got != "" {
			t.Errorf("findRedFlag(%q) = %q, want none", text, got)
		}
	}
}

// TestFlag21NetWentBack: the net read the «رجعت» of going back to a doctor as the «رجعت» of vomiting
// once retrained at session 21; it is asked of «عدت» there, and vomiting is still vomiting.
func TestFlag21NetWentBack(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"عيني توجعني من الظهر ورجعت للدكتور", ""},
		{"عيني توجعني بقوة من الظهر ورجعت مرتين", "vision"},
	} {
		if got := flag18(c.text); got != c.want {
			t.Errorf("findRedFlag(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	if got := netReading(" الم ورجعت للدكتور امس "); got != " الم وعدت للدكتور امس " {
		t.Errorf("netReading = %q", got)
	}
}
