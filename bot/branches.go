package bot

import (
	"regexp"
	"strings"
)

// A pattern of a hundred alternatives, ` (A|B|…) `, has more literals than a prefilter keeps in its
// bit sets, and its prefilter falls back to one literal an alternative: a common word («mn», « من »)
// lets a third of the messages through to Go's regexp, which runs so large a program on its slowest
// engine (the NFA) at every position of the text. Split into its alternatives, each gets a prefilter
// of its own, which can ask for all of an alternative's parts («min» and «sneen»), and runs alone
// (on the backtracker) only when its prefilter lets the text through. A text matches the pattern
// when it matches one of its alternatives, so nothing a match decides changes.

// branchRegexp is a pattern as its alternatives, each with its prefilter.
type branchRegexp struct {
	whole    *regexp.Regexp
	branches []*regexp.Regexp // nil: the pattern is not of that shape; whole is run
	pres     []*prefilter
}

// newBranchRegexp splits re, of the shape P(A|B|…)S with no alternation outside the group, into
// P(A)S, P(B)S, ….
func newBranchRegexp(re *regexp.Regexp) branchRegexp {
	br := branchRegexp{whole: re}
	alts, prefix, suffix, ok := topAlternatives(re.String())
	if !ok || len(alts) < 2 {
		return br
	}
	for _, a := range alts {
		b, err := regexp.Compile(prefix + "(" + a + ")" + suffix)
		if err != nil {
			return branchRegexp{whole: re}
		}
		br.branches = append(br.branches, b)
		br.pres = append(br.pres, newPrefilter(b))
	}
	return br
}

// matchString says whether t.s matches the pattern.
func (br *branchRegexp) matchString(t *padText) bool {
	if br.branches == nil {
		return br.whole.MatchString(t.s)
	}
	for i, b := range br.branches {
		if br.pres[i].mayMatch(t) && b.MatchString(t.s) {
			return true
		}
	}
	return false
}

// topAlternatives returns the alternatives of the first group of pattern src and what is around
// it; false when src has an alternation outside that group, or is not read.
func topAlternatives(src string) (alts []string, prefix, suffix string, ok bool) {
	depth, open, start := 0, -1, 0
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '\\':
			i++ // an escaped byte (the patterns escape only ASCII)
		case '[':
			// A class: up to its closing bracket, which may be its first byte («[]a]») or escaped.
			j := i + 1
			if j < len(src) && src[j] == '^' {
				j++
			}
			if j < len(src) && src[j] == ']' {
				j++
			}
			for ; j < len(src) && src[j] != ']'; j++ {
				if src[j] == '\\' {
					j++
				}
			}
			if j >= len(src) {
				return nil, "", "", false
			}
			i = j
		case '(':
			if depth == 0 {
				if open >= 0 || strings.HasPrefix(src[i:], "(?") {
					return nil, "", "", false // a second group, or flags
				}
				open, start = i, i+1
			}
			depth++
		case ')':
			depth--
			if depth < 0 {
				return nil, "", "", false
			}
			if depth == 0 {
				alts = append(alts, src[start:i])
				prefix, suffix = src[:open], src[i+1:]
				if strings.ContainsAny(prefix, "|()[\\") || strings.ContainsAny(suffix, "|()[\\") || strings.IndexAny(suffix, "*+?{") == 0 {
					return nil, "", "", false // a repeated group is no union of its alternatives repeated
				}
				return alts, prefix, suffix, true
			}
		case '|':
			if depth == 0 {
				return nil, "", "", false
			}
			if depth == 1 {
				alts = append(alts, src[start:i])
				start = i + 1
			}
		}
	}
	return nil, "", "", false
}
