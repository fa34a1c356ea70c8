package knowledge

import (
	"testing"
	"testing/fstest"
)

// The built-in language layer reads the everyday words of a family as the pages' formal one: what
// tells two things apart («يميز», "distinguish") is the difference, Levantine «حكيم» a doctor,
// «يهديني» sedation, «باطي» the armpit, «كيماوي» a chemical, «يحرقني» the burning sensation, "see a
// difference" the results showing, "who decides" how the dose is set, «اتعامل مع» the care of
// something, "twisted" a sprain, "legs" the legs. Each question shares no word with its passage but
// through the family.
func TestGeneralFamilies(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("diff", "الفرق بين العدسة الأحادية والمتعددة", "العدسة الأحادية تصحح مسافة واحدة والمتعددة تصحح أكثر من مسافة."),
		section("sed", "التهدئة أثناء الإجراء", "تتوفر التهدئة للمرضى شديدي القلق بعد تقييم الطبيب."),
		section("arm", "تعرق الإبط", "يقلل العلاج التعرق تحت الإبط لعدة أشهر."),
		section("chem", "المواد الكيميائية في العين", "اغسل العين بالماء الجاري عشرين دقيقة ثم توجه إلى الطوارئ."),
		section("burn", "الحرقان بعد الجلسة", "الحرقان الخفيف في المساء الأول شائع ويزول خلال يوم."),
		section("res", "متى تظهر النتائج", "تظهر النتائج بعد ستة إلى ثمانية أسابيع من الاستخدام المنتظم."),
		section("dose", "كيف تحدد الجرعة", "يحدد الطبيب عدد الوحدات حسب قوة العضلة."),
		section("care", "العناية بالإكزيما في المنزل", "رطب البشرة مرتين يوميًا واستحم بماء فاتر."),
		section("sprain", "التواء الكاحل", "ضع الثلج وارفع القدم في أول يومين."),
		section("legs", "تمارين الساقين", "تقوي هذه التمارين عضلات الساقين."),
		section("doc", "من يجري الفحص", "يجري الفحص طبيب مختص."),
	}}}
	lx, err := LoadLexicon(fstest.MapFS{}) // the built-in layer alone
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(docs, lx)
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{
		"شو اللي يميز العدسة الاحادية عن المتعددة؟": "d#diff",
		"شي يهديني اثناء الاجراء؟":                  "d#sed",
		"تعرق باطي":                     "d#arm",
		"كيماوي بالعين":                 "d#chem",
		"يحرقني بعد الجلسة":             "d#burn",
		"when will i see a difference":  "d#res",
		"who decides the dose?":         "d#dose",
		"كيف اتعامل مع الاكزيما بالبيت": "d#care",
		"twisted ankle":                 "d#sprain",
		"exercises for legs":            "d#legs",
		"مين الحكيم اللي يجري الفحص؟":   "d#doc",
	} {
		if r := ix.Search(Query{Text: q}); topKey(r) != want {
			t.Errorf("%s: hits %v; want %s first", q, keysOfHits(r), want)
		}
		for _, c := range ix.Explain(q) {
			if !c.Known {
				t.Errorf("%s: %q is not known to the pages", q, c.Said)
			}
		}
	}
}

// «معينة» (a certain, specific) is no eye: the Levantine «م» of «منعمل» stands before a verb in the
// present, and peeling it off a noun read «معينة» as «عينة», sending «لازم آكل حاجة معينة؟» to an eye
// page. Hydrotherapy and cerebral palsy are treatments and conditions a clinic may not deal with: at
// one whose pages never name them, a question about them is foreign.
func TestGeneralSenseAndTopics(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("k", "تأهيل الركبة", "تمارين تقوية الركبة بعد العملية."),
		section("e", "جفاف العين", "قطرات مرطبة للعين الجافة."),
	}}}
	lx, err := LoadLexicon(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(docs, lx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"لازم آكل حاجة معينة؟", "في أكل معين ممنوع؟"} {
		for _, c := range ix.Explain(q) {
			if c.Said == "عين" {
				t.Errorf("%s: reads %q", q, c.Said)
			}
		}
	}

	for _, q := range []string{"عندكم علاج مائي للركبة؟", "do you have a hydrotherapy pool?", "تعالجون الشلل الدماغي عند الاطفال؟"} {
		if r := ix.Search(Query{Text: q}); !r.Foreign {
			t.Errorf("%s: not foreign (hits %v)", q, keysOfHits(r))
		}
	}
}

// More families a question's words reach the pages through: the verb of what a page names as a
// noun («انظف» for «تنظيف»), a treatment leaving a mark for a scar, healing in the feminine
// («لتطيب»), «ماء» without its article in a condition's name («ماء ازرق»: «ماء» folds to «ما», a
// stop word, so the phrase is listed as it is said), and planning a pregnancy.
func TestGeneralMoreFamilies(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("clean", "تنظيف الجير", "ننصح بتنظيف الجير كل ستة أشهر."),
		section("scar", "الندبات بعد الإزالة", "قد تبقى ندبة صغيرة تخف مع الوقت."),
		section("heal", "التعافي", "يلتئم الجرح خلال أسبوعين."),
		section("glaucoma", "الجلوكوما", "الجلوكوما تلف في العصب البصري يرتبط غالبًا بارتفاع ضغط العين."),
		section("preg", "الحمل", "أوقفي الدواء قبل الحمل بشهر."),
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
		"كل كم انظف الجير؟":        "d#clean",
		"بيترك اثر؟":               "d#scar",
		"قديش بدها لتطيب؟":         "d#heal",
		"ابوي عنده ماء ازرق":       "d#glaucoma",
		"we're trying to conceive": "d#preg",
	} {
		r := ix.Search(Query{Text: q})
		if topKey(r) != want {
			t.Errorf("%s: hits %v; want %s first", q, keysOfHits(r), want)
		}
		for _, c := range ix.Explain(q) {
			if !c.Known && c.Said != "" {
				t.Errorf("%s: %q is not known to the pages", q, c.Said)
			}
		}
	}
}

// A word joined to a preposition («بحساسية») that one passage writes so, while many write it without
// («حساسية»), is read as the word without it: «وبعده بحس بحساسية؟» after whitening is about the
// sensitivity after whitening, not the one passage that says «قد تشعر بحساسية» of something else; so
// «لجراح» (ل + جراح), a word of five letters.
func TestRarePrepositionFormReadAsTheWord(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("gums", "تنظيف اللثة", "بعد التنظيف العميق قد تشعر بحساسية وانزعاج بسيط."),
		section("white", "الحساسية بعد التبييض", "من الشائع حدوث حساسية مؤقتة للبارد والحار بعد التبييض."),
		section("paste", "معجون الحساسية", "يساعد معجون الحساسية على تخفيف الحساسية."),
		section("cold", "حساسية البارد", "حساسية البارد تدل على انكشاف العاج."),
		section("allergy", "حساسية البنج", "أخبر الطبيب إن كانت لديك حساسية من البنج."),
		section("kids", "أسنان الأطفال", "نقدم تطبيق الفلورايد للأطفال."),
		section("refer", "التحويل", "نحولك لجراح الفك عند الحاجة."),
		section("s1", "جراح الفك", "يجري جراح الفك الخلع الجراحي."),
		section("s2", "متى يلزم الجراح", "يقرر الجراح نوع العملية."),
		section("s3", "بعد الجراحة", "يتابعك الجراح بعد أسبوع."),
	}}}
	ix := mustBuild(t, docs)
	for q, want := range map[string]string{"بحس بحساسية": "حساس", "لجراح": "جراح"} {
		for _, c := range ix.Explain(q) {
			if c.Said != want {
				t.Errorf("%s: reads %q, want %q", q, c.Said, want)
			}
		}
	}
}
