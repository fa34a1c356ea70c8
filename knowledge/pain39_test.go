package knowledge

import "testing"

// Pain named only as what a treatment eases says nothing of whether the treatment hurts; pain named
// otherwise, or no pain at all, is not that.
func TestPainOnlyRelieved(t *testing.T) {
	for text, want := range map[string]bool{
		"يساهم في إرخاء العضلات، مما يقلل الألم ويزيد الراحة": true,
		"يحقن لتقليل نشاط الأعصاب المسؤولة عن الألم":          true,
		"it helps relieve the pain in the joint":              true,
		"قد يشعر المريض بألم بسيط مكان الحقن":                 false,
		"يقلل الألم، وقد يبقى ألم خفيف بعد الجلسة":            false,
		"تظهر النتائج خلال أيام قليلة":                        false,
		"some pain at the injection site is common":           false,
	} {
		if got := painOnlyRelieved(text); got != want {
			t.Errorf("painOnlyRelieved(%q) = %v, want %v", text, got, want)
		}
	}
}
