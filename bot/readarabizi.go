package bot

import (
	"math"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/faqbot/faqbot/knowledge"
)

// The Arabizi rules (the "Z:" patterns, the Latin words of the concepts, the skeletons) know the
// spellings they were shown; a red flag in another spelling («ma a2dar atnafas», «ma8dar atnafas»,
// «ma agdar atnaffas») is the same Arabic. So a message with Arabizi in it that those rules find
// nothing in is read once more in Arabic letters, and the Arabic rules, with their denials, fears,
// general questions, past and benign readings, run on that reading.
//
// A Latin word has many Arabic spellings (knowledge.ArabiziSpellings, likeliest first): «sadri» is
// سدري before صدري. The reading takes, of the first few, the first that is a word the triage's own
// Arabic rules use (readVocab), and the likeliest where none is: the choice serves the rules and no
// one else, so it is made with their words.

// readSpellings bounds the spellings tried for one word: the work per word stays small, and a
// spelling far down the list is more often another word than the one meant.
const readSpellings = 24

// readVocab are the Arabic words of the triage's rules: whole words, and the beginnings the rules
// take with anything after them (تنفس* , «صعوب\S*»).
type readVocab struct {
	words map[string]int // how often the rules use each
	stems map[string]int
}

// minStemRunes is the fewest letters of a beginning that a word is taken to be a word of: two letters
// begin too many words.
const minStemRunes = 3

var (
	vocabOnce sync.Once
	vocab     readVocab
)

// triageVocab returns the vocabulary of the universal rules, built at its first use.
func triageVocab() *readVocab {
	vocabOnce.Do(func() {
		vocab = readVocab{words: map[string]int{}, stems: map[string]int{}}
		for _, fs := range [][]flagRules{symptomRules, conceptRules, doubleSight, lastResort} {
			for _, f := range fs {
				vocab.addRules(f.rules)
			}
		}
		for _, rs := range [][]symptomRule{universalBenign, laughedFigures, mildSigns, bothEyes, {improving, saddleNumb}} {
			vocab.addRules(rs)
		}
		for i := range redFlags {
			for _, g := range redFlags[i].groups {
				if g.script&arabizi != 0 {
					continue
				}
				for _, re := range g.res {
					vocab.addPattern(re.String())
				}
			}
		}
		for _, re := range readPatterns() {
			vocab.addPattern(re.String())
		}
	})
	return &vocab
}

// readVocab returns the vocabulary of this triage: the universal rules' words and its clinic's, red
// flags and what is normal there (a joint that is stiff after a treatment, not a weak limb).
func (tr *Triage) readVocab() *readVocab {
	if len(tr.flags) == 0 && len(tr.benign) == len(universalBenign) {
		return triageVocab()
	}
	tr.vocabOnce.Do(func() {
		u := triageVocab()
		v := &readVocab{words: make(map[string]int, len(u.words)), stems: make(map[string]int, len(u.stems))}
		for w, n := range u.words {
			v.words[w] = n
		}
		for w, n := range u.stems {
			v.stems[w] = n
		}
		v.addRules(tr.flags)
		v.addRules(tr.benign[len(universalBenign):])
		tr.vocab = v
	})
	return tr.vocab
}

// readPatterns are the patterns beyond the red flags' whose Arabic words the reading should find:
// those that read a message as denied, feared, general, supposed, past or ongoing.
func readPatterns() []*regexp.Regexp {
	return []*regexp.Regexp{riskQuestion, hearsay, personal, justAsking, hypothetical, past, pastMore, ongoing,
		denied, deniedMore, fear, fearThat, fitUnanswering, contrast, nothingWrong, futile, allWell, threatens,
		fineNow, longStanding, slowly, notBack, supposedBack, supposedWith, asksNormal, closingAsk.re, closingNormal.re,
		openingFrame, sudden, laughing}
}

// addRules adds the Arabic words of rules' terms.
func (v *readVocab) addRules(rs []symptomRule) {
	for _, r := range rs {
		for _, set := range r.sets {
			for _, t := range set {
				for k, w := range t.words {
					v.add(w, t.prefix && k == len(t.words)-1)
				}
			}
		}
	}
}

// addPattern adds the Arabic words of a pattern: each run of Arabic letters, a beginning when the
// pattern lets anything follow it (\S).
func (v *readVocab) addPattern(p string) {
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRuneInString(p[i:])
		if !isArabicLetter(r) {
			i += n
			continue
		}
		j := i
		for j < len(p) {
			r, n := utf8.DecodeRuneInString(p[j:])
			if !isArabicLetter(r) {
				break
			}
			j += n
		}
		v.add(p[i:j], strings.HasPrefix(p[j:], `\S`))
		i = j
	}
}

func (v *readVocab) add(w string, stem bool) {
	n := utf8.RuneCountInString(w)
	if w == "" || w[0] < utf8.RuneSelf || n < 2 {
		return // a letter alone is a pattern's clitic or ending, no word
	}
	if stem && n >= minStemRunes {
		v.stems[w]++
		return
	}
	v.words[w]++
}

// isArabicLetter says whether r is one of the Arabic alphabet's letters (ء to ي).
func isArabicLetter(r rune) bool { return r >= 0x621 && r <= 0x64A }

// verbPrefixes are what opens a verb in the dialects (بيتنفس, يتنفس, بتبلع): a word less one is
// looked up too, as the rules' patterns take them before a stem.
var verbPrefixes = []string{"بي", "بت", "بن", "ب", "ي", "ت", "ن", "ا", "ح", "ه"}

// How well the vocabulary knows a spelling: not at all, as a word a beginning of its begins, as one
// of its words less a verb's prefix, or as one of its words (less clitics, with a pronoun or plural).
const (
	unknown = iota
	knownStem
	knownVerb
	knownWord
)

// knows says how well the vocabulary knows w, and how often the rules use what it is known as.
func (v *readVocab) knows(w string, scratch []string) (level, uses int) {
	for _, b := range bases(w, scratch[:0]) {
		if l, u := v.knowsBare(b); l > level || l == level && u > uses {
			level, uses = l, u
		}
		if level == knownWord {
			continue
		}
		for _, p := range verbPrefixes {
			if rest, ok := strings.CutPrefix(b, p); ok && len(rest) >= 6 {
				if l, u := v.knowsBare(rest); l == knownWord && (level < knownVerb || u > uses) {
					level, uses = knownVerb, u
				}
			}
		}
	}
	return level, uses
}

func (v *readVocab) knowsBare(b string) (level, uses int) {
	if u := v.words[b]; u > 0 {
		return knownWord, u
	}
	for _, s := range suffixes[1:] {
		if rest, ok := strings.CutSuffix(b, s); ok && len(rest) >= 4 {
			if u := v.words[rest]; u > 0 {
				return knownWord, u
			}
		}
	}
	// A beginning holds a word only with an ending after it (صعوبه, حرارته): «نطقج» of «nata2eg»
	// (results) is no speech, «سادفيه» of «sadafiye» no «ساد».
	n := 0
	for i := range b {
		if i > 0 {
			n++
			if u := v.stems[b[:i]]; n >= minStemRunes && u > 0 && stemTails[b[i:]] {
				return knownStem, u
			}
		}
	}
	if u := v.stems[b]; u > 0 {
		return knownStem, u
	}
	return unknown, 0
}

// stemTails are the endings a word may have after a beginning of the vocabulary: the pronouns, the
// plurals, the feminine and the ت before a pronoun.
var stemTails = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range suffixes[1:] {
		m[s], m["ت"+s] = true, true
	}
	for _, s := range []string{"ت", "و", "وا", "يه", "يا", "ا", "تي", "تك"} {
		m[s] = true
	}
	return m
}()

// readClitics are the Arabizi clitics written apart («bel bala3», «w ma», «el akl»), glued to the
// word after them as Arabic writes them (بالبلع، وما، الاكل), the form the Arabic rules read.
var readClitics = map[string]string{"el": "ال", "al": "ال", "il": "ال", "l": "ال", "bel": "بال", "bil": "بال", "bl": "بال",
	"lel": "لل", "lil": "لل", "ll": "لل", "wel": "وال", "wil": "وال", "fel": "فال", "fil": "فال", "w": "و", "wa": "و", "b": "ب"}

// read returns the Arabic spelling of one Latin word the rules know best: of its likeliest
// spellings, the one known best, then the one that deviates least from the likeliest reading, then
// the one the rules use most; the likeliest where the rules know none.
func (v *readVocab) read(w string, egyptian bool, scratch []string) string {
	sp, tiers := knowledge.ArabiziSpellingTiers(w, readSpellings, egyptian)
	if len(sp) == 0 {
		return ""
	}
	best, bestLevel, bestScore := -1, unknown, 0.0
	for i, s := range sp {
		l, u := v.knows(s, scratch)
		if l == unknown {
			continue
		}
		// A word the rules use often is worth a letter read less likely (صرت, not سرط, of «sert»);
		// each such letter costs about what a use-count tenfold gains.
		score := math.Log10(float64(u)+1) - 0.5*float64(tiers[i])
		if l > bestLevel || l == bestLevel && score > bestScore {
			best, bestLevel, bestScore = i, l, score
		}
	}
	if best < 0 {
		// No spelling of the word is one the rules use: it can only make them read a word that is
		// not there («sadafiye», psoriasis, as «سدفيه», which a rule's «سد*» takes for blocked).
		return ""
	}
	return sp[best]
}

// netShortWords is the most words of a message the net saw whose reading is asked still.
const netShortWords = 6

// arabiziReading returns the message t in Arabic letters, read through the dialects' shifts as any
// Arabic message is, and whether it read any word: each Latin word as the first of its likeliest
// spellings that the rules know, or the likeliest. Arabic words stay as they are.
func (tr *Triage) arabiziReading(t *padText) (padText, bool) {
	words := strings.Fields(t.s)
	// A message that names a sign in a spelling the net's gate knows was seen by the net, which found
	// no red flag in it; a message too short for the net to be asked (netMinWords) was seen by no part
	// of it. The net learned few Arabizi emergencies («emi btestafre3' dam»), so its no is not the last
	// word for a short message, which tells little but its sign: the reading is asked still, unless
	// what may have made the sign normal could be lost in it, a fear or a normal cause the rules find
	// in the message as written («bkhaf mn el dam», «mn el khof») or a word left unread («halla2
	// mni7»). A longer message carries the context (a cause, a time, a question) a reading may lose
	// or misread («2al» said, «zra3a» an implant), and the net's no stands.
	netSaw := len(words) >= netMinWords && netGate.holds(words)
	if netSaw && (len(words) > netShortWords || unfeared(*t).s != t.s || withoutRules(*t, tr.benign).s != t.s) {
		return padText{}, false
	}
	v := tr.readVocab()
	out := make([]string, 0, len(words))
	var scratch [16]string
	// A message with English grammar in it («mi face is swollen w ma a2dar atnafas») keeps its
	// English: only its words with a digit for a letter are read.
	englishToo := t.english()
	egyptian := knowledge.EgyptianArabizi(words)
	read, glue := false, ""
	for _, w := range words {
		if !knowledge.IsLatinWord(w) || englishToo && !hasDigitLetter(w) {
			out = append(out, glue+w)
			glue = ""
			continue
		}
		if c, ok := readClitics[w]; ok {
			glue += c
			continue
		}
		if c, ok := clitics1[w[0]]; ok && len(w) > 1 && allDigits(w[1:]) {
			// A clitic before a number («b2 sneen», after two years) is the letter and the number,
			// not a 2 written for a letter.
			out = append(out, glue+c, w[1:])
			read, glue = true, ""
			continue
		}
		if r := tr.readWord(v, w, egyptian, scratch[:]); r != "" {
			out = append(out, glue+r)
			read = true
		} else {
			if netSaw {
				return padText{}, false
			}
			out = append(out, w) // kept as written: it stands between the words read
		}
		glue = ""
	}
	if glue != "" {
		out = append(out, glue)
	}
	// A reading that names no sign of trouble (signGate) cannot show a red flag: the Arabic rules,
	// which cost as much again as the Arabizi ones, are not asked of it (most Arabizi questions).
	if !read {
		return padText{}, false
	}
	text := strings.Join(out, " ")
	r := padded(triageWords(text, knowledge.Words(text)))
	// The gate's signs are the rules' concepts; a red flag's own pattern names signs of its own (a
	// curtain over the sight, a faint spelled «اغما»): a reading that may show one is read too.
	if !signGate.holds(out) && !patternMayFlag(&r) || !tr.mayFlag(&r) {
		return padText{}, false
	}
	r.reading = true
	return r, true
}

// patternMayFlag says whether t may show one of the red flags' Arabic patterns (their literals).
func patternMayFlag(t *padText) bool {
	for i := range redFlags {
		for gi := range redFlags[i].groups {
			g := &redFlags[i].groups[gi]
			if g.script&arabizi != 0 || g.script != 0 && g.script&arabic == 0 || g.needles != nil && !g.needleSet.any(t) {
				continue
			}
			for _, p := range g.pres {
				if p.mayMatch(t) {
					return true
				}
			}
		}
	}
	return false
}

// clitics1 are the one-letter clitics written before a number.
var clitics1 = map[byte]string{'b': "ب", 'l': "ل", 'w': "و", 'f': "في"}

// allDigits says whether s is a non-empty run of ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// mayFlag is a cheap necessary condition for a red flag of the Arabic rules in t: the literals of one
// of their patterns or rules (prefilter.go), before the rules and what reads a message as denied,
// feared or general are run on it.
func (tr *Triage) mayFlag(t *padText) bool {
	if patternMayFlag(t) {
		return true
	}
	for _, fs := range [][]flagRules{symptomRules, conceptRules, doubleSight, lastResort} {
		for _, f := range fs {
			for k := range f.rules {
				if f.rules[k].mayMatch(t) {
					return true
				}
			}
		}
	}
	for k := range tr.flags {
		if tr.flags[k].mayMatch(t) {
			return true
		}
	}
	return false
}

// signGate holds the signs of trouble every red flag names one of: breath, a swallow, speech or
// sight in trouble, a swelling, blood, a fit or shaking, a faint, not waking, numbness or weakness, a
// crooked face, a racing heart, dizziness, vomiting, despair, a chemical, a fever, a cry for help. Not
// the body parts, times and states alone, which the questions name too.
var signGate = newTermIndex(rule(1, lrSign+` `+lrBreath+` `+lrTrouble+` `+lrUrgent+` `+cSwells+` `+cBlood+` `+cFit+` `+
	cShaking+` `+cNotSee+` `+cDouble+` `+cDizzy+` `+cVomit+` `+cDespair+` `+cNotWaking+` `+cUnaware+` `+cNotBreathing+` `+
	cNoFeel+` `+cWeak+` `+cWeakens+` `+cCrooked+` `+cHives+` `+cPus+` `+cChemical+` `+cConfused+` `+cRacing+` `+cIncontinent+` `+
	cEyesRoll+` `+cSoaked+` `+cNotStop+` `+cGone+` `+cHeavy+` `+cPain+` `+cNotAnswering+` `+cSaddle+` `+cBladder+` `+fever+` `+trouble))

// readWord is v.read, remembered (patients' words repeat, and a reading tries many spellings).
func (tr *Triage) readWord(v *readVocab, w string, egyptian bool, scratch []string) string {
	key := w
	if egyptian {
		key = "!" + w
	}
	return tr.reads.Get(key, func() string { return v.read(w, egyptian, scratch) })
}
