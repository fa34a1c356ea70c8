package knowledge

import (
	"strings"
	"testing"
)

// A length asked with no question word: «مدة جلسة التقشير؟» names it, «الخلع ياخذ وقت؟» asks whether
// it takes time; a length told, or a question word of another kind, is not that.
func TestRank19DurationWithoutQuestionWord(t *testing.T) {
	for text, want := range map[string]bool{
		"مدة جلسة التقشير؟":                true,
		"الخلع ياخذ وقت؟ ضرس عقل مدفون":    true,
		"التبييض بياخد وقت؟":               true,
		"كم تاخذ العملية؟":                 true, // as before
		"ضرس العقل المدفون ينشال؟":         false,
		"متى مدة الجلسة تبدا؟":             false, // when, not how long (no «بعد»)
		"الجلسة تاخذ من وقتي كثير وش اسوي": false, // «تاخذ من وقتي»: no «وقت» straight after
	} {
		if got := asksTime(Words(text)); got != want {
			t.Errorf("asksTime(%q) = %v, want %v", text, got, want)
		}
	}
}

// A crown in Levantine and Egyptian is «طربوش»: the layer reads it as the pages' «تاج»/«تلبيسة».
func TestRank19Crown(t *testing.T) {
	lx := mustLexicon(t)
	for _, w := range []string{"طربوش", "الطربوش", "طرابيش"} {
		a, b := lx.Concepts(Stems(w)), lx.Concepts(Stems("تاج"))
		if len(a) != 1 || len(b) != 1 || a[0].group < 0 || a[0].group != b[0].group {
			t.Errorf("%q is %+v, «تاج» %+v: want one group", w, a, b)
		}
	}
}

// A concession that denies («حتى لو ما يوجعني», "even if it doesn't hurt") tells the patient's state,
// not what is asked: its words are stop keys. One naming a case («حتى لو قاعده بالبيت؟») is asked of.
func TestRank19EvenIf(t *testing.T) {
	for text, want := range map[string][]string{
		"ضرس العقل لازم ينشال حتى لو ما يوجعني؟":             {"يوجعني"},
		"هو لازم اخلع ضروس العقل حتى لو مش بتوجعني خالص؟":    {"بتوجعني", "خالص"},
		"do i need them out even if they don't hurt at all?": {"hurt"},
		"لازم حط واقي شمس حتى لو قاعده بالبيت؟":              nil,
		"يوجعني حتى لو ما سويت شي":                           nil, // nothing asked before it
	} {
		words := Words(text)
		keys := make([]string, len(words))
		for i, w := range words {
			keys[i] = stemWord(w)
		}
		evenIf(keys, words, text)
		stopped := map[string]bool{}
		for i, k := range keys {
			if strings.HasPrefix(k, stopKey) {
				stopped[words[i]] = true
			}
		}
		for _, w := range want {
			if !stopped[w] {
				t.Errorf("%s: %q kept (keys %q), want it set aside", text, w, keys)
			}
		}
		if want == nil && len(stopped) > 0 {
			t.Errorf("%s: %v set aside, want nothing", text, stopped)
		}
	}
}

// A child's age told («ولدي عمره 16», «ليزك لولد 15 سنة؟», «عندها ١٤ سنة») is a child; years since
// something («من 5 سنين»), an adult's age or a number of another thing are not.
func TestRank19ChildAge(t *testing.T) {
	for text, want := range map[string]bool{
		"ولدي عمره 16 ودرجته عالية، تسوون له ليزك؟": true,
		"ليزك لولد 15 سنة؟":                         true,
		"ليزك لعمر ١٥؟":                             true,
		"بنتي عندها ١٤ سنة وتبي تبيض":               true,
		"عمري 22 ونظارتي تتغير كل سنة":              false,
		"عندي صداع من 5 سنين":                       false,
		"نظري -12 والقرنية رقيقة":                   false,
	} {
		if got := childAge(Words(text)); got != want {
			t.Errorf("childAge(%q) = %v, want %v", text, got, want)
		}
	}
	checkFirst(t, []firstCase{{
		name: "a child's age",
		sections: []Section{
			section("lasik", "الليزك", "في الليزك يعيد الجراح تشكيل القرنية بالليزر، ويصحح قصر النظر وطول النظر."),
			section("kids", "هل يمكن عمل الليزك للأطفال؟", "لا نجري الليزك قبل عمر 18 لأن درجة النظر تتغير مع النمو."),
			section("care", "العناية بعد الليزك", "استخدم القطرات حسب الجدول ولا تفرك عينيك أسبوعًا."),
			section("glasses", "النظارات", "النظارة لا تضعف العين ولا تزيد الدرجة."),
			section("dry", "جفاف العين", "من أسباب جفاف العين المكيفات والنظر الطويل إلى الشاشات."),
			section("cataract", "المياه البيضاء", "المياه البيضاء عتامة العدسة الطبيعية مع التقدم في العمر."),
		},
		want: map[string]string{
			"ليزك لولد 15 سنة؟":              "d#kids",
			"بنتي عمرها 16 وتبي ليزك، ينفع؟": "d#kids",
		},
	}})
}
