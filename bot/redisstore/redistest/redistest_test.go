package redistest_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot/redisstore/redistest"
)

func TestStartStopRestart(t *testing.T) {
	srv := redistest.Start(t)
	c := srv.Client(t)
	ctx := t.Context()
	if got, err := c.Ping(ctx).Result(); err != nil || got != "PONG" {
		t.Fatalf("PING = %q, %v; want PONG", got, err)
	}
	if !strings.HasPrefix(srv.URL(), "redis://127.0.0.1:") {
		t.Errorf("URL = %q", srv.URL())
	}
	if err := c.Set(ctx, "k", "v", 0).Err(); err != nil {
		t.Fatal(err)
	}

	srv.Stop()
	if err := c.Ping(ctx).Err(); err == nil {
		t.Fatal("PING answered while the server was stopped")
	}
	srv.Restart()
	if got, err := c.Get(ctx, "k").Result(); err != nil || got != "v" {
		t.Fatalf("after restart GET k = %q, %v; want the value saved at Stop", got, err)
	}

	srv.Kill()
	if err := c.Ping(ctx).Err(); err == nil {
		t.Fatal("PING answered after Kill")
	}
	srv.Restart()
	if err := c.Ping(ctx).Err(); err != nil {
		t.Fatalf("PING after restart from kill: %v", err)
	}
}

func TestPrefixUnique(t *testing.T) {
	seen := map[string]bool{}
	for range 100 {
		p := redistest.Prefix(t)
		if seen[p] || strings.ContainsAny(p, "{} ") {
			t.Fatalf("prefix %q repeated or unsafe", p)
		}
		seen[p] = true
	}
}
