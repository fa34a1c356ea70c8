package knowledge

import (
	"slices"
	"testing"
)

// An 8 is mostly the غ Latin lacks («n8atti», نغطي, we cover), and the ق of the Gulf only after it
// («7i8na», حقنة): read ق first, «n8atti» was «نقطي», which pages speaking of drops (نقط) know.
func TestArabizi8IsGhainFirst(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "العين الكسولة", Lang: "ar", Sections: []Section{
		section("c", "العلاج", "نغطي العين السليمة عدة ساعات يوميًا."),
		section("d", "القطرات", "ضع نقطة واحدة من القطرة في كل عين."),
		section("i", "الحقن", "الحقنة في الركبة تخفف الألم."),
	}}}, "")
	if got, want := ix.keys(Words("lazem n8atti 3ein ibni")), stemWord("نغطي"); !slices.Contains(got, want) {
		t.Errorf("keys(lazem n8atti 3ein ibni) = %q, want «%s»", got, want)
	}
	// Where no غ reading is a word, the ق still is.
	if got, want := ix.keys(Words("ba3d el 7i8na b rukbti")), stemWord("حقنه"); !slices.Contains(got, want) {
		t.Errorf("keys(ba3d el 7i8na b rukbti) = %q, want «%s»", got, want)
	}
}
