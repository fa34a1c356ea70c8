package knowledge

import "testing"

// "Neurotransmitter" is the pages' «ناقل عصبي»: an English question naming it knows the passage that
// says it, and the question is not mostly words the clinic never writes of.
func TestNeurotransmitterIsTheNervesMessenger(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("how", "كيف يعمل العلاج؟", "يمنع الدواء إطلاق الأستيل كولين، وهو ناقل عصبي ينتقل من النهايات العصبية إلى العضلة."),
		section("side", "الآثار الجانبية", "قد يظهر احمرار بسيط أو كدمة مكان الحقن تزول خلال أيام."),
	}}})
	r := ix.Search(Query{Text: "what does it actually block? some neurotransmitter right"})
	if topKey(r) != "d#how" || r.Known < 0.5 {
		t.Errorf("known %.2f, hits %v; want d#how first, the question mostly known", r.Known, keysOfHits(r))
	}
}
