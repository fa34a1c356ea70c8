package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/transport/ws"
)

// The metrics of faqbot serve, on GET /metrics. The registry is made per Server (never the global
// one), so tests can run servers side by side, and handed to the parts that export their own
// (WhatsApp). Labels are closed sets chosen here (channel, reply kind, error code, Redis command):
// never patient text, conversation or session ids, or phone numbers.

// latencyBuckets span an engine answer (tens of µs) to a Redis outage's timeout (seconds).
var latencyBuckets = []float64{25e-6, 50e-6, 100e-6, 250e-6, 500e-6, 1e-3, 2.5e-3, 5e-3, 10e-3, 25e-3, 50e-3,
	100e-3, 250e-3, 500e-3, 1, 2.5, 5}

// kindHeld labels messages staff answer (the bot stayed silent); kindOther an unexpected kind.
const (
	kindHeld  = "held"
	kindOther = "other"
)

var (
	metricChannels = []string{bot.ChannelWeb, bot.ChannelWhatsApp}
	metricKinds    = []bot.Kind{bot.KindAnswer, bot.KindClarify, bot.KindEmergency, bot.KindSmalltalk, bot.KindHandoff,
		bot.KindFallback}
	metricWSCodes = []string{ws.CodeBadRequest, ws.CodeTooLong, ws.CodeRateLimited, ws.CodeUnavailable}
)

// serverMetrics are the server's own collectors. It is the bot.Observer of the service and the
// ws.Metrics of the WebSocket handler.
type serverMetrics struct {
	reg           *prometheus.Registry
	messages      *prometheus.CounterVec
	duplicates    *prometheus.CounterVec
	storeFailures *prometheus.CounterVec
	latency       *prometheus.HistogramVec
	wsErrors      *prometheus.CounterVec
	redisErrors   *prometheus.CounterVec
	// byChannel holds each channel's series, looked up once here rather than by label values on
	// every message. Read-only after newServerMetrics.
	byChannel map[string]*channelSeries
}

// channelSeries are one channel's series.
type channelSeries struct {
	kinds                     map[bot.Kind]prometheus.Counter // "" (held) and kindOther included
	duplicates, storeFailures prometheus.Counter
	engine, total             prometheus.Observer
}

var (
	_ bot.Observer = (*serverMetrics)(nil)
	_ ws.Metrics   = (*serverMetrics)(nil)
)

// newServerMetrics registers the server's collectors, with the Go runtime's and the process's, on reg.
func newServerMetrics(reg *prometheus.Registry) (*serverMetrics, error) {
	m := &serverMetrics{
		reg: reg,
		messages: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "faqbot_messages_total",
			Help: "Patient messages handled, by channel and reply kind (held: staff hold the conversation, the bot stayed silent). Resent duplicates are not counted.",
		}, []string{"channel", "kind"}),
		duplicates: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "faqbot_duplicates_total",
			Help: "Patient messages resent with an id already answered, answered again with the first reply and not logged twice, by channel.",
		}, []string{"channel"}),
		storeFailures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "faqbot_message_store_errors_total",
			Help: "Patient messages whose conversation log could not be written even to the write buffer (buffer full, bad input), by channel.",
		}, []string{"channel"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "faqbot_answer_seconds",
			Help:    "Time to answer a patient message, by channel and stage: engine (knowledge search and triage) or total (store reads, engine and log write).",
			Buckets: latencyBuckets,
		}, []string{"channel", "stage"}),
		wsErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "faqbot_ws_error_frames_total",
			Help: "WebSocket error frames sent, by code (bad_request, too_long, rate_limited, unavailable).",
		}, []string{"code"}),
		redisErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "faqbot_redis_errors_total",
			Help: "Redis commands that failed (unreachable, timeout, error reply), by command; a miss is not an error.",
		}, []string{"command"}),
	}
	// Every series a dashboard expects starts at 0 rather than appearing on its first event.
	m.byChannel = map[string]*channelSeries{}
	for _, ch := range metricChannels {
		cs := &channelSeries{kinds: map[bot.Kind]prometheus.Counter{}, duplicates: m.duplicates.WithLabelValues(ch),
			storeFailures: m.storeFailures.WithLabelValues(ch), engine: m.latency.WithLabelValues(ch, "engine"),
			total: m.latency.WithLabelValues(ch, "total")}
		for _, k := range metricKinds {
			cs.kinds[k] = m.messages.WithLabelValues(ch, string(k))
		}
		cs.kinds[""] = m.messages.WithLabelValues(ch, kindHeld)
		m.byChannel[ch] = cs
	}
	for _, code := range metricWSCodes {
		m.wsErrors.WithLabelValues(code)
	}
	err := register(reg, m.messages, m.duplicates, m.storeFailures, m.latency, m.wsErrors, m.redisErrors,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if err != nil {
		return nil, err
	}
	return m, nil
}

func register(reg prometheus.Registerer, cs ...prometheus.Collector) error {
	for _, c := range cs {
		if err := reg.Register(c); err != nil {
			return err
		}
	}
	return nil
}

// Handled counts a patient message and its timings (bot.Observer).
func (m *serverMetrics) Handled(h bot.Handled) {
	cs := m.byChannel[h.Channel]
	if cs == nil {
		m.handledOther(h)
		return
	}
	if h.StoreFailed {
		cs.storeFailures.Inc()
	}
	if h.Duplicate {
		cs.duplicates.Inc()
		return
	}
	c, ok := cs.kinds[h.Kind]
	if !ok {
		c = m.messages.WithLabelValues(h.Channel, kindOther)
	}
	c.Inc()
	if h.Engine > 0 {
		cs.engine.Observe(h.Engine.Seconds())
	}
	cs.total.Observe(h.Total.Seconds())
}

// handledOther counts a message of a channel this file does not know yet under "other": counted,
// never a label made from unchecked input.
func (m *serverMetrics) handledOther(h bot.Handled) {
	if h.StoreFailed {
		m.storeFailures.WithLabelValues(kindOther).Inc()
	}
	if h.Duplicate {
		m.duplicates.WithLabelValues(kindOther).Inc()
		return
	}
	m.messages.WithLabelValues(kindOther, kindLabel(h.Kind)).Inc()
	if h.Engine > 0 {
		m.latency.WithLabelValues(kindOther, "engine").Observe(h.Engine.Seconds())
	}
	m.latency.WithLabelValues(kindOther, "total").Observe(h.Total.Seconds())
}

func kindLabel(k bot.Kind) string {
	if k == "" {
		return kindHeld
	}
	for _, known := range metricKinds {
		if k == known {
			return string(k)
		}
	}
	return kindOther
}

// ErrorFrame counts a WebSocket error frame (ws.Metrics).
func (m *serverMetrics) ErrorFrame(code string) {
	for _, known := range metricWSCodes {
		if code == known {
			m.wsErrors.WithLabelValues(code).Inc()
			return
		}
	}
	m.wsErrors.WithLabelValues(kindOther).Inc()
}

// watch exports the state of parts that keep their own counts: the log write buffer, the
// WebSocket hub and the knowledge base.
func (m *serverMetrics) watch(buf *bot.BufferedStore, hub *ws.Hub, kb *knowledgeBase) error {
	gauge := func(name, help string, f func() float64) prometheus.Collector {
		return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: name, Help: help}, f)
	}
	counter := func(name, help string, f func() float64) prometheus.Collector {
		return prometheus.NewCounterFunc(prometheus.CounterOpts{Name: name, Help: help}, f)
	}
	reloads := func(ok bool) prometheus.Collector {
		result := "failed"
		if ok {
			result = "ok"
		}
		return prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name:        "faqbot_knowledge_reloads_total",
			Help:        "Knowledge base reloads (SIGHUP or a change in FAQBOT_KB), by result; a failed one leaves the previous knowledge base serving.",
			ConstLabels: prometheus.Labels{"result": result},
		}, func() float64 { return float64(kb.Reloads(ok)) })
	}
	stat := func(f func(s kbStats) int) func() float64 {
		return func() float64 { return float64(f(kb.Stats())) }
	}
	return register(m.reg,
		gauge("faqbot_ws_connections", "Open patient WebSocket connections on this replica.",
			func() float64 { return float64(hub.Len()) }),
		gauge("faqbot_log_buffer_pending", "Conversation log writes waiting in memory for Redis (written behind the answers; many while Redis is away).",
			func() float64 { return float64(buf.Pending()) }),
		counter("faqbot_log_buffer_flushed_total", "Conversation log writes the buffer has written to Redis.",
			func() float64 { return float64(buf.Flushed()) }),
		counter("faqbot_log_buffer_dropped_total", "Conversation log writes lost: the buffer was full, or Redis refused them for good.",
			func() float64 { return float64(buf.Dropped()) }),
		reloads(true), reloads(false),
		gauge("faqbot_knowledge_documents", "Documents in the knowledge base now serving.",
			stat(func(s kbStats) int { return s.Documents })),
		gauge("faqbot_knowledge_sections", "Sections in the knowledge base now serving.",
			stat(func(s kbStats) int { return s.Sections })),
		gauge("faqbot_knowledge_faqs", "FAQ pairs in the knowledge base now serving.",
			stat(func(s kbStats) int { return s.FAQs })),
		gauge("faqbot_knowledge_passages", "Searchable passages in the knowledge base now serving.",
			stat(func(s kbStats) int { return s.Passages })),
		gauge("faqbot_knowledge_loaded_timestamp_seconds", "When the knowledge base now serving was loaded (Unix time).",
			func() float64 { return float64(kb.Stats().Loaded.UnixNano()) / 1e9 }),
	)
}

// handler serves the registry in Prometheus's formats.
func (m *serverMetrics) handler(log *slog.Logger) http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{
		Registry: m.reg, // counts its own errors (promhttp_metric_handler_errors_total)
		ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	})
}

// redisHook counts failed Redis commands. It sees commands, never their arguments.
func (m *serverMetrics) redisHook() redis.Hook { return redisErrorHook{m.redisErrors} }

type redisErrorHook struct{ errs *prometheus.CounterVec }

func (h redisErrorHook) DialHook(next redis.DialHook) redis.DialHook { return next }

func (h redisErrorHook) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		err := next(ctx, cmd)
		if redisFailed(err) && !handshakeRefused(cmd.Name(), err) {
			h.errs.WithLabelValues(cmd.Name()).Inc()
		}
		return err
	}
}

// ProcessPipelineHook counts a failed pipeline once, under its first failed command: when the
// connection fails every command in it fails with the same error.
func (h redisErrorHook) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		err := next(ctx, cmds)
		for _, c := range cmds {
			if redisFailed(c.Err()) {
				if !handshakeRefused(c.Name(), c.Err()) {
					h.errs.WithLabelValues(c.Name()).Inc()
				}
				return err
			}
		}
		if redisFailed(err) { // no command failed, yet the pipeline did
			h.errs.WithLabelValues("pipeline").Inc()
		}
		return err
	}
}

// handshakeRefused is true for a connection handshake command the server does not know (HELLO 3
// or CLIENT SETINFO before Redis 7.2): go-redis carries on without it on every new connection.
// (In a process hook the command's own Err is not set yet: the hook's error is what counts.)
func handshakeRefused(name string, err error) bool {
	var reply redis.Error
	return (name == "hello" || name == "client") && errors.As(err, &reply)
}

// redisFailed tells a Redis failure from the answers that are part of normal work: a missing key,
// a script not cached yet (retried with EVAL), a WATCH that saw a change, a caller giving up.
func redisFailed(err error) bool {
	switch {
	case err == nil, errors.Is(err, redis.Nil), errors.Is(err, redis.TxFailedErr), errors.Is(err, context.Canceled),
		redis.HasErrorPrefix(err, "NOSCRIPT"):
		return false
	}
	return true
}
