package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Patients write the same word many ways: with or without diacritics, with any hamza seat, with
// Persian keyboard letters, with Arabic-Indic digits, with stretched letters (شكراااا). Normalize folds
// all of these so the index and the question meet on one spelling. It is a superset of the eval
// README's normalisation, so graded phrases survive it.
func Normalize(s string) string { return normalizeFolded(dropMarkedTanween(smellSpelled(s))) }

// smellSpelled writes «رائحة» (smell) as patients say it, «ريحة»: folded as written, its hamza's ي
// makes «رايحة» (going), a stop word, and the pages' smells vanish from the index.
func smellSpelled(s string) string {
	if !strings.Contains(s, "رائح") {
		return s
	}
	return strings.ReplaceAll(s, "رائح", "ريح")
}

// normalizeFolded is Normalize after the marked tanween: folding, spacing and squeezing in one pass.
func normalizeFolded(s string) string { return string(appendFolded(make([]byte, 0, len(s)), s)) }

// appendFolded appends normalizeFolded(s) to out: a caller normalising many strings in turn (the
// spellings of an Arabizi word) reuses one buffer.
func appendFolded(out []byte, s string) []byte {
	start := len(out)
	space := true // drop leading and repeated white space
	// Three or more of the same letter are one: that is emphasis (هلااا, sooo), never spelling,
	// while two can be (اللي, ممكن, too). prev is the rune last written, run how many in a row,
	// kept how many of them are written.
	//
	// But a run with a ي folded from ئ keeps two: «أخصائيين», «نهائيين» are a hamza's ي, the nisba's
	// and the plural's, and squeezed to one they lose the nisba (TestHamzaNisba). Two stay two, so
	// Normalize stays idempotent.
	prev, run, kept, hamza := rune(-1), 0, 0, false
	for _, orig := range s {
		r := foldRune(orig)
		switch {
		case r == 0:
			continue
		case r == ' ':
			if space {
				continue
			}
			space = true
		default:
			space = false
		}
		if r == prev {
			run++
			hamza = hamza || orig == 'ئ'
		} else {
			prev, run, kept, hamza = r, 1, 0, orig == 'ئ'
		}
		if run >= 3 && unicode.IsLetter(r) {
			switch {
			case hamza && kept < 2:
				out = utf8.AppendRune(out, r)
				kept = 2
			case !hamza && kept == 2:
				out = out[:len(out)-utf8.RuneLen(r)] // the second goes too
				kept = 1
			}
			continue
		}
		out = utf8.AppendRune(out, r)
		kept++
	}
	if n := len(out); n > start && out[n-1] == ' ' {
		out = out[:n-1]
	}
	return out
}

// tanweenFath is the tanween fatha mark (ـً).
const tanweenFath = '\u064B'

// dropMarkedTanween drops a word's final ا where a tanween fatha is written on it (the mark just before
// or after the ا) and the stemmer, which never sees the mark, would keep it: a word of four letters
// that starts with ا, or one whose ا follows ن or ه, after a و or ف at most. Unmarked, «الما» is «الماء» (water) and «اطبا»
// «أطباء»; marked, «ألمًا» is «ألم» (pain), «أمرًا» «أمر», «إبرًا» «إبر». A stop word keeps its ا
// («أيضًا», «أصلاً», «أهلاً»: the greeting is still one), as longer words do: «شكراً جزيلاً» reads as
// «شكرا جزيلا» does, and the stemmer takes tanween off those. What is left carries no mark, so
// Normalize stays idempotent.
func dropMarkedTanween(s string) string {
	// Only a word holding the mark can change: from each mark, the word around it (the run of
	// word runes, marks among them) is found and given to tanweenOff, and the text is copied only
	// when one does change, not rebuilt word by word as every word of it was.
	var b strings.Builder
	copied := 0 // s[:copied] is in b
	for from := 0; ; {
		k := strings.IndexRune(s[from:], tanweenFath)
		if k < 0 {
			break
		}
		k += from
		i, j := k, k
		for i > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:i])
			if !inTanweenWord(r) {
				break
			}
			i -= size
		}
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !inTanweenWord(r) {
				break
			}
			j += size
		}
		if w := tanweenOff(s[i:j]); len(w) != j-i {
			if copied == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[copied:i])
			b.WriteString(w)
			copied = j
		}
		from = j
	}
	if copied == 0 {
		return s
	}
	b.WriteString(s[copied:])
	return b.String()
}

// inTanweenWord says whether r is part of a word for dropMarkedTanween: a letter or digit, or a
// mark that Normalize drops.
func inTanweenWord(r rune) bool { return isWordRune(r) || foldRune(r) == 0 }

// tanweenOff is one word of dropMarkedTanween.
func tanweenOff(word string) string {
	// The tail: the final ا (however stretched) with the marks around it.
	tail, alef, mark := len(word), false, false
	for tail > 0 {
		r, size := utf8.DecodeLastRuneInString(word[:tail])
		f := foldRune(r)
		if f != 'ا' && f != 0 || r == 'ء' { // «أطباءً»: the hamza is the word's last letter
			break
		}
		alef = alef || f == 'ا'
		mark = mark || r == tanweenFath
		tail -= size
	}
	if !alef || !mark || tail == 0 {
		return word
	}
	n := normalizeFolded(word)
	w := n
	if rest, ok := strings.CutPrefix(n, "و"); ok {
		w = rest
	} else if rest, ok := strings.CutPrefix(n, "ف"); ok {
		w = rest
	}
	r := []rune(w)
	m := len(r)
	if m < 4 || r[m-1] != 'ا' {
		return word
	}
	switch {
	case m >= 4 && (r[m-2] == 'ن' || r[m-2] == 'ه'):
		// «تحسنًا», «حزنًا», «داكنًا»: unmarked, the stemmer takes «نا», «ها» for the pronoun
		// («علاجنا», «عضلاتها»), and «تحسنا» would be «تحس», you feel. Only the stop list as
		// written keeps its ا (isStop would peel the pronoun this mark rules out), and a word the
		// stemmer would cut further without it: «أحيانًا» would be «أحي», the plural's «ان» off.
		if stopListedAtInit(w) || stopListedAtInit(n) || !wholeAtInit(string(r[:m-1])) {
			return word
		}
	case m == 4 && r[0] == 'ا':
		// «ألمًا», «أمرًا».
		if stopAtInit(w) || stopAtInit(n) {
			return word
		}
	default:
		return word
	}
	return word[:tail]
}

// stopAtInit is isStop once the stop words are built (from Normalize: a direct call would be an
// initialisation cycle); while they are built it says every word is one, so their unmarked lists read
// as before.
var stopAtInit = func(string) bool { return true }

// stopListedAtInit is isStopListed, with the word's tanween alef off as isStop takes it («كثيرًا»), as
// stopAtInit is isStop.
var stopListedAtInit = func(string) bool { return true }

// wholeAtInit says whether the stemmer leaves w as it is, as stopAtInit is isStop.
var wholeAtInit = func(string) bool { return false }

func init() {
	stopAtInit = isStop
	wholeAtInit = func(w string) bool { return stemWord(w) == w }
	stopListedAtInit = func(w string) bool {
		rest, _ := strings.CutSuffix(w, "ا")
		return isStopListed(w) || len(rest) >= 6 && isStopListed(rest)
	}
}

// foldRune maps one rune to its normal form: 0 drops it, ' ' separates words.
func foldRune(r rune) rune {
	// Fast paths: ASCII, and the Arabic letters that fold to themselves (most of any text).
	if r < 0x80 {
		switch {
		case r >= 'A' && r <= 'Z':
			return r + ('a' - 'A')
		case r == ' ', r == '\t', r == '\n', r == '\r', r == '\v', r == '\f':
			return ' '
		}
		return r
	}
	if r >= 0x062A && r <= 0x064A && r != 0x0640 && r != 0x0649 || r == 0x0627 || r == 0x0628 {
		return r // ا ب ت…ي, but not tatweel or ى
	}
	switch {
	case r >= 0x0610 && r <= 0x061A, r >= 0x064B && r <= 0x065F, r == 0x0670, r >= 0x06D6 && r <= 0x06ED:
		return 0 // diacritics and Quranic marks
	case r == 0x0640, r == 0x200C, r == 0x200D, r == 0x200E, r == 0x200F, r == 0xFEFF:
		return 0 // tatweel, joiners, direction marks, BOM
	case r == 0x0621:
		return 0 // a lone hamza is written or dropped at will (اجراء / اجرا)
	case r == 'آ', r == 'أ', r == 'إ', r == 'ٱ':
		return 'ا'
	case r == 'ؤ':
		return 'و'
	case r == 'ئ', r == 'ى', r == 'ی', r == 'ې':
		return 'ي'
	case r == 'ة', r == 'ۀ', r == 'ە':
		return 'ه'
	case r == 'ک', r == 'گ':
		return 'ك'
	case r >= '٠' && r <= '٩':
		return '0' + (r - '٠')
	case r >= '۰' && r <= '۹':
		return '0' + (r - '۰')
	case r == '،':
		return ','
	case unicode.IsSpace(r):
		return ' '
	}
	return unicode.ToLower(r)
}

// isWordRune says whether r belongs inside a word after normalisation.
func isWordRune(r rune) bool {
	// Fast paths for ASCII and the Arabic letters (ء…ي, tatweel among them), most of any text:
	// Unicode's tables say the same of them (TestIsWordRune).
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case r >= 0x0621 && r <= 0x064A:
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Words splits normalised text into words: runs of letters and digits.
func Words(s string) []string { return wordsOf(Normalize(s)) }

// wordsOf is Words of text normalised already (Normalize).
func wordsOf(n string) []string {
	// One pass, isWordRune inlined: strings.FieldsFunc goes over the text twice, calling it.
	// Normalize leaves one space between most words, which tells how many there are.
	words := make([]string, 0, strings.Count(n, " ")+1)
	start := -1 // of the word being read
	for i, r := range n {
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case r == '-' && numberChain(n, start, i):
			// Numbers joined by hyphens are read together; numberNames keeps a chain of three or more.
		case r == '\'' && (arabiziQuote(n, start, i) || arabiziQuoteBefore(n, start, i)):
			// Arabizi's dotted letters: «3'» غ, «6'» ظ, «7'» خ, «9'» ض (bt3'eeb, 6'ahr) are one word,
			// and so are they dotted before the digit («3a'6m», عظم).
		case start >= 0:
			words = append(words, n[start:i])
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, n[start:])
	}
	return numberNames(words)
}

// numberChain says whether the hyphen at n[i] joins two numbers: the word begun at start is digits
// and hyphens, and a digit follows.
func numberChain(n string, start, i int) bool {
	if start < 0 || i+1 >= len(n) || n[i+1] < '0' || n[i+1] > '9' {
		return false
	}
	for j := start; j < i; j++ {
		if (n[j] < '0' || n[j] > '9') && n[j] != '-' {
			return false
		}
	}
	return true
}

// numberNames keeps as one word a chain of three numbers or more joined by hyphens («قاعدة 20-20-20»),
// which names a rule or a scheme («4-7-8» breathing), not a count, and reads the same number said three times or more in a
// row («20 20 20») as that name; it splits a pair («4-6», a range) and a chain with a longer number
// (a date, a telephone number) into their numbers.
func numberNames(words []string) []string {
	if !slices.ContainsFunc(words, func(w string) bool { return strings.Contains(w, "-") }) && !repeatsNumber(words) {
		return words // nearly every text: no copy
	}
	var out []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		if strings.Contains(w, "-") {
			if parts := strings.Split(w, "-"); len(parts) < 3 || slices.ContainsFunc(parts, func(p string) bool { return len(p) > 2 }) {
				out = append(out, parts...)
				continue
			}
			out = append(out, w)
			continue
		}
		if IsNumber(w) {
			j := i + 1
			for j < len(words) && words[j] == w {
				j++
			}
			if j-i >= 3 {
				out = append(out, strings.Repeat(w+"-", j-i-1)+w)
				i = j - 1
				continue
			}
		}
		out = append(out, w)
	}
	if out == nil {
		return words
	}
	return out
}

// repeatsNumber says whether a number is said three times in a row («20 20 20»).
func repeatsNumber(words []string) bool {
	for i := 0; i+2 < len(words); i++ {
		if words[i+1] == words[i] && words[i+2] == words[i] && IsNumber(words[i]) {
			return true
		}
	}
	return false
}

// arabiziQuote says whether the apostrophe at n[i], in a word begun at start (-1: none), dots the
// Arabizi digit before it (3' غ, 6' ظ, 7' خ, 9' ض) and a letter follows: English's don't and it's
// still split there.
func arabiziQuote(n string, start, i int) bool {
	if start < 0 {
		return false
	}
	switch n[i-1] {
	case '3', '6', '7', '9':
	default:
		return false
	}
	if i+1 >= len(n) || n[i+1] == ' ' {
		// Dotting a word's last letter («bstafra3'» بستفرغ, «fara3'» فراغ): a letter before the
		// digit makes it a word's, not a number's.
		return i-2 >= start && 'a' <= n[i-2] && n[i-2] <= 'z'
	}
	c := n[i+1]
	return 'a' <= c && c <= 'z'
}

// arabiziQuoteBefore says whether the apostrophe at n[i], after a letter of a word begun at start,
// dots the Arabizi digit after it («3a'6m» عظم, «'6» as «6'»): English puts no digit after one.
func arabiziQuoteBefore(n string, start, i int) bool {
	if start < 0 || i+1 >= len(n) || n[i-1] < 'a' || n[i-1] > 'z' {
		return false
	}
	switch n[i+1] {
	case '3', '6', '7', '9':
		return true
	}
	return false
}

// Term is one word of a question or passage after analysis.
type Term struct {
	// Word is the normalised word as written.
	Word string
	// Stem is what the index matches on; empty for stop words.
	Stem string
	// Alt is the stem without a leading one-letter preposition or conjunction (لجميع → جميع), for
	// words long enough to carry one; the index holds both, as the stemmer cannot tell which is meant.
	Alt string
}

// Analyze turns text into terms: normalised words, each with its stem ("" for stop words).
func Analyze(s string) []Term { return analyzeWith(s, nil) }

// analyzeWith is Analyze with a memo of words already stemmed: building an index sees the same words
// over and over.
func analyzeWith(s string, memo map[string]Term) []Term { return analyzeWords(Words(s), memo) }

// analyzeWords is analyzeWith on text split already.
func analyzeWords(words []string, memo map[string]Term) []Term {
	terms := make([]Term, len(words))
	for i, w := range words {
		if t, ok := memo[w]; ok {
			terms[i] = t
			continue
		}
		terms[i] = Term{Word: w, Stem: stemWord(w)}
		if terms[i].Stem != "" {
			terms[i].Alt = altStem(w)
		}
		if memo != nil {
			memo[w] = terms[i]
		}
	}
	ageOfSin(words, terms)
	numberedType(words, terms)
	return terms
}

// Stems returns the stems of the content words of s, in order, stop words left out.
func Stems(s string) []string {
	var out []string
	for _, t := range Analyze(s) {
		if t.Stem != "" {
			out = append(out, t.Stem)
		}
	}
	return out
}

// StopWord says whether a word of Words is a stop word: one that Analyze gives no stem.
func StopWord(w string) bool {
	if isStop(w) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	// As stemWord: و and ف glued to a stop word.
	return r >= 0x0600 && r <= 0x06FF && len(w) > 2 && (w[:2] == "و" || w[:2] == "ف") && isStop(w[2:])
}

// altStem returns the stem of w without a leading ل ب ف ك و, or "" when w has none to lose.
//
// The stemmer takes a leading و for "and" whenever four letters are left. Where they end in the
// ending of a dual or a feminine plural, ين ان ات, which cannot come off them (two letters would
// stay), the other reading is the word's own و and that ending: «وقتين» is «و» + «قتين», or «وقت»
// in the dual, «وجبات» «و» + «جبات», or the plural of «وجبة».
func altStem(w string) string { return altStemBy(w, "", false) }

// altStemOf is altStem of w whose stem (stemWord) is st, for a caller that has it already.
func altStemOf(w, st string) string { return altStemBy(w, st, true) }

// altStemBy is altStem, with w's stem st when known (stemmed here only when needed otherwise).
func altStemBy(w, st string, known bool) string {
	r0, size := utf8.DecodeRuneInString(w)
	if !strings.ContainsRune("لبفكو", r0) {
		return "" // most words: no runes copied
	}
	r := []rune(w)
	if len(r) < 4 || !strings.ContainsRune("لبفكو", r[0]) {
		return ""
	}
	rest := w[size:] // string(r[1:]), not copied, unless an invalid byte reads as U+FFFD there
	if !utf8.ValidString(rest) {
		rest = string(r[1:])
	}
	alt := stemWord(rest)
	if !known && r[0] == 'و' && len(r) == 5 && alt != "" {
		st = stemWord(w)
	}
	if r[0] == 'و' && len(r) == 5 && alt != "" && alt == st &&
		(hasSuffix(r, []rune("ين")) || hasSuffix(r, []rune("ان")) || hasSuffix(r, []rune("ات"))) {
		if own := stemArabicWaw(w, true); own != alt {
			return own
		}
	}
	return alt
}

// stemWord returns the stem of one normalised word, or "" for a stop word.
func stemWord(w string) string {
	if isStop(w) {
		return ""
	}
	return stemNonStop(w)
}

// stemNonStop is stemWord of a word known to be no stop word.
func stemNonStop(w string) string {
	r, _ := utf8.DecodeRuneInString(w)
	if r < 0x0600 || r > 0x06FF {
		return stemLatin(w)
	}
	// و and ف glued to a stop word ("وكم", "فهل") are still stop words.
	if len(w) > 2 && (w[:2] == "و" || w[:2] == "ف") && isStop(w[2:]) {
		return ""
	}
	return stemArabic(w)
}

// stemArabic is a light stemmer for Gulf patients' writing, chosen over bleve's "ar" stemmer and
// snowball's Arabic stemmer by measurement (see analysis_test.go, TestStemmerChoice): it removes the
// article with its clitics, the conjunction و, the pronoun suffixes (ك كم نا ها هم ي ه) and the
// sound plural endings, and keeps at least two letters of stem for the article and three for suffixes,
// so short words such as فك (jaw) and بلع survive intact.
func stemArabic(w string) string { return stemArabicWaw(w, false) }

// stemArabicWaw is stemArabic, reading a leading و alone (not «وال», «وبال»…) as the word's own
// letter when keepWaw is set.
func stemArabicWaw(w string, keepWaw bool) string {
	r := []rune(w)
	// The alef of tanween fatha (تقييمًا, نهائيًا) is grammar, not spelling; diacritics are gone by now.
	// After ه or ن it is more likely the pronoun ها or نا (عضلاتها, علاجنا), which the suffix step takes.
	// A word with the article takes no tanween: the rule is for the word after it, as for one without
	// («النسا» is «نسا», «بالما» «ما», and «البيضا» «بيض» as «بيضا» is).
	def := definite(r)
	if !def {
		if len(r) > 4 && r[len(r)-1] == 'ا' {
			if w, ok := ownEnding(r); ok {
				return w // «ولادا»: its alef is no tanween
			}
		}
		r = dropTanween(r)
	}
	for _, p := range arPrefixes {
		if hasPrefix(r, p.s) && len(r)-len(p.s) >= p.min {
			if p.s[len(p.s)-1] == 'و' && (hasPrefix(r[len(p.s):], ownWaw) || hasPrefix(r[len(p.s):], birthWaw)) {
				r = r[len(p.s)-1:] // «وسادة»: the و is the pillow's, not "and"
				break
			}
			if len(p.s) == 1 && p.s[0] == 'و' && (keepWaw || shortBeforePronoun(r[1:])) {
				break // «وجهها», «وجعني»: the و is the word's, and the pronoun comes off next
			}
			r = r[len(p.s):]
			// The article on a word whose own first letters are «ال» («الالتهاب», «الالتئام»,
			// «الالوان»): what is left is stemmed as the word alone is, its «ال» off as on
			// «التهاب», or the page's «الالتهاب» never meets the patient's «التهاب».
			if p.s[len(p.s)-1] == 'ل' && hasPrefix(r, ownAl) && len(r)-len(ownAl) >= 2 {
				r = r[len(ownAl):]
				if painsPluralRunes(r) {
					return painStem // «الآلام», «للآلام»: the article before «آلام»
				}
			} else if p.s[len(p.s)-1] == 'ل' && !hasSuffix(p.s, []rune("لل")) && painsPluralRunes(r) {
				// «آلام» folds to «الام», whose «آل» reads as the article before «أم» (mother): the
				// plural of «ألم» (pain) is meant, as «آلامي», «بآلام»; a mother is «الأم» with
				// the article, rarer in a patient's question than pains, and «للأم» keeps her.
				return painStem
			}
			break
		}
	}
	if w, ok := ownEnding(r); ok {
		return w // «معدي» (contagious): not «معد» + «my»
	}
	if len(r) > 4 && strings.ContainsRune("لبفك", r[0]) {
		if w, ok := ownEnding(r[1:]); ok {
			return w // «لأماكن»: the preposition before the word, whose «كن» is its own
		}
	}
	if def {
		r = dropTanween(r)
	}
	// One pronoun suffix, then one plural or feminine ending: عضلاتك → عضلات → عضل.
	for _, s := range arPronouns {
		// ي after ي is the nisba of a hamza word (نهائي → نهايي), not "my": keep it, or "final"
		// would meet "endings" (النهايات).
		if len(s) == 1 && s[0] == 'ي' && len(r) >= 2 && r[len(r)-2] == 'ي' {
			continue
		}
		// ني after ا or و is «my» on a plural («اسناني», «عيوني»), not «me» on a verb: the ي goes alone.
		if len(s) == 2 && s[0] == 'ن' && len(r) >= 5 && hasSuffix(r, s) && (r[len(r)-3] == 'ا' || r[len(r)-3] == 'و') {
			continue
		}
		if hasSuffix(r, s) && len(r)-len(s) >= 3 {
			r = r[:len(r)-len(s)]
			// A ta marbuta before a pronoun is written ت (رقبتي, جبهتك): give it back its ه.
			if n := len(r); n >= 4 && r[n-1] == 'ت' && r[n-2] != 'ا' {
				r[n-1] = 'ه'
			}
			break
		}
	}
	// «his» after a sound plural or dual («اسنانه», «جلساته», «عيونه»): the ه is the pronoun, and
	// the plural's ending comes off as on «اسنانك»; not where the ending step would leave under three
	// letters, where the ه is more often the word's ta marbuta («مكانه», «حياته», «مرونه»).
	if n := len(r); n-3 >= 3 && r[n-1] == 'ه' && pluralEnding(r[:n-1]) {
		r = r[:n-1]
	}
	if w, ok := ownEnding(r); ok {
		return w
	}
	if len(r) > 4 && strings.ContainsRune("لبفك", r[0]) {
		if w, ok := ownEnding(r[1:]); ok {
			return w // «لعملية», «بعملية»: no other word is «ل» before these
		}
	}
	for _, s := range arEndings {
		if s[0] == 'ي' && s[1] == 'ن' && verbalNounII(r) {
			continue
		}
		if hasSuffix(r, s) && len(r)-len(s) >= 3 {
			r = r[:len(r)-len(s)]
			if s[0] == 'ي' && len(s) == 2 && hasSuffix(r, []rune("اي")) {
				// The nisba of a hamza word («اخصائية», «اخصائيين», «نهائية»): ائي is the hamza's ي
				// and the nisba's, which stays as on the singular («اخصائي» → «اخصايي»).
				r = append(r, 'ي')
				break
			}
			if len(s) == 2 && s[1] == 'ن' && s[0] != 'و' {
				r = dualOfTaMarbuta(r)
			}
			if (s[0] == 'ي' || s[0] == 'و') && len(s) == 2 && s[1] == 'ن' {
				r = nisbaPlural(r)
			}
			break
		}
	}
	return string(r)
}

// dualOfTaMarbuta is the stem of a dual whose noun ends in a ta marbuta, written ت before the
// dual's ين or ان («جلستين», «الركبتين», «حقنتان»), given without that ending: the noun's stem, as
// the singular's («جلسة» → «جلس»). Not after ا, where the ت is a plural's («ات»), nor after و or ي,
// where it ends a borrowed word («بروتين», «نيكوتين», «كاروتين») more often, nor on a word of
// three letters, which may end in its own ت («بيت», «وقت») and whose nouns of two letters and a ta
// marbuta are times and counts more than things («سنتين», «مرتين»).
func dualOfTaMarbuta(r []rune) []rune {
	n := len(r)
	if n < 4 || r[n-1] != 'ت' || r[n-2] == 'ا' || r[n-2] == 'و' || r[n-2] == 'ي' {
		return r
	}
	return r[:n-1] // «جلست» → «جلس», as «جلسة» loses its ه
}

// pluralEnding says whether r ends in the ending of a sound plural or dual: ات ون ين ان.
func pluralEnding(r []rune) bool {
	for _, s := range [][]rune{[]rune("ات"), []rune("ون"), []rune("ين"), []rune("ان")} {
		if hasSuffix(r, s) {
			return true
		}
	}
	return false
}

// nisbaPlural is the stem of a nisba's sound plural («المصريين», «الجراحيون», «العصبيين») given
// without its ين or ون: the singular's, whose ي the pronoun step takes as it takes «my» («المصري» →
// «مصر»), when three letters stay and no ي is before it.
func nisbaPlural(r []rune) []rune {
	n := len(r)
	if n-1 >= 3 && r[n-1] == 'ي' && r[n-2] != 'ي' {
		return r[:n-1]
	}
	return r
}

// verbalNounII says whether r has the pattern of a verbal noun of form II, تفعيل («تحسين», «تسكين»,
// «تمرين»), or of its plural تفاعيل («تمارين»): the ين is the pattern's, not a plural's, and without
// it «تمرين» is «تمر» (dates) and «تحسين» «تحس» (you feel).
func verbalNounII(r []rune) bool {
	n := len(r)
	return n >= 5 && r[0] == 'ت' && hasSuffix(r, []rune("ين")) && (n == 5 || n == 6 && r[2] == 'ا')
}

// ownEndings are words whose ending looks like the nisba or plural ending but is their own, with
// the stem they keep: «العملية» (an operation) without its «ية» is «العمل» (work, the job), and a
// question about going back to work after surgery met every passage on the operation.
//
// So too «شاشة» (a screen), which is not «شاش» (gauze); «معدية» and «معدي» (contagious), which are
// not «معدة» (the stomach); «شفاه» (lips), which is not «شفاء» (healing, written «شفا»); and
// «سميك» (thick), whose ك is its own, not "your": «سمي» is "my namesake", and «سميكة» is «سميك».
// And «أماكن» (places), whose «كن» is its own, not "your": it is the plural of «مكان», and without
// it «اما» is the pages' «أما» (as for). And the adverb «دايما», «دائماً» with the Gulf «دايم» (always),
// a time word, whose stem is not that of «دايمة», «دائمة» (permanent): sharing it, a question whether
// the result is permanent weighed permanence as a qualifier.
var ownEndings = map[string]string{"عمليه": "عمليه", "عمليات": "عمليه", "شاشه": "شاشه", "شاشات": "شاشه",
	"معديه": "معدي", "معدي": "معدي", "شفاه": "شفاه", "سميك": "سميك", "اماكن": "مكان",
	"ولاد": kidsStem, "ولادنا": kidsStem, "ولادك": kidsStem, "ولادكم": kidsStem, "ولادهم": kidsStem,
	"ولادها": kidsStem, "ولادو": kidsStem, "ولادا": "ولاد", "دايما": "دايما", "دايم": "دايما"}

// kidsStem is the stem of the spoken plural «ولاد» / «أولاد» (children), which without its «أ» has the
// letters of «الولادة» (childbirth) less the ta marbuta the stemmer takes off: «للولاد الصغار» and «عند
// الولاد» ask of children, not of giving birth. The ta marbuta tells them apart, so «ولاد» and its
// pronoun forms without «ت» are the children; «ولادة», «ولادتي» stay the birth, and so does «ولادا»,
// Arabizi's «wilada», whose final «a» is the ta marbuta.
const kidsStem = "اولاد"

// ownWaw follows a و that is the word's own first letter, not the conjunction: «وسادة» (a pillow)
// without it is «سادة», whose stem is the cataract's «الساد».
var ownWaw = []rune("ساد")

// birthWaw follows the و that begins «ولادة» (birth) and the spoken «ولاد» (children): without it
// «ولادة» alone was «لاد», which the pages' «الولادة» («ولاد») never met.
var birthWaw = []rune("لاد")

// ownAl is a word's own first letters that read as the article (التهاب, الوان).
var ownAl = []rune("ال")

// painsPlural are the letters left of «آلام» (pains), folded to «الام», once its «آل» is read as
// the article, with a pronoun of «my» or «your» (stemArabicWaw); painStem is the stem of «ألم».
var painsPlural = map[string]bool{"ام": true, "امي": true, "امك": true}

// runesKey writes r in UTF-8 into buf (growing it when r is long): a map looked up with string(key)
// copies nothing, where string(r) allocated on every lookup of the stemmer.
func runesKey(buf []byte, r []rune) []byte {
	for _, c := range r {
		buf = utf8.AppendRune(buf, c)
	}
	return buf
}

// ownEnding is ownEndings[string(r)].
func ownEnding(r []rune) (string, bool) {
	var buf [64]byte
	w, ok := ownEndings[string(runesKey(buf[:0], r))]
	return w, ok
}

// painsPluralRunes is painsPlural[string(r)].
func painsPluralRunes(r []rune) bool {
	var buf [64]byte
	return painsPlural[string(runesKey(buf[:0], r))]
}

const painStem = "الم"

// dropTanween drops the alef of tanween fatha from a word of four letters or more that does not
// start with ا («الماء» written «الما» is water, not «الم»).
func dropTanween(r []rune) []rune {
	if n := len(r); (n >= 5 || n == 4 && r[0] != 'ا') && r[n-1] == 'ا' && r[n-2] != 'ه' && r[n-2] != 'ن' {
		return r[:n-1]
	}
	return r
}

// definite says whether r starts with the article, alone or after its clitics (ال, بال, لل, وال…),
// with two letters at least after it.
func definite(r []rune) bool {
	for _, p := range arPrefixes {
		if len(p.s) >= 2 && p.s[len(p.s)-1] == 'ل' && hasPrefix(r, p.s) && len(r)-len(p.s) >= 2 {
			return true
		}
	}
	return false
}

// shortBeforePronoun says whether r ends in a pronoun of two letters with under three letters
// before it: a word that short after a و is more likely the و's own word and its pronoun («وجهها» is
// «وجه» + «ها», not «و» + «جهها»).
func shortBeforePronoun(r []rune) bool {
	for _, s := range arPronouns {
		if len(s) == 2 && hasSuffix(r, s) && len(r)-len(s) < 3 {
			// «ني» after «ي» is a hollow noun's «ن» and «my» («عيني», «ديني»), not «me» on a
			// two-letter verb: «وعيني» is «و» + «عيني».
			if s[0] == 'ن' && len(r) == 4 && r[1] == 'ي' {
				continue
			}
			return true
		}
	}
	return false
}

type affix struct {
	s   []rune
	min int // letters that must remain
}

// Longest first: وبال before بال before ال. The dialects' demonstrative «هال» («this»: «هالحالة»,
// «بهالعين», «لهالألم») is an article too, before three letters at least: «هالات» (dark circles)
// is a word.
var arPrefixes = []affix{
	{[]rune("وبهال"), 3}, {[]rune("بهال"), 3}, {[]rune("لهال"), 3}, {[]rune("وهال"), 3}, {[]rune("فهال"), 3}, {[]rune("هال"), 3},
	{[]rune("وبال"), 2}, {[]rune("وال"), 2}, {[]rune("فال"), 2}, {[]rune("بال"), 2}, {[]rune("كال"), 2},
	{[]rune("ولل"), 2}, {[]rune("لل"), 2}, {[]rune("ال"), 2}, {[]rune("و"), 4},
}

var arPronouns = [][]rune{[]rune("ني"), []rune("كم"), []rune("كن"), []rune("هم"), []rune("هن"), []rune("ها"), []rune("نا"), []rune("ك"), []rune("ي")}

var arEndings = [][]rune{[]rune("ات"), []rune("ون"), []rune("ين"), []rune("ان"), []rune("يه"), []rune("ه")}

func hasPrefix(r, p []rune) bool {
	if len(r) < len(p) {
		return false
	}
	for i := range p {
		if r[i] != p[i] {
			return false
		}
	}
	return true
}

func hasSuffix(r, s []rune) bool {
	if len(r) < len(s) {
		return false
	}
	off := len(r) - len(s)
	for i := range s {
		if r[off+i] != s[i] {
			return false
		}
	}
	return true
}

// stemLatin strips the common English inflections; enough for "injections" to meet "injection".
func stemLatin(w string) string {
	switch {
	case w == "watering":
		return w // eyes watering: tears (lang/general.txt), not the water of a rinse or a drink
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		return w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && strings.HasSuffix(w, "es") && (strings.HasSuffix(w, "shes") || (strings.HasSuffix(w, "ches") && !isAches(w)) || strings.HasSuffix(w, "xes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:len(w)-1]
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		return w[:len(w)-2]
	}
	return w
}

// isAches says whether w is the plural of an -ache word (headaches), whose e is the word's, not the
// plural's; reaches and coaches take the -es rule.
func isAches(w string) bool {
	return strings.HasSuffix(w, "aches") && !strings.HasSuffix(w, "eaches") && !strings.HasSuffix(w, "oaches")
}

func isStop(w string) bool {
	if _, ok := stopWords[w]; ok || IsNumber(w) {
		return true
	}
	// The alef of tanween fatha on a stop word's adverb («كثيرًا», «دايمًا») leaves it one; not on a
	// question word, which takes no tanween: «مينا» is the enamel, not «مين».
	if rest, ok := strings.CutSuffix(w, "ا"); ok && len(rest) >= 6 {
		if _, ok := stopWords[rest]; ok {
			if _, asks := askWords[rest]; !asks {
				return true
			}
		}
	}
	// A preposition before a stop word of three letters or more («بالرياض») leaves it one.
	for _, pre := range []string{"بال", "وال", "فال", "لل", "ال", "ب", "ل"} {
		if rest, ok := strings.CutPrefix(w, pre); ok && len(rest) >= 6 {
			if _, ok := stopWords[rest]; ok {
				return true
			}
		}
	}
	// A pronoun glued to a stop word («تسوونها», «يسويه», «ابيه») leaves it one; not to a name or a
	// noun of the list, where the ه is a ta marbuta: «قطرة» is a drop, not Qatar's; «الرياضة» is sport.
	for _, suf := range pronounSuffixes {
		if rest, ok := strings.CutSuffix(w, suf); ok && len(rest) >= 4 && !stopNouns[rest] {
			if _, ok := stopWords[rest]; ok {
				return true
			}
		}
	}
	return false
}

// stopNouns are the stop words that a ه after makes another word, a noun with its ta marbuta, not
// the same with a pronoun: the names («قطرة», «الرياضة»), «صحة», and «راحة» (rest), «لينة» (soft),
// «بسمة»; and the Levantine «إلو» (his, «له»), which with «هن» is «الوهن» (weakness: myasthenia).
var stopNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`الرياض رياض جده جدة الدمام الخبر مكه المدينه المنوره الطايف ابها القصيم
السعوديه المملكه الكويت دبي البحرين قطر الامارات عمان صح راح لين بسم الو`) {
		m[Normalize(w)] = true
	}
	return m
}()

// pronounSuffixes are the attached pronouns of Arabic, longest first; not ي, which also ends
// adjectives («نفسي», psychological).
var pronounSuffixes = []string{"هم", "هن", "كم", "ها", "ني", "نا", "ه", "ك"}

// IsNumber says whether w is all digits (Normalize makes Arabic digits ASCII): an age, a count of
// days or doses says nothing of what a question is about.
func IsNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// stopWords are function words of Modern Standard Arabic, of Gulf dialect and of English, normalised,
// with evaluative words (افضل, best) and place names: a clinic's pages name its city in passing, and
// questions about places are for staff (see bot's handoff patterns), so neither says what a question
// is about. They neither match passages nor count against a question's coverage.
var stopWords = func() map[string]struct{} {
	list := `
في من على عن الي ال مع ما ماذا هل هو هي هم انا انت انتي انتم احنا نحن هذا هذي هذه هاذا ذلك ذاك تلك
اللي الذي التي الذين كل لكل بعض او و ثم لكن بس لان لانه اذا لو ان انه انها كان كانت يكون تكون صار لا لم لن
قد كم كيف كيفية متي وين اين ايش اش وش شو شنو شلون ليش لماذا مين منو عند عندي عندك عندكم عنده عندها عنا لي له
لها لك لكم فيه فيها فيني فيكم ابي ابغي ابا ودي اريد اود ممكن يمكن يا يعني الحين الان حق حقي شي 
هناك هنا اي ايه اية به بها بي منه منها عليه عليها اني انك هاي ذي الى وهل وش فهل هلا يوجد فيه مثل جدا
بين بعد نفس نفسها نفسه نفسهم احتاج نحتاج يحتاج تحتاج ياخذ اخذ تاخذ ناخذ ياخذون يصير تصير صار احس تحس اعرف تعرف نعرف يبي تبي نبي
اقدر تقدر يقدر نقدر بقدر هقدر بكون لازم لزم غير ضروري اكثر اكتر يجب ينبغي مره كثير واجد زي اسوي تسوي يسوي نسوي سويت يخلي تخلي
the a an is are was were be been am i me my you your it its of to in on for at by with and or not no do
does did can could would should will shall what which who whom whose when where why how this that these
those there here about from as into than then so if any some please best better good cause causes get
need needs must know first
افضل احسن زين حلو اعطني عطني معلومات معلومه تفاصيل اشرح وضح افهم نفهم يفهم سالفه قصه اسال اسال نسال سوال استفسار استفسر ورحمه وبركاته until يسبب تسبب يسببها سبب بالضبط تماما exactly تسوون يسوون تسون
السلام سلام عليكم مرحبا اهلا اهلين هلا hello hey
الرياض رياض جده جدة الدمام الخبر مكه المدينه المنوره الطايف ابها القصيم السعوديه المملكه الكويت دبي
البحرين قطر الامارات عمان riyadh jeddah dammam saudi
إلى ابغا ابغاه ابغى ابى ابيه اجي احد اختي اخر اخليه اخوي اخي ارجو ارجوك اروح اساسا اسويه
اسويها اشو اصلا افيدوني اكون العافيه اللحين الله اوك اوكي اول ايضا بتصير بدون برضه برضو
بسم بشكل بصراحه بعده بعدها بعدين بغيت بلا بودي بيصير تبغى تبغي تجي تخبرني ترا تراني ترى تسوونه
تسويه تفيدوني تقريبا تقول شسالفه سالفه شسالفته المفروض مفروض اعاني يعاني تعاني نعاني يعانون جته جاته جاني يجيني يجيه تجيني الناس ناس الموضوع موضوع قدام احكي بحكي نحكي تحكي يحكي حكي يحكو يحكوا بيحكو بيحكوا بيحكي بتحكي بتحكو بتحكوا تحكو تحكوا بنحكي حكو حكوا حكالي حكتلي حكيت حكيتلك حكولي حدا حدن جبان جبانه حسيت حسيتي حاسس حاسه بشي ابو ابوي ابوك ابوه امي امك امه اخوي اخويه اختي اخته اختها زوجي زوجتي زوجها ولدي بنتي ولدها بنتها جدي جدتي خالي خالتي عمي عمتي صديقي صديقتي صاحبي صاحبتي طول لحال لحالها لحاله لحالي بروحه بروحها بروحي يسال تسال يسالون يسالوني بيسالوني بيسالون اسالك تقولون تقولي تكفون تكفى تمام تو توه ثاني ثانيه جا جات جزاك جماعه جيت حاب
حابه حبيبتي حبيبي حتي حقيقه حيل خايف خايفه خايفين خلاص خليته خوف خير ذول راح راحت رجاء رحت
روح ساعدوني سمحت سمعت سمعنا سوا سوت سوى سويته سويتها شافت شفت شنهو شوي شوية شويه صارت صح صراحه صرت صاير صايره وصاير خصوصا عارف عارفه بعرف ادري مدري ومدري
طيب عاد عادي عاديه عشان علشان علموني غلط فضلك فعلا قال قالت قالوا قرات قريت قلت قلقان قلقانه قول
قولي كأن كذا كذي كمان كنا كنت كيفك كيفه ل لاجل لحد لـ للحين لما لوسمحت لين ليه ماهو ماهي مب متردد
متردده مثلا محتار محتاره مرا مرات مرة مش معاك معاه معاها معاي معك معنا معه معها معهم معي مهو مو موب
نبغى نجي نروح نسويه نكون هاذولا هاذي هالشي هالشيء هذاك هذول هذولا هذيك هكذا هيك واحد واحده والا
وايد وحده ودنا وشو ولا ويش يالغالي يبغى يجي يسوونه يسويه يعافيك يعطيك يعنى يقول يقولك يقولون يكونون
above actually again against without ain all also anyone anything anyway aren ask asked asking basically
because being below between bit both but cant couldn curious didn didnt doesn doesnt doing don dont
down during each even few further getting go going gone got had hadn has hasn have haven having he
hear heard hearing her hers herself hi him himself his honestly id im isn isnt itself ive just like
literally little ll lot lots m ma many may maybe might mightn mustn myself needn nor now o ok okay
okey once only our ours ourselves out over own perhaps pls pretty question questions quite re
really s said say shan she shouldn someone something sort still such t tell thank thanks their
theirs them themselves they thing things through told too under up ve very want wanted wants wasn
we well went weren whether while won wonder wondering wont wouldn y youre yours yourself yourselves
ام بدي بدك بدها بدو بدنا بدكم عايز عايزه عاوز عاوزه عايزين محتاج محتاجه فين امتي ايمتي قديش اديش ازاي
ازي اشمعنى ليش كيفاش شقد شكد قداش ده دي دا دول كده كدا بتاع بتاعه بتاعي بتاعت اوي خالص بجد دلوقتي هلق هلا
هلأ هسه اعمل نعمل بعمل بنعمل تعمل يعمل عملنا عملوا عملو عملتها عملته بيعمل يتعمل تتعمل بيتعمل بتتعمل اعمله اعملها يعملوا تعملوا بيعملوا بتعملوا يعملو تعملو بيعملو بتعملو عم كتير منيح منيحه كويس كويسه مافي مفيش ماكو مابي ماني مانيش هيك هيدا هيدي هاد هادا هادي
كام عندكن عندكو عندكوا للي الكل احب للمعلوميه معلوميه اشياء الاشياء كفايه
الحمدلله حمدلله والحمدلله لحمدلله الحمد لسه لسا لسى ولسه ولسا رح رايح رايحه صرلي صرلو صرلها صرله صارلي صارلو صارلها
انتو انتوا هما هم انو انها اللي انه قالي قلي قلها قلو قالو قالولي قالولو قالوله قالها قالتلي قالتلو يقولي يقوللي تقولي تقوله تقولها نقوله نقولها نقولو نقولوا يقولو يقولوا بيقولو بيقولوا بيقولك بقولك بقوله بتقوله يلزمني بيلزمني بتلزمني يلزمك بيلزمك
جوزي جوزها ماعندي ماعنده ماعندها ماعندك مافيني لاحظت لاحظنا الاحظ نلاحظ صدق صج نسيت شرحلي شرحلنا شرحلها صحابي صحابها صحابه اصحابي اصدقائي صديقاتي جاي الجاي الجايه
ونص الا حاجه حاجات الحاجات شغله الشغله شغلات الشغلات شغلتين الشغلتين كلامه هالكلام هالحكي احتياط للاحتياط بالاحتياط فقط منذ لدي
ابني ابنتي ابنها ابنه ابنك ابنكم بابا ماما والدي والدتي والدي جدتي ستي ستو ستها تيتا تيته تيتي اهلي عيلتي العيله عيالي ولادي اولادي اطفالي حماتي حماتها حماته حماتك حماتو حمايا
ب
since ago keep keeps kept way same ever whats happen happens happened happening much try trying tried
around used called tbh issue issues everything anybody somebody
though tho supposedly apparently seriously obviously definitely probably totally genuinely truly
gonna wanna gotta kinda sorta lemme guys guy u ur lol haha omg btw idk ngl imo plz thx yeah yep yup
nope oh ah um uh hmm wow ugh stuff crazy super tons loads bunch heaps true terrifying scary freaked
freaking frightened mentioned mention mentions saw says saying reckon guess suppose supposed barely
meantime meanwhile everywhere anywhere somewhere couple
somethin nothin anythin evr
طيب بدها بنت انهي انهو اقولك اقلك هحتاج هنحتاج هيحتاج هتحتاج حاحتاج حنحتاج حيحتاج حتحتاج حابب حابين
بقى بقت بقيت بقا يحصل تحصل حصل بيحصل بتحصل يؤدي تؤدي يودي تودي
يلزم تلزم لهم لنا لهن لله اودي نودي اوديه نوديه اوديها نوديها
الو
فاهم فاهمه فاهمين فاهمتش فاهمش فهمت فهمنا فهمني فاكر فاكره فاكرين
المقصود مقصود
mean means meant matter matters already yet nothing till anymore else whole thats bc ahead
scared afraid terrified worried nervous found idea complain complained feel feels felt guilty never son daughter dad mom mum mother father grandma grandmother grandpa grandfather husband wife in-law law
ياخد تاخد ناخد باخد بناخد هناخد يحس بحس بتحس بيحس بنحس اخاف بخاف نخاف تبع تبعي تبعك تبعه تبعها تبعو تبعهم ليا
بالزبط زبط بالظبط ييجي تيجي نيجي بييجي بتيجي حد لوحده لوحدها لوحدي لوحدو لوحدك another let lets next mine حوالين حوالي بالنسبه وبالنسبه لشو تاني التاني تانيه باقي الباقي
جوه جوا جوات جواه يلي بص بصي بصيت حكايه الحكايه صحيح مجرد مفكر مفكره مرعوب مرعوبه متضايق متضايقه محبط محبطه مطمن مطمنه مطمئن مطمئنه زهقت زهقان زهقانه مستغرب مستغربه استغربت
ع
بيبقي بتبقي هيبقي هتبقي حيبقي حتبقي بيبقوا بيبقو هيبقوا able eventually usually
`
	m := map[string]struct{}{}
	for _, w := range strings.Fields(list) {
		m[Normalize(w)] = struct{}{}
	}
	return m
}()
