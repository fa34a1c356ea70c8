package main

import (
	"sync"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/transport/whatsapp"
)

// A conversation logged under the legacy id (an HMAC keyed by the public phone number id, from
// which a phone number was recovered in 4.9 s) moves to its keyed id when replicas with the secret
// start — two at once — and goes on there: its history is there, its answered message is still
// known, and nothing is left under the legacy id.
func TestWhatsAppIDsMigrated(t *testing.T) {
	rs := redistest.Start(t)
	legacy := whatsapp.ConversationID(waPhoneID, waPatient)
	old := redisstore.New(rs.Client(t), redisstore.Options{})
	engine, err := loadEngine("", bot.Config{})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC()
	sess := bot.Session{ConversationID: legacy, Channel: bot.ChannelWhatsApp, Patient: waPatient, Created: now, LastSeen: now}
	if _, err := (&bot.Service{Engine: engine, Store: old}).Handle(t.Context(), &sess, "wamid.BEFORE1", question); err != nil {
		t.Fatal(err)
	}

	cfg, graph := whatsappTestConfig(t)
	cfg.redisURL = rs.URL()
	var wg sync.WaitGroup
	servers := make([]*testServer, 2)
	for i := range servers {
		wg.Add(1)
		go func() { defer wg.Done(); servers[i] = MustStartServer(t, cfg) }()
	}
	wg.Wait()
	a := servers[0]

	conv := waConv(t, waPatient)
	if conv == legacy {
		t.Fatalf("the conversation id %s is still the legacy one, derivable from the phone number id", conv)
	}
	hist, err := old.History(t.Context(), conv)
	if err != nil || len(hist) != 2 || hist[0].MsgID != "wamid.BEFORE1" {
		t.Fatalf("under the new id: %d entries %v, want the 2 logged before", len(hist), err)
	}
	if h, _ := old.History(t.Context(), legacy); len(h) != 0 {
		t.Errorf("%d entries left under the legacy id", len(h))
	}

	// The message answered before the move is recognised (no second answer); a new one joins it.
	waPost(t, a, waText("wamid.BEFORE1", question))
	waPost(t, a, waText("wamid.AFTER1", "شكرا"))
	graph.WaitSends(t, 1, waWait)
	a.settled(t)
	hist, _ = old.History(t.Context(), conv)
	if len(hist) != 4 || hist[2].MsgID != "wamid.AFTER1" {
		t.Errorf("after the move: %d entries, want the 2 before and the new question and answer", len(hist))
	}
	sends := 0
	for _, s := range graph.Sends() {
		if s.Answer == 200 {
			sends++
		}
	}
	if sends != 1 {
		t.Errorf("%d messages sent, want 1: the answer to the new question only", sends)
	}
	sums, _, err := old.Conversations(t.Context(), redisstore.ConvQuery{Channel: bot.ChannelWhatsApp})
	if err != nil || len(sums) != 1 || sums[0].ID != conv {
		t.Errorf("staff list: %+v %v, want the one conversation under its new id", sums, err)
	}
}
