package main

import (
	"bytes"
	"encoding/json"
	"io"
	"slices"
	"strings"
	"testing"
	"time"
)

func runLoad(t *testing.T, args ...string) (int, loadResult, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := run(t.Context(), append([]string{"loadtest", "--json"}, args...), &cli{stdout: &out, stderr: &errs,
		getenv: func(string) string { return "" }})
	var r loadResult
	if code == 0 || code == 1 {
		if err := json.Unmarshal(out.Bytes(), &r); err != nil {
			t.Fatalf("loadtest output %q (stderr %q): %v", out.String(), errs.String(), err)
		}
	}
	return code, r, errs.String()
}

func TestLoadtestOpenLoop(t *testing.T) {
	cfg := testConfig()
	cfg.sessionRate = 0 // the limit is off for load tests
	ts := MustStartServer(t, cfg)
	code, r, stderr := runLoad(t, "--url", ts.WS, "--sessions", "4", "--rate", "200", "--duration", "500ms")
	if code != 0 {
		t.Fatalf("exit %d, %+v, %s", code, r, stderr)
	}
	if r.Sent != 100 || r.Answered != 100 || r.Errors != 0 || r.SessionsFailed != 0 {
		t.Errorf("sent %d answered %d errors %d (%v), want 100 answered and no errors", r.Sent, r.Answered, r.Errors, r.ErrorKinds)
	}
	if !(r.P50 > 0 && r.P50 <= r.P95 && r.P95 <= r.P99 && r.P99 <= r.Max) || r.SendP50 <= 0 {
		t.Errorf("latencies p50 %v p95 %v p99 %v max %v send p50 %v: want 0 < p50 ≤ p95 ≤ p99 ≤ max", r.P50, r.P95, r.P99, r.Max, r.SendP50)
	}
	if r.PerSecond <= 0 || r.PerSecond > 220 { // under -race the server may not keep up; it can never exceed the rate
		t.Errorf("throughput %.1f/s, want at most the 200/s asked", r.PerSecond)
	}
}

func TestLoadtestClosedLoopAndText(t *testing.T) {
	cfg := testConfig()
	cfg.sessionRate = 0
	ts := MustStartServer(t, cfg)
	var out bytes.Buffer
	code := run(t.Context(), []string{"loadtest", "--url", ts.WS, "--sessions", "2", "--closed", "--duration", "300ms",
		"--question", "كم يدوم مفعول البوتوكس؟"}, &cli{stdout: &out, stderr: io.Discard, getenv: func(string) string { return "" }})
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out.String())
	}
	for _, want := range []string{"2 opened, 0 failed", "answered/s", "p50", "p99"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

// Against a server with the per-session limit on, the tool reports the rate_limited errors and exits 1.
func TestLoadtestCountsErrors(t *testing.T) {
	ts := MustStartServer(t, testConfig()) // 30 a minute per session
	code, r, _ := runLoad(t, "--url", ts.WS, "--sessions", "1", "--rate", "200", "--duration", "200ms")
	if code != 1 || r.ErrorKinds["error rate_limited"] < 20 || r.Answered > 10 {
		t.Errorf("exit %d, answered %d, errors %v; want exit 1 with most messages rate_limited", code, r.Answered, r.ErrorKinds)
	}
}

func TestLoadtestIdle(t *testing.T) {
	ts := MustStartServer(t, testConfig())
	type out struct {
		code int
		r    loadResult
	}
	done := make(chan out, 1)
	go func() {
		code, r, _ := runLoad(t, "--url", ts.WS, "--sessions", "20", "--idle", "--duration", "1s")
		done <- out{code, r}
	}()
	waitUntil(t, "20 connections open", func() bool { return ts.hub.Len() == 20 })
	o := <-done
	if o.code != 0 || o.r.Mode != "idle" || o.r.SessionsFailed != 0 || o.r.Errors != 0 || o.r.Sent != 0 {
		t.Errorf("exit %d, %+v; want 20 idle sessions and no errors", o.code, o.r)
	}
	waitUntil(t, "the connections closed", func() bool { return ts.hub.Len() == 0 })
}

func TestLoadtestFlags(t *testing.T) {
	c := &cli{stderr: io.Discard, getenv: func(string) string { return "" }}
	for _, bad := range [][]string{
		{"--url", "ws://example.com/ws"},
		{"--url", "ws://10.0.0.1:8080/ws"},
		{"--url", "http://127.0.0.1:8080/ws"},
		{"--sessions", "0"},
		{"--sessions", "1000000"},
		{"--rate", "0"},
		{"--duration", "2h"},
		{"--duration", "0s"},
		{"--question", " "},
		{"--idle", "--closed"},
	} {
		if _, err := parseLoadFlags(c, bad); err == nil {
			t.Errorf("parseLoadFlags(%q) accepted", bad)
		}
	}
	for _, ok := range [][]string{
		{"--url", "ws://localhost:8080/ws"},
		{"--url", "ws://[::1]:8080/ws"},
		{"--url", "wss://example.com/ws", "--allow-remote"},
		{"--closed", "--rate", "0"},
	} {
		if _, err := parseLoadFlags(c, ok); err != nil {
			t.Errorf("parseLoadFlags(%q): %v", ok, err)
		}
	}
}

// The load tool asks what the clinic's own pages ask: the embedded knowledge base's, or --kb's.
func TestLoadtestQuestionsFromTheClinic(t *testing.T) {
	c := &cli{stderr: io.Discard, getenv: func(string) string { return "" }}
	home, err := parseLoadFlags(c, nil)
	if err != nil {
		t.Fatal(err)
	}
	dental, err := parseLoadFlags(c, []string{"--kb", "../../bot/eval/testdata/clinics/dental/kb"})
	if err != nil {
		t.Fatal(err)
	}
	if len(home.questions) < 5 || len(dental.questions) < 5 {
		t.Fatalf("questions: %d embedded, %d dental", len(home.questions), len(dental.questions))
	}
	if slices.Equal(home.questions, dental.questions) {
		t.Error("--kb did not change the questions")
	}
	if _, err := parseLoadFlags(c, []string{"--kb", "/nonexistent"}); err == nil {
		t.Error("--kb /nonexistent accepted")
	}
}

func TestPercentile(t *testing.T) {
	var d []time.Duration
	for i := 1; i <= 100; i++ {
		d = append(d, time.Duration(i))
	}
	for _, tc := range []struct {
		q    float64
		want time.Duration
	}{{0.5, 50}, {0.95, 95}, {0.99, 99}, {1, 100}, {0, 1}} {
		if got := percentile(d, tc.q); got != tc.want {
			t.Errorf("percentile(1..100, %v) = %v, want %v", tc.q, got, tc.want)
		}
	}
	if got := percentile(nil, 0.5); got != 0 {
		t.Errorf("percentile(nil) = %v", got)
	}
	if got := percentile([]time.Duration{7}, 0.99); got != 7 {
		t.Errorf("percentile([7], .99) = %v", got)
	}
}

// The frames the tool builds by hand are the protocol's JSON, whatever the question holds.
func TestLoadtestMessageFrame(t *testing.T) {
	qs := []string{"كم يدوم مفعول البوتوكس؟", `a "quoted" \ back`, "line\nbreak\t\u2028<b>&", "😊"}
	for i, q := range encodeQuestions(qs) {
		var got map[string]string
		if err := json.Unmarshal(messageFrame("s12-345", q), &got); err != nil {
			t.Fatalf("%q: %v", qs[i], err)
		}
		if len(got) != 3 || got["type"] != "message" || got["id"] != "s12-345" || got["text"] != qs[i] {
			t.Errorf("%q: frame decodes to %v", qs[i], got)
		}
	}
}
