package knowledge

import (
	"testing"
	"testing/fstest"
)

// Session 29's families: words patients use that the pages never do. Each pair's first member is how a
// patient says it (Gulf, Levantine, Egyptian, English), the second the pages' word; both must read as
// one concept of the built-in layer.
func TestLex29FamiliesReadAsThePagesWords(t *testing.T) {
	lx := mustLexicon(t)
	group := func(w string) int {
		cs := lx.Concepts(keysOf(Analyze(Normalize(w))))
		if len(cs) != 1 {
			return -2
		}
		return cs[0].group
	}
	for _, p := range [][2]string{
		// a tooth through the gum
		{"طالع عدل", "بزغت"}, {"طالعة عدل", "بزغت"}, {"طالعين عوج", "بزغت"}, {"نابتة", "بزغت"}, {"erupted", "بزغت"},
		// chewing gum and nuts
		{"لبان", "العلكة"}, {"اللبان", "العلكة"}, {"علك", "العلكة"}, {"chewing gum", "العلكة"},
		{"فول سوداني", "المكسرات"}, {"فستق", "المكسرات"}, {"peanuts", "المكسرات"},
		// a child's milk bottle
		{"الببرونة", "رضاعة الحليب"}, {"بزازة", "رضاعة الحليب"}, {"قنينة الحليب", "رضاعة الحليب"}, {"baby bottle", "رضاعة الحليب"},
		// wearing, said as a state
		{"لابسة", "ارتداء"}, {"لابسين", "ارتداء"}, {"لابسها", "ارتداء"},
		// hunger and meals are eating
		{"جوعان", "الاكل"}, {"جعانة", "الاكل"}, {"اتغدى", "الاكل"}, {"يتعشى", "الاكل"}, {"hungry", "الاكل"}, {"lunch", "الاكل"},
		// too late is a question of age
		{"too late", "العمر"},
		// A&E is the emergency department
		{"a&e", "الطوارئ"}, {"accident and emergency", "الطوارئ"},
		// passing a condition on to one's children is heredity
		{"ينتقل لولادي", "وراثي"}, {"ينتقل لبنتي", "وراثي"}, {"ينتقل لعيالي", "وراثي"}, {"pass it on", "وراثي"},
		// a buried tooth is an impacted one
		{"buried", "منطمر"},
	} {
		a, b := group(p[0]), group(p[1])
		if a < 0 || a != b {
			t.Errorf("«%s» is group %d, «%s» group %d: want one group", p[0], a, p[1], b)
		}
	}
	// Straightening teeth is the orthodontics topic.
	if a, b := group("straighten"), group("تقويم"); a < 0 || a != b {
		t.Errorf("straighten is group %d, braces %d", a, b)
	}
	// Coming out alone is no eruption: «طالع» is said of a rash, a result, going out.
	if group("طالع") == group("بزغت") {
		t.Error("«طالع» alone reads as a tooth erupting")
	}
	// Transmission alone stays what it was: «ينتقل» is not heredity without the children it passes to.
	if group("ينتقل") == group("وراثي") {
		t.Error("«ينتقل» alone reads as heredity")
	}
}

// The families answer questions that share no word with their passage but through them, in several
// dialects and persons.
func TestLex29FamiliesAnswer(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("wis", "أضراس العقل", "لا يلزم خلع ضرس العقل إذا بزغت بشكل سليم وأمكن تنظيفها."),
		section("brace", "العناية مع التقويم الثابت", "تجنب العلكة والمكسرات وكل ما هو لزج أو قاس أثناء ارتداء التقويم."),
		section("kids", "أسنان الصغار", "لا تترك الطفل ينام مع رضاعة الحليب في فمه لأنها تسبب التسوس."),
		section("eat", "الأكل بعد حشو العصب", "يمكنك تناول الطعام بعد زوال أثر التخدير بساعتين تقريبًا."),
		section("age", "من يناسبه التقويم", "لا يوجد عمر محدد للتقويم ما دامت اللثة والعظم سليمين."),
		section("gen", "هل يورث الحول؟", "للحول عامل وراثي، فإذا كان أحد الوالدين مصابًا فافحص أطفاله مبكرًا."),
		section("urg", "متى تذهب إلى الطوارئ؟", "توجه إلى الطوارئ إذا ازداد التورم مع حرارة مرتفعة."),
	}}}
	lx, err := LoadLexicon(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(docs, lx)
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{
		"ضرس العقل عندي نابت عدل، ليش اشيله؟":                   "d#wis",
		"my wisdom tooth has erupted fine, does it have to go?": "d#wis",
		"بقدر آكل لبان وأنا حاطة تقويم؟":                        "d#brace",
		"can I have peanuts with braces on?":                    "d#brace",
		"بنتي بتنام والبزازة بتمها، بتضر؟":                      "d#kids",
		"جعان موت بعد حشو العصب، امتى اتغدى؟":                   "d#eat",
		"I am fifty, is it too late for braces?":                "d#age",
		"ابوي احول، ممكن ينتقل لعيالي؟":                         "d#gen",
		"when should I go to A&E?":                              "d#urg",
	} {
		if r := ix.Search(Query{Text: q}); topKey(r) != want {
			t.Errorf("%s: hits %v; want %s first", q, keysOfHits(r), want)
		}
	}
}
