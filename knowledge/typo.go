package knowledge

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Patients type on phones: a letter dropped, doubled, swapped with its neighbour or hit beside
// («التخدبر» for «التخدير», «الالتهاث» for «الالتهاب»). A word the pages do not know is looked up among the words
// they do know within one edit, SymSpell-style: every known stem is stored under itself and each of
// its one-letter deletions, so a lookup is a handful of map reads, however large the vocabulary.

// Short words are not corrected: a four-letter Arabic stem is one letter from dozens of real words
// (سيارة → خيار, حلال → خلال, جوال → جمال), so an unknown short word is far more likely another word
// than a typo. Measured on the labelled sets: substitutions below six letters, and any edit below
// five, turned out-of-scope questions into answers.
//
// English words are corrected too, from four letters, but only by the slips latinSlip names: English
// has many real words one letter from a word of the pages («stuck», «struck»), and no dictionary here
// tells them from typos.
const (
	minTypoRunes         = 5
	minSubstitutionRunes = 6
)

// typoIndex maps each known stem and each of its one-letter deletions to the stems it came from.
type typoIndex map[string][]string

// newTypoIndex indexes the stems in vocab that are long enough to be corrected to.
func newTypoIndex(vocab func(yield func(string) bool)) typoIndex {
	t := typoIndex{}
	for s := range vocab {
		if utf8.RuneCountInString(s) < minTypoRunes || !isArabicWord(s) && !plainLatin(s) {
			continue
		}
		t[s] = append(t[s], s)
		forDeletions(s, func(d string) { t[d] = appendOnce(t[d], s) })
	}
	// vocab may come in map order; callers take the first of equals, so the lists are sorted for a
	// reply not to depend on it.
	for k := range t {
		slices.Sort(t[k])
	}
	return t
}

func appendOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// forDeletions calls f with each string made by deleting one rune of s.
func forDeletions(s string, f func(string)) {
	for i, r := range s {
		f(s[:i] + s[i+utf8.RuneLen(r):])
	}
}

// isArabicWord says whether s starts with an Arabic letter.
func isArabicWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x0620 && r <= 0x064A
}

// candidates returns the known stems within one edit (deletion, insertion, substitution or
// transposition of neighbours) of s.
func (t typoIndex) candidates(s string) []string {
	if len(t) == 0 || !isArabicWord(s) && !plainLatin(s) || utf8.RuneCountInString(s) < minTypoRunes && !(plainLatin(s) && len(s) == minTypoRunes-1) {
		return nil
	}
	var out []string
	latin := plainLatin(s)
	add := func(list []string) {
		for _, c := range list {
			if c != s && editDistance1(s, c, utf8.RuneCountInString(s) >= minSubstitutionRunes) && (!latin || latinSlip(s, c)) {
				out = appendOnce(out, c)
			}
		}
	}
	add(t[s])
	forDeletions(s, func(d string) { add(t[d]) })
	return out
}

// editDistance1 says whether a and b differ by exactly one deletion, insertion or transposition of
// two neighbouring runes, or by one substitution when subst allows it.
func editDistance1(a, b string, subst bool) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	switch len(ra) - len(rb) {
	case 0:
		diff := -1
		for i := range ra {
			if ra[i] != rb[i] {
				if diff >= 0 {
					// A second difference: only a transposition of the two neighbours is one edit.
					return i == diff+1 && ra[diff] == rb[i] && ra[i] == rb[diff] && string(ra[i+1:]) == string(rb[i+1:])
				}
				diff = i
			}
		}
		return diff >= 0 && subst
	case 1:
		for i := range rb {
			if ra[i] != rb[i] {
				return string(ra[i+1:]) == string(rb[i:])
			}
		}
		return true
	}
	return false
}

// plainLatin says whether s is lower-case ASCII letters only: an English word, which a phone misspells
// as it does an Arabic one («widsom», «eyelied»); not an Arabizi word, whose digits are letters.
func plainLatin(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

// latinSlip says whether an English word w one edit from the known word c differs from it by a slip a
// phone makes of a word spelled as it sounds: two neighbours swapped («widsom»), a vowel added or
// dropped inside the word («eyelied», «compleetly», «botx»), a letter doubled or undoubled
// («bottox»). English has many real words one other letter from another («stuck», «struck»;
// «ladder», «bladder»; «eight», «weight»; «charge», «change»), which the pages may not use: a
// consonant added, dropped or changed, or a vowel at the start («across», «cross»), is no slip.
func latinSlip(w, c string) bool {
	if len(w) == len(c) {
		for i := 0; i+1 < len(w); i++ {
			if w[i] != c[i] {
				return w[i] == c[i+1] && w[i+1] == c[i] && w[i+2:] == c[i+2:]
			}
		}
		return false
	}
	long, short := w, c
	if len(long) < len(short) {
		long, short = short, long
	}
	if len(long) != len(short)+1 {
		return false
	}
	i := 0
	for i < len(short) && long[i] == short[i] {
		i++
	}
	if long[i+1:] != short[i:] {
		return false
	}
	x := long[i]
	doubled := i > 0 && long[i-1] == x || i+1 < len(long) && long[i+1] == x
	return doubled || i > 0 && strings.IndexByte("aeiou", x) >= 0
}
