// Package staffui serves the staff console's page, script and style sheet, embedded in the binary.
// The console is one static page that talks to the JSON API of transport/staff.
package staffui

import (
	"embed"
	"net/http"
)

//go:embed staff.html staff.js staff.css off.html
var files embed.FS

// securityHeaders keep the console to its own origin: no inline script, no framing, no referrer
// leaking conversation ids.
func securityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
}

// Register adds GET /staff (the console, or when off is true a page explaining how to turn it on)
// and its assets under /staff/ to mux.
func Register(mux *http.ServeMux, off bool) {
	page := "staff.html"
	if off {
		page = "off.html"
	}
	mux.HandleFunc("GET /staff", func(w http.ResponseWriter, r *http.Request) {
		serve(w, r, page, "text/html; charset=utf-8")
	})
	mux.HandleFunc("GET /staff/{$}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/staff", http.StatusMovedPermanently)
	})
	mux.HandleFunc("GET /staff/staff.js", func(w http.ResponseWriter, r *http.Request) {
		serve(w, r, "staff.js", "text/javascript; charset=utf-8")
	})
	mux.HandleFunc("GET /staff/staff.css", func(w http.ResponseWriter, r *http.Request) {
		serve(w, r, "staff.css", "text/css; charset=utf-8")
	})
}

func serve(w http.ResponseWriter, r *http.Request, name, ctype string) {
	data, err := files.ReadFile(name)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound) // cannot happen: the files are embedded
		return
	}
	h := w.Header()
	securityHeaders(h)
	h.Set("Content-Type", ctype)
	// The page is small and changes with every release; no caching keeps a signed-out console from
	// being shown from cache.
	h.Set("Cache-Control", "no-store")
	w.Write(data)
}
