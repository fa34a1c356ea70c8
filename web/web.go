// Package web serves what a patient's browser loads: widget.js, the embeddable chat widget that
// speaks the WebSocket protocol of transport/ws, and a demo clinic page carrying it. Both files are
// embedded, so the binary is the whole deployment; each is prepared once (ETag, gzip) at start.
package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"
)

//go:embed index.html widget.js
var files embed.FS

// Cache policies. The widget's URL carries no version (clinics paste one script tag), so it may be
// reused for a few minutes and is then revalidated by ETag; the demo page is always revalidated.
const (
	widgetCache = "public, max-age=300"
	pageCache   = "no-cache"
)

// pageCSP allows the demo page nothing but its own origin: its script, its WebSocket ('self' covers
// ws:/wss: to the same host) and its inline styles.
const pageCSP = "default-src 'self'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

var (
	page   = mustAsset("index.html", "text/html; charset=utf-8", pageCache)
	widget = mustAsset("widget.js", "text/javascript; charset=utf-8", widgetCache)
)

// Handler serves GET / (the demo page) and GET /widget.js (the widget); anything else is 404.
// HEAD works too.
func Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /{$}", Page())
	mux.Handle("GET /widget.js", Widget())
	return mux
}

// Page serves the demo clinic page with the widget on it.
func Page() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", pageCSP)
		h.Set("Referrer-Policy", "no-referrer")
		page.serve(w, r)
	})
}

// Widget serves widget.js. It sets no CORS headers: a classic <script> needs none, whatever the
// embedding origin.
func Widget() http.Handler { return http.HandlerFunc(widget.serve) }

// asset is one embedded file with its validators and a gzip copy, computed once.
type asset struct {
	body, gz         []byte
	etag, gzETag     string
	ctype, cacheCtrl string
}

func mustAsset(name, ctype, cacheCtrl string) *asset {
	body, err := files.ReadFile(name)
	if err != nil {
		panic("web: embedded " + name + " missing: " + err.Error())
	}
	sum := sha256.Sum256(body)
	tag := base64.RawURLEncoding.EncodeToString(sum[:12])
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(body)
	zw.Close()
	// Each encoding is its own representation, so each gets its own strong ETag (RFC 9110 §8.8.3).
	return &asset{body: body, gz: buf.Bytes(), etag: `"` + tag + `"`, gzETag: `"` + tag + `-gz"`,
		ctype: ctype, cacheCtrl: cacheCtrl}
}

func (a *asset) serve(w http.ResponseWriter, r *http.Request) {
	body, etag := a.body, a.etag
	gz := acceptsGzip(r.Header.Values("Accept-Encoding"))
	if gz {
		body, etag = a.gz, a.gzETag
	}
	h := w.Header()
	h.Set("Content-Type", a.ctype)
	h.Set("Cache-Control", a.cacheCtrl)
	h.Set("ETag", etag)
	h.Set("Vary", "Accept-Encoding")
	h.Set("X-Content-Type-Options", "nosniff")
	// A cached copy of either encoding is still good: the content behind both tags is the same.
	if etagMatches(r.Header.Get("If-None-Match"), a.etag, a.gzETag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if gz {
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// etagMatches reports whether an If-None-Match header value names one of tags, comparing weakly
// as RFC 9110 §13.1.2 asks ("*" matches anything).
func etagMatches(header string, tags ...string) bool {
	for _, f := range strings.Split(header, ",") {
		f = strings.TrimSpace(f)
		if f == "*" {
			return true
		}
		f = strings.TrimPrefix(f, "W/")
		for _, t := range tags {
			if f == t {
				return true
			}
		}
	}
	return false
}

// acceptsGzip reports whether Accept-Encoding values allow gzip: named with a q-value above 0, or
// not named and "*" allowed. A q-value that is not a number counts as 0: identity is always safe.
func acceptsGzip(values []string) bool {
	gzipQ, starQ := -1.0, -1.0
	for _, v := range values {
		for _, f := range strings.Split(v, ",") {
			coding, params, _ := strings.Cut(f, ";")
			switch strings.ToLower(strings.TrimSpace(coding)) {
			case "gzip", "x-gzip":
				gzipQ = max(gzipQ, qValue(params))
			case "*":
				starQ = max(starQ, qValue(params))
			}
		}
	}
	if gzipQ >= 0 {
		return gzipQ > 0
	}
	return starQ > 0
}

// qValue returns the "q=" weight in the parameters after a coding: 1 when absent, 0 when malformed.
func qValue(params string) float64 {
	for _, p := range strings.Split(params, ";") {
		k, v, found := strings.Cut(strings.TrimSpace(p), "=")
		if !found || !strings.EqualFold(strings.TrimSpace(k), "q") {
			continue
		}
		q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || !(q >= 0 && q <= 1) { // also NaN
			return 0
		}
		return q
	}
	return 1
}
