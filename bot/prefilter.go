package bot

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// prefilter rules out, cheaply, most texts a regexp cannot match: every match of the regexp
// contains one of its literals, so a text containing none of them need not be run through it. The
// intent patterns are long unanchored alternations of words, which Go's regexp tries at every
// position of the text; checking for the words first costs a few substring searches (a profile of
// faqbot serve had handoffOf at a fifth of the engine's time). A nil prefilter rules out nothing.
type prefilter []string

// newPrefilter derives re's prefilter from its syntax; nil when no set of literals is required.
func newPrefilter(re *regexp.Regexp) prefilter {
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	lits, ok := requiredLiterals(t.Simplify())
	if !ok {
		return nil
	}
	return lits
}

// mayMatch is false when s contains none of the literals, so the regexp cannot match it.
func (p prefilter) mayMatch(s string) bool {
	if p == nil {
		return true
	}
	for _, l := range p {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}

// requiredLiterals returns strings one of which every match of re contains, or false when it cannot
// name any. A match of a concatenation contains a match of each part, so any part's set will do
// (the one with the longest shortest member is the most selective); a match of an alternation
// contains a match of one of its branches, so it needs the union of theirs.
func requiredLiterals(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || len(re.Rune) == 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredLiterals(re.Sub[0])
		}
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			l, ok := requiredLiterals(sub)
			if !ok {
				return nil, false
			}
			out = append(out, l...)
		}
		return out, true
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			if l, ok := requiredLiterals(sub); ok && (best == nil || shortest(l) > shortest(best) ||
				shortest(l) == shortest(best) && len(l) < len(best)) {
				best = l
			}
		}
		return best, best != nil
	}
	return nil, false
}

// shortest is the length in characters of the shortest string of l.
func shortest(l []string) int {
	n := -1
	for _, s := range l {
		if c := utf8.RuneCountInString(s); n < 0 || c < n {
			n = c
		}
	}
	return n
}
