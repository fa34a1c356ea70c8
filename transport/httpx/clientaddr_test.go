package httpx

import (
	"net/http"
	"net/netip"
	"testing"
)

func TestClientAddr(t *testing.T) {
	proxies := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("192.0.2.7/32")}
	cases := []struct {
		remote  string
		xff     []string
		trusted []netip.Prefix
		want    string
	}{
		{"203.0.113.5:4000", nil, nil, "203.0.113.5"},
		// Without trusted proxies X-Forwarded-For is anyone's to write.
		{"203.0.113.5:4000", []string{"198.51.100.1"}, nil, "203.0.113.5"},
		// From an untrusted peer it is ignored even when proxies are configured.
		{"203.0.113.5:4000", []string{"198.51.100.1"}, proxies, "203.0.113.5"},
		{"10.1.2.3:4000", []string{"198.51.100.1"}, proxies, "198.51.100.1"},
		// The client's own prefix is a lie told left of the last untrusted hop.
		{"10.1.2.3:4000", []string{"1.1.1.1, 198.51.100.1, 192.0.2.7"}, proxies, "198.51.100.1"},
		{"10.1.2.3:4000", []string{"1.1.1.1", "198.51.100.1"}, proxies, "198.51.100.1"},
		{"10.1.2.3:4000", []string{"garbage, 10.9.9.9"}, proxies, "10.9.9.9"},
		{"10.1.2.3:4000", nil, proxies, "10.1.2.3"},
		{"[::ffff:203.0.113.5]:4000", nil, nil, "203.0.113.5"},
	}
	for _, c := range cases {
		r := &http.Request{RemoteAddr: c.remote, Header: http.Header{}}
		for _, x := range c.xff {
			r.Header.Add("X-Forwarded-For", x)
		}
		if got := ClientAddr(r, c.trusted).String(); got != c.want {
			t.Errorf("ClientAddr(%s, %q, %v) = %s, want %s", c.remote, c.xff, c.trusted, got, c.want)
		}
	}
	r := &http.Request{RemoteAddr: "[2001:db8:1:2:3:4:5:6]:443", Header: http.Header{}}
	if got := ClientKey(r, nil); got != "2001:db8:1:2::/64" {
		t.Errorf("ClientKey of an IPv6 peer = %s, want its /64", got)
	}
}
