package redisstore_test

import (
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
)

// An item read by a reader that never finishes (killed) goes to the next reader once stale, marked
// Retried; Touch keeps a slow reader's items; Done removes them for good.
func TestQueueHandsOverStaleItems(t *testing.T) {
	srv := redistest.Start(t)
	s := redisstore.New(srv.Client(t), redisstore.Options{Prefix: srv.Prefix(t)})
	const stale = 300 * time.Millisecond
	q := s.Queue("wa", stale)
	ctx := t.Context()
	for _, d := range []string{"one", "two"} {
		if err := q.Add(ctx, 1, []byte(d)); err != nil {
			t.Fatal(err)
		}
	}
	got, err := q.Next(ctx, 1, "dead", time.Second)
	if err != nil || len(got) != 2 || string(got[0].Data) != "one" || got[0].Retried {
		t.Fatalf("first read: %+v %v", got, err)
	}
	// Another reader sees nothing new while the items are fresh.
	if again, err := q.Next(ctx, 1, "alive", 50*time.Millisecond); err != nil || len(again) != 0 {
		t.Fatalf("fresh items handed over: %+v %v", again, err)
	}
	// "slow" keeps reading its own: Touch every stale/3 for two stale periods.
	if err := q.Add(ctx, 2, []byte("slow")); err != nil {
		t.Fatal(err)
	}
	slow, err := q.Next(ctx, 2, "slow", time.Second)
	if err != nil || len(slow) != 1 {
		t.Fatalf("slow read: %+v %v", slow, err)
	}
	for range 6 {
		time.Sleep(stale / 3)
		if err := q.Touch(ctx, 2, "slow", slow[0].ID); err != nil {
			t.Fatal(err)
		}
		if stolen, err := q.Next(ctx, 2, "alive", time.Millisecond); err != nil || len(stolen) != 0 {
			t.Fatalf("a touched item was handed over: %+v %v", stolen, err)
		}
	}
	time.Sleep(stale + 100*time.Millisecond)
	got, err = q.Next(ctx, 1, "alive", time.Second)
	if err != nil || len(got) != 2 || !got[0].Retried || string(got[1].Data) != "two" {
		t.Fatalf("stale items not handed over: %+v %v", got, err)
	}
	if err := q.Done(ctx, 1, got[0].ID, got[1].ID); err != nil {
		t.Fatal(err)
	}
	if n, err := q.Pending(ctx, 1); err != nil || n != 0 {
		t.Errorf("pending after Done: %d %v", n, err)
	}
	time.Sleep(stale + 100*time.Millisecond)
	if got, err := q.Next(ctx, 1, "third", 50*time.Millisecond); err != nil || len(got) != 0 {
		t.Errorf("done items came back: %+v %v", got, err)
	}
}
