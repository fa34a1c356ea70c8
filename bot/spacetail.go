package bot

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// spaceTail is a pattern whose every match ends the text and holds at most n spaces (a question
// closing a message in a few words: "…can I book an assessment for today?"). Go's regexp, which
// cannot search backwards, would try it at every position of the text; no match can start before
// the (n+1)-th space from the end, and the pattern reads nothing before its start (no ^, no \b), so
// it is run from there alone, and finds the same leftmost match. tailRegexp does the same for a
// pattern of a bounded length; these have a word of any length (\S+).
//
// Most texts hold none of the closing's words: its prefilter rules them out first (find).
type spaceTail struct {
	re  *regexp.Regexp
	n   int // -1: not such a pattern; run on the whole text
	pre *prefilter
}

func newSpaceTail(re *regexp.Regexp) spaceTail {
	st := spaceTail{re: re, n: -1, pre: newPrefilter(re)}
	if t, err := syntax.Parse(re.String(), syntax.Perl); err == nil && endsText(t) {
		st.n = maxSpaces(t)
	}
	return st
}

// find is re.FindStringIndex(t.s).
func (st *spaceTail) find(t *padText) []int {
	if !st.pre.mayMatch(t) {
		return nil
	}
	return st.FindStringIndex(t.s)
}

// FindStringIndex is re.FindStringIndex(s).
func (st *spaceTail) FindStringIndex(s string) []int {
	if st.n < 0 {
		return st.re.FindStringIndex(s)
	}
	i := len(s)
	for k := 0; k <= st.n; k++ {
		if i = strings.LastIndexByte(s[:i], ' '); i < 0 {
			return st.re.FindStringIndex(s)
		}
	}
	loc := st.re.FindStringIndex(s[i+1:])
	if loc != nil {
		loc[0] += i + 1
		loc[1] += i + 1
	}
	return loc
}

// endsText says whether every match of t ends at the end of the text.
func endsText(t *syntax.Regexp) bool {
	switch t.Op {
	case syntax.OpEndText:
		return true
	case syntax.OpCapture:
		return endsText(t.Sub[0])
	case syntax.OpConcat:
		return len(t.Sub) > 0 && endsText(t.Sub[len(t.Sub)-1])
	case syntax.OpAlternate:
		for _, sub := range t.Sub {
			if !endsText(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// maxSpaces is the most spaces a match of t holds; -1 when not bounded, or when t reads what is
// before its match (an anchor at the text's start or a line's, a word boundary).
func maxSpaces(t *syntax.Regexp) int {
	switch t.Op {
	case syntax.OpEmptyMatch, syntax.OpEndText, syntax.OpEndLine:
		return 0
	case syntax.OpLiteral:
		return strings.Count(string(t.Rune), " ")
	case syntax.OpCharClass:
		for i := 0; i+1 < len(t.Rune); i += 2 {
			if t.Rune[i] <= ' ' && ' ' <= t.Rune[i+1] {
				return 1
			}
		}
		return 0
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	}
	return maxOver(t, maxSpaces)
}
