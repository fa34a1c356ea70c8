package ws

import (
	"github.com/faqbot/faqbot/transport/httpx"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Defaults of AddrLimits. One address is usually one patient, but a clinic's own Wi-Fi or a mobile
// carrier's NAT puts many patients behind one, so the bounds are far above what one patient does
// (a few tabs; DefaultSessionRate a minute each) and only stop floods.
const (
	DefaultAddrConns = 64
	DefaultAddrRate  = 600 // messages (and hellos) a minute, all of an address's connections together
	DefaultAddrBurst = 60
)

// AddrLimits bound what one client address may do on /ws, whatever sessions it opens: a flood from
// one address cannot take the server's connections or its answering time from everyone else. An
// IPv6 client is counted by its /64, which is what one subscriber gets.
type AddrLimits struct {
	// Conns is how many connections one address may hold open at once; one more is refused with
	// HTTP 429 before the upgrade. 0: DefaultAddrConns; negative: no limit.
	Conns int
	// Rate is how many messages and hellos a minute one address may send, over all its
	// connections, before they get rate_limited. 0: DefaultAddrRate; negative: no limit.
	Rate int
	// Burst is how many it may send at once (0: DefaultAddrBurst, at most Rate).
	Burst int
	// Daily is how many messages one address may have answered and logged a day (UTC), over all its
	// connections, before they get rate_limited; red flags still get the emergency guidance
	// (daily.go). 0: DefaultAddrDaily; negative: no limit.
	Daily int
	// TrustedProxies are the networks of reverse proxies whose X-Forwarded-For is believed. A
	// request from one of them is counted against the right-most address of X-Forwarded-For that is
	// not itself a trusted proxy. Empty: X-Forwarded-For is ignored (any client can write it) and
	// the TCP peer is the address.
	TrustedProxies []netip.Prefix
}

// ParseProxies parses a comma-separated list of IP addresses and CIDR networks
// ("10.0.0.0/8, 192.0.2.7") for AddrLimits.TrustedProxies.
func ParseProxies(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if strings.Contains(f, "/") {
			p, err := netip.ParsePrefix(f)
			if err != nil {
				return nil, err
			}
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(f)
		if err != nil {
			return nil, err
		}
		a = a.Unmap()
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}

// addrGuard applies AddrLimits. Safe for concurrent use.
type addrGuard struct {
	maxConns int              // <= 0: no limit
	rate     *limiter         // nil: no limit
	trusted  []netip.Prefix   // proxies whose X-Forwarded-For is believed
	mu       sync.Mutex       // guards conns
	conns    map[string]int32 // open connections by address key; absent: none
}

func newAddrGuard(l AddrLimits) *addrGuard {
	g := &addrGuard{maxConns: l.Conns, trusted: l.TrustedProxies, conns: map[string]int32{}}
	if g.maxConns == 0 {
		g.maxConns = DefaultAddrConns
	}
	g.rate = configuredLimiter(l.Rate, l.Burst, DefaultAddrRate, DefaultAddrBurst)
	return g
}

// key is the address r is counted against: the peer, or for a trusted proxy the client it names;
// an IPv6 address by its /64.
func (g *addrGuard) key(r *http.Request) string { return httpx.ClientKey(r, g.trusted) }

// acquire counts one more connection for key, or reports false when key holds the maximum.
func (g *addrGuard) acquire(key string) bool {
	if g.maxConns <= 0 {
		return true
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if int(g.conns[key]) >= g.maxConns {
		return false
	}
	g.conns[key]++
	return true
}

// release forgets one connection of key; every acquire that returned true is released once.
func (g *addrGuard) release(key string) {
	if g.maxConns <= 0 {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if n := g.conns[key] - 1; n > 0 {
		g.conns[key] = n
	} else {
		delete(g.conns, key)
	}
}

// UpgradeMetrics is what a Config.Metrics may also implement to count upgrades refused before the
// WebSocket opened (429: an address at its connection limit).
type UpgradeMetrics interface {
	UpgradeRefused(status int)
}

// retryAfter is the Retry-After of a refused upgrade, in seconds: long enough for a flood to see
// no point in hammering, short enough that a widget behind a busy NAT gets in soon.
const retryAfter = "10"

// admit counts the request's connection against its address, or answers 429 when the address
// holds its maximum. ok connections must be released (addrs.release) once.
func (h *Handler) admit(w http.ResponseWriter, r *http.Request) (addr string, ok bool) {
	addr = h.addrs.key(r)
	if h.addrs.acquire(addr) {
		return addr, true
	}
	// The address is not logged: it identifies a person as much as a phone number does.
	h.log.InfoContext(r.Context(), "ws: upgrade refused", "status", http.StatusTooManyRequests, "reason", "connections per address")
	if m, ok := h.metrics.(UpgradeMetrics); ok {
		m.UpgradeRefused(http.StatusTooManyRequests)
	}
	w.Header().Set("Retry-After", retryAfter)
	http.Error(w, "too many connections from your address", http.StatusTooManyRequests)
	return "", false
}

// addrAllows takes one message's token from the connection's address. Reader goroutine only.
func (c *conn) addrAllows(now time.Time) bool {
	return c.h.addrs.rate == nil || c.h.addrs.rate.allow(c.addr, now)
}

// allowed applies the conversation's rate limit, then the address's: a message the conversation's
// limit refuses costs its address nothing. Reader goroutine only.
func (c *conn) allowed(now time.Time) bool {
	if c.h.limit != nil && !c.h.limit.allow(c.conv(), now) {
		return false
	}
	return c.addrAllows(now)
}

// refuseHello answers a hello over the address's rate with rate_limited and closes the connection
// with 1013 (try again later): without a session the connection is no use, and the widget
// reconnects after its backoff.
func (c *conn) refuseHello() {
	c.limited++
	c.refuse(CodeRateLimited, "too many new sessions from your network; please wait a moment", "")
	c.stop(websocket.CloseTryAgainLater, "rate limited", true)
}
