package knowledge

import (
	"strings"
	"testing"
)

func TestIsDefinitionQuestion(t *testing.T) {
	for q, want := range map[string]bool{
		"وش الكلف؟":            true,
		"ايش هي الصدفية":       true,
		"ما هو سم البوتولينوم": true,
		"what is a root canal": true,
		// The thing first, then what it means (Egyptian, Levantine).
		"الزراعة دي عبارة عن ايه بالظبط": true,
		"الجلوكوما يعني ايه":             true,
		"الكلف يعني شو":                  true,
		"يعني ايه اعمل":                  false, // «يعني» opening the message
		"شنو هو التقشير الكيميائي":       true,
		"وش اسوي بعد الخلع":              false, // what to do, not what it is
		// What is done or advised: a verb of the present in the plural after the "what".
		"عندي صدفيه بفروة الراس وش تنصحون": false,
		"وش تسوون لعلاج اللثه":             false,
		"ايش تمارين الرقبه":                true,  // a plural noun
		"ما يوجع؟":                         false, // negation
		"ما هو":                            false, // nothing asked about
		// Without a copula, in Latin letters, Egyptian «ايه» before a pronoun, the thing first.
		"what botox":               true,
		"what's a dental implant?": true,
		"what does botox mean":     true,
		"shu hiye el zera3a?":      true,
		"wesh el botox":            true,
		"ايه هو البوتوكس":          true,
		"ايه هي":                   false,
		"البوتكس شو؟":              true,
		"الاكزيما وش هي بالضبط؟":   true,
		"الجسر ده ايه هو":          true,
		"بتعملو شو؟":               false, // what is done: no thing first
		"ايه بيوجع":                false, // Levantine "yes, it hurts"
		"وش هي بالضبط":             false, // nothing asked about
		"what's the best age":      false,
		"كيف يعمل البوتوكس":        false,
		"ايش الفرق بين الليزك والليزر السطحي وايهما انسب لي": false, // too long to be a bare definition
		// A choice between things is no definition, however short.
		"وش الفرق بين الليزك والليزر السطحي؟": false,
		"ما هو الفرق بين الحشوة والتاج":       false,
		"ايش الانسب لي":                       false,
		"what is the difference":              false,
		"ما هو الفرق":                         false,
		// A word stressing the "what" asks nothing more.
		"what exactly is a cataract":     true,
		"what actually is a root canal":  true,
		"ايش بالضبط هي الصدفية":          true,
		"what exactly":                   false,
		"what exactly is the difference": false,
		// What a thing is for is no definition.
		"what's shockwave therapy used for?": false,
		"what is botox for":                  false,
	} {
		if got := isDefinitionQuestion(Words(q)); got != want {
			t.Errorf("isDefinitionQuestion(%q) = %v, want %v", q, got, want)
		}
	}
}

// A "what is" question prefers the passage that defines the thing over others that name it as often.
func TestSearchPrefersDefinition(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "البشرة", Lang: "ar", Sections: []Section{
		section("s1", "علاج الكلف", "يعالج الكلف بكريمات التفتيح وواقي الشمس، والكلف يعود أحيانا."),
		section("s2", "ما هو الكلف؟", "بقع بنية على الوجه تزيد مع الشمس والحمل، والكلف شائع."),
		section("s3", "الكلف أثناء الحمل", "يظهر الكلف أثناء الحمل كثيرا ويخف بعد الولادة."),
		section("s4", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
	}}}
	ix := MustBuild(t, docs, "")
	r := ix.Search(Query{Text: "وش الكلف؟"})
	if topKey(r) != "d#s2" || len(r.Hits) < 2 || r.Hits[0].Rank-r.Hits[1].Rank < defineShare/2 {
		t.Errorf("وش الكلف؟: hits %v; want d#s2 first, clearly", keysOfHits(r))
	}
	// The same words without the question type rank by the usual rules.
	if r := ix.Search(Query{Text: "الكلف"}); len(r.Hits) > 0 && r.Hits[0].Passage.defines && r.Hits[0].Rank-r.Hits[1].Rank >= defineShare/2 {
		t.Errorf("الكلف alone: the definition got the definition bonus")
	}
}

func TestAskOf(t *testing.T) {
	for q, want := range map[string]int{
		"قديش بيضل الوجع":        askHowMuch,
		"هو بيفضل مفعوله قد ايه": askHowMuch,
		"how long does it last":  askHowMuch,
		"امتى ارجع النادي":       askWhen,
		"متى أعود للرياضة؟":      askWhen,
		"فين بيحقنوا":            askWhere,
		"ليه السن بيوجع":         askWhy,
		"ازاي بيشتغل":            askHow,
		"مين يقدر يسوي الحقن":    askWho,
		"البوتكس يفيد للتعرق":    askNone,
		// «كم» after «من» or «قبل» and before a time is since or ago a few: it asks nothing.
		"نظري ضبابي من كم شهر، ممكن تكون مياه بيضاء؟": askNone,
		"سويت العملية قبل كم يوم وعيني حمرا":          askNone,
		"بعد كم يوم اقدر اسوق":                        askHowMuch,
		"من كم عمر لازم افحص ضغط العين":               askHowMuch,
	} {
		if got := askOf(Words(q)); got != want {
			t.Errorf("askOf(%q) = %d, want %d", q, got, want)
		}
	}
}

// A heading that asks the same kind of question as the patient ranks above one that asks another.
func TestSearchPrefersSameAsk(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "التقشير", Lang: "ar", Sections: []Section{
		section("s1", "هل يخف الاحمرار بعد التقشير؟", "نعم، في الغالب."),
		section("s2", "متى يخف الاحمرار بعد التقشير؟", "خلال يومين."),
	}}}
	ix := MustBuild(t, docs, "")
	r := ix.Search(Query{Text: "امتى يخف الاحمرار بعد التقشير"})
	if topKey(r) != "d#s2" {
		t.Errorf("امتى يخف الاحمرار: hits %v; want d#s2 first", keysOfHits(r))
	}
}

// A heading naming the causes of something answers why it happens, though it asks nothing.
func TestHeadingAskCauses(t *testing.T) {
	for h, want := range map[string]int{
		"أسباب آلام الظهر والرقبة الشائعة": askWhy,
		"Causes of dry eye": askWhy,
		"متى أعود للرياضة؟": askWhen,
		"علاج آلام الظهر":   askNone,
	} {
		if got := headingAsk(h); got != want {
			t.Errorf("headingAsk(%q) = %d, want %d", h, got, want)
		}
	}
	docs := []*Document{{ID: "d", Title: "الظهر", Lang: "ar", Sections: []Section{
		section("s1", "علاج آلام الظهر", "نعالج ألم أسفل الظهر بالتمارين، والألم يخف مع الوقت."),
		section("s2", "أسباب آلام الظهر", "يأتي ألم أسفل الظهر من الجلوس الطويل وضعف العضلات."),
	}}}
	ix := MustBuild(t, docs, "")
	if r := ix.Search(Query{Text: "ليش يجيني الم اسفل الظهر"}); topKey(r) != "d#s2" {
		t.Errorf("ليش يجيني الم اسفل الظهر: hits %v; want d#s2 first", keysOfHits(r))
	}
}

// Whether a treatment suits the patient is answered by the heading saying whom it suits.
func TestAsksSuits(t *testing.T) {
	for q, want := range map[string]bool{
		"الدكتور قال العضم عندي قليل، ينفع أعمل زراعة؟": true,
		"بنتي عمرها ١٤ وبدها تبيض سنانها، مسموح؟":       true,
		"am I a candidate for LASIK?": true,
		"ينفع اكل بعد الخلع؟":         false, // what may be done after it
		"امتى ينفع ارجع الجيم؟":       false, // a question word asks something else
		"كم جلسة احتاج؟":              false,
	} {
		if got := asksSuits(Words(q)); got != want {
			t.Errorf("asksSuits(%q) = %v, want %v", q, got, want)
		}
	}
	if got := headingAsk("لمن تناسب الزراعة؟"); got != askSuits {
		t.Errorf("headingAsk(لمن تناسب الزراعة؟) = %d, want askSuits", got)
	}
	docs := []*Document{{ID: "d", Title: "الزراعة", Lang: "ar", Sections: []Section{
		section("s1", "خطوات الزراعة", "نثبت الزرعة في العظم ونعمل التاج بعد شهرين."),
		section("s2", "لمن تناسب الزراعة؟", "تناسب من فقد سنًا وعنده العظم الكافي، أو نعمل ترقيعًا."),
	}}}
	ix := MustBuild(t, docs, "")
	if r := ix.Search(Query{Text: "العظم عندي قليل، ينفع اعمل زراعة؟"}); topKey(r) != "d#s2" {
		t.Errorf("العظم عندي قليل، ينفع اعمل زراعة؟: hits %v; want d#s2 first", keysOfHits(r))
	}
}

// A list with nothing of its own to introduce it is answered under its heading.
func TestBareListAnswer(t *testing.T) {
	list := Block{Kind: List, Text: "- أن يكون العمر 18 سنة أو أكثر.\n- أن يكون النظر ثابتا.\n- ألا يكون هناك حمل."}
	docs := []*Document{{ID: "d", Title: "الليزك", Lang: "ar", Sections: []Section{
		{ID: "s1", Title: "شروط الليزك", Level: 2, Blocks: []Block{list}},
		{ID: "s2", Title: "من يناسبه الليزك؟", Level: 2, Blocks: []Block{list, {Kind: Paragraph, Text: "وقد تناسبه العدسة المزروعة."}}},
	}}}
	ix := MustBuild(t, docs, "")
	want := map[string]string{"d#s1": "شروط الليزك:\n- أن", "d#s2": "من يناسبه الليزك؟\n- أن"}
	for i := range ix.passages {
		p := &ix.passages[i]
		if w, ok := want[p.Key]; ok && !strings.HasPrefix(p.Answer(), w) {
			t.Errorf("%s: Answer() = %q, want it to start %q", p.Key, p.Answer(), w)
		}
	}
}

// What a thing means may be asked before it («يعني ايه موجات تصادمية؟»), and of a thing just told,
// pointing back at it («ابوي عنده موية بيضا، وش يعني هالشي بالضبط؟», "what does that mean").
func TestAsksWhatItMeans(t *testing.T) {
	for q, want := range map[string]bool{
		"يعني إيه موجات تصادمية؟": true,
		"يعني ايه الجلوكوما":      true,
		"يعني ايه اعمل":           false, // what to do
		"يعني ايه بيوجع":          false,
		"ابوي عنده موية بيضا على عينه، وش يعني هالشي بالضبط؟":  true,
		"الدكتور قال عندي جفاف، شو يعني هذا؟":                  true,
		"my doctor said I have glaucoma, what does that mean?": true,
		"الدكتور قال عندي جفاف، وش اسوي؟":                      false,
	} {
		if got := asksDefinition(q, Words(q), nil); got != want {
			t.Errorf("asksDefinition(%q) = %v, want %v", q, got, want)
		}
	}
}

// An age asked with «أي» or "what" asks when: «في أي عمر أحضر طفلي لفحص القوام؟» as «متى…»; the
// Levantine yes before an age asks nothing.
func TestAskOfAge(t *testing.T) {
	for q, want := range map[string]int{
		"في اي عمر اجيب ولدي يفحص قوامه":               askWhen,
		"في أي عمر أحضر طفلي لفحص القوام؟":             askWhen,
		"بأي سن لازم افحص عيون بنتي":                   askWhen,
		"what age should my son have his eyes checked": askWhen,
		"اي عمري عشرين ينفع":                           askNone,
		"اي سن يتخلع اول":                              askNone,
	} {
		if got := askOf(Words(q)); got != want {
			t.Errorf("askOf(%q) = %d, want %d", q, got, want)
		}
	}
}

// How a thing works is told where it is defined: «كيف يشتغل تبييض الاسنان» prefers «ما هو تبييض
// الأسنان؟» over the section under the thing's bare name; not when it is asked when it works.
func TestAsksHowItWorks(t *testing.T) {
	for q, want := range map[string]bool{
		"كيف يشتغل تبييض الاسنان":                   true,
		"يعني إيه موجات تصادمية؟ بتشتغل إزاي أصلا؟": true,
		"how does botox work?":                          true,
		"ابر التجاعيد كيف تشتغل؟":                       true,
		"how fast does it start working?":               false,
		"كيف يعملون الزراعة؟":                           false, // how it is done: its steps
		"متى يبدأ يشتغل البوتوكس؟":                      false,
		"انا اشتغل في مكتب، كيف اجلس عشان ظهري ما يوجع": false,
	} {
		if got := asksDefinition(q, Words(q), nil); got != want {
			t.Errorf("asksDefinition(%q) = %v, want %v", q, got, want)
		}
	}
	docs := []*Document{{ID: "d", Title: "الأسنان", Lang: "ar", Sections: []Section{
		section("s1", "تبييض الأسنان", "يتم تبييض الأسنان في العيادة في جلسة مدتها ساعة، ويمكن تبييض الأسنان في البيت."),
		section("s2", "ما هو تبييض الأسنان؟", "تبييض الأسنان هو تفتيح لونها بجل بيروكسيد الهيدروجين."),
		section("s3", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
	}}}
	ix := MustBuild(t, docs, "")
	if r := ix.Search(Query{Text: "كيف يشتغل تبييض الاسنان"}); topKey(r) != "d#s2" {
		t.Errorf("كيف يشتغل تبييض الاسنان: hits %v; want d#s2 first", keysOfHits(r))
	}
}

// "How does X do what it does" asks how X works, as "how does X work" does; a heading asking how a
// thing works («كيف يعمل البوتوكس داخل الجسم؟»), where «يعمل» is its working, tells it.
func TestAsksHowItDoesIt(t *testing.T) {
	for q, want := range map[string]bool{
		"how does botox actually stop a muscle from moving?":        true,
		"how does the injection relax the muscle":                   true,
		"how do I lift heavy boxes at home without hurting my back": false,
		"how does the doctor decide i am ready to play again":       false,
		"how does it start working so fast":                         false,
	} {
		if got := asksHowItWorks(Words(q)); got != want {
			t.Errorf("asksHowItWorks(%q) = %v, want %v", q, got, want)
		}
	}
	for h, want := range map[string]bool{
		"كيف يعمل الليزر؟":              true,
		"كيف يعمل البوتوكس داخل الجسم؟": true,
		"How does it work?":             true,
		"متى يعمل البوتوكس؟":            false,
		"كيف نحضر للجلسة؟":              false,
	} {
		if got := definesSomething(h, "نص لا يعرّف شيئًا بعد هذا العنوان."); got != want {
			t.Errorf("definesSomething(%q) = %v, want %v", h, got, want)
		}
	}
	docs := []*Document{{ID: "d", Title: "البوتوكس", Lang: "ar", Sections: []Section{
		section("s1", "تشنجات العضلات", "يساعد البوتوكس في إرخاء العضلات المتشنجة ويوقف حركة العضلة لعدة أشهر."),
		section("s2", "كيف يعمل البوتوكس؟", "يمنع البوتوكس الإشارات العصبية التي تحرك العضلة."),
	}}}
	ix := MustBuild(t, docs, "")
	if r := ix.Search(Query{Text: "how does botox actually stop the muscle moving"}); topKey(r) != "d#s2" {
		t.Errorf("how does botox stop the muscle: hits %v; want d#s2 first", keysOfHits(r))
	}
}

// A heading naming a count or a length answers how many and how long, though it asks nothing: «kam
// jalsa laser» is answered by «عدد الجلسات والنتيجة», not by the section after a session.
func TestHeadingAskCounts(t *testing.T) {
	for h, want := range map[string]int{
		"عدد الجلسات والنتيجة": askHowMuch,
		"النتائج ومدة بقائها":  askHowMuch,
		"Number of sessions":   askHowMuch,
		"بعد جلسة الليزر":      askNone,
	} {
		if got := headingAsk(h); got != want {
			t.Errorf("headingAsk(%q) = %d, want %d", h, got, want)
		}
	}
	docs := []*Document{{ID: "d", Title: "الليزر", Lang: "ar", Sections: []Section{
		section("s1", "بعد جلسة الليزر", "بعد جلسة الليزر يتساقط الشعر خلال أسبوعين، وتجنب الشمس بعد الجلسة."),
		section("s2", "عدد الجلسات والنتيجة", "يحتاج معظم المرضى من 6 إلى 8 جلسات لأن الشعر ينمو على مراحل."),
	}}}
	ix := MustBuild(t, docs, "")
	if r := ix.Search(Query{Text: "كم جلسة احتاج للشعر"}); topKey(r) != "d#s2" {
		t.Errorf("كم جلسة احتاج للشعر: hits %v; want d#s2 first", keysOfHits(r))
	}
}

// Whether the patient needs something («هل أحتاج إلى فحص؟») asks whom it is for, which a heading
// asking who needs it answers; when something is needed, or how many, is asked otherwise.
func TestAsksNeed(t *testing.T) {
	for q, want := range map[string]bool{
		"أبلغ من العمر 45 عامًا وأمي مصابة بالجلوكوما، هل أحتاج إلى فحص؟": true,
		"ابوي عنده جلوكوما، انا محتاج اتفحص؟":                             true,
		"do I need an eye exam if my mum has glaucoma?":                   true,
		"كم جلسة احتاج؟":          false,
		"احتاج اصوم قبل العملية؟": false,
	} {
		if got := asksSuits(Words(q)); got != want {
			t.Errorf("asksSuits(%q) = %v, want %v", q, got, want)
		}
	}
	for h, want := range map[string]int{
		"من يحتاج فحص الجلوكوما؟":    askSuits,
		"Who needs a glaucoma test?": askSuits,
		"متى يحتاج السن إلى الخلع؟":  askWhen,
	} {
		if got := headingAsk(h); got != want {
			t.Errorf("headingAsk(%q) = %d, want %d", h, got, want)
		}
	}
	docs := []*Document{{ID: "d", Title: "الجلوكوما", Lang: "ar", Sections: []Section{
		section("s1", "فحص الجلوكوما", "يقيس الطبيب ضغط العين ويصور العصب، ولا يؤلم."),
		section("s2", "من يحتاج فحص الجلوكوما؟", "ننصح به لكل من تجاوز الأربعين، وأبكر لمن لديه تاريخ عائلي."),
	}}}
	ix := MustBuild(t, docs, "")
	if r := ix.Search(Query{Text: "أمي عندها جلوكوما، هل أحتاج إلى فحص؟"}); topKey(r) != "d#s2" {
		t.Errorf("…هل أحتاج إلى فحص؟: hits %v; want d#s2 first", keysOfHits(r))
	}
}

// asksDefinition reads a question's words in Arabic letters once, not once for each of its tests:
// reading Arabizi is the dearest part of a search.
func TestAsksDefinitionReadsOnce(t *testing.T) {
	calls := 0
	read := func(w []string) []string { calls++; return w }
	asksDefinition("emta ba2dar ashrab ahwe", Words("emta ba2dar ashrab ahwe"), read)
	if calls != 1 {
		t.Errorf("read called %d times; want once", calls)
	}
}
