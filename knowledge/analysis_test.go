package knowledge

import (
	"fmt"
	"io/fs"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ar" // registers bleve's "ar" analyzer
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/arabic"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "بوتوكس", "بوتوكس"},
		{"empty", "", ""},
		{"diacritics", "البُوتُوكْسُ يُعَالِجُ", "البوتوكس يعالج"},
		{"tanween and shadda", "تقييمًا مؤقّتًا", "تقييما موقتا"},
		{"dagger alef", "هٰذا", "هذا"},
		{"quranic marks", "بسم\u06D6 الله\u06DA", "بسم الله"},
		{"honorific marks", "محمد\u0610", "محمد"},
		{"tatweel", "بـــوتـوكـس", "بوتوكس"},
		{"hamza on alef", "أسئلة", "اسيله"},
		{"hamza under alef", "إبرة", "ابره"},
		{"madda", "آثار", "اثار"},
		{"wasla", "ٱلعلاج", "العلاج"},
		{"hamza on waw", "مؤقت", "موقت"},
		{"hamza on yeh", "نتائج", "نتايج"},
		{"lone hamza dropped", "إجراء", "اجرا"},
		{"lone hamza mid-word", "تساءل", "تسال"},
		{"alef maqsura", "متى المرضى", "متي المرضي"},
		{"teh marbuta", "جلسة العيادة", "جلسه العياده"},
		{"farsi yeh", "عینی", "عيني"},
		{"farsi keheh", "کم", "كم"},
		{"gaf", "گ", "ك"},
		{"arabic-indic digits", "٠١٢٣٤٥٦٧٨٩", "0123456789"},
		{"extended digits", "۰۱۲۳۴۵۶۷۸۹", "0123456789"},
		{"digits in text", "بعد ٣ أيام", "بعد 3 ايام"},
		{"arabic comma", "صداع، تعرق", "صداع, تعرق"},
		{"lower case", "BOTOX Botox", "botox botox"},
		{"white space folds", "  قلب\t\tالشفاه\n\r\n lip\u00a0flip  ", "قلب الشفاه lip flip"},
		{"zwnj", "می\u200cخواهم", "ميخواهم"},
		{"zwj", "ب\u200dو", "بو"},
		{"rlm and lrm", "\u200fبوتوكس\u200e", "بوتوكس"},
		{"bom", "\ufeffنص", "نص"},
		{"squeeze arabic emphasis", "شكراااااا", "شكرا"},
		{"squeeze three", "هلااا", "هلا"},
		{"squeeze latin", "sooo goood", "so god"},
		{"keep two: اللي", "اللي", "اللي"},
		{"keep two: ممكن", "ممكن", "ممكن"},
		{"keep two: too", "too", "too"},
		{"squeeze after folding", "أاإ", "ا"},
		{"digits are not squeezed", "1000 ٣٣٣", "1000 333"},
		{"punctuation is not squeezed", "؟؟؟ !!!", "؟؟؟ !!!"},
		{"only marks", "\u064b\u0640\u200f", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("%s: Normalize(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// seedWords are the words of the clinic's knowledge base and lexicon, as written.
func seedWords(tb testing.TB) []string {
	tb.Helper()
	docs, err := Load(Default())
	if err != nil {
		tb.Fatal(err)
	}
	var text []string
	for _, d := range docs {
		text = append(text, d.Title)
		for _, s := range d.Sections {
			text = append(text, s.Title)
			for _, b := range s.Blocks {
				text = append(text, b.Text)
			}
		}
		for _, f := range d.FAQs {
			text = append(text, f.Question, f.Answer)
		}
	}
	lex, err := fs.ReadFile(Default(), LexiconFile)
	if err != nil {
		tb.Fatal(err)
	}
	text = append(text, string(lex))
	return strings.Fields(strings.Join(text, "\n"))
}

func TestNormalizeIsIdempotent(t *testing.T) {
	words := seedWords(t)
	if len(words) < 1000 {
		t.Fatalf("only %d seed words: the knowledge base did not load as expected", len(words))
	}
	// Words glued to emphasis and marks on purpose, where folding and squeezing interact.
	words = append(words, "أاإ", "شكـــراااا", "اللّلي", "SOOOo", "ىي", "ةه", "٣٣٣", "\u200fهلا\u200f")
	for _, w := range words {
		once := Normalize(w)
		if twice := Normalize(once); twice != once {
			t.Errorf("Normalize(Normalize(%q)) = %q, want %q", w, twice, once)
		}
		// Analysis must not depend on whether its input was normalised already.
		if got, want := Stems(once), Stems(w); !slices.Equal(got, want) {
			t.Errorf("Stems(Normalize(%q)) = %q, want %q", w, got, want)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"؟!.،", nil},
		{"كم يدوم البوتوكس؟", []string{"كم", "يدوم", "البوتوكس"}},
		{"بوتوكس،فيلر.ليزر", []string{"بوتوكس", "فيلر", "ليزر"}},
		{"Botox (lip-flip) x2", []string{"botox", "lip", "flip", "x2"}},
		{"بعد ٣ أيام", []string{"بعد", "3", "ايام"}},
		{"هلااا والله", []string{"هلا", "والله"}},
	}
	for _, tt := range tests {
		if got := Words(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAnalyze(t *testing.T) {
	var got []string
	for _, tm := range Analyze("هل البوتوكس آمن لعضلاتكم؟") {
		got = append(got, tm.Word+"→"+tm.Stem)
	}
	want := []string{"هل→", "البوتوكس→بوتوكس", "امن→امن", "لعضلاتكم→لعضل"}
	if !slices.Equal(got, want) {
		t.Errorf("Analyze words→stems = %q, want %q", got, want)
	}
	if got, want := Stems("هل البوتوكس آمن؟"), []string{"بوتوكس", "امن"}; !slices.Equal(got, want) {
		t.Errorf("Stems = %q, want %q", got, want)
	}
}

// stemOf is the stem the index uses for one written word ("" for a stop word).
func stemOf(w string) string {
	terms := Analyze(w)
	if len(terms) != 1 {
		return fmt.Sprintf("<%d words>", len(terms))
	}
	return terms[0].Stem
}

func TestStems(t *testing.T) {
	tests := []struct{ in, want string }{
		// The article and its clitics.
		{"البوتوكس", "بوتوكس"},
		{"والبوتوكس", "بوتوكس"},
		{"بالبوتوكس", "بوتوكس"},
		{"للبوتوكس", "بوتوكس"},
		{"فالعلاج", "علاج"},
		{"كالعلاج", "علاج"},
		{"وبالعلاج", "علاج"},
		{"وللعلاج", "علاج"},
		{"والعلاج", "علاج"},
		{"وعلاج", "علاج"},
		// Pronoun suffixes.
		{"علاجكم", "علاج"},
		{"علاجك", "علاج"},
		{"علاجنا", "علاج"},
		{"علاجها", "علاج"},
		{"يعالجني", "يعالج"},
		{"علاجي", "علاج"},
		{"وجهي", "وجه"},
		{"مفعوله", "مفعول"},
		// Sound plurals and the feminine ending.
		{"العضلات", "عضل"},
		{"المعلمون", "معلم"},
		{"الساقين", "ساق"},
		{"العضلة", "عضل"},
		{"جلسات", "جلس"},
		// A pronoun after a plural: one of each comes off.
		{"عضلاتك", "عضل"},
		{"عضلاتكم", "عضل"},
		{"عضلاتها", "عضل"},
		{"عضلاتنا", "عضل"},
		// The alef of tanween fatha.
		{"تقييمًا", "تقييم"},
		{"تقييما", "تقييم"},
		{"نهائيًا", "نهايي"}, // the nisba ي stays, so "final" does not meet "endings" (النهايات → نهاي)
		// On a word of four letters too («كل 6 إلى 12 شهرًا» answers «كل كم شهر»), but not after the
		// article: «الماء» (hamza dropped) is water, not «الم», pain.
		{"شهرًا", "شهر"},
		{"عامًا", "عام"},
		{"نوعًا", "نوع"},
		{"الماء", "ما"},
		// Short words keep their letters.
		{"فك", "فك"},
		{"الفك", "فك"},
		{"بلع", "بلع"},
		{"عين", "عين"},
		{"الم", "الم"},
		{"امان", "امان"},
		{"وجه", "وجه"},
		{"ورم", "ورم"},
		{"سنه", "سنه"},
		// English.
		{"Injections", "injection"},
		{"studies", "study"},
		{"relaxing", "relax"},
		{"reached", "reach"},
		{"patches", "patch"},
		{"reaches", "reach"},
		{"headaches", "headache"},
		{"headache", "headache"},
		{"toothaches", "toothache"},
		{"glass", "glass"},
		{"botulinum", "botulinum"},
		{"lips", "lip"},
	}
	for _, tt := range tests {
		if got := stemOf(tt.in); got != tt.want {
			t.Errorf("stem of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStemsConflate(t *testing.T) {
	meet := [][]string{
		{"العضلات", "عضلاتك", "العضلة", "عضله", "عضلات", "عضلاتها", "عضلاتنا", "عضلاتكم"},
		{"الحقن", "الحقنة", "حقن", "حقنه", "بالحقن"},
		{"نتائج", "النتايج", "النتائج", "نتائجها", "نتايجه"},
		{"تقييمًا", "تقييم", "التقييم", "تقييمك"},
		{"بوتوكس", "البوتوكس", "بالبوتوكس", "للبوتوكس", "والبوتوكس"},
		{"الأسنان", "اسنان", "اسنانك", "بالأسنان", "اسناني"}, // «my» on a plural: not «اسنا» + «ني»
		{"العيون", "عيون", "عيوني"},
		{"جلسة", "الجلسة", "جلسات", "الجلسات"},
		{"إبرة", "ابره", "ابر", "الإبر"},
		{"التأثير", "تاثير", "تأثيره"},
		{"injection", "injections", "Injection"},
		{"headache", "headaches"},
		// «آلام», the plural of «ألم», folds to «الام»: its «آل» is no article before «أم» (mother).
		{"ألم", "الألم", "آلام", "الآلام", "بآلام", "وآلام", "للآلام"},
	}
	for _, g := range meet {
		want := stemOf(g[0])
		for _, w := range g[1:] {
			if got := stemOf(w); got != want {
				t.Errorf("stem of %q = %q, want %q (the stem of %q)", w, got, want, g[0])
			}
		}
	}
	apart := [][2]string{
		{"فك", "فكره"},
		{"امان", "ام"},
		{"سنين", "سن"},
		{"سنه", "سن"},
		{"جنين", "جن"},
		{"وجود", "جود"},
		{"كلف", "لف"},
		{"لحيه", "حيه"},
		{"بشره", "شره"},
		{"حقن", "حق"},
		{"عين", "ع"},
		{"botox", "botulinum"},
		{"الماء", "الم"},
		{"للأم", "آلام"}, // for the mother
	}
	for _, p := range apart {
		if a, b := stemOf(p[0]), stemOf(p[1]); a == b {
			t.Errorf("%q and %q both stem to %q, want them apart", p[0], p[1], a)
		}
	}
}

func TestStopWordsHaveNoStem(t *testing.T) {
	for _, w := range []string{
		// Modern Standard Arabic.
		"في", "من", "على", "هل", "ماذا", "الذي", "التي", "لكن", "إذا", "هذه", "متى", "إلى",
		// Gulf dialect.
		"ايش", "وش", "شلون", "ليش", "وين", "اللي", "ابغى", "ابي", "ودي", "الحين", "يعني", "زي", "واجد",
		// Glued to و or ف.
		"وكم", "فهل", "وش", "ومتى",
		// English.
		"the", "is", "What", "HOW", "can", "please",
		// Places and evaluative words.
		"الرياض", "جدة", "افضل", "best",
		// Other dialects' question words and filler («كام جلسة», «عندكن شي», «للمعلومية»).
		"كام", "عندكن", "للي", "الكل", "للمعلومية", "الأشياء", "كفاية",
		// Levantine and Egyptian filler («لسه», «رح», «صرلي», «انتو», «قالي»), thanks to God, family
		// (who asks, not what), and an English patient's filler.
		"لسه", "لسا", "رح", "صرلي", "انتو", "انو", "قالي", "حاجات", "الحمدلله", "ابني", "ماما", "فقط", "منذ",
		// Adverbs of the list with tanween («كثيرًا»), Egyptian «بقى» (became) and «يحصل» (happens),
		// «تؤدي» (leads to), as «يسبب».
		"كثيرًا", "تقريبًا", "بقت", "بيحصل", "يحصل", "تؤدي",
		"since", "ago", "keeps", "happening", "whats", "around", "ماعندي", "لاحظت", "صحابي", "الجاي", "never", "scared", "جوزي",
		// An English patient's hedges, intensifiers, chat and reported speech ("sweat like crazy",
		// "do u guys", "it's supposedly", "my optician mentioned it"): how it is said, not what.
		"though", "supposedly", "gonna", "guys", "u", "lol", "stuff", "crazy", "tons", "mentioned", "says", "barely",
		// The written «must» as «لازم»: «متى يجب الذهاب إلى الطوارئ» is not about a passage that says
		// «يجب» in passing.
		"يجب", "ينبغي", "لزم", // and the Arabizi «lazem» read «لزم»
		"اكثر", "اكتر", // «more», as «كثير»: «ليش قعد اكثر مني» asks why it lasted
		"غير", // «من غير عمليات» (without): what follows is what is not wanted (Index.keys)
		// «عمل» as a light verb, the Levantine and Egyptian «سوى» («بيتعمل ازاي؟», «يعمل مضاعفات»,
		// «بتتعمل فين»): not the «يعمل» of a heading «كيف يعمل البوتوكس» on every question that says it.
		"يعمل", "تعمل", "بيتعمل", "بتتعمل",
	} {
		if got := stemOf(w); got != "" {
			t.Errorf("stem of stop word %q = %q, want \"\"", w, got)
		}
	}
	// Content words must not be mistaken for stop words.
	// «قطرة» (a drop) and «الرياضة» (sport) end in a ta marbuta, not a pronoun on Qatar or Riyadh;
	// «مينا» (enamel) is no tanween on «مين», a question word, which takes none.
	for _, w := range []string{"بوتوكس", "صداع", "تعرق", "فك", "botox", "lip", "نفسي", "قطرة", "الرياضة", "رياضة", "راحة", "لينة", "مينا"} {
		if stemOf(w) == "" {
			t.Errorf("stem of content word %q is empty", w)
		}
	}
}

// stemmerGroups are words a patient or the clinic's text may write for one thing: each group should
// come out as one stem. They cover the article with its clitics, pronoun suffixes (Gulf patients write
// عضلاتي, وجهي, فكي), sound plurals and duals, the feminine ending before a pronoun, tanween, and a
// few broken plurals, which a light stemmer is not expected to catch (the lexicon does).
var stemmerGroups = [][]string{
	{"العضلة", "عضلة", "عضلات", "العضلات", "عضلاتي", "عضلاتك", "عضلاتكم", "عضلاتها", "عضلاتنا", "بالعضلات", "للعضلات"},
	{"حقنة", "الحقنة", "حقن", "الحقن", "بالحقن", "والحقن", "للحقن", "حقنتي"},
	{"نتائج", "النتائج", "النتايج", "نتائجه", "نتائجها", "نتايجها", "نتائجكم"},
	{"تقييم", "التقييم", "تقييمًا", "تقييمي", "تقييمك"},
	{"جلسة", "الجلسة", "جلسات", "الجلسات", "جلساتي", "جلستين", "جلستي"},
	{"علاج", "العلاج", "علاجي", "علاجك", "علاجات", "العلاجات", "بالعلاج", "للعلاج", "والعلاج", "علاجنا"},
	{"بوتوكس", "البوتوكس", "بالبوتوكس", "والبوتوكس", "للبوتوكس", "فالبوتوكس"},
	{"تجاعيد", "التجاعيد", "تجاعيدي", "تجاعيدك", "والتجاعيد", "تجاعيدها"},
	{"وجه", "الوجه", "وجهي", "وجهك", "وجهها", "بالوجه", "للوجه"},
	{"رقبة", "الرقبة", "رقبتي", "رقبتك", "بالرقبة"},
	{"جبهة", "الجبهة", "جبهتي", "جبهتك", "بالجبهة"},
	{"عين", "العين", "عيني", "عينك", "عينها", "بالعين"},
	// «my» on a plural in ان or ون: the ي goes, not the ني of «me» on a verb.
	{"اسنان", "الاسنان", "اسناني", "اسنانك"},
	{"عيون", "العيون", "عيوني", "عيونك"},
	{"شفايف", "الشفايف", "شفايفي", "شفايفك"},
	{"حاجب", "الحاجب", "حاجبي", "حاجبك", "حواجب", "الحواجب", "حواجبي"},
	{"تعرق", "التعرق", "تعرقي", "والتعرق", "بالتعرق"},
	{"صداع", "الصداع", "صداعي", "والصداع", "بالصداع", "للصداع"},
	{"فك", "الفك", "فكي", "بالفك", "فكك"},
	{"ساق", "الساق", "ساقي", "الساقين", "ساقين", "ساقيني"},
	{"مريض", "المريض", "المريضة", "مريضة", "مرضى", "المرضى"},
	{"طبيب", "الطبيب", "الطبيبة", "طبيبي", "طبيبك", "طبيبتي"},
	{"أعراض", "الأعراض", "أعراضه", "أعراضها", "اعراضي"},
	{"تأثير", "التأثير", "تاثيره", "تأثيرها", "تأثيرات", "التأثيرات"},
	{"مفعول", "المفعول", "مفعوله", "مفعولها"},
	{"مدة", "المدة", "مده", "مدته", "مدتها"},
	{"ألم", "الألم", "ألمي", "آلام", "الآلام"},
	{"تورم", "التورم", "تورمه", "تورمات"},
	{"احمرار", "الاحمرار", "احمراره"},
	{"حساسية", "الحساسية", "حساسيتي", "حساسيه"},
	{"بشرة", "البشرة", "بشرتي", "بشرتك"},
	{"أسنان", "الأسنان", "اسناني", "اسنانك", "بالأسنان"},
	{"أعصاب", "الأعصاب", "اعصابي", "بالأعصاب"},
	{"أسعار", "الأسعار", "اسعاركم", "اسعارها"},
	{"موعد", "الموعد", "موعدي", "مواعيد", "مواعيدكم"},
	{"عيادة", "العيادة", "عيادتكم", "عيادات"},
	{"تشنج", "التشنج", "تشنجات", "التشنجات", "تشنجاتي"},
	{"جرعة", "الجرعة", "جرعات", "الجرعات", "جرعتي"},
	{"خطوط", "الخطوط", "خطوطي", "والخطوط"},
	{"إبرة", "الإبرة", "ابر", "الابر", "إبر", "ابري"},
	{"حالة", "الحالة", "حالتي", "حالات", "الحالات"},
	{"نهائي", "النهائي", "نهائيًا", "نهائيا"},
	{"مؤقت", "المؤقت", "مؤقتًا", "مؤقتة"},
	{"طبي", "الطبي", "طبية", "الطبية", "طبيًا"},
}

// stemmerApart are pairs of different words that a greedy stemmer makes one: each must keep its own stem.
var stemmerApart = [][2]string{
	{"سنين", "سن"}, {"سنة", "سن"}, {"امان", "ام"}, {"امين", "ام"}, {"آلام", "ام"}, {"شفاه", "شفاء"},
	{"مدة", "مد"}, {"جبين", "جب"}, {"يمين", "يم"}, {"جنين", "جن"}, {"وداع", "داع"}, {"وجود", "جود"},
	{"بشرة", "شره"}, {"كلف", "لف"}, {"لحية", "حية"}, {"فكرة", "كرة"}, {"حياة", "حيا"}, {"مرة", "مر"},
	{"بطن", "طن"}, {"ورد", "رد"}, {"لسان", "لس"}, {"مكان", "مك"},
}

// stemmerScore measures a stemmer on the labelled words: recall is the share of same-group pairs it
// conflates; precision the share of the pairs it conflates that belong together, where pairs across
// groups and the apart pairs are the ones that must not meet.
type stemmerScore struct {
	name                         string
	recall, precision, f1, apart float64
}

func scoreStemmer(name string, stem func(string) string) stemmerScore {
	var same, sameHit, wrongHit, apartKept int
	stems := make([][]string, len(stemmerGroups))
	for g, words := range stemmerGroups {
		for _, w := range words {
			stems[g] = append(stems[g], stem(w))
		}
	}
	meets := func(a, b string) bool { return a != "" && a == b }
	for g := range stems {
		for i := range stems[g] {
			for j := i + 1; j < len(stems[g]); j++ {
				same++
				if meets(stems[g][i], stems[g][j]) {
					sameHit++
				}
			}
			for h := g + 1; h < len(stems); h++ {
				for _, o := range stems[h] {
					if meets(stems[g][i], o) {
						wrongHit++
					}
				}
			}
		}
	}
	for _, p := range stemmerApart {
		if meets(stem(p[0]), stem(p[1])) {
			wrongHit++
		} else {
			apartKept++
		}
	}
	s := stemmerScore{name: name, recall: float64(sameHit) / float64(same),
		apart: float64(apartKept) / float64(len(stemmerApart))}
	s.precision = 1
	if sameHit+wrongHit > 0 {
		s.precision = float64(sameHit) / float64(sameHit+wrongHit)
	}
	if s.recall+s.precision > 0 {
		s.f1 = 2 * s.recall * s.precision / (s.recall + s.precision)
	}
	return s
}

// analyzerStem runs a bleve analyzer on one word and joins what comes out.
func analyzerStem(a analysis.Analyzer) func(string) string {
	return func(w string) string {
		var out []string
		for _, tok := range a.Analyze([]byte(w)) {
			out = append(out, string(tok.Term))
		}
		return strings.Join(out, " ")
	}
}

func snowballStem(w string) string {
	env := snowballstem.NewEnv(w)
	arabic.Stem(env)
	return env.Current()
}

// TestStemmerChoice backs the claim in stemArabic's comment: on patients' words, our light stemmer
// conflates and separates better than bleve's "ar" analyzer and snowball's Arabic stemmer. Each rival
// is measured on the raw word (its own normalisation) and on Normalize's output, and keeps its better
// score.
func TestStemmerChoice(t *testing.T) {
	if n := len(stemmerGroups); n < 30 {
		t.Fatalf("%d groups, want at least 30", n)
	}
	if n := len(stemmerApart); n < 15 {
		t.Fatalf("%d apart pairs, want at least 15", n)
	}
	ar, err := registry.NewCache().AnalyzerNamed("ar")
	if err != nil {
		t.Fatal(err)
	}
	bleveAr := analyzerStem(ar)
	ours := scoreStemmer("faqbot stemWord", stemOf)
	rivals := []stemmerScore{
		scoreStemmer("bleve ar", bleveAr),
		scoreStemmer("bleve ar after Normalize", func(w string) string { return bleveAr(Normalize(w)) }),
		scoreStemmer("snowball arabic", snowballStem),
		scoreStemmer("snowball arabic after Normalize", func(w string) string { return snowballStem(Normalize(w)) }),
	}
	words := 0
	for _, g := range stemmerGroups {
		words += len(g)
	}
	t.Logf("%d groups (%d words), %d apart pairs", len(stemmerGroups), words, len(stemmerApart))
	t.Logf("%-32s %7s %9s %6s %6s", "stemmer", "recall", "precision", "F1", "apart")
	for _, s := range append([]stemmerScore{ours}, rivals...) {
		t.Logf("%-32s %7.3f %9.3f %6.3f %6.3f", s.name, s.recall, s.precision, s.f1, s.apart)
	}
	for _, r := range rivals {
		if !(ours.f1 > r.f1) || math.IsNaN(ours.f1) {
			t.Errorf("%s F1 %.3f >= ours %.3f: the stemmer choice no longer holds", r.name, r.f1, ours.f1)
		}
	}
	if testing.Verbose() {
		for g, words := range stemmerGroups {
			var row []string
			for _, w := range words {
				row = append(row, fmt.Sprintf("%s→%s|%s|%s", w, stemOf(w), bleveAr(Normalize(w)), snowballStem(Normalize(w))))
			}
			t.Logf("group %d: %s", g, strings.Join(row, " "))
		}
	}
}

// TestHamzaNisba: the nisba of a hamza word keeps one stem in all its forms, its plural «ئيين»
// (three ي once ئ is folded, which Normalize must not squeeze to one) among them, and stays apart
// from the noun it is made from («النهائية», final, is not «النهاية», the end).
func TestHamzaNisba(t *testing.T) {
	if got := Normalize("الأخصائيين"); got != "الاخصايين" {
		t.Errorf("Normalize(%q) = %q, want %q", "الأخصائيين", got, "الاخصايين")
	}
	for _, group := range [][]string{
		{"أخصائي", "الأخصائي", "الأخصائيين", "أخصائيون", "أخصائية", "الأخصائيات"},
		{"نهائي", "النهائية", "نهائيين"},
	} {
		want := stemWord(Normalize(group[0]))
		for _, w := range group[1:] {
			if got := stemWord(Normalize(w)); got != want {
				t.Errorf("stem of %q = %q, want %q as %q's", w, got, want, group[0])
			}
		}
	}
	if a, b := stemWord(Normalize("النهائية")), stemWord(Normalize("النهاية")); a == b {
		t.Errorf("«النهائية» and «النهاية» share the stem %q", a)
	}
}

// TestOwnWawBeforeEnding: a و before four letters ending in ين ان ات, which cannot lose that
// ending, may be the word's own: the alternative stem is the word's with its ending off («وقتين» is
// «وقت» in the dual, «وجبات» the plural of «وجبة»). Not before ون: «وعيون» is "and eyes", not «وعي».
func TestOwnWawBeforeEnding(t *testing.T) {
	for w, want := range map[string]string{"وقتين": "وقت", "وجبات": stemWord("وجبه"), "وعيون": "عيون", "والعلاج": "علاج"} {
		terms := Analyze(w)
		if len(terms) != 1 || terms[0].Alt != want {
			t.Errorf("Analyze(%q) = %+v, want Alt %q", w, terms, want)
		}
	}
}

// The Levantine relative «يلي», the Egyptian «بص» (look) before a question, a
// «حكاية» (the matter), «صحيح» and «مجرد», and how the patient feels about asking («مرعوبة»,
// «متضايق», «مطمنة») or what they thought («مفكرة») say nothing of what is asked: stop words, as
// «اللي», «سالفه», «صح» and «خايف» are.
func TestDiscourseStopWords(t *testing.T) {
	for _, w := range []string{"يلي", "بصي", "الحكاية", "صحيح", "مجرد", "مفكرة", "مرعوبة", "متضايق", "محبطة", "مطمنة", "زهقت", "استغربت"} {
		if st := Stems(w); len(st) != 0 {
			t.Errorf("Stems(%q) = %q, want a stop word", w, st)
		}
	}
	// «الوهن» (weakness) is not «الو» with «هن»: the Levantine «إلو» (has) stays off the list.
	if st := Stems("الوهن"); len(st) == 0 {
		t.Errorf("Stems(%q) = none, want a stem", "الوهن")
	}
}
