package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/transport/httpx"
	"github.com/faqbot/faqbot/transport/ws"
)

// Any message of the conversation resent (CONTRACTS.md §3), not only the last few: the original
// reply comes back and nothing new is logged, on the same connection and after a reconnect.
func TestResendAnyMessageID(t *testing.T) {
	rs := redistest.Start(t)
	ts := MustStartServer(t, unlimitedRedisConfig(rs))
	c := MustDialWS(t, ts.WS)
	token := c.hello("").Session
	const n = 20
	first := c.ask("m0", question)
	if first.Type != "reply" {
		t.Fatalf("m0: %+v", first)
	}
	for i := 1; i < n; i++ {
		if r := c.ask(fmt.Sprintf("m%d", i), question); r.Type != "reply" {
			t.Fatalf("m%d: %+v", i, r)
		}
	}
	ts.settled(t)
	logged := func() int {
		t.Helper()
		ts.settled(t)
		h, err := ts.redis.History(t.Context(), convOf(token))
		if err != nil {
			t.Fatal(err)
		}
		return len(h)
	}
	if got := logged(); got != 2*n {
		t.Fatalf("%d entries logged, want %d", got, 2*n)
	}
	if again := c.ask("m0", question); again.ID != first.ID || again.InReplyTo != "m0" {
		t.Errorf("m0 resent on its connection: reply %q to %q, want the original %q", again.ID, again.InReplyTo, first.ID)
	}
	// After a reconnect, as a widget resends.
	c2 := MustDialWS(t, ts.WS)
	c2.hello(token)
	if again := c2.ask("m0", question); again.ID != first.ID {
		t.Errorf("m0 resent after a reconnect: reply %q, want the original %q", again.ID, first.ID)
	}
	if got := logged(); got != 2*n {
		t.Errorf("%d entries logged after the resends, want %d unchanged", got, 2*n)
	}
	// Redis's memory is a metric, to size it by.
	_, metrics := get(t, ts.URL+"/metrics")
	if !strings.Contains(metrics, "\nfaqbot_redis_used_memory_bytes ") || strings.Contains(metrics, "\nfaqbot_redis_used_memory_bytes 0\n") {
		t.Error("/metrics lacks faqbot_redis_used_memory_bytes")
	}
}

// rawRequest opens a connection from local (a loopback address) and sends head and part of a body
// whose Content-Length promises more: a slow client.
func slowClient(t *testing.T, local, addr, path string) net.Conn {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(local)}}
	c, err := d.DialContext(t.Context(), "tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	fmt.Fprintf(c, "POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"na", path)
	return c
}

// statusFrom sends one request from the loopback address local on a fresh connection.
func statusFrom(t *testing.T, local, method, url string, body string) int {
	t.Helper()
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(local)}}
	c := &http.Client{Transport: &http.Transport{DialContext: d.DialContext, DisableKeepAlives: true}, Timeout: 10 * time.Second}
	req, _ := http.NewRequestWithContext(t.Context(), method, url, strings.NewReader(body))
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}

// The HTTP limits on a real server: a slow body is cut off, an oversized one refused with 413, one
// address's requests in flight are capped while another's are served, and WebSockets still work.
func TestServeHTTPLimits(t *testing.T) {
	cfg := staffTestConfig(t, "")
	cfg.limits = httpConfig{bodyTimeout: 3 * time.Second, maxBody: 4096, addrRequests: 3}
	ts := MustStartServer(t, cfg)
	addr := ts.Addr()

	c := MustDialWS(t, ts.WS)
	c.hello("")
	if r := c.ask("m1", question); r.Type != "reply" {
		t.Fatalf("WebSocket with the limits on: %+v", r)
	}

	if got := statusFrom(t, "127.0.0.1", "POST", ts.URL+"/api/staff/login", strings.Repeat("x", 5000)); got != http.StatusRequestEntityTooLarge {
		t.Errorf("a 5000-byte body: %d, want 413", got)
	}

	// Three slow logins hold 127.0.0.1's three places; the next request from it gets 429, one from
	// 127.0.0.2 is served.
	start := time.Now()
	var slow []net.Conn
	for range 3 {
		slow = append(slow, slowClient(t, "127.0.0.1", addr, "/api/staff/login"))
	}
	waitUntil(t, "127.0.0.1 to be refused", func() bool {
		return statusFrom(t, "127.0.0.1", "GET", ts.URL+"/healthz", "") == http.StatusTooManyRequests
	})
	if got := statusFrom(t, "127.0.0.2", "GET", ts.URL+"/healthz", ""); got != http.StatusOK {
		t.Errorf("/healthz from 127.0.0.2 meanwhile: %d, want 200", got)
	}
	// Each slow client is cut off at the body timeout: its connection ends.
	for _, s := range slow {
		s.SetReadDeadline(time.Now().Add(15 * time.Second))
		if _, err := io.ReadAll(s); err != nil {
			t.Errorf("slow client still connected after 15 s: %v", err)
		}
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("slow clients held for %v, want about the 3 s body timeout", took)
	}
	if got := statusFrom(t, "127.0.0.1", "GET", ts.URL+"/healthz", ""); got != http.StatusOK {
		t.Errorf("/healthz from 127.0.0.1 after the slow clients went: %d, want 200", got)
	}
}

// At its connection limit the server answers new connections 503 and keeps serving: /healthz
// comes back once a connection closes.
func TestServeConnectionLimit(t *testing.T) {
	cfg := testConfig()
	cfg.limits.maxConns = 4
	ts := MustStartServer(t, cfg)
	var held []*wsClient
	for range 4 {
		c := MustDialWS(t, ts.WS)
		c.hello("")
		held = append(held, c)
	}
	if got := statusFrom(t, "127.0.0.1", "GET", ts.URL+"/healthz", ""); got != http.StatusServiceUnavailable {
		t.Errorf("/healthz at the limit: %d, want 503", got)
	}
	held[0].c.Close()
	waitUntil(t, "/healthz 200 after a connection closed", func() bool {
		return statusFrom(t, "127.0.0.1", "GET", ts.URL+"/healthz", "") == http.StatusOK
	})
	if r := held[1].ask("m1", question); r.Type != "reply" {
		t.Errorf("a held WebSocket after the refusals: %+v", r)
	}
	_, body := get(t, ts.URL+"/metrics")
	if !strings.Contains(body, "faqbot_http_connections_max 4") || !strings.Contains(body, "faqbot_http_connections_refused_total ") ||
		strings.Contains(body, "faqbot_http_connections_refused_total 0") {
		t.Errorf("/metrics lacks the connection limit or the refusals")
	}
}

// fdChildEnv makes the test binary the server of TestServeLowOpenFilesLimit.
const fdChildEnv = "FAQBOT_TEST_FD_CHILD"

// With a low open-files limit (RLIMIT_NOFILE 128, set in a child process) and far more clients
// than it allows, the server stays up and answers new connections with 503 instead of running
// out of descriptors, and serves again when the flood goes.
func TestServeLowOpenFilesLimit(t *testing.T) {
	if os.Getenv(fdChildEnv) == "1" {
		runFDChild(t)
		return
	}
	cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestServeLowOpenFilesLimit$", "-test.v")
	cmd.Env = append(os.Environ(), fdChildEnv+"=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		stdin.Close()
		select {
		case <-exited:
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
		}
	})
	lines := bufio.NewScanner(out)
	var addr string
	for lines.Scan() {
		if a, ok := strings.CutPrefix(lines.Text(), "listening "); ok {
			addr = a
			break
		}
	}
	if addr == "" {
		t.Fatalf("the child did not start:\n%s", stderr.String())
	}
	go io.Copy(io.Discard, out)

	// 300 clients connect and each starts a request, more than 128 descriptors allow.
	var flood []net.Conn
	for range 300 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatalf("dial: %v", err)
		}
		fmt.Fprintf(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
		flood = append(flood, c)
	}
	defer func() {
		for _, c := range flood {
			c.Close()
		}
	}()
	// A new client gets a clear 503 while the flood holds the connections.
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	c.SetDeadline(time.Now().Add(10 * time.Second))
	fmt.Fprintf(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("/healthz during the flood: %v (no answer)", err)
	}
	resp.Body.Close()
	c.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("/healthz during the flood: %d, want 503", resp.StatusCode)
	}
	for _, c := range flood {
		c.Close()
	}
	flood = nil
	waitUntil(t, "/healthz 200 after the flood", func() bool {
		select {
		case err := <-exited:
			t.Fatalf("the server exited: %v\n%s", err, stderr.String())
		default:
		}
		return statusFrom(t, "127.0.0.1", "GET", "http://"+addr+"/healthz", "") == http.StatusOK
	})
	if strings.Contains(stderr.String(), "too many open files") {
		t.Errorf("the server ran out of descriptors:\n%s", stderr.String())
	}
}

// runFDChild lowers RLIMIT_NOFILE to 128, runs a server and prints its address; it stops when its
// standard input closes.
func runFDChild(t *testing.T) {
	lim := syscall.Rlimit{Cur: 128, Max: 128}
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		t.Fatal(err)
	}
	s, err := NewServer(t.Context(), testConfig(), newLogger(os.Stderr, slog.LevelWarn))
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println("listening", s.Addr())
	ctx, cancel := context.WithCancel(t.Context())
	go func() { io.Copy(io.Discard, os.Stdin); cancel() }()
	if err := s.Run(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestServeLimitFlags(t *testing.T) {
	env := map[string]string{}
	c := &cli{stderr: io.Discard, getenv: func(k string) string { return env[k] }}
	cfg, err := parseServeFlags(c, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := httpConfig{bodyTimeout: httpx.DefaultBodyTimeout, maxBody: httpx.DefaultMaxBody, addrRequests: httpx.DefaultAddrRequests,
		logEntries: redisstore.DefaultMaxEntries, logBytes: redisstore.DefaultMaxBytes}
	if cfg.limits != want {
		t.Errorf("defaults = %+v, want %+v", cfg.limits, want)
	}
	if cfg.perAddr.daily != ws.DefaultAddrDaily {
		t.Errorf("default daily messages per address: %d, want %d", cfg.perAddr.daily, ws.DefaultAddrDaily)
	}
	if cfg.limits.bodyTimeout > 15*time.Second {
		t.Errorf("default body timeout %v: want at most 15 s", cfg.limits.bodyTimeout)
	}
	env = map[string]string{"FAQBOT_BODY_TIMEOUT": "0", "FAQBOT_MAX_BODY": "0", "FAQBOT_ADDR_REQUESTS": "0", "FAQBOT_MAX_CONNS": "100",
		"FAQBOT_LOG_MAX_ENTRIES": "0", "FAQBOT_LOG_MAX_BYTES": "0", "FAQBOT_ADDR_DAILY": "0"}
	if cfg, err = parseServeFlags(c, nil); err != nil {
		t.Fatal(err)
	}
	l := cfg.limits.limits(cfg.perAddr)
	if l.BodyTimeout >= 0 || l.MaxBody >= 0 || l.AddrRequests >= 0 {
		t.Errorf("0 in the environment = %+v, want the limits off (negative)", l)
	}
	if o := cfg.limits.storeCaps(redisstore.Options{}); o.MaxEntries >= 0 || o.MaxBytes >= 0 {
		t.Errorf("log caps 0 = %+v, want off (negative)", o)
	}
	if n, _ := cfg.limits.connLimit(); n != 100 || cfg.perAddr.limits().Daily >= 0 {
		t.Errorf("max conns %d, daily %d; want 100 and off (negative)", n, cfg.perAddr.limits().Daily)
	}
	cfg, err = parseServeFlags(c, []string{"--body-timeout", "5s", "--log-max-entries", "200", "--addr-daily", "50"})
	if err != nil || cfg.limits.bodyTimeout != 5*time.Second || cfg.limits.logEntries != 200 || cfg.perAddr.daily != 50 {
		t.Errorf("flags over the environment: %+v (%v)", cfg.limits, err)
	}
	for _, bad := range [][]string{{"--body-timeout", "soon"}, {"--body-timeout", "-1s"}, {"--max-body", "-1"},
		{"--max-conns", "many"}, {"--log-max-bytes", "1MB"}, {"--addr-daily", "-3"}} {
		if _, err := parseServeFlags(c, bad); err == nil || !strings.Contains(err.Error(), bad[0]) {
			t.Errorf("%v: %v, want an error naming the flag", bad, err)
		}
	}
	// Derived from RLIMIT_NOFILE: a reserve kept below it.
	if files := openFilesLimit(); files > 0 {
		n, reserve := httpConfig{}.connLimit()
		if n+reserve != files || reserve < minFDReserve {
			t.Errorf("connection limit %d + reserve %d, want the open-files limit %d with at least %d kept", n, reserve, files, minFDReserve)
		}
	}
}
