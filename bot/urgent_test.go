package bot_test

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
)

const redFlag = "فجأة صار عندي ضيق تنفس وما اقدر ابلع"

// heldLive is a Live conversation over store, held by staff as the store says.
func heldLive(t *testing.T, svc *bot.Service) *bot.Live {
	t.Helper()
	l, _, _ := svc.StartLive(t.Context(), "ar") // not saved: the store is down
	l.HoldChanged()
	return l
}

// downStore is a store that reads a hold and writes until down is set, and then fails every
// write and history read: the hold is read while the store is up, as in life.
func downStore(down *atomic.Bool) fakeStore {
	return fakeStore{
		begin: func(context.Context, string, string) (bot.Turn, error) {
			return bot.Turn{HeldUntil: time.Now().Add(time.Hour)}, nil
		},
		commit: func(context.Context, bot.Session, string, ...bot.Entry) error {
			if down.Load() {
				return errDown
			}
			return nil
		},
		history: func(context.Context, string) ([]bot.Entry, error) { return nil, errDown },
	}
}

// bufferedService is a Service with echo over a write-behind buffer of at most max commits.
func bufferedService(t *testing.T, store bot.Store, max int) (*bot.Service, *bot.BufferedStore) {
	buf := bot.NewBufferedStore(store, bot.BufferOptions{Max: max, MinBackoff: time.Hour, WriteBehind: true})
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
		defer cancel()
		buf.Close(ctx)
	})
	return &bot.Service{Engine: echo{}, Store: buf}, buf
}

// The store unreachable and the write buffer full: a red flag while held still gets the guidance
// (its log entry is lost, and the caller hears ErrBufferFull).
func TestRedFlagBufferFull(t *testing.T) {
	var down atomic.Bool
	svc, _ := bufferedService(t, downStore(&down), 1)
	ctx := t.Context()
	l := heldLive(t, svc)
	if out, _ := svc.HandleLive(ctx, l, "m0", "مرحبا"); out.Entry == nil || !out.Entry.Reply.Held {
		t.Fatalf("first message while held: %+v, want the hold's acknowledgement", out)
	}
	down.Store(true)
	for i := range 3 { // fill the buffer
		svc.HandleLive(ctx, l, fmt.Sprint("m", i+1), "مرحبا")
	}
	out, err := svc.HandleLive(ctx, l, "r", redFlag)
	if out.Entry == nil || out.Entry.Reply.Kind != bot.KindEmergency {
		t.Fatalf("red flag, held, buffer full: %+v, %v; want the emergency guidance", out, err)
	}
	if !errors.Is(err, bot.ErrBufferFull) {
		t.Errorf("err = %v, want ErrBufferFull (the entry could not be kept)", err)
	}
}

// The store going down after the hold was read: Begin then answers from the writes still waiting,
// which do not know the hold, and the hold as last read must stand (it once read as "not held").
func TestHoldStandsWhileTheStoreIsDown(t *testing.T) {
	var down atomic.Bool
	svc, buf := bufferedService(t, downStore(&down), 100)
	ctx := t.Context()
	l := heldLive(t, svc)
	if out, _ := svc.HandleLive(ctx, l, "m0", "مرحبا"); out.Entry == nil || !out.Entry.Reply.Held {
		t.Fatalf("first message while held: %+v, want the hold's acknowledgement", out)
	}
	down.Store(true)
	svc.HandleLive(ctx, l, "m1", "مرحبا")
	for buf.Healthy() { // the writer meets the failing store
		time.Sleep(time.Millisecond)
	}
	l.HoldChanged() // asks the store again, which is now known to be down
	if out, _ := svc.HandleLive(ctx, l, "m2", "كم السعر؟"); out.Entry != nil {
		t.Errorf("held, store down: the bot answered %q; want it only logged", out.Entry.Text)
	}
}

// A store that hangs rather than fails makes write-behind commits wait for the writer to catch up
// (backpressure); an emergency's does not wait.
func TestEmergencyDoesNotWaitForASlowStore(t *testing.T) {
	release := make(chan struct{})
	store := fakeStore{
		begin: func(context.Context, string, string) (bot.Turn, error) { return bot.Turn{}, bot.ErrNotFound },
		commit: func(ctx context.Context, _ bot.Session, _ string, _ ...bot.Entry) error {
			select {
			case <-release:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		},
		history: func(context.Context, string) ([]bot.Entry, error) { return nil, nil },
	}
	buf := bot.NewBufferedStore(store, bot.BufferOptions{Batch: 1, WriteBehind: true})
	t.Cleanup(func() {
		close(release)
		buf.Close(context.Background())
	})
	svc := &bot.Service{Engine: mustEngine(t), Store: buf}
	l, _, _ := svc.StartLive(t.Context(), "ar")
	for i := range 4 { // the queue past twice the batch: commits now wait for room
		ctx, cancel := context.WithTimeout(t.Context(), 20*time.Millisecond)
		svc.HandleLive(ctx, l, fmt.Sprint("m", i), "مرحبا")
		cancel()
	}
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	start := time.Now()
	out, err := svc.HandleLive(ctx, l, "r", redFlag)
	if out.Entry == nil || out.Entry.Reply.Kind != bot.KindEmergency || err != nil {
		t.Fatalf("red flag: %+v, %v; want the emergency guidance", out, err)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("the emergency guidance waited %v for a slow store, want it at once", took)
	}
}

// A connection acknowledged in one hold is acknowledged again in the next, when the release's
// answers came from the console (AnswerPending), not from this connection.
func TestLiveAcknowledgedAgainAfterRelease(t *testing.T) {
	svc, st := newService(t)
	ctx := t.Context()
	l, _, _ := svc.StartLive(ctx, "ar")
	conv := l.Session.ConversationID
	hold := func(until time.Time) { st.Hold(ctx, conv, until); l.HoldChanged() }
	hold(time.Now().Add(time.Hour))
	if out, _ := svc.HandleLive(ctx, l, "a", "مرحبا"); out.Entry == nil || !out.Entry.Reply.Held {
		t.Fatalf("first hold: %+v, want the acknowledgement", out)
	}
	hold(time.Time{})
	if got, err := svc.AnswerPending(ctx, bot.Session{ConversationID: conv}); err != nil || len(got) != 1 {
		t.Fatalf("AnswerPending: %+v, %v; want the held message answered", got, err)
	}
	hold(time.Now().Add(time.Hour))
	if out, _ := svc.HandleLive(ctx, l, "b", "هل من احد؟"); out.Entry == nil || !out.Entry.Reply.Held {
		t.Errorf("second hold: %+v, want the acknowledgement again", out)
	}
}
