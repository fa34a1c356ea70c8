package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
)

// Mover is a Store that can move a conversation to another id (WhatsApp ids under a rotated secret).
type Mover interface {
	Store
	MoveConversation(ctx context.Context, to string, from ...string) (string, error)
}

// RunMove runs the contract of MoveConversation; newHarness's stores must implement Mover.
func RunMove(t *testing.T, newHarness Factory) {
	tests := []struct {
		name string
		run  func(t *testing.T, s Mover)
	}{
		{"MovesEverything", testMoveEverything},
		{"KeepsAConversationOfTheNewID", testMoveKeepsNew},
		{"NothingToMove", testMoveNothing},
		{"RacingDeliveries", testMoveRacing},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, Config{})
			m, ok := h.Store.(Mover)
			if !ok {
				t.Fatalf("%T has no MoveConversation", h.Store)
			}
			tc.run(t, m)
		})
	}
}

func mustMove(t *testing.T, s Mover, to string, from ...string) string {
	t.Helper()
	got, err := s.MoveConversation(t.Context(), to, from...)
	if err != nil {
		t.Fatalf("MoveConversation: %v", err)
	}
	return got
}

// oldConversation logs two exchanges of conversation conv and puts it in staff hands; it returns
// the entries and the hold's end.
func oldConversation(t *testing.T, s Mover, conv string) ([]bot.Entry, time.Time) {
	t.Helper()
	sess := session(conv)
	e := []bot.Entry{patient("p1", "m1", "هل الرياضة ممنوعة؟", t0), answer("b1", "m1", "تجنب الرياضة يوما", t0.Add(time.Second)),
		patient("p2", "m2", "thanks", t0.Add(time.Minute)), answer("b2", "m2", "you are welcome", t0.Add(time.Minute+time.Second))}
	mustCommit(t, s, sess, "m1", e[0], e[1])
	mustCommit(t, s, sess, "m2", e[2], e[3])
	until := time.Now().Add(time.Hour).UTC().Truncate(time.Millisecond)
	if err := s.Hold(t.Context(), conv, until); err != nil {
		t.Fatal(err)
	}
	return e, until
}

// Everything of the old conversation is found under the new id, and nothing under the old one;
// a second call moves nothing.
func testMoveEverything(t *testing.T, s Mover) {
	entries, until := oldConversation(t, s, "wa-old")
	if got := mustMove(t, s, "wa-new", "wa-unknown", "wa-old"); got != "wa-old" {
		t.Fatalf("MoveConversation = %q, want wa-old", got)
	}
	sameEntries(t, "the log under the new id", mustHistory(t, s, "wa-new"), entries)
	turn := mustBegin(t, s, "wa-new", "m2")
	want := session("wa-new")
	if got := utcSession(turn.Session); got.ConversationID != "wa-new" || got.State != want.State || got.Patient != want.Patient {
		t.Errorf("session under the new id: %+v, want %+v", got, want)
	}
	if turn.Prior == nil || turn.Prior.ID != "b2" {
		t.Errorf("a resent message finds no answer under the new id: %+v", turn.Prior)
	}
	if !turn.HeldUntil.Equal(until) {
		t.Errorf("staff hold under the new id: until %v, want %v", turn.HeldUntil, until)
	}
	if h := mustHistory(t, s, "wa-old"); len(h) != 0 {
		t.Errorf("%d entries left under the old id", len(h))
	}
	if turn, err := s.Begin(t.Context(), "wa-old", "m2"); !errors.Is(err, bot.ErrNotFound) || !turn.HeldUntil.IsZero() || turn.Prior != nil {
		t.Errorf("under the old id: %+v %v, want nothing", turn, err)
	}
	if got := mustMove(t, s, "wa-new", "wa-old"); got != "" {
		t.Errorf("a second MoveConversation moved %q", got)
	}
	sameEntries(t, "the log after a second call", mustHistory(t, s, "wa-new"), entries)
}

// A conversation already under the new id is kept, and so is the old one: neither is merged into
// or written over the other.
func testMoveKeepsNew(t *testing.T, s Mover) {
	old, _ := oldConversation(t, s, "wa-old")
	nu := []bot.Entry{patient("n1", "m9", "مرحبا", t0.Add(time.Hour)), answer("nb1", "m9", "أهلا", t0.Add(time.Hour+time.Second))}
	mustCommit(t, s, session("wa-new"), "m9", nu...)
	if got := mustMove(t, s, "wa-new", "wa-old"); got != "" {
		t.Fatalf("MoveConversation = %q onto a conversation, want none", got)
	}
	sameEntries(t, "the new id's own log", mustHistory(t, s, "wa-new"), nu)
	sameEntries(t, "the old id's log", mustHistory(t, s, "wa-old"), old)
}

func testMoveNothing(t *testing.T, s Mover) {
	if got := mustMove(t, s, "wa-new", "wa-old1", "wa-old2"); got != "" {
		t.Errorf("MoveConversation = %q with nothing to move", got)
	}
	if _, err := s.Begin(t.Context(), "wa-new", ""); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("Begin of the new id after nothing moved: %v, want ErrNotFound", err)
	}
	if _, err := s.MoveConversation(t.Context(), "", "wa-old1"); !errors.Is(err, bot.ErrInvalid) {
		t.Errorf("an empty new id: %v, want ErrInvalid", err)
	}
}

// Eight deliveries of one patient (on as many replicas) race: each moves the conversation, then
// logs its message under the new id. The log ends with the old entries once each, then all 16 new.
func testMoveRacing(t *testing.T, s Mover) {
	old, _ := oldConversation(t, s, "wa-old")
	const racers = 8
	var wg sync.WaitGroup
	var mu sync.Mutex
	moved := 0
	for i := range racers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := s.MoveConversation(t.Context(), "wa-new", "wa-other", "wa-old")
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			if got == "wa-old" {
				moved++
			}
			mu.Unlock()
			at := t0.Add(time.Hour + time.Duration(i)*time.Second)
			msg := fmt.Sprintf("race%d", i)
			if err := s.Commit(t.Context(), session("wa-new"), msg,
				patient("p-"+msg, msg, "سؤال", at), answer("b-"+msg, msg, "جواب", at)); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if moved == 0 {
		t.Errorf("no call reported the move")
	}
	hist := mustHistory(t, s, "wa-new")
	if len(hist) != len(old)+2*racers {
		t.Fatalf("%d entries under the new id, want %d: the %d moved and 2 a delivery", len(hist), len(old)+2*racers, len(old))
	}
	sameEntries(t, "the moved entries, first", hist[:len(old)], old)
	seen := map[string]bool{}
	for _, e := range hist {
		if seen[e.ID] {
			t.Errorf("entry %s twice", e.ID)
		}
		seen[e.ID] = true
	}
	if h := mustHistory(t, s, "wa-old"); len(h) != 0 {
		t.Errorf("%d entries left under the old id", len(h))
	}
}
