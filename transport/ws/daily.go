package ws

import (
	"context"
	"sync"
	"time"

	"github.com/faqbot/faqbot/bot"
)

// DefaultAddrDaily is how many messages one address may have answered and logged a day (UTC): far
// above a clinic's busiest NAT, far below what the per-minute rate allows all day (600 a minute is
// 864,000 messages, gigabytes of log).
const DefaultAddrDaily = 5000

// dailyCounter counts each address's messages in the current UTC day. It is one replica's count,
// as the per-minute limits are: n replicas let an address n times as many. Safe for concurrent use.
type dailyCounter struct {
	max int
	mu  sync.Mutex
	day int64          // days since the epoch, UTC
	n   map[string]int // messages of the day by address key; absent: none
}

// newDailyCounter applies the configuration convention: negative is no limit (nil), 0 the default.
func newDailyCounter(perDay int) *dailyCounter {
	if perDay < 0 {
		return nil
	}
	if perDay == 0 {
		perDay = DefaultAddrDaily
	}
	return &dailyCounter{max: perDay, n: map[string]int{}}
}

// take counts one message of key at now, or reports false when key has had its day's share.
func (d *dailyCounter) take(key string, now time.Time) bool {
	if d == nil {
		return true
	}
	day := now.Unix() / 86400
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

// overDaily reports a message that its address may not have logged today. A message resent (its
// answer is given again, nothing logged) and a red flag (emergency guidance is never withheld) are
// never over. Reader goroutine only.
func (c *conn) overDaily(m inbound, now time.Time) bool {
	if c.h.daily == nil || c.live.Seen(m.ID) {
		return false
	}
	if c.h.daily.take(c.addr, now) {
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
