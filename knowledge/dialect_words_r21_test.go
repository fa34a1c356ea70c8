package knowledge

import "testing"

// Function words the stop list lacked beside their kin: «يلزم» (is needed) as «لازم» is, «لهم»,
// «لنا» and «لهن» as «له», «لها» and «لكم» are, «لله» of «الحمد لله», and «اودي», «نودي» (I, we
// take someone: «متى اودي ولدي للدكتور») as «يودي» and «تودي» are.
func TestRound21FunctionWords(t *testing.T) {
	for _, w := range []string{"يلزم", "تلزم", "لهم", "لنا", "لهن", "لله", "اودي", "نودي", "اوديه", "نوديه", "اوديها", "نوديها"} {
		if !StopWord(Normalize(w)) {
			t.Errorf("%s is not a stop word", w)
		}
	}
}

// A count of years dates or ages the patient's story, as «سنة» and «سنين» do: the dual «سنتين»
// (whose stem, «سنت», no other word has) and the plural «سنوات» are qualifiers. So is the
// Levantine «بلّش» (to start), as «بدأ» is.
func TestRound21YearsAndStartingAreMinor(t *testing.T) {
	lx := mustLexicon(t)
	for _, w := range []string{"سنتين", "السنتين", "سنوات", "بلشت", "ابلش", "بيبلش"} {
		cs := lx.Concepts(Stems(Normalize(w)))
		if len(cs) != 1 || !lx.Minor(cs[0]) {
			t.Errorf("«%s» is %+v: want one minor concept", w, cs)
		}
	}
}

// Understanding and remembering are the patient's state, not what is asked («احنا مش فاهمين هو
// البوتكس ده ينفع»), as «افهم» is; unlisted, «فاهمين» lost its «ف» as if it were "so" and became
// «اهم», "most important".
func TestRound21UnderstandingIsNoTopic(t *testing.T) {
	for _, w := range []string{"فاهم", "فاهمه", "فاهمين", "فاهمة", "فهمت", "فاكر", "فاكرين"} {
		if !StopWord(Normalize(w)) {
			t.Errorf("%s is not a stop word", w)
		}
	}
}
