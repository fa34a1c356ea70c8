package ws_test

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/memstore"
	"github.com/faqbot/faqbot/transport/ws"
)

// Past its daily share an address's messages get rate_limited and are not logged, except a red
// flag, which still gets the emergency guidance, and a resend, which gets its first answer. Another
// address is served meanwhile.
func TestDailyLimitPerAddress(t *testing.T) {
	store := memstore.New(0)
	s := mustServeWith(t, &triageEngine{}, store, ws.Config{SessionRate: -1, Addr: ws.AddrLimits{Rate: -1, Daily: 3}})
	a, _ := dialFrom(t, "127.0.0.1", s.URL, nil)
	conv := convOf(a.hello("").Session)
	first := a.ask("m0", "q")
	for i, id := range []string{"m1", "m2"} {
		if r := a.ask(id, "q"); r.Type != "reply" {
			t.Fatalf("message %d within the day's share: %+v", i+2, r)
		}
	}
	// A second connection from the same address shares the count.
	b, _ := dialFrom(t, "127.0.0.1", s.URL, nil)
	b.hello("")
	if r := b.ask("x1", "q"); r.Type != "error" || r.Code != ws.CodeRateLimited || r.InReplyTo != "x1" {
		t.Errorf("fourth message of the day: %+v, want rate_limited", r)
	}
	if r := a.ask("m3", "I can't breathe after the injection"); r.Type != "reply" || r.Reply.Kind != bot.KindEmergency {
		t.Errorf("a red flag past the daily share: %+v, want the emergency guidance", r)
	}
	if r := a.ask("m0", "q"); r.Type != "reply" || r.ID != first.ID {
		t.Errorf("a resend past the daily share: %+v, want the first answer %s", r, first.ID)
	}
	if r := a.ask("m4", "q"); r.Code != ws.CodeRateLimited {
		t.Errorf("after the red flag: %+v, want rate_limited still", r)
	}
	c, _ := dialFrom(t, "127.0.0.2", s.URL, nil)
	c.hello("")
	if r := c.ask("y1", "q"); r.Type != "reply" {
		t.Errorf("another address: %+v, want a reply", r)
	}
	h, err := store.History(t.Context(), conv)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 8 { // m0, m1, m2 and the red flag, both sides
		t.Errorf("%d entries logged, want 8: nothing past the share but the red flag", len(h))
	}
}

// With a shared count, an address's daily share holds over all replicas: two servers on one
// store let it 3 messages in all, not 3 each. A red flag is still answered on either.
func TestDailyLimitOverReplicas(t *testing.T) {
	store := memstore.New(0)
	cfg := ws.Config{SessionRate: -1, Addr: ws.AddrLimits{Rate: -1, Daily: 3}, Days: store}
	r1, r2 := mustServeWith(t, &triageEngine{}, store, cfg), mustServeWith(t, &triageEngine{}, store, cfg)
	a, _ := dialFrom(t, "127.0.0.1", r1.URL, nil)
	a.hello("")
	b, _ := dialFrom(t, "127.0.0.1", r2.URL, nil)
	b.hello("")
	for i, c := range []*client{a, b, a} {
		if r := c.ask(fmt.Sprint("m", i), "q"); r.Type != "reply" {
			t.Fatalf("message %d within the day's share: %+v", i+1, r)
		}
	}
	if r := b.ask("m3", "q"); r.Type != "error" || r.Code != ws.CodeRateLimited {
		t.Errorf("fourth message of the day, on the other replica: %+v, want rate_limited", r)
	}
	if r := b.ask("m4", "I can't breathe after the injection"); r.Type != "reply" || r.Reply.Kind != bot.KindEmergency {
		t.Errorf("a red flag past the daily share: %+v, want the emergency guidance", r)
	}
	c, _ := dialFrom(t, "127.0.0.2", r2.URL, nil)
	c.hello("")
	if r := c.ask("y1", "q"); r.Type != "reply" {
		t.Errorf("another address: %+v, want a reply", r)
	}
}

// stuckDays is a shared count that never answers (a hung Redis) until released.
type stuckDays struct {
	calls   atomic.Int32
	release chan struct{}
}

func (s *stuckDays) CountDay(ctx context.Context, _ string, _ int64) (int64, error) {
	s.calls.Add(1)
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	case <-s.release:
		return 0, errors.New("released")
	}
}

// While the shared count hangs, the replica decides alone, by its own count, after one short wait:
// the limit still holds, and the messages after the first are not held up asking again.
func TestDailyLimitWhenTheSharedCountHangs(t *testing.T) {
	days := &stuckDays{release: make(chan struct{})}
	defer close(days.release)
	s := mustServeWith(t, &triageEngine{}, nil, ws.Config{SessionRate: -1, Addr: ws.AddrLimits{Rate: -1, Daily: 3}, Days: days})
	a, _ := dialFrom(t, "127.0.0.1", s.URL, nil)
	a.hello("")
	for i := range 3 {
		if r := a.ask(fmt.Sprint("m", i), "q"); r.Type != "reply" {
			t.Fatalf("message %d within the day's share: %+v", i+1, r)
		}
	}
	if r := a.ask("m3", "q"); r.Type != "error" || r.Code != ws.CodeRateLimited {
		t.Errorf("fourth message of the day with the shared count down: %+v, want rate_limited", r)
	}
	if n := days.calls.Load(); n != 1 {
		t.Errorf("the hung count was asked %d times, want once (then left alone for a while)", n)
	}
}
