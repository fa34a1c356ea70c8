package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/netip"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/transport/httpx"
	"github.com/faqbot/faqbot/transport/ws"
)

// addrConfig bounds what one client address may do on /ws (ws.AddrLimits): flood protection.
type addrConfig struct {
	// conns is how many WebSockets one address may hold open; 0: no limit.
	conns int
	// rate is how many messages (and hellos) a minute one address may send; 0: no limit.
	rate int
	// trusted are the reverse proxies whose X-Forwarded-For names the client.
	trusted []netip.Prefix
	// daily is how many messages one address may have logged a day; 0: no limit.
	daily int
}

// addrFlags defines the per-address flags on fs; the returned function, called after fs.Parse,
// checks them.
func addrFlags(fs *flag.FlagSet, c *cli) func() (addrConfig, error) {
	env := func(name, def string) string {
		if v := c.getenv(name); v != "" {
			return v
		}
		return def
	}
	conns := fs.String("addr-conns", env("FAQBOT_ADDR_CONNS", strconv.Itoa(ws.DefaultAddrConns)),
		"WebSocket `connections` one client address may hold open before HTTP 429; 0 turns the limit off (env FAQBOT_ADDR_CONNS)")
	rate := fs.String("addr-rate", env("FAQBOT_ADDR_RATE", strconv.Itoa(ws.DefaultAddrRate)),
		"`messages` a minute one client address may send over all its connections before rate_limited; 0 turns the limit off (env FAQBOT_ADDR_RATE)")
	daily := fs.String("addr-daily", env("FAQBOT_ADDR_DAILY", strconv.Itoa(ws.DefaultAddrDaily)),
		"`messages` one client address may have answered and logged a day (UTC) before rate_limited; red flags are still answered; 0 turns the limit off (env FAQBOT_ADDR_DAILY)")
	proxies := fs.String("trusted-proxies", c.getenv("FAQBOT_TRUSTED_PROXIES"),
		"comma-separated `addresses` or CIDR networks of reverse proxies whose X-Forwarded-For names the client (env FAQBOT_TRUSTED_PROXIES; default: none, X-Forwarded-For is ignored)")
	return func() (addrConfig, error) {
		var a addrConfig
		var err error
		if a.conns, err = strconv.Atoi(strings.TrimSpace(*conns)); err != nil || a.conns < 0 {
			return a, fmt.Errorf("--addr-conns (FAQBOT_ADDR_CONNS) %q: want a whole number of connections, 0 for no limit", *conns)
		}
		if a.rate, err = strconv.Atoi(strings.TrimSpace(*rate)); err != nil || a.rate < 0 {
			return a, fmt.Errorf("--addr-rate (FAQBOT_ADDR_RATE) %q: want a whole number of messages a minute, 0 for no limit", *rate)
		}
		if a.daily, err = strconv.Atoi(strings.TrimSpace(*daily)); err != nil || a.daily < 0 {
			return a, fmt.Errorf("--addr-daily (FAQBOT_ADDR_DAILY) %q: want a whole number of messages a day, 0 for no limit", *daily)
		}
		if a.trusted, err = ws.ParseProxies(*proxies); err != nil {
			return a, fmt.Errorf("--trusted-proxies (FAQBOT_TRUSTED_PROXIES) %q: %v", *proxies, err)
		}
		return a, nil
	}
}

// limits is the configuration as ws.AddrLimits, where 0 means the default and negative no limit.
func (a addrConfig) limits() ws.AddrLimits {
	return ws.AddrLimits{Conns: off(a.conns), Rate: off(a.rate), Daily: off(a.daily), TrustedProxies: a.trusted}
}

// httpConfig bounds what an HTTP request and a connection may cost (httpx.Limits, httpx.ConnLimit)
// and how much one conversation and one address may make Redis hold.
type httpConfig struct {
	bodyTimeout  time.Duration // a request body's sending time; 0: none
	maxBody      int64         // bytes; 0: none
	addrRequests int           // requests in flight per address; 0: no limit
	// maxConns is how many connections may be open at once; 0: derived from RLIMIT_NOFILE.
	maxConns int
	// logEntries and logBytes cap a conversation's log (redisstore.Options); 0: no cap.
	logEntries int
	logBytes   int64
}

// Defaults of httpConfig beyond httpx's and redisstore's.
const (
	// An eighth of the open-files limit, at least minFDReserve descriptors, is kept from
	// connections for Redis, the knowledge base's files and the logs.
	fdReserveShare = 8
	minFDReserve   = 64
)

// httpFlags defines the HTTP, connection and storage limit flags on fs; the returned function,
// called after fs.Parse, checks them.
func httpFlags(fs *flag.FlagSet, c *cli) func() (httpConfig, error) {
	env := func(name, def string) string {
		if v := c.getenv(name); v != "" {
			return v
		}
		return def
	}
	bodyTimeout := fs.String("body-timeout", env("FAQBOT_BODY_TIMEOUT", httpx.DefaultBodyTimeout.String()),
		"how long (a `duration`) a client may take to send a request body before the connection is closed; 0 turns it off (env FAQBOT_BODY_TIMEOUT)")
	maxBody := fs.String("max-body", env("FAQBOT_MAX_BODY", strconv.Itoa(httpx.DefaultMaxBody)),
		"largest request body in `bytes` before HTTP 413; 0 turns the limit off (env FAQBOT_MAX_BODY)")
	addrReqs := fs.String("addr-requests", env("FAQBOT_ADDR_REQUESTS", strconv.Itoa(httpx.DefaultAddrRequests)),
		"HTTP `requests` one client address may have in flight before HTTP 429; 0 turns the limit off (env FAQBOT_ADDR_REQUESTS)")
	maxConns := fs.String("max-conns", env("FAQBOT_MAX_CONNS", "0"),
		"`connections` (HTTP and WebSocket) open at once before new ones get HTTP 503; 0: the open-files limit (RLIMIT_NOFILE) less a reserve (env FAQBOT_MAX_CONNS)")
	logEntries := fs.String("log-max-entries", env("FAQBOT_LOG_MAX_ENTRIES", strconv.Itoa(redisstore.DefaultMaxEntries)),
		"`entries` a conversation's log keeps, the oldest trimmed; 0 turns the cap off (env FAQBOT_LOG_MAX_ENTRIES)")
	logBytes := fs.String("log-max-bytes", env("FAQBOT_LOG_MAX_BYTES", strconv.Itoa(redisstore.DefaultMaxBytes)),
		"`bytes` a conversation's log keeps, the oldest trimmed; 0 turns the cap off (env FAQBOT_LOG_MAX_BYTES)")
	return func() (httpConfig, error) {
		var h httpConfig
		var err error
		count := func(flagName, env, val, what string) (int64, error) {
			n, err := strconv.ParseInt(strings.TrimSpace(val), 10, 64)
			if err != nil || n < 0 {
				return 0, fmt.Errorf("--%s (%s) %q: want a whole number of %s, 0 for no limit", flagName, env, val, what)
			}
			return n, nil
		}
		if v := strings.TrimSpace(*bodyTimeout); v != "0" {
			if h.bodyTimeout, err = time.ParseDuration(v); err != nil || h.bodyTimeout <= 0 {
				return h, fmt.Errorf("--body-timeout (FAQBOT_BODY_TIMEOUT) %q: want a duration such as 10s, 0 for none", *bodyTimeout)
			}
		}
		var n int64
		if h.maxBody, err = count("max-body", "FAQBOT_MAX_BODY", *maxBody, "bytes"); err != nil {
			return h, err
		}
		if n, err = count("addr-requests", "FAQBOT_ADDR_REQUESTS", *addrReqs, "requests"); err != nil {
			return h, err
		}
		h.addrRequests = int(n)
		if n, err = count("max-conns", "FAQBOT_MAX_CONNS", *maxConns, "connections"); err != nil {
			return h, err
		}
		h.maxConns = int(n)
		if n, err = count("log-max-entries", "FAQBOT_LOG_MAX_ENTRIES", *logEntries, "entries"); err != nil {
			return h, err
		}
		h.logEntries = int(n)
		if h.logBytes, err = count("log-max-bytes", "FAQBOT_LOG_MAX_BYTES", *logBytes, "bytes"); err != nil {
			return h, err
		}
		return h, nil
	}
}

// off maps "0: no limit" to the negative that httpx and redisstore take for it (their 0 is the default).
func off[T int | int64 | time.Duration](n T) T {
	if n == 0 {
		return -1
	}
	return n
}

// limits is the configuration as httpx.Limits, per-address counting as on /ws.
func (h httpConfig) limits(a addrConfig) httpx.Limits {
	return httpx.Limits{BodyTimeout: off(h.bodyTimeout), MaxBody: off(h.maxBody), AddrRequests: off(h.addrRequests),
		Clients: httpx.Clients{TrustedProxies: a.trusted}}
}

// storeCaps sets the log caps on opts.
func (h httpConfig) storeCaps(opts redisstore.Options) redisstore.Options {
	opts.MaxEntries, opts.MaxBytes = off(h.logEntries), off(h.logBytes)
	return opts
}

// connLimit is how many connections may be open: maxConns, or the open-files limit less a reserve
// (an eighth, at least 64) for everything else the process opens; 0: no limit known. reserve is
// that reserve (with maxConns, the reserve it leaves of the open-files limit, when known).
func (h httpConfig) connLimit() (conns, reserve int) {
	files := openFilesLimit()
	if h.maxConns > 0 {
		return h.maxConns, max(files-h.maxConns, minFDReserve)
	}
	if files <= 0 {
		return 0, 0
	}
	reserve = max(files/fdReserveShare, minFDReserve)
	return max(files-reserve, 1), reserve
}

// applyLimits bounds the listener's open connections (connLimit) and exports the metrics of the
// limits and of Redis's memory.
func (s *Server) applyLimits() error {
	refused := prometheus.NewCounter(prometheus.CounterOpts{
		Name: "faqbot_http_connections_refused_total",
		Help: "Connections answered 503 and closed because the server held its connection limit (--max-conns).",
	})
	cs := []prometheus.Collector{refused, redisMemory{s.redis.Client()}}
	if n, reserve := s.cfg.limits.connLimit(); n > 0 {
		cl := &httpx.ConnLimit{Listener: s.ln, Max: n, Refusing: min(max(reserve/4, 1), 64), Refused: refused.Inc}
		s.ln = cl
		cs = append(cs, prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "faqbot_http_connections",
			Help: "Connections open (HTTP and WebSocket).",
		}, func() float64 { return float64(cl.Open()) }), prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "faqbot_http_connections_max",
			Help: "Connections that may be open at once (--max-conns, or the open-files limit less a reserve).",
		}, func() float64 { return float64(n) }))
		s.log.Info("connection limit", "max", n, "open_files_limit", openFilesLimit())
	}
	return register(s.metrics.reg, cs...)
}

// redisMemory exports Redis's INFO memory used_memory at each scrape: the number to watch against
// maxmemory. Not exported when Redis cannot say (unreachable, or the in-process Redis).
type redisMemory struct{ c redis.UniversalClient }

var redisMemoryDesc = prometheus.NewDesc("faqbot_redis_used_memory_bytes",
	"Memory Redis reports in use (INFO memory used_memory), summed over a cluster's primaries.", nil, nil)

func (m redisMemory) Describe(ch chan<- *prometheus.Desc) { ch <- redisMemoryDesc }

func (m redisMemory) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	var total atomic.Int64
	read := func(ctx context.Context, c *redis.Client) error {
		n, err := usedMemory(ctx, c)
		total.Add(n)
		return err
	}
	var err error
	switch c := m.c.(type) {
	case *redis.ClusterClient:
		err = c.ForEachMaster(ctx, read)
	case *redis.Client:
		err = read(ctx, c)
	default:
		return
	}
	if err != nil {
		return
	}
	ch <- prometheus.MustNewConstMetric(redisMemoryDesc, prometheus.GaugeValue, float64(total.Load()))
}

// usedMemory reads used_memory from one Redis's INFO memory.
func usedMemory(ctx context.Context, c *redis.Client) (int64, error) {
	info, err := c.Info(ctx, "memory").Result()
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(info, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "used_memory:"); ok {
			return strconv.ParseInt(v, 10, 64)
		}
	}
	return 0, errors.New("no used_memory in INFO memory")
}
