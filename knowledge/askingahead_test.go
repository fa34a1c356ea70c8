package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// A patient who says they ask ahead of booking or coming («قبل ما احجز بدي اعرف…», «اسأل بس قبل
// الموعد», "just asking before I book") says when they ask, not what: those words make no concept,
// while a question about what to do before the appointment keeps them.
func TestAskingAheadIsNoConcept(t *testing.T) {
	for q, want := range map[string][]int{
		"قبل ما احجز بدي اعرف شو الأعراض الجانبية":     {0, 1, 2},
		"ممكن يصير نزيف بعد الخلع؟ اسأل بس قبل الموعد": {7, 8},
		"just asking before I book, does it hurt?":     {2, 3, 4},
		"ايش احضر قبل الموعد؟":                         nil,
		"بدي اعرف شو لازم اعمل قبل العملية":            nil,
		"اسأل عن التحضير قبل الخلع":                    nil,
	} {
		words := Words(q)
		keys := slices.Clone(words)
		askingAhead(keys, words)
		var got []int
		for i := range keys {
			if strings.HasPrefix(keys[i], stopKey) {
				got = append(got, i)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: stopped %v, want %v (%v)", q, got, want, keys)
		}
	}
}

// So the section on preparing before a treatment does not answer a question asked ahead of booking
// it: the side effects do.
func TestAskingAheadFindsWhatIsAsked(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "x", Title: "خلع الأسنان", Lang: "ar", Sections: []Section{
		section("prep", "التحضير قبل الخلع", "أخبر الطبيب بأدويتك قبل الموعد، وتناول وجبة خفيفة قبل الخلع."),
		section("side", "الآثار الجانبية", "من الطبيعي حدوث نزف خفيف بعد الخلع في اليوم الأول."),
		section("steps", "خطوات الخلع", "يتم الخلع تحت تخدير موضعي."),
	}}})
	if r := ix.Search(Query{Text: "ممكن يصير نزيف قوي بعد الخلع؟ اسأل بس قبل الموعد"}); topKey(r) != "x#side" {
		t.Errorf("hits %v; want x#side first", keysOfHits(r))
	}
}
