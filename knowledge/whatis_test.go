package knowledge

import "testing"

// An FAQ answer opening with yes or no answers whether, and defines nothing, though a «هو» follows
// within its first words («نعم، وهذا هو الأفضل»).
func TestDefinesSomethingNotYesNo(t *testing.T) {
	for _, text := range []string{
		"نعم، وهذا هو الأفضل؛ الموجات التصادمية تخفف الألم.",
		"لا، هذا هو الإجراء المعتاد عندنا.",
		"Yes, this is the usual way.",
	} {
		if definesSomething("هل يمكن الجمع بين العلاجين؟", text) {
			t.Errorf("%s: a definition", text)
		}
	}
	if !definesSomething("عن العلاج", "الموجات التصادمية هي علاج غير جراحي.") {
		t.Error("«… هي علاج» not a definition")
	}
}
