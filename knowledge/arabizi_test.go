package knowledge

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestIsArabizi(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"ba3d el botox ma a2dar atnaffas zain", true}, // letter-digits
		{"wsh el a3rad el janibiya", true},
		{"ana abi botox lel wajh", true},              // two function words, no digit
		{"what are the side effects of botox", false}, // English
		{"covid19 and botox", false},                  // a model number is not a letter-digit
		{"is botox safe for 30 year olds", false},
		{"البوتوكس ba3d", false}, // Arabic script: not Arabizi, whatever it quotes
		// A word ending in a letter-digit («byewja3») counts as a function word does.
		{"el PRK byewja3?", true},
		{"tetla3 el damm", true},
		{"tetla3 damm", false}, // one such word alone may be a model or a count
		{"omega3 supplements ok?", false},
		// The Levantine and Gulf spellings of "what" are function words too.
		{"shou el botox?", true},
		{"shno el filler", true},
		// Any function word read in Arabic letters marks Arabizi, save those English writes too.
		{"momken tshelo shama bel laser?", true},
		{"is the law on meta ads an issue", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsArabizi(Words(tt.q)); got != tt.want {
			t.Errorf("IsArabizi(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestArabiziSpellings(t *testing.T) {
	tests := []struct{ w, want string }{
		{"a2dar", "اقدر"},
		{"atnaffas", "اتنفس"},
		{"7o2na", "حقنه"},
		{"a3rad", "اعراض"},
		{"janibiya", "جانبيه"},
		{"sadri", "صدري"},
		{"dayg", "ضيق"},
		{"el", "ال"},
		{"5ayfa", "خايفه"},
		// A hamza after a vowel, before an i or where one fell out, sits on a ي: «da2me» دائمة.
		{"da2me", "دايمه"},
		{"sa2el", "سايل"},
		// Three letters read other than their likeliest way: «masasa» is «مصاصه» (a straw).
		{"masasa", "مصاصه"},
		// After a u a hamza sits on a و: «mo2lem» مؤلم (painful), which Normalize keeps as «مولم».
		{"mo2lem", "مولم"},
		// The Gulf says ض as ذ, and writes it th: «a3rath» is «اعراض».
		{"a3rath", "اعراض"},
	}
	for _, tt := range tests {
		got := ArabiziSpellings(tt.w, maxArabiziSpellings)
		if !slices.Contains(got, tt.want) {
			t.Errorf("ArabiziSpellings(%q) = %q, missing %q", tt.w, got, tt.want)
		}
	}
	// Not before an a or u: «ra2am» is a number (رقم), never «ريم».
	if got := ArabiziSpellings("ra2am", maxArabiziSpellings); slices.Contains(got, "ريم") {
		t.Errorf("ArabiziSpellings(ra2am) = %q, want no ي for its 2", got)
	}
	// The likeliest reading comes first: short vowels unwritten, the first vowel on an alif.
	for w, want := range map[string]string{"katab": "كتب", "atnaffas": "اتنفس", "ba3d": "بعد",
		// Function words whose vowels would make the wrong letters: «when», «I want», «how much», «still».
		"emta": "امتي", "bade": "بدي", "2addesh": "قديش", "lesse": "لسه", "b": "ب",
		// «on the»; a final e after a consonant is a ة; a word-initial 2 is a hamza on an alif.
		"3al": "علي", "madrase": "مدرسه", "3amaliye": "عمليه", "2a3mel": "اعمل",
		// A 2 inside a word is the dialects' ق first, never nothing: «b2a3od» is «بقعد», not «بعد».
		"b2a3od": "بقعد", "wa2t": "وقت", "tare2a": "ترقه",
		// A final i after a consonant is a long ي: «my», an adjective's ending.
		"ebni": "ابني", "3omri": "عمري", "tabi3i": "طبيعي",
		// A word's first vowel sits on an alif, with a long vowel's or diphthong's letter after it.
		// «she has», «before» said without its ق, «it takes».
		"3andha": "عندها", "abl": "قبل", "byekhod": "ياخذ",
		"okhti": "اختي", "ejren": "اجرن", "awel": "اول", "ayyam": "ايم"} {
		if got := ArabiziSpellings(w, 1); !slices.Equal(got, []string{want}) {
			t.Errorf("ArabiziSpellings(%q, 1) = %q, want [%s]", w, got, want)
		}
	}
}

// A 2 inside a word writes a letter («shu2u2» is no «شو»); a final i is read long before short
// («3eni» is «عني» before «عن»).
func TestArabiziLetterOrder(t *testing.T) {
	if got := ArabiziSpellings("shu2u2", maxArabiziSpellings); slices.Contains(got, "شو") || !slices.Contains(got, "شقوق") {
		t.Errorf("ArabiziSpellings(shu2u2) = %q, want «شقوق» and no «شو»", got)
	}
	for _, w := range []string{"ejren", "okhti", "ibni"} {
		for _, sp := range ArabiziSpellings(w, maxArabiziSpellings) {
			if r, _ := utf8.DecodeRuneInString(sp); r != 'ا' {
				t.Errorf("ArabiziSpellings(%s) has %q: a first vowel is written on an alif", w, sp)
			}
		}
	}
	// A final «an» is the alif of tanween before the «ان» of a plural: «asasan» is «اساسا» (basically)
	// before «اساسان».
	got := ArabiziSpellings("asasan", maxArabiziSpellings)
	if i, j := slices.Index(got, "اساسا"), slices.Index(got, "اساسان"); i < 0 || j >= 0 && j < i {
		t.Errorf("ArabiziSpellings(asasan) = %q, want «اساسا» before «اساسان»", got)
	}
	got = ArabiziSpellings("3eni", maxArabiziSpellings)
	if i, j := slices.Index(got, "عني"), slices.Index(got, "عن"); i < 0 || j >= 0 && j < i {
		t.Errorf("ArabiziSpellings(3eni) = %q, want «عني» before «عن»", got)
	}
}

func TestSearchReadsArabizi(t *testing.T) {
	ix := MustBuild(t, testDocs(), searchLexicon)
	tests := []struct{ q, want string }{
		{"wsh el a3rad el janibiya lel botox", "botox#s6"},
		{"botox lel 3ara2 el zayed", "botox#s2"}, // عرق, sweat
		{"el botox ye3alej el soda3 el nosfi?", "botox#s3"},
	}
	for _, tt := range tests {
		if r := ix.Search(Query{Text: tt.q}); topKey(r) != tt.want {
			t.Errorf("Search(%q) top = %s, want %s (keys %q)", tt.q, topKey(r), tt.want, ix.keys(Words(tt.q)))
		}
	}
	// A spelling the pages use beats a likelier one only the lexicon knows: «ra2abti» is «رقبتي» (the
	// neck the page speaks of), not «ربط» of a lexicon group the page never uses.
	neck := MustBuild(t, []*Document{{ID: "neck", Title: "الرقبة", Lang: "ar",
		Sections: []Section{section("s1", "ألم الرقبة", "يخف ألم الرقبة بالتمارين.")}}}, "ربط | tie")
	if got := neck.keys(Words("ra2abti bt2lmni")); len(got) == 0 || got[0] != "رقب" {
		t.Errorf("keys(ra2abti bt2lmni) = %q, want «رقب» first", got)
	}
	// A lexicon word for what the pages say is as good as the pages' own: «7al» is «حل» (a solution,
	// with the pages' «علاج»), not the «حال» of «الحالات».
	sol := MustBuild(t, []*Document{{ID: "acne", Title: "حب الشباب", Lang: "ar",
		Sections: []Section{section("s1", "علاج حب الشباب", "يختلف العلاج حسب الحالات.")}}}, "علاج | حل")
	if got := sol.keys(Words("shu el 7al?")); !slices.Contains(got, "حل") {
		t.Errorf("keys(shu el 7al?) = %q, want «حل»", got)
	}
	// A dropped leading alif: «7mrar» is the pages' «احمرار».
	red := MustBuild(t, []*Document{{ID: "laser", Title: "الليزر", Lang: "ar",
		Sections: []Section{section("s1", "بعد الليزر", "من الطبيعي احمرار خفيف بعد الجلسة.")}}}, "")
	if got, want := red.keys(Words("3ndi 7mrar ba3d el laser")), stemWord("احمرار"); !slices.Contains(got, want) {
		t.Errorf("keys(3ndi 7mrar ba3d el laser) = %q, want «%s»", got, want)
	}
	// An English question keeps its English words: only Arabizi is rewritten.
	if got := ix.keys(Words("side effects")); slices.ContainsFunc(got, func(k string) bool { return k != "" && k[0] >= 0x80 }) {
		t.Errorf("keys(side effects) = %q: English rewritten", got)
	}
}

func FuzzArabiziSpellings(f *testing.F) {
	for _, s := range []string{"a2dar", "7o2na", "sh3'", "", "aaaaaaaaaaaaaaaaaaaaa", "el", "x'y'z", "9'6'3'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		got := ArabiziSpellings(w, maxArabiziSpellings)
		if len(got) > maxArabiziSpellings {
			t.Fatalf("%d spellings, limit %d", len(got), maxArabiziSpellings)
		}
		for _, s := range got {
			if !utf8.ValidString(s) || s != Normalize(s) {
				t.Fatalf("spelling %q of %q is not normalised UTF-8", s, w)
			}
		}
	})
}

// Arabizi function words of every dialect are read as the function words they are, not letter by
// letter as words the pages happen to know: «meta» (when) is no «ميه» (water), «ba2dar» (I can) no
// «بدر».
func TestArabiziFunctionWords(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "بعد العملية", Lang: "ar", Sections: []Section{
		section("w", "شرب الميه", "اشرب الميه بكثرة والنوم بدري يساعد على التعافي."),
		section("r", "العودة إلى العمل", "يمكنك العودة إلى العمل بعد أسبوع من العملية."),
	}}}
	ix := MustBuild(t, docs, "")
	for _, q := range []string{"meta a2dar arja3 3al 3amal?", "ba3d el 3amaliye emta ba2dar arja3 el 3amal?", "lazem astanna wala mumkin arja3 el 3amal?"} {
		for _, c := range ix.Explain(q) {
			if c.Said == "ميه" || c.Said == "بدر" || c.Said == "لزم" || c.Said == "مكن" {
				t.Errorf("%s: reads %q", q, c.Said)
			}
		}
	}
}

// An Arabizi word none of whose spellings the pages use as spelled may be a word they know as a
// dialect says it: «dahri» is «ضهري», the pages' «ظهر» (back).
func TestArabiziReadsDialect(t *testing.T) {
	back := MustBuild(t, []*Document{{ID: "back", Title: "الظهر", Lang: "ar",
		Sections: []Section{section("s1", "ألم الظهر", "يخف ألم الظهر بالحركة.")}}}, "")
	if got, want := back.keys(Words("dahri by3awerni kter")), stemWord("ظهري"); !slices.Contains(got, want) {
		t.Errorf("keys(dahri by3awerni kter) = %q, want «%s»", got, want)
	}
}

// «bta5od» (it takes) and «ta2reeban» (about) are function words: read letter by letter, the second
// was «قريب» (near), which pulled "how long does the first visit take, about?" to parking nearby.
func TestArabiziTakesAbout(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "الزيارة", Lang: "ar", Sections: []Section{
		section("v", "الزيارة الأولى", "تستغرق الزيارة الأولى نحو ساعة."),
		section("p", "المواقف", "توجد مواقف قريبة من العيادة."),
	}}}, "")
	q := "awel ziyara bta5od wa2t ta2reeban?"
	for _, c := range ix.Explain(q) {
		if c.Said == stemWord("قريب") {
			t.Errorf("%s: reads %q", q, c.Said)
		}
	}
	if r := ix.Search(Query{Text: q}); topKey(r) != "d#v" {
		t.Errorf("%s: hits %v; want d#v first", q, keysOfHits(r))
	}
}

// A typo splits an Arabizi word in two («el gan beya», الجانبية): neither half is a word the pages
// use, read together they are.
func TestArabiziSplitWord(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "الحقن", Lang: "ar", Sections: []Section{
		section("side", "الآثار الجانبية", "قد يظهر احمرار بسيط أو تورم محدود مكان الحقن."),
		section("how", "كيف يعمل", "يمنع الإشارات العصبية التي تحفز العضلات."),
	}}}, "")
	q := "eh el a3rad el gan beya elly momken tege ba3d el 7o2na?"
	if got, want := ix.keys(Words(q)), ix.keys(Words("الجانبيه"))[0]; !slices.Contains(got, want) {
		t.Errorf("keys(%s) = %q, want «%s»", q, got, want)
	}
	if r := ix.Search(Query{Text: q}); topKey(r) != "d#side" {
		t.Errorf("%s: hits %v; want d#side first", q, keysOfHits(r))
	}
}

// A hyphen splits an Arabizi word where its two letters would otherwise read as a digraph («ash-hor»,
// اشهر: «ashhor» would be «sh» + «h»): the half before reads as a function word («اش»), the half after
// as nothing the pages know, and together they are a word the pages use.
func TestArabiziHyphenatedWord(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "الكتف", Lang: "ar", Sections: []Section{
		section("s", "الكتف المتجمد", "يتحسن الكتف المتجمد عادة خلال عدة أشهر مع التمارين."),
	}}}, "")
	got := ix.inArabic(Words("kitfi mjammad sarlo 3 ash-hor, hal hayda da2em?"))
	if !slices.Contains(got, "اشهر") || slices.Contains(got, "hor") {
		t.Errorf("inArabic(… ash-hor …) = %q, want «اشهر» for «ash-hor»", got)
	}
}

// Of an Arabizi word's readings, one a letter less likely that the pages use four times as often is
// meant: «nadara» at an eye clinic is «نظارة» (glasses), not «نادرة» (rare) of one complication; but
// not a word that only qualifies a question («asabe3o» stays «اصبع», toe, not «اسابيع», weeks).
func TestArabiziCommonerReading(t *testing.T) {
	var secs []Section
	for i, text := range []string{"ستحتاج نظارة للقراءة بعد العملية.", "النظارة لا تضعف العين.", "نظارة شمسية بعد الليزك.",
		"نظارات الأطفال من البلاستيك.", "من المضاعفات النادرة الالتهاب.", "يمشي الطفل على أطراف أصابعه.",
		"بعد أسابيع قليلة.", "خلال أسابيع.", "بعد ستة أسابيع.", "أربعة أسابيع."} {
		secs = append(secs, section(fmt.Sprint("s", i), fmt.Sprint("ق", i), text))
	}
	ix := MustBuild(t, []*Document{{ID: "d", Title: "العيون", Lang: "ar", Sections: secs}}, "minor: اسبوع | اسابيع | week | weeks\nاصبع | اصابع | toe | finger\nنظاره | نضاره | glasses")
	if got := ix.inArabic(Words("ba3d el 3amaliye ba7taj nadara?")); !slices.Contains(got, "نضاره") && !slices.Contains(got, "نظاره") {
		t.Errorf("inArabic(… nadara) = %q, want «نظاره»", got)
	}
	if got := ix.inArabic(Words("ibni bymshi 3ala atraf asabe3o")); !slices.Contains(got, "اصبع") {
		t.Errorf("inArabic(… asabe3o) = %q, want «اصبع»", got)
	}
}

// After a modal the Levantine first person drops its alif: «a2dar sou2» is «اقدر اسوق» (can I drive),
// whose «sou2» read alone is a stop word; without the modal it stays as it reads.
func TestArabiziModalDropsAlif(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "العملية", Lang: "ar", Sections: []Section{
		section("s", "متى أستطيع القيادة بعد العملية؟", "غالبًا بعد أسبوع تقريبًا."),
	}}}, "قياده | اسوق | يسوق | drive")
	for q, want := range map[string]bool{"emta ba2dar sou2 ba3d el 3amaliye?": true, "fini soo2 ba3d el 3amaliye?": true,
		"shu sou2 el 3amaliye?": false} {
		if got := ix.inArabic(Words(q)); slices.Contains(got, "اسوق") != want {
			t.Errorf("inArabic(%s) = %q, want «اسوق» %v", q, got, want)
		}
	}
}

// A stop word has no shadda: an Arabizi word written with a doubled consonant is read as a word the
// pages use before a stop word its letters also spell («tebbi» is «طبي», medical, not Gulf «تبي», want),
// and as the stop word only when the pages know no reading («sawwa»).
func TestArabiziShaddaIsNoStopWord(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "الحذاء", Lang: "ar", Sections: []Section{
		section("s1", "الحذاء الطبي", "لا يحتاج أغلب الأطفال حذاء طبيًا."),
	}}}, "")
	if got, want := ix.inArabic(Words("lazem 7iza2 tebbi?")), "طبي"; !slices.Contains(got, want) {
		t.Errorf("inArabic(lazem 7iza2 tebbi?) = %q, want «%s»", got, want)
	}
	if got := ix.inArabic(Words("shu sawwa el doctor?")); slices.Contains(got, "sawwa") {
		t.Errorf("inArabic(shu sawwa el doctor?) = %q, want «sawwa» read as the stop word", got)
	}
}

// Egyptian «ad eh» (قد ايه, how much) is two function words: a word is not joined to the function word
// after it as a typo's halves («adeh» read «اضح», of the pages' «واضح»).
func TestArabiziJoinsNoFunctionWord(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "الزيارة", Lang: "ar", Sections: []Section{
		section("s1", "الزيارة الأولى", "تستغرق الزيارة الأولى نحو ساعة والنظر واضح بعدها."),
	}}}, "")
	got := ix.inArabic(Words("awel ziyara bta5od wa2t ad eh?"))
	if !slices.Contains(got, "قد") || !slices.Contains(got, "ايه") {
		t.Errorf("inArabic(awel ziyara bta5od wa2t ad eh?) = %q, want «قد» and «ايه»", got)
	}
}

// Of equally likely readings the pages know, one they use as a whole word beats one they know only
// without a first letter read as a preposition: «kamel» is «كامل» (whole), not «كميل» («like» + «ميل»).
func TestArabiziWholeReading(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "الراحة", Lang: "ar", Sections: []Section{
		section("s1", "الراحة بعد الإصابة", "ارتح أسبوعًا كاملًا ثم ابدأ التمارين."),
		section("s2", "الوضعية", "تجنب ميل الرأس إلى الأمام طويلًا."),
	}}}, "")
	if got := ix.inArabic(Words("lazem nayem esbo3 kamel?")); !slices.Contains(got, "كامل") {
		t.Errorf("inArabic(lazem nayem esbo3 kamel?) = %q, want «كامل»", got)
	}
}

// Arabizi dots a digit with an apostrophe for the letter dotted beside it (3' غ, 6' ظ, 7' خ, 9' ض): the
// word stays one, to be read whole, while English still splits at its apostrophes.
func TestWordsKeepArabiziApostrophe(t *testing.T) {
	for q, want := range map[string][]string{
		"ma bt3'eeb":      {"ma", "bt3'eeb"},
		"waja3 6'ahr":     {"waja3", "6'ahr"},
		"don't it's":      {"don", "t", "it", "s"},
		"size 3' ok":      {"size", "3", "ok"},
		"the 90's":        {"the", "90", "s"},
		"dars el 3a2l 3'": {"dars", "el", "3a2l", "3"},
		// Some dot the digit before it («3a'6m», عظم); English writes no digit after an apostrophe
		// inside a word, and one opening a number («'90s») begins no word.
		"mdfoon bel 3a'6m": {"mdfoon", "bel", "3a'6m"},
		"the '90s":         {"the", "90s"},
	} {
		if got := Words(q); !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", q, got, want)
		}
	}
	if got := ArabiziSpellings(Words("bt3'eeb")[0], 1); !slices.Equal(got, []string{"بتغيب"}) {
		t.Errorf("ArabiziSpellings(bt3'eeb) = %q, want «بتغيب»", got)
	}
	if got := ArabiziSpellings(Words("3a'6m")[0], 1); !slices.Equal(got, []string{"عظم"}) {
		t.Errorf("ArabiziSpellings(3a'6m) = %q, want «عظم»", got)
	}
}

// A short function word that a word's letters spell one by one, not one of its listed Arabizi
// spellings, gives way to the reading with one more long vowel that the pages use: «lon» is «لون»
// (colour), not «لن»; a listed spelling («men», من) stays the function word.
func TestArabiziContentWordBeatsSpelledFunctionWord(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "الشامات", Lang: "ar", Sections: []Section{
		section("s1", "متى تفحص الشامة؟", "افحص الشامة إذا تغير لون الشامة أو كان فيها أكثر من لون."),
	}}}, "")
	got := ix.inArabic(Words("3andi shama feha akthar men lon"))
	if !slices.Contains(got, "لون") || !slices.Contains(got, "من") {
		t.Errorf("inArabic(3andi shama feha akthar men lon) = %q, want «لون» and «من»", got)
	}
}

// A reading the pages use as a whole word beats a likelier one by a letter that they know only
// without a first letter read as a preposition: «btekhaf» is «بتخاف» (she fears), not «بتخف» («ب» +
// «تخف», it eases); the lexicon holds «بتخاف» with the pages' «يخاف».
func TestArabiziWholeReadingOneLetterLessLikely(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "الأطفال", Lang: "ar", Sections: []Section{
		section("s1", "الطفل الخائف", "إذا كان طفلك يخاف من طبيب الأسنان نبدأ بزيارة تعارف بسيطة."),
		section("s2", "بعد الخلع", "يخف الألم بعد يومين أو ثلاثة وتخف معه الحرارة."),
	}}}, "خوف | يخاف | تخاف | بتخاف\n")
	if got := ix.inArabic(Words("benti btekhaf mn el doctor ktir, shu ba3mel?")); !slices.Contains(got, "بتخاف") {
		t.Errorf("inArabic(benti btekhaf mn el doctor ktir, shu ba3mel?) = %q, want «بتخاف»", got)
	}
}

// Egypt says ج as g, the Gulf ق: a message with an Egyptian function word reads its g as ج first
// («el 3elag da», العلاج ده), unless it writes ج as j elsewhere; others keep ق first («el doctor gal»).
func TestArabiziEgyptianG(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "العلاج", Lang: "ar", Sections: []Section{
		section("s1", "علاج اللثة", "يبدأ العلاج بتنظيف عميق، ولا علاقة له بالتخدير العام. قال الطبيب إن الألم خفيف."),
	}}}, "")
	for q, want := range map[string]string{
		"w el 3elag da bey2lem?":         "علاج",
		"el 3elag eh?":                   "علاج",
		"el doctor gal el 3elag 5afeef":  "قال",
		"el 3elag da 3ala jalsa wa7da?":  "علاق",
		"el 3elag 3ala kam jalsa? 2awi?": "علاق",
	} {
		if got := ix.inArabic(Words(q)); !slices.Contains(got, want) {
			t.Errorf("inArabic(%s) = %q, want «%s»", q, got, want)
		}
	}
}

// Levantine «3am» is the particle of a verb in progress («عم»), listed as such: the pages' «عام»
// (general), one long vowel more, does not take it.
func TestArabizi3amIsTheProgressive(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "النزف", Lang: "ar", Sections: []Section{
		section("s1", "النزف بعد الخلع", "النزف الخفيف طبيعي، والتخدير العام نادر في الخلع."),
	}}}, "")
	got := ix.inArabic(Words("lisse 3am tenzef?"))
	if slices.Contains(got, "عام") || !slices.Contains(got, "عم") {
		t.Errorf("inArabic(lisse 3am tenzef?) = %q, want «عم», not «عام»", got)
	}
}

// Three numbers or more joined by hyphens name a rule («قاعدة 20-20-20»), and so does one number said
// three times in a row («20 20 20»): one word, no count, so the question and the page meet on it. A pair
// is a range («4-6»), and a chain with a longer number a date or a telephone number: their numbers.
func TestWordsKeepNumberNames(t *testing.T) {
	for q, want := range map[string][]string{
		"قاعدة 20-20-20":           {"قاعده", "20-20-20"},
		"shu ya3ni 2a3de 20 20 20": {"shu", "ya3ni", "2a3de", "20-20-20"},
		"4-6 weeks":                {"4", "6", "weeks"},
		"call 050-123-4567":        {"call", "050", "123", "4567"},
		"covid-19":                 {"covid", "19"},
		"20 20 minutes":            {"20", "20", "minutes"},
	} {
		if got := Words(q); !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", q, got, want)
		}
	}
	if isStop("20-20-20") {
		t.Error("isStop(20-20-20) = true: a rule's name is no count")
	}
}

// A Latin word the lexicon has only inside a phrase ("disc" of "slipped disc") is no English word the
// pages know: an Arabizi message writes it for the pages' own «الديسك», and reads it so. And «wana» is
// «وانا» (and I), not «ون».
func TestArabiziReadsWordKnownOnlyInPhrase(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "back", Title: "الظهر", Lang: "ar", Sections: []Section{
		section("s1", "الديسك", "أغلب حالات الديسك تتحسن دون جراحة."),
		section("s2", "السباحة", "مارس السباحة بانتظام."),
	}}}, "انزلاق غضروفي | slipped disc | herniated disc")
	got := ix.inArabic(Words("agdar asba7 wana 3indi disc?"))
	if slices.Contains(got, "disc") {
		t.Errorf("inArabic(agdar asba7 wana 3indi disc?) = %q: disc kept in Latin letters", got)
	}
	if !slices.Contains(got, "وانا") {
		t.Errorf("inArabic(agdar asba7 wana 3indi disc?) = %q, want «وانا»", got)
	}
	// A word the lexicon has alone stays the English word it is.
	lx := MustBuild(t, []*Document{{ID: "back", Title: "الظهر", Lang: "ar", Sections: []Section{
		section("s1", "الليزر", "جلسات الليزر."),
	}}}, "ليزر | laser")
	if got := lx.inArabic(Words("kam jalse laser ba7taj?")); !slices.Contains(got, "laser") {
		t.Errorf("inArabic(kam jalse laser ba7taj?) = %q, want laser kept", got)
	}
}

// Egyptian «قد ايه» (how much, how long) written as one word («2addeh», «adeh») asks how much as
// Levantine «قديش» does; read letter by letter it was «اضح» (clear), which pulled "the cataract
// operation, how long does it take?" to a page on seeing clearly.
func TestArabiziEgyptianHowMuchOneWord(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "العملية", Lang: "ar", Sections: []Section{
		section("s", "العملية", "تستغرق العملية 20 دقيقة."),
	}}}, "")
	for _, w := range []string{"2addeh", "2adeh", "addeh", "adeh"} {
		q := "el 3amaliye " + w + " bta5od wa2t?"
		if got := askOf(ix.inArabic(Words(q))); got != askHowMuch {
			t.Errorf("%s: asks %d, want how much (%d)", q, got, askHowMuch)
		}
	}
}

// No word of the language layer may stem to a likelier Arabizi reading of a word the pages use: the
// Arabic «زيرتك» (Zyrtec) stemmed to «زير», which «ziyara» reads first, so "the first visit" was read
// as an allergy pill, not the pages' «الزيارة».
func TestArabiziVisitIsNoPill(t *testing.T) {
	ix, err := Build([]*Document{{ID: "d", Title: "الزيارة", Lang: "ar", Sections: []Section{
		section("v", "الزيارة الأولى", "تستغرق الزيارة الأولى نحو ساعة."),
		section("a", "Allergy", "An antihistamine such as loratadine helps an itch."),
	}}}, mustLexicon(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"awel ziyara bta5od wa2t?", "kam bt6awel awal zyara 3ndkom?"} {
		if got := ix.keys(Words(q)); !slices.Contains(got, stemWord(Normalize("الزيارة"))) {
			t.Errorf("keys(%s) = %q, want «%s»", q, got, stemWord(Normalize("الزيارة")))
		}
	}
}

// TestFromArabiziMemo checks that a search's memo of word readings changes nothing: the sentences
// of a question read with the memo its whole words filled read as they do alone.
func TestFromArabiziMemo(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	q := "sadri 3am ye3sorni mn sa3a. kitfi mjammad sarlo 3 ash-hor, hal hayda da2em? ba3d el 3amaliye ba7taj nadara? el gan beya shu hiye"
	for _, egyptian := range []string{"", " ana 3ayez a3raf"} {
		memo := map[string]arabiziRead{}
		whole := Words(q + egyptian)
		if got, want := ix.inArabicWith(whole, memo), ix.inArabic(whole); !slices.Equal(got, want) {
			t.Errorf("with a memo %q, without %q", got, want)
		}
		if len(memo) == 0 {
			t.Fatal("the memo kept no reading")
		}
		for _, sentence := range strings.FieldsFunc(q+egyptian, sentenceEnd) {
			w := Words(sentence)
			if got, want := ix.inArabicWith(w, memo), ix.inArabic(w); !slices.Equal(got, want) {
				t.Errorf("%q: with a memo %q, without %q", sentence, got, want)
			}
		}
	}
}

// The spellings are folded as Normalize folds them without building each for it: sound only while
// no unit writes the tanween mark, the one thing Normalize reads before folding.
func TestArabiziUnitsUnmarked(t *testing.T) {
	units := append(slices.Clone(arabiziUnits), egyptianG, hamzaBeforeI, medial2, tanweenAn, finalI, finalE)
	for _, u := range arabiziUnits {
		units = append(units, firstVowel(u))
	}
	for _, u := range units {
		for _, ar := range append(slices.Clone(u.ar), firstVowelLetter(u.latin), "ال", "ه") {
			if strings.ContainsRune(ar, tanweenFath) {
				t.Errorf("unit %q writes %q, with the tanween mark", u.latin, ar)
			}
		}
	}
}

// A word's spellings cost an allocation each that is kept, not several for every one built
// (most are built and found seen, or folded to one already kept).
func TestArabiziSpellingsAllocs(t *testing.T) {
	w := "btet2allamni"
	n := len(ArabiziSpellings(w, 0))
	if got := testing.AllocsPerRun(20, func() { ArabiziSpellings(w, 0) }); got > float64(n)+float64(n)/2+20 {
		t.Errorf("%d spellings of %q took %.0f allocations", n, w, got)
	}
}

// arabiziParse, trying only the units that open with each letter, splits words as trying every
// unit in the list's order does.
func TestArabiziParseByFirst(t *testing.T) {
	linear := func(w string) []arabiziUnit {
		var units []arabiziUnit
		for i := 0; i < len(w); {
			matched := false
			for _, u := range arabiziUnits {
				if strings.HasPrefix(w[i:], u.latin) {
					if (u.latin == "aw" || u.latin == "ay") && i+2 < len(w) && w[i+2] == u.latin[1] {
						continue
					}
					if n := len(units); n > 0 && units[n-1].latin == u.latin && len(u.latin) == 1 && !isVowel(u.latin) {
						i += len(u.latin)
						matched = true
						break
					}
					units = append(units, u)
					i += len(u.latin)
					matched = true
					break
				}
			}
			if !matched {
				i++
			}
		}
		return units
	}
	words := strings.Fields("ayyam awwer awel 3'ali 7'ara '3ali sha7 chou kh5 th dhahr naffas 2a2 3ayn wajh ma3'ool 6'ahr 9'oo2 x'y c4 " +
		"ba3d el 7o2na ma a2dar atnaffas btet2allamni shu2u2 mo2lem da2me ree2 zaghlala eeyy aaoo uuii '' 2'")
	for a := 'a'; a <= 'z'; a++ {
		for _, b := range "abcdefghijklmnopqrstuvwxyz234567890'" {
			words = append(words, string(a)+string(b), string(b)+string(a)+string(b))
		}
	}
	for _, w := range words {
		got, want := arabiziParse(w), linear(w)
		if len(got) != len(want) {
			t.Fatalf("%q: %v, want %v", w, got, want)
		}
		for i := range got {
			if got[i].latin != want[i].latin || !slices.Equal(got[i].ar, want[i].ar) {
				t.Fatalf("%q: %v, want %v", w, got, want)
			}
		}
	}
}
