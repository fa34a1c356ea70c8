package httpx

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// checkTimeout bounds each readiness check, so a hung dependency reads as "not ready" quickly
// instead of holding the load balancer's probe until it times out.
const checkTimeout = 2 * time.Second

// Check is one readiness condition: Run returns nil when the dependency is fit to serve.
type Check struct {
	Name string
	Run  func(ctx context.Context) error
}

// Healthz answers 200 "ok" while the process serves HTTP at all (liveness).
func Healthz() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write([]byte("ok\n"))
	})
}

// Readyz answers 200 "ready" when every check passes and 503 listing each failing check's name and
// error otherwise. Checks run one after the other, each bounded by checkTimeout.
// Check errors must not carry secrets: they are shown to whoever can reach the route.
func Readyz(checks ...Check) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var failed []string
		for _, c := range checks {
			ctx, cancel := context.WithTimeout(r.Context(), checkTimeout)
			if err := c.Run(ctx); err != nil {
				failed = append(failed, fmt.Sprintf("%s: %v", c.Name, err))
			}
			cancel()
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if len(failed) > 0 {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintf(w, "not ready\n%s\n", strings.Join(failed, "\n"))
			return
		}
		w.Write([]byte("ready\n"))
	})
}
