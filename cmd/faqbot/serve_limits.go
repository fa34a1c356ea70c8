package main

import (
	"flag"
	"fmt"
	"net/netip"
	"strconv"
	"strings"

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
		if a.trusted, err = ws.ParseProxies(*proxies); err != nil {
			return a, fmt.Errorf("--trusted-proxies (FAQBOT_TRUSTED_PROXIES) %q: %v", *proxies, err)
		}
		return a, nil
	}
}

// limits is the configuration as ws.AddrLimits, where 0 means the default and negative no limit.
func (a addrConfig) limits() ws.AddrLimits {
	off := func(n int) int {
		if n == 0 {
			return -1
		}
		return n
	}
	return ws.AddrLimits{Conns: off(a.conns), Rate: off(a.rate), TrustedProxies: a.trusted}
}
