package bot

import "testing"

// The last-resort rule catches a serious sign told in words no earlier rule reads, and leaves it
// when the message asks in general, denies, tells of the past or laughs.
func TestLastResort(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		// Each missed before the rule.
		{"urgent my mother is dizzy and vomiting", true},
		{"the bleeding is heavy", true},
		{"ASAP my face is numb", true},
		{"my eye sight is gone", true},
		{"هل البوتوكس يسبب جلطات؟", false},
		{"امي كانت عندها جلطة قبل عشر سنين، تقدر تاخد العلاج عادي؟", false},
		{"ما عندي الم في الصدر", false},
		{"can the filler make you choke?", false},
		{"I have epilepsy, can I have botox?", false},
		{"I need an appointment urgently for a consultation", false},
	} {
		if got := RedFlag(c.text); got != c.want {
			t.Errorf("RedFlag(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
