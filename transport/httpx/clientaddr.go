package httpx

import (
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// ClientAddr is the address request r came from: the TCP peer, or, when the peer is one of the
// trusted reverse proxies, the right-most X-Forwarded-For address that is not itself a trusted
// proxy (the one the nearest untrusted hop connected from). With no trusted proxies
// X-Forwarded-For is ignored: any client can write it. A malformed X-Forwarded-For entry stops the
// walk at the last trusted hop, as nothing to its left can be believed. The zero Addr means the peer
// is not an IP address (a unix socket).
func ClientAddr(r *http.Request, trusted []netip.Prefix) netip.Addr {
	peer := parseAddr(r.RemoteAddr)
	if !peer.IsValid() || !isTrusted(peer, trusted) {
		return peer
	}
	hops := r.Header.Values("X-Forwarded-For")
	last := peer
	for i := len(hops) - 1; i >= 0; i-- {
		parts := strings.Split(hops[i], ",")
		for j := len(parts) - 1; j >= 0; j-- {
			a := parseAddr(strings.TrimSpace(parts[j]))
			if !a.IsValid() {
				return last
			}
			if !isTrusted(a, trusted) {
				return a
			}
			last = a
		}
	}
	return last
}

// ClientKey is ClientAddr as a counting key: an IPv4 address, an IPv6 address's /64 (what one
// subscriber gets, so rotating within it does not escape a limit), or the raw peer when it is not
// an IP address.
func ClientKey(r *http.Request, trusted []netip.Prefix) string {
	a := ClientAddr(r, trusted)
	switch {
	case !a.IsValid():
		return r.RemoteAddr
	case a.Is6():
		p, _ := a.Prefix(64)
		return p.String()
	}
	return a.String()
}

// parseAddr reads "host:port" or a bare address, without zone, IPv4-mapped IPv6 as IPv4.
func parseAddr(s string) netip.Addr {
	host, _, err := net.SplitHostPort(s)
	if err != nil {
		host = s
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		return netip.Addr{}
	}
	return a.Unmap().WithZone("")
}

func isTrusted(a netip.Addr, trusted []netip.Prefix) bool {
	for _, p := range trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}
