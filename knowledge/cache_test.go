package knowledge

import "testing"

// What a passage says takes or lasts a time is read from its text once: a question asking how long
// looked it up in every candidate's text again, which was a third of such a search on a large
// knowledge base. The answer is the same the second time, and costs no allocation.
func TestLastsAskedReadsATextOnce(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "عملية المياه البيضاء", Lang: "ar", Sections: []Section{
		section("s1", "كيف تتم العملية؟", "نجري العملية بتقنية الفاكو. تستغرق عملية المياه البيضاء من 15 إلى 20 دقيقة تحت تخدير موضعي."),
		section("s2", "بعد العملية", "استخدم القطرات لمدة أربعة أسابيع. تجنب فرك العين أسبوعًا."),
	}}}
	ix := MustBuild(t, docs, "")
	qq, _, ok := ix.read(Query{Text: "عملية المياه البيضاء كم تاخذ"})
	if !ok {
		t.Fatal("nothing to search for")
	}
	ids := newConceptSet(qq.infos).ids
	passage := func(key string) int32 {
		for i := range ix.passages {
			if ix.passages[i].Key == key {
				return int32(i)
			}
		}
		t.Fatalf("no passage %s", key)
		return -1
	}
	s1, s2 := passage("d#s1"), passage("d#s2")
	for range 2 {
		if !ix.lastsAsked(s1, ids) {
			t.Error("d#s1 does not say that the operation takes its time")
		}
		if ix.lastsAsked(s2, ids) {
			t.Error("d#s2 says that the operation takes its time")
		}
	}
	if n := testing.AllocsPerRun(10, func() { ix.lastsAsked(s1, ids); ix.lastsAsked(s2, ids) }); n != 0 {
		t.Errorf("lastsAsked allocates %v times once the passages were read; want 0", n)
	}
}
