package knowledge

import (
	"testing"
	"testing/fstest"
)

// «العملية» (the operation) is not «العمل» (work, the job): the stemmer took the «ية» for the
// nisba ending and met every passage on going back to work. The operation keeps its stem in every
// form a patient writes it, and Arabizi's construct «3amaliyet» (عمليت) reads as it, not as work.
func TestOperationIsNotWork(t *testing.T) {
	op := Stems("العملية")
	if len(op) != 1 || op[0] == Stems("العمل")[0] {
		t.Fatalf("Stems(العملية) = %v, the stem of العمل is %v: an operation is not work", op, Stems("العمل"))
	}
	for _, w := range []string{"عملية", "العمليه", "بالعملية", "للعملية", "عمليات", "العمليات", "عمليتي", "عملياتي", "لعملية", "بعملية", "لعمليات"} {
		if got := Stems(w); len(got) != 1 || got[0] != op[0] {
			t.Errorf("Stems(%s) = %v; want [%s]", w, got, op[0])
		}
	}
	docs := []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("work", "العودة إلى العمل", "يعود أغلب المرضى إلى الدوام المكتبي بعد أسبوع."),
		section("op", "التعافي بعد العملية", "تبدأ التمارين في اليوم التالي للعملية تحت إشراف المعالج."),
	}}}
	ix := mustBuild(t, docs)
	for q, want := range map[string]string{
		"امتى ابدا التمارين بعد العمليه؟":             "d#op",
		"ba3d 3amaliyet el rokba emta el tamarin?":    "d#op",
		"after the operation when do exercises start": "d#op",
		"متى ارجع العمل؟":                             "d#work",
	} {
		if r := ix.Search(Query{Text: q}); topKey(r) != want {
			t.Errorf("%s: hits %v; want %s first", q, keysOfHits(r), want)
		}
	}
}

// A patient names the sport («انا العب كاراتيه», "I do judo"); the page speaks of contact sports
// («رياضات الاحتكاك»).
func TestContactSports(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("prk", "الليزر السطحي", "يناسب أصحاب القرنية الرقيقة ومن يمارسون رياضات الاحتكاك."),
		section("lasik", "الليزك", "يصنع الجراح طبقة رقيقة من سطح القرنية ثم يعيد تشكيلها."),
	}}}
	ix := mustBuild(t, docs)
	for q, want := range map[string]string{
		"انا العب كاراتيه": "d#prk",
		"I do judo":        "d#prk",
	} {
		if r := ix.Search(Query{Text: q}); topKey(r) != want {
			t.Errorf("%s: hits %v; want %s first", q, keysOfHits(r), want)
		}
	}
}

// "Appointment" is the patient's word for a session («how long is each appointment»), and the first
// one is the page's first visit: without either, "how long is the first appointment" fell back.
func TestAppointments(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "Guide", Lang: "en", Sections: []Section{
		section("results", "Results", "Results last six months on average."),
		section("first", "Your first visit", "The first visit lasts about an hour: an assessment and a plan."),
		section("session", "Each session", "A session lasts twenty minutes."),
	}}}
	ix := mustBuild(t, docs)
	for q, want := range map[string]string{
		"how long is the first appointment": "d#first",
		"how long is the 1st appointment":   "d#first",
		"how long is each appointment":      "d#session",
	} {
		if r := ix.Search(Query{Text: q}); topKey(r) != want {
			t.Errorf("%s: hits %v; want %s first", q, keysOfHits(r), want)
		}
	}
}

// «تنشال», «يتشال», «اشيله»: the dialects' passive and object forms of «شال» (to take out) are the
// pages' «تُزال». Unread, they weighed a question on stitches down to a fallback.
func TestTakenOut(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("care", "العناية بعد الخلع", "تُزال الغرز غير الذائبة بعد نحو أسبوع."),
		section("pain", "الألم بعد الخلع", "يبلغ الألم ذروته في أول يومين."),
	}}}
	ix := mustBuild(t, docs)
	for _, q := range []string{"الغرز متى تنشال؟", "لازم اشيله؟", "امتى الغرز بتتشال"} {
		for _, c := range ix.Explain(q) {
			if !c.Known {
				t.Errorf("%s: %q is not known to the pages", q, c.Said)
			}
		}
	}
}

// «كتفه اعلى من الثاني», one shoulder higher than the other, is the page's «ارتفاع كتف».
func TestHigher(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("scol", "الانحناء الجانبي", "من علاماته ارتفاع كتف عن الآخر."),
		section("inj", "إصابات الكتف", "تشمل التهاب الأوتار وخلع الكتف."),
	}}}
	ix := mustBuild(t, docs)
	q := "لاحظت ان كتف بنتي اليمين اعلى من اليسار"
	if r := ix.Search(Query{Text: q}); topKey(r) != "d#scol" {
		t.Errorf("%s: hits %v; want d#scol first", q, keysOfHits(r))
	}
}

// Symptoms are what a page lists as signs («علامات»): "which symptoms" is asked of a page that never
// says «أعراض».
func TestSymptomsAreSigns(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("moles", "علامات الشامة المقلقة", "تغير اللون أو الحجم أو النزف."),
		section("care", "العناية بالبشرة", "استخدم واقي الشمس يوميًا."),
	}}}
	ix := mustBuild(t, docs)
	for _, q := range []string{"ايش الاعراض اللي تخوف؟", "what symptoms should worry me"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "d#moles" {
			t.Errorf("%s: hits %v; want d#moles first", q, keysOfHits(r))
		}
	}
}

// "Which one is better": «one» counts as little as the other numbers written as words («four»), not
// as a topic.
func TestOneIsANumber(t *testing.T) {
	ix, err := Build([]*Document{{ID: "d", Title: "Guide", Lang: "en", Sections: []Section{
		section("lens", "Lenses", "A monofocal lens corrects one distance."),
		section("eyes", "Both eyes", "We treat one eye, then the other a week later."),
		section("drops", "Drops", "Use the drops four times a day."),
	}}}, mustLexicon(t))
	if err != nil {
		t.Fatal(err)
	}
	weight := func(q, said string) float64 {
		for _, c := range ix.Explain(q) {
			if c.Said == said {
				return c.Weight
			}
		}
		return -1
	}
	if one, four := weight("which one is the better lens", "one"), weight("which four is the better lens", "four"); one > four+1e-9 {
		t.Errorf("«one» weighs %.2f, «four» %.2f: a number written as a word is not what is asked", one, four)
	}
}

// mustBuild indexes docs with the general language layer alone (no clinic lexicon).
func mustBuild(t *testing.T, docs []*Document) *Index {
	t.Helper()
	ix, err := Build(docs, mustLexicon(t))
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func mustLexicon(t *testing.T) *Lexicon {
	t.Helper()
	lx, err := LoadLexicon(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	return lx
}

// English words the Arabic pages say their own way: the eye shield is «الواقي», patching an eye
// «تغطية العين». Unread, an English question went to the English summary, which says neither.
func TestShieldAndPatch(t *testing.T) {
	ix, err := Build([]*Document{{ID: "d", Title: "العيون", Lang: "ar", Sections: []Section{
		section("after", "بعد العملية", "ضع الواقي البلاستيكي عند النوم لمدة أسبوع."),
		section("squint", "علاج الحول", "يعالج كسل العين بتغطية العين السليمة ساعات يوميًا."),
		section("drops", "القطرات", "استخدم القطرات أربع مرات يوميًا."),
	}}}, mustLexicon(t))
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{
		"what about the shield": "d#after",
		"what about patching":   "d#squint",
	} {
		if r := ix.Search(Query{Text: q}); topKey(r) != want {
			t.Errorf("%s: hits %v; want %s first", q, keysOfHits(r), want)
		}
	}
}

// "Bathroom" and "slip" are the pages' «الحمام», «دورة المياه» and «الانزلاق».
func TestBathroomSlip(t *testing.T) {
	ix, err := Build([]*Document{{ID: "d", Title: "كبار السن", Lang: "ar", Sections: []Section{
		section("home", "نصائح لجعل المنزل آمنًا", "مقابض تثبيت بجانب المرحاض وداخل الحمام، وفرشة مانعة للانزلاق."),
		section("walk", "تمارين التوازن", "يتدرب المسن مرتين أسبوعيًا على المشي."),
	}}}, mustLexicon(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"grandma's bathroom", "so she doesn't slip", "تتزحلق بالتواليت"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "d#home" {
			t.Errorf("%s: hits %v; want d#home first", q, keysOfHits(r))
		}
	}
}

// The sling after shoulder surgery is the pages' «حمالة الذراع».
func TestSling(t *testing.T) {
	ix, err := Build([]*Document{{ID: "d", Title: "الكتف", Lang: "ar", Sections: []Section{
		section("cuff", "التأهيل بعد جراحة الكتف", "يلبس المريض حمالة الذراع من أربعة إلى ستة أسابيع."),
		section("frozen", "الكتف المتجمد", "تبدأ التمارين بلطف لاستعادة الحركة."),
	}}}, mustLexicon(t))
	if err != nil {
		t.Fatal(err)
	}
	if r := ix.Search(Query{Text: "how many weeks am i stuck in this sling"}); topKey(r) != "d#cuff" {
		t.Errorf("hits %v; want d#cuff first", keysOfHits(r))
	}
}

// "terrified of the dentist" asks about fear, as the pages' «يخاف من طبيب الأسنان» does; a bare
// "im scared" only says how the patient feels about what is asked.
func TestFearOf(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "الأطفال", Lang: "ar", Sections: []Section{
		section("fear", "ابني يخاف من طبيب الأسنان، ماذا أفعل؟", "تجنب تخويفه بالطبيب، ودعنا نبدأ بزيارة تعارف قصيرة."),
		section("first", "متى يزور ابني طبيب الأسنان أول مرة؟", "يزور الطفل طبيب الأسنان عند ظهور أول سن، ونعطي نصائح للأسنان."),
		section("rc", "هل علاج العصب مؤلم؟", "يتم علاج العصب تحت التخدير الموضعي فلا تشعر بألم."),
	}}}
	ix := mustBuild(t, docs)
	for q, want := range map[string]string{
		"my son is terrified of the dentist, any tips?":   "d#fear",
		"my daughter is scared of the dentist, any tips?": "d#fear",
		"does a root canal hurt? be honest pls im scared": "d#rc",
	} {
		if r := ix.Search(Query{Text: q}); topKey(r) != want {
			t.Errorf("%s: hits %v; want %s first", q, keysOfHits(r), want)
		}
	}
}

// «وسادة» (a pillow) keeps its و: without it the stemmer made it «ساد», the cataract («الساد»), and a
// pillow word in the lexicon joined the cataract's group. Patients say «مخدة».
func TestPillow(t *testing.T) {
	if p, c := Stems("وسادة"), Stems("الساد"); len(p) != 1 || len(c) != 1 || p[0] == c[0] {
		t.Fatalf("Stems(وسادة) = %v, Stems(الساد) = %v: a pillow is not a cataract", p, c)
	}
	docs := []*Document{{ID: "d", Title: "الرقبة", Lang: "ar", Sections: []Section{
		section("pillow", "النوم وآلام الرقبة", "ننصح باستخدام وسادة تحافظ على استقامة الرقبة أثناء النوم."),
		section("ex", "تمارين الرقبة", "تمارين ثني الذقن للداخل تقوي عضلات الرقبة العميقة."),
		section("cat", "الساد", "عملية الساد تزيل العدسة المعتمة."),
	}}}
	ix := mustBuild(t, docs)
	for q, want := range map[string]string{
		"شو نوع المخدة المنيحة لوجع الرقبة؟": "d#pillow",
		"what pillow is best for neck pain":  "d#pillow",
		"متى عملية الساد؟":                   "d#cat",
	} {
		if r := ix.Search(Query{Text: q}); topKey(r) != want {
			t.Errorf("%s: hits %v; want %s first", q, keysOfHits(r), want)
		}
	}
}

// «اللاب توب» (the laptop) is a screen: read word by word, the search's retry without a leading
// preposition made «لاب» «اب» and the question met nothing on screens.
func TestLaptop(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "الرقبة", Lang: "ar", Sections: []Section{
		section("screen", "الصداع من الرقبة", "الجلوس الطويل أمام الشاشة قد يسبب صداعًا يبدأ من مؤخرة الرأس."),
		section("sleep", "الصداع", "الصداع شائع، ويخف الصداع بالنوم الكافي وشرب الماء."),
	}}}
	ix := mustBuild(t, docs)
	q := "كل ما اقعد على اللاب توب يجيلي صداع"
	if r := ix.Search(Query{Text: q}); topKey(r) != "d#screen" {
		t.Errorf("%s: hits %v; want d#screen first", q, keysOfHits(r))
	}
}

// "spasticity" is the pages' «تشنج», "skin cancer" their «سرطان الجلد»: English words with no Arabic
// equivalent in the lexicon left the question to the English summary or to nothing.
func TestSpasticityCancer(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("spasm", "تشنجات العضلات", "يساعد الحقن في إرخاء التشنجات العضلية بعد الجلطة."),
		section("moles", "فحص الشامات", "من لديه تاريخ عائلي لسرطان الجلد يفحص شاماته كل سنة."),
		section("help", "كيف يساعد العلاج العضلات", "يساعد العلاج العضلات: يحسن حركة العضلات وقوة العضلات."),
		section("skin", "فحص الشامات قبل إزالتها", "نفحص الشامات قبل إزالة الشامات من الجلد، وفحص الشامات سريع."),
	}}}
	ix := mustBuild(t, docs)
	for q, want := range map[string]string{
		"does it help with muscle spasticity":                                               "d#spasm",
		"i have many moles and my dad had skin cancer, how often should i get them checked": "d#moles",
	} {
		if r := ix.Search(Query{Text: q}); topKey(r) != want {
			t.Errorf("%s: hits %v; want %s first", q, keysOfHits(r), want)
		}
	}
}

// «ما يكفي» (not enough) is the pages' «كافٍ»: «يكفي» stems to «يكف», which no page says.
func TestEnough(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "الزراعة", Lang: "ar", Sections: []Section{
		section("bone", "ترقيع العظم", "إذا لم يكن العظم كافيًا فقد يحتاج المريض إلى ترقيع العظم قبل الزرعة."),
		section("who", "من يناسبه الزرع", "يناسب الزرع من فقد سنًا وعظمه سليم، ويقيم الطبيب العظم قبل الزرعة."),
	}}}
	ix := mustBuild(t, docs)
	q := "الدكتور قال عظمي ضعيف ما يكفي للزرعة، وش الحل"
	if r := ix.Search(Query{Text: q}); topKey(r) != "d#bone" {
		t.Errorf("%s: hits %v; want d#bone first", q, keysOfHits(r))
	}
}

// «لما تكبر» (when she grows up) is the pages' «مع التقدم في العمر».
func TestGrowsUp(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "الإكزيما", Lang: "ar", Sections: []Section{
		section("age", "الإكزيما", "تتحسن الإكزيما عند كثيرين مع التقدم في العمر."),
		section("treat", "هل تزول الإكزيما عند الأطفال؟", "نعالج إكزيما الأطفال بالمرطبات، وتزول الحكة مع العلاج."),
	}}}
	ix := mustBuild(t, docs)
	for _, q := range []string{"بنتي عندها اكزيما هل بتروح لما تكبر؟", "will my son's eczema go away when he grows up?"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "d#age" {
			t.Errorf("%s: hits %v; want d#age first", q, keysOfHits(r))
		}
	}
}

// The pages' «انقباض عضلي لا إرادي» (involuntary contraction) is what patients call «تقلصات»,
// «تشنجات»: the lexicon knew only the English "involuntary".
func TestInvoluntary(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("inv", "اضطرابات الحركة", "في بعض الحالات العصبية يحدث انقباض عضلي لا إرادي يؤثر على الحركة."),
		section("age", "هل العلاج آمن للكبار؟", "يحتاج كبار السن تقييمًا طبيًا لحالة العضلات قبل الحقن."),
	}}}
	ix := mustBuild(t, docs)
	q := "والدي عنده تقلصات في عضلات يده، هل يستخدم الحقن لمثل هذه الحالات؟"
	if r := ix.Search(Query{Text: q}); topKey(r) != "d#inv" {
		t.Errorf("%s: hits %v; want d#inv first", q, keysOfHits(r))
	}
}

// «يتعدل» (gets straight again), «ينصلح» are what the pages say «يتحسن»: "will his back get
// straight again?" asks whether it improves.
func TestStraightensIsImproves(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "قوام الأطفال", Lang: "ar", Sections: []Section{
		section("better", "تمارين القوام", "انحناء الظهر يتحسن عادة بتمارين القوام."),
		section("bag", "انحناء الظهر والحقيبة المدرسية", "الحقيبة الثقيلة تسبب انحناء الظهر."),
	}}}
	ix := mustBuild(t, docs)
	q := "ولدي ظهره صار محني، يتعدل؟"
	if r := ix.Search(Query{Text: q}); topKey(r) != "d#better" {
		t.Errorf("%s: hits %v; want d#better first", q, keysOfHits(r))
	}
}

// "ER", "emergency room" are the pages' «الطوارئ»: "which symptoms mean ER" asks for the section on
// when to go to the emergency department.
func TestER(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "الظهر", Lang: "ar", Sections: []Section{
		section("er", "متى تذهب إلى الطوارئ؟", "اذهب إلى الطوارئ إذا ظهرت علامات مثل خدر حول السرج مع ألم الظهر."),
		section("pain", "علامات ألم الظهر الميكانيكي", "علامات ألم الظهر الميكانيكي: ألم الظهر يزيد مع الجلوس."),
	}}}
	ix := mustBuild(t, docs)
	q := "which back pain signs mean ER instead of booking with you"
	if r := ix.Search(Query{Text: q}); topKey(r) != "d#er" {
		t.Errorf("%s: hits %v; want d#er first", q, keysOfHits(r))
	}
}
