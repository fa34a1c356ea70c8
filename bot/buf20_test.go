package bot_test

import (
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/memstore"
)

// A second answer to a message, committed once the first is written, is dropped by a write-behind
// buffer as the store drops it: it is not queued meanwhile, so the conversation's session read before
// the store refuses it is still the first answer's (the contract's MessageAnsweredOnce, made
// deterministic: it failed when the flusher wrote the first commit between the two).
func TestBuf20SecondAnswerAfterWrite(t *testing.T) {
	mem := memstore.New(time.Hour)
	opts := fast
	opts.WriteBehind = true
	b := bot.NewBufferedStore(mem, opts)
	t.Cleanup(func() { _ = b.Close(t.Context()) })
	first := bot.Session{ConversationID: "conv-once", State: bot.State{Topic: "first#topic"}}
	at := time.Now()
	ans := func(id, msgID, text string) bot.Entry {
		r := bot.Reply{Kind: bot.KindAnswer, Text: text}
		return bot.Entry{ID: id, MsgID: msgID, From: bot.FromBot, Text: text, At: at, Reply: &r}
	}
	if err := b.Commit(t.Context(), first, "m1", ans("b1", "m1", "a")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the first answer written", func() bool { return b.Pending() == 0 })
	later := first
	later.State.Topic = "other#topic"
	if err := b.Commit(t.Context(), later, "m1", ans("b1b", "m1", "a again")); err != nil {
		t.Fatal(err)
	}
	if n := b.Pending(); n != 0 {
		t.Errorf("a second answer to a written message was queued (%d waiting)", n)
	}
	turn, err := b.Begin(t.Context(), "conv-once", "m1")
	if err != nil {
		t.Fatal(err)
	}
	if turn.Session.State.Topic != "first#topic" {
		t.Errorf("session topic = %q, want the first answer's", turn.Session.State.Topic)
	}
	if turn.Prior == nil || turn.Prior.ID != "b1" {
		t.Errorf("Prior = %+v, want the first answer b1", turn.Prior)
	}
	// Another message of the same conversation is still written.
	if err := b.Commit(t.Context(), later, "m2", ans("b2", "m2", "a2")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the second message written", func() bool { return b.Pending() == 0 })
	if h, err := b.History(t.Context(), "conv-once"); err != nil || len(h) != 2 {
		t.Errorf("History = %d entries, %v; want the two answers", len(h), err)
	}
}
