package main

import (
	"fmt"
	"testing"

	"github.com/faqbot/faqbot/bot/redisstore/redistest"
)

// Any message of the conversation resent (CONTRACTS.md §3), not only the last few: the original
// reply comes back and nothing new is logged, on the same connection and after a reconnect.
func TestResendAnyMessageID(t *testing.T) {
	rs := redistest.Start(t)
	ts := MustStartServer(t, unlimitedRedisConfig(rs))
	c := MustDialWS(t, ts.WS)
	token := c.hello("").Session
	const n = 20
	first := c.ask("m0", question)
	if first.Type != "reply" {
		t.Fatalf("m0: %+v", first)
	}
	for i := 1; i < n; i++ {
		if r := c.ask(fmt.Sprintf("m%d", i), question); r.Type != "reply" {
			t.Fatalf("m%d: %+v", i, r)
		}
	}
	ts.settled(t)
	logged := func() int {
		t.Helper()
		ts.settled(t)
		h, err := ts.redis.History(t.Context(), convOf(token))
		if err != nil {
			t.Fatal(err)
		}
		return len(h)
	}
	if got := logged(); got != 2*n {
		t.Fatalf("%d entries logged, want %d", got, 2*n)
	}
	if again := c.ask("m0", question); again.ID != first.ID || again.InReplyTo != "m0" {
		t.Errorf("m0 resent on its connection: reply %q to %q, want the original %q", again.ID, again.InReplyTo, first.ID)
	}
	// After a reconnect, as a widget resends.
	c2 := MustDialWS(t, ts.WS)
	c2.hello(token)
	if again := c2.ask("m0", question); again.ID != first.ID {
		t.Errorf("m0 resent after a reconnect: reply %q, want the original %q", again.ID, first.ID)
	}
	if got := logged(); got != 2*n {
		t.Errorf("%d entries logged after the resends, want %d unchanged", got, 2*n)
	}
}
