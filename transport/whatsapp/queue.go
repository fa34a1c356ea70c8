package whatsapp

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/faqbot/faqbot/bot"
)

// Queue keeps deliveries between the webhook's 200 and their answers, so that a replica killed in
// between loses nothing: redisstore.Queue (a Redis stream a shard, read by one consumer group).
// An item read by Next stays the reader's until Done; one left longer than Stale without a Touch
// (its reader died) is returned by the next Next of any reader, with Retried set.
type Queue interface {
	// Add stores data on shard's queue; nil means it is stored.
	Add(ctx context.Context, shard int, data []byte) error
	// Next returns shard's items for consumer, stale ones first, waiting up to block for new ones.
	Next(ctx context.Context, shard int, consumer string, block time.Duration) ([]Queued, error)
	// Touch keeps consumer's items ids from going stale.
	Touch(ctx context.Context, shard int, consumer string, ids ...string) error
	// Done removes handled items.
	Done(ctx context.Context, shard int, ids ...string) error
	// Stale is how long an untouched item stays its reader's.
	Stale() time.Duration
}

// Queued is one item of a Queue.
type Queued struct {
	ID   string
	Data []byte
	// Retried: a reader took it before and never finished; it may have been handled in part.
	Retried bool
}

// Timings of the durable queue.
const (
	// queueBlock is how long a reader waits on Redis for new items before it looks for stale ones again.
	queueBlock = 2 * time.Second
	// queueAddTimeout bounds the store of one delivery; past it the delivery is answered from memory.
	queueAddTimeout = 2 * time.Second
	// queueRetry is the pause after a failed read (Redis down), so a reader does not spin.
	queueRetry = time.Second
)

// stored is a job as kept in the queue.
type stored struct {
	Msg *Message `json:"m,omitempty"`
	St  *Status  `json:"s,omitempty"`
}

// addDurable stores jobs on their shards' queues, one item a shard. On an error some shards may
// be stored: the caller answers all of them from memory then, and the claims drop the copies.
func (b *Bridge) addDurable(ctx context.Context, jobs []job) error {
	ctx, cancel := context.WithTimeout(ctx, queueAddTimeout)
	defer cancel()
	order, byShard := b.byShard(jobs)
	for _, sh := range order {
		var items []stored
		for _, j := range byShard[sh] {
			items = append(items, stored{Msg: j.msg, St: j.st})
		}
		data, err := json.Marshal(items)
		if err != nil {
			return err
		}
		if err := b.queue.Add(ctx, sh, data); err != nil {
			return err
		}
	}
	return nil
}

// reader moves shard's queued items to the shard's worker, and tells the queue which it holds.
func (b *Bridge) reader(shard int) {
	defer b.readers.Done()
	failing := false // a Redis outage is logged once, when it starts, and when it ends
	for {
		if b.readCtx.Err() != nil {
			return
		}
		items, err := b.queue.Next(b.readCtx, shard, b.consumer, queueBlock)
		if err != nil {
			if b.readCtx.Err() != nil {
				return
			}
			if !failing {
				b.log.Warn("whatsapp queue unreadable: retrying every second", "shard", shard, "err", err)
				failing = true
			}
			select {
			case <-time.After(queueRetry):
			case <-b.readCtx.Done():
				return
			}
			continue
		}
		if failing {
			b.log.Info("whatsapp queue readable again", "shard", shard)
			failing = false
		}
		if len(items) == 0 {
			continue
		}
		var jobs []job
		var bad []string
		for _, it := range items {
			var ss []stored
			if err := json.Unmarshal(it.Data, &ss); err != nil {
				b.log.Error("whatsapp queue item unreadable: dropped", "shard", shard, "id", it.ID, "err", err)
				bad = append(bad, it.ID)
				continue
			}
			if it.Retried {
				b.m.recovered.Add(float64(len(ss)))
			}
			b.hold(shard, it.ID)
			for _, s := range ss {
				if s.Msg == nil && s.St == nil {
					continue
				}
				jobs = append(jobs, job{msg: s.Msg, st: s.St, item: it.ID, retried: it.Retried})
			}
			// An item with nothing in it is done when the batch is.
			jobs = append(jobs, job{item: it.ID})
		}
		if len(bad) > 0 {
			b.done(shard, bad)
		}
		if len(jobs) == 0 {
			continue
		}
		select {
		case b.shards[shard] <- jobs:
			b.waiting.Add(int64(len(jobs)))
		case <-b.readCtx.Done():
			// Not handed over: still pending, so another reader takes it once stale.
			return
		}
	}
}

// hold and release track the items this replica has read and not finished, which toucher keeps.
func (b *Bridge) hold(shard int, id string) {
	b.heldMu.Lock()
	defer b.heldMu.Unlock()
	if b.held[shard] == nil {
		b.held[shard] = map[string]struct{}{}
	}
	b.held[shard][id] = struct{}{}
}

func (b *Bridge) done(shard int, ids []string) {
	ctx, cancel := context.WithTimeout(context.Background(), queueAddTimeout)
	defer cancel()
	if err := b.queue.Done(ctx, shard, ids...); err != nil {
		// Left pending: another reader takes it once stale and the claims skip what was answered.
		b.log.Warn("whatsapp queue item not marked done", "shard", shard, "err", err)
	}
	b.heldMu.Lock()
	for _, id := range ids {
		delete(b.held[shard], id)
	}
	b.heldMu.Unlock()
}

// toucher keeps the items this replica holds from going stale while they wait or are handled.
func (b *Bridge) toucher() {
	defer b.touchers.Done()
	t := time.NewTicker(b.queue.Stale() / 3)
	defer t.Stop()
	for {
		select {
		case <-b.touchCtx.Done():
			return
		case <-t.C:
		}
		b.heldMu.Lock()
		byShard := map[int][]string{}
		for sh, ids := range b.held {
			for id := range ids {
				byShard[sh] = append(byShard[sh], id)
			}
		}
		b.heldMu.Unlock()
		for sh, ids := range byShard {
			if err := b.queue.Touch(b.touchCtx, sh, b.consumer, ids...); err != nil && b.touchCtx.Err() == nil {
				b.log.Warn("whatsapp queue items not kept", "shard", sh, "err", err)
			}
		}
	}
}

// writeBehind is a store that commits after Commit returns (bot.BufferedStore with WriteBehind).
type writeBehind interface {
	Pending() int
	Flushed() int64
	Dropped() int64
}

// waitLogged waits until the service's store has written what was committed so far: an item is
// done only once its log entries are in Redis, or a crash right after would leave a message
// answered and acknowledged but never logged.
func (b *Bridge) waitLogged() {
	if !WaitWritten(b.svc.Store, queueAddTimeout) {
		// Marked done anyway: the store is down, and the buffer keeps the entries for it.
		b.log.Warn("whatsapp log entries not yet in the store; queue items marked done anyway")
	}
}

// WaitWritten waits up to max until st has written every commit made before the call, when st
// writes behind (bot.BufferedStore with WriteBehind); it reports whether it has.
func WaitWritten(st bot.Store, max time.Duration) bool {
	wb, ok := st.(writeBehind)
	if !ok {
		return true
	}
	// Pending first: the sum can only overshoot, as commits are written in order.
	target := int64(wb.Pending())
	target += wb.Flushed() + wb.Dropped()
	for deadline := time.Now().Add(max); wb.Flushed()+wb.Dropped() < target; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			return false
		}
	}
	return true
}

// RunQueue reads shard of q as consumer until ctx ends, and hands each batch to handle: while
// handle runs the items are kept from going stale, and once it returns they are done. Items of a
// reader killed meanwhile come back to the next reader, Retried. The Twilio webhook uses it.
func RunQueue(ctx context.Context, q Queue, shard int, consumer string, log *slog.Logger, handle func([]Queued)) {
	failing := false
	for ctx.Err() == nil {
		items, err := q.Next(ctx, shard, consumer, queueBlock)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			if !failing {
				log.Warn("queue unreadable: retrying every second", "shard", shard, "err", err)
				failing = true
			}
			select {
			case <-time.After(queueRetry):
			case <-ctx.Done():
			}
			continue
		}
		if failing {
			log.Info("queue readable again", "shard", shard)
			failing = false
		}
		if len(items) == 0 {
			continue
		}
		ids := make([]string, len(items))
		for i, it := range items {
			ids[i] = it.ID
		}
		stop := make(chan struct{})
		touched := make(chan struct{})
		go func() {
			defer close(touched)
			t := time.NewTicker(q.Stale() / 3)
			defer t.Stop()
			for {
				select {
				case <-stop:
					return
				case <-t.C:
					if err := q.Touch(context.WithoutCancel(ctx), shard, consumer, ids...); err != nil {
						log.Warn("queue items not kept", "shard", shard, "err", err)
					}
				}
			}
		}()
		handle(items)
		close(stop)
		<-touched
		dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), queueAddTimeout)
		if err := q.Done(dctx, shard, ids...); err != nil {
			log.Warn("queue items not marked done", "shard", shard, "err", err)
		}
		cancel()
	}
}

// ConsumerName names this process as a queue reader: the host and a random part, as a restarted
// process is a new reader (its predecessor's items come back to it once stale).
func ConsumerName() string {
	host, _ := os.Hostname()
	var r [6]byte
	rand.Read(r[:])
	return host + "-" + hex.EncodeToString(r[:])
}

// heldItems is the bookkeeping of addDurable's items in this replica.
type heldItems struct {
	heldMu sync.Mutex
	held   map[int]map[string]struct{}
}
