package knowledge

import (
	"slices"
	"testing"
)

// A join of two Arabizi words is read once an index and remembered: the second message asking it
// gets the same reading («el gan beya» is «الجانبية»), and a join the pages know nothing of stays
// unread.
func TestJoinedReadingRemembered(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "الحقن", Lang: "ar", Sections: []Section{
		section("side", "الآثار الجانبية", "قد يظهر احمرار بسيط أو تورم محدود مكان الحقن."),
	}}}, "")
	first := ix.joinedReading("ganbeya")
	if first == "" || !slices.Contains(ix.keys(Words(first)), ix.keys(Words("الجانبيه"))[0]) {
		t.Fatalf("joinedReading(ganbeya) = %q, want «الجانبيه»", first)
	}
	if again := ix.joinedReading("ganbeya"); again != first {
		t.Errorf("joinedReading(ganbeya) again = %q, want %q", again, first)
	}
	if got := ix.joinedReading("zxqwplm"); got != "" {
		t.Errorf("joinedReading(zxqwplm) = %q, want none", got)
	}
}
