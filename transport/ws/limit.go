package ws

import (
	"sync"
	"time"
)

// limiter is a token bucket per conversation: a patient may send burst messages at once and then
// rate per second on average. It is keyed by conversation, not connection, so extra tabs or
// reconnects do not buy more messages on this replica.
//
// A full bucket behaves exactly like a missing one, so buckets that have refilled are deleted in
// sweeps (amortised over insertions) and the map holds only recently active conversations.
type limiter struct {
	rate  float64 // tokens per second
	burst float64

	mu      sync.Mutex
	buckets map[string]*bucket
	sweepAt int
}

type bucket struct {
	tokens float64
	last   time.Time
}

const minSweep = 1024

// configuredLimiter applies the configuration convention of both limits: a negative rate is no
// limit (nil), zero the default; a burst of zero or less the default, and never above the rate.
func configuredLimiter(perMinute, burst, defRate, defBurst int) *limiter {
	if perMinute < 0 {
		return nil
	}
	if perMinute == 0 {
		perMinute = defRate
	}
	if burst <= 0 {
		burst = defBurst
	}
	return newLimiter(perMinute, min(burst, perMinute))
}

func newLimiter(perMinute, burst int) *limiter {
	return &limiter{rate: float64(perMinute) / 60, burst: float64(burst), buckets: map[string]*bucket{}, sweepAt: minSweep}
}

// allow takes a token from key's bucket at time now, reporting false when none is left.
func (l *limiter) allow(key string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) >= l.sweepAt {
			l.sweep(now)
		}
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	b.tokens = min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// sweep deletes the buckets that have refilled; l.mu is held.
func (l *limiter) sweep(now time.Time) {
	for k, b := range l.buckets {
		if b.tokens+now.Sub(b.last).Seconds()*l.rate >= l.burst {
			delete(l.buckets, k)
		}
	}
	l.sweepAt = max(minSweep, 2*len(l.buckets))
}
