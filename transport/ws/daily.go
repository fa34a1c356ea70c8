package ws

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"sync"
	"sync/atomic"
	"time"

	"github.com/faqbot/faqbot/bot"
)

// DefaultAddrDaily is how many messages one address may have answered and logged a day (UTC): far
// above a clinic's busiest NAT, far below what the per-minute rate allows all day (600 a minute is
// 864,000 messages, gigabytes of log).
const DefaultAddrDaily = 5000

// DayCounter counts messages for all replicas together: CountDay adds one to key's count of day
// (days since the epoch, UTC) and returns the count so far. redisstore.Store and memstore.Store
// are ones.
type DayCounter interface {
	CountDay(ctx context.Context, key string, day int64) (int64, error)
}

// How long the shared count may take before this replica decides alone, and how long it then
// decides alone before asking again: a hung Redis must not hold every message up.
const (
	dayCountTimeout = 250 * time.Millisecond
	dayCountPause   = 5 * time.Second
)

// dailyCounter counts each address's messages in the current UTC day, over all replicas through a
// DayCounter when there is one. Its own count is kept all the same: it decides alone while the
// shared one fails, a lower bound (this replica's share) rather than no limit. Safe for concurrent use.
type dailyCounter struct {
	max    int
	shared DayCounter // nil: this replica's count only
	paused atomic.Int64

	mu  sync.Mutex
	day int64          // days since the epoch, UTC
	n   map[string]int // messages of the day by address key; absent: none
}

// newDailyCounter applies the configuration convention: negative is no limit (nil), 0 the default.
func newDailyCounter(perDay int, shared DayCounter) *dailyCounter {
	if perDay < 0 {
		return nil
	}
	if perDay == 0 {
		perDay = DefaultAddrDaily
	}
	return &dailyCounter{max: perDay, shared: shared, n: map[string]int{}}
}

// take counts one message of key at now, or reports false when key has had its day's share.
func (d *dailyCounter) take(ctx context.Context, key string, now time.Time) bool {
	if d == nil {
		return true
	}
	day := now.Unix() / 86400
	ok := d.takeLocal(key, day)
	if d.shared == nil || now.UnixNano() < d.paused.Load() {
		return ok
	}
	ctx, cancel := context.WithTimeout(ctx, dayCountTimeout)
	defer cancel()
	n, err := d.shared.CountDay(ctx, sharedKey(key), day)
	if err != nil {
		d.paused.Store(now.Add(dayCountPause).UnixNano())
		return ok
	}
	return n <= int64(d.max)
}

func (d *dailyCounter) takeLocal(key string, day int64) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if day != d.day {
		d.day, d.n = day, map[string]int{} // a new day: everyone starts again, and the map is freed
	}
	if d.n[key] >= d.max {
		return false
	}
	d.n[key]++
	return true
}

// sharedKey names an address in the shared count by a hash, so that Redis holds no client
// addresses (they are the patients' personal data too).
func sharedKey(addr string) string {
	sum := sha256.Sum256([]byte("faqbot ws address\x00" + addr))
	return "ws:" + hex.EncodeToString(sum[:12])
}

// overDaily reports a message that its address may not have logged today. A message resent (its
// answer is given again, nothing logged) and a red flag (emergency guidance is never withheld) are
// never over. Reader goroutine only.
func (c *conn) overDaily(m inbound, now time.Time) bool {
	if c.h.daily == nil || c.live.Seen(m.ID) {
		return false
	}
	if c.h.daily.take(c.ctx, c.addr, now) {
		return false
	}
	return !bot.RedFlag(m.Text) // the emergency guidance is never refused
}

// refuseDaily answers a message over the address's daily share with rate_limited.
func (c *conn) refuseDaily(ctx context.Context, m inbound) {
	if c.limited == 0 {
		c.h.log.InfoContext(ctx, "ws: daily limit", "conv", c.conv())
	}
	c.limited++
	c.refuse(CodeRateLimited, "too many messages from your network today; please call the clinic", m.ID)
}
