package main

import (
	"io"
	"log/slog"
	"net/http"
	"net/netip"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/transport/ws"
)

func TestServeAddrLimitFlags(t *testing.T) {
	env := map[string]string{}
	c := &cli{stderr: io.Discard, getenv: func(k string) string { return env[k] }}
	cfg, err := parseServeFlags(c, nil)
	if err != nil {
		t.Fatal(err)
	}
	if l := cfg.perAddr.limits(); l.Conns != ws.DefaultAddrConns || l.Rate != ws.DefaultAddrRate || l.TrustedProxies != nil {
		t.Errorf("defaults = %+v, want %d connections and %d messages a minute, no trusted proxies", l, ws.DefaultAddrConns, ws.DefaultAddrRate)
	}

	env = map[string]string{"FAQBOT_ADDR_CONNS": "0", "FAQBOT_ADDR_RATE": "0", "FAQBOT_TRUSTED_PROXIES": "10.0.0.0/8, 192.0.2.7"}
	if cfg, err = parseServeFlags(c, nil); err != nil {
		t.Fatal(err)
	}
	l := cfg.perAddr.limits()
	if l.Conns >= 0 || l.Rate >= 0 {
		t.Errorf("0 in the environment = %+v, want the limits off (negative)", l)
	}
	if len(l.TrustedProxies) != 2 || l.TrustedProxies[1] != netip.MustParsePrefix("192.0.2.7/32") {
		t.Errorf("trusted proxies = %v", l.TrustedProxies)
	}
	if cfg, _ = parseServeFlags(c, []string{"--addr-conns", "5", "--addr-rate", "100"}); cfg.perAddr.limits().Conns != 5 || cfg.perAddr.limits().Rate != 100 {
		t.Errorf("flags = %+v, want them over the environment", cfg.perAddr)
	}
	for _, bad := range [][]string{
		{"--addr-conns", "-1"}, {"--addr-conns", "lots"}, {"--addr-rate", "-5"}, {"--trusted-proxies", "10.0.0.0/40"},
		{"--trusted-proxies", "proxy.example"},
	} {
		if _, err := parseServeFlags(c, bad); err == nil {
			t.Errorf("parseServeFlags(%q) accepted", bad)
		}
	}
}

// The profiler is served on loopback only, apart from the public routes.
func TestPprofLoopbackOnly(t *testing.T) {
	log := slog.New(slog.DiscardHandler)
	for _, addr := range []string{"0.0.0.0:0", ":0", "192.0.2.1:6060", "nonsense"} {
		if _, stop, err := startPprof(t.Context(), addr, log); err == nil {
			stop()
			t.Errorf("startPprof(%q) accepted a non-loopback address", addr)
		}
	}
	c := &cli{stderr: io.Discard, getenv: func(string) string { return "" }}
	cfg, err := parseServeFlags(c, []string{"--pprof-addr", "127.0.0.1:0"})
	if err != nil || cfg.pprofAddr != "127.0.0.1:0" {
		t.Fatalf("--pprof-addr: %+v, %v", cfg.pprofAddr, err)
	}
	bound, stop, err := startPprof(t.Context(), "127.0.0.1:0", log)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if code, body := get(t, "http://"+bound+"/debug/pprof/"); code != http.StatusOK || !strings.Contains(body, "goroutine") {
		t.Errorf("/debug/pprof/ on %s = %d, want the profiles' index", bound, code)
	}
	ts := MustStartServer(t, testConfig())
	if code, _ := get(t, ts.URL+"/debug/pprof/"); code != http.StatusNotFound {
		t.Errorf("the public server answers /debug/pprof/ with %d, want 404", code)
	}
}
