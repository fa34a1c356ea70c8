package knowledge

import (
	"slices"
	"testing"
)

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

// bleve builds no composite _all field: no field goes into it, and building it for every passage was
// a tenth of indexing a large knowledge base.
func TestIndexHasNoAllField(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "x", Lang: "ar", Sections: []Section{section("s", "عنوان", "نص الفقرة")}}}, "")
	fields, err := ix.bleve.Fields()
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(fields, "_all") {
		t.Errorf("the index has fields %v; want no _all", fields)
	}
}

// A passage's stems are written out in one allocation.
func TestStemTextAllocatesOnce(t *testing.T) {
	terms := Analyze("يستخدم البوتوكس لعلاج التعرق الزائد في اليدين والقدمين والإبطين، ويدوم أثره عدة أشهر قبل أن تحتاج جلسة أخرى")
	if n := testing.AllocsPerRun(10, func() { stemText(terms, nil) }); n != 1 {
		t.Errorf("stemText allocates %v times; want 1", n)
	}
}
