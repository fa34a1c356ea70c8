package knowledge

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Spoken Arabic has lost sounds the pages still write, and patients spell as they speak: Egyptian
// and Levantine say ث as ت or س («تلاتة», «كتير») and ذ as د or ز («اخد», «دقن»); Gulf, Iraqi
// and Levantine patients merge ض and ظ («ضهري», «عضم», «نضارة»); the Gulf says some ق as ج
// («جدام»), Iraqi and Gulf keyboards have چ for ك or ج (not گ for ق: Normalize folds گ to ك, and
// ك is too common a letter to be retried as ق: «كمل» would be «قمل», lice); and
// the Levantine pronoun «his» is و where the pages write ه («عندو», «عينو»). A word the clinic's
// pages and lexicon do not know is therefore retried in the pages' letters, the way an Arabizi word
// is, and the spelling with the fewest changes that the pages know wins. Only these letters change, so
// the retry cannot drift into an unrelated word the way a free one-letter edit would.

// dialectShifts maps a letter as patients write it to the letters the pages may have for it.
var dialectShifts = map[rune][]rune{
	'ت': {'ث'},
	'س': {'ث'},
	'د': {'ذ', 'ض'},
	'ز': {'ذ', 'ظ'},
	'ض': {'ظ'},
	'ظ': {'ض'},
	'ج': {'ق'},
	'چ': {'ك', 'ج'},
}

// maxDialectShifts bounds the letters changed in one word: «تلاتة» needs two.
const maxDialectShifts = 2

// minDialectRunes: a two-letter word is too short to tell a sound shift from another word.
const minDialectRunes = 3

// Walking every spelling of every unknown word (dialectSpellings, in the tests) costs microseconds a
// word; instead, the stems the pages
// and lexicon know are filed under a fold that writes each group of letters a shift can join as one
// (ت ث س, د ذ ض ز ظ, ج ق ك چ), and an unknown word is looked up once under its own fold. The fold is
// coarser than the shifts (it joins ت and س, which no patient swaps), so each stem found is checked
// with dialectShifted.

// dialectFolds are the letters a fold writes as one.
var dialectFolds = map[rune]rune{'ث': 'ت', 'س': 'ت', 'ذ': 'د', 'ض': 'د', 'ز': 'د', 'ظ': 'د', 'ق': 'ج', 'ك': 'ج', 'چ': 'ج'}

// dialectFold writes s with each group of letters a shift can join as one letter.
func dialectFold(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if f, ok := dialectFolds[r]; ok {
			r = f
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// dialectTarget says whether a stem has a letter a shift writes, so that a patient's spelling may
// differ from it: only those are filed.
func dialectTarget(s string) bool {
	return strings.ContainsAny(s, "ثذضظقكج")
}

// dialectShifted counts the shifts that turn a patient's spelling into the pages' (of one length):
// -1 when some letter differs in a way no shift explains, or more than maxDialectShifts do.
func dialectShifted(patient, page string) int {
	n, i := 0, 0
	pr := []rune(page)
	for _, r := range patient {
		if i >= len(pr) {
			return -1
		}
		if r != pr[i] {
			ok := false
			for _, to := range dialectShifts[r] {
				ok = ok || to == pr[i]
			}
			if !ok {
				return -1
			}
			n++
		}
		i++
	}
	if i != len(pr) || n > maxDialectShifts {
		return -1
	}
	return n
}

// dialectIndex files stems under their fold.
type dialectIndex map[string][]string

// newDialectIndex files the Arabic stems of vocab that a shift can reach.
func newDialectIndex(vocab func(yield func(string) bool)) dialectIndex {
	d := dialectIndex{}
	for s := range vocab {
		if utf8.RuneCountInString(s) < minDialectRunes || !isArabicWord(s) || !dialectTarget(s) {
			continue
		}
		f := dialectFold(s)
		d[f] = appendOnce(d[f], s)
	}
	for k := range d {
		slices.Sort(d[k]) // as the typo index's lists: no reply may depend on map order
	}
	return d
}

// dialectStops files the stop words under their fold: «اخد» is «اخذ», «تاني» «ثاني».
var dialectStops = func() dialectIndex {
	return newDialectIndex(func(yield func(string) bool) {
		for w := range stopWords {
			if !yield(w) {
				return
			}
		}
	})
}()

// find returns the stem filed under s's fold that the fewest shifts reach from s, the one most
// passages use (df) among equals, with its shifts; "" and -1 when none is.
func (d dialectIndex) find(s string, df map[string]int) (string, int) {
	best, bestShifts, bestDF := "", -1, -1
	for _, c := range d[dialectFold(s)] {
		n := dialectShifted(s, c)
		if n <= 0 {
			continue
		}
		if best == "" || n < bestShifts || n == bestShifts && df[c] > bestDF {
			best, bestShifts, bestDF = c, n, df[c]
		}
	}
	return best, bestShifts
}

// dialectKey returns the key of a word the pages do not know when it is a word they do know written
// as a dialect speaks it, or a function word with a pronoun or a verb's ending on it («اخذت»,
// «عندو»): the stop key of a function word, else the stem the pages use most. "" when it is neither.
func (ix *Index) dialectKey(w string) string {
	if k := stopWithEnding(w); k != "" {
		return k
	}
	if utf8.RuneCountInString(w) < minDialectRunes || !isArabicWord(w) && !strings.ContainsRune(w, 'چ') {
		return ""
	}
	// The Levantine «على» shortened to «ع» and glued on: «عالكريمات», «عكتفي».
	if rest, ok := strings.CutPrefix(w, "عال"); ok && utf8.RuneCountInString(rest) >= 2 {
		if k := ix.knownStem("ال" + rest); k != "" {
			return k
		}
	} else if rest, ok := strings.CutPrefix(w, "ع"); ok && utf8.RuneCountInString(rest) >= 4 {
		if k := ix.knownStem(rest); k != "" {
			return k
		}
	}
	forms := []string{w}
	if strings.HasSuffix(w, "و") {
		forms = append(forms, strings.TrimSuffix(w, "و")+"ه") // «عندو», «عينو»: the Levantine «his»
	}
	best, bestShifts := "", -1
	consider := func(k string, n int) {
		if k != "" && n >= 0 && n <= maxDialectShifts && (best == "" || n < bestShifts) {
			best, bestShifts = k, n
		}
	}
	for extra, f := range forms {
		// A function word, as written or with an ending: «اخد», «اخدت».
		if c, n := dialectStops.find(f, nil); c != "" {
			consider(stopKey+c, n+extra)
		} else if extra > 0 && isStopListed(f) {
			consider(stopKey+f, extra)
		}
		for _, suf := range backoffSuffixes {
			if suf.cut == "ي" {
				continue
			}
			if rest, ok := strings.CutSuffix(f, suf.cut); ok && utf8.RuneCountInString(rest) >= minDialectRunes {
				if c, n := dialectStops.find(rest+suf.add, nil); c != "" {
					consider(stopKey+c, n+extra)
				}
			}
		}
		if best != "" {
			return best // a function word explains the spelling: it wins
		}
		// A word the pages or lexicon know, by its stem or its stem without a preposition.
		for _, st := range []string{stemWord(f), altStem(f)} {
			if st == "" {
				continue
			}
			if extra > 0 && ix.knows(st) {
				consider(st, extra)
			}
			if c, n := ix.dialect.find(st, ix.df); c != "" {
				consider(c, n+extra)
			}
		}
	}
	return best
}

// stopWithEnding returns the stop key of a function word that carries a pronoun or a verb's ending
// the stop list does not spell out («اخذت», «عندو», «قالولي»), "" when w is none.
func stopWithEnding(w string) string {
	for _, suf := range backoffSuffixes {
		if suf.cut == "ي" {
			continue // «نفسي» is psychological, not «نفس» with a pronoun
		}
		rest, ok := strings.CutSuffix(w, suf.cut)
		if !ok || utf8.RuneCountInString(rest) < 3 {
			continue
		}
		// The stop list itself, not isStop's own peeling: this runs for every unknown word.
		if c := rest + suf.add; isStopListed(c) {
			return stopKey + c
		}
	}
	return ""
}

// isStopListed says whether w is on the stop list as written.
func isStopListed(w string) bool {
	_, ok := stopWords[w]
	return ok
}

// knownStem returns the stem by which the pages or lexicon know w, or know it without a leading
// preposition; "" when they know neither.
func (ix *Index) knownStem(w string) string {
	st := stemWord(w)
	if st == "" {
		return ""
	}
	if ix.knows(st) {
		return st
	}
	if alt := altStem(w); alt != "" && ix.knows(alt) {
		return alt
	}
	return ""
}

// Levantine and Egyptian verbs carry more than the pages' verbs do: the present's «ب» («بتفحصوا»),
// the negation around the verb («ماتمسكش», «متتحركش»), the Egyptian passive's «ات»/«يت» («يتشال»),
// the first person plural's «م» («منعمل») and the object with «ل» after it («بتعملولي»,
// «بيلزقولو»). verbKey peels these off a word the pages do not know and looks the verb up as backoff
// does: "" when what is left is not a verb they know.

// verbPrefixes, longest first; each leaves the verb with its person («بتفحص» → «تفحص»).
// The first, "", is the verb without one.
var verbPrefixes = []string{"", "مابي", "مابت", "ماب", "بي", "بت", "بن", "ب", "م", "ما"}

// verbSuffixes, longest first: the object with «ل» and the plural before it, the negation's «ش».
// The plural's «و» with an object after it («بيطلعوه», «بيسموها») as well.
var verbSuffixes = []string{"", "ولي", "ولو", "ولها", "وله", "ولنا", "وني", "وها", "وهم", "وه", "لي", "لو", "له", "لها", "لنا", "ش", "وا", "و"}

func (ix *Index) verbKey(w string) string {
	if utf8.RuneCountInString(w) < 5 || !isArabicWord(w) {
		return ""
	}
	// «و» or «ف» before the verb («ويزرعوا», «فبيشيلوه»): the verb is read without it.
	if rest, ok := cutConjunction(w); ok {
		if k := ix.verbKey(rest); k != "" {
			return k
		}
	}
	// A function verb first («بتعملولي» is «بتعملوا» + «لي»), then a verb the pages know.
	if k := peelVerb(w, func(v string) string {
		if isStopListed(v) {
			return stopKey + v
		}
		return ""
	}); k != "" {
		return k
	}
	known := func(v string) string {
		if st := stemWord(v); st != "" && ix.knows(st) {
			return st
		}
		return ""
	}
	return peelVerb(w, func(v string) string {
		if k := known(v); k != "" {
			return k
		}
		// The verb's person («تفحص» → «فحص»), and the passive's «ت» after it («يتشال» → «شال»).
		r, size := utf8.DecodeRuneInString(v)
		if !strings.ContainsRune("ايتن", r) || utf8.RuneCountInString(v) < 4 {
			return ""
		}
		if k := known(v[size:]); k != "" {
			return k
		}
		if rest, ok := strings.CutPrefix(v[size:], "ت"); ok && utf8.RuneCountInString(rest) >= 3 {
			return known(rest)
		}
		return ""
	})
}

// peelVerb calls find with w less each pair of a verb prefix and suffix, and returns the first key
// it finds; "" when none. The negation's «ما» goes with its «ش» («ماتمسكش»), except that «ما» alone
// glued before a verb in the present is the Gulf negation, which has no «ش» («مايناسبه», «ماتقدر»,
// «مايخف»): not before «ا», which opens the past of a derived verb as well («ماانكسر», did not
// break) and must not be read as the break.
// presentTense says whether a word opens as a verb in the present does (ا ت ن ي): the «م» of
// «منعمل», «متتحركش» stands before one, while a noun's own «م» («معينة», «مريض») does not, and
// peeling it would read «معينة» (a certain) as «عينة», an eye.
func presentTense(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r == 'ا' || r == 'ت' || r == 'ن' || r == 'ي'
}

func peelVerb(w string, find func(string) string) string {
	for _, p := range verbPrefixes {
		rest, ok := strings.CutPrefix(w, p)
		// The plural's «م» stands before «ن», «ت» or «ي» («منعمل»); before «ا» it is the negation «ما»
		// glued on («ماانكسر», did not break), which must not be peeled off as if it were nothing.
		if !ok || p == "م" && (!presentTense(rest) || strings.HasPrefix(rest, "ا")) {
			continue
		}
		for _, s := range verbSuffixes {
			if p == "" && s == "" || strings.HasPrefix(p, "ما") && s != "ش" && !(p == "ما" && presentTense(rest) && !strings.HasPrefix(rest, "ا")) {
				continue
			}
			core, ok := strings.CutSuffix(rest, s)
			if !ok || utf8.RuneCountInString(core) < 3 {
				continue
			}
			if k := find(core); k != "" {
				return k
			}
		}
	}
	return ""
}

// cutConjunction returns w without a leading «و» or «ف» when four letters or more are left.
func cutConjunction(w string) (string, bool) {
	r, size := utf8.DecodeRuneInString(w)
	if (r != 'و' && r != 'ف') || utf8.RuneCountInString(w) < 5 {
		return "", false
	}
	return w[size:], true
}

// futureVerbKey reads the Egyptian and Levantine future («ه», «ح») before a verb that future alone
// does not resolve: one with the dialects' own endings («هيخلعوا», «هتحطولي») or a short function
// verb («هحس», «احس»). "" when what is left is no verb the pages know.
func (ix *Index) futureVerbKey(w string) string {
	if rest, ok := cutConjunction(w); ok && (strings.HasPrefix(rest, "ه") || strings.HasPrefix(rest, "ح")) {
		w = rest // «وهيبان», «وحيرجع»: the future after «و»
	}
	r, size := utf8.DecodeRuneInString(w)
	if (r != 'ه' && r != 'ح') || utf8.RuneCountInString(w) < 3 || !isArabicWord(w) {
		return ""
	}
	rest := w[size:]
	first, _ := utf8.DecodeRuneInString(rest)
	if !strings.ContainsRune("اينت", first) {
		rest = "ا" + rest // the first person drops its alif: «هحس» for «ه + احس»
	}
	if isStopListed(rest) {
		return stopKey + rest
	}
	if k := ix.knownStem(rest); k != "" {
		return k
	}
	if k := ix.dialectKey(rest); k != "" {
		return k // «هاخد»: the future of «اخد», the dialects' «اخذ»
	}
	return ix.verbKey(rest)
}

// defectiveKey reads a word the pages do not know as the present of a defective verb, one whose root
// ends in «ي»: «يمشي», «تشفى», «بيعطي», «ويوصي». The stemmer takes that «ي» for «my» («يمش»), and
// the verb's person is not the pages' («تبقى» beside «يبقى»), so the verb is looked up by its root
// instead: the verbal noun or past that keeps the «ي» («المشي», «مشى»), the verbal noun in «اء»
// («الشفاء»), then its other persons. "" when the pages and lexicon know none.
func (ix *Index) defectiveKey(w string) string {
	if rest, ok := cutConjunction(w); ok {
		w = rest
	}
	if rest, ok := strings.CutPrefix(w, "ب"); ok && utf8.RuneCountInString(rest) == 4 {
		w = rest // the present's «ب»: «بيعطي», «بتمشي»
	}
	r := []rune(w)
	if len(r) != 4 || !strings.ContainsRune("يتنا", r[0]) || r[3] != 'ي' || !isArabicWord(w) {
		return ""
	}
	root := string(r[1:3])
	cands := []string{root + "ي", root + "ا"}
	for _, p := range "يتا" {
		// Not «ن»: the pages' nouns in «ن» («نمشي» is the freckles' «نمش» to the stemmer) are
		// commoner than a verb of theirs in the first person plural.
		if p != r[0] {
			cands = append(cands, string(p)+root+"ي")
		}
	}
	for i, c := range cands {
		if st := stemWord(c); st != "" && ix.knows(st) && (i < 2 || ix.df[st] > 0) {
			// Another person of the verb only as the pages write it: the lexicon's words are nouns
			// more than verbs, and «نمشي» («we walk») is not «النمش» (freckles) it lists.
			return st
		}
	}
	return ""
}

// The Egyptian and Levantine «خالص» is "at all" after a negation («مش بتوجعني خالص») and "very",
// "completely" after a state («مفلطحة خالص»): a stop word. After a verb of ending, going away or
// healing it is "for good", the pages' «نهائيًا»: «بيخلص من الصداع خالص», «لحد ما يخف خالص»,
// «بيروح خالص».

// forGoodWord is the word, normalised; forGoodKey the key it takes after such a verb.
var forGoodWord, forGoodKey = Normalize("خالص"), stemWord(Normalize("نهائيًا"))

// endingVerbs are the stems of the verbs of ending, going away and healing, in the persons and
// dialect forms patients use.
var endingVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`خلص يخلص تخلص بيخلص بتخلص يخلصني يخلصك اخلص يخف تخف بيخف بتخف خف خفت يروح تروح بيروح بتروح راح
يزول تزول زال يختفي تختفي اختفى ينتهي تنتهي انتهى يشفى تشفى شفيت يطيب تطيب بيطيب بتطيب طاب يبطل تبطل بطل`) {
		n := Normalize(w)
		if st := stemWord(n); st != "" {
			m[st] = true
		} else {
			m[stopKey+n] = true
		}
	}
	return m
}()

// forGoodWindow is how many words before «خالص» its verb may stand («بيخلص من الصداع النصفي خالص»).
const forGoodWindow = 5

// forGood gives «خالص» the key of «نهائيًا» where it follows a verb of ending (endingVerbs) within
// forGoodWindow words, with no negation between.
func forGood(keys, words []string) {
	if len(keys) != len(words) {
		return
	}
	for i, w := range words {
		if w != forGoodWord {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-forGoodWindow; j-- {
			if denyNegations[words[j]] || denials[words[j]] {
				break
			}
			if endingVerbs[keys[j]] {
				keys[i] = forGoodKey
				break
			}
		}
	}
}

// «قبل» before an event is "before" («قبل الخلع», «قبل البدء»), what a question about preparing
// asks; before a time («قبل سنة», «قبل كم يوم», «قبل ٣ اسابيع») it is "ago", which only dates the
// patient's story: a stop word there, as «من» is in «من سنة».
var beforeWord = Normalize("قبل")

// howMany is «كم», which a time follows («قبل كم يوم»); howManyEg the Egyptian «كام» («من كام شهر»,
// «بياخد كام جلسة؟»), which asks and dates alike.
var howMany, howManyEg = Normalize("كم"), Normalize("كام")

// isHowMany says whether w is «كم» in any dialect.
func isHowMany(w string) bool { return w == howMany || w == howManyEg }

// agoBefore turns «قبل» into a stop key where a time, a number or «كم» follows it.
func (ix *Index) agoBefore(keys, words []string) {
	for i, w := range words {
		if w != beforeWord || strings.HasPrefix(keys[i], stopKey) {
			continue
		}
		if i+1 < len(words) && (IsNumber(words[i+1]) || isHowMany(words[i+1]) || ix.lex.minor[keys[i+1]]) {
			keys[i] = stopKey + w
		}
	}
}

// A number of years after «عند» with its pronoun («ماما عندها ٧٠ سنة», «وانا عندي ٦٣ سنة», «ابني
// عنده سنتين») is an age, what the pages call «العمر», «الأعمار»; after «من» or «قبل» («من سنة»,
// «قبل ٣ سنين») it dates the patient's story and stays as it was.

// yearWords are the words for a year and years; yearDual is the dual, which needs no number.
var yearWords, yearDual = normalSet(`سنه سنة سنين سنوات عام اعوام سنتين`), Normalize("سنتين")

// haveWords are «عند» with its pronouns.
var haveWords = normalSet(`عندي عنده عندها عندو عندك عندكم عندنا عندهم عندهن عندا`)

// ageKey is the key of «عمر».
var ageKey = stemWord(Normalize("عمر"))

func normalSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[Normalize(w)] = true
	}
	return m
}

// ageYears gives a year word the key of «عمر» where «عند» with a pronoun, and a number (digits or
// numberWords) unless the word is the dual, stand before it.
func ageYears(keys, words []string) {
	if len(keys) != len(words) {
		return
	}
	for i, w := range words {
		if !yearWords[w] {
			continue
		}
		j := i - 1
		if w != yearDual {
			if j < 0 || !IsNumber(words[j]) && !numberWords[words[j]] {
				continue
			}
			j--
		}
		if j >= 0 && haveWords[words[j]] {
			keys[i] = ageKey
		}
	}
}

// A patient tells their age («عمري ٢٤ سنة», «ولدي عمره 16», «عندي ٣٥ سنة») to say who is asking,
// as they tell since when; the pages speak of an age where they say whom a treatment suits. Such a
// told age is what the patient is, not what they ask.

// ageOwn are «عمر» with a pronoun: the age of someone.
var ageOwn = normalSet(`عمري عمره عمرها عمرك عمرو عمرهم عمرنا وعمري وعمره وعمرها`)

// toldAge says whether every word of the question keyed as «عمر» tells an age: a year word that
// ageYears keyed, or «عمر» with a pronoun that a number follows («عمري ٢٤», «عمرها سنتين»,
// «عمري ثلاثة وخمسون عامًا»). False when the question has no such word.
func toldAge(keys, words []string) bool {
	if len(keys) != len(words) {
		return false
	}
	told := false
	for i, k := range keys {
		if k != ageKey {
			continue
		}
		if yearWords[words[i]] {
			told = true
			continue
		}
		if !ageOwn[words[i]] || i+1 >= len(words) {
			return false
		}
		n := words[i+1]
		if !IsNumber(n) && !numberWords[n] && n != yearDual && !yearWords[n] {
			return false
		}
		told = true
	}
	return told
}

// asksBesideAge says whether normalised words ask for something an age does not answer: why, how,
// how much, what («وش اللي يسبب حب الشباب؟ عمري ٢٤»); not when or whom a treatment suits («ايش
// يناسبني»), nor yes or no («عمري ١٧ ينفع اسوي ليزك؟»), which the pages answer by an age.
func asksBesideAge(words []string) bool {
	switch askOf(words) {
	case askWhen, askWho, askSuits:
		return false
	}
	for _, w := range words {
		if mayWords[w] || suitWords[w] {
			return false
		}
	}
	return asksForSomething(words)
}

// «سن» is a tooth, and the age at which a thing happens: before an ordinal, a number in words or a
// stage of life («بعد سن الخمسين», «حول سن السابعة», «قبل سن المراهقة»), it is that age, the word
// «عمر» the patient writes («عمري 55»), on the pages and in questions alike. A count comes after a
// tooth only as «واحد» («زراعة سن واحد»), and with the article an ordinal is the tooth's adjective
// («السن الأول»): neither is an age. Nor is a number in digits, which is as often a tooth's number in
// the dentists' notation («سن 16», «السن 36»).

// sinWords are «سن» alone and after a preposition or «و»; ageAfterSin are what makes it an age after
// it besides numberWords.
var sinWords, ageAfterSin = normalSet(`سن بسن لسن وسن`), normalSet(`الثانية الثالثة الرابعة الخامسة
	السادسة السابعة الثامنة التاسعة العاشرة العشرين الثلاثين الأربعين الخمسين الستين السبعين الثمانين
	التسعين سبعين ثمانين تسعين المراهقة البلوغ الرشد الشيخوخة`)

// A type numbered («السكري من النوع الثاني», "type 2 diabetes") names which one of a condition the
// patient has, not kinds asked about: it is not the word a heading listing kinds («أنواع التبييض»)
// holds. typeWords are «نوع» and "type"; typeNumbers the ordinals and numbers that follow them so.
var typeWords, typeNumbers = normalSet(`نوع النوع type`), normalSet(`الأول الاول الأولى الاولى الثاني
	الثانية التاني التانية الثالث 1 2 3 one two ii`)

// numberedType makes a stop word of «النوع» or "type" before a number naming which one (typeWords).
func numberedType(words []string, terms []Term) {
	for i := 0; i+1 < len(words) && i < len(terms); i++ {
		if typeWords[words[i]] && typeNumbers[words[i+1]] {
			terms[i] = Term{Word: words[i]}
		}
	}
}

// oneWords are «واحد» as it follows a noun it counts.
var oneWords = normalSet(`واحد واحدة واحده`)

// ageOfSin gives «سن» the stem of «عمر» where an age follows it (see sinWords).
func ageOfSin(words []string, terms []Term) {
	for i := 0; i+1 < len(words) && i < len(terms); i++ {
		if !sinWords[words[i]] {
			continue
		}
		next := words[i+1]
		if ageAfterSin[next] || numberWords[next] && !oneWords[next] {
			terms[i] = Term{Word: words[i], Stem: ageKey}
		}
	}
}
