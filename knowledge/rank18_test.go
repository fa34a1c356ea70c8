package knowledge

import (
	"os"
	"testing"
)

// How a thing is treated is told under the heading naming its treatment: «كيف بيعالجو كسل العين؟» is
// answered by «علاج الحول», which tells how lazy eye is treated (covering the good eye, atropine
// drops), not by «كسل العين», whose heading names the thing and whose text says only in passing
// that it responds to treatment. A treatment's own name («العلاج الطبيعي») and a question asking yes
// or no («is it too late to treat?», which «كسل العين» answers) are no such question.
func TestSearchTreatmentHeadingAnswersHowItIsTreated(t *testing.T) {
	ix, err := Open(os.DirFS("../bot/eval/testdata/clinics/eye/kb"))
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{
		"كيف بيعالجو كسل العين؟":                                                          "علاج الحول",
		"ابني عندو كسل بعين وحدة، شو العلاج؟ بيلزقولو عينو؟":                              "علاج الحول",
		"أخبرنا الطبيب أن ابني لديه كسل في العين، كيف يعالج؟":                             "علاج الحول",
		"is it too late to treat lazy eye in my 10 year old?":                             "كسل العين",
		"My son is 9 and was just diagnosed with a lazy eye. Is it too late to treat it?": "كسل العين",
	} {
		r := ix.Search(Query{Text: q})
		if len(r.Hits) == 0 || r.Hits[0].Passage.Section != want {
			t.Errorf("%s: hits %v; want «%s» first", q, keysOfHits(r), want)
		}
	}
}

// Words naming treating: a heading or a question's word, in Arabic, dialect and English.
func TestNamesTreatment(t *testing.T) {
	for _, s := range []string{"علاج الحول", "كيف بيعالجو كسل العين؟", "خيارات علاج حب الشباب", "how do you treat it"} {
		if !namesTreatment(Words(s)) {
			t.Errorf("%q names no treatment; want it to", s)
		}
	}
	for _, s := range []string{"كسل العين", "بعد جلسة الليزر", "how long does it last"} {
		if namesTreatment(Words(s)) {
			t.Errorf("%q names a treatment; want not", s)
		}
	}
}

// What to do about a thing asks how it is treated («جلدي ناشف من الاكزيما، وش اسوي؟», "what do you
// use for freckles?"); what to do before or after a treatment asks its care, and a question with no
// doing in it asks nothing of the kind.
func TestAsksWhatToDo(t *testing.T) {
	for _, s := range []string{"جلدي ناشف مره من الاكزيما وكل ما اتروش يزيد، وش اسوي؟", "what do you use for freckles and sun spots?", "طب اعمل ايه؟"} {
		if !asksWhatToDo(Words(s)) {
			t.Errorf("%q asks no what to do; want it to", s)
		}
	}
	for _, s := range []string{"وش اسوي بعد الخلع؟", "what do I do before the laser?", "وش الاكزيما؟", "ايش الخدمات اللي تقدمونها"} {
		if asksWhatToDo(Words(s)) {
			t.Errorf("%q asks what to do; want not", s)
		}
	}
}

// «وش اسوي؟» of eczema is answered by the section naming its treatment, not by what eczema is.
func TestSearchWhatToDoFindsTheTreatment(t *testing.T) {
	ix, err := Open(os.DirFS("../bot/eval/testdata/clinics/derma/kb"))
	if err != nil {
		t.Fatal(err)
	}
	r := ix.Search(Query{Text: "جلدي ناشف مره من الاكزيما وكل ما اتروش يزيد، وش اسوي؟"})
	if len(r.Hits) == 0 || r.Hits[0].Passage.Section != "علاج الإكزيما" {
		t.Errorf("hits %v; want «علاج الإكزيما» first", keysOfHits(r))
	}
}
