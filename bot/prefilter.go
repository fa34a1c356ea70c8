package bot

import (
	"math/bits"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// prefilter rules out, cheaply, most texts a regexp cannot match: every match of the regexp
// contains certain literals, so a text lacking them need not be run through it. The intent patterns
// are long unanchored alternations of words, which Go's regexp tries at every position of the text;
// checking for the words first costs a few substring searches (a profile of faqbot serve had
// handoffOf at a fifth of the engine's time).
//
// It is a disjunction of conjunctions, from the alternations of the pattern: the text may match
// when, for some branch, it contains a literal of each of the branch's sets. (A match of
// ` كم (سعره|حقه) ` holds " كم " and one of the prices.) Branches share literals: each is searched
// for once a text. A nil *prefilter rules out nothing.
type prefilter struct {
	lits []literal
	// keys are the lits' keys in litscan.go's registry, as sets of one, plus one; 0: none.
	keys []int32
	// sets are the branches' sets of literals, as bit sets of their indexes in lits, branch after
	// branch; ends are where each branch's end.
	sets []uint64
	ends []int
	// wide are the branches' sets of literals themselves, for a pattern with more distinct literals
	// than the bit sets hold (a denial's two long lists, the many ways of telling a past): tried as
	// the rules' literals are (symptomRule.mayMatch), each set until one of its literals is found.
	wide [][]litSet
}

// maxLiterals is the most distinct literals a prefilter holds: a bit each in a uint64.
const maxLiterals = 64

// literal is a string a match must contain, with its runes (see runeSet) and pairs of runes (see
// gramSet). A message is tested against a couple of thousand literals and the runes rule out nine
// in ten: they come first, and the pairs, four times their size, are kept apart, so the test of
// most literals reads 40 bytes rather than 96.
type literal struct {
	runes runeSet
	s     string
	grams *gramSet
}

// noGrams is the gram set of a literal that is not valid UTF-8: empty, so any text covers it.
var noGrams gramSet

func newLiteral(s string) literal {
	registerLiteral(s)
	l := literal{s: s, runes: runesOf(s), grams: &noGrams}
	if utf8.ValidString(s) { // the text decodes a valid literal's runes as the literal does
		g := gramsOf(s)
		l.grams = &g
	}
	return l
}

// in says whether t contains l. Most literals have a rune the text lacks, which the rune sets
// show at the cost of four AND instructions; most others have a pair of runes the text lacks, which
// the gram sets show in eight more: only the rest are searched for.
func (l *literal) in(t *padText) bool {
	return t.runes.covers(&l.runes) && t.grams.covers(l.grams) && strings.Contains(t.s, l.s)
}

// anyIn says whether t contains one of ls.
func anyIn(ls []literal, t *padText) bool {
	for i := range ls {
		if ls[i].in(t) {
			return true
		}
	}
	return false
}

// litSet is a set of literals a text must hold one of (a rule's set of words, prefilter's wide
// sets), indexed by the pair of runes each opens with: a text holding a literal holds its first
// pair, so only the literals whose first pair is among the text's (gramSet) are tested, about one
// in ten of a long concept list instead of every one. The same answer as anyIn over the literals.
type litSet struct {
	direct  []literal // tested one by one: a set too small to index, a literal of one rune
	indexed []literal // by the bucket of their first pair, in the order of the buckets' bits
	buckets gramSet   // the first pairs' bits
	rank    [8]uint16 // how many bits of buckets the words before each hold
	starts  []uint16  // indexed[starts[r]:starts[r+1]] open with the r-th bit of buckets
	key     int32     // the set's key in litscan.go's registry plus one; 0: none, tested as below
}

// minIndexed is the fewest literals a set is indexed from: under it, testing each costs less.
const minIndexed = 8

func newLitSet(lits []literal) litSet {
	var s litSet
	type entry struct {
		h uint32
		l literal
	}
	var es []entry
	for _, l := range lits {
		r0, n := utf8.DecodeRuneInString(l.s)
		r1, m := utf8.DecodeRuneInString(l.s[n:])
		if len(lits) < minIndexed || m == 0 || !utf8.ValidString(l.s) || len(es) >= 1<<16-1 {
			s.direct = append(s.direct, l)
			continue
		}
		es = append(es, entry{gramHash(r0, r1), l})
	}
	slices.SortStableFunc(es, func(a, b entry) int { return int(a.h) - int(b.h) })
	for i, e := range es {
		if i == 0 || e.h != es[i-1].h {
			s.starts = append(s.starts, uint16(i))
			s.buckets[e.h/64] |= 1 << (e.h % 64)
		}
		s.indexed = append(s.indexed, e.l)
	}
	s.starts = append(s.starts, uint16(len(es)))
	for w := 1; w < len(s.rank); w++ {
		s.rank[w] = s.rank[w-1] + uint16(bits.OnesCount64(s.buckets[w-1]))
	}
	s.key = registerSet(lits) + 1
	return s
}

// any says whether t holds one of the set's literals.
func (s *litSet) any(t *padText) bool {
	if s.key > 0 {
		if h := t.hits(); h != nil {
			return h.has(s.key - 1)
		}
	}
	return s.anyText(t)
}

// anyText is any without the registry: the literals are tested.
func (s *litSet) anyText(t *padText) bool {
	if anyIn(s.direct, t) {
		return true
	}
	if len(s.indexed) == 0 {
		return false
	}
	for w := range s.buckets {
		for m := s.buckets[w] & t.grams[w]; m != 0; m &= m - 1 {
			b := bits.TrailingZeros64(m)
			r := int(s.rank[w]) + bits.OnesCount64(s.buckets[w]&(1<<b-1))
			if anyIn(s.indexed[s.starts[r]:s.starts[r+1]], t) {
				return true
			}
		}
	}
	return false
}

// gramSet is the set of a text's pairs of adjacent runes, hashed to 512 bits. Arabic letters share
// the rune set's bits with digits and punctuation and a longer message holds most of them; pairs are
// far rarer, so a literal of a few letters that passes the rune sets is mostly ruled out here.
type gramSet [8]uint64

func gramsOf(s string) gramSet {
	var g gramSet
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			h := gramHash(prev, r)
			g[h/64] |= 1 << (h % 64)
		}
		prev = r
	}
	return g
}

// gramHash is the bit of the pair of runes a, b in a gramSet.
func gramHash(a, b rune) uint32 {
	return (uint32(a)*0x9E3779B1 ^ uint32(b)) * 0x85EBCA6B >> 23 // 9 bits
}

func (a *gramSet) covers(b *gramSet) bool {
	return b[0]&^a[0] == 0 && b[1]&^a[1] == 0 && b[2]&^a[2] == 0 && b[3]&^a[3] == 0 &&
		b[4]&^a[4] == 0 && b[5]&^a[5] == 0 && b[6]&^a[6] == 0 && b[7]&^a[7] == 0
}

// runeSet is the set of a text's bytes folded to 128 bits by their low seven bits. A text holds a
// literal only if its set covers the literal's, whatever the bytes. In UTF-8, the letters of the
// patterns keep bits of their own: lower-case ASCII letters, and Arabic letters by their second
// byte (U+0621-U+063A as 0x21-0x3A, U+0641-U+064A as 0x01-0x0A), which only digits and
// punctuation share.
type runeSet [2]uint64

func runesOf(s string) runeSet {
	var rs runeSet
	for i := 0; i < len(s); i++ {
		b := s[i] & 127
		rs[b/64] |= 1 << (b % 64)
	}
	return rs
}

func (a *runeSet) covers(b *runeSet) bool { return b[0]&^a[0] == 0 && b[1]&^a[1] == 0 }

// padText is a message as the triage and intent patterns see it (see padded), with its runes and
// pairs of runes.
type padText struct {
	s     string
	runes runeSet
	grams gramSet
	// found are the registered keys s holds (litscan.go), filled at the first query and shared by
	// the copies of the text; nil: not known, the literals are tested.
	found *litHits
	// reading says the text is an Arabizi message read in Arabic letters (readarabizi.go), which
	// the net is not asked of.
	reading bool
}

func newPadText(s string) padText {
	return padText{s: s, runes: runesOf(s), grams: gramsOf(s), found: &litHits{}}
}

// newPrefilter derives re's prefilter from its syntax; nil when some match needs no literal, or
// its literals are too many.
func newPrefilter(re *regexp.Regexp) *prefilter { return literalReader{runs: true}.prefilter(re) }

// prefilter is newPrefilter with the literals lr reads.
func (lr literalReader) prefilter(re *regexp.Regexp) *prefilter {
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	t = unfactored(t.Simplify())
	if p := compilePrefilter(lr.dnf(t)); p != nil {
		return p
	}
	if lr.runs {
		// The whole strings of exact runs are more literals, often too many for the bit sets: kept
		// as lists, they still rule out more than the bit sets of the parts' literals. Else the
		// parts' literals, read as below.
		if p := widePrefilter(lr.dnf(t)); p != nil {
			return p
		}
		return literalReader{}.prefilter(re)
	}
	// Fewer literals: one branch, a set for each part of the pattern.
	if p := compilePrefilter([][][]literal{lr.conjunction([]*syntax.Regexp{t})}); p != nil {
		return p
	}
	// Too many literals for the bit sets: the branches as lists (without one such pattern ran on
	// every message, some 5% of an answer's time).
	if p := widePrefilter(lr.dnf(t)); p != nil {
		return p
	}
	return widePrefilter([][][]literal{lr.conjunction([]*syntax.Regexp{t})})
}

// unfactored undoes the parser's factoring of alternations: `wa(?:rm|r+am)` is read as written,
// `warm|war+am`, so an exact prefix the branches share joins each branch's run ("warm", "war")
// instead of standing alone as a literal most texts hold ("w"); so does any exact part before a
// group of alternatives some of which are not exact (`m(a|o) ?(7as+|r+ed)` as `ma ?7as+|mo ?7as+|
// ma ?r+ed|mo ?r+ed`). Exact alternatives are left to exactRuns, which reads them as strings while
// they are few: joined one by one to a prefix, they would only lengthen short words (" a", " bi")
// into sets that crowd out the longer ones where a pattern's branches are too many to keep. The
// result is only read for literals (see unplussed). re is changed in place.
func unfactored(re *syntax.Regexp) *syntax.Regexp {
	for i, sub := range re.Sub {
		re.Sub[i] = unfactored(sub)
	}
	if re.Op != syntax.OpConcat {
		return re
	}
	return distributed(re)
}

// distributed is unfactored of a concatenation whose parts are: each exact part before a group of
// alternatives is read into each alternative, and those read anew.
func distributed(re *syntax.Regexp) *syntax.Regexp {
	re.Sub = unplussed(re.Sub)
	for k := len(re.Sub) - 1; k > 0; k-- {
		alt, prefix := re.Sub[k], re.Sub[k-1]
		if alt.Op == syntax.OpCapture {
			alt = alt.Sub[0] // what it captures is no matter here
		}
		if alt.Op != syntax.OpAlternate {
			continue
		}
		if !slices.ContainsFunc(alt.Sub, func(b *syntax.Regexp) bool { _, ok := exact(b); return !ok }) {
			continue // exact alternatives: exactRuns reads them, or they are too many to join
		}
		if _, ok := exact(prefix); !ok {
			continue
		}
		branches := make([]*syntax.Regexp, len(alt.Sub))
		for j, b := range alt.Sub {
			if b.Op == syntax.OpCapture {
				b = b.Sub[0]
			}
			subs := []*syntax.Regexp{prefix}
			if b.Op == syntax.OpConcat {
				subs = append(subs, b.Sub...)
			} else {
				subs = append(subs, b)
			}
			branches[j] = distributed(&syntax.Regexp{Op: syntax.OpConcat, Flags: b.Flags, Sub: subs})
		}
		merged := &syntax.Regexp{Op: syntax.OpAlternate, Flags: alt.Flags, Sub: branches}
		re.Sub = slices.Concat(re.Sub[:k-1], []*syntax.Regexp{merged}, re.Sub[k+1:])
	}
	if len(re.Sub) == 1 {
		return re.Sub[0]
	}
	return re
}

// unplussed reads each repeated exact part of a concatenation (`s+`, `[ae]+`) as its first copy,
// any more, and its last: the first ends the run before it and the last opens the run after it
// (` l[ei]?s+[ae]+n` needs "les" and "an", not "l" and "n"). Not the same pattern, but every match
// of the concatenation holds the literals read from this one, a match with one copy too.
func unplussed(subs []*syntax.Regexp) []*syntax.Regexp {
	if len(subs) < 2 {
		return subs
	}
	var out []*syntax.Regexp
	for _, sub := range subs {
		if sub.Op == syntax.OpPlus {
			if e, ok := exact(sub.Sub[0]); ok && !slices.Contains(e, "") {
				star := &syntax.Regexp{Op: syntax.OpStar, Flags: sub.Flags, Sub: sub.Sub}
				out = append(out, sub.Sub[0], star, sub.Sub[0])
				continue
			}
		}
		out = append(out, sub)
	}
	return out
}

// literalReader reads the literals every match of a pattern holds (dnf); with runs, a
// concatenation's adjacent exact parts are read as one (exactRuns).
type literalReader struct{ runs bool }

// widePrefilter is the prefilter of branches kept as lists of sets; nil when a branch needs no
// literal.
func widePrefilter(branches [][][]literal) *prefilter {
	for _, sets := range branches {
		if len(sets) == 0 {
			return nil
		}
		slices.SortStableFunc(sets, func(a, b []literal) int { return shortest(b) - shortest(a) })
	}
	p := &prefilter{wide: make([][]litSet, len(branches))}
	for i, sets := range branches {
		p.wide[i] = indexLits(sets)
	}
	return p
}

func compilePrefilter(branches [][][]literal) *prefilter {
	p := &prefilter{}
	index := map[string]int{}
	for _, sets := range branches {
		if len(sets) == 0 {
			return nil
		}
		// The most selective set first: a branch is usually ruled out by its first.
		slices.SortStableFunc(sets, func(a, b []literal) int { return shortest(b) - shortest(a) })
		for _, set := range sets {
			var bits uint64
			for _, l := range set {
				i, ok := index[l.s]
				if !ok {
					i = len(p.lits)
					if i == maxLiterals {
						return nil
					}
					index[l.s] = i
					p.lits = append(p.lits, l)
				}
				bits |= 1 << i
			}
			p.sets = append(p.sets, bits)
		}
		p.ends = append(p.ends, len(p.sets))
	}
	p.keys = make([]int32, len(p.lits))
	for i := range p.lits {
		p.keys[i] = registerSet(p.lits[i:i+1]) + 1
	}
	return p
}

// litIn says whether t holds p.lits[i].
func (p *prefilter) litIn(i int, t *padText) bool {
	if k := p.keys[i]; k > 0 {
		if held, ok := t.holdsKey(k - 1); ok {
			return held
		}
	}
	return p.lits[i].in(t)
}

// mayMatch is false when t lacks the literals of every branch, so the regexp cannot match it.
// Literals are searched for lazily, each at most once: a branch is usually ruled out by its first
// set, so most literals of a long pattern are never looked at.
func (p *prefilter) mayMatch(t *padText) bool {
	if p == nil {
		return true
	}
	if p.wide != nil {
	wide:
		for _, sets := range p.wide {
			for i := range sets {
				if !sets[i].any(t) {
					continue wide
				}
			}
			return true
		}
		return false
	}
	var known, found uint64
	start := 0
	h := t.hits() // the registered literals' bits, read here rather than through litIn
branches:
	for _, end := range p.ends {
		for _, set := range p.sets[start:end] {
			for rest := set &^ known; rest != 0 && set&found == 0; rest &= rest - 1 {
				i := bits.TrailingZeros64(rest)
				known |= 1 << i
				var held bool
				if k := p.keys[i]; k > 0 && h != nil {
					held = h.has(k - 1)
				} else {
					held = p.lits[i].in(t)
				}
				if held {
					found |= 1 << i
				}
			}
			if set&found == 0 {
				start = end
				continue branches
			}
		}
		return true
	}
	return false
}

// maxBranches bounds a prefilter's branches: the concatenation of alternations multiplies them.
const maxBranches = 64

// dnf returns what every match of re contains, as a disjunction of conjunctions of sets of
// literals (see prefilter); a branch without sets is a match that needs no literal. A match of a
// concatenation contains a match of each part, so it needs a branch of each part's; a match of an
// alternation is a match of one of its branches.
func (lr literalReader) dnf(re *syntax.Regexp) [][][]literal {
	always := [][][]literal{nil}
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || len(re.Rune) == 0 || strings.TrimSpace(string(re.Rune)) == "" {
			// White space alone rules out no text: every padded one has it. Taken as a literal,
			// the space around a long alternation (` (…|…) `) was all a pattern's prefilter kept
			// when the words were too many for the bit sets, so the text was always run through it.
			return always
		}
		return [][][]literal{{{newLiteral(string(re.Rune))}}}
	case syntax.OpCapture, syntax.OpPlus:
		return lr.dnf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return lr.dnf(re.Sub[0])
		}
	case syntax.OpAlternate:
		ds := make([][][][]literal, len(re.Sub)) // each alternative's branches
		total := 0
		for i, sub := range re.Sub {
			d := lr.dnf(sub)
			if slices.ContainsFunc(d, func(sets [][]literal) bool { return len(sets) == 0 }) {
				return always // this branch may match without any literal
			}
			ds[i] = d
			total += len(d)
		}
		out := slices.Concat(ds...)
		if total > maxBranches {
			// Too many for the concatenation around to keep (` (…|…|…) `, whose union of one set
			// per part let most texts through): the alternatives with the most branches are each
			// read as one, a concatenation as a set per part, until the rest fit.
			order := make([]int, len(ds))
			for i := range order {
				order[i] = i
			}
			slices.SortStableFunc(order, func(a, b int) int { return len(ds[b]) - len(ds[a]) })
			for _, i := range order {
				if total <= maxBranches || len(ds[i]) <= 1 {
					break
				}
				parts := []*syntax.Regexp{re.Sub[i]}
				if re.Sub[i].Op == syntax.OpConcat {
					parts = re.Sub[i].Sub
				}
				total -= len(ds[i]) - 1
				ds[i] = [][][]literal{lr.conjunction(parts)}
			}
			out = slices.Concat(ds...)
		}
		return out
	case syntax.OpConcat:
		out := always
		for _, part := range lr.parts(re.Sub) {
			var d [][][]literal
			if part.re != nil {
				d = lr.dnf(part.re)
			} else {
				d = exactDNF(part.strs)
			}
			if len(out)*len(d) > maxBranches {
				return [][][]literal{lr.conjunction(re.Sub)}
			}
			var next [][][]literal
			for _, a := range out {
				for _, b := range d {
					next = append(next, append(slices.Clip(a), b...))
				}
			}
			out = next
		}
		return out
	}
	return always
}

// maxExact bounds the strings an exact part of a pattern stands for (see exact).
const maxExact = 16

// exact returns every string re matches when they are few: a literal, a class of a few runes, an
// optional part, a short alternation, and concatenations of these (`nt[ae]?[gq8]` is one of nine
// strings). An anchor matches the empty string. False otherwise.
func exact(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) == maxExact {
					return nil, false
				}
				out = append(out, string(r))
			}
		}
		return out, true
	case syntax.OpCapture:
		return exact(re.Sub[0])
	case syntax.OpQuest:
		if e, ok := exact(re.Sub[0]); ok && len(e) < maxExact {
			return append(e, ""), true
		}
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			e, ok := exact(sub)
			if !ok || len(out)+len(e) > maxExact {
				return nil, false
			}
			out = append(out, e...)
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			e, ok := exact(sub)
			if !ok || len(out)*len(e) > maxExact {
				return nil, false
			}
			out = cross(out, e)
		}
		return out, true
	}
	return nil, false
}

// cross returns every string of a followed by one of b.
func cross(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}

// concatPart is a part of a concatenation as dnf reads it: a sub-pattern (re), or a run of
// adjacent exact ones as the strings it matches (strs).
type concatPart struct {
	re   *syntax.Regexp
	strs []string
}

// parts returns the parts of a concatenation as dnf reads them: with runs, exactRuns; each
// sub-pattern on its own otherwise.
func (lr literalReader) parts(subs []*syntax.Regexp) []concatPart {
	if lr.runs {
		return exactRuns(subs)
	}
	parts := make([]concatPart, len(subs))
	for i, sub := range subs {
		parts[i] = concatPart{re: sub}
	}
	return parts
}

// exactRuns groups subs, the parts of a concatenation, into runs of adjacent exact parts (at most
// maxExact strings each) and the other parts. Read as one, a run needs one of its whole strings
// where its parts alone need less: ` [ay]?nt[ae]?[gq8]` needs "ntg", "nteq"…, where the literal
// "nt" alone is in most Arabizi messages and let them all through to the backtracking.
//
// An optional part at either end of a run adds nothing a text must hold ("ant", "ynt" or "nt" is
// "nt"): it is dropped from the run's ends, which keeps it within maxExact. A run that grows past
// maxExact otherwise is kept as it is, and the next starts at the longest tail of it that fits
// with the new part.
func exactRuns(subs []*syntax.Regexp) []concatPart {
	var parts []concatPart
	var run [][]string // the exact parts of the open run
	flush := func() {
		r := run // the run goes on from its tail: its parts stay as they are
		for len(r) > 0 && slices.Contains(r[len(r)-1], "") {
			r = r[:len(r)-1]
		}
		if len(r) > 0 {
			parts = append(parts, concatPart{strs: crossAll(r)})
		}
	}
	for _, sub := range subs {
		e, ok := exact(sub)
		if !ok {
			flush()
			run = nil
			parts = append(parts, concatPart{re: sub})
			continue
		}
		if size(run)*len(e) > maxExact {
			flush()
			for size(run)*len(e) > maxExact {
				run = run[1:]
			}
		}
		run = append(run, e)
		for len(run) > 0 && slices.Contains(run[0], "") {
			run = run[1:] // an optional part opens the run: no text need hold it
		}
	}
	flush()
	return parts
}

// size is how many strings the run of exact parts stands for.
func size(run [][]string) int {
	n := 1
	for _, e := range run {
		n *= len(e)
	}
	return n
}

// crossAll returns the strings of a run of exact parts.
func crossAll(run [][]string) []string {
	out := []string{""}
	for _, e := range run {
		out = cross(out, e)
	}
	return out
}

// exactDNF is dnf of a run of exact parts matching one of strs: a set of its strings, less those
// holding a shorter one (a text holding "nteg" holds "nt"). None when one is empty or white space,
// which every padded text holds, or when what is left is several single runes (a class alone, as
// dnf has always read it: it rules out little and would take bits from literals that do).
func exactDNF(strs []string) [][][]literal {
	strs = slices.Compact(slices.Sorted(slices.Values(strs)))
	var set []literal
	runes := true // every string is a single rune
	for _, s := range strs {
		if strings.TrimSpace(s) == "" {
			return [][][]literal{nil}
		}
		if !slices.ContainsFunc(strs, func(o string) bool { return o != s && strings.Contains(s, o) }) {
			set = append(set, newLiteral(s))
			runes = runes && utf8.RuneCountInString(s) == 1
		}
	}
	if runes && len(set) > 1 {
		return [][][]literal{nil}
	}
	return [][][]literal{{set}}
}

// conjunction is what a concatenation of subs needs when its branches are too many to list: one
// set per part, each the union of a set from every branch of the part.
func (lr literalReader) conjunction(subs []*syntax.Regexp) [][]literal {
	var out [][]literal
	for _, sub := range subs {
		var union []literal
		for _, sets := range lr.dnf(sub) {
			if len(sets) == 0 {
				union = nil
				break
			}
			best := slices.MaxFunc(sets, func(a, b []literal) int { return shortest(a) - shortest(b) })
			union = append(union, best...)
		}
		if union != nil {
			out = append(out, union)
		}
	}
	return out
}

// shortest is the length in characters of the shortest literal of l.
func shortest(l []literal) int {
	n := -1
	for _, s := range l {
		if c := utf8.RuneCountInString(s.s); n < 0 || c < n {
			n = c
		}
	}
	return n
}

// tailRegexp is a pattern whose every match ends the text and is at most max bytes long (a question
// closing a message): Go's regexp, which cannot search backwards, would try it at every position of
// the text, and so it is run on the text's last max bytes alone. A match found there is the match
// in the whole text: none can start before them, and the pattern reads nothing before its start.
//
// Most texts are ruled out before that by their last word: where the pattern ends on a space (the
// padded text's), the word before it must be one a match can end on.
type tailRegexp struct {
	re  *regexp.Regexp
	max int // -1: not such a pattern; run on the whole text
	// last are the words a match can end on (before its final space); nil: not known.
	last map[string]bool
}

func newTailRegexp(re *regexp.Regexp) tailRegexp {
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil || t.Op != syntax.OpConcat || len(t.Sub) == 0 || t.Sub[len(t.Sub)-1].Op != syntax.OpEndText {
		return tailRegexp{re: re, max: -1}
	}
	tr := tailRegexp{re: re, max: maxMatchLen(t)}
	// The words before the final space, when the pattern ends on one (` … $`) and starts with one.
	body := slices.Clone(t.Sub[:len(t.Sub)-1])
	if n := len(body); n > 0 && body[n-1].Op == syntax.OpLiteral && body[n-1].Flags&syntax.FoldCase == 0 &&
		len(body[n-1].Rune) > 0 && body[n-1].Rune[len(body[n-1].Rune)-1] == ' ' {
		lit := *body[n-1]
		lit.Rune = lit.Rune[:len(lit.Rune)-1]
		body[n-1] = &lit
		if ends, ok := lastWords(&syntax.Regexp{Op: syntax.OpConcat, Sub: body}); ok {
			tr.last = map[string]bool{}
			for _, e := range ends {
				if !e.closed {
					tr.last = nil // a match without a space: its last word is not known
					break
				}
				tr.last[e.s] = true
			}
		}
	}
	return tr
}

// wordEnd is how a match of part of a pattern may end: s, after the last space in it (closed) or
// the whole match (not closed).
type wordEnd struct {
	s      string
	closed bool
}

// maxWordEnds bounds lastWords' sets.
const maxWordEnds = 4096

// lastWords returns the ways a match of t may end; false when not known (a class of many runes, a
// repeat, case folding, an anchor) or too many.
func lastWords(t *syntax.Regexp) ([]wordEnd, bool) {
	switch t.Op {
	case syntax.OpEmptyMatch:
		return []wordEnd{{}}, true
	case syntax.OpLiteral:
		if t.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		s := string(t.Rune)
		if i := strings.LastIndexByte(s, ' '); i >= 0 {
			return []wordEnd{{s[i+1:], true}}, true
		}
		return []wordEnd{{s, false}}, true
	case syntax.OpCharClass:
		var ends []wordEnd
		for i := 0; i+1 < len(t.Rune); i += 2 {
			if t.Rune[i+1]-t.Rune[i] > 32 {
				return nil, false
			}
			for r := t.Rune[i]; r <= t.Rune[i+1]; r++ {
				if r == ' ' {
					ends = append(ends, wordEnd{"", true})
				} else {
					ends = append(ends, wordEnd{string(r), false})
				}
			}
		}
		return ends, len(ends) <= maxWordEnds
	case syntax.OpCapture:
		return lastWords(t.Sub[0])
	case syntax.OpQuest:
		ends, ok := lastWords(t.Sub[0])
		return append(ends, wordEnd{}), ok
	case syntax.OpAlternate:
		var ends []wordEnd
		for _, sub := range t.Sub {
			e, ok := lastWords(sub)
			if !ok {
				return nil, false
			}
			ends = append(ends, e...)
		}
		return dedupEnds(ends)
	case syntax.OpConcat:
		acc := []wordEnd{{}}
		for _, sub := range t.Sub {
			e, ok := lastWords(sub)
			if !ok {
				return nil, false
			}
			var next []wordEnd
			for _, f := range e {
				if f.closed {
					next = append(next, f)
					continue
				}
				for _, a := range acc {
					next = append(next, wordEnd{a.s + f.s, a.closed})
				}
			}
			if acc, ok = dedupEnds(next); !ok {
				return nil, false
			}
		}
		return acc, true
	}
	return nil, false
}

func dedupEnds(ends []wordEnd) ([]wordEnd, bool) {
	slices.SortFunc(ends, func(a, b wordEnd) int {
		if c := strings.Compare(a.s, b.s); c != 0 {
			return c
		}
		if a.closed == b.closed {
			return 0
		}
		if a.closed {
			return 1
		}
		return -1
	})
	ends = slices.Compact(ends)
	return ends, len(ends) <= maxWordEnds
}

// FindStringIndex is re.FindStringIndex(s).
func (tr tailRegexp) FindStringIndex(s string) []int {
	if tr.last != nil {
		if !strings.HasSuffix(s, " ") {
			return nil
		}
		w := s[:len(s)-1]
		if !tr.last[w[strings.LastIndexByte(w, ' ')+1:]] {
			return nil
		}
	}
	cut := len(s) - tr.max
	if tr.max < 0 || cut <= 0 {
		return tr.re.FindStringIndex(s)
	}
	for cut < len(s) && !utf8.RuneStart(s[cut]) {
		cut++
	}
	loc := tr.re.FindStringIndex(s[cut:])
	if loc != nil {
		loc[0] += cut
		loc[1] += cut
	}
	return loc
}

// maxMatchLen returns the most bytes a match of t spans, or -1 when unbounded or when the pattern
// looks at what comes before a match (an anchor or word boundary, but the text's end).
func maxMatchLen(t *syntax.Regexp) int {
	switch t.Op {
	case syntax.OpEmptyMatch, syntax.OpEndText:
		return 0
	case syntax.OpLiteral:
		if t.Flags&syntax.FoldCase != 0 {
			return utf8.UTFMax * len(t.Rune)
		}
		n := 0
		for _, r := range t.Rune {
			n += utf8.RuneLen(r)
		}
		return n
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	}
	return maxOver(t, maxMatchLen)
}

// maxOver is the most of what one measure counts (bytes, spaces) that a match of a composite t holds,
// from the measure m of its parts; -1 when unbounded or when t is no composite: the measure reads its
// leaves itself.
func maxOver(t *syntax.Regexp, m func(*syntax.Regexp) int) int {
	switch t.Op {
	case syntax.OpCapture, syntax.OpQuest:
		return m(t.Sub[0])
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		n := m(t.Sub[0])
		switch {
		case n < 0:
			return -1
		case n == 0:
			return 0
		case t.Op != syntax.OpRepeat || t.Max < 0:
			return -1
		}
		return t.Max * n
	case syntax.OpConcat, syntax.OpAlternate:
		n := 0
		for _, sub := range t.Sub {
			k := m(sub)
			if k < 0 {
				return -1
			}
			if t.Op == syntax.OpConcat {
				n += k
			} else {
				n = max(n, k)
			}
		}
		return n
	}
	return -1
}
