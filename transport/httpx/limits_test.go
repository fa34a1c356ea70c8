package httpx_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/faqbot/faqbot/transport/httpx"
)

// serve runs h behind httpx.Limit(l) on a loopback port.
func serve(t *testing.T, l httpx.Limits, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewUnstartedServer(httpx.Limit(l, h))
	srv.Config.ReadHeaderTimeout = 5 * time.Second
	srv.Start()
	t.Cleanup(srv.Close)
	return srv
}

// A client that sends its headers and then trickles its body is cut off at BodyTimeout, not held
// for as long as it likes.
func TestSlowBodyCutOff(t *testing.T) {
	readErr := make(chan error, 1)
	srv := serve(t, httpx.Limits{BodyTimeout: 300 * time.Millisecond}, func(w http.ResponseWriter, r *http.Request) {
		_, err := io.ReadAll(r.Body)
		readErr <- err
	})
	c, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	fmt.Fprintf(c, "POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nab")
	start := time.Now()
	select {
	case err := <-readErr:
		var ne net.Error
		if !errors.As(err, &ne) || !ne.Timeout() {
			t.Errorf("reading the slow body: %v, want a timeout", err)
		}
		if took := time.Since(start); took > 3*time.Second {
			t.Errorf("cut off after %v, want about the 300ms timeout", took)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the slow body was still being read after 10s: no deadline")
	}
	// The server then closes the connection.
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.ReadAll(c); err != nil {
		t.Errorf("connection not closed by the server: %v", err)
	}
}

// The deadline bounds the body only: a response that streams for longer (the staff console's event
// stream) is not cut, and its request context is not cancelled.
func TestBodyDeadlineDoesNotCutLongResponses(t *testing.T) {
	srv := serve(t, httpx.Limits{BodyTimeout: 200 * time.Millisecond}, func(w http.ResponseWriter, r *http.Request) {
		io.ReadAll(r.Body)
		for i := range 5 {
			select {
			case <-r.Context().Done():
				return
			case <-time.After(100 * time.Millisecond):
			}
			fmt.Fprintf(w, "tick %d\n", i)
			w.(http.Flusher).Flush()
		}
	})
	resp, err := http.Post(srv.URL, "text/plain", strings.NewReader("hello"))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if strings.Count(string(b), "tick") != 5 {
		t.Errorf("stream cut short: %q", b)
	}
}

func TestOversizedBody(t *testing.T) {
	var readErr error
	srv := serve(t, httpx.Limits{MaxBody: 100}, func(w http.ResponseWriter, r *http.Request) {
		if _, readErr = io.ReadAll(r.Body); readErr != nil {
			var mb *http.MaxBytesError
			if errors.As(readErr, &mb) {
				http.Error(w, "too large", http.StatusRequestEntityTooLarge)
				return
			}
		}
	})
	// Content-Length says so: 413 before the handler.
	resp, err := http.Post(srv.URL, "text/plain", strings.NewReader(strings.Repeat("x", 101)))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("101 bytes with Content-Length: %d, want 413", resp.StatusCode)
	}
	// Chunked, so no length: the handler's read stops at the limit.
	resp, err = http.Post(srv.URL, "text/plain", io.MultiReader(strings.NewReader(strings.Repeat("x", 1000))))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("1000 bytes chunked: %d (read error %v), want 413", resp.StatusCode, readErr)
	}
	resp, err = http.Post(srv.URL, "text/plain", strings.NewReader(strings.Repeat("x", 100)))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("100 bytes: %d, want 200", resp.StatusCode)
	}
}

// clientFrom returns an HTTP client whose connections come from the loopback address local.
func clientFrom(local string) *http.Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(local)}}
	return &http.Client{Transport: &http.Transport{DialContext: d.DialContext}, Timeout: 10 * time.Second}
}

// One address with many requests in flight gets 429 past the limit while another is served.
func TestRequestsPerAddress(t *testing.T) {
	release := make(chan struct{})
	entered := make(chan struct{}, 10)
	srv := serve(t, httpx.Limits{AddrRequests: 2}, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			entered <- struct{}{}
			<-release
		}
	})
	a := clientFrom("127.0.0.1")
	done := make(chan int, 2)
	for range 2 {
		go func() {
			resp, err := a.Get(srv.URL + "/slow")
			if err != nil {
				done <- 0
				return
			}
			resp.Body.Close()
			done <- resp.StatusCode
		}()
	}
	<-entered
	<-entered
	status := func(c *http.Client, header string) int {
		t.Helper()
		req, _ := http.NewRequest("GET", srv.URL+"/fast", nil)
		if header != "" {
			req.Header.Set("Upgrade", header)
		}
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := status(a, ""); got != http.StatusTooManyRequests {
		t.Errorf("third request from 127.0.0.1: %d, want 429", got)
	}
	if got := status(a, "websocket"); got != http.StatusTooManyRequests {
		t.Errorf("a request from 127.0.0.1 claiming an upgrade: %d, want 429 (no header escapes the limit)", got)
	}
	if got := status(clientFrom("127.0.0.2"), ""); got != http.StatusOK {
		t.Errorf("a request from 127.0.0.2: %d, want 200", got)
	}
	close(release)
	for range 2 {
		if got := <-done; got != http.StatusOK {
			t.Errorf("a held request ended %d", got)
		}
	}
	if got := status(a, ""); got != http.StatusOK {
		t.Errorf("127.0.0.1 after its requests ended: %d, want 200", got)
	}
}

func TestClientsKey(t *testing.T) {
	proxy := httpx.Clients{TrustedProxies: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}}
	for _, tc := range []struct {
		c          httpx.Clients
		remote, ff string
		want       string
	}{
		{httpx.Clients{}, "192.0.2.1:5000", "198.51.100.7", "192.0.2.1"},
		{proxy, "10.1.2.3:5000", "198.51.100.7, 10.9.9.9", "198.51.100.7"},
		{proxy, "192.0.2.1:5000", "198.51.100.7", "192.0.2.1"},
		{proxy, "10.1.2.3:5000", "garbage, 10.9.9.9", "10.9.9.9"},
		{httpx.Clients{}, "[2001:db8:1:2:3:4:5:6]:443", "", "2001:db8:1:2::/64"},
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = tc.remote
		if tc.ff != "" {
			r.Header.Set("X-Forwarded-For", tc.ff)
		}
		if got := tc.c.Key(r); got != tc.want {
			t.Errorf("Key(%s, XFF %q) = %q, want %q", tc.remote, tc.ff, got, tc.want)
		}
	}
}

// Past Max open connections a new one gets a 503 it can read, and the server keeps serving: once a
// connection closes, the next is answered again.
func TestConnLimit(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	refused := make(chan struct{}, 10)
	cl := &httpx.ConnLimit{Listener: ln, Max: 3, Refused: func() { refused <- struct{}{} }}
	srv := &http.Server{Handler: httpx.Healthz(), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(cl)
	t.Cleanup(func() { srv.Shutdown(context.Background()) })
	addr := ln.Addr().String()

	// Three clients hold a connection each (an idle keep-alive after one request).
	var held []net.Conn
	for range 3 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if got := healthz(t, c); got != http.StatusOK {
			t.Fatalf("a held connection's /healthz: %d", got)
		}
		held = append(held, c)
	}
	if cl.Open() != 3 {
		t.Errorf("Open() = %d, want 3", cl.Open())
	}
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	if got := healthz(t, c); got != http.StatusServiceUnavailable {
		t.Errorf("/healthz on a fourth connection: %d, want 503", got)
	}
	c.Close()
	<-refused
	held[0].Close()
	waitFor(t, func() bool { return cl.Open() == 2 })
	c, err = net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if got := healthz(t, c); got != http.StatusOK {
		t.Errorf("/healthz after one closed: %d, want 200", got)
	}
}

func healthz(t *testing.T, c net.Conn) int {
	t.Helper()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	fmt.Fprintf(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("reading the /healthz response: %v", err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatal("timed out")
}
