package redisstore_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
)

// receive waits for the next message, failing the test after 10 s.
func receive(t *testing.T, sub *redisstore.Subscription) redisstore.Message {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	m, err := sub.Receive(ctx)
	if err != nil {
		t.Fatalf("receive: %v", err)
	}
	return m
}

// pubSubBackends are the kinds of Redis the pub/sub and presence tests run on.
func pubSubBackends() []struct {
	name   string
	client func(t *testing.T) redis.UniversalClient
} {
	return []struct {
		name   string
		client func(t *testing.T) redis.UniversalClient
	}{
		{"miniredis", func(t *testing.T) redis.UniversalClient {
			c := redis.NewClient(&redis.Options{Addr: miniredis.RunT(t).Addr()})
			t.Cleanup(func() { c.Close() })
			return c
		}},
		{"redis-server", func(t *testing.T) redis.UniversalClient { return redistest.Start(t).Client(t) }},
		{"cluster", func(t *testing.T) redis.UniversalClient { return redistest.StartCluster(t, 3).Client(t) }},
	}
}

// Messages published on the store's channels reach every subscription to them, on the channel
// they were sent to, and nothing crosses between prefixes.
func TestPubSub(t *testing.T) {
	for _, be := range pubSubBackends() {
		t.Run(be.name, func(t *testing.T) {
			c := be.client(t)
			s := redisstore.New(c, redisstore.Options{Prefix: "p1"})
			other := redisstore.New(c, redisstore.Options{Prefix: "p2"})
			ctx := t.Context()
			a, err := s.Subscribe(ctx, "staff", "events")
			if err != nil {
				t.Fatal(err)
			}
			defer a.Close()
			b, err := s.Subscribe(ctx, "events")
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			o, err := other.Subscribe(ctx, "events")
			if err != nil {
				t.Fatal(err)
			}
			defer o.Close()

			if n, err := s.Publish(ctx, "events", []byte(`{"n":1}`)); err != nil || n != 2 {
				t.Errorf("Publish events = %d, %v; want 2 receivers", n, err)
			}
			if n, err := s.Publish(ctx, "staff", []byte("مرحبا")); err != nil || n != 1 {
				t.Errorf("Publish staff = %d, %v; want 1 receiver", n, err)
			}
			if n, err := other.Publish(ctx, "events", []byte("other")); err != nil || n != 1 {
				t.Errorf("Publish under another prefix = %d, %v; want 1 receiver", n, err)
			}
			if m := receive(t, a); m.Channel != "events" || string(m.Payload) != `{"n":1}` || m.Gap {
				t.Errorf("a got %+v, want the event", m)
			}
			if m := receive(t, a); m.Channel != "staff" || string(m.Payload) != "مرحبا" {
				t.Errorf("a got %+v, want the staff message", m)
			}
			if m := receive(t, b); m.Channel != "events" || string(m.Payload) != `{"n":1}` {
				t.Errorf("b got %+v, want the event", m)
			}
			if m := receive(t, o); string(m.Payload) != "other" {
				t.Errorf("the other prefix got %+v, want only its own message", m)
			}

			// Close ends a Receive in progress.
			errc := make(chan error, 1)
			go func() { _, err := b.Receive(context.Background()); errc <- err }()
			time.Sleep(50 * time.Millisecond)
			b.Close()
			select {
			case err := <-errc:
				if !errors.Is(err, redisstore.ErrSubscriptionClosed) {
					t.Errorf("Receive after Close: %v", err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("Receive did not return after Close")
			}
			if _, err := s.Subscribe(ctx); err == nil {
				t.Error("Subscribe to no channel succeeded")
			}
		})
	}
}

// A subscription that loses Redis reports the gap once it is back, and receives again.
func TestSubscriptionGap(t *testing.T) {
	rs := redistest.Start(t)
	c := rs.Client(t)
	s := redisstore.New(c, redisstore.Options{})
	sub, err := s.Subscribe(t.Context(), "events")
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	got := make(chan redisstore.Message, 10)
	go func() {
		for {
			m, err := sub.Receive(context.Background())
			if err != nil {
				close(got)
				return
			}
			got <- m
		}
	}()
	rs.Restart()
	select {
	case m := <-got:
		if !m.Gap {
			t.Fatalf("after a restart: %+v, want a gap", m)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("no gap reported after Redis restarted")
	}
	if _, err := s.Publish(t.Context(), "events", []byte("after")); err != nil {
		t.Fatal(err)
	}
	select {
	case m := <-got:
		if m.Gap || string(m.Payload) != "after" {
			t.Errorf("after the gap: %+v, want the new message", m)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("nothing received after the gap")
	}
}

// Presence: a replica's record of a conversation holds until its time, is removed when the
// replica says so, and never counts for the replica asking.
func TestPresence(t *testing.T) {
	for _, be := range pubSubBackends() {
		t.Run(be.name, func(t *testing.T) {
			c := be.client(t)
			s := redisstore.New(c, redisstore.Options{Prefix: "p"})
			ctx := t.Context()
			now := time.Now()
			c1, c2 := bot.NewID(), bot.NewID()
			present := func(conv, except string, at time.Time) bool {
				t.Helper()
				ok, err := s.Present(ctx, []string{conv}, except, at)
				if err != nil || len(ok) != 1 {
					t.Fatal(ok, err)
				}
				return ok[0]
			}
			if err := s.SetPresence(ctx, "A", now.Add(time.Minute), []string{c1, c2}, nil); err != nil {
				t.Fatal(err)
			}
			if err := s.SetPresence(ctx, "B", now.Add(time.Minute), []string{c2}, nil); err != nil {
				t.Fatal(err)
			}
			if !present(c1, "B", now) || present(c1, "A", now) {
				t.Error("c1: want present for B (A holds it), not for A itself")
			}
			if present(c1, "B", now.Add(2*time.Minute)) {
				t.Error("c1 present after its time")
			}
			if err := s.SetPresence(ctx, "A", now.Add(time.Minute), nil, []string{c2}); err != nil {
				t.Fatal(err)
			}
			if !present(c2, "A", now) || present(c2, "B", now) {
				t.Error("c2 after A left: want present only through B")
			}
			if present(bot.NewID(), "X", now) {
				t.Error("an unknown conversation is present")
			}
			if _, err := s.Present(ctx, []string{c1, ""}, "X", now); !errors.Is(err, bot.ErrInvalid) {
				t.Errorf("Present of no conversation: %v", err)
			}
			// Many at once, in order.
			if got, err := s.Present(ctx, []string{c1, bot.NewID(), c2, c1}, "B", now); err != nil || !slices.Equal(got, []bool{true, false, false, true}) {
				t.Errorf("Present of four for B = %v, %v; want [true false false true]", got, err)
			}
			if err := s.SetPresence(ctx, "", now, []string{c1}, nil); err == nil {
				t.Error("SetPresence of an unnamed replica succeeded")
			}
			// The record expires with its time (checked on the server: a replica that died).
			ttl, err := c.PTTL(ctx, "p:{"+c1+"}:live").Result()
			if err != nil || ttl <= 0 || ttl > time.Minute {
				t.Errorf("presence key TTL %v (%v), want at most a minute", ttl, err)
			}
			// In the conversation's slot: a cluster keeps it on the conversation's node.
			if cc, ok := c.(*redis.ClusterClient); ok {
				ks, _ := cc.ClusterKeySlot(ctx, "p:{"+c1+"}:live").Result()
				ws, _ := cc.ClusterKeySlot(ctx, s.Keys(c1).Sess).Result()
				if ks != ws {
					t.Errorf("presence in slot %d, the session in %d", ks, ws)
				}
			}
		})
	}
}

// A redis+cluster:// URL opens a store on the cluster, and a conversation is written through it.
func TestOpenClusterURL(t *testing.T) {
	cl := redistest.StartCluster(t, 3)
	addrs := cl.Addrs()
	s, err := redisstore.Open(t.Context(), "redis+cluster://"+addrs[0]+","+addrs[1], redisstore.Options{Prefix: "u"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, ok := s.Client().(*redis.ClusterClient); !ok {
		t.Fatalf("client %T, want a cluster client", s.Client())
	}
	conv := bot.NewID()
	sess := bot.Session{ConversationID: conv, Channel: bot.ChannelWeb, Created: t0, LastSeen: t0}
	if err := s.Commit(t.Context(), sess, "m1", turn(0, "m1", bot.KindAnswer, t0)...); err != nil {
		t.Fatal(err)
	}
	if h, err := s.History(t.Context(), conv); err != nil || len(h) != 2 {
		t.Errorf("history %d entries, %v; want 2", len(h), err)
	}
	if _, err := redisstore.Open(t.Context(), "redis+cluster://127.0.0.1:1", redisstore.Options{}); err == nil {
		t.Error("Open of an unreachable cluster succeeded")
	}
}
