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

// A list cut to the items a question names opens with its heading as the heading reads: a question
// heading keeps its question mark alone («من يناسبه الليزك؟», not «من يناسبه الليزك؟:»).
func TestExcerptUnderAQuestionHeading(t *testing.T) {
	items := []string{"أن يكون العمر 18 سنة أو أكثر.", "أن يكون النظر ثابتا لمدة سنة.", "ألا يكون هناك حمل أو رضاعة."}
	list := Block{Kind: List, Text: "- " + strings.Join(items, "\n- "), Items: items}
	docs := []*Document{{ID: "d", Title: "الليزك", Lang: "ar", Sections: []Section{
		{ID: "s1", Title: "من يناسبه الليزك؟", Level: 2, Blocks: []Block{list}},
		section("s2", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
		section("s3", "التعافي", "يعود أغلب المرضى إلى العمل بعد يومين."),
	}}}
	ix := MustBuild(t, docs, "")
	r := ix.Search(Query{Text: "ينفع الليزك مع الحمل؟"})
	if topKey(r) != "d#s1" || r.Hits[0].Excerpt == "" {
		t.Fatalf("hits %v; want d#s1 first, cut to the item about pregnancy", keysOfHits(r))
	}
	if got := r.Hits[0].Answer(); !strings.HasPrefix(got, "من يناسبه الليزك؟\n- ألا يكون هناك حمل") {
		t.Errorf("answer %q; want it to open «من يناسبه الليزك؟» on a line of its own, then the item", got)
	}
}
