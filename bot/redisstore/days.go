package redisstore

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/redis/go-redis/v9"
)

// dayKeyLinger is how long a day's counts outlive the day: replicas whose clocks are a little
// behind still find them.
const dayKeyLinger = time.Hour

// CountDay adds one to key's count of day (days since the epoch, UTC) for all replicas together
// and returns it: one INCR, and the key's expiry, in one round trip. A single
// key, so it works on a cluster.
func (s *Store) CountDay(ctx context.Context, key string, day int64) (int64, error) {
	if key == "" {
		return 0, fmt.Errorf("redisstore: day count needs a key: %w", bot.ErrInvalid)
	}
	k := s.opts.Prefix + ":day:" + strconv.FormatInt(day, 10) + ":" + key
	// Until an hour after the day; a day already over (a clock far behind) keeps its counts an hour.
	ttl := max(time.Until(time.Unix((day+1)*86400, 0).Add(dayKeyLinger)), dayKeyLinger)
	var incr *redis.IntCmd
	_, err := s.c.Pipelined(ctx, func(p redis.Pipeliner) error {
		incr = p.Incr(ctx, k)
		p.Expire(ctx, k, ttl)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("redisstore: day count: %w", err)
	}
	return incr.Val(), nil
}
