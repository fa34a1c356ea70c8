package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/gorilla/websocket"
)

func testConfig() serveConfig {
	return serveConfig{addr: "127.0.0.1:0", sessionRate: 30, retention: defaultRetention, sessionIdle: defaultSessionIdle}
}

// syncBuffer is a log sink that tests can read while the server writes to it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// testServer is a running Server on a loopback port.
type testServer struct {
	*Server
	URL, WS string
	Log     *syncBuffer
	cancel  context.CancelFunc
	done    chan error
}

// settled waits until the server has written to Redis every log entry of what it has answered
// (the log is written behind the answers), so a test can read Redis directly.
func (ts *testServer) settled(tb testing.TB) {
	tb.Helper()
	waitUntil(tb, "the log writes to land in Redis", func() bool { return ts.buffer.Pending() == 0 })
}

// MustStartServer runs a Server with cfg until Stop or the end of the test.
func MustStartServer(tb testing.TB, cfg serveConfig) *testServer {
	tb.Helper()
	logs := &syncBuffer{}
	s, err := NewServer(tb.Context(), cfg, newLogger(logs, slog.LevelDebug))
	if err != nil {
		tb.Fatalf("NewServer: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ts := &testServer{Server: s, URL: "http://" + s.Addr(), WS: "ws://" + s.Addr() + "/ws", Log: logs, cancel: cancel,
		done: make(chan error, 1)}
	go func() { ts.done <- s.Run(ctx) }()
	tb.Cleanup(func() { ts.Stop() })
	return ts
}

// Stop ends Run as SIGTERM would and returns its error.
func (ts *testServer) Stop() error {
	ts.cancel()
	select {
	case err, ok := <-ts.done:
		if ok {
			close(ts.done)
		}
		return err
	case <-time.After(shutdownTimeout + 5*time.Second):
		return errors.New("server did not stop")
	}
}

func get(tb testing.TB, url string) (int, string) {
	tb.Helper()
	resp, err := http.Get(url)
	if err != nil {
		tb.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

type wsFrame struct {
	Type    string `json:"type"`
	Session string `json:"session"`
	History []struct {
		From  string     `json:"from"`
		Text  string     `json:"text"`
		Reply *bot.Reply `json:"reply"`
	} `json:"history"`
	ID        string     `json:"id"`
	InReplyTo string     `json:"in_reply_to"`
	Reply     *bot.Reply `json:"reply"`
	Code      string     `json:"code"`
}

type wsClient struct {
	tb testing.TB
	c  *websocket.Conn
}

func MustDialWS(tb testing.TB, url string) *wsClient {
	tb.Helper()
	c, _, err := websocket.DefaultDialer.DialContext(tb.Context(), url, nil)
	if err != nil {
		tb.Fatalf("dial %s: %v", url, err)
	}
	tb.Cleanup(func() { c.Close() })
	return &wsClient{tb, c}
}

func (w *wsClient) roundTrip(v any) wsFrame {
	w.tb.Helper()
	if err := w.c.WriteJSON(v); err != nil {
		w.tb.Fatalf("write: %v", err)
	}
	for {
		w.c.SetReadDeadline(time.Now().Add(10 * time.Second))
		var f wsFrame
		if err := w.c.ReadJSON(&f); err != nil {
			w.tb.Fatalf("read: %v", err)
		}
		if f.Type != "typing" {
			return f
		}
	}
}

func (w *wsClient) hello(token string) wsFrame {
	w.tb.Helper()
	f := w.roundTrip(map[string]string{"type": "hello", "session": token, "lang": "ar"})
	if f.Type != "welcome" {
		w.tb.Fatalf("hello: %+v", f)
	}
	return f
}

func (w *wsClient) ask(id, text string) wsFrame {
	w.tb.Helper()
	return w.roundTrip(map[string]string{"type": "message", "id": id, "text": text})
}

// closeCode reads until the server closes and returns the close code (0: no close frame).
func (w *wsClient) closeCode() int {
	for {
		w.c.SetReadDeadline(time.Now().Add(10 * time.Second))
		if _, _, err := w.c.ReadMessage(); err != nil {
			var ce *websocket.CloseError
			if errors.As(err, &ce) {
				return ce.Code
			}
			return 0
		}
	}
}

const question = "كم يدوم مفعول البوتوكس؟"

func TestServeEndToEnd(t *testing.T) {
	ts := MustStartServer(t, testConfig())
	if code, body := get(t, ts.URL+"/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("/healthz = %d %q", code, body)
	}
	if code, body := get(t, ts.URL+"/readyz"); code != 200 {
		t.Errorf("/readyz = %d %q, want 200", code, body)
	}
	if code, body := get(t, ts.URL+"/"); code != 200 || !strings.Contains(body, "widget.js") {
		t.Errorf("/ = %d, want the demo page loading widget.js", code)
	}
	if code, body := get(t, ts.URL+"/widget.js"); code != 200 || !strings.Contains(body, "WebSocket") {
		t.Errorf("/widget.js = %d, want the widget", code)
	}
	if code, _ := get(t, ts.URL+"/nope"); code != 404 {
		t.Errorf("/nope = %d, want 404", code)
	}

	c := MustDialWS(t, ts.WS)
	w := c.hello("")
	r := c.ask("m1", question)
	if r.Type != "reply" || r.Reply == nil || r.Reply.Kind != bot.KindAnswer || len(r.Reply.Sources) == 0 {
		t.Fatalf("reply = %+v, want an answer from the knowledge base", r)
	}
	c.c.Close()
	c2 := MustDialWS(t, ts.WS)
	if w2 := c2.hello(w.Session); len(w2.History) != 2 || w2.History[0].Text != question {
		t.Errorf("resumed history = %+v, want the question and its answer", w2.History)
	}

	// SIGTERM: the widget is told to go away, Run returns nil.
	stopped := make(chan error, 1)
	go func() { stopped <- ts.Stop() }()
	if code := c2.closeCode(); code != websocket.CloseGoingAway {
		t.Errorf("close code %d, want 1001", code)
	}
	if err := <-stopped; err != nil {
		t.Errorf("Run = %v, want nil after a graceful stop", err)
	}
	// Logs are JSON, carry request ids, and never the patient's words.
	logs := ts.Log.String()
	if strings.Contains(logs, "البوتوكس") || strings.Contains(logs, w.Session) {
		t.Error("logs contain message text or a session token")
	}
	for _, line := range strings.Split(strings.TrimSpace(logs), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("log line is not JSON: %q", line)
		}
	}
	if !strings.Contains(logs, `"req":"`) || !strings.Contains(logs, `"msg":"REDIS_URL is not set`) {
		t.Errorf("logs lack request ids or the in-process Redis warning:\n%s", logs)
	}
}

// Two replicas on one real redis-server behave as one: a session started on one resumes on the other.
func TestServeRealRedisTwoReplicas(t *testing.T) {
	rs := redistest.Start(t)
	cfg := testConfig()
	cfg.redisURL = rs.URL()
	a, b := MustStartServer(t, cfg), MustStartServer(t, cfg)

	ca := MustDialWS(t, a.WS)
	w := ca.hello("")
	first := ca.ask("m1", question)
	// The log is written behind the answer: another replica sees it a Redis round trip later (a
	// widget takes longer than that to reconnect). Within that moment a resend there would be
	// answered again and still logged once (the store's message-id rule).
	a.settled(t)
	cb := MustDialWS(t, b.WS)
	if wb := cb.hello(w.Session); len(wb.History) != 2 || wb.Session != w.Session {
		t.Fatalf("on the other replica: session %q history %d, want the same session with 2 entries", wb.Session, len(wb.History))
	}
	// The widget resends on the other replica: same answer, logged once.
	if again := cb.ask("m1", question); again.ID != first.ID {
		t.Errorf("resend on the other replica answered %q, want %q", again.ID, first.ID)
	}
	if code, body := get(t, b.URL+"/readyz"); code != 200 {
		t.Errorf("/readyz = %d %q", code, body)
	}
}

// Redis stopped and restarted mid-conversation: patients keep getting answers, /readyz says not
// ready meanwhile, and afterwards every log entry is in Redis.
func TestServeRedisDown(t *testing.T) {
	rs := redistest.Start(t)
	cfg := testConfig()
	cfg.redisURL = rs.URL()
	ts := MustStartServer(t, cfg)
	c := MustDialWS(t, ts.WS)
	w := c.hello("")
	c.ask("m1", question)

	rs.Stop()
	const during = 5
	for i := range during {
		if r := c.ask("down"+strconv.Itoa(i), question); r.Type != "reply" || r.Reply.Kind != bot.KindAnswer {
			t.Fatalf("with Redis down: %+v, want an answer", r)
		}
	}
	// A resend during the outage is still recognised: no second answer, no second entry.
	if r := c.ask("down0", question); r.Type != "reply" {
		t.Fatalf("resend with Redis down: %+v", r)
	}
	if code, body := get(t, ts.URL+"/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "redis") {
		t.Errorf("/readyz with Redis down = %d %q, want 503 naming redis", code, body)
	}
	rs.Restart()
	waitUntil(t, "/readyz 200 after Redis restarted", func() bool { code, _ := get(t, ts.URL+"/readyz"); return code == 200 })
	if r := c.ask("m3", question); r.Type != "reply" {
		t.Errorf("after restart: %+v", r)
	}
	ts.settled(t)
	h, err := ts.Server.redis.History(t.Context(), convOf(w.Session))
	if want := 2 * (1 + during + 1); err != nil || len(h) != want {
		t.Errorf("Redis holds %d log entries (%v), want %d: none lost, none doubled", len(h), err, want)
	}
}

func convOf(token string) string { conv, _, _ := strings.Cut(token, "."); return conv }

func waitUntil(tb testing.TB, what string, cond func() bool) {
	tb.Helper()
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if cond() {
			return
		}
	}
	tb.Fatalf("timed out waiting for %s", what)
}

// A SIGTERM right after the answers: the log written behind them is in Redis before the server exits.
func TestServeStopFlushesTheLog(t *testing.T) {
	rs := redistest.Start(t)
	ts := MustStartServer(t, unlimitedRedisConfig(rs))
	c := MustDialWS(t, ts.WS)
	conv := convOf(c.hello("").Session)
	st, err := redisstore.Open(t.Context(), rs.URL(), redisstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ask := func(from, to int) {
		for i := from; i < to; i++ {
			if r := c.ask(fmt.Sprintf("m%d", i), question); r.Type != "reply" {
				t.Fatalf("m%d: %+v", i, r)
			}
		}
	}
	ask(0, 20)
	// Redis holds every write for 2.5 s (longer than the rest of the shutdown takes): the next
	// answers come all the same, and their log is still waiting when the server is told to stop.
	if err := st.Client().Do(t.Context(), "CLIENT", "PAUSE", "2500", "WRITE").Err(); err != nil {
		t.Fatal(err)
	}
	ask(20, 30)
	if ts.buffer.Pending() == 0 {
		t.Fatal("nothing waiting to be written: the test proves nothing")
	}
	if err := ts.Stop(); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if h, err := st.History(t.Context(), conv); err != nil || len(h) != 60 {
		t.Errorf("after the stop Redis holds %d entries (%v), want all 60", len(h), err)
	}
}

func TestServeRefusesBadRedisURL(t *testing.T) {
	cfg := testConfig()
	cfg.redisURL = "redis://:sekret@127.0.0.1:1/0"
	_, err := NewServer(t.Context(), cfg, slog.New(slog.DiscardHandler))
	if err == nil || strings.Contains(err.Error(), "sekret") {
		t.Errorf("NewServer with an unreachable Redis: %v, want an error without the password", err)
	}
}

func TestParseServeFlags(t *testing.T) {
	env := map[string]string{}
	c := &cli{stderr: io.Discard, getenv: func(k string) string { return env[k] }}
	cfg, err := parseServeFlags(c, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.addr != ":8080" || cfg.sessionRate != 30 || cfg.retention != 90*24*time.Hour || cfg.sessionIdle != 30*time.Minute ||
		cfg.redisURL != "" || cfg.origins != nil || cfg.logLevel != slog.LevelInfo {
		t.Errorf("defaults = %+v", cfg)
	}

	env = map[string]string{"FAQBOT_ADDR": "127.0.0.1:9000", "REDIS_URL": "redis://r:6379/0", "FAQBOT_KB": "/kb",
		"FAQBOT_ALLOWED_ORIGINS": "https://a.example, https://b.example", "FAQBOT_EMERGENCY_TEXT": "اتصل 997",
		"FAQBOT_SESSION_RATE": "0", "FAQBOT_RETENTION": "30d", "FAQBOT_SESSION_IDLE": "45m"}
	cfg, err = parseServeFlags(c, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := serveConfig{addr: "127.0.0.1:9000", kb: "/kb", redisURL: "redis://r:6379/0",
		origins: []string{"https://a.example", "https://b.example"}, emergencyText: "اتصل 997", sessionRate: 0,
		retention: 30 * 24 * time.Hour, sessionIdle: 45 * time.Minute}
	if cfg.addr != want.addr || cfg.kb != want.kb || cfg.redisURL != want.redisURL || strings.Join(cfg.origins, "|") != strings.Join(want.origins, "|") ||
		cfg.emergencyText != want.emergencyText || cfg.sessionRate != 0 || cfg.retention != want.retention || cfg.sessionIdle != want.sessionIdle {
		t.Errorf("from the environment = %+v, want %+v", cfg, want)
	}
	// Flags win over the environment.
	if cfg, _ = parseServeFlags(c, []string{"--addr", ":1", "--session-rate", "5", "--retention", "36h"}); cfg.addr != ":1" || cfg.sessionRate != 5 || cfg.retention != 36*time.Hour {
		t.Errorf("flags = %+v", cfg)
	}
	for _, bad := range [][]string{
		{"--session-rate", "-1"}, {"--session-rate", "many"}, {"--retention", "0d"}, {"--retention", "forever"},
		{"--session-idle", "-5m"}, {"--log-level", "loud"}, {"extra"},
	} {
		if _, err := parseServeFlags(c, bad); err == nil {
			t.Errorf("parseServeFlags(%q) accepted", bad)
		}
	}
}

// faqbot serve through the command table: starts, serves, and exits 0 on SIGTERM (ctx cancelled).
func TestRunServeExitsZero(t *testing.T) {
	logs := &syncBuffer{}
	ctx, cancel := context.WithCancel(t.Context())
	code := make(chan int, 1)
	go func() {
		code <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0"}, &cli{stdout: io.Discard, stderr: logs,
			getenv: func(string) string { return "" }})
	}()
	var addr string
	for deadline := time.Now().Add(30 * time.Second); addr == "" && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		for _, line := range strings.Split(logs.String(), "\n") {
			var rec struct{ Msg, Addr string }
			if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == "listening" {
				addr = rec.Addr
			}
		}
	}
	if addr == "" {
		cancel()
		t.Fatalf("no \"listening\" log line:\n%s", logs)
	}
	if status, _ := get(t, "http://"+addr+"/healthz"); status != 200 {
		t.Errorf("/healthz = %d", status)
	}
	cancel()
	select {
	case c := <-code:
		if c != 0 {
			t.Errorf("exit code %d, want 0\n%s", c, logs)
		}
	case <-time.After(shutdownTimeout + 5*time.Second):
		t.Fatal("serve did not stop")
	}
}
