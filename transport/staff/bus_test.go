package staff

import (
	"context"
	"testing"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/memstore"
)

func TestMemBusFansOutAndResyncsLaggards(t *testing.T) {
	b := NewMemBus()
	fast, stopFast := b.Subscribe()
	slow, stopSlow := b.Subscribe()
	defer stopSlow()
	for i := range subscriberBuffer + 10 {
		b.Publish(Event{Type: "entry", Conv: string(rune('a' + i%26))})
		<-fast
	}
	// slow never read: it holds a full buffer and has missed 10 events.
	for range subscriberBuffer {
		<-slow
	}
	b.Publish(Event{Type: "entry", Conv: "next"})
	if e := <-slow; e.Type != "resync" {
		t.Errorf("after dropped events: %+v, want resync first", e)
	}
	if e := <-slow; e.Conv != "next" {
		t.Errorf("after resync: %+v, want the new event", e)
	}
	<-fast // "next"
	stopFast()
	stopFast() // twice is harmless
	b.Publish(Event{Type: "entry"})
	select {
	case e := <-fast:
		t.Errorf("event %+v after unsubscribing", e)
	default:
	}
}

func TestNotifyStorePublishesCommitsWithEntries(t *testing.T) {
	b := NewMemBus()
	ch, stop := b.Subscribe()
	defer stop()
	st := NotifyStore(memstore.New(0), b)
	ctx := context.Background()
	s := bot.Session{ConversationID: "c1", Channel: bot.ChannelWeb}
	if err := st.Commit(ctx, s, ""); err != nil {
		t.Fatal(err)
	}
	if err := st.Commit(ctx, s, "m1", bot.Entry{From: bot.FromPatient, Text: "hi"}); err != nil {
		t.Fatal(err)
	}
	if e := <-ch; e != (Event{Type: "entry", Conv: "c1"}) {
		t.Errorf("event %+v", e)
	}
	select {
	case e := <-ch:
		t.Errorf("a session save published %+v", e)
	default:
	}
	if h, _ := st.History(ctx, "c1"); len(h) != 1 {
		t.Errorf("wrapped store history %v", h)
	}
}
