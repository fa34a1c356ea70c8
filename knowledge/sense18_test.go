package knowledge

import (
	"os"
	"strings"
	"testing"
)

// «لأي حالات» / «ولأي مشكلات» (for which conditions) asks whom or what a treatment suits, the aspect
// of «مناسب»: read alone, «ولأي» stems to «ولا» and weighs as an unknown content word, and the
// question falls back although the page names the treatment's uses.
func TestSense18WhichConditionsAsksWhatItSuits(t *testing.T) {
	ix, err := Open(os.DirFS("../bot/eval/testdata/clinics/derma/kb"))
	if err != nil {
		t.Fatal(err)
	}
	q := "ما الفائدة من التقشير الكيميائي؟ ولأي مشكلات يصلح؟"
	r := ix.Search(Query{Text: q})
	if len(r.Hits) == 0 {
		t.Fatalf("%s: no hits", q)
	}
	if r.Hits[0].Passage.Section != "التقشير الكيميائي" || r.Hits[0].Coverage < 0.6 {
		t.Errorf("%s: hits %v, coverage %.2f; want «التقشير الكيميائي» first, covered", q, keysOfHits(r), r.Hits[0].Coverage)
	}
}

// A lexicon group reaches the pages through a member the pages use whole, not through one word of a
// phrase: the dental pages' «تبييض» is not «مية بيضا» (cataract), so its «ساد» is no word of theirs
// and Arabizi "sad" («sad el shu2u2») is read «سد», the likeliest spelling.
func TestSense18PhraseWordDoesNotReachPages(t *testing.T) {
	ix, err := Open(os.DirFS("../bot/eval/testdata/clinics/dental/kb"))
	if err != nil {
		t.Fatal(err)
	}
	if ix.reachesPages("ساد") {
		t.Errorf("«ساد» reaches the dental pages; want not (only «بيض» of a phrase of its group is there)")
	}
	if got := ix.arabiziWord("sad", false).reading; got != "سد" {
		t.Errorf("sad read %q; want «سد»", got)
	}
	if !ix.reachesPages(stemWord("تبييض")) {
		t.Errorf("«تبييض» does not reach the dental pages; want it to")
	}
}

// Egyptian and Levantine «جوه/جوا» (inside) says where, as «هنا» does: a stop word, not the pages'
// «داخل»; as a member of that group «جوا» also took the weather of «والجو بارد».
func TestSense18InsideIsAStopWord(t *testing.T) {
	for _, w := range []string{"جوه", "جوا", "جوات"} {
		if !isStop(Normalize(w)) {
			t.Errorf("«%s» is no stop word; want it one", w)
		}
	}
	ix, err := Open(os.DirFS("../bot/eval/testdata/clinics/dental/kb"))
	if err != nil {
		t.Fatal(err)
	}
	q := "الخلع بياخد وقت قد إيه جوه العيادة؟"
	r := ix.Search(Query{Text: q})
	if len(r.Hits) == 0 || r.Hits[0].Passage.Section != "خطوات الخلع" {
		t.Errorf("%s: hits %v; want «خطوات الخلع» first", q, keysOfHits(r))
	}
}

// An implant that does not «تمسك» (take hold) in the bone has not fused with it: the pages'
// «عدم التحام الزرعة بالعظم».
func TestSense18TakeHoldIsFusion(t *testing.T) {
	ix, err := Open(os.DirFS("../bot/eval/testdata/clinics/dental/kb"))
	if err != nil {
		t.Fatal(err)
	}
	q := "شو مخاطر الزراعة؟ ممكن ما تمسك بالعضم؟"
	r := ix.Search(Query{Text: q})
	if len(r.Hits) == 0 || !strings.Contains(r.Hits[0].Passage.Text, "عدم التحام الزرعة بالعظم") {
		t.Errorf("%s: hits %v; want the passage on the implant not fusing with the bone first", q, keysOfHits(r))
	}
}
