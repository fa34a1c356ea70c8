package knowledge

import "testing"

// rankOf returns the position of the passage with key among r's hits, -1 when absent.
func rankOf(r Result, key string) int {
	for i, h := range r.Hits {
		if h.Passage.Key == key {
			return i
		}
	}
	return -1
}

// A passage under an urgent-care heading lists many symptoms; a question that does not ask about
// urgent care is answered from the passage about its topic when that answers about as well.
func TestSearchUrgentCareOnlyWhenAsked(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "تأهيل الركبة", Lang: "ar", Sections: []Section{
		section("s1", "التمارين في البيت", "من الطبيعي أن تتورم الركبة قليلا بعد التمارين في الأسابيع الأولى بعد العملية، ويخف ذلك بالثلج."),
		section("s2", "متى تحتاج رعاية عاجلة؟", "توجه إلى الطوارئ إذا تتورم الركبة بشدة بعد العملية مع حرارة."),
		section("s3", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
	}}}
	ix := MustBuild(t, docs, "")
	if r := ix.Search(Query{Text: "ركبتي تتورم بعد العملية"}); topKey(r) != "d#s1" {
		t.Errorf("ركبتي تتورم بعد العملية: hits %v; want d#s1 first", keysOfHits(r))
	}
	// Asked about urgent care, the urgent-care passage answers.
	if r := ix.Search(Query{Text: "متى اروح الطوارئ اذا تورمت الركبة بعد العملية"}); topKey(r) != "d#s2" {
		t.Errorf("متى اروح الطوارئ…: hits %v; want d#s2 first", keysOfHits(r))
	}
}
