package bot

import (
	_ "embed"
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
// lies outside what it learned from, where its n-grams can add up to anything.
var netGate = []flagRules{{"sign", []symptomRule{rule(1, lrSign+` `+lrBreath+` `+lrTrouble+` `+lrUrgent+` `+
	cLimbs+` `+cWeak+` `+cHeavy+` `+cPain+` `+cState+` `+cNotWaking+` `+cUnaware+` `+cSwells+` `+cFaceThroat+` `+
	cHives+` `+cSystemic+` `+cPus+` `+cHotRed+` `+cNotSee+` `+cVision+` `+cDouble+` `+cEye+` `+cFace+` `+cCrooked+` `+
	cBlood+` `+cFit+` `+cShaking+` `+cThroat+` `+cHeart+` `+cRacing+` `+cDizzy+` `+cConfused+` `+cVomit+` `+cDespair+` `+
	cPills+` `+cFall+` `+cBlow+` `+cChemical+` `+cSaddle+` `+cBladder+` `+cNoFeel+` `+cSkinSign+` `+cNotBreathing+` `+
	cOnset+` `+cNow+` `+cNotAnswering+` `+cEyesRoll+` `+cIncontinent+` `+cFallSoon+` `+cTearing+` `+cAllAtOnce+` `+cSoaked+` `+cKeeps+` `+
	cNotStop+` `+cSpreadTo+` `+cNeckFace+` `+cAfterOp+` `+cThrowSelf)}}}

// netFlags says whether the net takes the padded text s («␠w1␠w2␠») for an emergency.
func netFlags(s string) bool {
	if net == nil || strings.Count(s, " ")-1 < netMinWords {
		return false
	}
	if t := newPadText(s); symptomIn(netGate, &t) == "" {
		return false
	}
	var buf [1536]uint32 // a long message's features, without a heap allocation
	return net.Prob(flagnet.Features(buf[:0], s)) >= float64(net.Threshold)
}
