package staff_test

import (
	"bufio"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/transport/staff"
)

// routePath turns a route pattern into a request: its method (GET for method-less catch-alls)
// and a path with every wildcard filled.
func routePath(pattern string) (method, path string) {
	method, path, ok := strings.Cut(pattern, " ")
	if !ok {
		method, path = "GET", pattern
	}
	path = strings.ReplaceAll(path, "{id}", "some-conversation")
	path = strings.ReplaceAll(path, "{$}", "")
	if strings.HasSuffix(path, "/") {
		path += "anything"
	}
	return method, path
}

// Every route of the table except login and logout answers 401 without a valid session, with no
// cookie, a made-up cookie or an ended one. The table is the only way routes are registered, so a
// new route is covered here the moment it is added.
func TestEveryRouteNeedsASession(t *testing.T) {
	h := newHarness(t, nil)
	conv := h.webConversation("hello")
	ended := h.client().login("nora")
	ended.must(http.StatusNoContent, "POST", "/api/staff/logout", nil)

	var public []string
	for _, rt := range h.api.Routes() {
		if rt.Public {
			public = append(public, rt.Pattern)
			continue
		}
		method, path := routePath(rt.Pattern)
		path = strings.ReplaceAll(path, "some-conversation", conv)
		for _, c := range []*client{
			h.client(),
			{h: h, cookie: "faqbot_staff=" + bot.NewID(), header: http.Header{}},
			ended,
		} {
			r := c.do(method, path, map[string]string{"note": "x", "text": "x"})
			if r.status != http.StatusUnauthorized {
				t.Errorf("%s %s with cookie %q: status %d, want 401", method, path, c.cookie, r.status)
			}
		}
	}
	want := []string{"POST /api/staff/login", "POST /api/staff/logout"}
	if strings.Join(public, ",") != strings.Join(want, ",") {
		t.Errorf("public routes %v, want only %v", public, want)
	}
	// A path no route names is refused too, not 404, until signed in.
	if r := h.client().do("GET", "/api/staff/not-a-route", nil); r.status != http.StatusUnauthorized {
		t.Errorf("unknown route without session: %d, want 401", r.status)
	}
	if r := h.client().login("omar").do("GET", "/api/staff/not-a-route", nil); r.status != http.StatusNotFound {
		t.Errorf("unknown route with session: %d, want 404", r.status)
	}
	// Nothing was read, so nothing was audited but the sign-ins.
	for _, a := range h.auditActions() {
		if !strings.Contains(a, "login") && !strings.Contains(a, "logout") {
			t.Errorf("audit has %q from requests without a session", a)
		}
	}
}

func TestLogin(t *testing.T) {
	h := newHarness(t, func(c *staff.Config) { c.InsecureCookies = false })
	c := h.client()
	for _, tc := range []struct{ name, pw string }{{"nora", "wrong password"}, {"nobody", password}, {"", ""}} {
		r := c.do("POST", "/api/staff/login", map[string]string{"name": tc.name, "password": tc.pw})
		if r.status != http.StatusUnauthorized {
			t.Errorf("login %q/%q: %d, want 401", tc.name, tc.pw, r.status)
		}
		if len(r.header.Values("Set-Cookie")) > 0 {
			t.Errorf("failed login set a cookie")
		}
	}
	if r := c.do("POST", "/api/staff/login", "not an object"); r.status != http.StatusBadRequest {
		t.Errorf("login with a bad body: %d, want 400", r.status)
	}

	r := c.must(http.StatusNoContent, "POST", "/api/staff/login", map[string]string{"name": "nora", "password": password})
	cookies := (&http.Response{Header: r.header}).Cookies()
	if len(cookies) != 1 {
		t.Fatalf("login set %d cookies, want 1", len(cookies))
	}
	ck := cookies[0]
	if ck.Name != "__Host-faqbot_staff" || !ck.HttpOnly || !ck.Secure || ck.SameSite != http.SameSiteStrictMode || ck.Path != "/" {
		t.Errorf("session cookie %+v: want __Host- name, HttpOnly, Secure, SameSite=Strict, Path=/", ck)
	}
	if len(ck.Value) < 22 {
		t.Errorf("session id %q is shorter than 128 bits", ck.Value)
	}
	c.cookie = ck.Name + "=" + ck.Value
	var me struct{ Name string }
	c.must(http.StatusOK, "GET", "/api/staff/me", nil).json(t, &me)
	if me.Name != "nora" {
		t.Errorf("me: %q, want nora", me.Name)
	}
	// Redis holds the session under a hash, never the cookie's value.
	keys, err := h.redis.Client(t).Keys(t.Context(), "*").Result()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		if strings.Contains(k, ck.Value) {
			t.Errorf("Redis key %q holds the session id", k)
		}
	}
}

func TestInsecureCookiesForPlainHTTP(t *testing.T) {
	h := newHarness(t, nil) // InsecureCookies: true
	r := h.client().must(http.StatusNoContent, "POST", "/api/staff/login", map[string]string{"name": "nora", "password": password})
	ck := (&http.Response{Header: r.header}).Cookies()[0]
	if ck.Secure || ck.Name != "faqbot_staff" || !ck.HttpOnly || ck.SameSite != http.SameSiteStrictMode {
		t.Errorf("cookie %+v: want faqbot_staff, not Secure, still HttpOnly and SameSite=Strict", ck)
	}
}

func TestLoginThrottled(t *testing.T) {
	h := newHarness(t, func(c *staff.Config) { c.NameFailures = 3; c.AddrFailures = 5 })
	c := h.client()
	for i := range 3 {
		if r := c.do("POST", "/api/staff/login", map[string]string{"name": "nora", "password": "guess"}); r.status != http.StatusUnauthorized {
			t.Fatalf("failure %d: %d, want 401", i+1, r.status)
		}
	}
	// The right password no longer helps: the name is locked for the window.
	r := c.do("POST", "/api/staff/login", map[string]string{"name": "nora", "password": password})
	if r.status != http.StatusTooManyRequests || r.header.Get("Retry-After") == "" {
		t.Fatalf("after 3 failures: %d (Retry-After %q), want 429 with Retry-After", r.status, r.header.Get("Retry-After"))
	}
	// Another name from the same address still works, until the address runs out too.
	c.login("omar")
	for range 2 {
		c.do("POST", "/api/staff/login", map[string]string{"name": "omar", "password": "guess"})
	}
	if r := c.do("POST", "/api/staff/login", map[string]string{"name": "omar", "password": password}); r.status != http.StatusTooManyRequests {
		t.Errorf("after 5 failures from one address: %d, want 429", r.status)
	}
	// The counters expire with their window.
	ttl, err := h.redis.Client(t).TTL(t.Context(), h.store.Options().Prefix+":staff:{fail}:addr:127.0.0.1").Result()
	if err != nil || ttl <= 0 || ttl > staff.DefaultFailWindow {
		t.Errorf("address counter TTL %v (%v), want within (0, %v]", ttl, err, staff.DefaultFailWindow)
	}
}

func TestCrossOriginRefused(t *testing.T) {
	h := newHarness(t, nil)
	conv := h.webConversation("hello")
	evil := h.client()
	evil.header.Set("Origin", "https://evil.example")
	evil.header.Set("Sec-Fetch-Site", "cross-site")
	if r := evil.do("POST", "/api/staff/login", map[string]string{"name": "nora", "password": password}); r.status != http.StatusForbidden {
		t.Errorf("cross-site login: %d, want 403", r.status)
	}
	c := h.client().login("nora")
	c.header.Set("Origin", "https://evil.example")
	c.header.Set("Sec-Fetch-Site", "cross-site")
	for _, rq := range []struct{ method, path string }{
		{"POST", "/api/staff/conversations/" + conv + "/review"},
		{"POST", "/api/staff/conversations/" + conv + "/reply"},
		{"DELETE", "/api/staff/conversations/" + conv},
		{"POST", "/api/staff/logout"},
	} {
		if r := c.do(rq.method, rq.path, map[string]string{"note": "x", "text": "x"}); r.status != http.StatusForbidden {
			t.Errorf("cross-site %s %s: %d, want 403", rq.method, rq.path, r.status)
		}
	}
	if len(h.web.sent) != 0 {
		t.Errorf("a cross-site reply reached the patient")
	}
	// The same requests from the console's own origin go through.
	c.header.Set("Origin", h.srv.URL)
	c.header.Set("Sec-Fetch-Site", "same-origin")
	c.must(http.StatusOK, "POST", "/api/staff/conversations/"+conv+"/review", map[string]string{"note": "ok"})
}

func TestLogoutRevokes(t *testing.T) {
	h := newHarness(t, nil)
	c := h.client().login("nora")
	other := h.client().login("nora") // a second tab or device keeps its own session
	c.must(http.StatusOK, "GET", "/api/staff/me", nil)
	c.must(http.StatusNoContent, "POST", "/api/staff/logout", nil)
	c.must(http.StatusUnauthorized, "GET", "/api/staff/me", nil)
	other.must(http.StatusOK, "GET", "/api/staff/me", nil)
	// Logging out again, or without a session, is harmless.
	c.must(http.StatusNoContent, "POST", "/api/staff/logout", nil)
	h.client().must(http.StatusNoContent, "POST", "/api/staff/logout", nil)
}

func TestRemovedAccountLosesAccess(t *testing.T) {
	h := newHarness(t, nil)
	nora := h.client().login("nora")
	omar := h.client().login("omar")
	// An open event stream ends too.
	stream := openEvents(t, h, nora)
	if err := staff.RemoveAccount(h.accounts, "nora"); err != nil {
		t.Fatal(err)
	}
	nora.must(http.StatusUnauthorized, "GET", "/api/staff/me", nil)
	omar.must(http.StatusOK, "GET", "/api/staff/me", nil)
	if r := h.client().do("POST", "/api/staff/login", map[string]string{"name": "nora", "password": password}); r.status != http.StatusUnauthorized {
		t.Errorf("removed account signs in: %d, want 401", r.status)
	}
	// Her sessions are gone from Redis, not just refused.
	keys, err := h.redis.Client(t).Keys(t.Context(), h.store.Options().Prefix+":staff:sess:*").Result()
	if err != nil || len(keys) != 1 {
		t.Errorf("staff sessions left: %v (%v), want only omar's", keys, err)
	}
	waitClosed(t, stream)
	// Adding her back does not revive old sessions.
	addAccount(t, h.accounts, "nora", password)
	nora.must(http.StatusUnauthorized, "GET", "/api/staff/me", nil)
	// Deleting the whole file locks everyone out.
	removeFile(t, h.accounts)
	omar.must(http.StatusUnauthorized, "GET", "/api/staff/me", nil)
}

func TestConsoleOff(t *testing.T) {
	h := newHarness(t, func(c *staff.Config) { c.Accounts = nil })
	if h.api.Enabled() {
		t.Fatal("Enabled with no accounts file")
	}
	for _, rt := range h.api.Routes() {
		method, path := routePath(rt.Pattern)
		r := h.client().do(method, path, map[string]string{"name": "nora", "password": password})
		if r.status != http.StatusServiceUnavailable || !strings.Contains(string(r.body), "FAQBOT_STAFF_FILE") {
			t.Errorf("%s %s with the console off: %d %s, want 503 naming FAQBOT_STAFF_FILE", method, path, r.status, r.body)
		}
	}
}

// openEvents opens the event stream and returns its lines.
func openEvents(t *testing.T, h *harness, c *client) <-chan string {
	t.Helper()
	req, _ := http.NewRequestWithContext(t.Context(), "GET", h.srv.URL+"/api/staff/events", nil)
	req.Header.Set("Cookie", c.cookie)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("events: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	lines := make(chan string, 100)
	go func() {
		defer res.Body.Close()
		defer close(lines)
		sc := bufio.NewScanner(res.Body)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	return lines
}

// waitClosed waits for the server to end a stream.
func waitClosed(t *testing.T, lines <-chan string) {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case _, ok := <-lines:
			if !ok {
				return
			}
		case <-deadline:
			t.Fatal("event stream still open")
		}
	}
}

// waitEvent waits for a data line containing want.
func waitEvent(t *testing.T, lines <-chan string, want string) {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("event stream ended before %s", want)
			}
			if strings.HasPrefix(l, "data: ") && strings.Contains(l, want) {
				return
			}
		case <-deadline:
			t.Fatalf("no event with %s", want)
		}
	}
}
