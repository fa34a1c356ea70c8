package redisstore_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/bot/storetest"
)

// The contract against a 3-master Redis Cluster: every key of a conversation must share a slot, or
// the commit script is refused (CROSSSLOT).
func TestContractCluster(t *testing.T) {
	cl := redistest.StartCluster(t, 3)
	c := cl.Client(t)
	storetest.Run(t, func(t *testing.T, cfg storetest.Config) storetest.Harness {
		s := redisstore.New(c, redisstore.Options{Prefix: redistest.Prefix(t), SessionTTL: cfg.SessionTTL, AnswerTTL: cfg.AnswerTTL,
			MaxEntries: cfg.MaxEntries, MaxBytes: cfg.MaxBytes})
		return storetest.Harness{Store: s, Advance: time.Sleep}
	})

	// Conversations spread over the masters, and the indexes can be combined in one command.
	s := redisstore.New(c, redisstore.Options{})
	ctx := t.Context()
	for i := range 30 {
		conv := bot.NewID()
		sess := bot.Session{ConversationID: conv, Channel: bot.ChannelWeb, Created: t0, LastSeen: t0}
		kind := bot.KindAnswer
		if i%3 == 0 {
			kind = bot.KindFallback
		}
		if err := s.Commit(ctx, sess, "m1", turn(i, "m1", kind, t0.Add(time.Duration(i)*time.Second))...); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex // ForEachMaster runs in parallel
	used := map[string]bool{}
	err := c.ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error {
		n, err := m.DBSize(ctx).Result()
		mu.Lock()
		defer mu.Unlock()
		if n > 0 {
			used[m.Options().Addr] = true
		}
		return err
	})
	if err != nil || len(used) < 2 {
		t.Errorf("keys on %d masters (%v), want spread over several", len(used), err)
	}
	got, err := c.ZInterWithScores(ctx, &redis.ZStore{Keys: []string{s.IndexKey("ch:web"), s.IndexKey("kind:fallback")}}).Result()
	if err != nil || len(got) != 10 {
		t.Errorf("ZINTER of the web and fallback indexes = %d conversations, %v; want 10", len(got), err)
	}
}

// A sign-in's counters (name from an address, address, name) are checked and counted by one script:
// they share a hash tag, or a cluster would refuse it (CROSSSLOT).
func TestLoginThrottleCluster(t *testing.T) {
	c := redistest.StartCluster(t, 3).Client(t)
	s := redisstore.New(c, redisstore.Options{Prefix: redistest.Prefix(t)})
	ctx := t.Context()
	limits := []redisstore.LoginLimit{{Key: "pair:a", Max: 2}, {Key: "addr:192.0.2.1", Max: 10}, {Key: "name:b", Max: 10}}
	for i := range 3 {
		ok, err := s.ReserveLogin(ctx, time.Minute, limits...)
		if err != nil || ok != (i < 2) {
			t.Fatalf("attempt %d: %v %v, want %v", i+1, ok, err, i < 2)
		}
	}
	if err := s.ReleaseLogin(ctx, "addr:192.0.2.1", "name:b"); err != nil {
		t.Fatal(err)
	}
	if err := s.ClearLoginFailures(ctx, "pair:a", "addr:192.0.2.1"); err != nil {
		t.Fatal(err)
	}
	if n, err := s.LoginFailures(ctx, "pair:a", "addr:192.0.2.1", "name:b"); err != nil || n[0] != 0 || n[1] != 0 || n[2] != 1 {
		t.Errorf("counters %v (%v), want [0 0 1]", n, err)
	}
}
