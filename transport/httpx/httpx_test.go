package httpx_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/transport/httpx"
)

func TestRequestID(t *testing.T) {
	var seen string
	h := httpx.RequestID(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { seen = httpx.ID(r.Context()) }))
	for _, tc := range []struct{ in, want string }{
		{"abc-123", "abc-123"},
		{"", ""},                      // generated
		{"has space", ""},             // generated
		{strings.Repeat("x", 65), ""}, // generated
		{"line\nbreak", ""},           // generated
	} {
		r := httptest.NewRequest("GET", "/", nil)
		if tc.in != "" {
			r.Header.Set(httpx.RequestIDHeader, tc.in)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		got := w.Header().Get(httpx.RequestIDHeader)
		if got != seen || got == "" || (tc.want != "" && got != tc.want) || (tc.want == "" && got == tc.in) {
			t.Errorf("X-Request-Id %q: response %q, context %q", tc.in, got, seen)
		}
	}
}

func TestLogsCarryRequestIDNotQuery(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(httpx.LogHandler(slog.NewJSONHandler(&buf, nil)))
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/x/{id}", func(w http.ResponseWriter, r *http.Request) {
		log.InfoContext(r.Context(), "inside")
		w.WriteHeader(http.StatusTeapot)
	})
	h := httpx.RequestID(httpx.AccessLog(log, mux))
	r := httptest.NewRequest("GET", "/api/x/42?q=my+private+symptom", nil)
	r.Header.Set(httpx.RequestIDHeader, "req-1")
	h.ServeHTTP(httptest.NewRecorder(), r)
	out := buf.String()
	if strings.Count(out, `"req":"req-1"`) != 2 {
		t.Errorf("want both lines with the request id:\n%s", out)
	}
	if strings.Contains(out, "symptom") {
		t.Errorf("the query string was logged:\n%s", out)
	}
	for _, want := range []string{`"status":418`, `"route":"GET /api/x/{id}"`, `"path":"/api/x/42"`} {
		if !strings.Contains(out, want) {
			t.Errorf("access log lacks %s:\n%s", want, out)
		}
	}
}

// The access log's response writer must keep http.Hijacker, or WebSocket upgrades fail.
func TestAccessLogKeepsHijacker(t *testing.T) {
	hijacked := make(chan error, 1)
	h := httpx.AccessLog(slog.New(slog.DiscardHandler), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hj, ok := w.(http.Hijacker)
		if !ok {
			hijacked <- errors.New("not a Hijacker")
			return
		}
		c, _, err := hj.Hijack()
		if err == nil {
			c.Write([]byte("HTTP/1.1 204 No Content\r\n\r\n"))
			c.Close()
		}
		hijacked <- err
	}))
	srv := httptest.NewServer(h)
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err == nil {
		resp.Body.Close()
	}
	if err := <-hijacked; err != nil {
		t.Fatal(err)
	}
}

func TestHealth(t *testing.T) {
	w := httptest.NewRecorder()
	httpx.Healthz().ServeHTTP(w, httptest.NewRequest("GET", "/healthz", nil))
	if w.Code != 200 || w.Body.String() != "ok\n" {
		t.Errorf("healthz = %d %q", w.Code, w.Body)
	}
	ok := httpx.Check{Name: "knowledge", Run: func(context.Context) error { return nil }}
	down := httpx.Check{Name: "redis", Run: func(context.Context) error { return errors.New("connection refused") }}
	for _, tc := range []struct {
		checks []httpx.Check
		code   int
		body   string
	}{
		{[]httpx.Check{ok}, 200, "ready\n"},
		{[]httpx.Check{ok, down}, 503, "not ready\nredis: connection refused\n"},
	} {
		w := httptest.NewRecorder()
		httpx.Readyz(tc.checks...).ServeHTTP(w, httptest.NewRequest("GET", "/readyz", nil))
		body, _ := io.ReadAll(w.Body)
		if w.Code != tc.code || string(body) != tc.body {
			t.Errorf("readyz = %d %q, want %d %q", w.Code, body, tc.code, tc.body)
		}
	}
}
