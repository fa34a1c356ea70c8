package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/transport/httpx"
	"github.com/faqbot/faqbot/transport/ws"
)

// serveConfig is the configuration of faqbot serve: flags, each defaulting to its environment
// variable (CONTRACTS.md §5).
type serveConfig struct {
	addr     string
	kb       string // "": the embedded knowledge base
	redisURL string // "": an in-process Redis, nothing persists
	// origins may open /ws; empty: the server's own origin.
	origins       []string
	emergencyText string // "": the engine's default
	// sessionRate is messages a minute per session; 0: no limit.
	sessionRate int
	retention   time.Duration
	sessionIdle time.Duration
	logLevel    slog.Level
	staff       staffConfig    // serve_staff.go
	whatsapp    whatsappConfig // serve_whatsapp.go

	// pprofAddr serves net/http/pprof on a loopback address (pprof.go); "": off.
	pprofAddr string
	// perAddr bounds what one client address may do on /ws (serve_limits.go); zero value: no limits.
	perAddr addrConfig
	// limits bound HTTP requests, connections and what Redis holds (serve_limits.go); zero value: none.
	limits httpConfig
}

// Defaults of serveConfig.
const (
	defaultAddr        = ":8080"
	defaultRetention   = 90 * 24 * time.Hour
	defaultSessionIdle = 30 * time.Minute
)

func parseServeFlags(c *cli, args []string) (serveConfig, error) {
	fs := newFlagSet(c, command{name: "serve", usage: "serve [flags]",
		summary: "run the server: widget, WebSocket, WhatsApp webhook, staff console, health, metrics"})
	env := func(name, def string) string {
		if v := c.getenv(name); v != "" {
			return v
		}
		return def
	}
	var cfg serveConfig
	fs.StringVar(&cfg.addr, "addr", env("FAQBOT_ADDR", defaultAddr), "listen `address` (env FAQBOT_ADDR)")
	kb := kbFlag(fs, c)
	fs.StringVar(&cfg.redisURL, "redis-url", c.getenv("REDIS_URL"),
		"redis:// or rediss:// `URL` of Redis, or redis+cluster://host:port,host:port… of a Redis Cluster (env REDIS_URL; default: an in-process Redis, nothing persists)")
	origins := fs.String("allowed-origins", c.getenv("FAQBOT_ALLOWED_ORIGINS"),
		"comma-separated `origins` allowed to open /ws, or * (env FAQBOT_ALLOWED_ORIGINS; default: the server's own)")
	fs.StringVar(&cfg.emergencyText, "emergency-text", c.getenv("FAQBOT_EMERGENCY_TEXT"),
		"emergency guidance shown on red flags (env FAQBOT_EMERGENCY_TEXT; default: Arabic and English guidance)")
	rate := fs.String("session-rate", env("FAQBOT_SESSION_RATE", strconv.Itoa(ws.DefaultSessionRate)),
		"`messages` a session may send a minute before rate_limited; 0 turns the limit off (env FAQBOT_SESSION_RATE)")
	retention := fs.String("retention", env("FAQBOT_RETENTION", "90d"),
		"how long conversation logs are kept: a Go `duration` or days such as 90d (env FAQBOT_RETENTION)")
	idle := fs.String("session-idle", env("FAQBOT_SESSION_IDLE", defaultSessionIdle.String()),
		"how long a session lives without messages (env FAQBOT_SESSION_IDLE)")
	level := fs.String("log-level", env("FAQBOT_LOG_LEVEL", "info"), "log `level`: debug, info, warn or error (env FAQBOT_LOG_LEVEL)")
	fs.StringVar(&cfg.pprofAddr, "pprof-addr", c.getenv("FAQBOT_PPROF_ADDR"),
		"serve the Go profiler (net/http/pprof) on this loopback `address`, e.g. 127.0.0.1:6060 (env FAQBOT_PPROF_ADDR; default: off)")
	staffCfg := staffFlags(fs, c)
	addrCfg := addrFlags(fs, c)
	limitsCfg := httpFlags(fs, c)
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	cfg.kb = *kb
	for _, o := range strings.Split(*origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			cfg.origins = append(cfg.origins, o)
		}
	}
	var err error
	if cfg.sessionRate, err = strconv.Atoi(strings.TrimSpace(*rate)); err != nil || cfg.sessionRate < 0 {
		return cfg, fmt.Errorf("--session-rate (FAQBOT_SESSION_RATE) %q: want a whole number of messages a minute, 0 for no limit", *rate)
	}
	if cfg.retention, err = parseDays(*retention); err != nil {
		return cfg, fmt.Errorf("--retention (FAQBOT_RETENTION): %v", err)
	}
	if cfg.sessionIdle, err = parseDays(*idle); err != nil {
		return cfg, fmt.Errorf("--session-idle (FAQBOT_SESSION_IDLE): %v", err)
	}
	if cfg.staff, err = staffCfg(); err != nil {
		return cfg, err
	}
	if cfg.perAddr, err = addrCfg(); err != nil {
		return cfg, err
	}
	if cfg.limits, err = limitsCfg(); err != nil {
		return cfg, err
	}
	if cfg.whatsapp, err = whatsappFromEnv(c); err != nil {
		return cfg, err
	}
	if err := cfg.logLevel.UnmarshalText([]byte(*level)); err != nil {
		return cfg, fmt.Errorf("--log-level (FAQBOT_LOG_LEVEL) %q: want debug, info, warn or error", *level)
	}
	return cfg, checkServeConfig(cfg) // serve_check.go
}

// parseDays parses a positive Go duration ("36h", "30m") or a whole number of days ("90d").
func parseDays(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if n, ok := strings.CutSuffix(s, "d"); ok {
		days, err := strconv.Atoi(n)
		if err != nil || days <= 0 || days > 100*365 {
			return 0, fmt.Errorf("%q: want a positive number of days such as 90d", s)
		}
		return time.Duration(days) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("%q: want a positive duration such as 30m, 36h or 90d", s)
	}
	return d, nil
}

// newLogger returns the server's logger: JSON lines on w, with request ids from the context.
func newLogger(w io.Writer, level slog.Level) *slog.Logger {
	return slog.New(httpx.LogHandler(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: level})))
}

func runServe(ctx context.Context, c *cli, args []string) error {
	cfg, err := parseServeFlags(c, args)
	if err != nil {
		return err
	}
	log := newLogger(c.stderr, cfg.logLevel)
	// go-redis reports dial failures through a process-wide logger of its own: into ours, as JSON.
	redis.SetLogger(redisLogger{log})
	keepGCHeadroom()
	if cfg.pprofAddr != "" {
		_, stop, err := startPprof(ctx, cfg.pprofAddr, log)
		if err != nil {
			return err
		}
		defer stop()
	}
	s, err := NewServer(ctx, cfg, log)
	if err != nil {
		return err
	}
	return s.Run(ctx)
}

// redisLogger hands go-redis's log lines to slog. They name addresses and errors, never data.
type redisLogger struct{ log *slog.Logger }

func (l redisLogger) Printf(ctx context.Context, format string, v ...any) {
	l.log.WarnContext(ctx, "redis: "+fmt.Sprintf(format, v...))
}
