package redisstore_test

import (
	"context"
	"testing"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
)

// statusRecorder is what the WhatsApp bridge needs (transport/whatsapp.StatusRecorder).
type statusRecorder interface {
	TrackMessage(ctx context.Context, conv, wamid, entryID string) error
	RecordStatus(ctx context.Context, conv, wamid, status string, errCode int) error
}

var _ statusRecorder = (*redisstore.Store)(nil)

func TestDeliveryStatusesMiniredis(t *testing.T) {
	m := miniredis.RunT(t)
	c := redis.NewClient(&redis.Options{Addr: m.Addr()})
	t.Cleanup(func() { c.Close() })
	testDeliveryStatuses(t, redisstore.New(c, redisstore.Options{}), c)
}

func TestDeliveryStatusesRedisServer(t *testing.T) {
	srv := redistest.Start(t)
	c := srv.Client(t)
	testDeliveryStatuses(t, redisstore.New(c, redisstore.Options{Prefix: srv.Prefix(t)}), c)
}

func testDeliveryStatuses(t *testing.T, s *redisstore.Store, c *redis.Client) {
	ctx := t.Context()
	const conv = "wa-ABCDEFGHIJKLMNOPQRSTUV"
	sess := bot.Session{ConversationID: conv, Channel: bot.ChannelWhatsApp, Patient: "966512344567", Created: t0, LastSeen: t0}
	first, second := turn(1, "wamid.in1", bot.KindAnswer, t0), turn(2, "wamid.in2", bot.KindFallback, t0.Add(1))
	if err := s.Commit(ctx, sess, "wamid.in1", first...); err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(ctx, sess, "wamid.in2", second...); err != nil {
		t.Fatal(err)
	}
	a, b := first[1].ID, second[1].ID
	// The first answer went out as two messages (text and buttons), the second as one.
	for _, tr := range [][2]string{{"wamid.o1", a}, {"wamid.o2", a}, {"wamid.o3", b}} {
		if err := s.TrackMessage(ctx, conv, tr[0], tr[1]); err != nil {
			t.Fatal(err)
		}
	}
	for _, st := range []struct {
		wamid, status string
		code          int
	}{
		{"wamid.o1", "sent", 0}, {"wamid.o1", "read", 0}, {"wamid.o2", "delivered", 0}, // read stays read
		{"wamid.o3", "sent", 0}, {"wamid.o3", "failed", 131047}, {"wamid.o3", "delivered", 0}, // failed is final
		{"wamid.o3", "failed", 131047}, // counted once
		{"wamid.unknown", "read", 0}, {"wamid.o1", "deleted", 0},
	} {
		if err := s.RecordStatus(ctx, conv, st.wamid, st.status, st.code); err != nil {
			t.Fatal(err)
		}
	}
	check := func(name string, log []bot.Entry) {
		t.Helper()
		if len(log) != 4 {
			t.Fatalf("%s: %d entries", name, len(log))
		}
		if log[1].Status != "read" || log[1].StatusCode != 0 || log[3].Status != "failed" || log[3].StatusCode != 131047 {
			t.Errorf("%s: statuses %q/%d and %q/%d, want read and failed/131047", name, log[1].Status, log[1].StatusCode, log[3].Status, log[3].StatusCode)
		}
		if log[0].Status != "" || log[2].Status != "" {
			t.Errorf("%s: patient entries got a status", name)
		}
	}
	hist, err := s.History(ctx, conv)
	if err != nil {
		t.Fatal(err)
	}
	check("History", hist)
	hists, err := s.Histories(ctx, conv, "wa-unknown")
	if err != nil {
		t.Fatal(err)
	}
	check("Histories", hists[0])
	sum, err := s.Summary(ctx, conv)
	if err != nil || sum.Failed != 1 {
		t.Errorf("summary failed=%d (%v), want 1", sum.Failed, err)
	}

	// Nothing is created for a conversation without a log.
	if err := s.TrackMessage(ctx, "wa-nothing", "wamid.x", "e"); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordStatus(ctx, "wa-nothing", "wamid.x", "failed", 1); err != nil {
		t.Fatal(err)
	}
	k := s.Keys("wa-nothing")
	if n := c.Exists(ctx, k.WAMsg, k.WAStatus, k.Meta).Val(); n != 0 {
		t.Errorf("%d keys created for an unlogged conversation", n)
	}

	// Erasing the conversation erases its statuses.
	if ok, err := s.Erase(ctx, conv); !ok || err != nil {
		t.Fatal(ok, err)
	}
	k = s.Keys(conv)
	if n := c.Exists(ctx, k.WAMsg, k.WAStatus).Val(); n != 0 {
		t.Errorf("%d status keys left after erasure", n)
	}
	if err := s.RecordStatus(ctx, conv, "wamid.o1", "read", 0); err != nil {
		t.Fatal(err)
	}
	if n := c.Exists(ctx, k.Meta, k.WAStatus).Val(); n != 0 {
		t.Error("a late status recreated an erased conversation")
	}
}
