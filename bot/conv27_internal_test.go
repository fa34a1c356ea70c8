package bot

import (
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// Whether something comes back is asked in the third person without a when; the patient's own going
// back, or a when, is not it. What is done is asked with a what-word beside a verb of the clinic's
// doing, not "how long does it last?".
func TestConv27Readings(t *testing.T) {
	for q, want := range map[string]bool{
		"وبعدين يرجع الشعر؟":               true,
		"وبعد كده هيرجع تاني؟":             true,
		"and will it come back?":           true,
		"وبعد الجلسة متى يرجع يروح البحر؟": false,
		"متى ارجع الدوام؟":                 false,
		"when can he return to football?":  false,
	} {
		if got := asksComingBack(knowledge.Words(q)); got != want {
			t.Errorf("asksComingBack(%q) = %v, want %v", q, got, want)
		}
	}
	for q, want := range map[string]bool{
		"وش يسوون بالفحص؟":                 true,
		"طب بيعملوا ايه في الكشف؟":         true,
		"what happens at the appointment?": true,
		"kif bta3mlo el fa7es?":            true,
		"how long does it last?":           false,
		"وش اسوي بعد الجلسة؟":              false,
		"what do I do after?":              false,
	} {
		if got := asksWhatIsDone(knowledge.Words(q)); got != want {
			t.Errorf("asksWhatIsDone(%q) = %v, want %v", q, got, want)
		}
	}
}

// A why written with a glued «و» («طيب وليش؟», «وليه بس؟») is a bare why as much as «ليش؟».
func TestConv27WhyWithWaw(t *testing.T) {
	for _, q := range []string{"طيب وليش؟", "وليه؟", "ولماذا؟", "and why?"} {
		w := knowledge.Words(q)
		if !asksWhy(w) || !barelyWhy(w) {
			t.Errorf("%q: asksWhy %v, barelyWhy %v, want both", q, asksWhy(w), barelyWhy(w))
		}
	}
	if w := knowledge.Words("وليش العملية غالية؟"); barelyWhy(w) {
		t.Errorf("a why naming something is no bare why")
	}
}
