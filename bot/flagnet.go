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

// netFlags says whether the net takes the padded text s for an emergency.
func netFlags(s string) bool {
	if net == nil {
		return false
	}
	var buf [1536]uint32 // a long message's features, without a heap allocation
	return net.Prob(flagnet.Features(buf[:0], s)) >= float64(net.Threshold)
}
