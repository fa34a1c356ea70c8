package knowledge_test

import (
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// TestFA22UrgentSignHead: UrgentSign wants the main symptom of a sign told "X with Y" of a message naming
// two of its words, and takes the word for the emergency department for no symptom.
func TestFA22UrgentSignHead(t *testing.T) {
	docs := []*knowledge.Document{{ID: "back", Title: "ألم الظهر", Lang: "ar",
		Sections: []knowledge.Section{{ID: "u", Title: "متى تتوجه إلى الطوارئ", Level: 2, Blocks: []knowledge.Block{
			{Kind: knowledge.Paragraph, Text: "ألم شديد يزداد ولا يخف بالمسكنات مع خدر وبرودة في الساق."},
			{Kind: knowledge.Paragraph, Text: "نزيف من الجرح لا يتوقف بالضغط."},
		}}, {ID: "a", Title: "عن العلاج", Level: 2, Blocks: []knowledge.Block{
			{Kind: knowledge.Paragraph, Text: "العلاج الطبيعي يخفف الألم ويقوي العضلات في جلسات أسبوعية."},
			{Kind: knowledge.Paragraph, Text: "التمارين المنزلية تساعد على الحركة والمرونة."},
		}}}}}
	ix, err := knowledge.Build(docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		msg  string
		sign bool
	}{
		{"ألم شديد يزداد ولا يخف بالمسكنات وخدر في الساق", true},
		{"نزيف من الجرح ما يتوقف", true},
		{"خدر في الساق", false},
		{"الجرح فيه نزيف بسيط، اروح الطوارئ؟", true},
		{"الساق فيها خدر، اروح الطوارئ؟", false},
	} {
		if sign, _ := ix.UrgentSign(knowledge.Words(c.msg)); (sign != "") != c.sign {
			t.Errorf("UrgentSign(%q) = %q, want a sign: %v", c.msg, sign, c.sign)
		}
	}
}
