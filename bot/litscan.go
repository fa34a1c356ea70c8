package bot

import (
	"slices"
	"sync"
)

// The literals of the patterns and rules are some thousands, and a message was tested against
// them one by one (literal.in, litSet.any). Those of the litSets and prefilters made while the
// package initialises are instead found all at once: the first query builds an Aho–Corasick
// automaton over them, and a text is run through it once, at its first query, recording which sets
// (and which of the prefilters' literals, as sets of one) it holds a literal of: each test is then
// a bit. A set made after the automaton is built (a clinic's rules, built in NewTriage) is not
// registered and is tested as before. The automaton finds exactly the byte substrings
// strings.Contains finds, so no answer changes.

// litRegistry holds the strings of the literals and the sets registered before the automaton is
// built; a set is registered as a key, its bit in litHits.
var litRegistry struct {
	mu      sync.Mutex
	frozen  bool             // the automaton is built: no more registrations
	ids     map[string]int32 // a registered literal's id, by its string
	strs    []string         // the literals by id
	keys    [][]int32        // each key's literal ids
	singles map[int32]int32  // the key of the set of one literal, by the literal's id
}

// registerLiteral registers s, if the automaton is not built yet: the sets holding it may then be
// registered. The empty string is not: every text holds it, and the automaton would not say so.
func registerLiteral(s string) {
	r := &litRegistry
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.ids[s]; ok || r.frozen || s == "" {
		return
	}
	if r.ids == nil {
		r.ids = map[string]int32{}
		r.singles = map[int32]int32{}
	}
	r.ids[s] = int32(len(r.strs))
	r.strs = append(r.strs, s)
}

// registerSet returns the key of the set of lits, or -1 when one of them is not registered or the
// automaton is built.
func registerSet(lits []literal) int32 {
	r := &litRegistry
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.frozen {
		return -1
	}
	ids := make([]int32, 0, len(lits))
	for i := range lits {
		id, ok := r.ids[lits[i].s]
		if !ok {
			return -1
		}
		if len(lits) == 1 {
			if k, ok := r.singles[id]; ok {
				return k
			}
			r.singles[id] = int32(len(r.keys))
		}
		ids = append(ids, id)
	}
	r.keys = append(r.keys, ids)
	return int32(len(r.keys) - 1)
}

// litScanner is the automaton over the registered keys' literals: a DFA over classes of bytes. Its
// table is read once a byte of every message, so it is kept small and its hot parts together:
// states of 16 bits while they fit, classes in byte order (a state's Latin letters, or an Arabic
// letter's second bytes, share cache lines), states numbered breadth first (the shallow ones,
// which most bytes reach, together), and those with keys after those without, so a state's keys
// are looked for only when it has some.
type litScanner struct {
	class   [256]uint8 // a byte's class; 0: no literal holds it
	nclass  int
	delta16 []uint16 // delta16[state*nclass+class] is the next state, when they all fit in 16 bits
	delta32 []uint32 // the same, when they do not
	// States from outFrom on have keys: out[outAt[st-outFrom]:outAt[st-outFrom+1]] are those of
	// the literals ending at state st, its own and its suffixes', so a text is done with a state in
	// one pass over them.
	outFrom int
	outAt   []int32
	out     []int32
	nkeys   int
}

var (
	scannerOnce sync.Once
	scanner     *litScanner
)

// theScanner builds the automaton at its first call, closing the registry.
func theScanner() *litScanner {
	scannerOnce.Do(func() {
		r := &litRegistry
		r.mu.Lock()
		r.frozen = true
		strs, keys := r.strs, r.keys
		r.mu.Unlock()
		scanner = newLitScanner(strs, keys)
	})
	return scanner
}

// newLitScanner builds the automaton for keys, sets of the literals strs by index.
func newLitScanner(strs []string, keys [][]int32) *litScanner {
	sc := &litScanner{nkeys: len(keys)}
	keysOf := make([][]int32, len(strs))
	for k, ids := range keys {
		for _, id := range ids {
			if n := len(keysOf[id]); n == 0 || keysOf[id][n-1] != int32(k) {
				keysOf[id] = append(keysOf[id], int32(k))
			}
		}
	}
	var used [256]bool
	for id, s := range strs {
		if keysOf[id] == nil {
			continue
		}
		for i := 0; i < len(s); i++ {
			used[s[i]] = true
		}
	}
	for b, u := range used {
		if u {
			sc.nclass++
			sc.class[b] = uint8(sc.nclass)
		}
	}
	sc.nclass++ // and class 0
	const none = -1
	states := 1 // at most: the root and a state a byte
	for id, s := range strs {
		if keysOf[id] != nil {
			states += len(s)
		}
	}
	delta := make([]int32, states*sc.nclass)
	for i := range delta {
		delta[i] = none
	}
	term := make([]int32, 1, states) // the literal ending at a state; -1: none
	term[0] = -1
	for id, s := range strs {
		if keysOf[id] == nil {
			continue
		}
		st := int32(0)
		for i := 0; i < len(s); i++ {
			at := int(st)*sc.nclass + int(sc.class[s[i]])
			if delta[at] == none {
				delta[at] = int32(len(term))
				term = append(term, -1)
			}
			st = delta[at]
		}
		term[st] = int32(id)
	}
	// The fail links breadth first, the missing transitions filled from them, and each state's keys
	// its own and its fail state's (done before it, being shallower).
	n := len(term)
	delta = delta[:n*sc.nclass]
	fail := make([]int32, n)
	outs := make([][]int32, n)
	order := make([]int32, 1, n) // the states breadth first
	for c := 0; c < sc.nclass; c++ {
		if next := delta[c]; next == none {
			delta[c] = 0
		} else {
			order = append(order, next) // fail 0
		}
	}
	for q := 1; q < len(order); q++ {
		st := order[q]
		f := fail[st]
		switch id := term[st]; {
		case id < 0:
			outs[st] = outs[f]
		case len(outs[f]) == 0:
			outs[st] = keysOf[id]
		default:
			o := append(slices.Clone(keysOf[id]), outs[f]...)
			slices.Sort(o)
			outs[st] = slices.Compact(o)
		}
		for c := 0; c < sc.nclass; c++ {
			at := int(st)*sc.nclass + c
			if next := delta[at]; next == none {
				delta[at] = delta[int(f)*sc.nclass+c]
			} else {
				fail[next] = delta[int(f)*sc.nclass+c]
				order = append(order, next)
			}
		}
	}
	// Renumbered: breadth first, those without keys (the root first) before those with.
	renum := make([]int32, n)
	next := int32(0)
	for _, st := range order {
		if len(outs[st]) == 0 {
			renum[st] = next
			next++
		}
	}
	sc.outFrom = int(next)
	sc.outAt = make([]int32, 1, n-sc.outFrom+1)
	for _, st := range order {
		if len(outs[st]) != 0 {
			renum[st] = next
			next++
			sc.out = append(sc.out, outs[st]...)
			sc.outAt = append(sc.outAt, int32(len(sc.out)))
		}
	}
	if n <= 1<<16 {
		sc.delta16 = make([]uint16, n*sc.nclass)
	} else {
		sc.delta32 = make([]uint32, n*sc.nclass)
	}
	for old, st := range renum {
		from, to := old*sc.nclass, int(st)*sc.nclass
		for c := 0; c < sc.nclass; c++ {
			if sc.delta16 != nil {
				sc.delta16[to+c] = uint16(renum[delta[from+c]])
			} else {
				sc.delta32[to+c] = uint32(renum[delta[from+c]])
			}
		}
	}
	return sc
}

// litHits are the registered keys a text holds, found at its first query, and what else is found
// once a text (padText.english).
type litHits struct {
	done bool
	keys []uint64 // a bit per key
	// englishKnown says english is found: whether the text holds a word of English grammar.
	englishKnown, english bool
	// skeletons are the text's skeletons (skeletonTexts), made at their first asking: triage and
	// the last-resort rules read them of the same text, and they share the skeletons' own hits.
	skeletons []padText
}

// scan fills h with what s holds.
func (sc *litScanner) scan(s string, h *litHits) {
	h.keys = make([]uint64, (sc.nkeys+63)/64)
	h.done = true
	if sc.delta16 != nil {
		scanWith(sc, sc.delta16, s, h.keys)
	} else {
		scanWith(sc, sc.delta32, s, h.keys)
	}
}

// scanWith runs s through the automaton whose table is delta, setting the bits of the keys it holds.
func scanWith[T uint16 | uint32](sc *litScanner, delta []T, s string, keys []uint64) {
	nclass, outFrom := sc.nclass, sc.outFrom
	st := 0
	for i := 0; i < len(s); i++ {
		st = int(delta[st*nclass+int(sc.class[s[i]])])
		if st >= outFrom {
			for _, k := range sc.out[sc.outAt[st-outFrom]:sc.outAt[st-outFrom+1]] {
				keys[k/64] |= 1 << (k % 64)
			}
		}
	}
}

// holdsKey says whether t holds a literal of the registered key k; ok is false when t cannot tell
// (a padText not made by newPadText).
func (t *padText) holdsKey(k int32) (held, ok bool) {
	h := t.found
	if h == nil {
		return false, false
	}
	if !h.done {
		h.find(t.s)
	}
	return h.has(k), true
}

// hits returns the registered keys t holds, found now if they are not yet; nil when t cannot tell
// (see holdsKey).
func (t *padText) hits() *litHits {
	h := t.found
	if h != nil && !h.done {
		h.find(t.s)
	}
	return h
}

// find fills h with what s holds (hits, holdsKey).
func (h *litHits) find(s string) { theScanner().scan(s, h) }

// has says whether the text holds a literal of the registered key k: a bit, read inline (a
// prefilter asks it of each of its literals).
func (h *litHits) has(k int32) bool { return h.keys[k>>6]>>(k&63)&1 != 0 }
