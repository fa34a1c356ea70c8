package knowledge

import (
	"testing"
	"testing/fstest"
)

// Together finds the words of a thing standing close in a passage, not apart, and counts a word found
// all over the pages as nothing to put together.
func TestTogether(t *testing.T) {
	ix, err := Open(fstest.MapFS{"a.md": {Data: []byte("# زيارة\n\nفي الزيارة الأولى نفحص المريض ونقيس قوة العضلات ونشرح له برنامج تمارين يؤديها في المنزل.\n\n" +
		"# علاج في البيت\n\nنقدم زيارات منزلية للمرضى كبار السن الذين لا يستطيعون الحضور.\n\n" +
		"# الكتف\n\nتمارين الكتف تبدأ بعد العملية بأسبوع.\n\n# الركبة\n\nخشونة الركبة تتحسن بتقوية الفخذ.\n\n" +
		"# الظهر\n\nألم الظهر يتحسن مع الحركة.\n\n# الرقبة\n\nشد الرقبة يسبب الصداع.\n")}})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var first, second *Passage
	for i := range ix.passages {
		switch ix.passages[i].Section {
		case "زيارة":
			first = &ix.passages[i]
		case "علاج في البيت":
			second = &ix.passages[i]
		}
	}
	if first == nil || second == nil {
		t.Fatal("passages not found")
	}
	words := Words("زيارات منزلية")
	if ix.Together(first, words, 4) {
		t.Errorf("Together(first visit, home visits) = true: the words stand apart")
	}
	if !ix.Together(second, words, 4) {
		t.Errorf("Together(home visits section, home visits) = false: the words stand together")
	}
	if !ix.Together(first, Words("منزلية"), 4) {
		t.Errorf("one word names nothing to put together: want true")
	}
}
