package knowledge

import (
	"testing"
	"testing/fstest"
)

// A "topic:" group is a treatment or condition: a question naming it is foreign where the pages
// mention none of its members, and answerable where they mention one; its words on their own, outside
// the group, stay plain words (unlike a "foreign:" line's).
func TestSearchTopic(t *testing.T) {
	ix := MustBuild(t, testDocs(), searchLexicon+`
topic: فيلر | filler | fillers
topic: تقويم الاسنان | orthodontics
topic: فرط التعرق | التعرق الزائد | hyperhidrosis
`)
	for q, want := range map[string]bool{
		"كم يدوم الفيلر؟":              true, // the pages never mention it
		"how long do fillers last?":    true,
		"تقويم الاسنان يوجع؟":          true,
		"علاج التعرق الزائد بالبوتوكس": false, // the pages mention it (فرط التعرق)
		"hyperhidrosis botox":          false,
		"ابي بوتوكس بدون فيلر":         false, // what the patient does not want is not the topic
		"botox without filler please":  false,
		"البوتوكس يحتاج تقويم للعضلة؟": false, // تقويم alone is not the orthodontics group
		"هل البوتوكس يعالج الصداع؟":    false,
	} {
		if got := ix.Search(Query{Text: q}).Foreign; got != want {
			t.Errorf("Search(%q).Foreign = %v, want %v", q, got, want)
		}
	}
}

// The language layer knows the treatments and conditions of the usual specialties as topics, in
// Arabic, dialect and English, but not body parts or what a patient gives as context (pregnancy).
func TestLanguageLayerTopics(t *testing.T) {
	lx, err := LoadLexicon(fstest.MapFS{})
	if err != nil {
		t.Fatalf("LoadLexicon: %v", err)
	}
	for w, want := range map[string]bool{
		"بوتوكس": true, "الفيلر": true, "ليزك": true, "lasik": true, "braces": true, "تقويم الاسنان": true,
		"زراعة الشعر": true, "الحجامة": true, "shockwave": true, "تكميم": true, "اطفال الانابيب": true,
		"كلف الحمل": true, "خشونة الركبة": true, "tonsillectomy": true,
		"اسنان": false, "الركبة": false, "حامل": false, "الظهر": false, "مساج": false, "the pill": false,
		"ابرة": false, "بالون": false,
	} {
		if cs := lx.Concepts(keysOf(Analyze(w))); len(cs) != 1 || lx.Foreign(cs[0]) != want {
			t.Errorf("language layer: %q (%d concepts) foreign = %v, want %v", w, len(cs), !want, want)
		}
	}
}

// Hit.HeadsOther says a passage's own heading names a treatment or condition the question does not:
// the psoriasis section for a question on shampoo, not for one on psoriasis's shampoo; a heading
// naming none (who the treatment suits) names nothing else.
func TestHeadsOther(t *testing.T) {
	para := func(id, title, text string) Section {
		return Section{ID: id, Title: title, Level: 2, Blocks: []Block{{Kind: Paragraph, Text: text}}}
	}
	ix := mustBuild(t, []*Document{{ID: "derm", Title: "الجلدية", Lang: "ar", Sections: []Section{
		para("s1", "علاج الصدفية", "للحالات الخفيفة نستخدم الكريمات الموضعية وشامبو القطران لفروة الرأس."),
		para("s2", "من هم المرشحون المناسبون للعلاج؟", "يجب ألا يعاني المريض من حساسية تجاه مكونات الكريم."),
		para("s3", "مدة الجلسة", "تستغرق الجلسة نصف ساعة تقريبا."),
		para("s4", "بعد الجلسة", "تجنب الشمس أسبوعا واستخدم واقي الشمس."),
	}}})
	defer ix.Close()
	for _, c := range []struct {
		q, key string
		want   bool
	}{
		{"وش أحسن شامبو؟", "derm#s1", true},
		{"شامبو للصدفية", "derm#s1", false},
		{"عندي حساسية", "derm#s2", false},
	} {
		res := ix.Search(Query{Text: c.q, Limit: 3})
		if len(res.Hits) == 0 || res.Hits[0].Passage.Key != c.key {
			t.Fatalf("%q: best hit is not %s: %+v", c.q, c.key, res.Hits)
		}
		if got := res.Hits[0].HeadsOther; got != c.want {
			t.Errorf("%q: HeadsOther = %v, want %v", c.q, got, c.want)
		}
	}
}

// A word the lexicon lists among treatments a clinic does not offer is no foreign topic when the pages
// use its root in another form: «تزرع» (a dental implant's «زرعة» to the lexicon) at an eye clinic
// whose pages say «العدسات المزروعة» and «زراعة العدسات». Where the pages never use the root, it stays
// foreign.
func TestForeignRootKnown(t *testing.T) {
	para := func(id, title, text string) Section {
		return Section{ID: id, Title: title, Level: 2, Blocks: []Block{{Kind: Paragraph, Text: text}}}
	}
	eye := mustBuild(t, []*Document{{ID: "cataract", Title: "المياه البيضاء", Lang: "ar", Sections: []Section{
		para("s1", "أنواع العدسات المزروعة", "العدسة أحادية البؤرة تعطي نظرا واضحا للبعيد."),
		para("s2", "كيف تتم العملية؟", "تتم زراعة العدسة في عملية الساد بعد إزالة العدسة المعتمة."),
	}}})
	defer eye.Close()
	if res := eye.Search(Query{Text: "ما أنواع العدسات التي تزرع في عملية الساد؟", Limit: 3}); res.Foreign {
		t.Errorf("«تزرع» read as a foreign treatment where the pages say «المزروعة»: %+v", res)
	}
	skin := mustBuild(t, []*Document{{ID: "derm", Title: "الجلدية", Lang: "ar", Sections: []Section{
		para("s1", "علاج حب الشباب", "نستخدم الكريمات الموضعية والحبوب في الحالات الشديدة."),
	}}})
	defer skin.Close()
	if res := skin.Search(Query{Text: "عندكم زرعة؟", Limit: 3}); !res.Foreign {
		t.Errorf("«زرعة» not foreign at a clinic whose pages never use its root: %+v", res)
	}
}

// The clinic's own subject, named all over its pages in one word, is no other thing a heading names
// in another word of its group: "Laser and the sun" on a laser clinic's page, for a question on peeling
// creams that never names the laser.
func TestHeadsOtherOwnSubject(t *testing.T) {
	para := func(id, title, text string) Section {
		return Section{ID: id, Title: title, Level: 2, Blocks: []Block{{Kind: Paragraph, Text: text}}}
	}
	ix := mustBuild(t, []*Document{{ID: "laser", Title: "العيادة", Lang: "ar", Sections: []Section{
		para("s1", "علاج التصبغات", "الليزر يفتح البقع الداكنة تدريجيا."),
		para("s2", "الحمل", "لا نجري الليزر أثناء الحمل."),
		para("s3", "قبل الجلسة", "احلق المنطقة قبل جلسة الليزر بيوم."),
		para("s4", "بعد الجلسة", "قد يحمر الجلد بعد الليزر ساعات."),
		para("s5", "Laser and the sun", "تجنب الشمس أسبوعين ولا تستخدم المقشرات."),
		para("s6", "مدة الجلسة", "تستغرق نصف ساعة تقريبا."),
	}}})
	defer ix.Close()
	res := ix.Search(Query{Text: "اقدر استخدم مقشرات؟", Limit: 3})
	if len(res.Hits) == 0 || res.Hits[0].Passage.Key != "laser#s5" {
		t.Fatalf("best hit is not laser#s5: %+v", res.Hits)
	}
	if res.Hits[0].HeadsOther {
		t.Errorf("HeadsOther for a heading naming the clinic's own subject")
	}
}
