package knowledge

import (
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// rankOf returns the position of the passage with key among r's hits, -1 when absent.
func rankOf(r Result, key string) int {
	for i, h := range r.Hits {
		if h.Passage.Key == key {
			return i
		}
	}
	return -1
}

// A passage under an urgent-care heading lists many symptoms; a question that does not ask about
// urgent care is answered from the passage about its topic when that answers about as well.
func TestSearchUrgentCareOnlyWhenAsked(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "تأهيل الركبة", Lang: "ar", Sections: []Section{
		section("s1", "التمارين في البيت", "من الطبيعي أن تتورم الركبة قليلا بعد التمارين في الأسابيع الأولى بعد العملية، ويخف ذلك بالثلج."),
		section("s2", "متى تحتاج رعاية عاجلة؟", "توجه إلى الطوارئ إذا تتورم الركبة بشدة بعد العملية مع حرارة."),
		section("s3", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
	}}}
	ix := MustBuild(t, docs, "")
	if r := ix.Search(Query{Text: "ركبتي تتورم بعد العملية"}); topKey(r) != "d#s1" {
		t.Errorf("ركبتي تتورم بعد العملية: hits %v; want d#s1 first", keysOfHits(r))
	}
	// Asked about urgent care, the urgent-care passage answers.
	if r := ix.Search(Query{Text: "متى اروح الطوارئ اذا تورمت الركبة بعد العملية"}); topKey(r) != "d#s2" {
		t.Errorf("متى اروح الطوارئ…: hits %v; want d#s2 first", keysOfHits(r))
	}
}

// A question asking how long, how many or when prefers, of passages on its topic, one that gives a
// number.
func TestSearchCountQuestionWantsANumber(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "التقويم", Lang: "ar", Sections: []Section{
		section("s1", "خطة العلاج", "يضع الطبيب في العيادة خطة العلاج بعد الفحص والأشعة، وتغير القوالب كل أسبوعين حسب الخطة."),
		section("s2", "العناية اليومية", "نظف القوالب بالفرشاة والماء البارد كلما تغير القوالب."),
		section("s3", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
	}}}
	ix := MustBuild(t, docs, "")
	r := ix.Search(Query{Text: "كل كم تغير القوالب"})
	if topKey(r) != "d#s1" {
		t.Errorf("كل كم تغير القوالب: hits %v; want d#s1 first", keysOfHits(r))
	}
	// Without a question of that kind, the number adds nothing.
	r = ix.Search(Query{Text: "تغير القوالب"})
	if topKey(r) != "d#s2" {
		t.Errorf("تغير القوالب: hits %v; want d#s2 first", keysOfHits(r))
	}
}

func TestCountsSomething(t *testing.T) {
	for text, want := range map[string]bool{
		"تغير القوالب كل 2 أسبوع":        true,
		"تغير القوالب كل أسبوعين":        true,
		"يستمر الألم ثلاثة أيام تقريبًا": true,
		"٣ جلسات":                         true,
		"Most people need three sessions": true,
		"نظف القوالب بالفرشاة":            false,
		"Brush gently twice":              false, // "twice" is no number word here
	} {
		if got := countsSomething(text); got != want {
			t.Errorf("countsSomething(%q) = %v, want %v", text, got, want)
		}
	}
}

// An FAQ answer is matched through its question: a short answer that says the question's words in
// passing does not beat the section about them.
func TestSearchFAQMatchedThroughItsQuestion(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "الأسنان", Lang: "ar", Sections: []Section{
		section("s1", "العناية في البيت", "في اليوم الأول بعد خلع السن تناول أطعمة لينة واشرب الماء."),
		section("s2", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
	}, FAQs: []FAQ{{ID: "q1", Question: "هل أستطيع خلع التقويم الشفاف؟", Answer: "نعم، تخلعه عند الأكل، واشرب الماء وهو في فمك."}}}}
	ix := MustBuild(t, docs, "")
	r := ix.Search(Query{Text: "اشرب الماء بعد الخلع"})
	if topKey(r) != "d#s1" {
		t.Errorf("اشرب الماء بعد الخلع: hits %v; want d#s1 first", keysOfHits(r))
	}
	// Asked its own question, the FAQ answer still wins.
	if r := ix.Search(Query{Text: "اقدر اخلع التقويم الشفاف؟"}); topKey(r) != "d#q1" {
		t.Errorf("اقدر اخلع التقويم الشفاف؟: hits %v; want d#q1 first", keysOfHits(r))
	}
}

// The language layer reads the everyday verbs patients use for the pages' words: «بيشيلوا» for
// «تزال», «البس» for «ارتداء», «طاح» for «السقوط», «تنتفخ» for «تورم».
func TestGeneralLayerEverydayWords(t *testing.T) {
	lx, err := LoadLexicon(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	docs := []*Document{{ID: "d", Title: "العيادة", Lang: "ar", Sections: []Section{
		section("s1", "بعد الخلع", "تزال الغرز غير الذائبة بعد أسبوع من الخلع."),
		section("s2", "بعد التقويم", "يجب ارتداء المثبت كل ليلة بعد فك التقويم."),
		section("s3", "كبار السن", "برنامج الوقاية من السقوط يقوي التوازن عند كبار السن."),
		section("s4", "بعد العملية", "من الطبيعي تورم الركبة قليلا بعد التمارين."),
		section("s5", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
		section("s6", "التقويم", "يصحح التقويم ازدحام الأسنان وتباعدها."),
		section("s7", "الزراعة", "تستغرق فترة الالتحام بعد الزرعة بين ثلاثة وستة أشهر."),
		section("s8", "جفاف العين", "يسبب جفاف العين حرقانا ودموعا."),
		section("s9", "الصدفية", "الصدفية مرض مناعي ولا تنتقل العدوى باللمس."),
		section("s10", "الآثار النفسية", "قد يسبب الدواء تقلبات مزاجية شديدة."),
		section("s11", "بعد تبديل المفصل", "تجنب تقاطع الساقين في الأسابيع الأولى."),
		section("s12", "بعد الخلع", "يمكن تعويض السن المفقود بجسر ثابت أو طقم متحرك."),
		section("s13", "السن المكسور", "نعيد السن الدائم إلى مكانه خلال ساعة."),
	}}}
	ix, err := Build(docs, lx)
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{
		"امتى بيشيلوا الغرز":        "d#s1",
		"لازم البس المثبت؟":         "d#s2",
		"ابوي يطيح كثير":            "d#s3",
		"ركبتي تنتفخ بعد التمارين":  "d#s4",
		"اسناني مزحومة":             "d#s6",
		"متى تلتحم الزرعة":          "d#s7",
		"ليش عيوني تجف":             "d#s8",
		"الصدفية بتعدي؟":            "d#s9",
		"الدواء يخلي الواحد مكتئب؟": "d#s10",
		"اقدر احط رجل على رجل":      "d#s11",
		"كيف اعوضه":                 "d#s12",
		"السن محله وين؟":            "d#s13",
	} {
		r := ix.Search(Query{Text: q})
		if topKey(r) != want || r.Hits[0].Coverage < 0.99 {
			t.Errorf("%s: hits %v (%+v); want %s first, fully covered", q, keysOfHits(r), r.Hits, want)
		}
	}
}

// A page's opening stands under the page's own title: that heading names what every passage of the
// page is about, so it earns the opening no heading credit, except for a "what is" question.
func TestSearchPageOpeningHeadingAnswersOnlyWhatIs(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "عملية المياه البيضاء", Lang: "ar", Sections: []Section{
		section("s1", "عملية المياه البيضاء", "الساد هو عتامة العدسة داخل العين، وعلاجه العملية."),
		section("s2", "كيف تتم العملية؟", "نجري العملية بتخدير موضعي وتستغرق العملية من 15 إلى 20 دقيقة."),
		section("s3", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
	}}}
	ix := MustBuild(t, docs, "")
	if r := ix.Search(Query{Text: "عملية المياه البيضاء كم تاخذ"}); topKey(r) != "d#s2" {
		t.Errorf("عملية المياه البيضاء كم تاخذ: hits %v; want d#s2 first", keysOfHits(r))
	}
	if r := ix.Search(Query{Text: "وش هي المياه البيضاء"}); topKey(r) != "d#s1" {
		t.Errorf("وش هي المياه البيضاء: hits %v; want d#s1 first", keysOfHits(r))
	}
}

// A word with two senses («خلع»: pull a tooth, take off aligners) is read in the sense of the page
// whose title names it: the extraction page answers «اقدر اشرب بعد الخلع؟», not the aligners FAQ.
func TestSearchPageTitleSettlesAHomonym(t *testing.T) {
	docs := []*Document{
		{ID: "ext", Title: "خلع الأسنان", Lang: "ar", Sections: []Section{
			section("s1", "العناية في البيت", "في اليوم الأول تجنب الشرب بالمصاصة والمشروبات الساخنة والتدخين والمضمضة القوية، وكل طعامًا لينًا باردًا، ونم ورأسك مرفوع قليلًا حتى يلتئم الجرح."),
			section("s2", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
		}},
		{ID: "ali", Title: "التقويم الشفاف", Lang: "ar", Sections: []Section{
			section("s1", "كيف يعمل التقويم الشفاف", "قوالب بلاستيكية شفافة تغير كل أسبوعين."),
		}, FAQs: []FAQ{{ID: "q1", Question: "هل أستطيع خلع التقويم الشفاف عند الأكل؟", Answer: "نعم، تخلع القوالب عند الأكل والشرب عدا الماء، وتعيدها بعد الشرب."}}},
	}
	ix := MustBuild(t, docs, "")
	if r := ix.Search(Query{Text: "اقدر اشرب بعد الخلع؟"}); topKey(r) != "ext#s1" {
		t.Errorf("اقدر اشرب بعد الخلع؟: hits %v; want ext#s1 first", keysOfHits(r))
	}
	if r := ix.Search(Query{Text: "اقدر اخلع التقويم الشفاف عند الاكل"}); topKey(r) != "ali#q1" {
		t.Errorf("اقدر اخلع التقويم الشفاف عند الاكل: hits %v; want ali#q1 first", keysOfHits(r))
	}
}

// A question asking how long a treatment takes names the treatment, which every passage of its page
// names too; the passage that answers is the one giving a span of time, and best the one saying what
// takes it. A unit without a number («قياسات دقيقة», precise measurements) is no span.
func TestSearchHowLongWantsASpanOfTime(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "عملية المياه البيضاء", Lang: "ar", Sections: []Section{
		section("s1", "الأعراض", "تسبب المياه البيضاء تشوش النظر التدريجي ووهج الأضواء وبهتان الألوان، وعلاجها العملية."),
		section("s2", "كيف تتم العملية؟", "نجري العملية بتقنية الفاكو وتستغرق من 15 إلى 20 دقيقة تحت تخدير موضعي."),
		section("s3", "التحضير للعملية", "نجري قبل العملية قياسات دقيقة للعين لحساب قوة العدسة."),
		section("s4", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
	}}}
	ix := MustBuild(t, docs, "")
	for _, q := range []string{"عملية المياه البيضاء كم تاخذ", "how long does the المياه البيضاء operation take"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "d#s2" {
			t.Errorf("%s: hits %v; want d#s2 first", q, keysOfHits(r))
		}
	}
	// Not asking how long, the span of time adds nothing.
	if r := ix.Search(Query{Text: "عملية المياه البيضاء والاعراض"}); topKey(r) != "d#s1" {
		t.Errorf("عملية المياه البيضاء والاعراض: hits %v; want d#s1 first", keysOfHits(r))
	}
}

// Of two passages that both say how long («تستغرق», «لمدة»), the one saying that what is asked about
// takes it («تستغرق العملية») answers how long the operation takes; the drops used «لمدة أربعة أسابيع»
// after it do not. Asking when something happens after it, the operation's own length is no answer.
func TestSearchHowLongWantsWhatTakesIt(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "عملية المياه البيضاء", Lang: "ar", Sections: []Section{
		section("s1", "كيف تتم العملية؟", "نجري العملية بتقنية الفاكو وزراعة عدسة صناعية قابلة للطي. تستغرق عملية المياه البيضاء من 15 إلى 20 دقيقة تحت تخدير موضعي بالقطرات."),
		section("s2", "بعد العملية", "يتحسن النظر بعد عملية المياه البيضاء خلال يوم إلى ثلاثة أيام. استخدم القطرات لمدة أربعة أسابيع. تجنب فرك العين أسبوعًا."),
		section("s3", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
	}}}
	ix := MustBuild(t, docs, "")
	for q, want := range map[string]string{
		"عملية المياه البيضاء كم تاخذ":             "d#s1",
		"كم تاخذ عملية المياه البيضاء من وقت":      "d#s1",
		"متى يتحسن النظر بعد عملية المياه البيضاء": "d#s2",
		"متى يوضح النظر بعد عملية المياه البيضاء":  "d#s2",
		"متى اغسل وجهي بعد عملية المياه البيضاء":   "d#s2",
	} {
		if r := ix.Search(Query{Text: q}); topKey(r) != want {
			t.Errorf("%s: hits %v; want %s first", q, keysOfHits(r), want)
			for _, h := range r.Hits {
				t.Logf("%s %.3f %.2f %.2f", h.Passage.Key, h.Rank, h.Coverage, h.TitleCoverage)
			}
		}
	}
}

// «متى» after a treatment asks how soon: of a page's passages, the one that says in how many days.
func TestSearchWhenAfterWantsASpanOfTime(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "عملية المياه البيضاء", Lang: "ar", Sections: []Section{
		section("s1", "نتائج العملية", "يتحسن النظر بعد العملية عند أغلب المرضى، ويعتمد ذلك على صحة الشبكية."),
		section("s2", "العناية", "يتحسن النظر خلال يوم إلى ثلاثة أيام، ويستقر خلال أسابيع قليلة."),
		section("s3", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
	}}}
	ix := MustBuild(t, docs, "")
	if r := ix.Search(Query{Text: "متى يتحسن النظر بعد عملية المياه البيضاء"}); topKey(r) != "d#s2" {
		t.Errorf("متى يتحسن النظر بعد…: hits %v; want d#s2 first", keysOfHits(r))
	}
}

func TestAsksTimeAndTimeOf(t *testing.T) {
	for q, want := range map[string]bool{
		"عملية الماء الابيض كم تاخذ":             true,
		"خلع ضرس العقل ياخد وقت قد ايه":          true,
		"كم يوم يستمر الورم":                     true,
		"how long until it works":                true,
		"متى اشوف زين بعد الليزك":                true,
		"متى يحتاج السن الخلع":                   false, // a condition, not a time
		"كم سعر الجلسة":                          false,
		"كم جلسة احتاج":                          false,
		"قد ايه معجون احط لابني اللي عنده سنتين": false, // an age told, an amount asked
		"كم معجون احط لولدي عمره سنتين":          false,
		"صار لي من كم سنة ابي اسأل كم مرة اجي":   false, // since when the story runs
		"كم ياخذ من الوقت":                       true,
		"كم ساعة تاخذ العملية":                   true,
	} {
		if got := asksTime(Words(q)); got != want {
			t.Errorf("asksTime(%q) = %v, want %v", q, got, want)
		}
	}
	for text, want := range map[string]int{
		"تستغرق العملية من 15 إلى 20 دقيقة":     2,
		"ضع الواقي على العين أسبوعًا":           1,
		"يرى أغلب المرضى بوضوح في اليوم التالي": 1,
		"نجري قياسات دقيقة للعين":               0,
		"The swelling lasts two or three days":  2,
		"نستقبل المراجعين من الأحد إلى الخميس":  0,
	} {
		if got := timeOf(text); got != want {
			t.Errorf("timeOf(%q) = %d, want %d", text, got, want)
		}
	}
}

// What a patient says they do not have, in a clause of its own before what they ask, is not searched
// for: the signs denied are those the urgent-care passage lists.
func TestSearchDeniedSignsAreNotSearched(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "التقشير الكيميائي", Lang: "ar", Sections: []Section{
		section("s1", "العناية بعد التقشير", "من الطبيعي احمرار الوجه يومين بعد التقشير، استخدم مرطبا وواقي شمس."),
		section("s2", "متى تحتاج رعاية عاجلة؟", "توجه إلى الطوارئ إذا حدث تورم شديد في الوجه أو ضيق تنفس أو احمرار مع حرارة بعد التقشير."),
		section("s3", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
	}}}
	ix := MustBuild(t, docs, "")
	for _, q := range []string{
		"ما فيني تورم ولا ضيق تنفس، بس وجهي محمر بعد التقشير، طبيعي؟",
		"no swelling and no trouble breathing, just redness after the التقشير",
		"ما فيني تورم ولا ضيق تنفس، وجهي محمر بعد التقشير",
	} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "d#s1" {
			t.Errorf("%s: hits %v; want d#s1 first", q, keysOfHits(r))
		}
	}
	// With nothing else, nothing is left out: the question may be what it denies.
	if r := ix.Search(Query{Text: "ما فيني تورم ولا ضيق تنفس"}); topKey(r) != "d#s2" {
		t.Errorf("ما فيني تورم ولا ضيق تنفس: hits %v; want d#s2 first", keysOfHits(r))
	}
}

func TestDeny(t *testing.T) {
	for q, want := range map[string]string{
		"ما فيني تورم ولا ضيق تنفس بس وجهي محمر": "~~ما ~~فيني ~~تورم ~~ولا ~~ضيق ~~تنفس ~بس وجه محمر",
		"السن مضروب بس ما بدي اقلعو":             "", // no denial before the but
		"ما ابي زراعه بس ابي شي ثابت":            "", // «ما» denies wanting, not having
		// A stop ends the denial, and so does an «و» that opens a clause; one after the question too.
		"ما عندي حرارة والجرح نظيف، الالم يقعد لثاني يوم":     "~~ما ~~عندي ~~حرار جرح نظيف الم يقعد ~لثاني يوم",
		"is it normal that my jaw is sore? no swelling":       "", // what it ends on is part of what is asked
		"ركبتي وارمة شوية ومفيش سخونية ولا حرارة خالص، عادي؟": "ركب ارم ~شويه ~~ومفيش ~~سخون ~~ولا ~~حرار ~~خالص ~عادي",
		// «لا» before a noun and «ولا» (neither … nor), and «لا اعاني من», «ليس لدي» deny.
		"لا حرارة ولا احمرار، ركبتي تنتفخ بعد التمارين": "~~لا ~~حرار ~~ولا ~~احمرار ركب تنتفخ ~بعد تمارين",
		"لا أعاني من حرارة، لكن ركبتي تنتفخ":            "~~لا ~~اعاني ~~من ~~حرار ~لكن ركب تنتفخ",
		"ليس لدي حساسية، هل البوتوكس مناسب لي":          "~~ليس ~~لدي ~~حساس ~هل بوتوكس مناسب ~لي",
		"لا تفقأ الفقاعة، وش اسوي":                      "",
		// English "don't have", "haven't had", "never had".
		"I don't have any allergies, can I get botox?":            "~i ~~don ~~t ~~have ~~any ~~allergy ~can ~i ~get botox",
		"I haven't had any fever, just swelling":                  "~i ~~haven ~~t ~~had ~~any ~~fever ~just swell",
		"مافي حل غير النظارة؟":                                    "", // asked: is there none?
		"يعني خلاص مافي حل غير النظارة؟ قالوا لي ما ينفع لي ليزك": "",
		"اجريه مبسطين ما في قوس، لازم نعالجو؟":                    "", // a description of what the clause names
		"هل الليزر بدون ألم؟":                                     "",
		"بدون ألم؟":                                               "", // nothing else: the denial is what is asked
	} {
		ix := MustBuild(t, []*Document{{ID: "d", Title: "x", Lang: "ar", Sections: []Section{section("s", "x", "x")}}}, "")
		words := ix.inArabic(Words(q))
		keys := ix.arabicKeys(words)
		before := strings.Join(keys, " ")
		deny(keys, words, q)
		got := strings.Join(keys, " ")
		if want == "" {
			want = before
		}
		if got != want {
			t.Errorf("deny(%q) = %s, want %s", q, got, want)
		}
	}
}

// A denied word joins no lexicon phrase, not even as the stop word it may also be: the «نفس» of «ضيق
// نفس» is also "same", which a clinic's lexicon may join to the words for a difference.
func TestDeniedWordsJoinNoConcept(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "x", Lang: "ar", Sections: []Section{section("s", "x", "x")}}}, "فرق | نفس\n")
	q := "ما عندي اي ضيق نفس ولا شي، بس كم يقعد مفعوله"
	words := ix.inArabic(Words(q))
	keys := ix.arabicKeys(words)
	deny(keys, words, q)
	got := len(ix.lex.Concepts(keys))
	want := len(ix.lex.Concepts(ix.keys(Words("بس كم يقعد مفعوله"))))
	if got != want {
		t.Errorf("%s: %d concepts, want %d (those of what is asked)", q, got, want)
	}
}

// A list is cut down to the items a question names, but not by what its heading names: that is what
// the whole list is about, and a question about it wants the whole list.
func TestExcerptNotByTheHeadingsWords(t *testing.T) {
	items := []string{"ألم في الظهر مع خدر في منطقة السرج.", "ضعف مفاجئ في الساق.", "صعوبة في التحكم بالبول."}
	list := Block{Kind: List, Text: "- " + strings.Join(items, "\n- "), Items: items}
	docs := []*Document{{ID: "d", Title: "آلام الظهر", Lang: "ar", Sections: []Section{
		{ID: "s1", Title: "متى تراجع الطوارئ مع ألم الظهر", Level: 2, Blocks: []Block{{Kind: Paragraph, Text: "توجه إلى الطوارئ فورا إذا ظهر:"}, list}},
		section("s2", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
		section("s3", "التمارين", "تقوي التمارين عضلات البطن وتخفف الضغط."),
		section("s4", "الجلسات", "نحتاج عادة ست جلسات على ثلاثة أسابيع."),
		section("s5", "الوضعية", "اجلس باستقامة وارفع الشاشة إلى مستوى العين."),
	}}}
	ix := MustBuild(t, docs, "")
	r := ix.Search(Query{Text: "ايش العلامات اللي لازم اروح فيها الطوارئ مع الم الظهر"})
	if topKey(r) != "d#s1" || !strings.Contains(r.Hits[0].Answer(), "منطقة السرج") || !strings.Contains(r.Hits[0].Answer(), "بالبول") {
		t.Errorf("hits %v; want d#s1 first with the whole list, got %q", keysOfHits(r), r.Hits[0].Answer())
	}
	// An item the question names still picks it.
	r = ix.Search(Query{Text: "ضعف في الساق مع الم الظهر"})
	if topKey(r) != "d#s1" || r.Hits[0].Excerpt == "" || strings.Contains(r.Hits[0].Answer(), "بالبول") {
		t.Errorf("hits %v; want d#s1 first with the item about the leg, got %q", keysOfHits(r), r.Hits[0].Answer())
	}
}

// A heading's word means what it means beside the treatment the heading names: «خلع» under «هل
// أستطيع خلع التقويم الشفاف عند الأكل؟» is taking aligners off. On a dental clinic's real pages, a
// question about eating after a tooth is pulled is answered from the extraction page, whose heading
// shares fewer of its words; one that names the aligners is still answered from theirs.
func TestSearchHeadingWordInItsTreatmentsSense(t *testing.T) {
	ix, err := Open(os.DirFS("../bot/eval/testdata/clinics/dental/kb"))
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{
		"شو بقدر اكل بعد ما قلعت الضرس؟":      "extraction-wisdom",
		"وش آكل بعد قلع السن":                 "extraction-wisdom",
		"اقدر اشيل التقويم الشفاف وقت الاكل؟": "whitening-braces-kids-gums",
	} {
		r := ix.Search(Query{Text: q})
		first := "" // of the Arabic pages: the engine answers an Arabic question from them
		for _, h := range r.Hits {
			if ix.LangOf(h.Passage) == "ar" {
				first = h.Passage.DocID
				break
			}
		}
		if first != want {
			t.Errorf("%s: hits %v; want %s first of the Arabic pages", q, keysOfHits(r), want)
		}
	}
}

// A page's own question that asks yes or no («هل تنظيف الجير يضعف الأسنان؟», or an FAQ answered «لا،
// …») asks another question than one asking how often, how long, how or what, though it shares its
// words: «كل كم انظف الجير» is answered by the section that says how often; the yes-or-no question
// still answers itself.
func TestSearchYesNoHeadingDoesNotAnswerWhQuestions(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "اللثة والجير", Lang: "ar", Sections: []Section{
		section("s1", "علاج اللثة", "ننصح بتنظيف الجير عند الطبيب كل ستة أشهر، مع الفرشاة والخيط يوميا."),
		section("s2", "هل الليزر السطحي مؤلم؟", "يستمر الألم بعد الليزر السطحي يومين أو ثلاثة، ونعطي مسكنا."),
		section("s3", "الليزر السطحي", "يعالج الليزر السطحي التهاب اللثة، ويخف الألم بعده خلال ثلاثة أيام."),
		section("s4", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
	}, FAQs: []FAQ{{ID: "q1", Question: "تنظيف الجير والأسنان", Answer: "لا، تنظيف الجير لا يضعف الأسنان ولا يباعد بينها."}}}}
	ix := MustBuild(t, docs, "")
	for q, want := range map[string]string{
		"كل كم انظف الجير؟":                "d#s1",
		"قديش يضل الالم بعد الليزر السطحي": "d#s3",
		"تنظيف الجير يضعف الاسنان؟":        "d#q1",
		"هل الليزر السطحي مؤلم؟":           "d#s2",
	} {
		if r := ix.Search(Query{Text: q}); topKey(r) != want {
			t.Errorf("%s: hits %v; want %s first", q, keysOfHits(r), want)
			for _, h := range r.Hits {
				t.Logf("%s %.3f %.2f %.2f", h.Passage.Key, h.Rank, h.Coverage, h.TitleCoverage)
			}
		}
	}
}

// The kind of answer an Arabizi question asks is read in Arabic letters: «emta» asks when, as «متى»
// does, so a yes-or-no heading sharing its words does not answer it, and a heading asking when does.
func TestSearchArabiziQuestionWordsAsk(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "عملية المياه البيضاء", Lang: "ar", Sections: []Section{
		section("s1", "متى أستطيع القيادة بعد العملية؟", "يمكنك القيادة بعد أسبوع تقريبا عندما يتحسن النظر."),
		section("s2", "هل تمنع العملية القيادة؟", "لا، يعود أغلب المرضى إلى القيادة بعد العملية، ويقرر الطبيب متى يكون النظر كافيا."),
		section("s3", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
	}}}
	ix := MustBuild(t, docs, "")
	for _, q := range []string{"emta a2dar el qiyada ba3d el 3amaliye?", "meta el qiyada ba3d el 3amaliye"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "d#s1" {
			t.Errorf("%s: hits %v; want d#s1 first", q, keysOfHits(r))
		}
	}
}

// A question asking yes or no that the page asks in its own words is answered by that question's
// answer, not by a section that names the page's subject in its heading and the rest in passing:
// when both ask yes or no, the FAQ answer's words count in full.
func TestSearchYesNoQuestionMeetsYesNoFAQ(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "عملية المياه البيضاء", Lang: "ar", Sections: []Section{
		section("s1", "أعراض المياه البيضاء", "تسبب المياه البيضاء غباشا وتغير درجة النظارة كثيرا، وتحتاج العملية عندما يعيق الغباش حياتك."),
		section("s2", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
		section("s3", "تبييض الأسنان", "يفتح التبييض لون الأسنان في جلسة واحدة."),
	}, FAQs: []FAQ{{ID: "q1", Question: "هل سأحتاج نظارة بعد العملية؟", Answer: "مع العدسة أحادية البؤرة ستحتاج غالبا نظارة للقراءة بعد المياه البيضاء."}}}}
	ix := MustBuild(t, docs, "")
	for q, want := range map[string]string{
		"هل احتاج نظارة بعد عملية المياه البيضاء؟": "d#q1",
		"متى احتاج عملية المياه البيضاء؟":          "d#s1", // asks when: a yes or no is no answer
	} {
		if r := ix.Search(Query{Text: q}); topKey(r) != want {
			t.Errorf("%s: hits %v; want %s first", q, keysOfHits(r), want)
		}
	}
}

// A message may ask what something is in one sentence and go on in another («شو يعني جلوكوما؟ الدكتور
// قال ضغط عيني عالي»): too long together for a "what is" question, its first sentence is one, and on
// the clinics' real pages the passage that defines the thing answers it.
func TestSearchDefinitionAskedInOneSentence(t *testing.T) {
	for _, c := range []struct{ clinic, q, want string }{
		{"dental", "ايش هي زراعة الاسنان؟ شو بيحطو بالفك؟", "ما هي زراعة الأسنان؟"},
		{"eye", "شو يعني جلوكوما؟ الدكتور قال ضغط عيني عالي", "ما هي الجلوكوما؟"},
		{"derma", "الاكزيما شو هي بالزبط؟ ابني عنده بقع ناشفة", "ما هي الإكزيما؟"},
	} {
		ix, err := Open(os.DirFS("../bot/eval/testdata/clinics/" + c.clinic + "/kb"))
		if err != nil {
			t.Fatal(err)
		}
		if r := ix.Search(Query{Text: c.q}); len(r.Hits) == 0 || r.Hits[0].Passage.Section != c.want {
			t.Errorf("%s: hits %v; want «%s» first", c.q, keysOfHits(r), c.want)
		}
	}
	for q, want := range map[string]bool{
		"وش هي زراعة الاسنان؟ ايش يحطون بالفك بالضبط؟":          true,
		"ليش ظهري يعورني؟ شغلي كله قعده ورا الكمبيوتر من الصبح": false,
		"الدكتور قال ضغط عيني عالي شوي، وش اسوي؟":               false,
	} {
		if got := asksDefinition(q, Words(q), nil); got != want {
			t.Errorf("asksDefinition(%q) = %v, want %v", q, got, want)
		}
	}
}

// A question asking how often is answered by the passage that says how often («كل ستة أشهر»), not by
// one that gives a number of another kind (how many sessions, how long each lasts).
func TestSearchHowOftenWantsAFrequency(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "العناية بالبشرة", Lang: "ar", Sections: []Section{
		section("s1", "جلسات التقشير", "يحتاج التقشير الخفيف من 4 إلى 6 جلسات، وتستغرق جلسة التقشير الخفيف 30 دقيقة."),
		section("s2", "نتائج التقشير", "تتحسن البشرة بعد التقشير الخفيف تدريجيا، ويكرر كل 2 إلى 4 أسابيع."),
		section("s3", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
	}}}
	ix := MustBuild(t, docs, "")
	for _, q := range []string{"التقشير الخفيف كل كم اعيده؟", "كل قديش بعيد التقشير الخفيف؟"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "d#s2" {
			t.Errorf("%s: hits %v; want d#s2 first", q, keysOfHits(r))
		}
	}
	for q, want := range map[string]bool{
		"كل كم انظف الجير":              true,
		"كل قد ايه لازم اعمل تنضيف جير": true,
		"كم مرة بالاسبوع اجي":           true,
		"how often should I come":       true,
		"كم جلسة احتاج":                 false,
	} {
		if got := asksOften(Words(q)); got != want {
			t.Errorf("asksOften(%q) = %v, want %v", q, got, want)
		}
	}
	for text, want := range map[string]bool{
		"ننصح بتنظيف الجير كل ستة أشهر":  true,
		"جلستين إلى ثلاث جلسات أسبوعيًا": true,
		"يحتاج من 4 إلى 6 جلسات":         false,
		"كل المرضى يحتاجون جلسة":         false,
	} {
		if got := givesOften(text); got != want {
			t.Errorf("givesOften(%q) = %v, want %v", text, got, want)
		}
	}
}

// On the eye clinic's real pages, a question whether glasses are needed after the operation is
// answered by the page's own «هل سأحتاج نظارة بعد العملية؟», not by the cataract's symptoms, which name
// the operation and the glasses in passing; a choice between things is no yes-or-no question.
func TestSearchYesNoQuestionOnRealPages(t *testing.T) {
	ix, err := Open(os.DirFS("../bot/eval/testdata/clinics/eye/kb"))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"رح احتاج نظارة بعد عملية المياه البيضاء؟", "هل احتاج نظارات بعد عملية الماي الابيض؟", "هحتاج نضارة بعد العملية بتاعة المية البيضا؟"} {
		if r := ix.Search(Query{Text: q}); len(r.Hits) == 0 || r.Hits[0].Passage.Section != "هل سأحتاج نظارة بعد العملية؟" {
			t.Errorf("%s: hits %v; want «هل سأحتاج نظارة بعد العملية؟» first", q, keysOfHits(r))
		}
	}
	for q, want := range map[string]bool{
		"هحتاج نضارة بعد العملية ولا لأ؟": true,
		"does it hurt?":             true,
		"clear aligners or braces?": false,
		"تقويم شفاف او معدني؟":      false,
		"كم جلسة احتاج؟":            false,
	} {
		if got := asksYesNo(q, Words(q)); got != want {
			t.Errorf("asksYesNo(%q) = %v, want %v", q, got, want)
		}
	}
}

// "kind of" softens what follows after a copula or a pronoun; after a determiner it asks for a kind.
func TestHedge(t *testing.T) {
	for q, want := range map[string]string{
		"this is kind of random":     "~this ~is ~kind ~of random",
		"it kind of hurts":           "~it ~kind ~of hurt",
		"what kind of frames":        "~what kind ~of frame",
		"is this kind of laser safe": "~is ~this kind ~of laser safe",
	} {
		ix := MustBuild(t, []*Document{{ID: "d", Title: "x", Lang: "ar", Sections: []Section{section("s", "x", "x")}}}, "")
		words := ix.inArabic(Words(q))
		keys := ix.arabicKeys(words)
		hedge(keys, words)
		if got := strings.Join(keys, " "); got != want {
			t.Errorf("hedge(%q) = %s, want %s", q, got, want)
		}
	}
}

// Of the passages that hold as much of a question asking yes or no, an FAQ whose own question asks
// yes or no and holds all it shares with the patient's asks what was asked: its answer answers, not
// a long section that says the same words more often about something else. A passage holding more
// of the question still wins, and a question asking something else than yes or no is left alone.
func TestSearchYesNoFAQHoldingAllItShares(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "العلاج بالموجات التصادمية", Lang: "ar", Sections: []Section{
		section("s1", "سلامة العلاج في الحمل والرضاعة", "العلاج آمن عادة، وقد يسبب احمرارا خفيفا. وهو آمن مع أغلب الأدوية، وآمن لكبار السن، "+
			"ويؤجل في الحمل وعند وجود التهاب حاد في المكان. وبعد الحمل يعود آمنا."),
		section("s2", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
		section("s3", "الجلسات", "تستغرق الجلسة عشر دقائق، ويحتاج أغلب المرضى ثلاث جلسات إلى خمس."),
	}, FAQs: []FAQ{{ID: "q1", Question: "هل العلاج آمن أثناء الحمل؟", Answer: "لا، يؤجل إلى ما بعد الولادة."}}}}
	ix := MustBuild(t, docs, "")
	for q, want := range map[string]string{
		// Neither says «شهور»; the FAQ's question holds all the rest.
		"هل العلاج آمن في اول شهور الحمل؟":                   "d#q1",
		"هل العلاج آمن في اول شهور الحمل مع الالتهاب الحاد؟": "d#s1", // the section holds more of it
		"متى يكون العلاج آمنا في اول شهور الحمل؟":            "d#s1", // asks when: a yes or no is no answer
	} {
		if r := ix.Search(Query{Text: q}); topKey(r) != want {
			t.Errorf("%s: hits %v; want %s first", q, keysOfHits(r), want)
		}
	}
}

// Whether it hurts is answered under a heading naming the pain of what is asked about («الألم أثناء
// الخلع وبعده»), not by the steps of the treatment, which name it and what is done in passing; a
// pain the patient tells beside another question («…يوجعني…، احتاج…؟») asks nothing of the pain.
func TestSearchAskedPainUnderAPainHeading(t *testing.T) {
	ix, err := Open(os.DirFS("../bot/eval/testdata/clinics/dental/kb"))
	if err != nil {
		t.Fatal(err)
	}
	q := "الخلع بيوجع؟ رح احس بشي لما يشيلوا الضرس؟"
	if r := ix.Search(Query{Text: q}); len(r.Hits) == 0 || r.Hits[0].Passage.Section != "الألم أثناء الخلع وبعده" {
		t.Errorf("%s: hits %v; want «الألم أثناء الخلع وبعده» first", q, keysOfHits(r))
	}
	q = "ضرسي يوجعني بالليل ويصحيني، احتاج علاج عصب؟"
	for _, h := range ix.Search(Query{Text: q}).Hits {
		if h.Fit > 0 {
			t.Errorf("%s: %s (%s) is taken for the kind of answer asked (fit %.2f): the pain is told, not asked", q, h.Passage.Key, h.Passage.Section, h.Fit)
		}
	}
}

func TestAskedClauses(t *testing.T) {
	for text, want := range map[string][]string{
		"ضرسي يوجعني بالليل، احتاج علاج عصب؟": {" احتاج علاج عصب"},
		"هو الخلع بيوجع؟ هحس بحاجة؟":          {"هو الخلع بيوجع", " هحس بحاجة"},
		"does it hurt":                  {"does it hurt"},
		"my knee hurts. Is that normal": {" Is that normal"},
		"ركبتي بتوجعني":                 nil,
	} {
		if got := askedClauses(text); !slices.Equal(got, want) {
			t.Errorf("askedClauses(%q) = %q; want %q", text, got, want)
		}
	}
}

// A page's opening stands under the page's title, whose words name what every passage of the page
// is about: what BM25 gives it for them counts half for a question that does not ask what the thing
// is. Cloudy sight years after the operation is answered by the complications, not by the opening
// that says what a cataract is and that it clouds the sight; "what is a cataract" still is.
func TestSearchOpeningScoresHalfUnlessDefining(t *testing.T) {
	ix, err := Open(os.DirFS("../bot/eval/testdata/clinics/eye/kb"))
	if err != nil {
		t.Fatal(err)
	}
	q := "my vision got cloudy again a few years after cataract surgery, did it come back?"
	if r := ix.Search(Query{Text: q}); rankOf(r, "cataract#s8") < 0 || rankOf(r, "cataract#s1") >= 0 && rankOf(r, "cataract#s1") < rankOf(r, "cataract#s8") {
		t.Errorf("%s: hits %v; want the complications (cataract#s8) before the opening (cataract#s1)", q, keysOfHits(r))
	}
	q = "ما هي المياه البيضاء؟"
	if r := ix.Search(Query{Text: q}); topKey(r) != "cataract#s1" {
		t.Errorf("%s: hits %v; want the opening (cataract#s1) first", q, keysOfHits(r))
	}
}

// Whoever told the patient what they ask about is not what they ask about: «الدكتور قال…», "my doctor
// said…", «أخبرنا الطبيب…» make no concept of the doctor, nor does the doctor spoken to («بصي يا
// دكتورة»), while a doctor asked for does.
func TestTellerIsNoConcept(t *testing.T) {
	for q, want := range map[string]int{
		"الدكتور قال لابوي عنده موية بيضا":   0,
		"أخبرنا الطبيب أن ابني لديه كسل":     1,
		"قال لي الدكتور عندي جفاف":           2,
		"my doctor said I have dry eye":      1,
		"ابي دكتور يشوف عيني":                -1,
		"the doctor will see you":            -1,
		"بصي يا دكتورة ابني عينه بتروح لجوه": 2,
		"امي عندها رفة، الدكتور قلها بوتوكس": 3,
	} {
		words := Words(q)
		keys := slices.Clone(words)
		teller(keys, words)
		got := -1
		for i := range keys {
			if strings.HasPrefix(keys[i], stopKey) {
				got = i
			}
		}
		if got != want {
			t.Errorf("%s: teller at %d, want %d (%v)", q, got, want, keys)
		}
	}
}

// What a question asks of a thing (how it works) is asked of that thing: a passage on a page that
// holds none of the things the question names, when other pages do, takes nothing for holding the
// aspect alone («كيف تشتغل الموجات التصادمية؟» is not about going back to work).
func TestSearchAspectNeedsAThingAsked(t *testing.T) {
	docs := []*Document{{ID: "t", Title: "العلاجات", Lang: "ar", Sections: []Section{
		section("s1", "الموجات التصادمية", "الموجات التصادمية موجات صوتية عالية الطاقة تحفز شفاء الأوتار."),
		section("s2", "جلسات الموجات التصادمية", "تحتاج الموجات التصادمية من ثلاث إلى خمس جلسات."),
		section("s3", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس، والموجات التصادمية بموعد."),
	}}, {ID: "b", Title: "آلام الظهر", Lang: "ar", Sections: []Section{
		section("s1", "العودة إلى العمل", "يعود أغلب المرضى إلى العمل المكتبي خلال أيام."),
		section("s2", "الجلوس", "اجلس وظهرك مستقيم."),
	}}}
	ix := MustBuild(t, docs, "aspect: يشتغل | تشتغل | بيشتغل | عمل | العمل\n")
	for _, q := range []string{"الموجات التصادمية كيف تشتغل؟", "الموجات التصادمية بتشتغل ازاي"} {
		r := ix.Search(Query{Text: q})
		if i := rankOf(r, "b#s1"); i == 0 || i > 0 && r.Hits[i].Coverage > 0 {
			t.Errorf("%s: hits %v (b#s1 at %d); want it not first and holding nothing of it", q, keysOfHits(r), i)
		}
	}
	// Asked alone, the aspect is what there is to find.
	if r := ix.Search(Query{Text: "العودة للعمل"}); topKey(r) != "b#s1" {
		t.Errorf("العودة للعمل: hits %v; want b#s1 first", keysOfHits(r))
	}
}

// Whom a treatment suits is answered by the conditions the FAQ answer lists, which the patient's
// question tells of (the bone, an illness): the answer's words count in full when both ask whom it
// suits, not through its question alone.
func TestSearchSuitsFAQAnswerCounts(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "زراعة الأسنان", Lang: "ar", Sections: []Section{
		section("s1", "زراعة الأسنان", "الزراعة جذر من التيتانيوم يوضع في عظم الفك، وتلتحم الزراعة بالعظم خلال أشهر. إن كان العظم قليلا فقد تطول المدة."),
		section("s2", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
		section("s3", "ما بعد الزراعة", "تجنب التدخين بعد الزراعة."),
	}, FAQs: []FAQ{{ID: "q1", Question: "لمن تناسب الزراعة؟", Answer: "تناسب من فقد سنا ولديه عظم كاف، وإن كان العظم قليلا نبدأ بتطعيم العظم."}}}}
	ix := MustBuild(t, docs, "")
	if r := ix.Search(Query{Text: "الدكتور قال العظم عندي قليل، ينفع أعمل زراعة؟"}); topKey(r) != "d#q1" {
		t.Errorf("العظم عندي قليل، ينفع أعمل زراعة؟: hits %v; want d#q1 first", keysOfHits(r))
	}
}

// Whether a treatment lasts («الليزك دايم؟») is answered under the heading naming how long its
// result lasts, not under the heading naming the treatment, whose name the question shares with
// every passage of its page.
func TestSearchAspectAskedWantsItsHeading(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "تصحيح النظر بالليزك", Lang: "ar", Sections: []Section{
		section("s1", "الليزك", "في الليزك يصنع الجراح طبقة رقيقة من القرنية ثم يعيد تشكيلها بالليزك ويعيد الطبقة مكانها. يتميز الليزك بسرعة التعافي."),
		section("s2", "النتائج ومدة بقائها", "يصل أغلب المرضى إلى نظر جيد دون نظارة. التصحيح دائم في القرنية، لكنه لا يمنع تغيرات العمر."),
		section("s3", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس بدوام دائم."),
	}}, {ID: "e", Title: "العدسات", Lang: "ar", Sections: []Section{
		section("s1", "العدسات اللاصقة", "العدسات اللاصقة ليست حلا دائما، وتحتاج عناية يومية."),
		section("s2", "النظارة", "النظارة حل دائم وآمن لأغلب المرضى."),
		section("s3", "القطرات", "القطرات ترطب العين ولا تعطي تصحيحا دائما."),
	}}}
	ix := MustBuild(t, docs, "aspect: دائم | دايم | بقائها\n")
	if r := ix.Search(Query{Text: "الليزك دايم؟"}); topKey(r) != "d#s2" {
		t.Errorf("الليزك دايم؟: hits %v; want d#s2 first", keysOfHits(r))
	}
	// Asked of nothing named («ودايم؟» in a conversation), the heading is not the kind of answer
	// asked: what lasts is for the conversation's topic to say.
	r := ix.Search(Query{Text: "دايم؟"})
	for _, h := range r.Hits {
		if h.Passage.Key == "d#s2" && h.Fit != 0 {
			t.Errorf("دايم؟: d#s2 fit %.2f; want 0", h.Fit)
		}
	}
}

// And the other way: a heading asking what, when or how much («متى يزول التورم بعد الزراعة؟») asks
// another question than one asking yes or no of the same things («خدي وارم بعد الزراعة، طبيعي؟»):
// its words count as its text's, and the passage that says whether it is normal answers.
func TestSearchYesNoQuestionMeetsAnotherQuestion(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "زراعة الأسنان", Lang: "ar", Sections: []Section{
		section("s1", "التعافي", "التورم البسيط بعد الزراعة طبيعي ويبلغ ذروته في اليوم الثاني."),
		section("s2", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
		section("s3", "تبييض الأسنان", "يفتح التبييض لون الأسنان في جلسة واحدة."),
	}, FAQs: []FAQ{{ID: "q1", Question: "متى يزول تورم الخد بعد الزراعة؟", Answer: "يزول خلال أسبوع عادة."}}}}
	ix := MustBuild(t, docs, "")
	for q, want := range map[string]string{
		"خدي وارم بعد الزراعة، طبيعي؟":    "d#s1",
		"متى يزول تورم الخد بعد الزراعة؟": "d#q1", // asks when, as the FAQ does
	} {
		if r := ix.Search(Query{Text: q}); topKey(r) != want {
			t.Errorf("%s: hits %v; want %s first", q, keysOfHits(r), want)
		}
	}
}

func TestAsksOtherThanYesNo(t *testing.T) {
	for h, want := range map[string]bool{
		"ما هو علاج العصب؟":                            true,
		"متى تظهر نتائج العلاج بعد الحقن؟":             true,
		"How long does it last?":                       true,
		"هل يبقى السن حيًا بعد علاج العصب؟":            false,
		"My gums bleed when I brush. Is that serious?": false, // its question is its last sentence
		"لمن تناسب الزراعة؟":                           false, // whom it suits: whether it suits the patient
		"التعافي بعد العملية":                          false, // not a question
	} {
		if got := asksOtherThanYesNo(h); got != want {
			t.Errorf("asksOtherThanYesNo(%q) = %v; want %v", h, got, want)
		}
	}
}

func TestSaysYesNo(t *testing.T) {
	for q, want := range map[string]bool{
		"هل الليزر مؤلم؟":                                                                         true,
		"ينفع اسوي ليزر وانا حامل؟":                                                               true,
		"another dentist told me i don't have enough bone for an implant. is that the end of it?": true,
		"المويه الزرقا؟":                                                                          false, // a question mark alone asks what it is
	} {
		if got := saysYesNo(q, Words(q)); got != want {
			t.Errorf("saysYesNo(%q) = %v; want %v", q, got, want)
		}
	}
}
