package redisstore_test

import (
	"bytes"
	"context"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
)

type echo struct{}

func (echo) Respond(text string, st bot.State) (bot.Reply, bot.State) {
	return bot.Reply{Kind: bot.KindAnswer, Text: "re: " + text}, st
}

// Conversations move to their new ids once, with everything of them, even when eight replicas
// start the migration together; a conversation of another channel stays.
func TestRekeyMovesConversationsOnce(t *testing.T) {
	srv := redistest.Start(t)
	testRekey(t, srv.Client(t), srv.Prefix(t))
}

// The same on a Redis Cluster, where old and new ids live in different slots.
func TestRekeyOnCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Redis Cluster")
	}
	testRekey(t, redistest.StartCluster(t, 3).Client(t), redistest.Prefix(t))
}

func testRekey(t *testing.T, c redis.UniversalClient, prefix string) {
	s := redisstore.New(c, redisstore.Options{Prefix: prefix})
	ctx := t.Context()
	svc := &bot.Service{Engine: echo{}, Store: s}
	say := func(conv, channel, msgID string) {
		t.Helper()
		now := time.Now().UTC()
		sess := bot.Session{ConversationID: conv, Channel: channel, Patient: "p", Created: now, LastSeen: now}
		if _, err := svc.Handle(ctx, &sess, msgID, "hello "+msgID); err != nil {
			t.Fatal(err)
		}
	}
	olds := []string{"wa-old1", "wa-old2", "wa-old3"}
	for _, id := range olds {
		say(id, bot.ChannelWhatsApp, "m1-"+id)
		say(id, bot.ChannelWhatsApp, "m2-"+id)
	}
	say("webconv", bot.ChannelWeb, "w1")
	if err := s.TrackMessage(ctx, "wa-old1", "wamid.out1", "entry1"); err != nil {
		t.Fatal(err)
	}
	newID := func(old string) string { return "wa-new" + old[len("wa-old"):] }

	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Staggered, so that some look for the mark while the first is finishing.
			time.Sleep(time.Duration(i) * time.Millisecond)
			// Each replica its own Store, as on its own process.
			n, err := redisstore.New(c, redisstore.Options{Prefix: prefix}).Rekey(ctx, "wa-ids-v2", bot.ChannelWhatsApp, "wa-", newID)
			if err != nil {
				t.Error(err)
			}
			mu.Lock()
			total += n
			mu.Unlock()
		}()
	}
	wg.Wait()
	if total != 3 {
		t.Errorf("moved %d conversations in all, want 3", total)
	}
	for _, old := range olds {
		nu := newID(old)
		hist, err := s.History(ctx, nu)
		if err != nil || len(hist) != 4 || hist[0].MsgID != "m1-"+old {
			t.Errorf("%s: history under the new id: %d entries %v", old, len(hist), err)
		}
		if hist, _ := s.History(ctx, old); len(hist) != 0 {
			t.Errorf("%s: %d entries left under the old id", old, len(hist))
		}
		turn, err := s.Begin(ctx, nu, "m2-"+old)
		if err != nil || turn.Session.ConversationID != nu || turn.Prior == nil {
			t.Errorf("%s: session under the new id: %+v %v (a repeated message must find its answer)", old, turn.Session, err)
		}
		for _, k := range []string{"", "ch:whatsapp", "kind:answer"} {
			if _, err := c.ZScore(ctx, s.IndexKey(k), old).Result(); err == nil {
				t.Errorf("%s still in index %q", old, k)
			}
			if _, err := c.ZScore(ctx, s.IndexKey(k), nu).Result(); err != nil {
				t.Errorf("%s missing from index %q", nu, k)
			}
		}
		if n, _ := c.Exists(ctx, s.Keys(old).Log, s.Keys(old).Meta, s.Keys(old).Sess).Result(); n != 0 {
			t.Errorf("%s: %d old keys left", old, n)
		}
	}
	if err := s.RecordStatus(ctx, "wa-new1", "wamid.out1", "read", 0); err != nil {
		t.Fatal(err)
	}
	if v, _ := c.HGet(ctx, s.Keys("wa-new1").WAStatus, "entry1").Result(); v != "read" {
		t.Errorf("delivery tracking not moved: status %q", v)
	}
	if hist, _ := s.History(ctx, "webconv"); len(hist) != 2 {
		t.Errorf("the web conversation: %d entries, want 2", len(hist))
	}
	// Once done, never again (a new id must not be rekeyed a second time).
	if n, err := s.Rekey(ctx, "wa-ids-v2", bot.ChannelWhatsApp, "wa-", newID); err != nil || n != 0 {
		t.Errorf("second run: moved %d, %v", n, err)
	}
}

// Every replica gets the same secret, whoever asked first.
func TestSecretShared(t *testing.T) {
	srv := redistest.Start(t)
	c := srv.Client(t)
	prefix := srv.Prefix(t)
	var wg sync.WaitGroup
	got := make([][]byte, 4)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b, err := redisstore.New(c, redisstore.Options{Prefix: prefix}).Secret(context.Background(), "ids")
			if err != nil {
				t.Error(err)
			}
			got[i] = b
		}()
	}
	wg.Wait()
	for i := range got {
		if len(got[i]) != 32 || !bytes.Equal(got[i], got[0]) {
			t.Errorf("replica %d got %x, replica 0 %x", i, got[i], got[0])
		}
	}
}
