package knowledge

import (
	"testing"
	"testing/fstest"
)

// Asked whether a treatment hurts, with no section headed with its pain, the section on the session
// that tells what the patient feels answers, not the page's opening that names the treatment more
// often (BM25): it says nothing of how it feels.
func TestRank26HurtAnsweredByFeeling(t *testing.T) {
	docs := []*Document{{ID: "c", Title: "الحجامة", Lang: "ar", Sections: []Section{
		section("what", "الحجامة العلاجية", "الحجامة العلاجية طريقة قديمة، والحجامة عندنا تتم بأكواب معقمة، وتستخدم الحجامة لآلام الظهر والرقبة."),
		section("session", "خطوات جلسة الحجامة", "يعقم المختص الجلد ثم يضع الأكواب لبضع دقائق. يشعر المريض بشد خفيف في الجلد، وتستغرق الجلسة نصف ساعة."),
		section("after", "بعد الحجامة", "تظهر علامات دائرية مكان الأكواب وتزول خلال أيام، واشرب الماء وارتح بقية اليوم."),
	}}}
	ix := build26(t, docs, "حجامه | cupping\n")
	for _, q := range []string{
		"الحجامة توجع؟",              // Gulf, Levantine
		"الحجامة بتوجع؟",             // Egyptian, Levantine
		"هل الحجامة مؤلمة؟",          // MSA
		"الحجامه تعور ولا لا؟",       // Gulf
		"does cupping hurt?",         // English
		"will cupping hurt my back?", // English, a place named
	} {
		check(t, ix, q, "c#session")
	}
	// Not asked whether it hurts, the section that tells the feeling gains nothing for it.
	check(t, ix, "وش الحجامة العلاجية؟", "c#what")
}

// A section headed with the pain of the thing asked answers whether it hurts before a section that
// only tells in passing what the patient feels.
func TestRank26HurtPrefersPainHeading(t *testing.T) {
	docs := []*Document{{ID: "p", Title: "ثقب الأذن", Lang: "ar", Sections: []Section{
		section("steps", "خطوات ثقب الأذن", "ننظف شحمة الأذن ونعلم المكان، ثم يتم الثقب بجهاز معقم، ويشعر الطفل بوخزة سريعة."),
		section("pain", "الألم أثناء ثقب الأذن وبعده", "الألم بسيط ويزول خلال دقائق، وقد تحمر الأذن يومًا أو يومين."),
	}}}
	ix := build26(t, docs, "ثقب الاذن | ear piercing\n")
	for _, q := range []string{
		"ثقب الأذن يوجع؟",         // Gulf
		"ثقب الودن بيوجع؟",        // Egyptian
		"does ear piercing hurt?", // English
	} {
		check(t, ix, q, "p#pain")
	}
}

// build26 indexes docs with the general language layer under the clinic lexicon src.
func build26(t *testing.T, docs []*Document, src string) *Index {
	t.Helper()
	lx, err := LoadLexicon(fstest.MapFS{LexiconFile: {Data: []byte(src)}})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(docs, lx)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}
