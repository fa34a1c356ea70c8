package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// The doctor who suggested, gave or prescribed what the patient asks about is the teller, not what
// is asked, as the one who told it is, also when the thing given stands between the verb and the
// doctor («وصفلي ياه الدكتور»). A doctor asked for, or asked about, still counts.
func TestRank27TellerJoinedAndGiving(t *testing.T) {
	for q, want := range map[string][]int{
		"عندي حساسية بالعين، الدكتورة اقترحت قطرة، كم مرة بحطها؟":        {3},
		"امي عندها ألم ركبة، الطبيب اقترح حقنة، هل هي آمنة؟":             {4},
		"المرهم اللي عطاني الدكتور ما نفع، شو البديل؟":                   {3},
		"وصفلي ياه الدكتور من شهر وما شفت نتيجة":                         {2},
		"الحبوب اللي كتبلي الطبيب تسبب نعاس؟":                            {3},
		"my dermatologist prescribed a cream, how long before it works?": {1},
		"the doctor suggested drops, how often do I use them?":           {1},
		"ابي دكتور يشوف ركبتي":                                           nil,
		"هل الدكتور موجود يوم السبت؟":                                    nil,
		"can a doctor check my child's eyes?":                            nil,
		"وين الدكتور؟":                                                   nil,
	} {
		words := Words(q)
		keys := slices.Clone(words)
		teller(keys, words)
		var got []int
		for i := range keys {
			if strings.HasPrefix(keys[i], stopKey) {
				got = append(got, i)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: teller at %v, want %v (%v)", q, got, want, keys)
		}
	}
}

// A question asking what a thing is made of asks what the pages say it is, in the dialects and in
// English, with the thing named in full; not what to do, nor a "made" with nothing asked of it.
func TestRank27MadeOfAsksWhatItIs(t *testing.T) {
	for q, want := range map[string]bool{
		"الحشوة البيضاء دي معمولة من ايه بالظبط؟": true,
		"الخيوط مصنوعة من شو؟":                    true,
		"الفينير مسوي من ايش؟":                    true,
		"what are clear aligners made of?":        true,
		"what is the filling made from":           true,
		"التاج مصنوع من البورسلين؟":               false,
		"made of gold?":       false,
		"وش اسوي بعد الحشوة؟": false,
	} {
		if got := isDefinitionQuestion(Words(q)); got != want {
			t.Errorf("%s: asks what it is = %v, want %v", q, got, want)
		}
	}
}
