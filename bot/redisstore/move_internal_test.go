package redisstore

import (
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
)

func moveStore(t *testing.T) *Store {
	t.Helper()
	srv := redistest.Start(t)
	return New(srv.Client(t), Options{Prefix: srv.Prefix(t)})
}

func logTwo(t *testing.T, s *Store, conv, id string) {
	t.Helper()
	now := time.Now().UTC()
	sess := bot.Session{ConversationID: conv, Channel: bot.ChannelWhatsApp, Created: now, LastSeen: now}
	if err := s.Commit(t.Context(), sess, "m-"+id, bot.Entry{ID: "p-" + id, From: bot.FromPatient, Text: "q", At: now},
		bot.Entry{ID: "b-" + id, From: bot.FromBot, Text: "a", At: now, Reply: &bot.Reply{Kind: bot.KindAnswer, Text: "a"}}); err != nil {
		t.Fatal(err)
	}
}

// A replica killed after taking the old keys (step 1) leaves them in the moving hash: the next
// call, on any replica, finishes the move.
func TestMoveFinishesAKilledMove(t *testing.T) {
	s := moveStore(t)
	ctx := t.Context()
	logTwo(t, s, "wa-old", "1")
	if h, err := takeScript.Run(ctx, s.c, s.convKeys("wa-old")).StringSlice(); err != nil || len(h) == 0 {
		t.Fatalf("take: %v %v", h, err)
	}
	if h, _ := s.History(ctx, "wa-old"); len(h) != 0 {
		t.Fatalf("the old keys are still there after the take: %d entries", len(h))
	}
	if got, err := s.MoveConversation(ctx, "wa-new", "wa-old"); err != nil || got != "wa-old" {
		t.Fatalf("MoveConversation after a killed move = %q, %v", got, err)
	}
	if h, _ := s.History(ctx, "wa-new"); len(h) != 2 || h[0].ID != "p-1" {
		t.Errorf("under the new id: %+v", h)
	}
	if n, _ := s.c.Exists(ctx, s.convKeys("wa-old")...).Result(); n != 0 {
		t.Errorf("%d keys left under the old id (the moving hash?)", n)
	}
}

// A move that finds the new id taken once it has the old keys (a conversation started there by a
// replica that did not know the previous secret) puts them back: both conversations stay whole.
func TestMoveUndoneOntoAConversation(t *testing.T) {
	s := moveStore(t)
	ctx := t.Context()
	logTwo(t, s, "wa-old", "1")
	if _, err := takeScript.Run(ctx, s.c, s.convKeys("wa-old")).StringSlice(); err != nil {
		t.Fatal(err)
	}
	logTwo(t, s, "wa-new", "2")
	if got, err := s.MoveConversation(ctx, "wa-new", "wa-old"); err != nil || got != "" {
		t.Fatalf("MoveConversation onto a conversation = %q, %v; want none moved", got, err)
	}
	if h, _ := s.History(ctx, "wa-old"); len(h) != 2 || h[0].ID != "p-1" {
		t.Errorf("the old conversation not put back: %+v", h)
	}
	if h, _ := s.History(ctx, "wa-new"); len(h) != 2 || h[0].ID != "p-2" {
		t.Errorf("the new id's own conversation changed: %+v", h)
	}
	if turn, err := s.Begin(ctx, "wa-old", ""); err != nil || turn.Session.ConversationID != "wa-old" {
		t.Errorf("the old session not put back: %+v %v", turn.Session, err)
	}
	if n, _ := s.c.Exists(ctx, s.convKeys("wa-old")[len(s.convKeys("wa-old"))-1]).Result(); n != 0 {
		t.Error("the moving hash is left")
	}
}
