package redisstore

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// Pub/sub and presence: what lets several replicas on one Redis behave as one (transport/relay
// uses them). See the package documentation for the names.

// channelName is the Redis channel of a store channel name. Every channel shares the {convs} hash
// tag, so on a cluster one subscriber connection (SSUBSCRIBE needs one slot) hears them all.
func (s *Store) channelName(name string) string { return s.opts.Prefix + ":{convs}:ch:" + name }

// presenceKey is the zset of replicas holding a live connection of conv, in conv's slot.
func (s *Store) presenceKey(conv string) string { return s.opts.Prefix + ":{" + conv + "}:live" }

// sharded reports whether the client is a cluster client: then channels are shard channels
// (SPUBLISH/SSUBSCRIBE: a message goes to the one node owning the channel's slot, not over the
// cluster bus to every node).
func (s *Store) sharded() bool {
	_, ok := s.c.(*redis.ClusterClient)
	return ok
}

// Publish sends payload to the subscribers of channel name (every replica's Subscription to it),
// returning how many received it.
func (s *Store) Publish(ctx context.Context, name string, payload []byte) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	var cmd *redis.IntCmd
	if s.sharded() {
		cmd = s.c.SPublish(ctx, s.channelName(name), payload)
	} else {
		cmd = s.c.Publish(ctx, s.channelName(name), payload)
	}
	n, err := cmd.Result()
	if err != nil {
		return 0, fmt.Errorf("redisstore: publish %s: %w", name, err)
	}
	return n, nil
}

// Message is what a Subscription receives.
type Message struct {
	// Channel is the store channel name it was published on.
	Channel string
	Payload []byte
	// Gap reports that the subscription was lost and is back: whatever was published meanwhile
	// was missed (Channel and Payload are empty then).
	Gap bool
}

// Timings of a Subscription's health check: Redis pushes nothing on an idle subscription, so a
// connection that died silently (a partition, a dropped NAT entry) is found by pinging when
// nothing arrived for subscriptionIdle, and replaced when the pong does not come either.
const (
	subscriptionIdle = 15 * time.Second
	// subscriptionRetry bounds the pause between attempts while Redis is unreachable.
	subscriptionRetry = 2 * time.Second
)

// ErrSubscriptionClosed is returned by Receive once Close was called.
var ErrSubscriptionClosed = errors.New("redisstore: subscription closed")

// Subscription is one connection listening to some of the store's channels. go-redis reconnects
// and subscribes again by itself after a failure; Receive reports each such gap once. Receive is
// for one goroutine; Close may be called from any.
type Subscription struct {
	s     *Store
	names map[string]string // Redis channel -> store channel name

	mu     sync.Mutex
	ps     *redis.PubSub
	closed bool
	done   chan struct{} // closed by Close: ends a pause between attempts
	// lost: the connection failed or was replaced; the next subscription confirmation is a gap.
	lost bool
	// pinged: a ping is out and nothing has arrived since.
	pinged bool
}

// Subscribe listens to the channels named (at least one) and returns once Redis confirmed every
// subscription, so a message published after Subscribe returns is received. Close it when done.
func (s *Store) Subscribe(ctx context.Context, names ...string) (*Subscription, error) {
	if len(names) == 0 {
		return nil, errors.New("redisstore: subscribe to no channel")
	}
	sub := &Subscription{s: s, names: make(map[string]string, len(names)), done: make(chan struct{})}
	for _, n := range names {
		sub.names[s.channelName(n)] = n
	}
	sub.ps = sub.open(ctx)
	// The confirmations, one per channel, come before any message.
	for confirmed := 0; confirmed < len(names); {
		m, err := sub.ps.ReceiveTimeout(ctx, subscriptionIdle)
		if err != nil {
			sub.ps.Close()
			return nil, fmt.Errorf("redisstore: subscribe: %w", err)
		}
		if _, ok := m.(*redis.Subscription); ok {
			confirmed++
		}
	}
	return sub, nil
}

// open starts a go-redis PubSub on the subscription's channels.
func (sub *Subscription) open(ctx context.Context) *redis.PubSub {
	chans := make([]string, 0, len(sub.names))
	for c := range sub.names {
		chans = append(chans, c)
	}
	if sub.s.sharded() {
		return sub.s.c.SSubscribe(ctx, chans...)
	}
	return sub.s.c.Subscribe(ctx, chans...)
}

// Receive blocks until a message arrives, a gap is noticed (Message.Gap), ctx ends (its error),
// or Close is called (ErrSubscriptionClosed). While Redis is unreachable it keeps trying.
func (sub *Subscription) Receive(ctx context.Context) (Message, error) {
	retry := 50 * time.Millisecond
	for {
		if err := ctx.Err(); err != nil {
			return Message{}, err
		}
		sub.mu.Lock()
		ps, closed := sub.ps, sub.closed
		sub.mu.Unlock()
		if closed {
			return Message{}, ErrSubscriptionClosed
		}
		m, err := ps.ReceiveTimeout(ctx, subscriptionIdle)
		if err != nil {
			if sub.isClosed() {
				return Message{}, ErrSubscriptionClosed
			}
			if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
				if ctx.Err() != nil {
					return Message{}, ctx.Err()
				}
			}
			if isTimeout(err) {
				sub.idle(ctx)
				continue
			}
			// The connection failed: go-redis reconnects on the next Receive. Wait a little
			// first, so an unreachable Redis is not dialled in a tight loop.
			sub.mu.Lock()
			sub.lost = true
			sub.mu.Unlock()
			select {
			case <-ctx.Done():
			case <-sub.done:
			case <-time.After(retry):
			}
			retry = min(2*retry, subscriptionRetry)
			continue
		}
		retry = 50 * time.Millisecond
		sub.mu.Lock()
		sub.pinged = false
		sub.mu.Unlock()
		switch m := m.(type) {
		case *redis.Message:
			return Message{Channel: sub.names[m.Channel], Payload: []byte(m.Payload)}, nil
		case *redis.Subscription:
			// After a reconnection go-redis subscribes again: the confirmation marks the gap's end.
			sub.mu.Lock()
			gap := sub.lost && (m.Kind == "subscribe" || m.Kind == "ssubscribe")
			if gap {
				sub.lost = false
			}
			sub.mu.Unlock()
			if gap {
				return Message{Gap: true}, nil
			}
		}
	}
}

// idle handles a quiet period: the first time it pings, the second (no pong either) it replaces
// the connection, which subscribes again.
func (sub *Subscription) idle(ctx context.Context) {
	sub.mu.Lock()
	defer sub.mu.Unlock()
	if sub.closed {
		return
	}
	if !sub.pinged {
		sub.pinged = true
		if err := sub.ps.Ping(ctx); err == nil {
			return
		}
	}
	sub.pinged = false
	sub.lost = true
	sub.ps.Close()
	sub.ps = sub.open(ctx)
}

func (sub *Subscription) isClosed() bool {
	sub.mu.Lock()
	defer sub.mu.Unlock()
	return sub.closed
}

// Close ends the subscription; a Receive in progress returns ErrSubscriptionClosed.
func (sub *Subscription) Close() error {
	sub.mu.Lock()
	defer sub.mu.Unlock()
	if sub.closed {
		return nil
	}
	sub.closed = true
	close(sub.done)
	return sub.ps.Close()
}

// isTimeout reports whether err is a read timing out (nothing arrived), not a failure.
func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

// SetPresence records, for replica, a live connection in each conversation of here until until,
// and none any more in those of gone. Each conversation's presence is a zset in its own slot
// (replica -> until, unix ms), which expires when no replica refreshes it.
func (s *Store) SetPresence(ctx context.Context, replica string, until time.Time, here, gone []string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if replica == "" {
		return errors.New("redisstore: presence of an unnamed replica")
	}
	if len(here)+len(gone) == 0 {
		return nil
	}
	ms := until.UnixMilli()
	// Members of replicas that stopped without saying so: older than the oldest until still valid.
	stale := "(" + strconv.FormatInt(time.Now().UnixMilli(), 10)
	pipe := s.c.Pipeline()
	for _, conv := range here {
		k := s.presenceKey(conv)
		pipe.ZAdd(ctx, k, redis.Z{Score: float64(ms), Member: replica})
		pipe.ZRemRangeByScore(ctx, k, "-inf", stale)
		pipe.PExpireAt(ctx, k, until)
	}
	for _, conv := range gone {
		pipe.ZRem(ctx, s.presenceKey(conv), replica)
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return fmt.Errorf("redisstore: presence: %w", err)
	}
	return nil
}

// Present reports, for each of convs, whether a replica other than except holds a live connection
// of it at now; one round trip for all.
func (s *Store) Present(ctx context.Context, convs []string, except string, now time.Time) ([]bool, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if slices.Contains(convs, "") {
		return nil, errNoConv
	}
	out := make([]bool, len(convs))
	if len(convs) == 0 {
		return out, nil
	}
	by := &redis.ZRangeBy{Min: "(" + strconv.FormatInt(now.UnixMilli(), 10), Max: "+inf"}
	pipe := s.c.Pipeline()
	cmds := make([]*redis.StringSliceCmd, len(convs))
	for i, conv := range convs {
		cmds[i] = pipe.ZRangeByScore(ctx, s.presenceKey(conv), by)
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, fmt.Errorf("redisstore: presence: %w", err)
	}
	for i, cmd := range cmds {
		out[i] = slices.ContainsFunc(cmd.Val(), func(id string) bool { return id != except })
	}
	return out, nil
}
