package main

import (
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/transport/whatsapp"
	"github.com/faqbot/faqbot/transport/whatsapp/whatsapptest"
)

const (
	rotSecretA = "rotation-secret-A-0123456789abcdef"
	rotSecretB = "rotation-secret-B-0123456789abcdef"
)

// rotationConfig is the WhatsApp test configuration on redisURL with FAQBOT_ID_SECRET secret and
// FAQBOT_ID_SECRET_PREVIOUS previous, read from the environment as faqbot serve does.
func rotationConfig(t *testing.T, redisURL, secret, previous string) (serveConfig, *whatsapptest.Graph) {
	t.Helper()
	graph := whatsapptest.NewGraph(t)
	env := map[string]string{
		"WHATSAPP_VERIFY_TOKEN": waVerify, "WHATSAPP_APP_SECRET": waSecret, "WHATSAPP_ACCESS_TOKEN": waToken,
		"WHATSAPP_PHONE_NUMBER_ID": waPhoneID, "WHATSAPP_API_BASE": graph.URL,
		"FAQBOT_ID_SECRET": secret, "FAQBOT_ID_SECRET_PREVIOUS": previous,
	}
	wc, err := whatsappFromEnv(&cli{getenv: func(k string) string { return env[k] }})
	if err != nil {
		t.Fatalf("whatsappFromEnv: %v", err)
	}
	cfg := testConfig()
	cfg.whatsapp = wc
	cfg.redisURL = redisURL
	return cfg, graph
}

// convUnder is the test patient's conversation id under secret.
func convUnder(t *testing.T, secret string) string {
	t.Helper()
	ids, err := whatsapp.NewIDs([]byte(secret))
	if err != nil {
		t.Fatal(err)
	}
	return ids.Conversation(waPhoneID, waPatient)
}

func mustHistory(t *testing.T, s *redisstore.Store, conv string) []bot.Entry {
	t.Helper()
	h, err := s.History(t.Context(), conv)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// A conversation started under secret A, and taken over by staff, goes on in the same log after a
// restart with secret B (A as previous): the patient's next message joins it, staff still hold it
// (the bot only acknowledges), and the console lists it once, under its new id; the old id is
// simply not found. Before rotation was possible the message opened a new, empty conversation,
// answered by the bot in the middle of the takeover.
func TestWhatsAppIDSecretRotated(t *testing.T) {
	rs := redistest.Start(t)
	cfgA, graphA := rotationConfig(t, rs.URL(), rotSecretA, "")
	a := MustStartServer(t, cfgA)
	convA, convB := convUnder(t, rotSecretA), convUnder(t, rotSecretB)
	if code := waPost(t, a, waText("wamid.ROT1", question)); code != 200 {
		t.Fatalf("POST: %d", code)
	}
	graphA.WaitSends(t, 1, waWait)
	a.settled(t)
	if h := mustHistory(t, a.redis, convA); len(h) != 2 {
		t.Fatalf("under secret A: %d entries, want the question and its answer", len(h))
	}
	until := time.Now().Add(time.Hour).UTC().Truncate(time.Millisecond)
	if err := a.redis.Hold(t.Context(), convA, until); err != nil { // staff take the conversation over
		t.Fatal(err)
	}
	if err := a.Stop(); err != nil {
		t.Fatal(err)
	}

	cfgB, graphB := rotationConfig(t, rs.URL(), rotSecretB, rotSecretA)
	cfgB.staff = staffTestConfig(t, rs.URL()).staff
	b := MustStartServer(t, cfgB)
	sc := mustSignIn(t, b)
	staffGet := func(path string) (int, string) { return sc.do(http.MethodGet, b.URL+path, nil, nil) }
	if code, _ := staffGet("/api/staff/conversations/" + convA); code != http.StatusOK {
		t.Fatalf("the console's view of the conversation before its move: %d", code)
	}
	if code := waPost(t, b, waText("wamid.ROT2", "شكرا")); code != 200 {
		t.Fatalf("POST: %d", code)
	}
	graphB.WaitSends(t, 1, waWait)
	b.settled(t)

	h := mustHistory(t, b.redis, convB)
	if len(h) != 4 || h[0].MsgID != "wamid.ROT1" || h[2].MsgID != "wamid.ROT2" {
		t.Errorf("under secret B: %d entries %v, want the 2 logged under A, then the new message and its reply", len(h), msgIDs(h))
	}
	if len(h) == 0 {
		t.FailNow()
	}
	if r := h[len(h)-1].Reply; r == nil || !r.Held {
		t.Errorf("the reply to the message after the restart: %+v, want the held acknowledgement (staff still hold it)", r)
	}
	if turn, err := b.redis.Begin(t.Context(), convB, ""); err != nil || !turn.HeldUntil.Equal(until) || turn.Session.ConversationID != convB {
		t.Errorf("under secret B: hold until %v, session %q, %v; want the hold until %v", turn.HeldUntil, turn.Session.ConversationID, err, until)
	}
	if h := mustHistory(t, b.redis, convA); len(h) != 0 {
		t.Errorf("%d entries left under the old id", len(h))
	}
	if _, err := b.redis.Summary(t.Context(), convA); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("the console's summary of the old id: %v, want not found (404), not an error", err)
	}
	// A console still showing the old id: not found, not an error; the list and the detail show
	// the new id.
	if code, body := staffGet("/api/staff/conversations/" + convA); code != http.StatusNotFound {
		t.Errorf("the console's view of the old id: %d %s, want 404", code, body)
	}
	var detail struct{ Entries []struct{ ID string } }
	if code, _ := sc.do(http.MethodGet, b.URL+"/api/staff/conversations/"+convB, nil, &detail); code != http.StatusOK ||
		len(detail.Entries) != 4 || detail.Entries[0].ID != h[0].ID {
		t.Errorf("the console's view of the new id: %d %d entries, want 200 with the whole log (4)", code, len(detail.Entries))
	}
	var list struct{ Conversations []listed }
	if code, body := sc.do(http.MethodGet, b.URL+"/api/staff/conversations", nil, &list); code != http.StatusOK ||
		len(list.Conversations) != 1 || list.Conversations[0].ID != convB {
		t.Errorf("the console's list: %d %s, want the conversation once, under its new id", code, body)
	}
	for _, secret := range []string{rotSecretA, rotSecretB} {
		if strings.Contains(a.Log.String()+b.Log.String(), secret) {
			t.Errorf("a conversation id secret is in the log")
		}
	}
	if !strings.Contains(b.Log.String(), "whatsapp conversation moved to the current id secret") {
		t.Errorf("the move is not logged")
	}
}

// Two deliveries of the patient, one to each of two replicas restarted with secret B, race to move
// the conversation kept under secret A: it moves once, with nothing lost or doubled.
func TestWhatsAppIDSecretRotatedRacing(t *testing.T) {
	rs := redistest.Start(t)
	store := redisstore.New(rs.Client(t), redisstore.Options{})
	convA, convB := convUnder(t, rotSecretA), convUnder(t, rotSecretB)
	cfgA, graphA := rotationConfig(t, rs.URL(), rotSecretA, "")
	a := MustStartServer(t, cfgA)
	waPost(t, a, waText("wamid.BEFORE", question))
	graphA.WaitSends(t, 1, waWait)
	a.settled(t)
	if err := a.Stop(); err != nil {
		t.Fatal(err)
	}

	cfg, graph := rotationConfig(t, rs.URL(), rotSecretB, rotSecretA)
	b1, b2 := MustStartServer(t, cfg), MustStartServer(t, cfg)
	var wg sync.WaitGroup
	for i, ts := range []*testServer{b1, b2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if code := waPost(t, ts, waText("wamid.RACE"+string(rune('1'+i)), "شكرا")); code != 200 {
				t.Errorf("POST to replica %d: %d", i+1, code)
			}
		}()
	}
	wg.Wait()
	graph.WaitSends(t, 2, waWait)
	b1.settled(t)
	b2.settled(t)

	h := mustHistory(t, store, convB)
	if len(h) != 6 || h[0].MsgID != "wamid.BEFORE" {
		t.Fatalf("under secret B: %d entries %v, want the 2 logged under A and 2 for each delivery", len(h), msgIDs(h))
	}
	seen := map[string]int{}
	for _, e := range h {
		seen[e.ID]++
		if e.From == bot.FromPatient {
			seen[e.MsgID]++
		}
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("%s logged %d times", id, n)
		}
	}
	if seen["wamid.RACE1"] != 1 || seen["wamid.RACE2"] != 1 {
		t.Errorf("messages under secret B: %v, want both deliveries", msgIDs(h))
	}
	if h := mustHistory(t, store, convA); len(h) != 0 {
		t.Errorf("%d entries left under the old id", len(h))
	}
	list, _, err := store.Conversations(t.Context(), redisstore.ConvQuery{})
	if err != nil || len(list) != 1 || list[0].ID != convB {
		t.Errorf("console list: %d conversations %v, want one", len(list), err)
	}
}

func msgIDs(h []bot.Entry) []string {
	out := make([]string, len(h))
	for i, e := range h {
		out[i] = e.MsgID
	}
	return out
}

// A conversation under the secret the replicas generated in Redis (FAQBOT_ID_SECRET unset) goes on
// when FAQBOT_ID_SECRET is set: the generated secret counts as a previous one while it is in Redis.
func TestWhatsAppGeneratedIDSecretRotated(t *testing.T) {
	rs := redistest.Start(t)
	cfgGen, graphGen := rotationConfig(t, rs.URL(), "", "")
	g := MustStartServer(t, cfgGen)
	waPost(t, g, waText("wamid.GEN1", question))
	graphGen.WaitSends(t, 1, waWait)
	g.settled(t)
	if err := g.Stop(); err != nil {
		t.Fatal(err)
	}

	cfgB, graphB := rotationConfig(t, rs.URL(), rotSecretB, "")
	b := MustStartServer(t, cfgB)
	waPost(t, b, waText("wamid.GEN2", "شكرا"))
	graphB.WaitSends(t, 1, waWait)
	b.settled(t)
	h := mustHistory(t, b.redis, convUnder(t, rotSecretB))
	if len(h) != 4 || h[0].MsgID != "wamid.GEN1" || h[2].MsgID != "wamid.GEN2" {
		t.Fatalf("under FAQBOT_ID_SECRET: %d entries %v, want the 2 logged under the generated secret, then the new exchange", len(h), msgIDs(h))
	}
}

// FAQBOT_ID_SECRET_PREVIOUS is refused, naming the setting and never showing a secret, when a
// secret is short, the current one, repeated or empty, when there are too many, and without
// FAQBOT_ID_SECRET.
func TestIDSecretPreviousRefused(t *testing.T) {
	const cur = "the-current-secret-0123456789"
	for _, tc := range []struct {
		name, secret, previous, want string
	}{
		{"short", cur, "old-secret-0123456789, tooshort", "secret 2 of 2 must have at least 16 characters"},
		{"the current one", cur, " " + cur + " ", "secret 1 of 1 is FAQBOT_ID_SECRET itself"},
		{"repeated", cur, "old-secret-0123456789,old-secret-0123456789", "secrets 1 and 2 are the same"},
		{"empty", cur, "old-secret-0123456789,,another-old-secret-01", "secret 2 of 3 is empty"},
		{"too many", cur, "old-secret-01234567891,old-secret-01234567892,old-secret-01234567893,old-secret-01234567894,old-secret-01234567895", "at most 4"},
		{"no current", "", "old-secret-0123456789", "FAQBOT_ID_SECRET_PREVIOUS needs FAQBOT_ID_SECRET"},
	} {
		env := map[string]string{"FAQBOT_ID_SECRET": tc.secret, "FAQBOT_ID_SECRET_PREVIOUS": tc.previous}
		_, err := whatsappFromEnv(&cli{getenv: func(k string) string { return env[k] }})
		if err == nil || !strings.Contains(err.Error(), "FAQBOT_ID_SECRET_PREVIOUS") || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error naming FAQBOT_ID_SECRET_PREVIOUS: %q", tc.name, err, tc.want)
			continue
		}
		for _, p := range strings.Split(tc.previous+","+tc.secret, ",") {
			if p = strings.TrimSpace(p); len(p) >= 8 && strings.Contains(err.Error(), p) {
				t.Errorf("%s: the error shows a secret: %v", tc.name, err)
			}
		}
	}
	env := map[string]string{"FAQBOT_ID_SECRET": cur, "FAQBOT_ID_SECRET_PREVIOUS": " old-secret-0123456789 , older-secret-0123456789"}
	wc, err := whatsappFromEnv(&cli{getenv: func(k string) string { return env[k] }})
	if err != nil || len(wc.idPrevious) != 2 || wc.idPrevious[0] != "old-secret-0123456789" || wc.idPrevious[1] != "older-secret-0123456789" {
		t.Errorf("two previous secrets: %q %v", wc.idPrevious, err)
	}
}
