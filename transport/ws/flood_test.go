package ws_test

import (
	"net"
	"net/http"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/faqbot/faqbot/transport/ws"
	"github.com/gorilla/websocket"
)

// dialFrom opens a WebSocket to url from local address ip (any of 127.0.0.0/8 is this machine on
// Linux, so one test can be several clients), returning the HTTP status when the upgrade is refused.
func dialFrom(tb testing.TB, ip, url string, h http.Header) (*client, int) {
	tb.Helper()
	d := websocket.Dialer{NetDialContext: (&net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}).DialContext,
		HandshakeTimeout: 5 * time.Second}
	c, resp, err := d.DialContext(tb.Context(), url, h)
	if err != nil {
		if resp == nil {
			tb.Fatalf("dial from %s: %v", ip, err)
		}
		if resp.StatusCode == http.StatusTooManyRequests && resp.Header.Get("Retry-After") == "" {
			tb.Errorf("429 without Retry-After")
		}
		return nil, resp.StatusCode
	}
	tb.Cleanup(func() { c.Close() })
	return &client{tb: tb, c: c}, http.StatusSwitchingProtocols
}

// countMetrics counts what ws.Metrics and ws.UpgradeMetrics are told.
type countMetrics struct {
	mu sync.Mutex
	n  map[string]int
}

func (m *countMetrics) add(k string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.n == nil {
		m.n = map[string]int{}
	}
	m.n[k]++
}

func (m *countMetrics) get(k string) int { m.mu.Lock(); defer m.mu.Unlock(); return m.n[k] }

func (m *countMetrics) ErrorFrame(code string) { m.add(code) }

func (m *countMetrics) UpgradeRefused(status int) { m.add("upgrade " + strconv.Itoa(status)) }

// One address opening connection after connection gets 429 past its limit; other addresses do not
// notice, and a closed connection frees its place.
func TestFloodConnectionsPerAddress(t *testing.T) {
	m := &countMetrics{}
	s := MustServe(t, nil, ws.Config{Addr: ws.AddrLimits{Conns: 3}, Metrics: m})
	var open []*client
	for i := range 3 {
		c, status := dialFrom(t, "127.0.0.1", s.URL, nil)
		if c == nil {
			t.Fatalf("connection %d refused with %d, want it admitted", i, status)
		}
		c.hello("")
		open = append(open, c)
	}
	for range 5 {
		if c, status := dialFrom(t, "127.0.0.1", s.URL, nil); c != nil || status != http.StatusTooManyRequests {
			t.Fatalf("connection past the limit: status %d, want 429", status)
		}
	}
	if n := m.get("upgrade 429"); n != 5 {
		t.Errorf("%d refused upgrades counted, want 5", n)
	}
	if c, status := dialFrom(t, "127.0.0.2", s.URL, nil); c == nil {
		t.Fatalf("another address refused with %d while the first was flooding", status)
	} else if r := c.hello(""); r.Type != "welcome" {
		t.Fatalf("another address: %+v", r)
	}
	open[0].c.Close()
	waitFor(t, "a place freed after a connection closed", func() bool {
		c, _ := dialFrom(t, "127.0.0.1", s.URL, nil)
		if c != nil {
			c.c.Close()
		}
		return c != nil
	})
	if n := s.Hub.Len(); n > 4 {
		t.Errorf("%d connections open, want at most 3 from the flood and 1 from the other address", n)
	}
}

// Messages from one address over all its connections and sessions share one rate: each session is
// well under its own limit, the address is not.
func TestFloodMessagesPerAddress(t *testing.T) {
	m := &countMetrics{}
	s := MustServe(t, nil, ws.Config{SessionRate: -1, Addr: ws.AddrLimits{Conns: -1, Rate: 60, Burst: 12}, Metrics: m})
	var flood []*client
	for range 4 {
		c, _ := dialFrom(t, "127.0.0.1", s.URL, nil)
		c.hello("") // 4 of the burst of 12
		flood = append(flood, c)
	}
	other, _ := dialFrom(t, "127.0.0.3", s.URL, nil)
	other.hello("")
	for i := range 40 {
		flood[i%4].send(map[string]string{"type": "message", "id": "f" + strconv.Itoa(i), "text": "سؤال"})
	}
	replies, limited := 0, 0
	for i := range 40 {
		switch f := flood[i%4].next(); {
		case f.Type == "reply":
			replies++
		case f.Type == "error" && f.Code == ws.CodeRateLimited && f.InReplyTo == "f"+strconv.Itoa(i):
			limited++
		default:
			t.Fatalf("message f%d: %+v", i, f)
		}
	}
	// 8 left of the burst, plus at most a few refilled (1 a second) while the test runs.
	if replies < 8 || replies > 10 || limited != 40-replies {
		t.Errorf("flooding address: %d answered, %d rate_limited; want 8 to 10 answered and the rest rate_limited", replies, limited)
	}
	if n := m.get(ws.CodeRateLimited); n != limited {
		t.Errorf("%d rate_limited frames counted, want %d", n, limited)
	}
	for i, c := range flood {
		if !c.Live() {
			t.Errorf("flood connection %d closed by the rate limit", i)
		}
	}
	for i := range 10 {
		if r := other.ask("o"+strconv.Itoa(i), "سؤال"); r.Type != "reply" {
			t.Fatalf("another address during the flood: %+v, want every message answered", r)
		}
	}

	// New sessions count too: a hello past the rate is refused and the connection closed with
	// 1013 (try again later), so a widget reconnects after its backoff.
	late, _ := dialFrom(t, "127.0.0.1", s.URL, nil)
	late.send(map[string]string{"type": "hello", "session": ""})
	if f := late.next(); f.Type != "error" || f.Code != ws.CodeRateLimited {
		t.Errorf("hello past the address's rate: %+v, want rate_limited", f)
	}
	if code := late.closeCode(); code != websocket.CloseTryAgainLater {
		t.Errorf("close code %d, want 1013", code)
	}
}

// X-Forwarded-For is believed only from a trusted proxy: behind one, each client has its own
// count; from anyone else, the header changes nothing.
func TestFloodBehindTrustedProxy(t *testing.T) {
	trusted, _ := ws.ParseProxies("127.0.0.1")
	behind := MustServe(t, nil, ws.Config{Addr: ws.AddrLimits{Conns: 1, TrustedProxies: trusted}})
	direct := MustServe(t, nil, ws.Config{Addr: ws.AddrLimits{Conns: 1}})
	xff := func(a string) http.Header { return http.Header{"X-Forwarded-For": {a}} }

	if c, st := dialFrom(t, "127.0.0.1", behind.URL, xff("198.51.100.1")); c == nil {
		t.Fatalf("first client behind the proxy: %d", st)
	}
	if c, st := dialFrom(t, "127.0.0.1", behind.URL, xff("198.51.100.2")); c == nil {
		t.Errorf("second client behind the proxy refused with %d: counted as the proxy's address", st)
	}
	if c, st := dialFrom(t, "127.0.0.1", behind.URL, xff("203.0.113.5, 198.51.100.1")); c != nil || st != http.StatusTooManyRequests {
		t.Errorf("first client again, with a forged address on the left: %d, want 429", st)
	}

	if c, st := dialFrom(t, "127.0.0.1", direct.URL, xff("198.51.100.1")); c == nil {
		t.Fatalf("first connection: %d", st)
	}
	if c, st := dialFrom(t, "127.0.0.1", direct.URL, xff("198.51.100.2")); c != nil || st != http.StatusTooManyRequests {
		t.Errorf("a made-up X-Forwarded-For from an untrusted peer: %d, want 429", st)
	}
}
