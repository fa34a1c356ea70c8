package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func get(t *testing.T, h http.Handler, method, path string, hdr ...string) *http.Response {
	t.Helper()
	req := httptest.NewRequestWithContext(t.Context(), method, path, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func readAll(t *testing.T, r *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestRoutes(t *testing.T) {
	h := Handler()
	for _, tc := range []struct {
		method, path string
		status       int
		ctype, has   string
	}{
		{"GET", "/", 200, "text/html; charset=utf-8", `<script src="/widget.js" defer></script>`},
		{"GET", "/widget.js", 200, "text/javascript; charset=utf-8", "new WebSocket("},
		{"HEAD", "/widget.js", 200, "text/javascript; charset=utf-8", ""},
		{"GET", "/index.html", 404, "", ""},
		{"GET", "/nope", 404, "", ""},
		{"POST", "/widget.js", 405, "", ""},
	} {
		t.Run(tc.method+tc.path, func(t *testing.T) {
			res := get(t, h, tc.method, tc.path)
			body := readAll(t, res)
			if res.StatusCode != tc.status {
				t.Fatalf("status = %d, want %d", res.StatusCode, tc.status)
			}
			if tc.status != 200 {
				return
			}
			if got := res.Header.Get("Content-Type"); got != tc.ctype {
				t.Errorf("Content-Type = %q, want %q", got, tc.ctype)
			}
			if got := res.Header.Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("X-Content-Type-Options = %q, want nosniff", got)
			}
			if res.Header.Get("ETag") == "" || res.Header.Get("Cache-Control") == "" {
				t.Errorf("missing validators: ETag %q, Cache-Control %q", res.Header.Get("ETag"), res.Header.Get("Cache-Control"))
			}
			if !strings.Contains(body, tc.has) {
				t.Errorf("body lacks %q", tc.has)
			}
			if tc.method == "HEAD" && body != "" {
				t.Errorf("HEAD returned a %d-byte body", len(body))
			}
		})
	}
}

func TestPage(t *testing.T) {
	res := get(t, Handler(), "GET", "/")
	body := readAll(t, res)
	for _, want := range []string{`lang="ar"`, `dir="rtl"`, "البوتولينوم", `<script src="/widget.js" defer></script>`} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	csp := res.Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "connect-src 'self'") {
		t.Errorf("Content-Security-Policy = %q, want a self-only policy", csp)
	}
}

func TestETagNotModified(t *testing.T) {
	h := Handler()
	for _, path := range []string{"/", "/widget.js"} {
		first := get(t, h, "GET", path)
		readAll(t, first)
		tag := first.Header.Get("ETag")
		if !strings.HasPrefix(tag, `"`) {
			t.Fatalf("%s: ETag = %q, want a strong quoted tag", path, tag)
		}
		for _, inm := range []string{tag, "W/" + tag, `"other", ` + tag, "*"} {
			res := get(t, h, "GET", path, "If-None-Match", inm)
			if body := readAll(t, res); res.StatusCode != http.StatusNotModified || body != "" {
				t.Errorf("%s If-None-Match %s: status %d with %d bytes, want 304 and no body", path, inm, res.StatusCode, len(body))
			}
			if res.Header.Get("ETag") != tag {
				t.Errorf("%s: 304 carries ETag %q, want %q", path, res.Header.Get("ETag"), tag)
			}
		}
		res := get(t, h, "GET", path, "If-None-Match", `"stale"`)
		if body := readAll(t, res); res.StatusCode != 200 || body == "" {
			t.Errorf("%s with a stale tag: status %d, %d bytes; want 200 and the file", path, res.StatusCode, len(body))
		}
	}
}

func TestGzip(t *testing.T) {
	h := Handler()
	plain := readAll(t, get(t, h, "GET", "/widget.js"))
	res := get(t, h, "GET", "/widget.js", "Accept-Encoding", "br, gzip;q=0.8")
	if res.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("Content-Encoding = %q, want gzip", res.Header.Get("Content-Encoding"))
	}
	if res.Header.Get("Vary") != "Accept-Encoding" {
		t.Errorf("Vary = %q, want Accept-Encoding", res.Header.Get("Vary"))
	}
	zr, err := gzip.NewReader(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	unzipped, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if string(unzipped) != plain {
		t.Error("gzip body does not decompress to the plain widget")
	}
	// The gzip copy has its own tag, and either tag revalidates.
	gzTag := res.Header.Get("ETag")
	if plainTag := get(t, h, "GET", "/widget.js").Header.Get("ETag"); gzTag == plainTag {
		t.Errorf("gzip and identity share ETag %s", gzTag)
	}
	if res := get(t, h, "GET", "/widget.js", "If-None-Match", gzTag); res.StatusCode != 304 {
		t.Errorf("gzip tag without Accept-Encoding: status %d, want 304", res.StatusCode)
	}
	if res := get(t, h, "GET", "/widget.js", "Accept-Encoding", "gzip;q=0, deflate"); res.Header.Get("Content-Encoding") != "" {
		t.Errorf("gzip;q=0 got Content-Encoding %q", res.Header.Get("Content-Encoding"))
	}
}

func TestAcceptsGzip(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"", false},
		{"gzip", true},
		{"GZIP", true},
		{"deflate, gzip", true},
		{"gzip;q=0", false},
		{"gzip; q=0.000", false},
		{"gzip;q=0.5", true},
		{"gzip;q=abc", false},
		{"gzip;q=NaN", false},
		{"*", true},
		{"*;q=0", false},
		{"*;q=0, gzip", true},
		{"gzip;q=0, *", false},
		{"br", false},
		{"x-gzip", true},
		{"identity", false},
	} {
		if got := acceptsGzip([]string{tc.in}); got != tc.want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// The widget must load from the clinic's own server only: no CDN, font or analytics URL may creep in.
func TestNoExternalURLs(t *testing.T) {
	abs := regexp.MustCompile(`(?i)(https?|wss?):\\?/\\?/|(src|href)\s*=\s*["']?//|@import|url\(\s*["']?(https?:)?//`)
	for _, name := range []string{"widget.js", "index.html"} {
		b, err := files.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, loc := range abs.FindAllIndex(b, -1) {
			line := 1 + bytes.Count(b[:loc[0]], []byte("\n"))
			// The only scheme the widget may spell is the one it builds its own WebSocket URL from.
			if m := string(b[loc[0]:loc[1]]); name == "widget.js" && (m == "wss://" || m == "ws://") {
				continue
			}
			t.Errorf("%s:%d: external URL %q", name, line, b[loc[0]:min(loc[1]+40, len(b))])
		}
	}
}

// "Loads instantly": the widget stays small on the wire.
func TestWidgetSize(t *testing.T) {
	const maxGzip = 10 << 10
	if n := len(widget.gz); n > maxGzip {
		t.Errorf("widget.js is %d bytes gzipped, over %d", n, maxGzip)
	}
	t.Logf("widget.js: %d bytes, %d gzipped", len(widget.body), len(widget.gz))
}

func FuzzAcceptsGzip(f *testing.F) {
	for _, s := range []string{"gzip", "gzip;q=0", "*;q=0.1, br", "x-gzip; Q=1.0", ",,;=;q="} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		got := acceptsGzip([]string{v})
		// Codings and parameter names are case-insensitive, and spaces around them do not matter.
		if up := acceptsGzip([]string{strings.ToUpper(v)}); up != got && isASCII(v) {
			t.Errorf("acceptsGzip(%q) = %v but upper-cased %v", v, got, up)
		}
		if got && !strings.Contains(strings.ToLower(v), "gzip") && !strings.Contains(v, "*") {
			t.Errorf("acceptsGzip(%q) = true without gzip or *", v)
		}
		if acceptsGzip([]string{v + ", gzip;q=0"}) && !got {
			t.Errorf("adding gzip;q=0 to %q turned gzip on", v)
		}
	})
}

func FuzzETagMatches(f *testing.F) {
	for _, s := range []string{`"a"`, `W/"a", "b"`, "*", ",,", ""} {
		f.Add(s, `"tag"`)
	}
	f.Fuzz(func(t *testing.T, header, tag string) {
		if !validETag.MatchString(tag) {
			return
		}
		if !etagMatches(header+", "+tag, tag) || !etagMatches(tag+","+header, tag) {
			t.Errorf("header %q listing %q does not match it", header, tag)
		}
	})
}

// validETag is RFC 9110's entity-tag without the weak prefix; no comma may appear in etagc here
// because If-None-Match lists are split on commas.
var validETag = regexp.MustCompile(`^"[!#-+\--~]*"$`)

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
