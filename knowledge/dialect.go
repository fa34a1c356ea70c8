package knowledge

import (
	"strings"
	"unicode/utf8"
)

// Spoken Arabic has lost sounds the pages still write, and patients spell as they speak: Egyptian
// and Levantine say ث as ت or س («تلاتة», «كتير») and ذ as د or ز («اخد», «دقن»); Gulf, Iraqi
// and Levantine patients merge ض and ظ («ضهري», «عضم», «نضارة»); the Gulf says some ق as ج
// («جدام»), Iraqi and Gulf keyboards have گ (folded to ك by Normalize) for ق and چ for ك or ج; and
// the Levantine pronoun «his» is و where the pages write ه («عندو», «عينو»). A word the clinic's
// pages and lexicon do not know is therefore retried in the pages' letters, the way an Arabizi word
// is: each spelling is generated, and the first the pages know wins. Only these letters change, so
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
	'ك': {'ق'},
	'چ': {'ك', 'ج'},
}

// maxDialectShifts bounds the letters changed in one word: «تلاتة» needs two.
const maxDialectShifts = 2

// minDialectRunes: a two-letter word is too short to tell a sound shift from another word.
const minDialectRunes = 3

// dialectSpellings returns the ways the pages may write w, fewest changes first, w itself left out.
func dialectSpellings(w string) []string {
	if utf8.RuneCountInString(w) < minDialectRunes || !isArabicWord(w) && !strings.ContainsRune(w, 'چ') {
		return nil
	}
	bases := [][]rune{[]rune(w)}
	if r := bases[0]; len(r) >= 3 && r[len(r)-1] == 'و' {
		// «عندو», «عينو»: the Levantine «his». Counted as one change.
		h := append([]rune(nil), r...)
		h[len(h)-1] = 'ه'
		bases = append(bases, h)
	}
	var out []string
	seen := map[string]bool{w: true}
	add := func(r []rune) {
		if s := string(r); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for want := 0; want <= maxDialectShifts; want++ {
		for b, base := range bases {
			// The pronoun's change is one of the shifts.
			left := want - b
			if left < 0 {
				continue
			}
			var walk func(from, left int)
			walk = func(from, left int) {
				if left == 0 {
					add(base)
					return
				}
				for i := from; i < len(base); i++ {
					orig := base[i]
					for _, to := range dialectShifts[orig] {
						base[i] = to
						walk(i+1, left-1)
					}
					base[i] = orig
				}
			}
			walk(0, left)
		}
	}
	return out
}

// dialectKey returns the key of a word the pages do not know when it is a word they do know written
// as a dialect speaks it, or a function word with a pronoun or a verb's ending on it («اخذت»,
// «عندو»): the stop key of a function word, else the stem the pages use most. "" when it is neither.
func (ix *Index) dialectKey(w string) string {
	if k := stopWithEnding(w); k != "" {
		return k
	}
	best, bestDF, bestShifts := "", -1, -1
	for _, v := range dialectSpellings(w) {
		shifts := dialectDistance(w, v)
		if best != "" && shifts > bestShifts {
			break // a spelling with fewer changes is known: it wins
		}
		if isStop(v) {
			return stopKey + v
		}
		if k := stopWithEnding(v); k != "" {
			return k
		}
		k := ix.knownStem(v)
		if k == "" {
			continue
		}
		if df := ix.df[k]; df > bestDF {
			best, bestDF, bestShifts = k, df, shifts
		}
	}
	return best
}

// dialectDistance counts the letters in which two spellings of one length differ.
func dialectDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for i := range ra {
		if i < len(rb) && ra[i] != rb[i] {
			n++
		}
	}
	return n
}

// knownStem returns the stem by which the pages or lexicon know w, or know it without a leading
// preposition; "" when they know neither. Not backoff's looser guesses: with a letter changed too, they
// find words that are not there («كاراتيه» → «يرث»).
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
		if c := rest + suf.add; isStop(c) {
			return stopKey + c
		}
	}
	return ""
}

// Levantine and Egyptian verbs carry more than the pages' verbs do: the present's «ب» («بتفحصوا»),
// the negation around the verb («ماتمسكش», «متتحركش»), the Egyptian passive's «ات»/«يت» («يتشال»),
// the first person plural's «م» («منعمل») and the object with «ل» after it («بتعملولي»,
// «بيلزقولو»). verbKey peels these off a word the pages do not know and looks the verb up as backoff
// does: "" when what is left is not a verb they know.

// verbPrefixes, longest first; each leaves the verb with its person («بتفحص» → «تفحص»).
var verbPrefixes = []string{"بي", "بت", "بن", "ب", "م", "ما"}

// verbSuffixes, longest first: the object with «ل» and the plural before it, the negation's «ش».
var verbSuffixes = []string{"ولي", "ولو", "ولها", "وله", "ولنا", "وني", "لي", "لو", "له", "لها", "لنا", "ش", "وا", "و"}

func (ix *Index) verbKey(w string) string {
	if utf8.RuneCountInString(w) < 5 || !isArabicWord(w) {
		return ""
	}
	// A function verb first («بتعملولي» is «بتعملوا» + «لي»), then a verb the pages know.
	if k := peelVerb(w, func(v string) string {
		if isStop(v) {
			return stopKey + v
		}
		return ""
	}); k != "" {
		return k
	}
	return peelVerb(w, func(v string) string {
		if k := ix.knownStem(v); k != "" {
			return k
		}
		// The verb's person («تفحص» → «فحص»), and the passive's «ت» after it («يتشال» → «شال»).
		r := []rune(v)
		for _, cut := range []int{1, 2} {
			if len(r)-cut < 3 || !strings.ContainsRune("ايتن", r[0]) || cut == 2 && r[1] != 'ت' {
				continue
			}
			if k := ix.knownStem(string(r[cut:])); k != "" {
				return k
			}
		}
		return ""
	})
}

// peelVerb calls find with w less each pair of a verb prefix and suffix, the negation's «ما» only
// with its «ش», and returns the first key it finds; "" when none.
func peelVerb(w string, find func(string) string) string {
	for _, p := range append([]string{""}, verbPrefixes...) {
		rest, ok := strings.CutPrefix(w, p)
		if !ok {
			continue
		}
		for _, s := range append([]string{""}, verbSuffixes...) {
			if p == "" && s == "" || p == "ما" && s != "ش" {
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
