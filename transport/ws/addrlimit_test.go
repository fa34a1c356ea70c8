package ws

import (
	"net/http"
	"net/netip"
	"testing"
)

func TestAddrKey(t *testing.T) {
	proxies, err := ParseProxies(" 10.0.0.0/8, 192.0.2.7 ,2001:db8:ffff::/48")
	if err != nil {
		t.Fatal(err)
	}
	trusting := newAddrGuard(AddrLimits{TrustedProxies: proxies})
	plain := newAddrGuard(AddrLimits{})
	for _, tc := range []struct {
		name, remote string
		xff          []string
		want, plain  string
	}{
		{"peer", "203.0.113.9:4000", nil, "203.0.113.9", "203.0.113.9"},
		{"IPv4-mapped peer", "[::ffff:203.0.113.9]:4000", nil, "203.0.113.9", "203.0.113.9"},
		{"IPv6 by its /64", "[2001:db8:1:2:3:4:5:6]:4000", nil, "2001:db8:1:2::/64", "2001:db8:1:2::/64"},
		{"X-Forwarded-For from an untrusted peer is ignored", "203.0.113.9:4000", []string{"198.51.100.1"}, "203.0.113.9", "203.0.113.9"},
		{"trusted proxy names the client", "10.1.2.3:4000", []string{"198.51.100.1"}, "198.51.100.1", "10.1.2.3"},
		{"a client cannot forge what is left of its own address", "10.1.2.3:4000", []string{"1.1.1.1, 198.51.100.1"}, "198.51.100.1", "10.1.2.3"},
		{"chain of trusted proxies", "10.1.2.3:4000", []string{"198.51.100.1, 192.0.2.7", "10.9.9.9"}, "198.51.100.1", "10.1.2.3"},
		{"only proxies: the farthest", "10.1.2.3:4000", []string{"10.2.2.2"}, "10.2.2.2", "10.1.2.3"},
		{"malformed entry stops at the last trusted hop", "10.1.2.3:4000", []string{"1.1.1.1, bogus, 10.2.2.2"}, "10.2.2.2", "10.1.2.3"},
		{"no header from a trusted proxy", "192.0.2.7:4000", nil, "192.0.2.7", "192.0.2.7"},
		{"IPv6 client behind a proxy", "[2001:db8:ffff::1]:443", []string{"2001:db8:5:6::9"}, "2001:db8:5:6::/64", "2001:db8:ffff::/64"},
		{"not an IP", "@", nil, "@", "@"},
	} {
		r := &http.Request{RemoteAddr: tc.remote, Header: http.Header{}}
		for _, v := range tc.xff {
			r.Header.Add("X-Forwarded-For", v)
		}
		if got := trusting.key(r); got != tc.want {
			t.Errorf("%s: key = %q, want %q", tc.name, got, tc.want)
		}
		if got := plain.key(r); got != tc.plain {
			t.Errorf("%s, no trusted proxies: key = %q, want %q", tc.name, got, tc.plain)
		}
	}
}

func TestParseProxies(t *testing.T) {
	got, err := ParseProxies("10.0.0.0/8,192.0.2.7, ::1 ,10.1.2.3/16,")
	want := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("192.0.2.7/32"),
		netip.MustParsePrefix("::1/128"), netip.MustParsePrefix("10.1.0.0/16")}
	if err != nil || len(got) != len(want) {
		t.Fatalf("ParseProxies = %v, %v; want %v", got, err, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("[%d] = %v, want %v", i, got[i], want[i])
		}
	}
	for _, bad := range []string{"10.0.0.0/33", "example.com", "10.0.0"} {
		if _, err := ParseProxies(bad); err == nil {
			t.Errorf("ParseProxies(%q) = nil error", bad)
		}
	}
}

func TestAddrConnCount(t *testing.T) {
	g := newAddrGuard(AddrLimits{Conns: 2})
	if !g.acquire("a") || !g.acquire("a") || g.acquire("a") {
		t.Fatal("want two connections of a admitted and the third refused")
	}
	if !g.acquire("b") {
		t.Error("another address refused")
	}
	g.release("a")
	if !g.acquire("a") {
		t.Error("a refused after one of its connections closed")
	}
	g.release("a")
	g.release("a")
	g.release("b")
	if len(g.conns) != 0 {
		t.Errorf("counts left after every connection closed: %v", g.conns)
	}
	off := newAddrGuard(AddrLimits{Conns: -1, Rate: -1})
	for range 1000 {
		if !off.acquire("a") {
			t.Fatal("refused with the limit off")
		}
	}
	if off.rate != nil || len(off.conns) != 0 {
		t.Error("a guard with the limits off keeps state")
	}
}
