package main

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/alicebob/miniredis/v2"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
)

const emergencyQuestion = "سويت بوتوكس امس والحين عندي صعوبة في البلع"

// metrics is one scrape of /metrics.
type metrics map[string]*dto.MetricFamily

// MustScrape GETs /metrics from a running server and parses the text format.
func MustScrape(tb testing.TB, baseURL string) metrics {
	tb.Helper()
	resp, err := http.Get(baseURL + "/metrics")
	if err != nil {
		tb.Fatalf("GET /metrics: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		tb.Fatalf("GET /metrics: %s", resp.Status)
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(resp.Body)
	if err != nil {
		tb.Fatalf("parsing /metrics: %v", err)
	}
	return fams
}

// value is the value of the series of family name with the given label pairs (a histogram's
// sample count); the sum over the family's series when no labels are given; -1 when there is none.
func (m metrics) value(name string, labels ...string) float64 {
	f, ok := m[name]
	if !ok {
		return -1
	}
	found, sum := false, 0.0
	for _, s := range f.GetMetric() {
		if !hasLabels(s, labels) {
			continue
		}
		found = true
		switch {
		case s.Counter != nil:
			sum += s.Counter.GetValue()
		case s.Gauge != nil:
			sum += s.Gauge.GetValue()
		case s.Histogram != nil:
			sum += float64(s.Histogram.GetSampleCount())
		case s.Untyped != nil:
			sum += s.Untyped.GetValue()
		}
	}
	if !found {
		return -1
	}
	return sum
}

func hasLabels(s *dto.Metric, pairs []string) bool {
	for i := 0; i+1 < len(pairs); i += 2 {
		ok := false
		for _, l := range s.GetLabel() {
			if l.GetName() == pairs[i] && l.GetValue() == pairs[i+1] {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// A real faqbot serve on a real redis-server, after a web conversation (an answer, an emergency, a
// resend, a bad frame), a WhatsApp question, a forged webhook and a Redis outage: every counter
// moved by what happened, and no label names a patient.
func TestMetricsScrapeAfterConversation(t *testing.T) {
	rs := redistest.Start(t)
	cfg, graph := whatsappTestConfig(t)
	cfg.redisURL = rs.URL()
	ts := MustStartServer(t, cfg)

	m := MustScrape(t, ts.URL)
	ix, err := openIndex("")
	if err != nil {
		t.Fatal(err)
	}
	st := ix.Stats()
	for name, want := range map[string]float64{
		"faqbot_ws_connections": 0, "faqbot_knowledge_documents": float64(st.Documents),
		"faqbot_knowledge_passages": float64(st.Passages), "faqbot_knowledge_faqs": float64(st.FAQs),
		"faqbot_log_buffer_pending": 0, "faqbot_duplicates_total": 0,
	} {
		if got := m.value(name); got != want {
			t.Errorf("before any conversation: %s = %v, want %v", name, got, want)
		}
	}
	if got := m.value("faqbot_messages_total", "channel", "web", "kind", "emergency"); got != 0 {
		t.Errorf("faqbot_messages_total{web,emergency} = %v before any message, want a series at 0", got)
	}

	// The web conversation.
	c := MustDialWS(t, ts.WS)
	w := c.hello("")
	if r := c.ask("m1", question); r.Reply == nil || r.Reply.Kind != bot.KindAnswer {
		t.Fatalf("m1: %+v", r)
	}
	if r := c.ask("m2", emergencyQuestion); r.Reply == nil || r.Reply.Kind != bot.KindEmergency {
		t.Fatalf("m2: %+v", r)
	}
	c.ask("m1", question) // the widget resends after a reconnect
	if r := c.roundTrip(map[string]any{"type": "message", "id": 7}); r.Code != "bad_request" {
		t.Fatalf("a numeric id: %+v, want bad_request", r)
	}

	// WhatsApp: a question answered, and a forged delivery refused.
	if code := waPost(t, ts, waText("wamid.M1", question)); code != http.StatusOK {
		t.Fatalf("webhook: %d", code)
	}
	graph.WaitSends(t, 1, waWait)
	req, _ := http.NewRequest(http.MethodPost, ts.URL+"/webhooks/whatsapp", strings.NewReader(string(waText("wamid.M2", question))))
	req.Header.Set("X-Hub-Signature-256", "sha256="+strings.Repeat("00", 32))
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("forged delivery: %v %v, want 401", resp, err)
	} else {
		resp.Body.Close()
	}

	// Redis goes away: the answer comes, its log write waits in the buffer, and Redis errors count.
	rs.Stop()
	if r := c.ask("m3", question); r.Reply == nil || r.Reply.Kind != bot.KindAnswer {
		t.Fatalf("m3 with Redis down: %+v", r)
	}
	// The write is behind the answer: the failure comes a moment later.
	waitUntil(t, "a Redis error counted", func() bool {
		m = MustScrape(t, ts.URL)
		return m.value("faqbot_redis_errors_total") >= 1
	})
	if got := m.value("faqbot_log_buffer_pending"); got < 1 {
		t.Errorf("faqbot_log_buffer_pending = %v with Redis down, want the waiting write", got)
	}
	rs.Restart()
	waitUntil(t, "the buffered write flushed", func() bool {
		m = MustScrape(t, ts.URL)
		return m.value("faqbot_log_buffer_flushed_total") >= 1 && m.value("faqbot_log_buffer_pending") == 0
	})

	m = MustScrape(t, ts.URL)
	for _, c := range []struct {
		name   string
		labels []string
		want   float64
	}{
		{"faqbot_messages_total", []string{"channel", "web", "kind", "answer"}, 2},
		{"faqbot_messages_total", []string{"channel", "web", "kind", "emergency"}, 1},
		{"faqbot_messages_total", []string{"channel", "whatsapp", "kind", "answer"}, 1},
		{"faqbot_duplicates_total", []string{"channel", "web"}, 1},
		{"faqbot_answer_seconds", []string{"channel", "web", "stage", "engine"}, 3},
		{"faqbot_answer_seconds", []string{"channel", "web", "stage", "total"}, 3},
		{"faqbot_answer_seconds", []string{"channel", "whatsapp", "stage", "total"}, 1},
		{"faqbot_ws_connections", nil, 1},
		{"faqbot_ws_error_frames_total", []string{"code", "bad_request"}, 1},
		{"faqbot_ws_error_frames_total", []string{"code", "rate_limited"}, 0},
		{"faqbot_whatsapp_webhooks_total", []string{"result", "bad_signature"}, 1},
		{"faqbot_log_buffer_dropped_total", nil, 0},
		{"faqbot_knowledge_reloads_total", []string{"result", "ok"}, 0},
		{"faqbot_knowledge_reloads_total", []string{"result", "failed"}, 0},
	} {
		if got := m.value(c.name, c.labels...); got != c.want {
			t.Errorf("%s%v = %v, want %v", c.name, c.labels, got, c.want)
		}
	}
	for _, name := range []string{"go_goroutines", "process_resident_memory_bytes", "faqbot_knowledge_loaded_timestamp_seconds",
		"faqbot_whatsapp_sent_total"} {
		if got := m.value(name); got <= 0 {
			t.Errorf("%s = %v, want a positive value", name, got)
		}
	}
	if got := m.value("faqbot_whatsapp_queued"); got != 0 {
		t.Errorf("faqbot_whatsapp_queued = %v, want 0 once answered", got)
	}

	// Labels are closed sets: ASCII words, never a conversation, a session or a phone number.
	conv, secret, _ := strings.Cut(w.Session, ".")
	for name, f := range m {
		for _, s := range f.GetMetric() {
			for _, l := range s.GetLabel() {
				v := l.GetValue()
				if strings.Contains(v, conv) || strings.Contains(v, secret) || strings.Contains(v, waPatient) ||
					strings.IndexFunc(v, func(r rune) bool { return r > unicode.MaxASCII }) >= 0 {
					t.Errorf("%s has label %s=%q", name, l.GetName(), v)
				}
			}
		}
	}
}

// The Redis hook counts failures by command, and not the misses and script-cache answers that are
// part of normal work.
func TestMetricsRedisErrors(t *testing.T) {
	mr := miniredis.RunT(t)
	reg := prometheus.NewRegistry()
	m, err := newServerMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	c := redis.NewClient(&redis.Options{Addr: mr.Addr(), MaxRetries: -1})
	defer c.Close()
	c.AddHook(m.redisHook())
	ctx := context.Background()
	if err := c.Get(ctx, "missing").Err(); err != redis.Nil {
		t.Fatalf("GET missing: %v", err)
	}
	if err := c.EvalSha(ctx, strings.Repeat("0", 40), nil).Err(); !redis.HasErrorPrefix(err, "NOSCRIPT") {
		t.Fatalf("EVALSHA unknown: %v", err)
	}
	pipe := c.Pipeline()
	pipe.Get(ctx, "missing")
	pipe.Exec(ctx)
	if got := counterSum(t, reg, "faqbot_redis_errors_total"); got != 0 {
		t.Fatalf("%v Redis errors counted for a miss and NOSCRIPT, want 0", got)
	}

	c.Do(ctx, "HGETALL") // wrong number of arguments: an error reply
	mr.Close()
	c.Set(ctx, "k", "v", 0)
	pipe = c.Pipeline()
	pipe.Get(ctx, "a")
	pipe.Get(ctx, "b")
	pipe.Exec(ctx)
	want := map[string]float64{"hgetall": 1, "set": 1, "get": 1} // the pipeline once
	for cmd, n := range want {
		if got := counterSum(t, reg, "faqbot_redis_errors_total", "command", cmd); got != n {
			t.Errorf("faqbot_redis_errors_total{command=%q} = %v, want %v", cmd, got, n)
		}
	}
}

// counterSum gathers reg and sums family name's counters with the given labels.
func counterSum(tb testing.TB, reg *prometheus.Registry, name string, labels ...string) float64 {
	tb.Helper()
	fams, err := reg.Gather()
	if err != nil {
		tb.Fatal(err)
	}
	m := metrics{}
	for _, f := range fams {
		m[f.GetName()] = f
	}
	return max(0, m.value(name, labels...))
}

// What metrics add to each patient message (the service calls Handled once a message).
func BenchmarkMetricsHandled(b *testing.B) {
	m, err := newServerMetrics(prometheus.NewRegistry())
	if err != nil {
		b.Fatal(err)
	}
	h := bot.Handled{Channel: bot.ChannelWeb, Kind: bot.KindAnswer, Engine: 80 * time.Microsecond, Total: 200 * time.Microsecond}
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			m.Handled(h)
		}
	})
}

// A channel or reply kind this file does not know is counted under "other", never as a new label
// made from what the caller passed.
func TestMetricsUnknownLabelsCountedAsOther(t *testing.T) {
	reg := prometheus.NewRegistry()
	m, err := newServerMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	m.Handled(bot.Handled{Channel: "sms", Kind: "novel", Total: time.Millisecond})
	m.Handled(bot.Handled{Channel: bot.ChannelWeb, Kind: "novel", Engine: time.Microsecond, Total: time.Millisecond})
	m.Handled(bot.Handled{Channel: bot.ChannelWhatsApp, Total: time.Millisecond})
	m.ErrorFrame("novel_code")
	for _, c := range []struct {
		name   string
		labels []string
		want   float64
	}{
		{"faqbot_messages_total", []string{"channel", "other", "kind", "other"}, 1},
		{"faqbot_messages_total", []string{"channel", "web", "kind", "other"}, 1},
		{"faqbot_messages_total", []string{"channel", "whatsapp", "kind", "held"}, 1},
		{"faqbot_answer_seconds", []string{"channel", "other", "stage", "total"}, 1},
		{"faqbot_answer_seconds", []string{"channel", "web", "stage", "engine"}, 1},
		{"faqbot_answer_seconds", []string{"channel", "whatsapp", "stage", "engine"}, 0},
		{"faqbot_ws_error_frames_total", []string{"code", "other"}, 1},
		{"faqbot_messages_total", []string{"kind", "novel"}, 0},
	} {
		if got := counterSum(t, reg, c.name, c.labels...); got != c.want {
			t.Errorf("%s%v = %v, want %v", c.name, c.labels, got, c.want)
		}
	}
}
