package redisstore_test

import (
	"errors"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/bot/storetest"
)

// MoveConversation's contract on a real redis-server, and on a Redis Cluster, where the old and
// the new id live in different slots (no one script can move them).
func TestMoveConversationRedisServer(t *testing.T) {
	srv := redistest.Start(t)
	c := srv.Client(t)
	storetest.RunMove(t, func(t *testing.T, cfg storetest.Config) storetest.Harness {
		return storetest.Harness{Store: redisstore.New(c, redisstore.Options{Prefix: srv.Prefix(t)}), Advance: time.Sleep}
	})
}

func TestMoveConversationCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Redis Cluster")
	}
	c := redistest.StartCluster(t, 3).Client(t)
	storetest.RunMove(t, func(t *testing.T, cfg storetest.Config) storetest.Harness {
		return storetest.Harness{Store: redisstore.New(c, redisstore.Options{Prefix: redistest.Prefix(t)}), Advance: time.Sleep}
	})
}

// What only the Redis store keeps moves too: delivery statuses (a status of a message sent before
// the move is recorded after it), the review and the console's indexes; the console no longer
// knows the old id (a not found, not an error) and lists the new one.
func TestMoveConversationConsole(t *testing.T) {
	srv := redistest.Start(t)
	c := srv.Client(t)
	s := redisstore.New(c, redisstore.Options{Prefix: srv.Prefix(t)})
	ctx := t.Context()
	svc := &bot.Service{Engine: echo{}, Store: s}
	now := time.Now().UTC()
	sess := bot.Session{ConversationID: "wa-old", Channel: bot.ChannelWhatsApp, Patient: "966500000001", Created: now, LastSeen: now}
	out, err := svc.Handle(ctx, &sess, "wamid.in1", "hello")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.TrackMessage(ctx, "wa-old", "wamid.out1", out.Entry.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordStatus(ctx, "wa-old", "wamid.out1", "delivered", 0); err != nil {
		t.Fatal(err)
	}
	if err := s.SetReview(ctx, "wa-old", redisstore.Review{By: "nurse", At: now, Note: "ok"}); err != nil {
		t.Fatal(err)
	}

	if got, err := s.MoveConversation(ctx, "wa-new", "wa-old"); err != nil || got != "wa-old" {
		t.Fatalf("MoveConversation = %q, %v", got, err)
	}
	if err := s.RecordStatus(ctx, "wa-new", "wamid.out1", "read", 0); err != nil {
		t.Fatal(err)
	}
	hist, err := s.History(ctx, "wa-new")
	if err != nil || len(hist) != 2 || hist[1].Status != "read" {
		t.Errorf("under the new id: %+v %v, want the answer read", hist, err)
	}
	sum, err := s.Summary(ctx, "wa-new")
	if err != nil || sum.Review == nil || sum.Review.By != "nurse" || sum.Turns != 1 {
		t.Errorf("summary under the new id: %+v %v", sum, err)
	}
	if _, err := s.Summary(ctx, "wa-old"); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("summary of the old id: %v, want ErrNotFound (the console's 404)", err)
	}
	list, _, err := s.Conversations(ctx, redisstore.ConvQuery{})
	if err != nil || len(list) != 1 || list[0].ID != "wa-new" {
		t.Errorf("console list: %v %v, want the new id only", summaryIDs(list), err)
	}
	wa, _, err := s.Conversations(ctx, redisstore.ConvQuery{Channel: bot.ChannelWhatsApp})
	if err != nil || len(wa) != 1 || wa[0].ID != "wa-new" {
		t.Errorf("console list of WhatsApp: %v %v, want the new id only", summaryIDs(wa), err)
	}
	if n, _ := c.Keys(ctx, srv.Prefix(t)+":{wa-old}*").Result(); len(n) != 0 {
		t.Errorf("keys left under the old id: %v", n)
	}
}
