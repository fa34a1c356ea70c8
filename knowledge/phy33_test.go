package knowledge

import "testing"

// TestPhy33ToldDone: a treatment told as done before a question asking when («سويت الحقنة امس متى
// ارجع النادي؟», "I had an injection yesterday, when can I…") asks when after it; a supposition
// («اذا سويت…»), a "when" that tells rather than asks ("it aches when I chew"), and a question
// asking when the thing itself was or is done do not.
func TestPhy33ToldDone(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"سويت الحقنة امس متى ارجع النادي؟", true},
		{"عملت ابر الظهر، امتى اقدر اتمرن؟", true},
		{"اخدت الحقنة في الركبة النهارده، امتى ارجع اشيل حديد؟", true},
		{"خلصت الجلسة الصبح، ايمتى بقدر اتحمم؟", true},
		{"I had a shoulder injection yesterday, when can I swim again?", true},
		{"got my tooth pulled this morning. when will the swelling go down?", true},
		{"اذا سويت الابر متى يبان الفرق؟", false},
		{"I had a root canal years ago and it aches when I chew, can it be fixed?", false},
		{"متى اخذت الحقنة اخر مرة؟", false},
		{"متى ارجع الجيم؟", false},
	} {
		if got := asksTime(Words(c.q)) && toldDone(Words(c.q)); got != c.want {
			t.Errorf("told done then asks when %q = %v, want %v", c.q, got, c.want)
		}
	}
}
