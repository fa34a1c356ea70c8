package redisstore

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// Queue is a durable work queue in Redis, one stream a shard, read by a consumer group: what a
// webhook has acknowledged outlives the replica that took it. An item stays pending (in the group's
// pending list) from the read until Done; one left pending longer than the stale time — its reader
// was killed, or lost Redis — is handed to the next reader that asks (XAUTOCLAIM), so every item is
// handled at least once. A reader that takes long keeps its items with Touch.
//
//	faqbot:{q:<name>:<shard>}  stream  "d" -> the item's bytes
//
// Each shard's stream has its own hash tag, so a Redis Cluster spreads them.
type Queue struct {
	s     *Store
	name  string
	stale time.Duration
	count int64
	// pruned is when each shard's dead consumers were last removed (unix nanoseconds).
	pruned sync.Map
}

// Every restart joins the group under a new name; names idle this long with nothing pending are
// removed (a live reader that was only quiet comes back by itself with its next read).
const (
	pruneIdle  = time.Hour
	pruneEvery = 10 * time.Minute
)

// queueGroup is the one consumer group: every replica reads every shard's stream in it.
const queueGroup = "workers"

// Queue returns the queue called name. Items pending longer than stale (15 s when 0) go to another
// reader: keep it well above Redis's worst pause, and Touch items more often than that.
func (s *Store) Queue(name string, stale time.Duration) *Queue {
	if stale <= 0 {
		stale = 15 * time.Second
	}
	return &Queue{s: s, name: name, stale: stale, count: 64}
}

// Stale is how long an item may stay pending without a Touch before another reader takes it.
func (q *Queue) Stale() time.Duration { return q.stale }

// QueueKey is the stream of shard.
func (q *Queue) QueueKey(shard int) string {
	return q.s.opts.Prefix + ":{q:" + q.name + ":" + strconv.Itoa(shard) + "}"
}

// Queued is one item read from a queue.
type Queued struct {
	// ID is the stream entry id, to pass to Done and Touch.
	ID   string
	Data []byte
	// Retried is true when another reader had taken the item and never finished it: it may have
	// been handled in part.
	Retried bool
}

// Add appends data to shard's stream. Once it returns nil the item is in Redis (and, as far as
// Redis's persistence settings go, on disk).
func (q *Queue) Add(ctx context.Context, shard int, data []byte) error {
	err := q.s.c.XAdd(ctx, &redis.XAddArgs{Stream: q.QueueKey(shard), Values: []any{"d", data}}).Err()
	if err != nil {
		return fmt.Errorf("redisstore: queue add: %w", err)
	}
	return nil
}

// Next returns shard's items for consumer: first any that a reader left stale, then new ones,
// waiting up to block for them. It returns no items and no error when block passed with nothing.
func (q *Queue) Next(ctx context.Context, shard int, consumer string, block time.Duration) ([]Queued, error) {
	key := q.QueueKey(shard)
	items, err := q.next(ctx, key, consumer, block)
	if err != nil && strings.HasPrefix(err.Error(), "NOGROUP") {
		// First use, or the stream was deleted: "0" so that items added before the group are read.
		if err := q.s.c.XGroupCreateMkStream(ctx, key, queueGroup, "0").Err(); err != nil && !strings.HasPrefix(err.Error(), "BUSYGROUP") {
			return nil, fmt.Errorf("redisstore: queue group: %w", err)
		}
		items, err = q.next(ctx, key, consumer, block)
	}
	if err != nil {
		return nil, fmt.Errorf("redisstore: queue next: %w", err)
	}
	return items, nil
}

// prune removes shard's consumers that have been idle for pruneIdle with nothing pending.
func (q *Queue) prune(ctx context.Context, key string) {
	cs, err := q.s.c.XInfoConsumers(ctx, key, queueGroup).Result()
	if err != nil {
		return
	}
	for _, c := range cs {
		if c.Pending == 0 && c.Idle > pruneIdle {
			q.s.c.XGroupDelConsumer(ctx, key, queueGroup, c.Name)
		}
	}
}

func (q *Queue) next(ctx context.Context, key, consumer string, block time.Duration) ([]Queued, error) {
	now := time.Now().UnixNano()
	if last, _ := q.pruned.Load(key); last == nil || now-last.(int64) > int64(pruneEvery) {
		q.pruned.Store(key, now)
		q.prune(ctx, key)
	}
	msgs, _, err := q.s.c.XAutoClaim(ctx, &redis.XAutoClaimArgs{Stream: key, Group: queueGroup, Consumer: consumer,
		MinIdle: q.stale, Start: "0-0", Count: q.count}).Result()
	if err != nil {
		return nil, err
	}
	if items := queued(msgs, true); len(items) > 0 {
		return items, nil
	}
	streams, err := q.s.c.XReadGroup(ctx, &redis.XReadGroupArgs{Group: queueGroup, Consumer: consumer,
		Streams: []string{key, ">"}, Count: q.count, Block: block}).Result()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	if err != nil || len(streams) == 0 {
		return nil, err
	}
	return queued(streams[0].Messages, false), nil
}

// queued converts stream entries, skipping any without data (deleted while pending).
func queued(msgs []redis.XMessage, retried bool) []Queued {
	var out []Queued
	for _, m := range msgs {
		d, ok := m.Values["d"].(string)
		if !ok {
			continue
		}
		out = append(out, Queued{ID: m.ID, Data: []byte(d), Retried: retried})
	}
	return out
}

// Touch tells the group that consumer still works on ids, so that nobody takes them as stale.
func (q *Queue) Touch(ctx context.Context, shard int, consumer string, ids ...string) error {
	if len(ids) == 0 {
		return nil
	}
	// XCLAIM to oneself with min-idle 0 resets the idle time; JUSTID leaves the delivery count alone.
	err := q.s.c.XClaimJustID(ctx, &redis.XClaimArgs{Stream: q.QueueKey(shard), Group: queueGroup, Consumer: consumer,
		MinIdle: 0, Messages: ids}).Err()
	if err != nil {
		return fmt.Errorf("redisstore: queue touch: %w", err)
	}
	return nil
}

// Done acknowledges ids and deletes them from shard's stream: handled, never to be read again.
func (q *Queue) Done(ctx context.Context, shard int, ids ...string) error {
	if len(ids) == 0 {
		return nil
	}
	key := q.QueueKey(shard)
	pipe := q.s.c.TxPipeline()
	pipe.XAck(ctx, key, queueGroup, ids...)
	pipe.XDel(ctx, key, ids...)
	if _, err := pipe.Exec(ctx); err != nil {
		return fmt.Errorf("redisstore: queue done: %w", err)
	}
	return nil
}

// Pending is how many of shard's items are read and not yet done, for tests and metrics.
func (q *Queue) Pending(ctx context.Context, shard int) (int64, error) {
	p, err := q.s.c.XPending(ctx, q.QueueKey(shard), queueGroup).Result()
	if err != nil {
		if strings.HasPrefix(err.Error(), "NOGROUP") {
			return 0, nil
		}
		return 0, fmt.Errorf("redisstore: queue pending: %w", err)
	}
	return p.Count, nil
}
