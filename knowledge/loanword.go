package knowledge

import "strings"

// A loanword the pages write in Arabic letters («الترانيكساميك», «الديسك») a patient may write in Latin
// ones ("tranexamic", "disc"). Neither the pages nor the lexicon know the Latin spelling; its consonants
// do match the Arabic word's, once both sides fold the letters each writes for one sound (t ت ط, s س
// ص, k c q ك ق) and leave out the vowels (a e i o u y; ا و ي and a final ة).

// minLoanConsonants is how many consonants a Latin word must have to be matched on them alone.
const minLoanConsonants = 4

// arabicConsonant is the class of an Arabic letter's sound a Latin spelling may write; "" for a vowel
// letter or one that Latin never writes (ع, ح).
var arabicConsonant = map[rune]string{
	'ب': "b", 'ت': "t", 'ط': "t", 'ث': "s", 'ج': "g", 'غ': "g", 'خ': "k", 'د': "d", 'ض': "d", 'ذ': "z",
	'ر': "r", 'ز': "z", 'ظ': "z", 'س': "s", 'ص': "s", 'ش': "S", 'ف': "f", 'ق': "k", 'ك': "k", 'ل': "l",
	'م': "m", 'ن': "n", 'ه': "h",
}

// arabicSkeleton is the consonant classes of a normalised Arabic word without its article, a letter
// written twice in a row once; "" when it has a letter Latin never writes.
func arabicSkeleton(w string) string {
	w = strings.TrimPrefix(w, "ال")
	var b strings.Builder
	last := ""
	rs := []rune(w)
	for i, r := range rs {
		switch r {
		case 'ا', 'و', 'ي', 'ى', 'ء', 'ئ', 'ؤ', 'ة':
			continue
		case 'ه':
			if i == len(rs)-1 {
				continue // the ة Normalize writes ه
			}
		}
		c, ok := arabicConsonant[r]
		if !ok {
			return ""
		}
		if c != last {
			b.WriteString(c)
		}
		last = c
	}
	return b.String()
}

// latinSkeletons are the consonant classes a Latin word may stand for: an s between vowels may be ز
// ("laser" ليزر), a c before e, i or y is س, "ch" ش or ك, "sion"/"tion" شن.
func latinSkeletons(w string) []string {
	outs := []string{""}
	add := func(alts ...string) {
		var next []string
		for _, o := range outs {
			for _, a := range alts {
				if a != "" && strings.HasSuffix(o, a) {
					next = append(next, o) // a letter written twice in a row, or two for one sound
					continue
				}
				next = append(next, o+a)
			}
		}
		outs = next
	}
	vowel := func(i int) bool { return i >= 0 && i < len(w) && strings.IndexByte("aeiouy", w[i]) >= 0 }
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case strings.HasPrefix(w[i:], "sion"), strings.HasPrefix(w[i:], "tion"):
			add("S")
			add("n")
			i += 3
		case strings.HasPrefix(w[i:], "sh"):
			add("S")
			i++
		case strings.HasPrefix(w[i:], "ch"):
			add("S", "k")
			i++
		case strings.HasPrefix(w[i:], "ph"):
			add("f")
			i++
		case strings.HasPrefix(w[i:], "th"):
			add("t", "s")
			i++
		case c == 'x':
			add("k")
			add("s")
		case c == 'c':
			if i+1 < len(w) && strings.IndexByte("eiy", w[i+1]) >= 0 {
				add("s")
			} else {
				add("k")
			}
		case c == 's':
			if vowel(i-1) && vowel(i+1) {
				add("s", "z")
			} else {
				add("s")
			}
		case c == 'q':
			add("k")
		case c == 'j':
			add("g")
		case c == 'v':
			add("f")
		case c == 'p':
			add("b")
		case c == 'h' || c == 'w' || c == '\'' || vowel(i):
		case c >= 'a' && c <= 'z':
			add(string(c))
		default:
			return nil
		}
	}
	return outs
}

// loanword returns the stem of the pages' Arabic word whose consonants a Latin word of four or more
// writes, the one in most passages; "" when none is.
func (ix *Index) loanword(w string) string {
	if !isLatinWord(w) || looksArabizi(w) {
		return ""
	}
	ix.loansOnce.Do(ix.buildLoans)
	best := ""
	for _, sk := range latinSkeletons(w) {
		if len(sk) < minLoanConsonants {
			continue
		}
		if st := ix.loans[sk]; st != "" && (best == "" || ix.df[st] > ix.df[best]) {
			best = st
		}
	}
	return best
}

// buildLoans maps the consonants of the pages' Arabic words of four consonants or more to their stems,
// the stem in most passages for a skeleton several words share.
func (ix *Index) buildLoans() {
	ix.loans = map[string]string{}
	for i := range ix.passages {
		p := &ix.passages[i]
		for _, w := range Words(p.Section + "\n" + p.Text) {
			if isLatinWord(w) {
				continue
			}
			sk := arabicSkeleton(w)
			if len(sk) < minLoanConsonants {
				continue
			}
			st := stemWord(w)
			if st == "" || ix.df[st] == 0 {
				continue
			}
			if old := ix.loans[sk]; old == "" || ix.df[st] > ix.df[old] {
				ix.loans[sk] = st
			}
		}
	}
}
