package staff_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/netip"
	"sync"
	"testing"
	"time"

	"github.com/faqbot/faqbot/transport/staff"
)

// tryLogin signs in from any goroutine (no t.Fatal) and returns the status, or 0 on a transport
// error. from, when set, is sent as X-Forwarded-For.
func (h *harness) tryLogin(name, pw, from string) int {
	b, _ := json.Marshal(map[string]string{"name": name, "password": pw})
	req, err := http.NewRequest("POST", h.srv.URL+"/api/staff/login", bytes.NewReader(b))
	if err != nil {
		return 0
	}
	req.Header.Set("Content-Type", "application/json")
	if from != "" {
		req.Header.Set("X-Forwarded-For", from)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res.StatusCode
}

// 200 guesses at once, the right password among them at #100: the attempts are reserved before
// bcrypt, so exactly the allowed number of passwords is checked and the right one signs in only if
// it was among them. (Before: 60 parallel wrong guesses got 51 checks, 200 let #100 in.) When it was,
// its sign-in forgives the failures before it and at most the limit more are checked (a CI run saw
// ten checks; the test had wanted five whatever the order the guesses ran in).
func TestParallelGuessesCannotPassTheLimit(t *testing.T) {
	// A turn at bcrypt for each allowed guess: on a loaded machine one slot queued guesses past
	// checkWait into 503s (CI-style flake), which is not what this test is about.
	h := newHarness(t, func(c *staff.Config) { c.PasswordChecks = staff.DefaultNameFailures })
	start := make(chan struct{})
	statuses := make([]int, 200)
	var wg sync.WaitGroup
	for i := range statuses {
		pw := "guess"
		if i == 100 {
			pw = password
		}
		wg.Go(func() {
			<-start
			statuses[i] = h.tryLogin("nora", pw, "")
		})
	}
	close(start)
	wg.Wait()
	byStatus := map[int]int{}
	for _, s := range statuses {
		byStatus[s]++
	}
	checked := byStatus[http.StatusUnauthorized] + byStatus[http.StatusNoContent]
	// When the right one happens to be among the first checked, its sign-in forgives the failures
	// counted so far from this address (as a sign-in does), and at most the limit more are checked
	// after it: 2×limit in all, never more. Otherwise exactly the limit is checked and #100 is refused.
	want, most := staff.DefaultNameFailures, staff.DefaultNameFailures
	if statuses[100] == http.StatusNoContent {
		want, most = 1, 2*staff.DefaultNameFailures
	} else if statuses[100] != http.StatusTooManyRequests {
		t.Errorf("#100 (the right one) got %d, want 204, or 429 once the limit is taken", statuses[100])
	}
	if checked < want || checked > most || byStatus[http.StatusNoContent] > 1 || checked+byStatus[http.StatusTooManyRequests] != 200 {
		t.Errorf("answers %v: want %d to %d checked (401 or 204) and the rest 429", byStatus, want, most)
	}
	if statuses[100] != http.StatusNoContent && checked != staff.DefaultNameFailures {
		t.Errorf("answers %v: the right one refused, so exactly %d must have been checked", byStatus, staff.DefaultNameFailures)
	}
	if n := h.api.PasswordChecks(); n != int64(checked) {
		t.Errorf("%d passwords checked, %d answered 401 or 204", n, checked)
	}
	t.Logf("200 parallel guesses: %v, #100 (the right one) got %d", byStatus, statuses[100])
}

// The per-name limit counts each address apart, so guessing from one place does not lock a
// colleague out elsewhere; a higher limit over all addresses still stops a guesser who spreads out.
// The address is the one a trusted proxy names; X-Forwarded-For from anyone else is ignored.
func TestPerNameLimitAcrossAddresses(t *testing.T) {
	h := newHarness(t, func(c *staff.Config) {
		c.NameFailures, c.AddrFailures, c.NameTotalFailures = 3, 100, 8
		c.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}
	})
	for range 3 {
		if s := h.tryLogin("nora", "guess", "198.51.100.1"); s != http.StatusUnauthorized {
			t.Fatalf("guess from A: %d, want 401", s)
		}
	}
	if s := h.tryLogin("nora", password, "198.51.100.1"); s != http.StatusTooManyRequests {
		t.Fatalf("nora from A after 3 failures: %d, want 429", s)
	}
	if s := h.tryLogin("nora", password, "203.0.113.9"); s != http.StatusNoContent {
		t.Fatalf("nora from her own desk while A is locked out: %d, want 204", s)
	}
	// Five more addresses, one guess each: 3 + 5 = 8 failures of the name in all.
	for i := range 5 {
		from := netip.AddrFrom4([4]byte{192, 0, 2, byte(10 + i)}).String()
		if s := h.tryLogin("nora", "guess", from); s != http.StatusUnauthorized {
			t.Fatalf("guess from %s: %d, want 401", from, s)
		}
	}
	if s := h.tryLogin("nora", password, "203.0.113.50"); s != http.StatusTooManyRequests {
		t.Errorf("nora from a fresh address after 8 failures of the name: %d, want 429", s)
	}
	if s := h.tryLogin("omar", password, "203.0.113.50"); s != http.StatusNoContent {
		t.Errorf("omar is not nora: %d, want 204", s)
	}
}

// Without trusted proxies a client cannot pick its own address with X-Forwarded-For.
func TestForwardedForIgnoredFromUntrustedPeers(t *testing.T) {
	h := newHarness(t, func(c *staff.Config) { c.NameFailures, c.AddrFailures = 100, 4 })
	for i := range 4 {
		h.tryLogin("nora", "guess", netip.AddrFrom4([4]byte{192, 0, 2, byte(i)}).String())
	}
	if s := h.tryLogin("omar", password, "192.0.2.200"); s != http.StatusTooManyRequests {
		t.Errorf("after 4 failures from one peer under made-up addresses: %d, want 429", s)
	}
}

// When every bcrypt turn is taken, a sign-in waits a little, then gets 503 with Retry-After, and
// its attempt is given back (it was never checked).
func TestPasswordChecksBounded(t *testing.T) {
	h := newHarness(t, func(c *staff.Config) { c.PasswordChecks = 1; c.NameFailures = 1 })
	giveBack := h.api.TakePasswordCheckTurns()
	r := h.client().do("POST", "/api/staff/login", map[string]string{"name": "nora", "password": password})
	giveBack()
	if r.status != http.StatusServiceUnavailable || r.header.Get("Retry-After") == "" {
		t.Fatalf("sign-in with every bcrypt turn taken: %d (Retry-After %q), want 503 with Retry-After", r.status, r.header.Get("Retry-After"))
	}
	if n := h.api.PasswordChecks(); n != 0 {
		t.Errorf("%d passwords checked without a turn", n)
	}
	// The attempt was given back: with a limit of one, the next sign-in is still allowed.
	h.client().login("nora")
}

// An open event stream ends within a second of its session ending, however it ends, even with the
// keep-alive at its default 20 s. (Before: it ran on until the next heartbeat, up to 20 s.)
func TestEventStreamEndsWithItsSession(t *testing.T) {
	within := func(t *testing.T, lines <-chan string, since time.Time) {
		t.Helper()
		waitClosed(t, lines)
		if d := time.Since(since); d > time.Second {
			t.Errorf("stream ended %v after the session did, want within 1 s", d)
		} else {
			t.Logf("stream ended %v after the session did", d.Round(time.Millisecond))
		}
	}
	t.Run("logout", func(t *testing.T) {
		h := newHarness(t, func(c *staff.Config) { c.Heartbeat = staff.DefaultHeartbeat })
		c := h.client().login("nora")
		lines := openEvents(t, h, c)
		c.must(http.StatusNoContent, "POST", "/api/staff/logout", nil)
		within(t, lines, time.Now())
	})
	t.Run("account removed", func(t *testing.T) {
		h := newHarness(t, func(c *staff.Config) { c.Heartbeat = staff.DefaultHeartbeat })
		lines := openEvents(t, h, h.client().login("nora"))
		if err := staff.RemoveAccount(h.accounts, "nora"); err != nil {
			t.Fatal(err)
		}
		within(t, lines, time.Now())
	})
	t.Run("expiry", func(t *testing.T) {
		ttl := 2 * time.Second
		h := newHarness(t, func(c *staff.Config) { c.Heartbeat = staff.DefaultHeartbeat; c.SessionTTL = ttl })
		start := time.Now()
		lines := openEvents(t, h, h.client().login("nora"))
		within(t, lines, start.Add(ttl))
	})
}

// An export is a GET, so cross-origin protection did not cover it: another site's link or image
// downloaded every conversation in a signed-in colleague's name. Only the console's own page
// (Sec-Fetch-Site same-origin, or none for a typed address) or a script sending X-Faqbot-Staff may
// export; a refused request is not audited.
func TestExportNeedsSameOriginOrScriptHeader(t *testing.T) {
	h := newHarness(t, nil)
	h.webConversation("hello")
	c := h.client().login("nora")
	for _, tc := range []struct {
		header, value string
		want          int
	}{
		{"Sec-Fetch-Site", "cross-site", http.StatusForbidden},
		{"Sec-Fetch-Site", "same-site", http.StatusForbidden},
		{"", "", http.StatusForbidden}, // an old browser, or a script without the header
		{"Sec-Fetch-Site", "same-origin", http.StatusOK},
		{"Sec-Fetch-Site", "none", http.StatusOK},
		{staff.ScriptHeader, "1", http.StatusOK},
	} {
		c.header = http.Header{}
		if tc.header != "" {
			c.header.Set(tc.header, tc.value)
		}
		if r := c.do("GET", "/api/staff/export?format=csv", nil); r.status != tc.want {
			t.Errorf("export with %s %q: %d, want %d", tc.header, tc.value, r.status, tc.want)
		}
	}
	if n := count(h.auditActions(), "nora export"); n != 3 {
		t.Errorf("%d exports audited, want 3 (refused ones are not exports)", n)
	}
}
