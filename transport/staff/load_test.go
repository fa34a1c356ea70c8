package staff_test

import (
	"fmt"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/faqbot/faqbot/transport/staff"
)

// A load check, not run by default (FAQBOT_LOAD=1 runs it; it takes about 20 s): patients' messages
// are answered while 32 clients sign in as fast as they can against a real-cost bcrypt hash, with
// the limits set out of the way so every attempt reaches bcrypt. With bcrypt bounded to
// GOMAXPROCS/2 patients keep a core; unbounded (32 at once) they queue behind bcrypt.
func TestPatientLatencyDuringSignIns(t *testing.T) {
	if os.Getenv("FAQBOT_LOAD") == "" {
		t.Skip("a load check: FAQBOT_LOAD=1 runs it")
	}
	for _, checks := range []int{0, 32} { // 0: the default, GOMAXPROCS/2
		t.Run(fmt.Sprintf("checks=%d", checks), func(t *testing.T) {
			h := newHarness(t, func(c *staff.Config) {
				c.PasswordChecks = checks
				c.NameFailures, c.AddrFailures, c.NameTotalFailures = 1<<30, 1<<30, 1<<30
			})
			hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
			if err != nil {
				t.Fatal(err)
			}
			if err := staff.SetAccount(h.accounts, "nora", hash); err != nil {
				t.Fatal(err)
			}
			baseline := h.patientLatencies(1000)

			stop := make(chan struct{})
			begun := time.Now()
			var wg sync.WaitGroup
			var signIns, refused atomic.Int64
			for range 32 {
				wg.Go(func() {
					for {
						select {
						case <-stop:
							return
						default:
						}
						switch h.tryLogin("nora", "wrong password", "") {
						case 401:
							signIns.Add(1)
						case 503:
							refused.Add(1)
						}
					}
				})
			}
			time.Sleep(500 * time.Millisecond) // let the sign-ins get going
			loaded := h.patientLatencies(1000)
			close(stop)
			wg.Wait()
			took := time.Since(begun)
			t.Logf("patients alone: p50 %v p99 %v | with 32 sign-in clients: p50 %v p99 %v max %v; %.0f password checks/s, %d sign-ins refused 503",
				baseline[0], baseline[1], loaded[0], loaded[1], loaded[2],
				float64(signIns.Load())/took.Seconds(), refused.Load())
		})
	}
}

// patientLatencies answers n patient messages one after another and returns p50, p99 and max.
func (h *harness) patientLatencies(n int) [3]time.Duration {
	ctx := h.t.Context()
	sess, _, err := h.svc.StartWeb(ctx, "ar")
	if err != nil {
		h.t.Fatal(err)
	}
	d := make([]time.Duration, n)
	for i := range d {
		start := time.Now()
		if _, err := h.svc.Handle(ctx, &sess, fmt.Sprint("m", i), "هل البوتوكس آمن؟"); err != nil {
			h.t.Fatal(err)
		}
		d[i] = time.Since(start)
	}
	slices.Sort(d)
	r := func(x time.Duration) time.Duration { return x.Round(10 * time.Microsecond) }
	return [3]time.Duration{r(d[n/2]), r(d[n*99/100]), r(d[n-1])}
}
