package bot

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/faqbot/faqbot/knowledge"
)

// The red-flag patterns (triage.go) read set phrases; patients write the same alarm in endless
// orders and forms: «يتنفس بصعوبة» as well as «صعوبة في التنفس», «شفايفه ولسانه وارمين» as well
// as «تورم في الشفايف». symptomRules catch what the phrases miss: a rule fires when a word of each
// of its sets stands within its window of the others, in any order. Words are compared without
// the clitics glued to them (و ف ب ل ك ال before, pronouns after: «وشفايفها» is شفايف).
//
// A term is written as
//
//	word    the word, with or without clitics;
//	word*   any word starting so (صعوب* takes صعوبه, صعوبات);
//	!word   the word (or word*) right after a negation (ما، مو، مش، not…): «ما يرفع»;
//	^word   the word (or word*) not right after a negation: «يخف», not «ما يخف»;
//	a_b     two words in a row.
type symptomRule struct {
	sets [][]term
	// lits are the first words of each set's terms: a text lacking all of one set's cannot match.
	lits [][]literal
	// index is lits as litSets, the form mayMatch reads (see indexLits).
	index []litSet
	// terms indexes each set's terms by the bytes their first word starts with (see setIndex).
	terms  []setIndex
	window int // most words from the first to the last word of a match
}

// setIndex finds the terms of a set that may match a word without trying them all. A term matches
// a word only if its first word stands in the word (the word itself, or the word less a clitic or a
// glued negation, starts with it), so it is tried only where the word holds its first word: long
// holds the terms whose first word has four bytes or more, by those first four bytes, and pairs
// those of two or three bytes by their first two, both looked up at each byte of the word whose
// pair the bloom holds; single holds those of one byte, tried where the word holds it.
type setIndex struct {
	long   map[uint32][]int32
	pairs  map[uint16][]int32
	bloom  [8]uint64 // the pairBits of the first two bytes of long's and pairs' terms
	single []int32
	empty  []int32 // an empty first word: tried at every word
}

// newSetIndex indexes the terms of a set.
func newSetIndex(ts []term) setIndex {
	var ix setIndex
	for k, t := range ts {
		switch w := t.words[0]; {
		case len(w) >= 4:
			if ix.long == nil {
				ix.long = map[uint32][]int32{}
			}
			key := quad(w)
			ix.long[key] = append(ix.long[key], int32(k))
			b := pairBit(w[0], w[1])
			ix.bloom[b/64] |= 1 << (b % 64)
		case len(w) >= 2:
			if ix.pairs == nil {
				ix.pairs = map[uint16][]int32{}
			}
			key := uint16(w[0]) | uint16(w[1])<<8
			ix.pairs[key] = append(ix.pairs[key], int32(k))
			b := pairBit(w[0], w[1])
			ix.bloom[b/64] |= 1 << (b % 64)
		case len(w) == 1:
			ix.single = append(ix.single, int32(k))
		default:
			ix.empty = append(ix.empty, int32(k))
		}
	}
	return ix
}

// quad is the first four bytes of s as one number.
func quad(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// pairBit is the bit of the bytes a, b in a setIndex's bloom.
func pairBit(a, b byte) uint32 { return (uint32(a)<<8 | uint32(b)) * 0x9E3779B1 >> 23 }

// indexTerms returns the setIndex of each of sets.
func indexTerms(sets [][]term) []setIndex {
	out := make([]setIndex, len(sets))
	for i, set := range sets {
		out[i] = newSetIndex(set)
	}
	return out
}

// anyAt says whether a term of set, indexed by ix, matches at the word i: as trying every term of
// the set in turn, only those whose first word the word holds.
func (ix *setIndex) anyAt(set []term, words []string, i int, scratch []string) bool {
	for _, k := range ix.empty {
		if set[k].at(words, i, scratch) {
			return true
		}
	}
	w := words[i]
	for _, k := range ix.single {
		if strings.IndexByte(w, set[k].words[0][0]) >= 0 && set[k].at(words, i, scratch) {
			return true
		}
	}
	for j := 0; j+2 <= len(w); j++ {
		if b := pairBit(w[j], w[j+1]); ix.bloom[b/64]&(1<<(b%64)) == 0 {
			continue
		}
		if ix.pairs != nil {
			for _, k := range ix.pairs[uint16(w[j])|uint16(w[j+1])<<8] {
				if strings.HasPrefix(w[j:], set[k].words[0]) && set[k].at(words, i, scratch) {
					return true
				}
			}
		}
		if j+4 <= len(w) && ix.long != nil {
			for _, k := range ix.long[quad(w[j:])] {
				if strings.HasPrefix(w[j:], set[k].words[0]) && set[k].at(words, i, scratch) {
					return true
				}
			}
		}
	}
	return false
}

type term struct {
	words    []string // a_b: several words in a row
	prefix   bool
	negated  bool
	asserted bool // ^word
	// bare (=word) is a word that names something else with the article: «ساد» (blocked) is an
	// adjective, «الساد» a condition's name.
	bare bool
}

// trouble are words that say something is hard or wrong, in any person.
// Knowing how counts only denied («ما اعرف ابلع»): «ودي اعرف اذا بلعت…» asks. So does being able:
// «اقدر ابلع الحبة مع الحليب؟» asks leave, «ما اقدر ابلع» (or «بالكاد اقدر») is the trouble.
const trouble = `صعوب* صعب* بصعوب* ضيق* ضايق* ثقيل* ثقل مقطوع* قصير* مكتوم* مشدود* كاتم* عاجز* !اقدر !يقدر !تقدر !نقدر بالكاد يادوب يا_دوب
قادر قادره قدرت !فيني !اكدر !يكدر !تكدر !نكدر !اعرف !يعرف !تعرف !استطيع !يستطيع !تستطيع !نستطيع مستحيل hard* difficult* trouble struggl* barely hardly unable cannot cant t labored laboured heavy short shallow`

// faintComingLev is a faint about to come in Levantine («رح غيب», "ra7 ghebb": I'll be gone).
const faintComingLev = `ra7_ghebb ra7_gheb ra7_ghib ra7_ghibb ra7_8eb ra7_8ib rah_ghib rah_gheb رح_غيب رح_اغيب`

// symptomRules are tried in this order; the first that fires names the red flag.
var symptomRules = []flagRules{
	{"breathing", []symptomRule{
		rule(4, `تنفس* اتنفس* يتنفس* تتنفس* نتنفس* اتنفث* يتنفث* تتنفث* breath* breathing`, trouble),
		rule(3, `نفس`, `مقطوع* قصير* ضيق* مكتوم* ثقيل* يضيق ينقطع ضاق متقطع* يتقطع`),
		rule(3, `ياخذ تاخذ اخذ ناخذ ياخد تاخد اخد ناخد اسحب يسحب تسحب نسحب`, `نفس`, trouble),
		rule(4, `صدر*`, `كاتم* كتم* ضيق* مشدود* ثقل ثقيل* تقيل* يضيق ضايق مكتوم* يطبق مسكر* مقفل* مسدود* مخنوق*`),
		rule(4, `هوا هواء`, `صدر* رئ* يوصل يدخل`),
		rule(3, `enough_air`, `get`),
		rule(2, `air`, `hunger hungry`),
		// Breathing slowly or barely, of someone else («تتنفس ببطء»).
		rule(2, `يتنفس تتنفس بيتنفس بتتنفس عم_يتنفس عم_تتنفس`, `ببط بطي* بالكاد`),
	}},
	{"swallowing", []symptomRule{
		rule(4, `بلع* ابلع* يبلع* تبلع* نبلع* بتلاع* ابتلاع* بتلع* يبتلع* تبتلع* سرط نسرط يسرط تسرط كنسرط زلط ازلط يزلط تزلط بزلط بيزلط بتزلط swallow* swalo* swallo* nsret* ysret* tsret* kansret* sret*`, trouble+` يوجع* الم مولم* يعور* pain* hurt*`),
		rule(4, `اكل* طعام* ريق* لقم* مويه ماي موي ميه مايه مياه شرب* food eat* drink* water saliva`, `يعلق* تعلق* يقف تقف يوقف !ينزل !تنزل =ساد* يسد سد* واقف* stuck choke* choking down`),
		rule(3, `حلق*`, `ساد* سد* مسدود* مقفل* يقفل* يسكر* مسكر*`),
		// The spittle or the food that will not go down, told of itself («ريقي ما ينبلع», «ماكلتي ما كتدوزش»).
		rule(3, `ريق* اكل* لقم* مويه ماي موي ماكل* الماكله riy2* ree2* ri2* ri9* riq* reeq* rii2* akl* makla* lma l2akl l2akel`, `!ينبلع* !بينبلع* !تنبلع* !بتنبلع* !يتبلع* !بيتبلع* !يبلع !كيتبلع* !كيدوز* !كتدوز* !تدوز* !يدوز* !yenbele3* !yinbili3* !ynbla3* !yenbla3* !binbili3* !bynbla3* !kaytbla3* !kaynbla3* !ytbla3* !tnbla3* !kaydouz* !katdouz* !ydouz* !tdouz* !yanzel* !yenzel* !yinzal* !binzal* !byenzel* !nzel*`),
		rule(1, `يشرق تشرق اشرق شرقان شرقانه يغص تغص اغص غصه غصان`),
		rule(4, `nsret* ysret* tsret* kansret* katsret* kaysret* bla3* tbla3* ybla3* nbla3* abla3* ebla3* katbla3* kaybla3* kanbla3* yebla3* tebla3* yibla3* tibla3* byebla3* btebla3* bal3* bel3* btil3* ebtela3*`, cCanZ+` sa3b* s3ib* sa3ba sa3ib ta3ban* !katbla3* !kaybla3* !kanbla3* !tbla3* !ybla3* !nbla3* !abla3* !yebla3* !tebla3* !yibla3* !tibla3* !byebla3* !btebla3*`),
		// A cough at every drink or mouthful: what is swallowed goes the wrong way.
		rule(5, cCoughs+` يشرق* تشرق* بيشرق* بتشرق*`, `كل_ما كل_مره كلما كل_مرة لما whenever every_time each_time koul_ma kol_ma kull_ma kol_ma koll_ma kolma`, `اشرب يشرب تشرب نشرب اكل ياكل تاكل ناكل بلع* ابلع* تبلع* يبلع* drink* eat* swallow* tchrab* tchreb* tcharb* yechrab* yishrab* tishrab* yeshrab* teshrab* tokol* takol* yakol* tekol* yekol*`),
	}},
	{"speaking", []symptomRule{
		rule(4, `حچي* يحچي تحچي احچي كلام* اتكلم* يتكلم* تتكلم* نتكلم* تكلم* نطق* انطق* ينطق* تنطق* لسان* حروف حرف صوت* اهرج* يهرج* تهرج* احكي يحكي تحكي هضر* يهضر* تهضر* نهضر* كيهضر* كتهضر* speech speak* talk* words kalam* lkalam* klam* lklam* hadra* lhadra* hder* yhder* thder* nhder* kayhder* kathder* kanhder* hdra* yitkallam* yetkallam* tetkallam* titkallam* yetkalam* tetkalam* 7aki* ye7ki* te7ki* yi7ki* ti7ki* yehki* tehki* ahki* nehki* byehki* btehki* hakye*`,
			trouble+` ثقيل* ثقل واضح* مكسر* متكسر* مكسور* تبلبل* مبلبل* ملخبط* متلخبط* لخبط* مدغم* متداخل* يتعثر* تتعثر* اتعثر* تلعثم* يتلعثم* تتلعثم* متلعثم* بطي* مخدر* !يطاوع* !تطاوع* سكران* !نفهم !يفهمون !مفهوم* !تطلع !يطلع !ykhroj !y5roj !tkhroj !t5roj !ytla3 !ttla3 !yetla3 !yotla3 slurr* unclear mumbl* slow* thick garbl* jumbl* gibberish nonsense غلط wrong `+cCanZ+` t2eel* t2il* m5arbat* mkharbat* mlakhbat* ml5bat* m3wej*`),
	}},
	{"speaking", []symptomRule{rule(3, `speech`, `weird strange funny odd garbled`)}},
	{"weakness", []symptomRule{
		rule(5, cWeak+` !قوه !قوة`, cLimbs+` walk* stand* move* lift* hold*`),
		rule(10, `ضعف weakness`, cWorse),
		// Not the verbs that also mean "stop" (ما توقف: it won't stop): with "can" the patterns have them.
		rule(2, `!احرك !يحرك !تحرك !اتحرك !يتحرك !تتحرك !ارفع !يرفع !ترفع !امشي !يمشي !تمشي !اقوم !يقوم !تقوم !امسك !يمسك !تمسك !اصعد !يصعد !تصعد !نصعد !اشيل !يشيل !تشيل !شالت* !تشيلني !يشيلني !تشيل* !شالتني !t7ammelni !t7amelni !t7mmlni !tshilni !tsheelni !tshelni !y7ammelni !tshayelni !kay7mlouni* !kat7mlni* !kay7ml* !y7mlouni* !يحملوني !يحملني !تحملني !بيحملوني !بتحملني !بيحملني !يهزوني !تهزني !يهزني !هازني !هازيني !kayhzni* !kathzni* !ihzouni* !yhzouni* !y7mlouni* !y7amlouni*`),
		rule(3, `can_t cannot cant unable hardly barely`, `walk* stand* move* lift* hold* raise* grip*`),
	}},
	{"allergy", []symptomRule{
		rule(4, cSwells, cFaceThroat),
		rule(6, `طفح* حبوب حكه* شري hives rash*`, `ورم* تورم* متورم* منتفخ* انتفاخ* منفوخ* swell* swollen puff* all_over كل_جسم* بكل_جسم* كامل_جسم*`),
	}},
	// A racing heart with dizziness or a faint, in any order.
	{"fainting", []symptomRule{
		rule(8, cHeart, cRacing, cDizzy+` `+cFallSoon),
		// Dizzy and about to fall or faint («دايخ وبطيح»); in Levantine Arabizi, everything turning and a
		// faint coming («kel shi 3am yleff fiye… ra7 ghebb»).
		rule(6, cDizzy, cFallSoon+` `+faintComingLev),
		rule(12, `3am_yleff 3am_tleff 3am_yliff 3am_tliff byleff btleff عم_يلف`, cFallSoon+` `+faintComingLev),
	}},
	// A high fever with a swollen face, cheek, jaw or neck (a spreading infection), or with a stiff neck.
	// Something sharp driven into the eye, told in any order («انطعن بقلم رصاص في عينه»).
	{"eye injury", []symptomRule{
		rule(10, `صابت* صابته* صابها* اصابت* انصاب* انطعن* طعن* انغرز* غرز* دخل دخلت نغز* انجرح* انخزق* stabbed poked dkhl* d5l* dakhl* da5l*`,
			`حديد* قلم* عود* سكين* مسمار* حديده* شظيه* زجاج* قزاز* ازاز* ابره* مقص* سلك* لعبه* toy* 7ad* 7aja_7ad* pencil* pen stick* knife* nail* glass* wire* needle* scissors`,
			`عين* عيون* eye eyes 3in* 3yn* 3en* 3ayn*`),
	}},
	{"fever", append([]symptomRule{
		rule(10, fever, `ورم* وارم* متورم* تورم* منتفخ* انتفاخ* انتفخ* نفخ منفوخ* منفخ* نافخ* swell* swollen puff* waram* warem* wareem* manfookh* manfoo5* mwarram* mitwarram* mnaffakh* mnaffa5*`,
			`وجه* خد* خدي خدود* فك* حنك* رقب* عين* عيون* جفن* جفون* face cheek* jaw* neck* eye* eyelid* 5ad* khad* wijh* wajh* ra2ab* ragab* rageb* ra8ab* rgb* jfn* jefn*`),
		// A rash that does not fade when pressed, with a fever.
		rule(14, fever, `طفح* حبوب بقع* نقط* نقاط* rash* spots* dots* petechi* purpur* 6afa7* tafa7* 7bob* 7boob* bo93* bou9a3* taches* boutons`, `!يختفي* !تختفي* !يروح !تروح !يبهت !تبهت !يخف !تخف !يزول !تزول !fade* !disappear* !go_away !blanch* !ykhtefi* !tekhtefi* !yi5tifi* !ti5tifi* !yro7 !tro7 non_blanching glass_test tumbler_test`),
	}, stiffNeckFever...)},
}

// stiffNeckFever is a high fever with a neck stiff or that will not bend or turn: read before the benign
// rules too (triageOf), which take a stiff neck that cannot be moved, told alone, for a stiff joint.
var stiffNeckFever = []symptomRule{
	rule(14, fever, `متيبس* تيبس* يابس* ناشف* متخشب* متصلب* مقرص* مقشي* قويه قاسيه قاصح* مشدود* 9aseh* 9as7a* qaseh* qas7a* mashdood* stiff* m2asha* m2ashe* m2ashshe* mqasha* m9asha* m2asse* m9ass* m9ess* mqass* raide* rigide* bloque* bloquee* mkhchb* m5chb* mkhachb* mitkhashb* m2assab* m5ashb* mkhashb* mit5ashb* mt5shb* m5shb* mkhshb* m5sh*`, `رقب* عنق* neck* rigbt* ra2bt* rugbt* rgbt* ragab* ra2ab* rugub* rigub* ra2b* rugb* rigb* ra9b* r9b* r9ab* rqb* raqab* nuque cou`),
	rule(12, fever, `!نحني* !يحني* !تحني* !احني* !يحني !تحني !احني !يثني !تثني !ينثني !تنثني !ينحني !تنحني !ينزل !تنزل !يوطي !توطي !yhbet !yhbt !y7ni !ynazzel* !yhabbat* !yhbbt* !ynazel !ynazzel !thbet`, `راس* رقب* عنق* neck* head ras* rgbt* rgb*`),
	rule(12, fever, `!تتحرك !يتحرك !بتتحرك !بيتحرك !يلف !تلف !bend !move !turn !touch `+cMoveNeg, `رقب* عنق* neck* rigbt* ra2bt* rugbt* rgbt* ragab* ra2ab* rugub* rigub* ragb* ra2b* r2ab* r9ab* r9ba* rgab* rgba* raqab* raqba* nuque cou`),
}

// fever are the words of a fever (a warm day is not one: the other sets of its rules must fire too).
const fever = `حراره* حرارت* حمي حمه حماه صخون* مصخن* صخن 7ama 7amma 7oma 7omma 7umma* s5ouna* skhouna* s5ona* sokhoneya* so5oneya* سخونه* سخانه* السخانه سخونيه* سخونيت* مسخن* سخن مصخن* فيفر fever* temperature temp 7arar* 7ara* 7ma 7umma s5an* skhan* s5oon* skhoon* so5n* sokhn* s5n* skhn* sukhn* m5n* msakhan* fievre* fièvre* febr* fébr*`

// flagRules are the rules of one red flag.
type flagRules struct {
	name  string
	rules []symptomRule
}

// rule makes a symptomRule from its sets, each a space-separated list of terms.
func rule(window int, sets ...string) symptomRule {
	r := symptomRule{window: window}
	for _, s := range sets {
		var ts []term
		for _, f := range strings.Fields(s) {
			t := term{}
			if strings.HasPrefix(f, "!") {
				t.negated, f = true, f[1:]
			}
			if strings.HasPrefix(f, "^") {
				t.asserted, f = true, f[1:]
			}
			if strings.HasPrefix(f, "=") {
				t.bare, f = true, f[1:]
			}
			if strings.HasSuffix(f, "*") {
				t.prefix, f = true, strings.TrimSuffix(f, "*")
			}
			for _, w := range strings.Split(f, "_") {
				t.words = append(t.words, knowledge.Normalize(w))
			}
			ts = append(ts, t)
		}
		r.sets = append(r.sets, ts)
		r.lits = append(r.lits, setLiterals(ts))
	}
	sortLits(r.lits)
	r.index = indexLits(r.lits)
	r.terms = indexTerms(r.sets)
	return r
}

// setLiterals returns the literals of a set's terms: the first word of each, less those holding
// another (a text that holds صدري holds صدر), so the long concept lists stay cheap to rule out.
func setLiterals(ts []term) []literal {
	var lits []literal
	for i, t := range ts {
		redundant := false
		for j, u := range ts {
			if j != i && strings.Contains(t.words[0], u.words[0]) && (len(u.words[0]) < len(t.words[0]) || j < i) {
				redundant = true
				break
			}
		}
		if !redundant {
			lits = append(lits, newLiteral(t.words[0]))
		}
	}
	return lits
}

// sortLits puts the sets with the fewest literals first: mayMatch stops at the first set the text
// lacks, and a short set is the cheaper to rule out.
func sortLits(lits [][]literal) {
	slices.SortStableFunc(lits, func(a, b []literal) int { return len(a) - len(b) })
}

// indexLits returns the sets of lits as litSets, in the same order.
func indexLits(lits [][]literal) []litSet {
	out := make([]litSet, len(lits))
	for i, l := range lits {
		out[i] = newLitSet(l)
	}
	return out
}

// negations are words that turn the next into its opposite («ما يرفع»: cannot lift).
var negations = map[string]bool{"ما": true, "مو": true, "مب": true, "مش": true, "لا": true, "مااقدر": true,
	"not": true, "t": true, "unable": true, "cannot": true, "cant": true, "no": true, "never": true, "عاد": true, "ماعاد": true,
	"ma": true, "mo": true, "mu": true, "mish": true, "mesh": true, "msh": true, "mush": true, "mosh": true, "moush": true, "mb": true, "mub": true,
	"وما": true, "ومو": true, "ومش": true, "ومب": true, "ma3ad": true, "ma3d": true, "مابقا": true,
	"مابقت": true, "مابقي": true, "مابقيت": true, "ماعادت": true, "مقدرنا": true, "ماقدرنا": true, "مقدرت": true,
	"ماقدرت": true, "ماقدر": true, "مقدر": true, "لم": true, "لن": true,
	// Maghrebi: «ما بغاش» (will not), «ما بقاش» (no longer), glued.
	"mabghach": true, "mabghatch": true, "mabghach4": true, "mab9ach": true, "mab9atch": true, "mabqach": true, "mabqatch": true,
	"mabghawch": true, "ne": true, "may9derch": true, "mat9derch": true, "may9dersh": true, "mayqdarsh": true, "mayqderch": true, "matqderch": true,
	"may9darsh": true, "mat9darsh": true, "mayqdar": true, "may9dar": true, "may9der": true, "mayqder": true, "mat9der": true, "mat9dar": true, "ma9dertch": true, "ma9dertsh": true, "man9derch": true, "ma9adrinch": true, "ma9adrinsh": true, "مابغاش": true, "مابغاتش": true, "مابقاش": true, "مابقاتش": true,
	// Egyptian: «مبقاش» (no longer), and its Arabizi spellings, with their «ش» or without it (unsuffixed
	// takes it off before the rules read).
	"مبقاش": true, "مبقتش": true, "مابقتش": true, "مبقا": true, "مبقت": true,
	"maba2ash": true, "mab2ash": true, "mba2ash": true, "maba2etsh": true, "mab2etsh": true, "maba2itsh": true, "mab2itsh": true,
	"maba2a": true, "mab2a": true, "mba2a": true, "maba2et": true, "mab2et": true, "maba2it": true, "mab2it": true}

// negation says whether w is a negation (negations), with an «و» glued on or not («ومبقاش شايف», «وماعاد
// يقدر»): the «و» is "and", the rest still negates. Not «ولا», whose «لا» is "nor" (norNegations).
func negation(w string) bool {
	if negations[w] {
		return true
	}
	rest, ok := strings.CutPrefix(w, "و")
	return ok && rest != "لا" && negations[rest]
}

// modals are the words that may stand between a negation and its verb: «ما عم يتنفس», «ما دا
// يعرفنا», «ما بقا يقدر يحرك», «ولا يقدر يشيل», "can't even move".
var modals = map[string]bool{"عم": true, "دا": true, "دي": true, "قاعد": true, "قاعده": true, "بقا": true, "بقي": true,
	"بقت": true, "بقيت": true, "عاد": true, "عادت": true, "يقدر": true, "تقدر": true, "اقدر": true, "نقدر": true,
	"قادر": true, "قادره": true, "قادرين": true, "بقدر": true, "بيقدر": true, "بتقدر": true, "بنقدر": true, "قدر": true,
	"قدرت": true, "قدرنا": true, "يستطيع": true, "تستطيع": true, "استطيع": true, "نستطيع": true, "حتي": true,
	"3am": true, "2ader": true, "2der": true, "2dir": true, "e2dar": true, "i2dar": true, "2adra": true, "y2dar": true, "t2dar": true, "a2dar": true, "fina": true, "fiya": true,
	"fiyi": true, "fih": true, "fiha": true, "even": true, "able": true, "to": true,
	// MSA «لم أعد», Maghrebi «ما بقاوش», the Maghrebi present split off («ما كات جاوبش»).
	"اعد": true, "يعد": true, "تعد": true, "b9aw": true, "bqaw": true, "b9at": true, "bqat": true, "b9it": true, "bqit": true, "b9a": true, "bqa": true,
	"kat": true, "kay": true, "kan": true}

// norNegations negate only before a modal: «ولا يقدر يشيل» (nor can he lift), but «ولا التقشير
// يشيلها؟» (or does the peel remove them?).
var norNegations = map[string]bool{"ولا": true, "wala": true, "wla": true, "nor": true}

// negatedAt says whether the word at i is negated: a negation right before it or one word before
// it, or before the modals between them («ما بقا يقدر يحرك»), and no verb of wanting («ما تبي تقوم»).
func negatedAt(words []string, i int) bool {
	if i > 1 && everyTime(words, i-1) || i > 2 && everyTime(words, i-2) {
		return false
	}
	if i > 1 && negation(words[i-1]) && whyWords[words[i-2]] && youPlural.MatchString(words[i]) {
		return false // «ليش ما تشيلونها بالليزر؟»: why don't you do it, not being unable to
	}
	if i > 1 && !negation(words[i-1]) && youPlural.MatchString(words[i]) {
		return false // «مش حلوة، بتشيلوها؟»: the negation is of the word between, the verb asks the clinic
	}
	if i > 0 && negation(words[i-1]) || i > 1 && negation(words[i-2]) && !wants[words[i-1]] {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if negation(words[j]) || j < i-1 && norNegations[words[j]] {
			return true
		}
		if !modals[words[j]] {
			return false
		}
	}
	return false
}

// everyTime says whether the negation at j is the «ما» of «كل ما» (whenever: «كل ما امسك ورقة»).
func everyTime(words []string, j int) bool {
	switch words[j-1] {
	case "كل", "وكل", "kol", "koul", "kul", "kull", "koll", "kel", "wkol":
		return words[j] == "ما" || words[j] == "ma"
	}
	return false
}

// whyWords ask why: «ليش ما تشيلونها؟» (why don't you remove it?), asked of the clinic in the plural
// you (youPlural), asks of a choice, so its negation says nothing of what the body cannot do. Not of
// someone («ليش ما يحرك رجله؟»: why is he not moving his leg) nor with a modal («ليش ما تقدرون…»).
var whyWords = map[string]bool{"ليش": true, "وليش": true, "ليه": true, "وليه": true, "لماذا": true, "ولماذا": true, "لويش": true, "علاش": true, "لاش": true,
	"lesh": true, "leish": true, "lech": true, "leh": true, "leeh": true, "3lach": true, "3lash": true, "why": true}

// youPlural is a verb of the plural you, the clinic addressed («تشيلونها», «تسووها», «تعملوهاش»), with
// the Levantine and Egyptian present's «ب», «ح», «ه» before it («بتشيلوها»).
var youPlural = regexp.MustCompile(`^(ب|ح|ه)?ت\S+(ون|وا|و)(ها|ه|هم|ني|نا|لي|لنا)?ش?$`)

// wants are the verbs of wanting: «ما تبي تقوم» is not wanting to get up, not being unable to.
var wants = map[string]bool{"تبي": true, "يبي": true, "ابي": true, "تبغي": true, "يبغي": true, "ابغي": true, "ودها": true,
	"وده": true, "ودي": true, "بدها": true, "بدو": true, "بدي": true, "عايزه": true, "عايز": true, "تحب": true, "يحب": true, "want": true, "wants": true}

// proclitics and pronoun suffixes that may be glued to a word.
var (
	proclitics = []string{"وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "فب", "و", "ف", "ب", "ل", "ك"}
	suffixes   = []string{"", "ي", "ه", "ها", "هم", "هن", "ك", "كم", "نا", "ني", "ين", "يني", "ينه", "ينها", "ات", "ون", "ان"}
)

// bases returns w and w without each leading clitic it may carry.
func bases(w string, out []string) []string {
	out = append(out, w)
	if w == "" || w[0] < utf8.RuneSelf {
		// Every proclitic is Arabic letters: a Latin word (Arabizi, English), tried against every
		// term of a set, would only be found not to start with each of them in turn.
		return out
	}
	for _, p := range proclitics {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 4 { // at least two Arabic letters left
			out = append(out, rest)
		}
	}
	return out
}

// at says whether the word at i (and those after it, for a_b) match t.
func (t *term) at(words []string, i int, scratch []string) bool {
	if i+len(t.words) > len(words) {
		return false
	}
	if t.negated && !negatedAt(words, i) {
		return len(t.words) == 1 && gluedNegated(words[i], t.words[0], t.prefix, scratch)
	}
	if t.asserted && (i > 0 && negation(words[i-1]) || i > 1 && negation(words[i-2])) {
		return false
	}
	if t.bare && hasArticle(words[i]) {
		return false
	}
	for k, want := range t.words {
		if !wordIs(words[i+k], want, t.prefix && k == len(t.words)-1, scratch) {
			return false
		}
	}
	return true
}

// gluedNegs open an Arabizi word that carries its negation ("mayw2af", "matfi2"): the rest, of three
// letters or more, is the negated word. Not the Arabic «ما» glued on: «ماتمسكش» of an implant is not a
// hand that cannot grip (the rules spell the glued Arabic forms they take).
var gluedNegs = []string{"ma", "wma", "mo", "mu"}

// gluedNegated says whether w is a negation glued to the word want.
func gluedNegated(w, want string, prefix bool, scratch []string) bool {
	for _, n := range gluedNegs {
		if rest, ok := strings.CutPrefix(w, n); ok && len(rest) >= 3 && wordIs(rest, want, prefix, scratch) {
			return true
		}
	}
	return false
}

// latinClitics are the Arabizi spellings of the clitics glued before a word: «ب», «و», «ل», «ف» and
// the article («b9albi», "l3eni", "w7arara", "fel7al2").
var latinClitics = []string{"bel", "bil", "bl", "wel", "wil", "wl", "fel", "fil", "fl", "lel", "lil", "ll", "el", "il", "al", "b", "w", "l", "f", "o"}

func wordIs(w, want string, prefix bool, scratch []string) bool {
	if wordIsBare(w, want, prefix, scratch) {
		return true
	}
	// An Arabizi word (a digit for a letter, in the message's word or the rule's) with a clitic.
	if len(w) > 3 && w[0] >= 'a' && w[0] <= 'z' && (hasDigitLetter(want) || hasDigitLetter(w)) {
		for _, c := range latinClitics {
			if rest, ok := strings.CutPrefix(w, c); ok && len(rest) >= 3 && strings.HasPrefix(rest, want[:1]) && wordIsBare(rest, want, prefix, scratch) {
				return true
			}
		}
	}
	return false
}

// hasDigitLetter says whether s has a digit written for an Arabic letter (2 3 5 6 7 8 9).
func hasDigitLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '2' && c <= '9' && c != '4' {
			return true
		}
	}
	return false
}

func wordIsBare(w, want string, prefix bool, scratch []string) bool {
	for _, b := range bases(w, scratch[:0]) {
		rest, ok := strings.CutPrefix(b, want)
		if !ok {
			continue
		}
		if prefix {
			return true
		}
		for _, s := range suffixes {
			if rest == s {
				return true
			}
		}
	}
	return false
}

// doubleSight is double sight, unless told as long-standing (longStanding), as the patterns read it: one that came over months is a cataract's question; come suddenly, cDouble with
// cSudden (conceptRules) reads it.
var doubleSight = []flagRules{
	{"vision", []symptomRule{
		rule(5, `kanchof* kanchouf* nchof* nchouf* kanshof* kanshouf* nshof* nshouf* tchof* ychof* kaychof* katchof* ashoof* ashuf* yshoof* tshoof* bshoof* shayef* shayif* اشوف يشوف تشوف نشوف شايف* نظر* رؤي* روي* عيون* عين* `+eyesZ+` بصر* vision see seeing sees look* things everything eyesight اشياء* اشيا*`,
			`joj jouj zouj zoj ethnain* ithnain* itnen* etnen* tneen* ithnen* ethnen* tnen thnain* dabal* dobl* دبل مزدوج* مضاعف* مكرر* مرتين اثنين ثنتين اتنين شخصين خيالين خيال* double* twice two_of`),
	}},
}

// eyesZ are an eye and the eyes in Arabizi («3eni», «3enen», «3yoon»), for doubleSight and bothEyes.
const eyesZ = `3ayn* 3ain* 3een* 3ein* 3eni 3ini 3eno 3ino 3enha 3inha 3enen 3inen 3enein 3enayn* 3enay* 3inay* 3yoon* 3youn* 3yuni 3oyoon* 3oyoun* 3ouyoun*`

// bothEyes are both eyes («بالعينين… الثنتين», «عيونه الاثنين», «el 3enen el etnen», "both eyes"): a count of eyes, not the
// two of double sight, taken out before doubleSight is read (and only then: the eyes stay for the rest).
// The Gulf dual («بالعينتين») names both eyes by itself: a «الثنتين» after it counts them, or the
// operations on them («يسوون لها العملية للثنتين»), not the things seen; nor is what is done "for the
// two" (للثنتين) ever a thing seen twice.
var bothEyes = []symptomRule{
	rule(4, `عين* عيون* eyes `+eyesZ, `الثنتين الاثنين الاتنين التنتين التنين ثنتينهم ثنتينها كلتا كلتاهما both el_etnen el_itnen el_ethnen el_ithnen el_ithnain el_ithnein al_ithnain al_ithnein el_tnen el_tneen el_tnein al_tnen al_tneen l_tnen l_tneen el_thnein el_thnain al_thnain`),
	rule(1, `عينتين* 3intain* 3intein* للثنتين للاثنين للاتنين`),
}

// symptomOf returns the name of the first red flag a rule finds in t, or "".
func symptomOf(t *padText) string {
	if f := symptomIn(symptomRules, t); f != "" {
		if f != "allergy" || !slightLidOnly(t) {
			return f
		}
		// A lid or an eye a little swollen, and no face, lip, tongue or throat: the rules after the
		// allergy's still read it (a fever with a swollen lid is one).
		if f := symptomIn(afterAllergy, t); f != "" {
			return f
		}
	}
	// Double sight is read unless told as long-standing, both eyes taken out (bothEyes) only then.
	if !(longStandingPre.mayMatch(t) && longStanding.MatchString(t.s)) {
		b := withoutRules(*t, bothEyes)
		if f := symptomIn(doubleSight, &b); f != "" {
			return f
		}
	}
	return symptomIn(conceptRules, t)
}

// afterAllergy are the symptomRules after the allergy's.
var afterAllergy = func() []flagRules {
	for i, f := range symptomRules {
		if f.name == "allergy" {
			return symptomRules[i+1:]
		}
	}
	panic("no allergy rules")
}()

// cEyeTerms are cFaceThroat's terms of the eye and its lids.
const cEyeTerms = `عين* عيون* جفن* جفون* eye eyes eyelid* 3ini 3eni 3youni 3youno`

var (
	// allergyNoEye is the allergy's swelling of the face or throat, the eye and its lids left out.
	allergyNoEye = rule(4, cSwells, withoutTerms(cFaceThroat, cEyeTerms))
	// slightSwelling is a swelling told as slight, the two words together («وارم شوي», "a little swollen").
	slightSwelling = []symptomRule{rule(2, cSwells, `شوي شويه بسيط* خفيف* little slightly slight bit shway shwaya shwayye shwai chwiya chwia`)}
)

// slightLidOnly says whether the allergy's rules fire on t (symptomOf found it) only by an eye or a lid
// told a little swollen («جفني وارم شوي من يومين», "my eyelid is a little swollen"): a stye's, a night's,
// not the face or the throat closing. Not with a rash or hives, nor a face, lip, tongue or throat swollen.
func slightLidOnly(t *padText) bool {
	if fires(&allergyNoEye, t) || !fires(&slightSwelling[0], t) {
		return false
	}
	rest := withoutRules(*t, slightSwelling)
	for _, f := range symptomRules {
		if f.name != "allergy" {
			continue
		}
		for i := range f.rules {
			if fires(&f.rules[i], &rest) || i > 0 && fires(&f.rules[i], t) {
				return false
			}
		}
	}
	return true
}

// withoutTerms returns the terms of set (space-separated) less those of drop.
func withoutTerms(set, drop string) string {
	return strings.Join(slices.DeleteFunc(strings.Fields(set), func(w string) bool {
		return slices.Contains(strings.Fields(drop), w)
	}), " ")
}

// symptomIn returns the name of the first red flag a rule of fs finds in t, or "".
func symptomIn(fs []flagRules, t *padText) string {
	var scratch [16]string
	var words []string
	for _, f := range fs {
		for i := range f.rules {
			r := &f.rules[i]
			if !r.mayMatch(t) {
				continue
			}
			if words == nil {
				words = strings.Fields(t.s)
			}
			if _, _, ok := r.span(words, scratch[:]); ok {
				return f.name
			}
		}
	}
	return ""
}

// mayMatch is a cheap necessary condition for match: the text holds a word of each set.
func (r *symptomRule) mayMatch(t *padText) bool {
	for i := range r.index {
		if !r.index[i].any(t) {
			return false
		}
	}
	return true
}

// span reports whether a word of every set stands within the window (counted from the first
// such word to the last) of the others, and where: words[lo:hi+1].
func (r *symptomRule) span(words []string, scratch []string) (lo, hi int, ok bool) {
	// hits[s] lists the positions where set s matches.
	var hitsBuf [4][]int
	hits := hitsBuf[:0]
	if len(r.sets) > len(hitsBuf) { // a clinic's rule may have more sets
		hits = make([][]int, 0, len(r.sets))
	}
	hits = hits[:len(r.sets)]
	indexed := len(r.terms) == len(r.sets)
	for s, set := range r.sets {
		for i := range words {
			if indexed {
				if r.terms[s].anyAt(set, words, i, scratch) {
					hits[s] = append(hits[s], i)
				}
				continue
			}
			for k := range set {
				if set[k].at(words, i, scratch) {
					hits[s] = append(hits[s], i)
					break
				}
			}
		}
		if len(hits[s]) == 0 {
			return 0, 0, false
		}
	}
	// A conjunction written as a word of its own (Arabizi «w», «o»: «yerta3ish o yerjif o ma yrd») does
	// not count toward the window: Arabic glues it to the next word.
	var effBuf [64]int
	eff := effBuf[:0]
	if len(words) <= len(effBuf) {
		n := 0
		for _, w := range words {
			eff = append(eff, n)
			if !loneConj[w] {
				n++
			}
		}
	}
	dist := func(a, b int) int {
		if len(eff) > 0 {
			return eff[b] - eff[a]
		}
		return b - a
	}
	// Some position of set 0 with a position of every other set in the window around it.
	for _, p := range hits[0] {
		lo, hi := p, p
		ok := true
		for _, hs := range hits[1:] {
			best := -1
			for _, q := range hs {
				if q == p && len(r.sets) > 1 {
					continue // one word is not both symptom and trouble
				}
				nlo, nhi := min(lo, q), max(hi, q)
				if dist(nlo, nhi) <= r.window && (best < 0 || dist(nlo, nhi) < dist(min(lo, best), max(hi, best))) {
					best = q
				}
			}
			if best < 0 {
				ok = false
				break
			}
			lo, hi = min(lo, best), max(hi, best)
		}
		if ok {
			return lo, hi, true
		}
		// The nearest word of one set may pull the span away from another's («الضغط في عيني… راسي…
		// قوس قزح»: الضغط, nearest the eye, leaves the halos out of reach): try each window around p.
		if len(r.sets) > 2 {
			if lo, hi, ok := r.spanIn(hits, p); ok {
				return lo, hi, true
			}
		}
	}
	return 0, 0, false
}

// loneConj are «و» written as a word of its own.
var loneConj = map[string]bool{"w": true, "o": true, "wa": true, "we": true, "و": true}

// spanIn reports whether some window of r.window words holding p holds a word of every other set.
func (r *symptomRule) spanIn(hits [][]int, p int) (lo, hi int, ok bool) {
	for from := max(0, p-r.window); from <= p; from++ {
		to := from + r.window
		lo, hi, ok = p, p, true
		for _, hs := range hits[1:] {
			best := -1
			for _, q := range hs {
				if q != p && q >= from && q <= to && (best < 0 || abs(q-p) < abs(best-p)) {
					best = q
				}
			}
			if best < 0 {
				ok = false
				break
			}
			lo, hi = min(lo, best), max(hi, best)
		}
		if ok {
			return lo, hi, true
		}
	}
	return 0, 0, false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// articles are the article and the prepositions glued to it, as Normalize leaves them.
var articles = []string{"ال", "وال", "بال", "فال", "كال", "لل", "ولل"}

// hasArticle says whether an Arabic word opens with the article (bare terms, term.bare).
func hasArticle(w string) bool {
	for _, a := range articles {
		if strings.HasPrefix(w, a) && len(w) > len(a)+2 {
			return true
		}
	}
	return false
}
