package knowledge

import (
	"io/fs"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// A heading written on the line straight above its paragraph in a plain-text page («مخاطر الزراعة»
// over «نسبة نجاح الزراعة مرتفعة…») is that paragraph's own heading: the question it names finds the
// paragraph through its heading, and the answer shows it on a line of its own, not run into the
// paragraph's first sentence.
func TestSearchLeadIsTheParagraphsHeading(t *testing.T) {
	doc := mustParse(t, "implants.txt", "زراعة الأسنان\n\n"+
		"خطوات الزراعة\nتبدأ بفحص سريري وأشعة مقطعية ثلاثية الأبعاد لقياس العظم، ثم توضع الزرعة تحت تخدير موضعي.\n\n"+
		"مخاطر الزراعة\nنسبة نجاح الزراعة مرتفعة، لكن قد يحدث التهاب حول الزرعة أو عدم التحامها بالعظم.\n\n"+
		"الألم بعد الزراعة\nيشعر معظم المرضى بانزعاج خفيف يشبه ما بعد الخلع، مع تورم بسيط في اليوم الثاني.\n")
	ix := MustBuild(t, []*Document{doc}, "")
	r := ix.Search(Query{Text: "وش مخاطر الزراعة؟"})
	if len(r.Hits) == 0 {
		t.Fatal("no hits")
	}
	h := r.Hits[0]
	if !strings.HasPrefix(h.Passage.Text, "مخاطر الزراعة\nنسبة نجاح") {
		t.Errorf("passage %q; want the paragraph under its own heading, on a line of its own", h.Passage.Text)
	}
	// The section is short, so it is shown whole, each heading over its paragraph.
	if !strings.Contains(h.Answer(), "\n\nمخاطر الزراعة\nنسبة نجاح") {
		t.Errorf("answer %q; want each paragraph under its own heading", h.Answer())
	}
	if h.TitleCoverage < 1-1e-9 {
		t.Errorf("title coverage %.2f; want 1: «مخاطر» is in the paragraph's own heading", h.TitleCoverage)
	}
}

// A list cut to the items a question names opens with its heading as the heading reads: a question
// heading keeps its question mark alone («من يناسبه الليزك؟», not «من يناسبه الليزك؟:»).
func TestExcerptUnderAQuestionHeading(t *testing.T) {
	items := []string{"أن يكون العمر 18 سنة أو أكثر.", "أن يكون النظر ثابتا لمدة سنة.", "ألا يكون هناك حمل أو رضاعة."}
	list := Block{Kind: List, Text: "- " + strings.Join(items, "\n- "), Items: items}
	docs := []*Document{{ID: "d", Title: "الليزك", Lang: "ar", Sections: []Section{
		{ID: "s1", Title: "من يناسبه الليزك؟", Level: 2, Blocks: []Block{list}},
		section("s2", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
		section("s3", "التعافي", "يعود أغلب المرضى إلى العمل بعد يومين."),
	}}}
	ix := MustBuild(t, docs, "")
	r := ix.Search(Query{Text: "ينفع الليزك مع الحمل؟"})
	if topKey(r) != "d#s1" || r.Hits[0].Excerpt == "" {
		t.Fatalf("hits %v; want d#s1 first, cut to the item about pregnancy", keysOfHits(r))
	}
	if got := r.Hits[0].Answer(); !strings.HasPrefix(got, "من يناسبه الليزك؟\n- ألا يكون هناك حمل") {
		t.Errorf("answer %q; want it to open «من يناسبه الليزك؟» on a line of its own, then the item", got)
	}
}

// A page's title may join several things that its sections then take one each: on a page titled
// «إصابات الركبة والكتف والتأهيل», the section headed «التأهيل بعد جراحة الكتف» answers a question
// on recovering after a shoulder operation, not the knee's, which holds «الكتف» only through the
// page's title, however well its text matches the rest. (Before, the knee's section answered.)
func TestSearchSectionThatNamesWhatTheTitleJoins(t *testing.T) {
	docs := []*Document{{ID: "rehab", Title: "إصابات الركبة والكتف والتأهيل بعد الجراحة", Lang: "ar", Sections: []Section{
		section("s1", "التأهيل بعد تبديل مفصل الركبة", "بعد العملية يستغرق التعافي عند الرياضيين من ستة إلى اثني عشر أسبوعًا."),
		section("s2", "التأهيل بعد جراحة الكتف", "بعد العملية يستغرق التعافي من ستة أشهر إلى سنة، مع حمالة الذراع."),
		section("s3", "إصابات الكتف", "تشمل مشكلات الكتف الشائعة عند الرياضيين التهاب الأوتار والكتف المتجمد."),
		section("s4", "الوقاية من الإصابات", "ننصح الرياضيين بالإحماء قبل التمرين، ويحتاج الرياضيين المحترفين إلى برنامج تقوية."),
	}}}
	ix := MustBuild(t, docs, "")
	r := ix.Search(Query{Text: "كم يستغرق التعافي من عملية الكتف عند الرياضيين؟"})
	if len(r.Hits) == 0 || r.Hits[0].Passage.Section != "التأهيل بعد جراحة الكتف" {
		t.Fatalf("hits %v; want the section headed «التأهيل بعد جراحة الكتف» first", sectionsOf(r))
	}
}

// sectionsOf lists the hits' headings, for messages.
func sectionsOf(r Result) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.Passage.Section)
	}
	return out
}

// A page's title that names a thing by means of another («تصحيح النظر بالليزك») joins nothing: the
// section on who may have vision correction still answers whether LASIK suits a pregnant woman,
// though the section headed «الليزك» names LASIK and the other holds it only through the title.
func TestSearchTitleByMeansJoinsNothing(t *testing.T) {
	items := []string{"أن يكون العمر 18 سنة أو أكثر.", "أن يكون النظر ثابتا لمدة سنة.", "ألا يكون هناك حمل أو رضاعة."}
	list := Block{Kind: List, Text: "- " + strings.Join(items, "\n- "), Items: items}
	docs := []*Document{{ID: "d", Title: "تصحيح النظر بالليزك والليزر السطحي", Lang: "ar", Sections: []Section{
		{ID: "s1", Title: "من يناسبه تصحيح النظر؟", Level: 2, Blocks: []Block{list}},
		section("s2", "الليزك", "في الليزك يصنع الجراح طبقة رقيقة من سطح القرنية ثم يعيد تشكيلها."),
		section("s3", "الليزر السطحي", "تزال الطبقة الخارجية من القرنية ثم يطبق الليزر."),
	}}}
	ix := MustBuild(t, docs, "")
	r := ix.Search(Query{Text: "ينفع الليزك مع الحمل؟"})
	if topKey(r) != "d#s1" {
		t.Fatalf("hits %v; want d#s1 first", keysOfHits(r))
	}
}

// The sections that name what is asked need not all keep off the other thing of the title: on a page
// titled «علاج حب الشباب والتقشير الكيميائي», «التقشير الكيميائي» says it treats acne scars, yet
// the section on what acne is does not answer whether a peel hurts: «أثناء جلسة التقشير» does.
// Where every section naming what is asked speaks of the other thing, what is asked is part of it,
// and the other's section still holds it through the title (see the next test).
func TestSearchTitlePartsSomeSectionsSpeakOfBoth(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "علاج حب الشباب والتقشير الكيميائي", Lang: "ar", Sections: []Section{
		section("s1", "ما هو حب الشباب؟", "حب الشباب التهاب مزمن في بصيلات الشعر، وقد يكون مؤلما."),
		section("s2", "التقشير الكيميائي", "التقشير الكيميائي وضع محلول على الجلد يفيد في آثار حب الشباب."),
		section("s3", "أثناء جلسة التقشير", "يشعر المريض بوخز أو حرارة خفيفة لدقائق."),
	}}, {ID: "e", Title: "الإكزيما", Lang: "ar", Sections: []Section{
		section("s1", "أعراض الإكزيما", "حكة مؤلمة وجفاف."),
		section("s2", "علاج الإكزيما", "كريمات مرطبة، والحكة المؤلمة تخف بالعلاج."),
	}}}
	ix := MustBuild(t, docs, "")
	r := ix.Search(Query{Text: "التقشير مؤلم؟"})
	if len(r.Hits) == 0 || !strings.Contains(r.Hits[0].Passage.Section, "التقشير") {
		t.Fatalf("hits %v; want a section on peels first", sectionsOf(r))
	}
}

// On a page titled «خلع الأسنان وضروس العقل», the section on wisdom teeth speaks of pulling them:
// wisdom teeth are a part of extraction, and the care after any extraction answers for them too.
func TestSearchTitlePartsOneWithinTheOther(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "خلع الأسنان وضروس العقل", Lang: "ar", Sections: []Section{
		section("s1", "العناية بعد الخلع", "بعد 24 ساعة تمضمض بماء دافئ وملح بلطف."),
		section("s2", "ضروس العقل", "يلزم خلع ضرس العقل إذا سبب التهابا متكررا أو كان مطمورا."),
		section("s3", "خطوات الخلع", "يتم الخلع البسيط تحت تخدير موضعي."),
	}}}
	ix := MustBuild(t, docs, "")
	r := ix.Search(Query{Text: "متى اتمضمض بعد ضرس العقل؟"})
	if topKey(r) != "d#s1" {
		t.Fatalf("hits %v; want d#s1 first", sectionsOf(r))
	}
}

// A question about when to go to the emergency department is answered by the section on urgent care,
// which is the kind of answer asked, though its heading says «رعاية عاجلة», not «الطوارئ», and
// another passage names the treatment and the emergency department in passing.
func TestSearchUrgentQuestionFindsTheUrgentSection(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "علاج حب الشباب والتقشير الكيميائي", Lang: "ar", Sections: []Section{
		section("s1", "حبوب الإيزوتريتينوين", "نطلب تحاليل دم أثناء العلاج، ولا نجري التقشير معها، وراجع الطوارئ إذا ظهر صداع شديد أو حرارة فوق 38."),
		section("s2", "متى تحتاج رعاية عاجلة؟", "توجه فورًا إلى أقرب طوارئ أو اتصل بالإسعاف 997 إذا ظهر تورم في الوجه أو ضيق في التنفس."),
		section("s3", "العناية بعد التقشير", "يظهر احمرار وشد ثم تقشر خفيف يستمر أيامًا."),
	}}}
	ix := MustBuild(t, docs, "")
	r := ix.Search(Query{Text: "متى اروح الطوارئ بعد التقشير؟"})
	if topKey(r) != "d#s2" {
		t.Fatalf("hits %v; want d#s2, the urgent-care section, first", sectionsOf(r))
	}
}

// A short section is one answer, also when the question names an item of its list: the paragraph
// beside the list says when or for whom the list holds («لا نبدأ علاج الندبات إلا بعد السيطرة على
// الحبوب»), and an excerpt of the item named would drop it. A section that is a list alone is still
// cut to the items named (TestExcerptUnderAQuestionHeading).
func TestExcerptNotOfAShortSection(t *testing.T) {
	items := []string{"الليزر التجزيئي الذي يحفز تجديد الكولاجين.", "الإبر الدقيقة مع أو بدون البلازما.", "التقشير الكيميائي العميق للندبات السطحية."}
	list := Block{Kind: List, Text: "- " + strings.Join(items, "\n- "), Items: items}
	docs := []*Document{{ID: "d", Title: "حب الشباب", Lang: "ar", Sections: []Section{
		{ID: "s1", Title: "علاج آثار حب الشباب", Level: 2, Blocks: []Block{
			{Kind: Paragraph, Text: "خيارات علاج الندبات في العيادة:"}, list,
			{Kind: Paragraph, Text: "لا نبدأ علاج الندبات إلا بعد السيطرة على حب الشباب النشط."}}},
		section("s2", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
		section("s3", "الوقاية", "اغسل وجهك مرتين يوميا بغسول لطيف."),
	}}}
	ix := MustBuild(t, docs, "")
	r := ix.Search(Query{Text: "ينفع ابدا ليزر تجزيئي للندبات والحبوب لسه بتطلع؟"})
	if topKey(r) != "d#s1" || r.Hits[0].Excerpt == "" {
		t.Fatalf("hits %v; want d#s1 first, its list cut to the laser", keysOfHits(r))
	}
	if got := r.Hits[0].Answer(); !strings.Contains(got, "إلا بعد السيطرة") || !strings.Contains(got, "الإبر الدقيقة") {
		t.Errorf("answer %q; want the short section whole", got)
	}
}

// A list of bare names (what the clinic offers) is not cut to the one the question names: «- تنحيف
// الفك» under its heading says no more than «تسوون تنحيف فك؟» did, so the whole list answers. The
// hit still tells that the question names an item of it (Excerpt), which a question asking whether
// the clinic offers something needs.
func TestExcerptOfBareNamesIsTheList(t *testing.T) {
	items := []string{"رفع الحاجب الكيميائي", "قلب الشفاه", "تنحيف الفك", "علاج فرط التعرق", "تنحيف الساق"}
	list := Block{Kind: List, Text: "- " + strings.Join(items, "\n- "), Items: items}
	docs := []*Document{{ID: "d", Title: "علاجات الحقن", Lang: "ar", Sections: []Section{
		{ID: "s1", Title: "علاجات متخصصة بالحقن", Level: 2, Blocks: []Block{list}},
		section("s2", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
		section("s3", "التعافي", "يعود أغلب المرضى إلى العمل في اليوم نفسه."),
	}}}
	ix := MustBuild(t, docs, "")
	r := ix.Search(Query{Text: "تسوون تنحيف الفك؟"})
	if topKey(r) != "d#s1" || r.Hits[0].Excerpt == "" {
		t.Fatalf("hits %v; want d#s1 first, found through the item it names", keysOfHits(r))
	}
	if got := r.Hits[0].Answer(); !strings.Contains(got, "قلب الشفاه") || !strings.Contains(got, "تنحيف الساق") {
		t.Errorf("answer %q; want the whole list", got)
	}
	if bareName("الكمادات الدافئة على الجفون، مرتين يوميا.") {
		t.Error("an item with a clause of its own is no bare name")
	}
}

// A section of four paragraphs on one treatment, 1,100 runes together, is one answer: each paragraph
// alone answers a quarter of what patients ask of it. One much longer still gives the paragraph.
func TestAnswerIsASectionOfFourParagraphs(t *testing.T) {
	para := func(first string) string {
		return first + strings.Repeat(" ويشرح المعالج ذلك في الجلسة الأولى.", 7)
	}
	paras := []string{para("الموجات التصادمية علاج غير جراحي."), para("الجلسة تستغرق عشر دقائق."),
		para("بعد الجلسة قد يظهر احمرار."), para("لا تستخدم الموجات التصادمية أثناء الحمل.")}
	whole := strings.Join(paras, "\n\n")
	if n := utf8.RuneCountInString(whole); n < 1000 || n > maxAnswerRunes {
		t.Fatalf("section of %d runes; the test wants 1,000 to %d", n, maxAnswerRunes)
	}
	doc := &Document{ID: "d", Title: "العلاجات", Sections: []Section{section("s1", "العلاج بالموجات التصادمية", paras...)}}
	ps := passagesOf(doc)
	if len(ps) != 4 {
		t.Fatalf("%d passages; want one a paragraph", len(ps))
	}
	if got := ps[0].Answer(); got != whole {
		t.Errorf("answer of the first paragraph %q; want the whole section", got)
	}
	long := &Document{ID: "d", Title: "العلاجات", Sections: []Section{section("s1", "العلاج", append(paras, paras...)...)}}
	if got := passagesOf(long)[3].Answer(); got != paras[3] {
		t.Errorf("answer %q; want the paragraph alone in a section twice as long", got)
	}
}

// An item cut out of a list keeps its nested items under it, indented as the list shows them: shown
// flush, «- عندما يحقن…» would read as an item of its own.
func TestExcerptKeepsNestedItemsUnderTheirItem(t *testing.T) {
	doc := mustParse(t, "x.md", "# علاج الحقن\n\n## كيف يعمل الحقن\n\nإليك كيفية عمل الحقن:\n\n"+
		"- تثبيط الإشارة:\n  - يمنع الدواء وصول الإشارة من العصب.\n"+
		"- الحصار العصبي العضلي:\n  - عندما يحقن الدواء في العضلة ترتخي مؤقتا.\n"+
		"- شلل العضلات:\n  - تضعف العضلة في المنطقة المحقونة فقط.\n\n"+
		"## المواعيد\n\nنستقبل المراجعين من الأحد إلى الخميس.\n\n## التعافي\n\nيعود أغلب المرضى إلى العمل في اليوم نفسه.\n")
	ix := MustBuild(t, []*Document{doc}, "")
	r := ix.Search(Query{Text: "ايش الحصار؟"})
	if len(r.Hits) == 0 || r.Hits[0].Excerpt == "" {
		t.Fatalf("hits %v; want the list first, cut to the item named", keysOfHits(r))
	}
	want := "إليك كيفية عمل الحقن:\n- الحصار العصبي العضلي:\n  - عندما يحقن"
	if got := r.Hits[0].Answer(); !strings.HasPrefix(got, want) {
		t.Errorf("answer %q; want it to open %q", got, want)
	}
}

// A word of time tells when the patient asks («…بعد الخلع اليوم؟», «…الاسبوع الجاي»), not which of a
// list's items they ask about: the list of what to do is given whole, not cut to the item that says
// «اليوم الأول». A question asking a time («كل كم دقيقة…») is still given the item that tells it.
func TestExcerptNotPickedByAWordOfTime(t *testing.T) {
	items := []string{"اضغط على الشاش لمدة 30 إلى 45 دقيقة بعد الخلع.", "امتنع عن التدخين 72 ساعة على الأقل.",
		"ضع كمادات باردة على الخد في اليوم الأول.", "تناول أطعمة لينة في اليومين الأولين.",
		"خذ استراحة من الجلوس كل ثلاثين دقيقة وامش قليلا."}
	list := Block{Kind: List, Text: "- " + strings.Join(items, "\n- "), Items: items}
	docs := []*Document{{ID: "d", Title: "خلع الأسنان", Lang: "ar", Sections: []Section{
		{ID: "s1", Title: "العناية بعد الخلع", Level: 2, Blocks: []Block{list}},
		section("s2", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
		section("s3", "تبييض الأسنان", "يستغرق التبييض في العيادة ساعة واحدة."),
	}}}
	ix := MustBuild(t, docs, "")
	r := ix.Search(Query{Text: "شو لازم اعمل بعد الخلع اليوم؟"})
	if topKey(r) != "d#s1" {
		t.Fatalf("hits %v; want d#s1 first", keysOfHits(r))
	}
	if got := r.Hits[0].Answer(); !strings.Contains(got, "الشاش") || !strings.Contains(got, "التدخين") {
		t.Errorf("answer %q; want the whole list: «اليوم» says when, not which item", got)
	}
	r = ix.Search(Query{Text: "كل كم دقيقة اقوم من الجلوس بعد الخلع؟"})
	if topKey(r) != "d#s1" {
		t.Fatalf("hits %v; want d#s1 first", keysOfHits(r))
	}
	if got := r.Hits[0].Answer(); !strings.Contains(got, "ثلاثين دقيقة") || strings.Contains(got, "التدخين") {
		t.Errorf("answer %q; want the item that tells how often, alone", got)
	}
}

// A section too long to be one answer is not cut to the one paragraph the question found: the
// answer is that paragraph with the paragraphs around it, as many as fit in one answer, growing to
// the side that says more of what is asked («…وهل هو مؤقت؟» takes the paragraph before, which says
// the effect is temporary, not the one after, on where the clinic is), in the page's order.
func TestWindowOfALongSectionFollowsTheQuestion(t *testing.T) {
	filler := func(s string, n int) string { return strings.Repeat(s, n) }
	before := "يكون تأثير العلاج مؤقتا ويحتاج المريض إلى تكرار الجلسة. " + filler("تعمل العيادة على تطوير خدماتها باستمرار لراحة المراجعين. ", 8)
	hit := "يمنع الحقن الإشارة العصبية فترتخي العضلة المحقونة. " + filler("يشرف على الجلسات فريق من الأطباء ذوي الخبرة الطويلة. ", 5)
	after := filler("تقع العيادة في وسط المدينة قرب الحديقة العامة والسوق. ", 9)
	before, hit, after = strings.TrimSpace(before), strings.TrimSpace(hit), strings.TrimSpace(after)
	docs := []*Document{{ID: "d", Title: "العلاج", Lang: "ar", Sections: []Section{
		{ID: "s1", Title: "عن العلاج", Level: 2, Blocks: []Block{{Kind: Paragraph, Text: before}, {Kind: Paragraph, Text: hit}, {Kind: Paragraph, Text: after}}},
		section("s2", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
		section("s3", "الأسعار", "تختلف الأسعار حسب عدد الجلسات."),
	}}}
	if n := utf8.RuneCountInString(before + hit + after); n <= maxAnswerRunes {
		t.Fatalf("section of %d runes; the test wants one too long to be one answer", n)
	}
	ix := MustBuild(t, docs, "")
	r := ix.Search(Query{Text: "كيف يرخي الحقن العضلة وهل هو مؤقت؟"})
	if topKey(r) != "d#s1" || !strings.HasPrefix(r.Hits[0].Passage.Text, "يمنع الحقن") {
		t.Fatalf("hits %v; want the paragraph on the muscle first", keysOfHits(r))
	}
	got := r.Hits[0].Answer()
	if want := before + "\n\n" + hit; got != want {
		t.Errorf("answer %q; want the paragraph before, saying the effect is temporary, then the paragraph found", got)
	}
	if n := utf8.RuneCountInString(got); n > maxAnswerRunes {
		t.Errorf("answer of %d runes; want at most %d", n, maxAnswerRunes)
	}
	// When no run of passages holds more of the question, the page's following text comes first.
	r = ix.Search(Query{Text: "كيف يرخي الحقن العضلة؟"})
	if topKey(r) != "d#s1" || !strings.HasPrefix(r.Hits[0].Passage.Text, "يمنع الحقن") {
		t.Fatalf("hits %v; want the paragraph on the muscle first", keysOfHits(r))
	}
	if got, want := r.Hits[0].Answer(), hit+"\n\n"+after; got != want {
		t.Errorf("answer %q; want the paragraph found, then the one after it", got)
	}
	// A follow-up answered from the conversation's section is given its part the same way.
	for _, h := range ix.TopicHits("d#s1", Words("كيف يرخي الحقن العضلة وهل هو مؤقت؟")) {
		if h.Passage.Text == hit && h.Answer() != got {
			t.Errorf("the section's part as a follow-up's answer: %q; want %q", h.Answer(), got)
		}
	}
}

// The run of passages given holds the most of the question, not the one a step at a time would
// reach: the paragraph just before holds a word of the question and the one just after none, but
// the one after that holds more of it than the one before does (what the patient asks of headaches).
func TestWindowHoldsTheMostOfTheQuestion(t *testing.T) {
	filler := func(s string, n int) string { return strings.TrimSpace(strings.Repeat(s, n)) }
	before := "ننصح بجلسة متابعة بعد أسبوعين. " + filler("تعمل العيادة على تطوير خدماتها باستمرار لراحة المراجعين. ", 8)
	hit := "يمنع الحقن الإشارة العصبية فترتخي العضلة المحقونة. " + filler("يشرف على الجلسات فريق من الأطباء ذوي الخبرة الطويلة. ", 5)
	next := filler("تقع العيادة في وسط المدينة قرب الحديقة العامة والسوق. ", 4)
	then := "يخفف الحقن نوبات الصداع النصفي المزمن عند كثير من المرضى. " + filler("تتوفر مواقف السيارات أمام المبنى طوال اليوم. ", 4)
	blocks := []Block{{Kind: Paragraph, Text: before}, {Kind: Paragraph, Text: hit}, {Kind: Paragraph, Text: next}, {Kind: Paragraph, Text: then}}
	docs := []*Document{{ID: "d", Title: "العلاج", Lang: "ar", Sections: []Section{
		{ID: "s1", Title: "عن العلاج", Level: 2, Blocks: blocks},
		section("s2", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
		section("s3", "الأسعار", "تختلف الأسعار حسب عدد الجلسات."),
	}}}
	ix := MustBuild(t, docs, "")
	r := ix.Search(Query{Text: "كيف يمنع الحقن الإشارة العصبية ويرخي العضلة المحقونة، وهل يخفف الصداع؟ وفي متابعة؟"})
	if topKey(r) != "d#s1" || !strings.HasPrefix(r.Hits[0].Passage.Text, "يمنع الحقن") {
		t.Fatalf("hits %v (%q); want the paragraph on the muscle first", keysOfHits(r), r.Hits[0].Passage.Text)
	}
	if got, want := r.Hits[0].Answer(), hit+"\n\n"+next+"\n\n"+then; got != want {
		t.Errorf("answer %q; want the paragraph found and the two after it, the second on headaches", got)
	}
}

// A window is sized by answerLen (answerRunes at Build) without building each passage's answer: it must count what
// Answer gives, for every passage of every page (bare lists under a heading with or without a
// question mark, whole sections, plain paragraphs), and the embedded base's long home section.
func TestAnswerRunesCountsTheAnswer(t *testing.T) {
	dirs := []fs.FS{os.DirFS("kb")}
	for _, c := range []string{"dental", "derma", "eye", "physio"} {
		dirs = append(dirs, os.DirFS("../bot/eval/testdata/clinics/"+c+"/kb"))
	}
	n := 0
	for _, d := range dirs {
		ix, err := Open(d)
		if err != nil {
			t.Fatal(err)
		}
		for k := range ix.passages {
			p := &ix.passages[k]
			if got, want := p.answerLen, utf8.RuneCountInString(p.Answer()); got != want {
				t.Errorf("%s: answerLen %d, Answer has %d runes", p.Key, got, want)
			}
			n++
		}
	}
	if n < 100 {
		t.Fatalf("only %d passages read", n)
	}
}
