package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/transport/httpx"
	"github.com/faqbot/faqbot/transport/ws"
	"github.com/faqbot/faqbot/web"
)

// Timings of the server.
const (
	// connectTimeout bounds reaching Redis at start: a wrong REDIS_URL should fail the start
	// quickly and say so, not hang.
	connectTimeout = 10 * time.Second
	// shutdownTimeout bounds the whole graceful shutdown (SIGTERM to exit): orchestrators kill
	// after 30 s by default, so closing connections and flushing writes must fit well within it.
	shutdownTimeout = 15 * time.Second
	// readHeaderTimeout bounds how long a client may take to send request headers (slowloris).
	readHeaderTimeout = 10 * time.Second
	// idleTimeout closes keep-alive HTTP connections nobody uses. Upgraded WebSockets are not
	// affected: they keep their own timings (transport/ws).
	idleTimeout = 2 * time.Minute
)

// Server is faqbot serve: everything wired and listening. main and the end-to-end tests both use
// it: NewServer, then Run until the context ends (or Close).
type Server struct {
	cfg serveConfig
	log *slog.Logger
	// kb is the knowledge base, reloaded on SIGHUP and folder changes (reload.go); engine is its
	// engine, swapped when it reloads.
	kb     *knowledgeBase
	engine *bot.Swappable
	// metrics are served on GET /metrics (metrics.go).
	metrics *serverMetrics
	// redis is the Redis store (real or in-process); buffer is what the service writes through:
	// it keeps log writes while Redis is unreachable and writes them when it is back.
	redis  *redisstore.Store
	buffer *bot.BufferedStore
	svc    *bot.Service
	hub    *ws.Hub
	ln     net.Listener
	http   *http.Server
	staff  staffParts // serve_staff.go
	// whatsapp is the WhatsApp channel (serve_whatsapp.go).
	whatsapp whatsappParts
	// replicas joins this replica to the others on the same Redis (serve_redis.go).
	replicas replicaParts
}

// NewServer loads the knowledge base, connects to Redis, builds the routes and listens on cfg.addr
// (":0" picks a free port; see Addr). Close releases what it opened, also when Run is not called.
func NewServer(ctx context.Context, cfg serveConfig, log *slog.Logger) (_ *Server, err error) {
	s := &Server{cfg: cfg, log: log}
	defer func() {
		if err != nil {
			s.closeStores(ctx)
		}
	}()
	if err = checkStaff(cfg); err != nil { // serve_check.go
		return nil, err
	}
	start := time.Now()
	if s.kb, err = openKnowledge(cfg.kb, bot.Config{EmergencyText: cfg.emergencyText}, log); err != nil {
		return nil, fmt.Errorf("knowledge base: %w", err)
	}
	s.engine = s.kb.engine
	if s.metrics, err = newServerMetrics(prometheus.NewRegistry()); err != nil {
		return nil, err
	}
	log.InfoContext(ctx, "knowledge loaded", "kb", kbName(cfg.kb), "took", time.Since(start).Round(time.Millisecond))

	opts := cfg.limits.storeCaps(redisstore.Options{SessionTTL: cfg.sessionIdle})
	if cfg.redisURL == "" {
		if s.redis, err = redisstore.OpenInProcess(opts); err != nil {
			return nil, err
		}
		log.WarnContext(ctx, "REDIS_URL is not set: using an in-process Redis; nothing persists, and replicas share nothing")
	} else {
		cctx, cancel := context.WithTimeout(ctx, connectTimeout)
		s.redis, err = redisstore.Open(cctx, cfg.redisURL, opts)
		cancel()
		if err != nil {
			return nil, err
		}
		log.InfoContext(ctx, "redis connected", "redis", redisHost(cfg.redisURL))
	}
	s.redis.Client().AddHook(s.metrics.redisHook())
	// Write-behind: answers do not wait for Redis (see bot.BufferOptions.WriteBehind); commits
	// wait in the buffer, in order, and Close flushes them at shutdown.
	s.buffer = bot.NewBufferedStore(s.redis, bot.BufferOptions{Retryable: redisstore.Retryable, WriteBehind: true})
	s.svc = &bot.Service{Engine: s.engine, Store: s.buffer, Observer: s.metrics, OnEmergency: s.onEmergency}
	s.hub = ws.NewHub(log)
	if err = s.startRelay(ctx); err != nil {
		return nil, err
	}
	if err := s.metrics.watch(s.buffer, s.hub, s.kb); err != nil {
		return nil, err
	}

	mux := http.NewServeMux()
	for _, mount := range s.mounts() {
		if err := mount(mux); err != nil {
			return nil, err
		}
	}
	s.http = &http.Server{
		Handler:           httpx.RequestID(httpx.AccessLog(log, httpx.Limit(cfg.limits.limits(cfg.perAddr), mux))),
		ReadHeaderTimeout: readHeaderTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	if s.ln, err = (&net.ListenConfig{}).Listen(ctx, "tcp", cfg.addr); err != nil {
		return nil, err
	}
	if err = s.applyLimits(); err != nil { // serve_limits.go
		return nil, err
	}
	log.InfoContext(ctx, "listening", "addr", s.ln.Addr().String())
	return s, nil
}

// mounts lists what the server serves; each adds its routes to mux. A channel or console joins the
// server by adding its mount here.
func (s *Server) mounts() []func(mux *http.ServeMux) error {
	return []func(*http.ServeMux) error{s.mountStaff, s.mountHealth, s.mountWeb, s.mountWebSocket, s.mountWhatsApp, s.mountMetrics}
}

func (s *Server) mountHealth(mux *http.ServeMux) error {
	mux.Handle("GET /healthz", httpx.Healthz())
	mux.Handle("GET /readyz", httpx.Readyz(s.readyChecks()...))
	return nil
}

func (s *Server) mountMetrics(mux *http.ServeMux) error {
	mux.Handle("GET /metrics", s.metrics.handler(s.log))
	return nil
}

// readyChecks are the conditions of GET /readyz: the knowledge base is loaded, Redis answers and
// no log writes wait for it (a replica still catching up should not take new patients first).
func (s *Server) readyChecks() []httpx.Check {
	return []httpx.Check{
		{Name: "knowledge", Run: func(context.Context) error {
			if s.engine == nil {
				return errors.New("not loaded")
			}
			return nil
		}},
		{Name: "redis", Run: func(ctx context.Context) error { return s.redis.Ping(ctx) }},
		{Name: "log writes", Run: func(context.Context) error {
			if !s.buffer.Healthy() {
				return fmt.Errorf("%d waiting for Redis", s.buffer.Pending())
			}
			return nil
		}},
	}
}

func (s *Server) mountWeb(mux *http.ServeMux) error {
	mux.Handle("GET /{$}", web.Page())
	mux.Handle("GET /widget.js", web.Widget())
	return nil
}

func (s *Server) mountWebSocket(mux *http.ServeMux) error {
	rate := s.cfg.sessionRate
	if rate == 0 {
		rate = -1 // FAQBOT_SESSION_RATE=0: no limit
	}
	cfg := ws.Config{Logger: s.log, AllowedOrigins: s.cfg.origins, SessionRate: rate, Metrics: s.metrics, Addr: s.cfg.perAddr.limits()}
	if s.redis != nil {
		cfg.Days = s.redis // the daily share counted over all replicas
	}
	mux.Handle("GET /ws", ws.NewHandler(s.svc, s.hub, cfg))
	return nil
}

// Addr is the address the server listens on.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Run serves until ctx ends, then shuts down gracefully (see Close) and returns nil, or Close's error.
func (s *Server) Run(ctx context.Context) error {
	defer s.watchKnowledge(ctx)()
	served := make(chan error, 1)
	go func() { served <- s.http.Serve(s.ln) }()
	select {
	case err := <-served:
		s.Close(context.Background())
		return fmt.Errorf("http: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout)
	defer cancel()
	err := s.Close(sctx)
	<-served // http.ErrServerClosed
	if err == nil {
		s.log.Info("stopped")
	}
	return err
}

// Close shuts the server down: it stops accepting, closes the WebSockets with 1001 (going away)
// while in-flight HTTP requests finish, then writes the log entries buffered for Redis (while ctx
// allows: those still waiting then are lost, and the error says how many) and disconnects.
// When ctx ends first, what is left is cut off and ctx's error returned.
func (s *Server) Close(ctx context.Context) error {
	wsDone := make(chan error, 1)
	// http.Server.Shutdown does not see hijacked connections, so the hub closes them alongside.
	go func() { wsDone <- s.hub.Shutdown(ctx) }()
	s.closeStaff() // event streams end, or Shutdown would wait for them
	err := s.http.Shutdown(ctx)
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	s.ln.Close() // Serve closes it too; this is for a server that never ran
	// The WhatsApp workers answer what is queued before Redis closes.
	err = errors.Join(err, <-wsDone, s.closeWhatsApp(ctx), s.closeStores(ctx))
	if err != nil {
		s.log.Error("shutdown incomplete", "err", err)
	}
	return err
}

// closeStores writes out what is buffered (bounded by ctx) and disconnects from Redis.
func (s *Server) closeStores(ctx context.Context) error {
	s.stopRetention() // before Redis closes under it
	err := s.stopRelay(ctx)
	if s.buffer != nil {
		pending := s.buffer.Pending()
		if err = s.buffer.Close(ctx); err == nil && pending > 0 {
			s.log.InfoContext(ctx, "buffered log writes flushed", "count", pending)
		}
		s.buffer = nil
	}
	if s.redis != nil {
		err = errors.Join(err, s.redis.Close())
		s.redis = nil
	}
	return err
}

func kbName(dir string) string {
	if dir == "" {
		return "embedded"
	}
	return dir
}

// redisHost is the host of a Redis URL, for logs: never the password.
func redisHost(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "?"
	}
	return u.Scheme + "://" + u.Host
}
