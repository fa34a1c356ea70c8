package knowledge

import (
	"slices"
	"strings"
	"unsafe"
)

// Arabizi is Arabic typed in Latin letters, with digits for the sounds Latin lacks
// («ba3d el 7o2na ma a2dar atnaffas»). A word of it has several Arabic spellings (short vowels are
// written or not; s may be س or ص; 2 is a hamza, or a ق said as one), so arabizi returns them all,
// likeliest first, and the index picks the first it knows.

// arabiziUnit is one Latin letter or digraph and its Arabic readings, likeliest first; "" writes nothing.
type arabiziUnit struct {
	latin string
	ar    []string
}

// arabiziUnits, digraphs before the letters they start with.
var arabiziUnits = []arabiziUnit{
	{"sh", []string{"ش"}}, {"ch", []string{"ش", "تش"}}, {"kh", []string{"خ"}}, {"gh", []string{"غ"}},
	// The Gulf writes ظ as th too («naththara» نظارة, «thahri» ظهري).
	{"th", []string{"ث", "ت", "ذ", "ض", "ظ"}}, {"dh", []string{"ذ", "ض", "ظ"}},
	{"3'", []string{"غ"}}, {"6'", []string{"ظ"}}, {"9'", []string{"ض"}}, {"7'", []string{"خ"}},
	{"'3", []string{"غ"}}, {"'6", []string{"ظ"}}, {"'9", []string{"ض"}}, {"'7", []string{"خ"}},
	// Two vowels never meet in Arabic: between a and a long ee an ع or a hamza was left unwritten
	// («tajaeed» تجاعيد, «mawaeed» مواعيد, «nihaee» نهائي).
	{"aee", []string{"اعي", "ائي"}},
	{"aa", []string{"ا"}}, {"ee", []string{"ي"}}, {"ii", []string{"ي"}}, {"oo", []string{"و"}},
	{"ou", []string{"و"}}, {"uu", []string{"و"}}, {"ai", []string{"ي", "اي"}}, {"ay", []string{"ي", "اي"}},
	{"ei", []string{"ي"}}, {"ey", []string{"ي"}}, {"aw", []string{"و", "او"}},
	// 8 is mostly a غ («n8atti» نغطي), then the Gulf's ق («7i8na» حقنة).
	{"2", []string{"", "ق", "ا"}}, {"3", []string{"ع"}}, {"4", []string{"ذ"}}, {"5", []string{"خ"}},
	{"6", []string{"ط", "ظ", "ض"}}, {"7", []string{"ح"}}, {"8", []string{"غ", "ق"}}, {"9", []string{"ص", "ض", "ق"}},
	{"b", []string{"ب"}}, {"p", []string{"ب"}}, {"t", []string{"ت", "ط"}}, {"j", []string{"ج"}},
	{"d", []string{"د", "ض"}}, {"r", []string{"ر"}}, {"z", []string{"ز", "ظ", "ذ"}}, {"s", []string{"س", "ص"}},
	{"f", []string{"ف"}}, {"v", []string{"ف"}}, {"q", []string{"ق"}}, {"k", []string{"ك"}},
	{"g", []string{"ق", "ج"}}, {"l", []string{"ل"}}, {"m", []string{"م"}}, {"n", []string{"ن"}},
	{"h", []string{"ه", "ح"}}, {"w", []string{"و"}}, {"y", []string{"ي"}}, {"x", []string{"كس"}},
	{"c", []string{"ك", "س"}},
	// Short vowels are mostly unwritten; a is sometimes ا, i and e ي, o and u و.
	{"a", []string{"", "ا"}}, {"e", []string{"", "ي"}}, {"i", []string{"", "ي"}}, {"o", []string{"", "و"}},
	{"u", []string{"", "و"}},
}

// maxArabiziChoices bounds the spellings tried for one word: at most this many letters read other
// than their likeliest way.
const maxArabiziChoices = 3

// isArabiziDigit says whether b is a digit Arabizi uses for a letter.
func isArabiziDigit(b byte) bool {
	return b == '2' || b == '3' || b == '5' || b == '6' || b == '7' || b == '8' || b == '9'
}

// looksArabizi says whether a normalised Latin word is written the Arabizi way: letters and a
// letter-digit (ba3d, a2dar, 7alig) — a plain number or "covid19" is not.
func looksArabizi(w string) bool {
	letters, digit := 0, false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z':
			letters++
		case isArabiziDigit(c):
			digit = true
		case c == '\'':
		default:
			return false
		}
	}
	if !digit || letters == 0 {
		return false
	}
	if w[len(w)-1] == 'x' && strings.TrimLeft(w[:len(w)-1], "0123456789") == "" {
		return false // a count of times: "3x a week"
	}
	// A trailing run of digits after three letters or more is a model or a count (covid19, b12).
	end := len(w)
	for end > 0 && w[end-1] >= '0' && w[end-1] <= '9' {
		end--
	}
	if end < len(w) && end >= 3 && !strings.ContainsAny(w[:end], "23567890") {
		return false
	}
	return true
}

// IsLatinWord says whether a normalised word is lower-case ASCII letters, digits and apostrophes only,
// with a letter: a word Arabizi or English may write.
func IsLatinWord(w string) bool { return isLatinWord(w) }

// isLatinWord says whether w is made of ASCII letters, digits and apostrophes only, with a letter.
func isLatinWord(w string) bool {
	letter := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z':
			letter = true
		case c >= '0' && c <= '9', c == '\'':
		default:
			return false
		}
	}
	return letter
}

// arabiziWords are Arabizi function words that an English message does not use: two of them mark a
// message as Arabizi even when no word has a digit («ana abi 3ilaj lel wajh»).
var arabiziWords = map[string]bool{
	"el": true, "al": true, "il": true, "ana": true, "enta": true, "inta": true, "enti": true, "inti": true,
	"ya": true, "wa": true, "w": true, "fi": true, "fe": true, "ma": true, "mish": true, "mesh": true,
	"msh": true, "mu": true, "mo": true, "shu": true, "shou": true, "sho": true, "shoo": true, "shno": true,
	"shnu": true, "esh": true, "eish": true, "ish": true, "wesh": true,
	"wsh": true, "wish": true, "shlon": true, "kif": true, "keef": true, "kaif": true, "leh": true,
	"leish": true, "lesh": true, "laish": true, "abi": true, "abgha": true, "abga": true, "abe": true,
	"ebi": true, "bas": true, "bs": true, "hal": true, "hada": true, "hatha": true, "hatha2": true,
	"da": true, "di": true, "eh": true, "ayy": true, "kam": true, "mafi": true, "fih": true, "fee": true,
	"min": true, "mn": true, "men": true, "ila": true, "ala": true, "3la": true, "zay": true, "zai": true,
	"zein": true, "zain": true, "zen": true, "yom": true, "youm": true, "wala": true, "walla": true,
	"wallah": true, "inshallah": true, "insha2allah": true, "ba3d": true, "b3d": true, "gabl": true,
	"qabl": true, "ams": true, "embareh": true, "elyom": true, "alyom": true, "ta3ban": true,
}

// englishLookalikes are the words of arabiziFixed an English message also writes: they do not mark a
// message as Arabizi.
var englishLookalikes = map[string]bool{"an": true, "law": true, "b": true, "meta": true, "shy": true,
	"ally": true, "lama": true, "mata": true, "la": true, "kaza": true, "sawa": true, "hek": true, "tab": true,
	"sane": true, "sana": true, "f": true, "mama": true, "baba": true, "sar": true}

// arabiziFixed are short function words whose vowels would make the wrong letters.
var arabiziFixed = map[string]string{
	"el": "ال", "al": "ال", "il": "ال", "lel": "ل", "lil": "ل", "bel": "ب", "bil": "ب", "wel": "و", "wil": "و",
	"w": "و", "wa": "و", "ma": "ما", "la": "لا", "ya": "يا", "fi": "في", "fe": "في", "fee": "في", "ana": "انا",
	"min": "من", "mn": "من", "men": "من", "ila": "الي", "3la": "علي", "ala": "علي", "3ala": "علي", "3al": "علي", "an": "عن",
	"3an": "عن", "bs": "بس", "bas": "بس", "hal": "هل", "msh": "مش", "mesh": "مش", "mish": "مش", "mo": "مو",
	"mu": "مو", "wsh": "وش", "wesh": "وش", "esh": "ايش", "eish": "ايش", "shu": "شو", "shou": "شو", "sho": "شو",
	"shoo": "شو", "shno": "شنو", "shnu": "شنو", "leh": "ليه",
	"lesh": "ليش", "leish": "ليش", "kif": "كيف", "keef": "كيف", "kaif": "كيف", "kam": "كم", "fih": "فيه",
	"mafi": "مافي", "abi": "ابي", "abgha": "ابغي", "ebi": "ابي", "ba3d": "بعد", "b3d": "بعد", "gabl": "قبل",
	"qabl": "قبل", "zain": "زين", "zein": "زين", "zen": "زين", "zay": "زي", "zai": "زي",
	// Levantine and Egyptian: «when», «I want», «how much», «still», «this», «so», «straight away».
	"emta": "امتي", "imta": "امتي", "amta": "امتي", "emte": "امتي", "imte": "امتي", "eh": "ايه", "lal": "ل",
	"b": "ب", "bade": "بدي", "badi": "بدي", "biddi": "بدي", "bdi": "بدي", "ezay": "ازاي", "ezzay": "ازاي",
	"izay": "ازاي", "2addesh": "قديش", "addesh": "قديش", "2adesh": "قديش", "2adde": "قديش", "kteer": "كثير",
	"ktir": "كثير", "kter": "كثير", "shway": "شوي", "shwaya": "شويه", "kaman": "كمان", "wala": "ولا", "wla": "ولا",
	// «or» and «no» as the Levant and Egypt write them: letter by letter «walla» is «وله» (his
	// passion) and «la2» «ل», neither the function word meant.
	"walla": "ولا", "wella": "ولا", "willa": "ولا", "la2": "لا", "la2a": "لا",
	"3ashan": "عشان", "3shan": "عشان", "lesa": "لسه", "lessa": "لسه", "lissa": "لسه", "lesse": "لسه",
	"eza": "اذا", "iza": "اذا", "law": "لو", "ya3ni": "يعني", "hayda": "هيدا", "hayde": "هيدي", "hek": "هيك",
	"heek": "هيك", "sawa": "سوا", "ba3dein": "بعدين", "mbare7": "امبارح", "embare7": "امبارح",
	"l7amdella": "الحمدلله", "el7amdella": "الحمدلله", "al7amdulillah": "الحمدلله", "hamdella": "الحمدلله",
	// The function words of every dialect, in their common spellings: read letter by letter they become
	// words the pages may know («ba2dar» بدر, «meta» ميه, water), which then pulls the question there.
	// «when», «can I» (اقدر, فيني), «must», «maybe», «normal», «now», «with», «all», «thing», «I want».
	"meta": "امتي", "mata": "امتي", "mta": "امتي", "emtah": "امتي", "eimta": "امتي", "imtah": "امتي",
	"a2dar": "اقدر", "ba2dar": "اقدر", "b2dar": "اقدر", "n2dar": "نقدر", "t2dar": "تقدر", "y2dar": "يقدر",
	"a2der": "اقدر", "ba2der": "اقدر", "agdar": "اقدر", "aqdar": "اقدر", "bagdar": "اقدر", "ba2dr": "اقدر",
	"tigdar": "تقدر", "tegdar": "تقدر", "ti2dar": "تقدر", "te2dar": "تقدر", "bti2dar": "تقدر", "bte2dar": "تقدر",
	"fini": "فيني", "fiye": "فيني", "fiyi": "فيني", "fiyye": "فيني", "feye": "فيني", "feeni": "فيني",
	"lazem": "لازم", "lazim": "لازم", "laazem": "لازم", "lazm": "لازم", "lazim2": "لازم",
	"mumkin": "ممكن", "momken": "ممكن", "mumken": "ممكن", "mmkn": "ممكن", "momkin": "ممكن", "mumkn": "ممكن",
	"3ady": "عادي", "3adi": "عادي", "3adee": "عادي", "3aadi": "عادي",
	"hala2": "هلق", "hal2": "هلق", "halla2": "هلق", "delwa2ti": "دلوقتي", "dilwa2ti": "دلوقتي", "l7en": "الحين",
	"el7in": "الحين", "al7een": "الحين", "alhin": "الحين",
	"keda": "كده", "kda": "كده", "kedah": "كده", "kaza": "كذا", "kitha": "كذا",
	"ma3": "مع", "ma3i": "معي", "ma3ak": "معك", "ma3ik": "معك", "ma3o": "معه", "ma3ha": "معها",
	// Levantine «عم» before a verb in progress («3am tetla3»): read as a word, «3am» would be «عام».
	"3am": "عم", "3m": "عم",
	"kol": "كل", "kul": "كل", "shi": "شي", "shy": "شي", "7aga": "حاجه", "7aja": "حاجه",
	"baddi": "بدي", "bidi": "بدي", "3ayez": "عايز", "3ayz": "عايز", "3awez": "عاوز", "3ayza": "عايزه", "3awza": "عاوزه",
	"3ando": "عنده", "3ndo": "عنده", "3andi": "عندي", "3ndi": "عندي", "3andak": "عندك", "3andik": "عندك",
	"3andkom": "عندكم", "3ndkom": "عندكم", "3andkon": "عندكن", "3indkum": "عندكم",
	"3andha": "عندها", "3ndha": "عندها", "3indha": "عندها", "3endha": "عندها", "3andhom": "عندهم",
	"3ndhom": "عندهم", "3indhum": "عندهم", "3andna": "عندنا", "3ndna": "عندنا", "3indna": "عندنا",
	// «before» without its ق, as Egyptian and Levantine say it.
	"abl": "قبل", "abel": "قبل", "2abel": "قبل",
	"e7na": "احنا", "i7na": "احنا", "howa": "هو", "heya": "هي", "lama": "لما", "lamma": "لما",
	// «and I» («wana 3indi disc», وانا عندي): read letter by letter it is «ون».
	"wana": "وانا", "wena": "وانا", "wenta": "وانت", "wenti": "وانتي", "w2ana": "وانا",
	// «takes» (how long it takes) and «about»: read letter by letter, «ta2reeban» is «قريب» (near).
	"bta5od": "تاخذ", "bta5ud": "تاخذ", "btakhod": "تاخذ", "ta5od": "تاخذ", "takhod": "تاخذ",
	"byeta5od": "ياخذ", "bye5od": "ياخذ", "bya5od": "ياخذ", "byakhod": "ياخذ", "ya5od": "ياخذ", "yakhod": "ياخذ",
	"a5od": "اخذ", "akhod": "اخذ", "bt5od": "تاخذ", "btekhod": "تاخذ", "bte5od": "تاخذ", "ye5od": "ياخذ",
	"yekhod": "ياخذ", "byekhod": "ياخذ", "byekhud": "ياخذ", "bya5ud": "ياخذ", "yo5od": "ياخذ", "ta5ud": "تاخذ", "ta2reeban": "تقريبا", "ta2riban": "تقريبا", "taqriban": "تقريبا",
	"t2riban": "تقريبا", "ta2reban": "تقريبا",
	// Egyptian «how much/long» (قد ايه) written as one word asks as the Levantine «قديش» does; read
	// letter by letter «2addeh» is «اضح» (clear).
	// Egyptian «I will need» (هحتاج): read letter by letter its ه and ق make no word.
	"ha7tag": "هحتاج", "ha7taj": "هحتاج", "7a7tag": "حاحتاج", "7a7taj": "حاحتاج", "han7tag": "هنحتاج",
	// Filler and function words of the Levant and Egypt that, read letter by letter, make words the
	// pages use: «tab» (طيب, well then) is «طب» (medicine), «bedha» (بدها, she wants) «بيض», «wa7ad»
	// (واحد, one) «احاد», «mni7» (منيح, fine) «منح», «anhy» (انهي, which) «انح», «a2lak» (اقولك, I tell
	// you) «اقل» (less), «bint» (a girl) «ينت».
	"tab": "طيب", "6ab": "طيب", "tayeb": "طيب", "tayyeb": "طيب", "6ayeb": "طيب", "6ayyeb": "طيب",
	"bedha": "بدها", "badha": "بدها", "biddha": "بدها", "bidha": "بدها", "baddha": "بدها",
	"bado": "بدو", "baddo": "بدو", "bedo": "بدو", "biddo": "بدو", "badna": "بدنا", "bedna": "بدنا", "biddna": "بدنا",
	"badak": "بدك", "baddak": "بدك", "bedak": "بدك", "biddak": "بدك", "badek": "بدك", "baddik": "بدك",
	"wa7ad": "واحد", "wa7ed": "واحد", "wahad": "واحد", "wa7id": "واحد",
	"mni7": "منيح", "mnee7": "منيح", "mne7": "منيح", "mnih": "منيح", "mni7a": "منيحه", "mni7a2": "منيحه",
	"anhy": "انهي", "anhi": "انهي", "anho": "انهو", "anhou": "انهو",
	"a2lak": "اقولك", "a2ollak": "اقولك", "a2olak": "اقولك", "a2ullak": "اقولك", "a2olek": "اقولك", "a2ollik": "اقولك",
	"bint": "بنت",
	// The family a patient asks for, read letter by letter as words the pages use: «baba» is «بابه»
	// (a door's «باب»), «jeddi» «جيدي» (good), «jozi» «جز», «rasi» «رسي».
	"baba": "بابا", "mama": "ماما", "jeddi": "جدي", "jiddi": "جدي", "jaddi": "جدي", "teta": "تيتا",
	"jozi": "جوزي", "jozy": "جوزي", "gozi": "جوزي", "gozy": "جوزي", "rfee2ti": "رفيقتي", "rfi2ti": "رفيقتي",
	"refi2ti": "رفيقتي", "rfee2i": "رفيقي", "rfi2i": "رفيقي", "rasi": "راسي", "ra2si": "راسي", "rase": "راسي",
	// The ear, which d cannot write with its ذ: «odon» is «اذن», not «دون» (without).
	"odon": "اذن", "odn": "اذن", "ozon": "اذن", "odni": "اذني", "odoni": "اذني", "ozni": "اذني",
	"2addeh": "قديش", "2adeh": "قديش", "addeh": "قديش", "adeh": "قديش",
	// Egyptian «how much/long» (قد ايه), «very» (اوي).
	"ad": "قد", "2ad": "قد", "awi": "اوي", "awy": "اوي", "2awi": "اوي", "2awy": "اوي",
	// «normal» (is it normal?, the aspect questions ask) and «which/that»: read letter by letter, the
	// first is the Levantine «تبعي» (mine), a stop word; the second has the doubled ل a stop word lacks.
	"tabi3i": "طبيعي", "tabee3i": "طبيعي", "6abi3i": "طبيعي", "6abee3i": "طبيعي", "tabi3y": "طبيعي",
	"6abi3y": "طبيعي", "tabii3i": "طبيعي", "tabi3ee": "طبيعي", "tabi3iya": "طبيعيه", "tabi3ie": "طبيعيه",
	"tabi3iye": "طبيعيه", "tabi3iyye": "طبيعيه", "6abi3iya": "طبيعيه", "6abi3iye": "طبيعيه",
	"elli": "اللي", "illi": "اللي", "elly": "اللي", "illy": "اللي", "alli": "اللي", "ally": "اللي",
	// More spellings of «how much/long» (قديش): read letter by letter, «ad2esh» is «داي» and
	// «b2addesh» nothing, so «w ad2esh btkallef?» lost its price question.
	"ad2esh": "قديش", "2ad2esh": "قديش", "ad2aish": "قديش", "ad2eish": "قديش", "b2addesh": "قديش",
	"b2adesh": "قديش", "adesh": "قديش", "2adeish": "قديش", "addaish": "قديش", "2addaish": "قديش",
	// A year and years: a final e or a is the ة, but the pages that lack «سنة» know «سن» (a tooth,
	// an age), which «sane» then became.
	"sane": "سنه", "sene": "سنه", "sana": "سنه", "saneh": "سنه", "seneh": "سنه", "sanah": "سنه", "snin": "سنين",
	"sneen": "سنين", "sinin": "سنين", "seneen": "سنين", "sanawat": "سنوات",
	// «final» (نهائي): the hamza's ي between vowels made «nihe2i» «حيا».
	"nihe2i": "نهايي", "niha2i": "نهايي", "neha2i": "نهايي", "nihayi": "نهايي", "nehayi": "نهايي",
	"niha2y": "نهايي", "neha2y": "نهايي", "nihai": "نهايي",
	// «lasts» (بيقعد, Egyptian and Levantine): read letter by letter, its 2 before oo is dropped.
	"by2ood": "بيقعد", "bi2ood": "بيقعد", "byo2od": "بيقعد", "bye2od": "بيقعد", "by2od": "بيقعد",
	"b2ood": "بيقعد", "yo2od": "يقعد", "ye2od": "يقعد", "y2ood": "يقعد",
	// Gulf «do» (سوى) and «exactly» (بالضبط), stop words written in Arabic.
	"asawi": "اسوي", "tsawi": "تسوي", "ysawi": "يسوي", "nsawi": "نسوي", "sawait": "سويت",
	"sawet": "سويت", "sawweit": "سويت", "sawwet": "سويت", "sawwait": "سويت",
	"dabt": "بالضبط", "zabt": "بالضبط", "bezzabt": "بالضبط", "bizzabt": "بالضبط", "bezabt": "بالضبط",
	// Levantine «heavy» (تقيل) with its ت gone or its ق a hamza, «face» (وج) without its ه, a brother
	// (خوه) and «I'll be» (بكون): letter by letter they make no word the pages know.
	"2eel": "ثقيل", "t2eel": "ثقيل", "ti2eel": "ثقيل", "te2eel": "ثقيل", "t2ile": "ثقيله", "t2eele": "ثقيله",
	"wej": "وجه", "wij": "وجه", "khoh": "اخوه", "5oh": "اخوه", "a5oh": "اخوه", "akhoh": "اخوه",
	"bkoun": "بكون", "bkoon": "بكون", "bkun": "بكون",
	// «stays» (بتبقى): the 2 is a ق said as a hamza.
	"bteb2a": "تبقي", "btib2a": "تبقي", "teb2a": "تبقي", "byeb2a": "يبقي", "bib2a": "يبقي", "yeb2a": "يبقي",
	// «said» (قال), its ق a hamza: read letter by letter «2al» is the article «ال» alone, and «the doctor
	// said I have…» lost its verb of telling.
	"2al": "قال", "2alet": "قالت", "2alit": "قالت", "2alat": "قالت", "2ali": "قالي", "2alli": "قالي",
	"2alo": "قالو", "2alou": "قالو", "2alu": "قالو", "2alouli": "قالولي", "2aloli": "قالولي", "2alatli": "قالتلي",
	"2aletli": "قالتلي", "2alitli": "قالتلي",
	// Levantine «ع» (on, to: «3a 3eni», «3a l bet»), which no letter-by-letter reading makes a word.
	"3a": "علي",
	// Bone (عظم) as the Levant and Egypt say it, with its ظ a d: read letter by letter «3adm» is «عدم»
	// (lack). The hand (ايدي), whose first i no rule writes as «اي», and the Levantine legs (اجرين).
	"3adm": "عضم", "3adem": "عضم", "3adme": "عضمه", "3admi": "عضمي", "3dam": "عضام", "3dame": "عضام",
	"idi": "ايدي", "edi": "ايدي", "eedi": "ايدي", "iidi": "ايدي",
	"ejrayn": "اجرين", "ijrayn": "اجرين", "ejreen": "اجرين", "ijreen": "اجرين",
	// Putting (حط) in its persons: read letter by letter, its ط is a ت («n7ot» نحت, carving).
	"7ot": "حط", "7ut": "حط", "a7ot": "احط", "a7ut": "احط", "n7ot": "نحط", "n7ut": "نحط", "t7ot": "تحط",
	"t7ut": "تحط", "y7ot": "يحط", "y7ut": "يحط", "b7ot": "بحط", "bn7ot": "بنحط", "bt7ot": "بتحط", "by7ot": "بيحط",
	// Affecting (يأثر) as the Levant and Egypt say it, its ث an s: read letter by letter «byaaser» is «بياسر».
	"byaaser": "بياثر", "byaser": "بياثر", "bi2aser": "بياثر", "by2aser": "بياثر", "biaser": "بياثر",
	"y2aser": "ياثر", "ya2aser": "ياثر", "t2aser": "تاثر", "bt2aser": "بتاثر", "bte2aser": "بتاثر", "btaaser": "بتاثر",
	// With its doubled s («bi2asser», «bey2assar»), letter by letter it was «قصير» (short), «قصر».
	"bi2asser": "بياثر", "bey2asser": "بياثر", "bey2assar": "بياثر", "bye2asser": "بياثر", "by2asser": "بياثر",
	"bi2assar": "بياثر", "ye2asser": "ياثر", "yi2asser": "ياثر", "y2asser": "ياثر", "bt2asser": "بتاثر",
	"bte2asser": "بتاثر", "bet2asser": "بتاثر", "bit2asser": "بتاثر", "bt2assar": "بتاثر", "t2asser": "تاثر",
	"te2asser": "تاثر", "ti2asser": "تاثر",
	// Treating (تداوي), whose doubled و letter by letter drops: «tedawon» read «تدون».
	"tedawon": "تداوون", "tdawon": "تداوون", "tedawoon": "تداوون", "tdawoon": "تداوون", "ydawon": "يداوون",
	"ydawoon": "يداوون", "tedawi": "تداوي", "tdawi": "تداوي", "ydawi": "يداوي", "bidawi": "بيداوي", "bitdawi": "بتداوي",
	// «from too much» (من كتر): read letter by letter «kotr» is «كوتر», a tendon (وتر) with a «ك» glued on;
	// «faster» (اسرع), whose s read as ص is epilepsy (صرع).
	"kotr": "كتر", "kutr": "كتر", "kitr": "كتر", "asra3": "اسرع", "asra3a": "اسرع", "bsor3a": "بسرعه", "bsur3a": "بسرعه",
	// «of course» (طبعا), a filler whose 6 read as ط or ظ made «طبعن» or nothing; «yesterday» as the Levant
	// also spells it; «in» as one letter («f nafs el yom», في نفس اليوم); «stays» (تبقى) with its ب gone
	// («bt2a», بتقى); «seeing» (شايف), whose y read as ي after a makes «شيف».
	"6ab3an": "طبعا", "tab3an": "طبعا", "6ab3n": "طبعا", "tab3n": "طبعا", "6ab3ann": "طبعا",
	"mbere7": "امبارح", "embere7": "امبارح", "imbare7": "امبارح", "mbera7": "امبارح", "mbari7": "امبارح",
	"f": "في", "bt2a": "تبقي", "btb2a": "تبقي", "tb2a": "تبقي", "yb2a": "يبقي", "byb2a": "يبقي",
	"shayef": "شايف", "shayfe": "شايفه", "shayfa": "شايفه", "shaayef": "شايف",
	// A smell (ريحة, in construct «ri7et» ريحة الـ): read letter by letter «ri7et» is «رحت» (I went).
	"ri7a": "ريحه", "ri7et": "ريحه", "ri7it": "ريحه", "ree7a": "ريحه", "ree7et": "ريحه", "re7a": "ريحه",
	"re7et": "ريحه", "ri7t": "ريحه", "ri7ta": "ريحته", "ri7to": "ريحته", "ri7etha": "ريحتها",
	// My lip (شفتي): read letter by letter, «shfti» is «شفت», I saw.
	"shfti": "شفتي", "shefti": "شفتي", "shafti": "شفتي", "shfeti": "شفتي", "shfto": "شفته", "shefto": "شفته",
	"shfta": "شفتها", "shefta": "شفتها",
	// «became» (صار), the dialects' auxiliary of a change («sarat t6ee7», she started falling): read
	// letter by letter «sarat» is «سرط», which the pages' «سرطان» (cancer) stems to, and «sar» «سر».
	"sar": "صار", "sarat": "صارت", "saret": "صارت", "sarit": "صارت", "sart": "صارت", "sert": "صرت",
	"sirt": "صرت", "sarli": "صارلي", "sarlo": "صارله", "sarlha": "صارلها", "sarle": "صارلي",
	// «sitting, keeps on» (قاعد), the Levant's and the Gulf's progressive: read letter by letter «2a3ed»
	// is «اعيد» (I repeat).
	"2a3ed": "قاعد", "2a3da": "قاعده", "ga3ed": "قاعد", "ga3id": "قاعد", "ga3da": "قاعده", "2a3id": "قاعد",
	// «all/every», «a little», «if», «day(time)» in more of their spellings: read letter by letter
	// «nhar» is «نحار».
	"kil": "كل", "kel": "كل", "kell": "كل", "koll": "كل", "shwai": "شوي", "shwayy": "شوي", "shwaye": "شويه",
	"shwayye": "شويه", "shwaiya": "شويه", "shwayya": "شويه", "lo": "لو", "lw": "لو",
	"nhar": "نهار", "nahar": "نهار",
	// More function words of the dialects that, read letter by letter, made content words: «sh» (شو,
	// what) stayed Latin, an unknown word weighing as much as the question; «badde» (بدي, I want) is
	// «بد»; «fikon» (فيكن, can you) «يكن»; «bi» (بـ, with, in) «بي»; «bl» (بالـ) «بل» (rather); «lahal» (لهالـ, for this) «اهل»
	// (family); the Gulf's «te5th», «akhoth» (تاخذ, آخذ: take) «تخت» (bed); «bt2ol» (بتقول, says)
	// «تقل» (heavy); «5od» (خد, take) «خد» (a cheek).
	"sh": "شو", "badde": "بدي", "bidde": "بدي", "beddi": "بدي", "bedde": "بدي", "baddy": "بدي", "bady": "بدي",
	"fik": "فيك", "fiki": "فيك", "feek": "فيك", "feeki": "فيك", "fikon": "فيكم", "fikun": "فيكم",
	"fikom": "فيكم", "fikum": "فيكم", "feekon": "فيكم", "feekom": "فيكم", "feekum": "فيكم",
	"bi": "ب", "bl": "ب", "fel": "في", "fil": "في", "fl": "في", "lahal": "لهذا", "lhal": "لهذا", "lahay": "لهذا",
	"te5th": "تاخذ", "ta5th": "تاخذ", "takhuth": "تاخذ", "takhoth": "تاخذ", "tekhith": "تاخذ", "te5ith": "تاخذ",
	"ya5th": "ياخذ", "ye5th": "ياخذ", "yakhuth": "ياخذ", "yakhoth": "ياخذ", "akhoth": "اخذ", "akhuth": "اخذ",
	"a5oth": "اخذ", "a5ith": "اخذ", "a5th": "اخذ", "akhith": "اخذ", "5od": "اخذ", "khod": "اخذ", "5ud": "اخذ",
	"khud": "اخذ", "bo5od": "اخذ",
	// «until, so that» (حتى): letter by letter «7atta» is «حاط», «حط» (put); «two» (اتنين), which read
	// «طنين» (tinnitus).
	"7atta": "حتي", "7ata": "حتي", "7atta2": "حتي", "hatta": "حتي", "7tta": "حتي", "7ta": "حتي",
	"etnein": "اثنين", "etnen": "اثنين", "itnein": "اثنين", "itnen": "اثنين", "tnein": "اثنين", "tnen": "اثنين",
	"tneen": "اثنين", "ithnain": "اثنين", "ithnein": "اثنين", "ethnein": "اثنين", "thnain": "اثنين",
	"bt2ol": "بتقول", "bt2ool": "بتقول", "bet2ool": "بتقول", "bit2ool": "بتقول", "t2ool": "تقول", "t2ol": "تقول",
	"tgool": "تقول", "tgol": "تقول", "y2ool": "يقول", "y2ol": "يقول", "ygool": "يقول", "by2ool": "بيقول",
	"bi2ool": "بيقول", "by2ol": "بيقول", "b2ool": "بقول", "b2ol": "بقول", "a2ool": "اقول", "agool": "اقول",
}

// endsArabizi says whether a word is letters and one letter-digit after them («byewja3», «tetla3»,
// «btetshal2»): looksArabizi takes that for a model or a count («omega3»), so it only counts as an
// Arabizi function word does, towards the two a message needs.
func endsArabizi(w string) bool {
	n := len(w)
	if n < 4 || !isArabiziDigit(w[n-1]) {
		return false
	}
	for i := 0; i < n-1; i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// IsArabizi says whether a message's words (see Words) are Arabizi: a word written with a letter-digit,
// or two Arabizi function words, with no Arabic script at all.
func IsArabizi(words []string) bool {
	marks, strong, latin, english := 0, false, 0, false
	for _, w := range words {
		if !isLatinWord(w) {
			if w != "" && w[0] >= 0x80 {
				return false // Arabic script: not Arabizi, whatever Latin it quotes
			}
			continue
		}
		latin++
		if looksArabizi(w) {
			return true
		}
		switch fixed := arabiziFixed[w] != "" && !englishLookalikes[w]; {
		case arabiziWords[w] || endsArabizi(w) || fixed:
			marks++
			// A function word no English message writes, of three letters or more («lazem», «lel»), not
			// one English shares («fee», «min»), nor a word ending on a letter-digit, which may be a
			// model («omega3»).
			strong = strong || fixed && !arabiziWords[w] && len(w) >= 3
		default:
			_, stop := stopWords[w]
			english = english || stop
		}
	}
	// A short follow-up has room for one mark only («lazem yetshal?», «fluoride lel atfal?»): one that no English
	// message writes marks it, unless an English function word is in it.
	return marks >= 2 || marks == 1 && strong && latin <= shortArabizi && !english
}

// shortArabizi is the most Latin words of a message that one Arabizi mark makes Arabizi.
const shortArabizi = 3

// ArabiziSpellings returns the Arabic spellings of one Arabizi word, likeliest first, at most
// limit of them (0: no limit beyond maxArabiziChoices). The article «el»/«al» glued on («elwajh»)
// becomes ال.
func ArabiziSpellings(w string, limit int) []string {
	out := spellingsCache.Get(spellingsKey{w, limit}, func() []string {
		out, _ := arabiziSpellings(w, limit)
		return out
	})
	return slices.Clone(out) // the caller's own: the cached list stays as it was made
}

// spellingsCache remembers the spellings of the words last asked of ArabiziSpellings (emptied when
// full): the bot asks for the same words' spellings again, message after message, and making them
// costs some microseconds a word.
var spellingsCache Memo[spellingsKey, []string]

type spellingsKey struct {
	w     string
	limit int
}

// ArabiziSpellingTiers is ArabiziSpellings with, for each spelling, how many of its letters are read
// other than their likeliest way: a reader choosing among them by other knowledge may prefer the
// spellings that deviate least.
// With egyptian (EgyptianArabizi of the message), g is read as ج before ق.
func ArabiziSpellingTiers(w string, limit int, egyptian bool) ([]string, []int) {
	return arabiziSpellingsIn(w, limit, egyptian)
}

// EgyptianArabizi says whether an Arabizi message's words say g as ج: an Egyptian function word and
// no j.
func EgyptianArabizi(words []string) bool { return egyptianMessage(words) }

// arabiziSpellings is ArabiziSpellings with, for each spelling, how many of its letters are read other
// than their likeliest way (the order's tiers: none first).
func arabiziSpellings(w string, limit int) (out []string, deviated []int) {
	return arabiziSpellingsIn(w, limit, false)
}

// egyptianG reads g in an Egyptian message: ج, as Cairo says it, before the ق of the Gulf.
var egyptianG = arabiziUnit{"g", []string{"ج", "ق"}}

// egyptianWords are Egyptian function words no other dialect uses: a message with one says its g
// as ج («el 3elag da», العلاج ده; «el waga3 eh?»), unless it writes ج as j elsewhere.
var egyptianWords = map[string]bool{
	"eh": true, "ezay": true, "ezzay": true, "izay": true, "da": true, "dah": true, "deh": true, "di": true,
	"keda": true, "kda": true, "kedda": true, "delwa2ti": true, "dilwa2ti": true, "3ayez": true, "3ayza": true,
	"3awez": true, "3awza": true, "awi": true, "2awi": true, "fein": true, "feen": true, "ba2a": true,
	"bardo": true, "7aga": true, "7agat": true,
}

// egyptianMessage says whether an Arabizi message's g is ج: it has an Egyptian function word and writes
// no j.
func egyptianMessage(words []string) bool {
	egyptian := false
	for _, w := range words {
		if strings.ContainsRune(w, 'j') {
			return false
		}
		egyptian = egyptian || egyptianWords[w]
	}
	return egyptian
}

// arabiziSpellingsIn is arabiziSpellings of a word in a message that says g as ج (egyptian) or not.
func arabiziSpellingsIn(w string, limit int, egyptian bool) (out []string, deviated []int) {
	if ar, ok := arabiziFixed[w]; ok {
		return []string{ar}, []int{0}
	}
	prefix := ""
	if len(w) > 4 && (strings.HasPrefix(w, "el") || strings.HasPrefix(w, "al") || strings.HasPrefix(w, "il")) {
		prefix, w = "ال", w[2:]
	}
	units := arabiziParse(w)
	if len(units) == 0 {
		return nil, nil
	}
	if egyptian {
		for i, u := range units {
			if u.latin == "g" {
				units[i] = egyptianG
			}
		}
	}
	for i := 1; i+1 < len(units); i++ {
		if units[i].latin != "2" {
			continue
		}
		if next := units[i+1].latin[0]; isVowel(units[i-1].latin) && !strings.ContainsRune("aou", rune(next)) {
			// A hamza after a vowel and before an i, or before a consonant where an i fell out, sits on
			// a ي («da2me» دائمة, «sa2el» سائل), which Normalize writes ي; not before a or u («ra2am»).
			units[i] = hamzaBeforeI
		} else {
			units[i] = medial2
		}
		if prev, next := units[i-1].latin, units[i+1].latin; (prev == "o" || prev == "u") && next != "o" && next != "u" {
			// After a u a hamza sits on a و, which Normalize keeps («mo2lem» مؤلم, «so2al» سؤال);
			// not before another u («shu2u2» is «شقوق», never «شو»).
			units[i] = arabiziUnit{"2", append(slices.Clone(units[i].ar), "و")}
		}
	}
	if n := len(units); n > 1 && units[n-1].latin == "e" && !isVowel(units[n-2].latin) {
		// A final e after a consonant is mostly the ة of Levantine «madrase», «3amaliye», «2a3de».
		units[n-1] = finalE
	}
	if len(units) > 2 && units[0].latin == "2" && (units[1].latin[0] == 'o' || units[1].latin[0] == 'u') {
		// A word opening on «2o», «2u» is mostly a ق the dialects say as a hamza («2o6ab» قطب, «2o6n»
		// قطن, «2ulli» قللي): read first as a bare alif, «2o6ab» was «اطاب».
		units[0] = initial2Round
	}
	if len(units) > 1 && isVowel(units[0].latin) {
		// A word never starts with a vowel letter: its first vowel sits on an alif («ebni» ابني, not
		// «يبني»; «okhti» اختي, not «وختي»), with the ي or و of a long vowel or diphthong after it
		// («ayyam», «awel»).
		units[0] = firstVowel(units[0])
	}
	if n := len(units); n > 3 && units[n-2].latin == "a" && units[n-1].latin == "n" && !isVowel(units[n-3].latin) {
		// A final «an» after a consonant may be the alif of an adverb's tanween («asasan» اساسا,
		// «abdan» ابدا), read before the «ان» of a noun's plural or dual («asnan» اسنان), which the
		// pages know as spelled when it is one.
		units = append(units[:n-2], tanweenAn)
	}
	if n := len(units); n > 2 && units[n-2].latin == "i" && units[n-1].latin == "2" && !isVowel(units[n-3].latin) {
		// A final «i2» after a consonant is the «يق» of a فعيل («di2» ضيق, «tari2» طريق, «sadi2»
		// صديق), the hamza a ق the dialects say so; read short (دق، دا) it makes another word.
		units = append(units[:n-2], finalI2)
	}
	if n := len(units); n > 1 && units[n-1].latin == "i" && !isVowel(units[n-2].latin) {
		// A final i after a consonant is mostly a long ي: «my» («3eni» عيني, «ebni» ابني) or an
		// adjective's ending («tabi3i» طبيعي); written short it would make another word («عن», «تبع»).
		units[n-1] = finalI
	}
	seen := map[string]bool{}
	want := 0
	choice := make([]int, len(units))
	var walk func(i, deviations int)
	// Spellings with fewer deviations from the likeliest readings come first: walk once per
	// deviation count.
	// The spelling as written and as normalised, in buffers reused from one spelling to the next:
	// most spellings are built, folded and found seen, and only a new one is made a string.
	var raw, norm []byte
	emit := func() {
		raw = append(raw[:0], prefix...)
		for i, u := range units {
			r := u.ar[choice[i]]
			// A word starts with its vowel, or its hamza, written (اقدر, not قدر; «2ana» انا); a
			// final a is a ه or ا.
			if r == "" && i == 0 && (isVowel(u.latin) || u.latin == "2") {
				r = firstVowelLetter(u.latin)
			}
			if i == len(units)-1 && u.latin == "a" && r == "" {
				r = "ه"
				if i > 0 && units[i-1].latin == "h" && choice[i-1] == 0 {
					// After an h, a final a is the alif of «ها» (her, it: «fiha» فيها, «menha»
					// منها, «ba3dha» بعدها), not a second ه.
					r = "ا"
				}
			}
			raw = append(raw, r...)
		}
		// Normalize is appendFolded here: the units write no tanween mark, which is all it reads
		// before folding (TestArabiziUnitsUnmarked). raw is not changed while the string viewing it
		// is read.
		norm = appendFolded(norm[:0], unsafe.String(unsafe.SliceData(raw), len(raw)))
		if len(norm) > 0 && !seen[string(norm)] {
			s := string(norm)
			seen[s] = true
			out, deviated = append(out, s), append(deviated, want)
		}
	}
	walk = func(i, deviations int) {
		if limit > 0 && len(out) >= limit {
			return
		}
		if i == len(units) {
			if deviations == want {
				emit()
			}
			return
		}
		for c := range units[i].ar {
			d := deviations
			if c > 0 {
				d++
			}
			if d > want {
				break
			}
			choice[i] = c
			walk(i+1, d)
		}
		choice[i] = 0
	}
	for ; want <= maxArabiziChoices; want++ {
		walk(0, 0)
	}
	return out, deviated
}

// initial2Round reads a word's first 2 before o or u: ق, then the alif of a hamza ("" is written ا).
var initial2Round = arabiziUnit{"2", []string{"ق", ""}}

// hamzaBeforeI reads a 2 inside a word where it may sit on a ي: as any 2, or as that ي.
var hamzaBeforeI = arabiziUnit{"2", []string{"ق", "ي", "ا"}}

// medial2 reads a 2 inside a word: mostly the ق the dialects say as a hamza («wa2t», «7o2na», «tare2a»),
// then a hamza on an alif («mas2ale»); never nothing, which would drop a letter the writer wrote
// («b2a3od» is «بقعد», not «بعد»; «shu2u2» «شقوق», not «شو»).
var medial2 = arabiziUnit{"2", []string{"ق", "ا"}}

// firstVowel is how a word's first vowel unit is written: an alif, then the ي or و a long vowel or
// diphthong writes.
func firstVowel(u arabiziUnit) arabiziUnit {
	switch u.latin {
	case "ai", "ay", "ei", "ey", "ee", "ii":
		return arabiziUnit{u.latin, []string{"اي"}}
	case "aw", "ou", "oo", "uu":
		return arabiziUnit{u.latin, []string{"او"}}
	}
	return arabiziUnit{u.latin, []string{"ا"}}
}

// tanweenAn reads a word's final «an» after a consonant: an unwritten a, the alif of tanween, a long a.
var tanweenAn = arabiziUnit{"an", []string{"ن", "ا", "ان"}}

// finalI reads a word's final i after a consonant: ي first.
var finalI = arabiziUnit{"i", []string{"ي", ""}}

// finalI2 reads a word's final «i2» after a consonant: يق.
var finalI2 = arabiziUnit{"i2", []string{"يق"}}

// finalE reads a word's final e after a consonant: ة (written ه, as Normalize folds it) first.
var finalE = arabiziUnit{"e", []string{"ه", "", "ي"}}

func isVowel(latin string) bool { return strings.ContainsRune("aeiou", rune(latin[0])) }

// firstVowelLetter is how a word's first vowel is written: on an alif (امي, اقدر, اتنفس).
func firstVowelLetter(string) string { return "ا" }

// unitsByFirst are the indexes in arabiziUnits of the units opening with each byte, in their order
// there: arabiziParse tries at each letter the few units that may start there, not all of them.
var unitsByFirst = func() (by [256][]uint8) {
	for k, u := range arabiziUnits {
		by[u.latin[0]] = append(by[u.latin[0]], uint8(k))
	}
	return by
}()

// pronounAfterDh are the endings after a «dh» that make it a d and the pronoun «ها» or «هم»
// (arabiziParse).
var pronounAfterDh = map[string]bool{"a": true, "om": true, "um": true, "on": true, "ma": true}

// doubledDigraph are the digraphs of one consonant that a shadda writes twice.
var doubledDigraph = map[string]bool{"sh": true, "kh": true, "gh": true, "th": true, "dh": true}

// arabiziParse splits a word into units; a doubled letter (naffas) is written once.
func arabiziParse(w string) []arabiziUnit {
	units := make([]arabiziUnit, 0, len(w)) // a unit a byte at most: one allocation
	for i := 0; i < len(w); {
		matched := false
		for _, k := range unitsByFirst[w[i]] {
			if u := arabiziUnits[k]; strings.HasPrefix(w[i:], u.latin) {
				if (u.latin == "aw" || u.latin == "ay") && i+2 < len(w) && w[i+2] == u.latin[1] {
					// «awwer», «ayyam»: an a before a doubled w or y, not the diphthong; the a is read
					// alone, and the doubled letter once («بيعور», «ايام»).
					continue
				}
				if u.latin == "dh" && i > 0 && !isVowel(w[i-1:i]) && pronounAfterDh[w[i+2:]] {
					// «ba3dha», «ba3dhom»: a d that ends the stem after a consonant, then the pronoun
					// «ها», «هم» (بعدها), not ذ or ض, which a vowel comes before («dhahri», «a5adha»).
					continue
				}
				if n := len(units); n > 0 && units[n-1].latin == u.latin && !isVowel(u.latin) && (len(u.latin) == 1 || doubledDigraph[u.latin]) {
					// A doubled digraph is a shadda too («naththara» نظّارة, «mashshi»): read twice, its
					// letter made «نثثره», no word.
					i += len(u.latin) // shadda
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
			i++ // an apostrophe or another digit: nothing to write
		}
	}
	return units
}

// pagesKnow says whether the pages use a word, or a lexicon group it is a word of («حل» of the group
// whose «علاج» the pages use): its stem, or its stem without a leading preposition.
func (ix *Index) pagesKnow(w string) bool {
	st := stemWord(w)
	if st == "" {
		return false
	}
	return ix.reachesPages(st) || ix.reachesPages(altStemOf(w, st))
}

func (ix *Index) reachesPages(st string) bool {
	if st == "" {
		return false
	}
	if ix.df[st] > 0 {
		return true
	}
	for _, ref := range ix.lex.first[st] {
		if len(ix.lex.groups[ref.group][ref.member]) != 1 {
			continue // a phrase: the word alone is not it
		}
		for _, m := range ix.lex.groups[ref.group] {
			if ix.memberDF(m) > 0 {
				return true
			}
		}
	}
	return false
}

// memberDF is the passages a lexicon member is in as far as its words tell: the fewest any of its
// content words is in. A phrase's word alone is not the phrase: «بيض» of «مية بيضا» (cataract) is the
// dental pages' whitening, and does not make «ساد» a word of theirs («sad» of «sad el shu2u2» is
// «سد», sealing).
func (ix *Index) memberDF(m []string) int {
	df := -1
	for _, k := range m {
		if strings.HasPrefix(k, stopKey) {
			continue
		}
		if d := int(ix.df[k]); df < 0 || d < df {
			df = d
		}
	}
	return max(df, 0)
}
