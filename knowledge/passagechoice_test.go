package knowledge

import (
	"strings"
	"testing"
)

// A heading written on the line straight above its paragraph in a plain-text page («مخاطر الزراعة»
// over «نسبة نجاح الزراعة مرتفعة…») is that paragraph's own heading: the question it names finds the
// paragraph through its heading, and the answer shows it on a line of its own, not run into the
// paragraph's first sentence.
func TestSearchLeadIsTheParagraphsHeading(t *testing.T) {
	doc := mustParse(t, "implants.txt", "زراعة الأسنان\n\n"+
		"خطوات الزراعة\nتبدأ بفحص سريري وأشعة مقطعية ثلاثية الأبعاد لقياس العظم، ثم توضع الزرعة تحت تخدير موضعي.\n\n"+
		"مخاطر الزراعة\nنسبة نجاح الزراعة مرتفعة، لكن قد يحدث التهاب حول الزرعة أو عدم التحامها بالعظم.\n\n"+
		"الألم بعد الزراعة\nيشعر معظم المرضى بانزعاج خفيف يشبه ما بعد الخلع، مع تورم بسيط في اليوم الثاني.\n")
	ix := MustBuild(t, []*Document{doc}, "")
	r := ix.Search(Query{Text: "وش مخاطر الزراعة؟"})
	if len(r.Hits) == 0 {
		t.Fatal("no hits")
	}
	h := r.Hits[0]
	if !strings.HasPrefix(h.Passage.Text, "مخاطر الزراعة\nنسبة نجاح") {
		t.Errorf("passage %q; want the paragraph under its own heading, on a line of its own", h.Passage.Text)
	}
	// The section is short, so it is shown whole, each heading over its paragraph.
	if !strings.Contains(h.Answer(), "\n\nمخاطر الزراعة\nنسبة نجاح") {
		t.Errorf("answer %q; want each paragraph under its own heading", h.Answer())
	}
	if h.TitleCoverage < 1-1e-9 {
		t.Errorf("title coverage %.2f; want 1: «مخاطر» is in the paragraph's own heading", h.TitleCoverage)
	}
}
