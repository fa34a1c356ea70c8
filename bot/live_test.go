package bot_test

import (
	"fmt"
	"testing"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/memstore"
)

// A connection that has answered more messages than it remembers asks the store about each message
// from then on, so even the very first one resent gets its first answer.
func TestLiveResendPastWhatItRemembers(t *testing.T) {
	st := &counting{Store: memstore.NewWithOptions(memstore.Options{MaxEntries: -1, MaxBytes: -1})}
	svc := &bot.Service{Engine: echo{}, Store: st}
	ctx := t.Context()
	l, _, err := svc.StartLive(ctx, "ar")
	if err != nil {
		t.Fatal(err)
	}
	const n = 2100 // more than a Live remembers
	for i := range n {
		if _, err := svc.HandleLive(ctx, l, fmt.Sprint("m", i), fmt.Sprint("q", i)); err != nil {
			t.Fatal(err)
		}
	}
	out, err := svc.HandleLive(ctx, l, "m0", "q0")
	if err != nil || !out.Duplicate || out.Entry.Text != "re: q0" {
		t.Errorf("m0 resent after %d messages: %+v, %v; want its first answer", n, out, err)
	}
	if !l.Seen("m2099") || l.Seen("m0") {
		t.Error("Seen: want the latest ids remembered and the oldest forgotten")
	}
}
