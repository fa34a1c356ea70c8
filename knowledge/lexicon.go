package knowledge

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io/fs"
	"iter"
	"slices"
	"strings"
	"unicode/utf8"
)

// LexiconFile is the name of the lexicon inside a knowledge folder.
const LexiconFile = "lexicon.txt"

// A Lexicon holds groups of words and phrases that mean the same to a patient: spelling variants
// (نضارة, نظارة), dialect (يعور = مؤلم, البنج = التخدير), transliterations and the English names of
// topics (swelling = تورم). A question is expanded with the other members of every group it mentions.
//
// The file format, one group a line:
//
//	# comment
//	التخدير | البنج | anaesthesia
//	minor: اليوم | الأسبوع | week
//	light: يطلع | الشغل
//	foreign: تجميل الأنف | rhinoplasty
//	type: مؤلم | يوجع | does it hurt
//	aspect: دائم | نهائي | permanent
//	topic: تقويم الاسنان | تقويم | braces
//
// A "minor:" line lists words that only qualify a question, such as where on the body: they weigh
// little when deciding whether a passage answers it. A "foreign:" line lists topics the clinic's
// pages do not cover (other treatments, other illnesses): a question about one is not answered from
// the other words it shares with the pages, while other words the pages lack (dialect filler) weigh
// less. A "type:" line is a group that names what kind of answer a question wants (does it hurt, how
// long does it last): a passage answers it only when its heading or one of its questions says it, not
// when its text mentions the word in passing. An "aspect:" line is a group that asks something of
// whatever the question is about (how long it lasts, whether it is permanent, what to do) and names no
// thing of its own: a follow-up asking only that («وتروح نهائي؟») is about the conversation's topic; it
// is searched as any other group (a "type:" group is an aspect too). A "topic:" line is a group that names a treatment, a
// procedure or a condition a clinic may or may not deal with: in a clinic whose pages mention none of
// its members, a question naming it is about something the clinic does not do, as with "foreign:"
// (braces at an eye clinic), while the group's words stay plain words elsewhere (تقويم in a question
// naming no treatment is not foreign, as a "foreign:" word would be).
// Members are matched after the same analysis as the index (normalisation, stop words, stems), so
// one spelling of a member is enough. bleve's synonym source takes single tokens only; phrases are the
// reason this is done here.
type Lexicon struct {
	groups [][][]string // group → member → stems
	// alts holds, per group and member, the Alts of a concept that mentions the group by that
	// member: its content stems first, then those of the other members that have any.
	alts [][][][]string
	// stopPh holds, per group, its members made of stop words only (stopPhrases).
	stopPh [][][]string
	// first maps a member's first stem to the (group, member) pairs that start with it.
	first map[string][]memberRef
	// vocab holds every key of every member.
	vocab map[string]bool
	// minor holds the stems of words that only qualify a question (where on the body, when), from
	// "minor:" lines: they count for little in deciding what a question is about.
	minor map[string]bool
	// foreign holds the stems of topics the pages do not cover, from "foreign:" lines.
	foreign map[string]bool
	// light holds the stems of "light:" lines: the everyday verbs and nouns patients say in passing
	// (come out, go back, open, do, the doctor, work), which the pages rarely use and so would weigh
	// as much as a rare clinic term.
	light map[string]bool
	// types marks the groups of "type:" lines: what kind of answer a question wants (does it hurt,
	// how long), which a passage gives only when its heading or question says so.
	types map[int]bool
	// aspects marks the groups of "aspect:" lines: what is asked of a topic, not a thing.
	aspects map[int]bool
	// topics marks the groups of "topic:" lines: treatments and conditions, foreign where the pages
	// mention none of their members; topicStems holds the stems of their one-word members, for
	// «بدون فيلر».
	topics     map[int]bool
	topicStems map[string]bool
	words      int
}

type memberRef struct{ group, member int }

// NewLexicon returns an empty lexicon.
func NewLexicon() *Lexicon {
	return &Lexicon{first: map[string][]memberRef{}, vocab: map[string]bool{}, minor: map[string]bool{},
		foreign: map[string]bool{}, light: map[string]bool{}, types: map[int]bool{}, aspects: map[int]bool{}, topics: map[int]bool{}, topicStems: map[string]bool{}}
}

// stopPhrases returns the members of a concept's group made of stop words only («كم مره», «مين
// يقدر»), as keys: its Alts cannot hold them. Found once, when the group is added: a search asks of
// every concept.
func (lx *Lexicon) stopPhrases(c Concept) [][]string {
	if c.group < 0 || c.group >= len(lx.stopPh) {
		return nil
	}
	return lx.stopPh[c.group]
}

// phraseStarts maps the first key of every group member made of stop words only (stopPhrases) to the
// groups with such a member starting so: Build reads them in every passage, one lookup a word.
func (lx *Lexicon) phraseStarts() map[string][]int32 {
	starts := map[string][]int32{}
	for g, members := range lx.stopPh {
		for _, m := range members {
			if gs := starts[m[0]]; len(gs) == 0 || gs[len(gs)-1] != int32(g) {
				starts[m[0]] = append(gs, int32(g))
			}
		}
	}
	return starts
}

// saysPhrases returns the groups, in order, one of whose members made of stop words only keys say
// as written (starts from phraseStarts).
func (lx *Lexicon) saysPhrases(keys []string, starts map[string][]int32) []int32 {
	var out []int32
	for i, k := range keys {
		for _, g := range starts[k] {
			if slices.Contains(out, g) {
				continue
			}
			for _, m := range lx.stopPh[g] {
				if m[0] == k && i+len(m) <= len(keys) && slices.Equal(keys[i:i+len(m)], m) {
					out = append(out, g)
					break
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// topicPhraseStarts maps every content stem of every member of a "topic:" group made of several
// content words to the groups, for saysTopics.
func (lx *Lexicon) topicPhraseStarts() map[string][]int32 {
	starts := map[string][]int32{}
	for g, members := range lx.groups {
		if !lx.topics[g] {
			continue
		}
		for _, m := range members {
			if c := contentOf(m); len(c) > 1 {
				if gs := starts[c[0]]; len(gs) == 0 || gs[len(gs)-1] != int32(g) {
					starts[c[0]] = append(gs, int32(g))
				}
			}
		}
	}
	return starts
}

// saysTopics returns the "topic:" groups one of whose members of several content words has each of
// them near the others (near) in one of seqs (a passage's text and its headings; starts from
// topicPhraseStarts). Close, not side by side: «تبديل مفصل الركبة» says «تبديل الركبة», «الماء للعلاج»
// «العلاج بالماء».
func (lx *Lexicon) saysTopics(seqs [][]Term, starts map[string][]int32) []int32 {
	var out []int32
	for _, seq := range seqs {
		content := make([]Term, 0, len(seq))
		for _, t := range seq {
			if t.Stem != "" {
				content = append(content, t)
			}
		}
		for i, t := range content {
			for _, k := range [2]string{t.Stem, t.Alt} {
				if k == "" {
					continue
				}
				for _, g := range starts[k] {
					if slices.Contains(out, g) {
						continue
					}
					for _, m := range lx.groups[g] {
						if c := contentOf(m); len(c) > 1 && c[0] == k && near(content, i, c) {
							out = append(out, g)
							break
						}
					}
				}
			}
		}
	}
	return out
}

// near says whether every stem of a member (c, whose first stem is at i) is said within a few words
// of i: a treatment's name is its words together («زيارات منزلية»), not the same words in different
// sentences of a passage («زيارتك الأولى … التمارين المنزلية», "your first visit … home exercises").
// The span allows a word or two between them and either order («الأشعة السينية للأسنان»).
func near(content []Term, i int, c []string) bool {
	lo, hi := max(0, i-len(c)-1), min(len(content), i+len(c)+2)
	for _, s := range c[1:] {
		if !slices.ContainsFunc(content[lo:hi], func(t Term) bool { return t.Stem == s || t.Alt == s }) {
			return false
		}
	}
	return true
}

// aspectWord says whether stem is by itself a member of an "aspect:" or "type:" group: «طبيعي» of
// «العلاج طبيعي؟» ("is it normal after the treatment?") asks of the treatment, not of physiotherapy.
func (lx *Lexicon) aspectWord(stem string) bool {
	for _, ref := range lx.first[stem] {
		if len(lx.groups[ref.group][ref.member]) == 1 && (lx.aspects[ref.group] || lx.types[ref.group]) {
			return true
		}
	}
	return false
}

// Minor says whether every stem of a concept's own words is a minor word.
func (lx *Lexicon) Minor(c Concept) bool { return all(c, lx.minor) }

// Light says whether every stem of a concept's own words is a light word (a "light:" line): an
// everyday verb or noun of patient talk, which may be what is asked but is rarely all of it.
func (lx *Lexicon) Light(c Concept) bool { return all(c, lx.light) }

// Type says whether a concept is a question type (a "type:" line): what kind of answer is wanted.
func (lx *Lexicon) Type(c Concept) bool { return c.group >= 0 && lx.types[c.group] }

// Aspect says whether a concept asks something of a topic rather than naming a thing: an "aspect:" or
// a "type:" group.
func (lx *Lexicon) Aspect(c Concept) bool {
	return c.group >= 0 && (lx.aspects[c.group] || lx.types[c.group])
}

// Topic says whether a concept is a treatment or condition (a "topic:" group).
func (lx *Lexicon) Topic(c Concept) bool { return c.group >= 0 && lx.topics[c.group] }

// Foreign says whether every stem of a concept's own words is a topic the pages do not cover, or
// the concept is a treatment or condition (a "topic:" group); the caller asks only when the pages
// mention it nowhere.
func (lx *Lexicon) Foreign(c Concept) bool {
	return all(c, lx.foreign) || c.group >= 0 && lx.topics[c.group]
}

// unwanted says whether a stem after «بدون», "without" names something the patient does not want
// rather than what they ask about: a foreign word, or a one-word treatment or condition the pages
// never mention (known says whether they do).
func (lx *Lexicon) unwanted(stem string, known bool) bool {
	return lx.foreign[stem] || lx.topicStems[stem] && !known
}

func all(c Concept, set map[string]bool) bool {
	if len(c.Alts) == 0 || len(c.Alts[0]) == 0 {
		return false
	}
	for _, s := range c.Alts[0] {
		if !set[s] {
			return false
		}
	}
	return true
}

// Groups is the number of groups; Members the number of words and phrases in them.
func (lx *Lexicon) Groups() int  { return len(lx.groups) }
func (lx *Lexicon) Members() int { return lx.words }

// GeneralLexiconFile names the built-in language layer in errors: the words every clinic's patients
// use (dialect question words and verbs, English patient and medical vocabulary) in the lexicon format.
const GeneralLexiconFile = "knowledge/lang/general.txt"

//go:embed lang/general.txt
var generalLexicon []byte

// LoadLexicon reads the built-in language layer (GeneralLexiconFile) and, over it, LexiconFile from
// fsys; a folder without one has the language layer alone. A clinic group that shares a member with a
// group of the layer joins it, so the clinic adds its own words to a general meaning.
func LoadLexicon(fsys fs.FS) (*Lexicon, error) {
	lx := NewLexicon()
	probs := lx.parse(GeneralLexiconFile, generalLexicon, false)
	data, err := fs.ReadFile(fsys, LexiconFile)
	if err != nil && !errorsIsNotExist(err) {
		return nil, err
	}
	if err == nil {
		probs = append(probs, lx.parse(LexiconFile, data, true)...)
	}
	if len(probs) > 0 {
		return nil, &LoadError{Problems: probs}
	}
	lx.compile()
	return lx, nil
}

// ParseLexicon parses a lexicon file on its own (without the language layer); every problem is
// reported as path:line.
func ParseLexicon(path string, data []byte) (*Lexicon, error) {
	lx := NewLexicon()
	if probs := lx.parse(path, data, false); len(probs) > 0 {
		return nil, &LoadError{Problems: probs}
	}
	lx.compile()
	return lx, nil
}

// parse adds a lexicon file's groups and minor and foreign words to lx, returning its problems. With
// merge, a group sharing a member with a group parsed before (from another file) joins that group.
func (lx *Lexicon) parse(path string, data []byte, merge bool) []Problem {
	var probs []Problem
	before := len(lx.groups)
	byKey := map[string]int{}
	if merge {
		for g, group := range lx.groups[:before] {
			for _, m := range group {
				byKey[strings.Join(m, " ")] = g
			}
		}
	}
	bad := func(line int, msg string) { probs = append(probs, Problem{File: path, Line: line, Msg: msg}) }
	for line, text := range ruleLines(data, bad) {
		if kind, rest, ok := strings.Cut(text, ":"); ok && (kind == "minor" || kind == "foreign" || kind == "light") {
			set := lx.minor
			switch kind {
			case "foreign":
				set = lx.foreign
			case "light":
				set = lx.light
			}
			for _, m := range strings.Split(rest, "|") {
				for _, st := range Stems(m) {
					set[st] = true
				}
			}
			continue
		}
		isType, isTopic, isAspect := false, false, false
		if kind, rest, ok := strings.Cut(text, ":"); ok && (kind == "type" || kind == "topic" || kind == "aspect") {
			isType, isTopic, isAspect, text = kind == "type", kind == "topic", kind == "aspect", rest
		}
		var group [][]string
		seen := map[string]bool{}
		content := false
		lineProbs := len(probs) // this line's problems start here; earlier lines' must not hide them
		into := -1              // the earlier file's group this one joins
		for _, m := range strings.Split(text, "|") {
			m = strings.TrimSpace(m)
			if m == "" {
				probs = append(probs, Problem{File: path, Line: line, Msg: "empty member (two | in a row, or | at an end)"})
				continue
			}
			keys := keysOf(Analyze(m))
			if len(keys) == 0 {
				probs = append(probs, Problem{File: path, Line: line, Msg: fmt.Sprintf("%q has no letters or digits", m)})
				continue
			}
			content = content || len(contentOf(keys)) > 0
			key := strings.Join(keys, " ")
			if seen[key] {
				continue // two spellings with one analysis, such as تخدير and التخدير
			}
			seen[key] = true
			if g, ok := byKey[key]; ok && into < 0 {
				into = g
			}
			group = append(group, keys)
			// The past of a derived verb («انتشر», «التهب», «استخدم») stands for its participle too
			// («الحالات المنتشرة», «ملتهب», «مستخدم»), which is how the pages write the state a patient
			// tells with the verb, and for its feminine, which the stemmer keeps whole («لو انتشرت في
			// جسمي كله؟»).
			if ws := Words(m); len(ws) == 1 {
				if pt := participleOf(ws[0]); pt != "" {
					for _, f := range []string{pt, ws[0] + "ت"} {
						if fk := keysOf(Analyze(f)); len(fk) > 0 && !seen[strings.Join(fk, " ")] {
							seen[strings.Join(fk, " ")] = true
							group = append(group, fk)
						}
					}
				}
			}
		}
		if len(probs) > lineProbs {
			continue
		}
		if len(group) < 2 {
			probs = append(probs, Problem{File: path, Line: line, Msg: "a group needs at least two different members separated by |"})
			continue
		}
		if !content {
			probs = append(probs, Problem{File: path, Line: line, Msg: "every member is made of stop words only; at least one must name something"})
			continue
		}
		if into < 0 {
			if isType {
				lx.types[len(lx.groups)] = true
			}
			if isTopic {
				lx.topics[len(lx.groups)] = true
			}
			if isAspect {
				lx.aspects[len(lx.groups)] = true
			}
			lx.groups = append(lx.groups, group)
			continue
		}
		if isType {
			lx.types[into] = true
		}
		if isTopic {
			lx.topics[into] = true
		}
		if isAspect {
			lx.aspects[into] = true
		}
		for _, m := range group {
			k := strings.Join(m, " ")
			if g, ok := byKey[k]; ok && g != into && lx.topics[g] {
				// A word of a layer's topic given to another meaning takes the whole topic along: the
				// clinic whose «صرير» is its teeth (Botox eases grinding) has the layer's «بطحن سناني»,
				// "grind my teeth" there too, where a clinic silent on grinding has them foreign.
				for _, o := range lx.groups[g] {
					if ko := strings.Join(o, " "); byKey[ko] == g {
						lx.groups[into] = append(lx.groups[into], o)
						byKey[ko] = into
					}
				}
				lx.groups[g] = nil
				continue
			}
			if g, ok := byKey[k]; ok && g != into {
				// The clinic gives a word of another of the layer's groups its own meaning («ارجع»: come
				// back for another session, not back to work): in this clinic it has that one only.
				lx.groups[g] = slices.DeleteFunc(lx.groups[g], func(o []string) bool { return slices.Equal(o, m) })
			}
			if byKey[k] != into {
				lx.groups[into] = append(lx.groups[into], m)
				byKey[k] = into
			}
		}
	}
	return probs
}

// ruleLines reads a file of rules, one a line (the lexicon, red flags): each line trimmed, a
// byte-order mark dropped, blank lines and # comments skipped. A line that is not UTF-8, or too long
// to read, goes to bad with its number.
func ruleLines(data []byte, bad func(line int, msg string)) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		line := 0
		for sc.Scan() {
			line++
			text := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\uFEFF"))
			switch {
			case !utf8.ValidString(text):
				bad(line, "invalid UTF-8")
			case text == "" || strings.HasPrefix(text, "#"):
			case !yield(line, text):
				return
			}
		}
		if err := sc.Err(); err != nil {
			bad(line+1, err.Error())
		}
	}
}

// compile works out every group's alternatives, the first-stem index and the vocabulary.
func (lx *Lexicon) compile() {
	lx.alts, lx.stopPh, lx.first, lx.vocab, lx.words = nil, nil, map[string][]memberRef{}, map[string]bool{}, 0
	lx.topicStems = map[string]bool{}
	for g, group := range lx.groups {
		lx.add(g, group)
	}
}

func (lx *Lexicon) add(g int, group [][]string) {
	content := make([][]string, len(group))
	for m, stems := range group {
		content[m] = contentOf(stems)
	}
	alts := make([][][]string, len(group))
	for m := range group {
		alts[m] = append(alts[m], content[m])
		for o, c := range content {
			if o != m && len(c) > 0 {
				alts[m] = append(alts[m], c)
			}
		}
	}
	lx.alts = append(lx.alts, alts)
	var stop [][]string
	for m, stems := range group {
		if len(stems) > 1 && len(content[m]) == 0 {
			stop = append(stop, stems)
		}
	}
	lx.stopPh = append(lx.stopPh, stop)
	for m, stems := range group {
		if lx.topics[g] && len(stems) == 1 {
			lx.topicStems[stems[0]] = true
		}
		lx.first[stems[0]] = append(lx.first[stems[0]], memberRef{g, m})
		for _, k := range stems {
			lx.vocab[k] = true
		}
		lx.words++
	}
}

// Concept is one thing a question asks about: a word, or a lexicon phrase, with every way the
// clinic's text may say it.
type Concept struct {
	// Alts are the ways to say it, each a sequence of content stems; Alts[0] is what the patient wrote
	// (empty when that was only stop words, such as «مين يقدر», "who can"). They are shared with the
	// lexicon and the question's keys: read-only.
	Alts [][]string
	// group is the lexicon group matched, -1 for a plain word; member is the member the patient used.
	group, member int
}

// stopKey marks a stop word in a key sequence: lexicon members may contain stop words («مين يقدر»),
// which then must match as written, while content words match by stem.
const stopKey = "~"

// keysOf turns analysed terms into match keys: the stem of a content word, stopKey+word for a stop word.
func keysOf(terms []Term) []string {
	keys := make([]string, len(terms))
	for i, t := range terms {
		if t.Stem != "" {
			keys[i] = t.Stem
		} else {
			keys[i] = stopKey + t.Word
		}
	}
	return keys
}

// contentOf drops the stop-word keys.
func contentOf(keys []string) []string {
	var out []string
	for _, k := range keys {
		if !strings.HasPrefix(k, stopKey) {
			out = append(out, k)
		}
	}
	return out
}

// Concepts splits a question's keys (see keysOf) into concepts, matching the longest lexicon member at
// each position, so "side effects" becomes one concept that also reads "الآثار الجانبية". Stop words outside a
// lexicon match are dropped.
func (lx *Lexicon) Concepts(keys []string) []Concept {
	var out []Concept
	used := make([]bool, len(keys))
	plain := make([][]string, len(keys)) // the Alts of plain words, one allocation for all
	for i := 0; i < len(keys); i++ {
		if used[i] {
			continue
		}
		best, bestLen := memberRef{-1, -1}, 0
		var bestAt []int
		for _, ref := range lx.first[keys[i]] {
			m := lx.groups[ref.group][ref.member]
			if len(m) <= bestLen {
				continue
			}
			if at := matchAt(keys, used, i, m); at != nil {
				best, bestLen, bestAt = ref, len(m), at
			}
		}
		if bestLen == 0 {
			if !strings.HasPrefix(keys[i], stopKey) {
				if out == nil {
					out = make([]Concept, 0, len(keys)-i) // at most a concept a key
				}
				plain[i] = keys[i : i+1 : i+1]
				out = append(out, Concept{Alts: plain[i : i+1 : i+1], group: -1})
			}
			continue
		}
		for _, j := range bestAt {
			used[j] = true
		}
		// The keys matched are the member's own: its alternatives are known.
		c := Concept{Alts: lx.alts[best.group][best.member], group: best.group, member: best.member}
		// Two mentions of one group (البنج ... التخدير) are one concept.
		if !containsConcept(out, c) {
			if out == nil {
				out = make([]Concept, 0, len(keys)-i)
			}
			out = append(out, c)
		}
	}
	return out
}

// maxGap is how many words may stand between two words of a lexicon phrase: Arabic puts the
// adjective after the whole construct («اعراض العلاج الجانبية»), and a negation may split a phrase
// («مين ما ينفع»). The words in the gap remain concepts of their own.
const maxGap = 1

// matchAt returns the positions of keys where member m matches starting at i, in order, with at most
// maxGap unused keys between its words; nil when it does not match.
func matchAt(keys []string, used []bool, i int, m []string) []int {
	at := []int{i}
	j := i + 1
	for _, k := range m[1:] {
		found := false
		for gap := 0; gap <= maxGap && j < len(keys); gap, j = gap+1, j+1 {
			if !used[j] && keys[j] == k {
				at = append(at, j)
				j++
				found = true
				break
			}
		}
		if !found {
			return nil
		}
	}
	return at
}

func containsConcept(cs []Concept, c Concept) bool {
	for _, o := range cs {
		if o.group >= 0 && o.group == c.group {
			return true
		}
	}
	return false
}

// participleOf is the participle of w when w is the past of a derived verb of a three-letter root:
// «انفعل» (VII, «انكسر»), «افتعل» (VIII, «انتشر», «التهب»), «استفعل» (X, «استخدم»), whose
// opening «ا» the participle writes «م»; "" for any other word, and for a hollow or defective
// root's verb.
func participleOf(w string) string {
	r := []rune(w)
	switch {
	case len(r) < 5:
		return ""
	case len(r) == 5 && r[3] == 'ا':
		return "" // a hollow root's («ارتاح», «احتاج»): its participle is a word of its own («مرتاح», comfortable)
	case strings.ContainsRune("اىي", r[len(r)-1]):
		return "" // a defective root's («انتهى», «استنى»): its participle is shaped otherwise («منتهي»)
	case len(r) == 5 && r[0] == 'ا' && (r[1] == 'ن' || r[2] == 'ت'):
	case len(r) == 6 && strings.HasPrefix(w, "است"):
	default:
		return ""
	}
	return "م" + string(r[1:])
}
