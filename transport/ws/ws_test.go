package ws_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/memstore"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/transport/ws"
	"github.com/gorilla/websocket"
)

// echoEngine answers every message with a fixed answer, counting the calls.
type echoEngine struct {
	mu    sync.Mutex
	calls int
	delay time.Duration
}

func (e *echoEngine) Respond(text string, st bot.State) (bot.Reply, bot.State) {
	e.mu.Lock()
	e.calls++
	e.mu.Unlock()
	time.Sleep(e.delay)
	st.Topic = "doc#section"
	return bot.Reply{Kind: bot.KindAnswer, Text: "جواب", Sources: []bot.Source{{Doc: "doc", Title: "T", Section: "S", Score: 1}},
		Suggestions: []string{}, Confidence: 0.9}, st
}

func (e *echoEngine) Calls() int { e.mu.Lock(); defer e.mu.Unlock(); return e.calls }

// testServer is a /ws endpoint on a real loopback socket.
type testServer struct {
	*httptest.Server
	Hub    *ws.Hub
	Store  bot.Store
	Engine *echoEngine
	URL    string // ws://…/ws
}

// MustServe starts a server with store (nil: a memstore) and cfg, closed when the test ends.
func MustServe(tb testing.TB, store bot.Store, cfg ws.Config) *testServer {
	tb.Helper()
	eng := &echoEngine{}
	s := mustServeWith(tb, eng, store, cfg)
	s.Engine = eng
	return s
}

// mustServeWith is MustServe with another engine.
func mustServeWith(tb testing.TB, eng bot.Responder, store bot.Store, cfg ws.Config) *testServer {
	tb.Helper()
	if store == nil {
		store = memstore.New(0)
	}
	hub := ws.NewHub(nil)
	h := ws.NewHandler(&bot.Service{Engine: eng, Store: store}, hub, cfg)
	mux := http.NewServeMux()
	mux.Handle("GET /ws", h)
	srv := httptest.NewServer(mux)
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		hub.Shutdown(ctx)
		srv.Close()
	})
	return &testServer{Server: srv, Hub: hub, Store: store, URL: "ws" + strings.TrimPrefix(srv.URL, "http") + "/ws"}
}

// frame is any server frame.
type frame struct {
	Type      string     `json:"type"`
	Session   string     `json:"session"`
	History   []hist     `json:"history"`
	ID        string     `json:"id"`
	InReplyTo string     `json:"in_reply_to"`
	Reply     *bot.Reply `json:"reply"`
	Code      string     `json:"code"`
	Message   string     `json:"message"`
	Text      string     `json:"text"`
	From      string     `json:"from"`
}

type hist struct {
	ID        string     `json:"id"`
	From      string     `json:"from"`
	Text      string     `json:"text"`
	At        time.Time  `json:"at"`
	Reply     *bot.Reply `json:"reply"`
	InReplyTo string     `json:"in_reply_to"`
}

type client struct {
	tb testing.TB
	c  *websocket.Conn
}

// MustDial opens a WebSocket to url with header h, closed when the test ends.
func MustDial(tb testing.TB, url string, h http.Header) *client {
	tb.Helper()
	c, resp, err := websocket.DefaultDialer.DialContext(context.Background(), url, h)
	if err != nil {
		status := 0
		if resp != nil {
			status = resp.StatusCode
		}
		tb.Fatalf("dial %s: %v (status %d)", url, err, status)
	}
	tb.Cleanup(func() { c.Close() })
	return &client{tb: tb, c: c}
}

func (c *client) send(v any) {
	c.tb.Helper()
	if err := c.c.WriteJSON(v); err != nil {
		c.tb.Fatalf("send: %v", err)
	}
}

func (c *client) sendRaw(typ int, b []byte) {
	c.tb.Helper()
	if err := c.c.WriteMessage(typ, b); err != nil {
		c.tb.Fatalf("send: %v", err)
	}
}

// frameWait is how long a test waits for a frame that must come: ample, as a loaded 2-core CI machine
// running the bot package's race tests beside these has taken over 5 s.
const frameWait = 30 * time.Second

// read returns the next frame, failing the test after frameWait or on a read error.
func (c *client) read() frame {
	c.tb.Helper()
	f, err := c.tryRead(frameWait)
	if err != nil {
		c.tb.Fatalf("read: %v", err)
	}
	return f
}

func (c *client) tryRead(wait time.Duration) (frame, error) {
	c.c.SetReadDeadline(time.Now().Add(wait))
	var f frame
	_, b, err := c.c.ReadMessage()
	if err != nil {
		return f, err
	}
	if err := json.Unmarshal(b, &f); err != nil {
		c.tb.Fatalf("server sent %q: %v", b, err)
	}
	return f, nil
}

// next returns the next frame that is not typing.
func (c *client) next() frame {
	c.tb.Helper()
	for {
		if f := c.read(); f.Type != "typing" {
			return f
		}
	}
}

func (c *client) hello(token string) frame {
	c.tb.Helper()
	c.send(map[string]string{"type": "hello", "session": token, "lang": "ar"})
	f := c.next()
	if f.Type != "welcome" || f.Session == "" {
		c.tb.Fatalf("after hello got %+v, want welcome with a session", f)
	}
	return f
}

func (c *client) ask(id, text string) frame {
	c.tb.Helper()
	c.send(map[string]string{"type": "message", "id": id, "text": text})
	return c.next()
}

// closeCode waits for the server to close the connection and returns the close code.
func (c *client) closeCode() int {
	c.tb.Helper()
	for {
		_, err := c.tryRead(frameWait)
		if err == nil {
			continue
		}
		var ce *websocket.CloseError
		if errors.As(err, &ce) {
			return ce.Code
		}
		c.tb.Fatalf("connection ended without a close frame: %v", err)
	}
}

func convOf(token string) string { conv, _, _ := strings.Cut(token, "."); return conv }

func TestHelloStartsSession(t *testing.T) {
	s := MustServe(t, nil, ws.Config{})
	c := MustDial(t, s.URL, nil)
	c.send(map[string]string{"type": "hello", "session": "", "lang": "ar"})
	c.c.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, raw, err := c.c.ReadMessage()
	if err != nil {
		t.Fatal(err)
	}
	// The wire shape, not just what decodes: history is [] for a new session, never null.
	if !strings.Contains(string(raw), `"history":[]`) {
		t.Errorf("welcome = %s, want an empty history array", raw)
	}
	var w frame
	json.Unmarshal(raw, &w)
	if w.Type != "welcome" || len(w.Session) != 45 || !strings.Contains(w.Session, ".") {
		t.Errorf("welcome = %+v, want a <conv>.<secret> token", w)
	}
	if !s.Hub.Live(convOf(w.Session)) {
		t.Errorf("Live(%s) = false after hello", convOf(w.Session))
	}
}

// eachStore runs test against the in-memory store and a Redis store on a real redis-server.
func eachStore(t *testing.T, test func(t *testing.T, store bot.Store)) {
	t.Run("memstore", func(t *testing.T) { test(t, memstore.New(0)) })
	t.Run("redis", func(t *testing.T) { test(t, MustRedisStore(t, redistest.Start(t))) })
}

// MustRedisStore is a buffered Redis store on rs, with this test's own key prefix, connected as
// faqbot serve connects (redisstore.Open: failing fast while Redis is down).
func MustRedisStore(tb testing.TB, rs *redistest.Server) *bot.BufferedStore {
	tb.Helper()
	buf, _ := mustRedisStores(tb, rs)
	return buf
}

func mustRedisStores(tb testing.TB, rs *redistest.Server) (*bot.BufferedStore, *redisstore.Store) {
	tb.Helper()
	st, err := redisstore.Open(tb.Context(), rs.URL(), redisstore.Options{Prefix: rs.Prefix(tb)})
	if err != nil {
		tb.Fatal(err)
	}
	// Written behind the answers, as faqbot serve does.
	buf := bot.NewBufferedStore(st, bot.BufferOptions{Retryable: redisstore.Retryable, MaxBackoff: 200 * time.Millisecond, WriteBehind: true})
	tb.Cleanup(func() {
		buf.Close(context.Background())
		st.Close()
	})
	return buf, st
}

func TestResumeAfterReconnect(t *testing.T) { eachStore(t, testResumeAfterReconnect) }

func testResumeAfterReconnect(t *testing.T, store bot.Store) {
	s := MustServe(t, store, ws.Config{})
	c := MustDial(t, s.URL, nil)
	w := c.hello("")
	r := c.ask("m1", "كم يدوم مفعول البوتوكس؟")
	if r.Type != "reply" || r.InReplyTo != "m1" || r.ID == "" || r.Reply == nil || r.Reply.Kind != bot.KindAnswer {
		t.Fatalf("reply = %+v", r)
	}
	c.c.Close()

	c2 := MustDial(t, s.URL, nil)
	w2 := c2.hello(w.Session)
	if w2.Session != w.Session {
		t.Errorf("resumed token = %q, want %q", w2.Session, w.Session)
	}
	if len(w2.History) != 2 {
		t.Fatalf("history has %d entries, want 2: %+v", len(w2.History), w2.History)
	}
	p, b := w2.History[0], w2.History[1]
	if p.From != bot.FromPatient || p.Text != "كم يدوم مفعول البوتوكس؟" || p.At.IsZero() {
		t.Errorf("history[0] = %+v, want the patient's message", p)
	}
	if b.From != bot.FromBot || b.ID != r.ID || b.InReplyTo != "m1" || b.Reply == nil || b.Reply.Text != r.Reply.Text {
		t.Errorf("history[1] = %+v, want the bot's reply %s to m1", b, r.ID)
	}
	// The conversation goes on where it was: the same conversation gets the next turn.
	if r2 := c2.ask("m2", "وبعدين؟"); r2.Type != "reply" {
		t.Fatalf("after resume: %+v", r2)
	}
	h, _ := s.Store.History(t.Context(), convOf(w.Session))
	if len(h) != 4 {
		t.Errorf("log has %d entries, want 4", len(h))
	}
}

func TestUnknownOrForgedTokenStartsNewSession(t *testing.T) {
	s := MustServe(t, nil, ws.Config{})
	c := MustDial(t, s.URL, nil)
	real := c.hello("")
	c.ask("m1", "سؤال")
	forged := convOf(real.Session) + "." + strings.Repeat("A", 22)
	for _, tok := range []string{"nonsense", forged, strings.Repeat("x", 500), "aaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbb"} {
		c := MustDial(t, s.URL, nil)
		w := c.hello(tok)
		if w.Session == tok || w.Session == real.Session || len(w.History) != 0 {
			t.Errorf("hello(%.30q) = session %q with %d history entries, want a fresh session", tok, w.Session, len(w.History))
		}
	}
}

func TestDuplicateMessageIDAnsweredOnceLoggedOnce(t *testing.T) { eachStore(t, testDuplicate) }

func testDuplicate(t *testing.T, store bot.Store) {
	s := MustServe(t, store, ws.Config{})
	c := MustDial(t, s.URL, nil)
	w := c.hello("")
	first := c.ask("m1", "كم السعر؟")
	again := c.ask("m1", "كم السعر؟")
	// The widget resends after a reconnect: same id on a new connection.
	c.c.Close()
	c2 := MustDial(t, s.URL, nil)
	c2.hello(w.Session)
	third := c2.ask("m1", "كم السعر؟")
	for _, r := range []frame{again, third} {
		if r.Type != "reply" || r.ID != first.ID || r.InReplyTo != "m1" || r.Reply.Text != first.Reply.Text {
			t.Errorf("resend answered %+v, want the first reply %+v", r, first)
		}
	}
	if n := s.Engine.Calls(); n != 1 {
		t.Errorf("engine asked %d times, want 1", n)
	}
	h, err := s.Store.History(t.Context(), convOf(w.Session))
	if err != nil || len(h) != 2 {
		t.Errorf("History = %d entries (%v), want 2: the message and its answer once", len(h), err)
	}
}

func TestRateLimit(t *testing.T) { eachStore(t, testRateLimit) }

func testRateLimit(t *testing.T, store bot.Store) {
	s := MustServe(t, store, ws.Config{SessionRate: 30, Burst: 5})
	c := MustDial(t, s.URL, nil)
	w := c.hello("")
	// A patient pastes 100 lines at once.
	for i := range 100 {
		c.send(map[string]string{"type": "message", "id": "p" + string(rune('A'+i/26)) + string(rune('a'+i%26)), "text": "سطر"})
	}
	replies, limited := 0, 0
	for range 100 {
		switch f := c.next(); {
		case f.Type == "reply":
			replies++
		case f.Type == "error" && f.Code == ws.CodeRateLimited && f.InReplyTo != "":
			limited++
		default:
			t.Fatalf("unexpected %+v", f)
		}
	}
	// 5 at once plus whatever the 30/min refill allows while they are read: at most one more.
	if replies < 5 || replies > 6 || limited != 100-replies {
		t.Errorf("replies = %d, rate_limited = %d; want 5 or 6 answers and the rest limited", replies, limited)
	}
	h, _ := s.Store.History(t.Context(), convOf(w.Session))
	if len(h) != 2*replies {
		t.Errorf("log has %d entries, want %d (limited messages are not logged)", len(h), 2*replies)
	}
	// The connection is still good.
	if c.Live() == false {
		t.Error("connection closed by the rate limit")
	}
}

// Live reports whether the connection still answers a ping-sized exchange: a bad frame gets an error back.
func (c *client) Live() bool {
	c.sendRaw(websocket.TextMessage, []byte(`{"type":"nope"}`))
	f, err := c.tryRead(5 * time.Second)
	return err == nil && f.Type == "error"
}

func TestRateLimitOff(t *testing.T) {
	s := MustServe(t, nil, ws.Config{SessionRate: -1})
	c := MustDial(t, s.URL, nil)
	c.hello("")
	for i := range 50 {
		if r := c.ask(strings.Repeat("i", i+1), "سؤال"); r.Type != "reply" {
			t.Fatalf("message %d: %+v, want every message answered with no limit", i, r)
		}
	}
}

func TestTooLong(t *testing.T) {
	s := MustServe(t, nil, ws.Config{MaxRunes: 1000})
	c := MustDial(t, s.URL, nil)
	c.hello("")
	if r := c.ask("ok", strings.Repeat("ب", 1000)); r.Type != "reply" {
		t.Errorf("1,000 characters: %+v, want a reply", r)
	}
	r := c.ask("long", strings.Repeat("ب", 1001))
	if r.Type != "error" || r.Code != ws.CodeTooLong || r.InReplyTo != "long" {
		t.Errorf("1,001 characters: %+v, want too_long for \"long\"", r)
	}
	if !c.Live() {
		t.Error("connection closed after too_long")
	}
}

func TestBadFramesKeepConnection(t *testing.T) {
	s := MustServe(t, nil, ws.Config{})
	c := MustDial(t, s.URL, nil)
	// Before hello.
	c.send(map[string]string{"type": "message", "id": "m0", "text": "مرحبا"})
	if f := c.next(); f.Type != "error" || f.Code != ws.CodeBadRequest || f.InReplyTo != "m0" {
		t.Errorf("message before hello: %+v, want bad_request", f)
	}
	c.hello("")
	for _, tc := range []struct {
		name  string
		frame string
		code  string
	}{
		{"not JSON", `hello there`, ws.CodeBadRequest},
		{"JSON array", `[1,2]`, ws.CodeBadRequest},
		{"trailing garbage", `{"type":"hello"} x`, ws.CodeBadRequest},
		{"no type", `{"text":"x"}`, ws.CodeBadRequest},
		{"unknown type", `{"type":"subscribe"}`, ws.CodeBadRequest},
		{"missing id", `{"type":"message","text":"سؤال"}`, ws.CodeBadRequest},
		{"id not a string", `{"type":"message","id":7,"text":"سؤال"}`, ws.CodeBadRequest},
		{"empty text", `{"type":"message","id":"e","text":"  \n"}`, ws.CodeBadRequest},
		{"second hello", `{"type":"hello","session":""}`, ws.CodeBadRequest},
		{"not UTF-8", "{\"type\":\"message\",\"id\":\"u\",\"text\":\"\xff\xfe\"}", ws.CodeBadRequest},
		{"deeply nested", `{"type":"message","id":"d","text":"x","x":` + strings.Repeat("[", 50) + strings.Repeat("]", 50) + `}`, ws.CodeBadRequest},
		{"id too long", `{"type":"message","id":"` + strings.Repeat("i", 200) + `","text":"x"}`, ws.CodeBadRequest},
	} {
		c.sendRaw(websocket.TextMessage, []byte(tc.frame))
		if f := c.next(); f.Type != "error" || f.Code != tc.code || f.Message == "" {
			t.Errorf("%s: %+v, want error %s", tc.name, f, tc.code)
		}
	}
	if r := c.ask("after", "سؤال"); r.Type != "reply" {
		t.Errorf("after bad frames: %+v, want the connection still answering", r)
	}
}

func TestBinaryFrameCloses(t *testing.T) {
	s := MustServe(t, nil, ws.Config{})
	c := MustDial(t, s.URL, nil)
	c.hello("")
	c.sendRaw(websocket.BinaryMessage, []byte{1, 2, 3})
	if f := c.next(); f.Type != "error" || f.Code != ws.CodeBadRequest {
		t.Errorf("binary frame: %+v, want bad_request first", f)
	}
	if code := c.closeCode(); code != websocket.CloseUnsupportedData {
		t.Errorf("close code %d, want %d", code, websocket.CloseUnsupportedData)
	}
}

func TestOversizedFrameCloses1009(t *testing.T) {
	s := MustServe(t, nil, ws.Config{})
	c := MustDial(t, s.URL, nil)
	c.hello("")
	c.sendRaw(websocket.TextMessage, []byte(`{"type":"message","id":"big","text":"`+strings.Repeat("x", 64<<10)+`"}`))
	if code := c.closeCode(); code != websocket.CloseMessageTooBig {
		t.Errorf("close code %d, want 1009", code)
	}
}

func TestOrigin(t *testing.T) {
	s := MustServe(t, nil, ws.Config{})
	same := s.Server.URL
	for _, tc := range []struct {
		origin string
		ok     bool
	}{
		{"", true}, // a native app or the load tool
		{same, true},
		{"https://evil.example", false},
		{"null", false},
	} {
		h := http.Header{}
		if tc.origin != "" {
			h.Set("Origin", tc.origin)
		}
		c, resp, err := websocket.DefaultDialer.Dial(s.URL, h)
		if tc.ok {
			if err != nil {
				t.Errorf("origin %q: %v, want allowed", tc.origin, err)
				continue
			}
			c.Close()
			continue
		}
		if err == nil {
			c.Close()
			t.Errorf("origin %q allowed, want 403", tc.origin)
		} else if resp == nil || resp.StatusCode != http.StatusForbidden {
			t.Errorf("origin %q: %v, want 403", tc.origin, err)
		}
	}

	listed := MustServe(t, nil, ws.Config{AllowedOrigins: []string{"https://clinic.example", " https://www.clinic.example/ "}})
	for origin, ok := range map[string]bool{
		"https://clinic.example": true, "https://WWW.clinic.example": true, listed.Server.URL: false, "http://clinic.example": false,
	} {
		c, resp, err := websocket.DefaultDialer.Dial(listed.URL, http.Header{"Origin": {origin}})
		switch {
		case ok && err != nil:
			t.Errorf("listed origin %q: %v", origin, err)
		case !ok && (err == nil || resp.StatusCode != http.StatusForbidden):
			t.Errorf("origin %q not listed: err %v, want 403", origin, err)
		}
		if c != nil {
			c.Close()
		}
	}
}

func TestStaffDeliver(t *testing.T) {
	s := MustServe(t, nil, ws.Config{})
	a, b := MustDial(t, s.URL, nil), MustDial(t, s.URL, nil)
	w := a.hello("")
	b.hello(w.Session) // a second tab of the same conversation
	other := MustDial(t, s.URL, nil)
	other.hello("")

	conv := convOf(w.Session)
	if !s.Hub.Deliver(conv, ws.StaffMessage{ID: "s1", Text: "أهلاً، معك نورة من العيادة", From: "نورة"}) {
		t.Fatal("Deliver = false with the patient connected")
	}
	for _, c := range []*client{a, b} {
		if f := c.next(); f.Type != "staff" || f.ID != "s1" || f.From != "نورة" || f.Text != "أهلاً، معك نورة من العيادة" {
			t.Errorf("got %+v, want the staff message", f)
		}
	}
	if _, err := other.tryRead(200 * time.Millisecond); err == nil {
		t.Error("another conversation received the staff message")
	}
	if s.Hub.Deliver("no-such-conversation", ws.StaffMessage{ID: "s2", Text: "x", From: "y"}) {
		t.Error("Deliver to a conversation with no connection = true")
	}

	a.c.Close()
	b.c.Close()
	waitFor(t, "Live false after the patient left", func() bool { return !s.Hub.Live(conv) })
}

func waitFor(tb testing.TB, what string, cond func() bool) {
	tb.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if cond() {
			return
		}
	}
	tb.Fatalf("timed out waiting: %s", what)
}

func TestSlowClientDroppedOthersServed(t *testing.T) {
	s := MustServe(t, nil, ws.Config{})
	slow := MustDial(t, s.URL, nil)
	sw := slow.hello("")
	fast := MustDial(t, s.URL, nil)
	fw := fast.hello("")

	// The slow client never reads again: big staff messages fill its socket and its queue. Deliver
	// never blocks, so this loop ends; if it blocked, the test would hang instead.
	big := strings.Repeat("ن", 128<<10)
	for i := 0; i < 400 && s.Hub.Live(convOf(sw.Session)); i++ {
		s.Hub.Deliver(convOf(sw.Session), ws.StaffMessage{ID: "big", Text: big, From: "x"})
		s.Hub.Deliver(convOf(fw.Session), ws.StaffMessage{ID: "small", Text: "مرحبا", From: "x"})
		if f := fast.next(); f.Type != "staff" || f.ID != "small" {
			t.Fatalf("fast client got %+v", f)
		}
	}
	waitFor(t, "the slow client dropped", func() bool { return !s.Hub.Live(convOf(sw.Session)) })
	if r := fast.ask("q", "سؤال"); r.Type != "reply" {
		t.Errorf("fast client after the drop: %+v", r)
	}
}

func TestTypingWhenSlow(t *testing.T) {
	s := MustServe(t, nil, ws.Config{TypingDelay: 10 * time.Millisecond})
	s.Engine.delay = 200 * time.Millisecond
	c := MustDial(t, s.URL, nil)
	c.hello("")
	c.send(map[string]string{"type": "message", "id": "slow", "text": "سؤال"})
	if f := c.read(); f.Type != "typing" {
		t.Errorf("first frame %+v, want typing", f)
	}
	if f := c.read(); f.Type != "reply" || f.InReplyTo != "slow" {
		t.Errorf("then %+v, want the reply", f)
	}
}

func TestShutdownClosesWith1001(t *testing.T) {
	s := MustServe(t, nil, ws.Config{})
	a, b := MustDial(t, s.URL, nil), MustDial(t, s.URL, nil)
	a.hello("")
	b.hello("")
	b.send(map[string]string{"type": "message", "id": "m", "text": "سؤال"})
	if f := b.next(); f.Type != "reply" {
		t.Fatalf("%+v", f)
	}
	done := make(chan error, 1)
	go func() { done <- s.Hub.Shutdown(t.Context()) }()
	for _, c := range []*client{a, b} {
		if code := c.closeCode(); code != websocket.CloseGoingAway {
			t.Errorf("close code %d, want 1001", code)
		}
	}
	if err := <-done; err != nil {
		t.Errorf("Shutdown: %v", err)
	}
	if n := s.Hub.Len(); n != 0 {
		t.Errorf("%d connections left after Shutdown", n)
	}
	// A widget reconnecting to this replica is sent on its way.
	late := MustDial(t, s.URL, nil)
	if code := late.closeCode(); code != websocket.CloseGoingAway {
		t.Errorf("connection after Shutdown closed with %d, want 1001", code)
	}
}

// failStore wraps a Store with function fields that can fail each method.
type failStore struct {
	bot.Store
	begin  func(ctx context.Context, conv, msgID string) (bot.Turn, error)
	commit func(ctx context.Context, s bot.Session, msgID string, entries ...bot.Entry) error
}

func (f *failStore) Begin(ctx context.Context, conv, msgID string) (bot.Turn, error) {
	if f.begin != nil {
		return f.begin(ctx, conv, msgID)
	}
	return f.Store.Begin(ctx, conv, msgID)
}

func (f *failStore) Commit(ctx context.Context, s bot.Session, msgID string, entries ...bot.Entry) error {
	if f.commit != nil {
		return f.commit(ctx, s, msgID, entries...)
	}
	return f.Store.Commit(ctx, s, msgID, entries...)
}

func TestStoreFailures(t *testing.T) {
	mem := memstore.New(0)
	fs := &failStore{Store: mem}
	s := MustServe(t, fs, ws.Config{})
	c := MustDial(t, s.URL, nil)
	w := c.hello("")
	down := errors.New("redis: connection refused")

	// Reads and writes failing: the patient is still answered.
	fs.begin = func(context.Context, string, string) (bot.Turn, error) { return bot.Turn{}, down }
	fs.commit = func(context.Context, bot.Session, string, ...bot.Entry) error { return down }
	if r := c.ask("m1", "سؤال"); r.Type != "reply" {
		t.Errorf("store down: %+v, want an answer anyway", r)
	}
	// A new connection resumes into a fresh session: answering beats continuity.
	c2 := MustDial(t, s.URL, nil)
	if w2 := c2.hello(w.Session); w2.Session == w.Session {
		t.Error("resume with the store down kept the old token")
	}

	// Staff hold the conversation and the patient's message cannot be logged: nothing can be
	// answered, so the patient hears so.
	fs.begin = func(ctx context.Context, conv, id string) (bot.Turn, error) {
		t, err := mem.Begin(ctx, conv, id)
		t.HeldUntil = time.Now().Add(time.Hour)
		return t, err
	}
	s.Hub.HoldsChanged() // as the staff console does when it takes over (serve wires it)
	if r := c.ask("m2a", "سؤال"); r.Type != "reply" || !r.Reply.Held {
		t.Errorf("held and unlogged, first message: %+v, want the acknowledgement anyway", r)
	}
	if r := c.ask("m2", "سؤال"); r.Type != "error" || r.Code != ws.CodeUnavailable || r.InReplyTo != "m2" {
		t.Errorf("held and unlogged: %+v, want unavailable", r)
	}
	// Held and logged: the bot stays quiet, the message is in the log for staff.
	fs.commit = nil
	c.send(map[string]string{"type": "message", "id": "m3", "text": "سؤال"})
	if f, err := c.tryRead(300 * time.Millisecond); err == nil {
		t.Errorf("held conversation answered by the bot: %+v", f)
	}
}

// Redis stopped and restarted mid-conversation: answers keep coming, and afterwards every entry of
// the conversation is in Redis, in order, once.
func TestRedisOutageMidConversation(t *testing.T) {
	rs := redistest.Start(t)
	buf, inner := mustRedisStores(t, rs)
	s := MustServe(t, buf, ws.Config{SessionRate: -1})
	c := MustDial(t, s.URL, nil)
	w := c.hello("")
	var ids []string
	ask := func(id string) {
		t.Helper()
		r := c.ask(id, "سؤال "+id)
		if r.Type != "reply" || r.InReplyTo != id {
			t.Fatalf("%s: %+v, want a reply", id, r)
		}
		ids = append(ids, id)
	}
	ask("before")
	rs.Stop()
	for i := range 10 {
		ask("during" + strconv.Itoa(i))
	}
	if buf.Pending() == 0 {
		t.Fatal("nothing buffered while Redis was down")
	}
	rs.Restart()
	for i := range 3 {
		ask("after" + strconv.Itoa(i))
	}
	waitFor(t, "the buffer flushed", func() bool { return buf.Pending() == 0 })

	h, err := inner.History(t.Context(), convOf(w.Session))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range h {
		if e.From == bot.FromPatient {
			got = append(got, e.MsgID)
		}
	}
	if strings.Join(got, " ") != strings.Join(ids, " ") || len(h) != 2*len(ids) {
		t.Errorf("Redis log has patient messages %v (%d entries), want %v with an answer each", got, len(h), ids)
	}
}
