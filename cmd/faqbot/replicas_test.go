package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/cookiejar"
	"strings"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/transport/staff"
)

// Several faqbot serve replicas on one Redis behave as one: the tests start two real servers on
// loopback ports sharing a real redis-server (replicas_test.go) or a 3-master Redis Cluster
// (cluster_test.go), with patients on real WebSockets and staff on the HTTP API and its
// server-sent events. WhatsApp dedupe across replicas is TestServeWhatsApp's (whatsapp_test.go).

// mustReplicas starts two replicas of faqbot serve on redisURL with a staff accounts file
// holding nora.
func mustReplicas(t *testing.T, redisURL string) (a, b *testServer) {
	t.Helper()
	cfg := staffTestConfig(t, redisURL)
	return MustStartServer(t, cfg), MustStartServer(t, cfg)
}

// staffClient is a signed-in staff member's HTTP client.
type staffClient struct {
	t *testing.T
	c *http.Client
}

// mustSignIn signs nora in on ts. The session lives in Redis, so it is good on every replica.
func mustSignIn(t *testing.T, ts *testServer) *staffClient {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	sc := &staffClient{t: t, c: &http.Client{Jar: jar, Timeout: 20 * time.Second}}
	if code, body := sc.do(http.MethodPost, ts.URL+"/api/staff/login", map[string]string{"name": "nora", "password": "nora's password"}, nil); code != http.StatusNoContent {
		t.Fatalf("login: %d %s", code, body)
	}
	return sc
}

// do sends a JSON request and decodes the answer into out (when not nil).
func (sc *staffClient) do(method, url string, in, out any) (int, string) {
	sc.t.Helper()
	var body bytes.Buffer
	if in != nil {
		json.NewEncoder(&body).Encode(in)
	}
	req, _ := http.NewRequestWithContext(sc.t.Context(), method, url, &body)
	req.Header.Set("Content-Type", "application/json")
	resp, err := sc.c.Do(req)
	if err != nil {
		sc.t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	var raw bytes.Buffer
	raw.ReadFrom(resp.Body)
	if out != nil && resp.StatusCode < 300 {
		if err := json.Unmarshal(raw.Bytes(), out); err != nil {
			sc.t.Fatalf("%s %s: %v in %s", method, url, err, raw.String())
		}
	}
	return resp.StatusCode, raw.String()
}

// listed is a conversation in the console's list.
type listed struct {
	ID      string         `json:"id"`
	Channel string         `json:"channel"`
	Turns   int            `json:"turns"`
	Kinds   map[string]int `json:"kinds"`
	Live    bool           `json:"live"`
}

// conversation returns conv as the console on ts lists it (ok false: not listed).
func (sc *staffClient) conversation(ts *testServer, conv string) (listed, bool) {
	sc.t.Helper()
	var list struct {
		Conversations []listed `json:"conversations"`
	}
	if code, body := sc.do(http.MethodGet, ts.URL+"/api/staff/conversations", nil, &list); code != http.StatusOK {
		sc.t.Fatalf("list: %d %s", code, body)
	}
	for _, c := range list.Conversations {
		if c.ID == conv {
			return c, true
		}
	}
	return listed{}, false
}

// events opens the console's event stream on ts and returns what arrives on it.
func (sc *staffClient) events(ts *testServer) <-chan staff.Event {
	sc.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	sc.t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, ts.URL+"/api/staff/events", nil)
	c := *sc.c
	c.Timeout = 0 // a stream
	resp, err := c.Do(req)
	if err != nil {
		sc.t.Fatalf("events: %v", err)
	}
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/event-stream" {
		sc.t.Fatalf("events: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	ch := make(chan staff.Event, 256)
	connected := make(chan struct{})
	go func() {
		defer resp.Body.Close()
		defer close(ch)
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			line := sc.Text()
			if line == ": connected" {
				close(connected)
			}
			if data, ok := strings.CutPrefix(line, "data: "); ok {
				var e staff.Event
				if json.Unmarshal([]byte(data), &e) == nil {
					ch <- e
				}
			}
		}
	}()
	select {
	case <-connected: // subscribed: nothing published from now on is missed
	case <-time.After(10 * time.Second):
		sc.t.Fatal("event stream did not start")
	}
	return ch
}

// waitEvent reads events until one of type typ about conv arrives, failing after 10 s.
func waitEvent(t *testing.T, events <-chan staff.Event, typ, conv, where string) {
	t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case e, ok := <-events:
			if !ok {
				t.Fatalf("%s: event stream ended before %s %s", where, typ, conv)
			}
			if e.Type == typ && e.Conv == conv {
				return
			}
		case <-timeout:
			t.Fatalf("%s: no %q event for the conversation within 10 s", where, typ)
		}
	}
}

// testReplicas drives two replicas on one Redis (or cluster) as a patient and a staff member
// would, each on a different replica from the other, and checks they behave as one server.
func testReplicas(t *testing.T, a, b *testServer) {
	nora := mustSignIn(t, a)
	onA := nora.events(a) // the console's live view, on A
	onB := nora.events(b) // a colleague's, on B: the same signed-in session works there

	// A patient on B: the console on A sees the conversation arrive, live.
	patient := MustDialWS(t, b.WS)
	token := patient.hello("").Session
	conv := convOf(token)
	if r := patient.ask("m1", question); r.Type != "reply" || r.Reply == nil || r.Reply.Kind != bot.KindAnswer {
		t.Fatalf("patient on B: %+v, want an answer", r)
	}
	waitEvent(t, onA, "entry", conv, "console on A")
	waitEvent(t, onB, "entry", conv, "console on B")
	c, ok := nora.conversation(a, conv)
	if !ok || c.Channel != bot.ChannelWeb || c.Turns != 1 || c.Kinds["answer"] != 1 || !c.Live {
		t.Errorf("console on A lists %+v (listed %v), want the web conversation, 1 turn, 1 answer, live", c, ok)
	}

	// Staff reply through A reaches the patient's WebSocket on B.
	text := "مرحبا، معك نورة من العيادة. سأجيبك الآن."
	var sent struct {
		Entry struct {
			ID   string `json:"id"`
			Name string `json:"name"`
		} `json:"entry"`
		Delivered bool `json:"delivered"`
	}
	if code, body := nora.do(http.MethodPost, a.URL+"/api/staff/conversations/"+conv+"/reply", map[string]string{"text": text}, &sent); code != http.StatusOK {
		t.Fatalf("reply through A: %d %s", code, body)
	}
	if !sent.Delivered || sent.Entry.ID == "" || sent.Entry.Name != "nora" {
		t.Errorf("reply answered %+v, want delivered with nora's entry", sent)
	}
	if f := patient.waitStaffFrame(t); f.Text != text || f.From != "nora" || f.ID != sent.Entry.ID {
		t.Errorf("patient on B got %+v, want nora's message %s", f, sent.Entry.ID)
	}
	waitEvent(t, onB, "entry", conv, "console on B, after the reply on A")

	// Held: B's connection heard of the takeover with the staff message, so the bot only says that
	// a person has the message; the patient's message is logged for staff.
	if r := patient.ask("m2", "متى أقدر أحجز؟"); r.Type != "reply" || r.InReplyTo != "m2" || r.Reply == nil || !r.Reply.Held {
		t.Errorf("held, patient on B got %+v; want the acknowledgement", r)
	}
	eventually(t, "the held message logged", func() bool { c, _ := nora.conversation(a, conv); return c.Turns == 2 })
	// Released through A: the hold event reaches B's connection too, and the bot answers m2, which
	// staff left unanswered, through the relay to B, then answers again.
	if code, body := nora.do(http.MethodPost, a.URL+"/api/staff/conversations/"+conv+"/release", nil, nil); code != http.StatusNoContent {
		t.Fatalf("release through A: %d %s", code, body)
	}
	waitEvent(t, onB, "hold", conv, "console on B, after the release on A")
	if r := patient.readReply(t, 10*time.Second); r.Type != "reply" || r.InReplyTo != "m2" || r.Reply == nil || r.Reply.Held {
		t.Errorf("after the release, patient on B got %+v; want the bot's answer to m2", r)
	}
	if r := patient.ask("m3", question); r.Type != "reply" || r.InReplyTo != "m3" {
		t.Errorf("after the release, patient on B got %+v; want the bot's reply to m3", r)
	}
	eventually(t, "the console to list 3 turns and 2 answers", func() bool {
		c, _ := nora.conversation(a, conv)
		return c.Turns == 3 && c.Kinds["answer"] == 2
	})

	// The session resumes on A, with the staff message in its history.
	patient.c.Close()
	again := MustDialWS(t, a.WS)
	w := again.hello(token)
	if w.Session != token || len(w.History) != 8 || w.History[0].Text != question || w.History[2].From != bot.FromStaff || w.History[2].Text != text {
		t.Errorf("resumed on A: session same %v, history %+v; want question, answer, staff message, held message, acknowledgement, its answer, question, answer", w.Session == token, w.History)
	}
	// Now on A: B's console sees it live, and delivers through B to A.
	eventually(t, "B to list the conversation live again", func() bool { c, _ := nora.conversation(b, conv); return c.Live })
	if code, body := nora.do(http.MethodPost, b.URL+"/api/staff/conversations/"+conv+"/reply", map[string]string{"text": "هل تسمعني؟"}, &sent); code != http.StatusOK || !sent.Delivered {
		t.Fatalf("reply through B: %d %s", code, body)
	}
	if f := again.waitStaffFrame(t); f.Text != "هل تسمعني؟" {
		t.Errorf("patient on A got %+v", f)
	}

	// Gone from every replica: live nowhere.
	again.c.Close()
	eventually(t, "the conversation not live on either console", func() bool {
		ca, _ := nora.conversation(a, conv)
		cb, _ := nora.conversation(b, conv)
		return !ca.Live && !cb.Live
	})
	for _, ts := range []*testServer{a, b} {
		if logs := ts.Log.String(); strings.Contains(logs, text) || strings.Contains(logs, question) || strings.Contains(logs, token) {
			t.Error("server log contains message text or the session token")
		}
	}
}

func TestServeReplicas(t *testing.T) {
	a, b := mustReplicas(t, redistest.Start(t).URL())
	testReplicas(t, a, b)
	// A replica that stops takes its patients' presence with it at once.
	p := MustDialWS(t, b.WS)
	conv := convOf(p.hello("").Session)
	nora := mustSignIn(t, a)
	p.ask("m1", question)
	eventually(t, "A to list the patient on B live", func() bool { c, _ := nora.conversation(a, conv); return c.Live })
	if err := b.Stop(); err != nil {
		t.Fatalf("stop B: %v", err)
	}
	if c, _ := nora.conversation(a, conv); c.Live {
		t.Error("B stopped, yet A lists its patient live")
	}
}
