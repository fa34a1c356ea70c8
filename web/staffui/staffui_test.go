package staffui

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func get(t *testing.T, mux *http.ServeMux, path string) *http.Response {
	t.Helper()
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	return rec.Result()
}

func TestServesConsole(t *testing.T) {
	mux := http.NewServeMux()
	Register(mux, false)
	for _, tc := range []struct{ path, ctype, contains string }{
		{"/staff", "text/html; charset=utf-8", `id="login-form"`},
		{"/staff/staff.js", "text/javascript; charset=utf-8", "EventSource"},
		{"/staff/staff.css", "text/css; charset=utf-8", ".transcript"},
	} {
		res := get(t, mux, tc.path)
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != 200 {
			t.Fatalf("GET %s: status %d", tc.path, res.StatusCode)
		}
		if got := res.Header.Get("Content-Type"); got != tc.ctype {
			t.Errorf("GET %s: Content-Type %q, want %q", tc.path, got, tc.ctype)
		}
		if !strings.Contains(res.Header.Get("Content-Security-Policy"), "script-src 'self'") {
			t.Errorf("GET %s: no CSP limiting scripts to the console's origin", tc.path)
		}
		if !strings.Contains(string(body), tc.contains) {
			t.Errorf("GET %s: body lacks %q", tc.path, tc.contains)
		}
	}
	if res := get(t, mux, "/staff/"); res.StatusCode != http.StatusMovedPermanently || res.Header.Get("Location") != "/staff" {
		t.Errorf("GET /staff/: %d to %q, want a redirect to /staff", res.StatusCode, res.Header.Get("Location"))
	}
}

func TestOffPageExplains(t *testing.T) {
	mux := http.NewServeMux()
	Register(mux, true)
	res := get(t, mux, "/staff")
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || !strings.Contains(string(body), "FAQBOT_STAFF_FILE") || strings.Contains(string(body), "staff.js") {
		t.Errorf("off page: status %d, want 200 naming FAQBOT_STAFF_FILE and loading no console script", res.StatusCode)
	}
}

// The console must never put conversation text into the page as HTML, and loads nothing from
// another origin.
func TestNoInnerHTMLNoCDN(t *testing.T) {
	for _, name := range []string{"staff.js", "staff.html", "staff.css", "off.html"} {
		data, err := files.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		if regexp.MustCompile(`innerHTML|outerHTML|insertAdjacentHTML|document\.write`).MatchString(s) {
			t.Errorf("%s writes HTML from strings; use textContent", name)
		}
		if regexp.MustCompile(`(src|href)="(https?:)?//`).MatchString(s) || strings.Contains(s, "@import url(http") {
			t.Errorf("%s loads something from another origin", name)
		}
	}
}
