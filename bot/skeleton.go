package bot

import (
	"regexp"
	"strings"
)

// Arabizi spells a word as it is heard: vowels come and go (jefn, jfoon, jfouna), a letter is doubled
// or not (7arek, 7arrek), ق is 2, q, g or 8 (a2dar, agdar, aqdar), خ is 5 or kh. The symptom rules,
// which list a few spellings of each Arabizi word, miss the rest. On Arabizi text they run a second
// time over skeletons: each Latin word of four letters or more, and each Latin word of the rules, as
// its consonants (ق and خ each one letter, a doubled letter once), a rule's word matching a message's
// word that starts with it. Words shorter than three consonants keep their spelling: a skeleton of two
// letters is too many words.

// minSkeleton is the fewest consonants a rule's word needs to be matched by its skeleton.
const minSkeleton = 3

// skeleton returns the consonants of a Latin word; "" for a word with other letters.
func skeleton(w string) string { return skeletonOf(w, 'q') }

// skeletonOf is skeleton with g read as g: 'q' (ق, as the Gulf says it) or 'j' (ج, as Egypt does:
// "wag3" is «وجع», "gamed" «جامد»).
func skeletonOf(w string, g byte) string {
	if !isLower(w) {
		return ""
	}
	w = digraphs.Replace(w)
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u':
			continue
		case 'q', '2', '8':
			c = 'q'
		case 'g':
			c = g
		}
		if i > 0 && w[i-1] == w[i] {
			continue // a doubled letter (7arrek), not a root's repeated one (7arar)
		}
		b = append(b, c)
	}
	return string(b)
}

// digraphs are the Latin letter pairs written for one Arabic letter: خ, ش, غ (as ق's 8). Built once:
// building a Replacer costs more than replacing with it.
var digraphs = strings.NewReplacer("kh", "5", "ch", "sh", "gh", "8")

// tearSkeleton is the skeleton of a word of tears («tdma3», «btdma3», «dmou3», «dmo3i»): دمع, not دم.
var tearSkeleton = regexp.MustCompile(`^(b|bt|by|k|kt|ky|t|y|n|a|el|l)?dm3`)

// sightSkeleton is a word of the sight («nathari», «nazar», «bnadhari»), نظر, whose consonants with
// «th» are those of a suicide («entehar», «nthr»), which opens on a vowel the sight never has: its
// skeleton is written one way, as «nazar» reads.
var sightSkeleton = regexp.MustCompile(`^(b|bi|be|w|wa|l|el|al|bel|bil)?n[ae](th|dh|z|d|6)[ae]?r`)

// sightWord says whether w holds what every match of sightSkeleton holds: «na» or «ne».
func sightWord(w string) bool { return strings.Contains(w, "na") || strings.Contains(w, "ne") }

// skeletonText returns t with its Latin words of four letters or more as skeletons.
func skeletonText(t *padText) padText { return skeletonTextOf(t, 'q') }

// skeletonTexts are the skeletons of t: with g as ق, and, when a word of four letters or more holds a
// g, with g as ج (Egyptian Arabizi), which the rules' own spellings (g as ق) would miss.
// They are made once a text (litHits.skeletons).
func skeletonTexts(t *padText) []padText {
	if t.found != nil && t.found.skeletons != nil {
		return t.found.skeletons
	}
	out := []padText{skeletonText(t)}
	for _, w := range strings.Fields(t.s) {
		if len(w) >= 4 && strings.IndexByte(strings.ReplaceAll(w, "gh", ""), 'g') >= 0 && isLower(w) {
			out = append(out, skeletonTextOf(t, 'j'))
			break
		}
	}
	if t.found != nil {
		t.found.skeletons = out
	}
	return out
}

// skeletonKeeps are the negations a skeleton keeps as written: «mish», «mesh» as "msh" are the
// skeleton of «emshi» (walk), and «mish 2adra» (I can't) read "walk, can't".
var skeletonKeeps = map[string]bool{"mish": true, "mesh": true, "mush": true, "mosh": true, "mich": true, "mech": true,
	// English words an Arabizi message borrows whole ("cross linking", "of course"), whose consonants
	// are those of a fit in the Maghreb's French («crise»): English spelling does not drop its vowels.
	"cross": true, "crossing": true, "crosslinking": true, "across": true, "course": true, "courses": true, "curse": true, "cruise": true}

func skeletonTextOf(t *padText, g byte) padText {
	words := strings.Fields(t.s)
	// A message with English grammar in it ("3indi question: what are the emergency signs…") keeps its
	// English, as its Arabic reading does: only its words with a digit for a letter are skeletons.
	englishToo := t.english()
	for i, w := range words {
		if englishToo && !hasDigitLetter(w) {
			continue
		}
		if len(w) >= 4 && !(strings.IndexByte(w, '3') >= 0 && spelledSpeed.MatchString(w)) && !skeletonKeeps[w] { // each has a 3
			if s := skeletonOf(w, g); len(s) >= minSkeleton {
				// Each pattern runs only on a word holding what its every match holds: most hold neither.
				if strings.Contains(s, "dm3") && tearSkeleton.MatchString(s) {
					s = "دمع" // «tdma3», «dmou3i»: tears (دمع), whose skeleton begins like blood's (tdm, dm)
				}
				if sightWord(w) && sightSkeleton.MatchString(w) {
					s = "nzr" // as «nazar» reads; «nathar» would read «nthr»
				}
				words[i] = s
			}
		}
	}
	return padded(words)
}

// skeletonRules returns the rules with their Latin words as skeletons matched as prefixes, the Arabic
// ones as they are; a rule with a set left without words is dropped.
func skeletonRules(rs []symptomRule) []symptomRule {
	var out []symptomRule
rules:
	for _, r := range rs {
		s := symptomRule{window: r.window}
		for _, set := range r.sets {
			var ts []term
			for _, t := range set {
				if !isLower(strings.Join(t.words, "")) {
					ts = append(ts, t)
					continue
				}
				sk := term{prefix: true, negated: t.negated, asserted: t.asserted}
				for _, w := range t.words {
					k := skeleton(w)
					if len(w) < 4 || len(k) < minSkeleton {
						k = w // a short word keeps its spelling, as skeletonText leaves it
					}
					sk.words = append(sk.words, k)
				}
				if len(t.words) == 1 && len(sk.words[0]) < minSkeleton {
					continue
				}
				ts = append(ts, sk)
			}
			if len(ts) == 0 {
				continue rules
			}
			s.sets = append(s.sets, ts)
			s.lits = append(s.lits, setLiterals(ts))
		}
		sortLits(s.lits)
		s.index = indexLits(s.lits)
		s.terms = indexTerms(s.sets)
		out = append(out, s)
	}
	return out
}

// skeletonFlags are symptomRules, doubleSight and conceptRules as skeletons.
var skeletonFlags = func() []flagRules {
	var out []flagRules
	for _, f := range append(append(append([]flagRules(nil), symptomRules...), doubleSight...), conceptRules...) {
		out = append(out, flagRules{name: f.name, rules: skeletonRules(f.rules)})
	}
	return out
}()

// skeletonFlagsNotDouble are skeletonFlags without doubleSight's.
var skeletonFlagsNotDouble = func() []flagRules {
	var out []flagRules
	for _, f := range append(append([]flagRules(nil), symptomRules...), conceptRules...) {
		out = append(out, flagRules{name: f.name, rules: skeletonRules(f.rules)})
	}
	return out
}()

// spelledSpeed are the Arabizi words of speed (سرعة, سريع, أسرع: «b sor3a», «bsir3a», «asra3 meni», «sari3»),
// clitic and all: their consonants are a fit's («sar3»), their vowels are not, so their skeleton is
// not taken («ynazzel dam shway w yw2af b sor3a» is no seizure). «sar3a» (a fit, in the Maghreb) is
// not one of them.
var spelledSpeed = regexp.MustCompile(`^(b|bi|be|w|wa|l|el|al)?(s[iou]+r3[ae]?|asra3|a?s[ae]?r(i|ee|ii|y)3[ae]?)$`)
