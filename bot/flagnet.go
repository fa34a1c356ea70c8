package bot

import (
	_ "embed"
	"regexp"
	"strings"

	"github.com/faqbot/faqbot/bot/internal/flagnet"
	"github.com/faqbot/faqbot/knowledge"
)

// The learned safety net (bot/internal/flagnet) asked when the rules find no red flag. Its weights
// and threshold are generated data: the generator trains them from the lines in testdata/flagnet,
// the red-flag corpora and the tune halves' questions, and chooses the threshold by cross-validation.
//
//go:generate go run ./internal/flagnet/gen -out flagnet.bin
//go:embed flagnet.bin
var flagnetData []byte

// net is the trained net, nil when none is built in.
var net = func() *flagnet.Model {
	if len(flagnetData) == 0 {
		return nil
	}
	m, err := flagnet.Unmarshal(flagnetData)
	if err != nil {
		panic(err) // generated data: only a broken build gets here
	}
	return m
}()

// TriageText returns text as the triage reads it, padded («␠w1␠w2␠»): what the net is trained on.
func TriageText(text string) string {
	return " " + strings.Join(triageWords(text, knowledge.Words(text)), " ") + " "
}

// netMinWords is the fewest words the net is asked of: a word or two («three», «now», «ساعدوني») give
// its n-grams too little to go on, and the rules read short messages well. Chosen by the generator's
// cross-validation (go run ./internal/flagnet/gen -cv): at 3 the held-out recall is 94.3% against
// 95.2% with no floor, the tune false alarms 0.37% against 0.45%.
const netMinWords = 3

// netGate is what a message must name for the net to be asked: a sign, a body part, a state or an
// urgency, in any of the concept tables' dialects and scripts. The net judges how a sign is told,
// not whether one is: text naming none (a file name among direction marks, a string of letters)
// lies outside what it learned from, where its n-grams can add up to anything. An index of the
// tables' terms by their first word, not a rule: the net is asked of nearly every message, and a
// rule over a few thousand terms cost some 700 µs a message.
var netGateRule = rule(1, lrSign+` `+lrBreath+` `+lrTrouble+` `+lrUrgent+` `+
	cLimbs+` `+cWeak+` `+cHeavy+` `+cPainWord+` `+cState+` `+cNotWaking+` `+cUnaware+` `+cSwells+` `+cFaceThroat+` `+
	cHives+` `+cSystemic+` `+cPus+` `+cHotRed+` `+cNotSee+` `+cVision+` `+cDouble+` `+cEye+` `+cFace+` `+cCrooked+` `+
	cBlood+` `+cFit+` `+cShaking+` `+cThroat+` `+cHeart+` `+cRacing+` `+cDizzy+` `+cConfused+` `+cVomit+` `+cDespair+` `+
	cPills+` `+cFall+` `+cBlow+` `+cChemical+` `+cSaddle+` `+cBladder+` `+cNoFeel+` `+cSkinSign+` `+cNotBreathing+` `+
	cOnset+` `+cNow+` `+cNotAnswering+` `+cEyesRoll+` `+cIncontinent+` `+cFallSoon+` `+cTearing+` `+cAllAtOnce+` `+cSoaked+` `+cKeeps+` `+
	cNotStop+` `+cSpreadTo+` `+cNeckFace+` `+cAfterOp+` `+cThrowSelf)

var netGate = newTermIndex(netGateRule)

// termIndex finds whether a text holds a term of a one-set rule as the rule would (term.at), without
// trying every term at every word: the terms are looked up by their first word.
type termIndex struct {
	// first holds every byte prefix of a term's first word: the terms of which it is the first word,
	// and whether it opens a longer one. A lookup walks a base's openings and stops at the first no
	// first word goes on from, instead of trying every length up to the longest.
	first map[string]termPrefix
}

type termPrefix struct {
	terms  []term
	longer bool // some term's first word is longer and opens so
}

func newTermIndex(r symptomRule) termIndex {
	ix := termIndex{first: map[string]termPrefix{}}
	for _, set := range r.sets {
		for _, t := range set {
			w := t.words[0]
			for n := 1; n < len(w); n++ {
				p := ix.first[w[:n]]
				p.longer = true
				ix.first[w[:n]] = p
			}
			p := ix.first[w]
			p.terms = append(p.terms, t)
			ix.first[w] = p
		}
	}
	return ix
}

// holds says whether the words hold one of the index's terms. A term's first word opens a base of
// the message's word (wordIs: its clitics taken off, an Arabizi one too), so every opening of each
// base is a key; term.at then decides as the rule does.
func (ix *termIndex) holds(words []string) bool {
	var scratch [16]string
	var keys [24]string
	for i, w := range words {
		ks := bases(w, keys[:0])
		if len(w) > 3 && w[0] >= 'a' && w[0] <= 'z' {
			for _, c := range latinClitics {
				if rest, ok := strings.CutPrefix(w, c); ok && len(rest) >= 3 {
					ks = append(ks, rest)
				}
			}
		}
		for _, k := range ks {
			for n := 1; n <= len(k); n++ {
				p, ok := ix.first[k[:n]]
				for _, t := range p.terms {
					if t.at(words, i, scratch[:]) {
						return true
					}
				}
				if !ok || !p.longer {
					break // no first word opens with k[:n]: none is a longer opening of k
				}
			}
		}
	}
	return false
}

// netFlags says whether the net takes the padded text t («␠w1␠w2␠», as the triage read it) for an
// emergency.
func netFlags(t *padText) bool {
	if net == nil || strings.Count(t.s, " ")-1 < netMinWords || !netGate.holds(strings.Fields(t.s)) {
		return false
	}
	var buf [1536]uint32 // a long message's features, without a heap allocation
	return net.Prob(flagnet.Features(buf[:0], netReading(t.s))) >= float64(net.Threshold)
}

// netReading is the padded text as the net is asked of it.
func netReading(s string) string {
	if strings.Contains(s, "رجع") {
		s = wentBack.ReplaceAllString(s, " ${1}عدت ${3}")
	}
	if strings.Contains(s, "ه ما ") || strings.Contains(s, "ت ما ") || strings.Contains(s, "م ما ") {
		s = sinceMa.ReplaceAllString(s, " $1 ")
	}
	if strings.Contains(s, "نفس ال") {
		s = sameThing.ReplaceAllString(s, " ذات ال$2 ")
	}
	return s
}

// sameThing is «نفس» before a time, a place or a visit («بنفس الوقت», «نفس الموعد»): "the same", which
// the net, seeing words alone, reads as the breath; it is asked of the text with «ذات» instead. Not
// before «اليوم» or «الساعة», which also tell when a breath went short («ضيق نفس اليوم»).
var sameThing = regexp.MustCompile(foldPattern(` (ب|في |ف |وب|وفي )?نفس ال(وقت|شي|شيء|مكان|موعد|دكتور|دكتوره|عياده|جلسه|طريقه|زياره|اسبوع|فتره|مده) `))

// sinceMa is «من ساعة ما», «من وقت ما», «من يوم ما» ("since"): a «ما» the net, seeing words alone,
// reads as the negation of the verb after it («من ساعة ما شلت شنطة»: since I lifted a bag, not "could
// not lift"); it is asked of the text without it, which says the same.
var sinceMa = regexp.MustCompile(foldPattern(` (من ساعه|من وقت|من يوم|ومن ساعه|ومن وقت|ومن يوم) ما `))

// wentBack is «رجع» going back somewhere («ورجعت للدكتور», «رجعنا الى البيت»), which the net, seeing
// words alone, reads as the «رجع» of vomiting; it is asked of the text with «عدت» there instead.
// The rules tell the two apart by what follows and are not given this.
var wentBack = regexp.MustCompile(foldPattern(` (و|ف)?(رجعت|رجعنا|رجع|رجعوا|رجعو|رجعتي|ارجع|نرجع|ترجع|يرجع|برجع|بنرجع|بترجع|بيرجع) (لل\S*|الى|عند|من عند)`))
