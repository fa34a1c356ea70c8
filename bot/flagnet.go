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

// netFlags says whether the net takes the padded text s («␠w1␠w2␠») for an emergency.
func netFlags(s string) bool {
	if net == nil || strings.Count(s, " ")-1 < netMinWords {
		return false
	}
	var buf [1536]uint32 // a long message's features, without a heap allocation
	return net.Prob(flagnet.Features(buf[:0], s)) >= float64(net.Threshold)
}
