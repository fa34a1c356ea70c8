package knowledge

import (
	"testing"
	"testing/fstest"
)

// Two things at once or one at a time: the patient's «مع بعض» (together) and the pages' «في كل مرة»
// (each time) are stop words only, which no passage's terms hold. Their group is known where a
// passage says it, and the passage that says it is searched though no term finds it: «يسوونها الثنتين
// مع بعض؟» goes to the section that does one side each time, not to fallback.
func TestStopPhraseInText(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("how", "كيف يتم الإجراء", "يستغرق الإجراء عشرين دقيقة، ونجريه لجهة واحدة في كل مرة والثانية بعد أسبوع."),
		section("prep", "التحضير للإجراء", "تناول إفطارًا خفيفًا واحضر مع مرافق."),
		section("after", "بعد الإجراء", "ارتد النظارة الواقية أسبوعًا."),
	}}}
	lx, err := LoadLexicon(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(docs, lx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"ممكن يسوونها مع بعض؟", "يقدرون يسوون الجهتين مع بعضها؟", "ينفع يسوون الجهتين مع بعض بنفس اليوم؟"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "d#how" {
			t.Errorf("%s: hits %v; want d#how first", q, keysOfHits(r))
		}
	}
	for _, c := range ix.Explain("ممكن يسوونها مع بعض؟") {
		if !c.Known {
			t.Errorf("«مع بعض»: %q is not known to the pages", c.Said)
		}
	}
	// Read once, while the index is built: a search looks the passages up (ans31b read every
	// passage's text at search time, megabytes a search).
	cs := lx.Concepts(keysOf(Analyze("مع بعض")))
	if len(cs) != 1 {
		t.Fatalf("«مع بعض»: concepts %v; want one", cs)
	}
	if got := ix.phraseDocs[cs[0].group]; len(got) != 1 || ix.passages[got[0]].Key != "d#how" {
		t.Errorf("passages found at Build for «مع بعض»: %v; want d#how's", got)
	}
}

// The pages' «وسد الشقوق» (and sealing the fissures): the stemmer keeps the «و» of a word of three
// letters («ورم», «وقت»), so the passage said nothing of «سد الشقوق» and the clinic's English FAQ
// answered the Arabic question; the layer's sealant group holds the spelling.
func TestSealantAfterWaw(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "أسنان الأطفال", Lang: "ar", Sections: []Section{
		section("prev", "الوقاية عند الأطفال", "نقدم تطبيق الفلورايد لتقوية المينا، وسد الشقوق والميازيب على الأضراس الدائمة لحمايتها من التسوس."),
		section("first", "متى تبدأ زيارة الطفل؟", "ننصح بأول زيارة عند ظهور السن الأول أو قبل عمر السنة، ثم كل ستة أشهر."),
		section("milk", "علاج الأسنان اللبنية", "نعالج التسوس بالحشوات ونغطي الضرس بتاج معدني للأطفال."),
	}}}
	lx, err := LoadLexicon(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(docs, lx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"ما هو سد الشقوق الذي تقدمونه للأطفال؟", "سد الشقوق؟"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "d#prev" {
			t.Errorf("%s: hits %v; want d#prev first", q, keysOfHits(r))
		}
	}
}

// The dialects' passive «ان» after the verb's person: «ينخلع» (is pulled out) is «خلع», as the
// pages say it, not a word they do not know («الدكتور يقول ضرسي لازم ينخلع، ليش…»).
func TestPassiveNun(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "الأسنان", Lang: "ar", Sections: []Section{
		section("crown", "التاج", "يحتاج الضرس بعد علاج العصب إلى تاج يحميه من الكسر."),
		section("ext", "متى نلجأ إلى الخلع؟", "نلجأ إلى خلع الضرس عندما يتعذر إنقاذه بالحشو أو علاج العصب."),
		section("clean", "تنظيف الجير", "ننصح بتنظيف الجير كل ستة أشهر."),
	}}}
	lx, err := LoadLexicon(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(docs, lx)
	if err != nil {
		t.Fatal(err)
	}
	if r := ix.Search(Query{Text: "الدكتور يقول ضرسي لازم ينخلع، ليش؟"}); topKey(r) != "d#ext" {
		t.Errorf("«ينخلع»: hits %v; want d#ext first", keysOfHits(r))
	}
	for _, c := range ix.Explain("لازم ينخلع؟") {
		if !c.Known {
			t.Errorf("«ينخلع»: %q is not known to the pages", c.Said)
		}
	}
}

// The Levantine «فوت مع» (go in with someone) asks whether a companion may come in, as «يجي معها»
// does: «بقدر فوت مع امي عالجلسة؟» goes to the passage on who attends the session.
func TestGoInWith(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "العلاج الطبيعي", Lang: "ar", FAQs: []FAQ{
		{ID: "q1", Question: "هل يحضر أحد مع كبير السن في الجلسة؟", Answer: "نفضل حضور أحد أفراد الأسرة في الجلسة الأولى والأخيرة."},
		{ID: "q2", Question: "كم مدة الجلسة؟", Answer: "تستغرق الجلسة بين 45 دقيقة وساعة."},
		{ID: "q3", Question: "هل الجلسة مؤلمة؟", Answer: "قد تشعر بانزعاج خفيف يزول بعد الجلسة، وممنوع رفع الأوزان الثقيلة بعدها."},
	}}}
	lx, err := LoadLexicon(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(docs, lx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"بقدر فوت مع امي عالجلسة ولا ممنوع؟", "بقدر ادخل معها الجلسة؟"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "d#q1" {
			t.Errorf("%s: hits %v; want d#q1 first", q, keysOfHits(r))
		}
	}
}
