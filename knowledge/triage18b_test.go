package knowledge

import "testing"

// TestUrgentSignDescribedEffect: a sign the pages describe as an expected effect of a treatment
// (halos around lights at night after LASIK) and also list, with pain and vomiting, under urgent
// care is the effect when told with more of the effect's words than of the urgent sign's; told with
// the urgent sign's, it is the sign.
func TestUrgentSignDescribedEffect(t *testing.T) {
	docs := urgentDocs()
	docs[0].Sections = append(docs[0].Sections, section("s5", "الآثار الجانبية",
		"أكثر الآثار شيوعًا بعد الليزك جفاف العين، ورؤية هالات ووهج حول الأضواء ليلًا، وتتحسن خلال أشهر."))
	ix := MustBuild(t, docs, searchLexicon)
	if len(ix.effects) == 0 {
		t.Fatal("no expected effects collected")
	}
	if sign, _ := ix.UrgentSign(Words("من بعد الليزك صرت اشوف وهج وهالات حول الاضواء في الليل")); sign != "" {
		t.Errorf("halos at night after LASIK: UrgentSign = %q, want none (a described effect)", sign)
	}
	if sign, _ := ix.UrgentSign(Words("صداع قوي وهالات ملونة حول الاضواء مع قيء")); sign == "" {
		t.Error("halos with headache and vomiting: UrgentSign = none, want the urgent sign")
	}
	// The urgent paragraph's own sentence is no effect, though «شيوع» may stand in it.
	for _, e := range effectsOf(urgentDocs()) {
		t.Errorf("effect collected from pages without one: %q", e.text)
	}
}
