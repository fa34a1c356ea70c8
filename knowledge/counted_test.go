package knowledge

import (
	"os"
	"testing"
)

// «كم جلسة» asks the number of sessions: the heading naming that number («عدد الجلسات والنتيجة»)
// answers it, not the one naming the sessions with what else is asked of them («التحضير لجلسة
// الليزر»), though that one holds more of the question's words.
func TestHeadingCountingWhatIsCounted(t *testing.T) {
	ix, err := Open(os.DirFS("../bot/eval/testdata/clinics/derma/kb"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, q := range []string{"كم جلسة ليزر احتاج للرجلين؟", "kam jalse laser ba7taj lal egren wel dahr?"} {
		r := ix.Search(Query{Text: q})
		if len(r.Hits) == 0 || r.Hits[0].Passage.Section != "عدد الجلسات والنتيجة" {
			t.Errorf("%s: hits %v; want «عدد الجلسات والنتيجة» first", q, keysOfHits(r))
		}
	}
}

func TestCountedOf(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "الليزر", Lang: "ar", Sections: []Section{
		section("n", "عدد الجلسات", "نحتاج ست جلسات."),
	}}})
	if id, ok := ix.ids[stemWord(Words("جلسة")[0])]; !ok || ix.countedOf(Words("كم جلسة احتاج")) != id {
		t.Errorf("«كم جلسة» counts «جلسة»: got %d", ix.countedOf(Words("كم جلسة احتاج")))
	}
	if got := ix.countedOf(Words("هل الليزر يؤلم")); got != -1 {
		t.Errorf("a question asking no number counts nothing: got %d", got)
	}
}
