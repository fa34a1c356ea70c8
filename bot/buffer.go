package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"
)

// ErrInvalid is wrapped around the errors of a Store refusing input it can never store (an empty
// conversation id, a reply JSON cannot encode), so callers such as BufferedStore know a retry is futile.
// (It belongs beside ErrNotFound in store.go; it lives here until that file is free to edit.)
var ErrInvalid = errors.New("invalid input")

// ErrBufferFull is returned (wrapping the store's error) by BufferedStore.Commit when the store is
// unreachable and the buffer already holds BufferOptions.Max commits: that commit is lost.
var ErrBufferFull = errors.New("write buffer full")

// ErrUnavailable is returned (wrapping the store's last error) by BufferedStore's Begin and History
// while the store is known to be unreachable, instead of waiting for it to fail again.
var ErrUnavailable = errors.New("store unavailable")

// BufferOptions configure a BufferedStore. Every zero value means the documented default.
type BufferOptions struct {
	// Max is how many commits may wait while the store is unreachable; 0 means 10,000. A commit is one
	// patient message and its answer, a few KB, so the default holds tens of MB at most. Past it, new
	// commits are dropped and counted (Dropped) and Commit returns ErrBufferFull; the ones already
	// waiting are kept, so the log loses its newest entries, never a hole in the middle.
	Max int
	// MinBackoff is the first wait before retrying; it doubles after each failed retry up to
	// MaxBackoff, with ±20% jitter so replicas do not retry in step. 0 means 50 ms and 5 s.
	MinBackoff, MaxBackoff time.Duration
	// AttemptTimeout bounds each retry; 0 means 5 s.
	AttemptTimeout time.Duration
	// Retryable tells the errors worth buffering (the store unreachable, timing out, busy) from
	// those retrying cannot fix (bad input). nil means DefaultRetryable. redisstore.Retryable knows
	// Redis's errors.
	Retryable func(error) bool
	// WriteBehind queues every commit, not only those the store failed, so Commit returns at once
	// and the reply need not wait for the store: a patient's answer costs no round trip. The queue
	// is written in order by one goroutine, Batch commits a round trip when the store is a Batcher,
	// so a busy replica writes many answers per round trip. The price: a commit lives only in this
	// process for the round trip it waits (about 100 µs with Redis on the same network), so a crash
	// of the process (not a graceful stop, which flushes) can lose the last answers' log entries.
	WriteBehind bool
	// Batch is the most commits one write sends to a Batcher; 0 means 128.
	Batch int
}

// Defaults of BufferOptions.
const (
	DefaultBufferMax      = 10_000
	DefaultMinBackoff     = 50 * time.Millisecond
	DefaultMaxBackoff     = 5 * time.Second
	DefaultAttemptTimeout = 5 * time.Second
	DefaultBatch          = 128
	// staleAfter is how long the oldest commit may wait, with write-behind, before the store counts as
	// unhealthy even though no write has failed (a store that hangs rather than fails).
	staleAfter = time.Second
)

// DefaultRetryable is true for every error but a cancelled context, ErrNotFound, ErrInvalid and
// data JSON cannot encode: those would fail again.
func DefaultRetryable(err error) bool {
	var unsupportedValue *json.UnsupportedValueError
	var unsupportedType *json.UnsupportedTypeError
	var marshaler *json.MarshalerError
	switch {
	case err == nil, errors.Is(err, context.Canceled), errors.Is(err, ErrNotFound), errors.Is(err, ErrInvalid),
		errors.As(err, &unsupportedValue), errors.As(err, &unsupportedType), errors.As(err, &marshaler):
		return false
	}
	return true
}

// BufferedStore is a Store that keeps the conversation log whole through store outages: a Commit
// that fails because the store is unreachable is queued in memory (bounded, BufferOptions.Max) and
// retried in the background with capped exponential backoff until it is written. Later commits
// queue behind it, so order is kept. Commits that fail for another reason (a cancelled context, bad
// input) return their error and are not queued. With BufferOptions.WriteBehind every commit is
// queued, so Commit never waits for the store, and the queue is written in batches.
//
// While commits wait, Begin answers from them (the latest session, the answer already given to a
// resent message) so patients keep their context and get no second answer; Begin and History fail
// fast with ErrUnavailable for what the queue cannot answer while the store is known to be down.
//
// The queue is bounded (BufferOptions.Max): past it, new commits are not queued but dropped, their
// Commit returns ErrBufferFull and Dropped counts them, so a long outage costs the newest log entries
// and never memory without end. Pending, Flushed and Dropped are for metrics and readiness.
//
// The queue lives in this process: commits still waiting when it exits are lost (Close flushes what
// it can first), and other replicas do not see them until they are written.
type BufferedStore struct {
	inner Store
	opts  BufferOptions

	mu      sync.Mutex
	queue   []queued // oldest first; the first ones are being written
	lastErr error    // the last retryable failure; nil after a success
	running bool     // a flusher goroutine runs
	done    chan struct{}
	closed  bool
	dropped int64
	flushed int64
	stop    context.Context // cancelled when Close gives up
	stopNow context.CancelFunc
	written atomic.Pointer[func([]Write)]
	// waiting counts the commits of each conversation in the queue, so the lookups a message makes
	// (queuedLocked, overlayLocked, History) skip the queue for conversations with nothing in it.
	waiting map[string]int
	// drained is closed and replaced each time the flusher takes commits off the queue, for
	// commits waiting for room (backpressure); nil while nobody waits.
	drained chan struct{}
	// written remembers the messages this buffer wrote lately (conversation and message id, oldest
	// first in answeredOrder), so a second answer coming just after the first was written is dropped
	// here, as the store will drop it, not queued and shown as the conversation's session until then.
	answered      map[string]struct{}
	answeredOrder []string
}

// rememberAnswered bounds how many written messages a buffer remembers.
const rememberAnswered = 4096

type queued struct {
	Write
	at time.Time // when it was queued, for Healthy
}

var _ Store = (*BufferedStore)(nil)

// NewBufferedStore returns a BufferedStore over inner.
func NewBufferedStore(inner Store, opts BufferOptions) *BufferedStore {
	if opts.Max <= 0 {
		opts.Max = DefaultBufferMax
	}
	if opts.MinBackoff <= 0 {
		opts.MinBackoff = DefaultMinBackoff
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = DefaultMaxBackoff
	}
	opts.MaxBackoff = max(opts.MaxBackoff, opts.MinBackoff)
	if opts.AttemptTimeout <= 0 {
		opts.AttemptTimeout = DefaultAttemptTimeout
	}
	if opts.Retryable == nil {
		opts.Retryable = DefaultRetryable
	}
	if opts.Batch <= 0 {
		opts.Batch = DefaultBatch
	}
	stop, stopNow := context.WithCancel(context.Background())
	return &BufferedStore{inner: inner, opts: opts, stop: stop, stopNow: stopNow}
}

// Commit writes to the store, or queues the commit when the store is unreachable or commits are
// already waiting; it returns nil once the commit is written or queued. It returns the store's error
// for a failure retrying cannot fix, ctx's error when ctx is cancelled (nothing is queued then; a
// passed deadline counts as the store being slow, and queues), and ErrBufferFull when the buffer is full.
func (b *BufferedStore) Commit(ctx context.Context, s Session, msgID string, entries ...Entry) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	q := queued{Write: Write{Session: s, MsgID: msgID, Entries: append([]Entry(nil), entries...)}, at: time.Now()}
	if b.opts.WriteBehind {
		// The store sees the commit only later: refuse now what it would refuse then.
		if err := q.check(); err != nil {
			return err
		}
	}
	b.mu.Lock()
	if b.opts.WriteBehind && !b.closed && (b.queuedLocked(q.Write) || b.answeredLocked(q.Write)) {
		b.mu.Unlock()
		return nil // a retry of a waiting commit, or a second answer to a waiting or written message
	}
	if (b.opts.WriteBehind || len(b.queue) > 0) && !b.closed {
		err := b.enqueueLocked(q, b.lastErr)
		if err == nil && b.opts.WriteBehind {
			b.keepPaceLocked(ctx)
		}
		b.mu.Unlock()
		return err
	}
	b.mu.Unlock()

	err := b.inner.Commit(ctx, s, msgID, entries...)
	if err == nil {
		b.tell([]Write{q.Write})
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case err == nil:
		b.lastErr = nil
		return nil
	case errors.Is(ctx.Err(), context.Canceled) || !b.opts.Retryable(err):
		return err
	}
	b.lastErr = err
	if b.closed {
		return err
	}
	return b.enqueueLocked(q, err)
}

// check refuses what a store cannot write: no conversation id, or what JSON cannot encode (the
// reply's numbers must be finite, times within years 0-9999).
func (w Write) check() error {
	if w.Session.ConversationID == "" {
		return fmt.Errorf("bot: commit: empty conversation id: %w", ErrInvalid)
	}
	badTime := func(t time.Time) bool { return t.Year() < 0 || t.Year() > 9999 }
	badNum := func(f float64) bool { return math.IsNaN(f) || math.IsInf(f, 0) }
	if badTime(w.Session.Created) || badTime(w.Session.LastSeen) {
		return fmt.Errorf("bot: commit: session time out of range: %w", ErrInvalid)
	}
	for _, e := range w.Entries {
		if badTime(e.At) {
			return fmt.Errorf("bot: commit: entry time out of range: %w", ErrInvalid)
		}
		if e.Reply == nil {
			continue
		}
		if badNum(e.Reply.Confidence) {
			return fmt.Errorf("bot: commit: reply confidence %v: %w", e.Reply.Confidence, ErrInvalid)
		}
		for _, src := range e.Reply.Sources {
			if badNum(src.Score) {
				return fmt.Errorf("bot: commit: source score %v: %w", src.Score, ErrInvalid)
			}
		}
	}
	return nil
}

// keepPaceLocked makes a write-behind Commit wait while more than two batches are queued and the
// store is up: answers then go out no faster than the store takes their log, instead of the queue
// filling up (and, at Max, dropping log entries) under a sustained load the store cannot keep up
// with. While the store is down nothing waits: the queue is for that. A cancelled ctx stops the
// wait (the commit stays queued). Callers hold b.mu; it is released while waiting.
func (b *BufferedStore) keepPaceLocked(ctx context.Context) {
	if isUrgent(ctx) {
		return // an emergency's guidance waits for nothing (urgent)
	}
	for len(b.queue) > 2*b.opts.Batch && b.lastErr == nil && !b.closed {
		if b.drained == nil {
			b.drained = make(chan struct{})
		}
		drained := b.drained
		b.mu.Unlock()
		select {
		case <-drained:
		case <-ctx.Done():
		}
		b.mu.Lock()
		if ctx.Err() != nil {
			return
		}
	}
}

// queuedLocked reports whether w is applied by a waiting commit already, as the store would see it:
// the same commit (first entry id), or another answer to a message id a waiting commit answers.
// Callers hold b.mu.
func (b *BufferedStore) queuedLocked(w Write) bool {
	if len(w.Entries) == 0 || b.waiting[w.Session.ConversationID] == 0 {
		return false
	}
	for _, q := range b.queue {
		if q.Session.ConversationID != w.Session.ConversationID || len(q.Entries) == 0 {
			continue
		}
		if q.Entries[0].ID != "" && q.Entries[0].ID == w.Entries[0].ID || w.MsgID != "" && q.MsgID == w.MsgID {
			return true
		}
	}
	return false
}

// answeredLocked reports whether w answers a message this buffer has written an answer to lately.
// Callers hold b.mu.
func (b *BufferedStore) answeredLocked(w Write) bool {
	if w.MsgID == "" || len(w.Entries) == 0 {
		return false
	}
	_, ok := b.answered[answeredKey(w)]
	return ok
}

// rememberLocked remembers the messages the first n waiting commits answer, once written, forgetting
// the oldest beyond rememberAnswered. Callers hold b.mu.
func (b *BufferedStore) rememberLocked(n int) {
	for _, q := range b.queue[:n] {
		if q.MsgID == "" || len(q.Entries) == 0 {
			continue
		}
		if b.answered == nil {
			b.answered = map[string]struct{}{}
		}
		k := answeredKey(q.Write)
		if _, ok := b.answered[k]; ok {
			continue
		}
		if len(b.answeredOrder) >= rememberAnswered {
			delete(b.answered, b.answeredOrder[0])
			b.answeredOrder = b.answeredOrder[1:]
		}
		b.answered[k] = struct{}{}
		b.answeredOrder = append(b.answeredOrder, k)
	}
}

func answeredKey(w Write) string { return w.Session.ConversationID + "\x00" + w.MsgID }

// enqueueLocked queues q, or drops it when the buffer is full. Callers hold b.mu.
func (b *BufferedStore) enqueueLocked(q queued, cause error) error {
	if len(b.queue) >= b.opts.Max {
		b.dropped++
		if cause == nil {
			cause = errors.New("commits waiting")
		}
		return fmt.Errorf("bot: %w (%d commits waiting): %w", ErrBufferFull, len(b.queue), cause)
	}
	b.queue = append(b.queue, q)
	if b.waiting == nil {
		b.waiting = map[string]int{}
	}
	b.waiting[q.Session.ConversationID]++
	if !b.running {
		b.running = true
		b.done = make(chan struct{})
		go b.flush(b.done)
	}
	return nil
}

// flush writes the queue out in order, retrying the oldest commit until it is written, and ends
// when the queue is empty or Close gives up. With a Batcher it sends up to Batch commits at once.
func (b *BufferedStore) flush(done chan struct{}) {
	defer close(done)
	wait := time.Duration(0)
	batcher, _ := b.inner.(Batcher)
	limit := b.opts.Batch
	if batcher == nil {
		limit = 1 // one commit a round trip anyway
	}
	var batch []Write
	for {
		b.mu.Lock()
		if len(b.queue) == 0 || b.stop.Err() != nil {
			b.running = false
			b.mu.Unlock()
			return
		}
		batch = batch[:0]
		for _, q := range b.queue[:min(len(b.queue), limit)] {
			batch = append(batch, q.Write)
		}
		b.mu.Unlock()

		ctx, cancel := context.WithTimeout(b.stop, b.opts.AttemptTimeout)
		var n int
		var err error
		if batcher != nil {
			n, err = batcher.CommitBatch(ctx, batch)
		} else {
			for ; n < len(batch) && err == nil; n++ {
				if err = b.inner.Commit(ctx, batch[n].Session, batch[n].MsgID, batch[n].Entries...); err != nil {
					break
				}
			}
		}
		cancel()
		if n > 0 {
			b.tell(batch[:n])
		}
		clear(batch) // let the entries go once written

		retry := false
		b.mu.Lock()
		b.rememberLocked(n)
		b.popLocked(n)
		b.flushed += int64(n)
		if n > 0 {
			wait = 0
		}
		switch {
		case err == nil:
			b.lastErr = nil
		case b.stop.Err() != nil:
			// Close gave up during the attempt: the commit stays queued (and counted in Pending).
		case !b.opts.Retryable(err):
			// The store answered, so it is reachable; this commit can never be written.
			b.popLocked(min(1, len(b.queue)))
			b.dropped++
			b.lastErr = nil
		default:
			b.lastErr = err
			b.wakeLocked() // the store is down: nothing waits for room now
			wait = nextBackoff(wait, b.opts.MinBackoff, b.opts.MaxBackoff)
			retry = true
		}
		b.mu.Unlock()
		if retry {
			t := time.NewTimer(jitter(wait))
			select {
			case <-t.C:
			case <-b.stop.Done():
				t.Stop()
			}
		}
	}
}

// OnWritten sets f to be told of commits once the store has them (the staff console re-reads the
// conversations then; with WriteBehind, Commit returning says nothing about that). f runs on the
// writing goroutine and must not block; it must not keep the slice.
func (b *BufferedStore) OnWritten(f func([]Write)) { b.written.Store(&f) }

func (b *BufferedStore) tell(ws []Write) {
	if f := b.written.Load(); f != nil {
		(*f)(ws)
	}
}

// wakeLocked has commits waiting in keepPaceLocked look again. Callers hold b.mu.
func (b *BufferedStore) wakeLocked() {
	if b.drained != nil {
		close(b.drained)
		b.drained = nil
	}
}

// popLocked removes the first n commits. Callers hold b.mu.
func (b *BufferedStore) popLocked(n int) {
	for _, q := range b.queue[:n] {
		conv := q.Session.ConversationID
		if b.waiting[conv]--; b.waiting[conv] <= 0 {
			delete(b.waiting, conv)
		}
	}
	if n > 0 {
		b.wakeLocked() // room made
	}
	clear(b.queue[:n])
	b.queue = b.queue[n:]
	if len(b.queue) == 0 {
		b.queue = nil // let the backing array go
	}
}

// nextBackoff doubles the wait, starting at lo and capped at hi.
func nextBackoff(cur, lo, hi time.Duration) time.Duration {
	if cur < lo {
		return lo
	}
	if cur >= hi/2 {
		return hi
	}
	return 2 * cur
}

// jitter spreads d by ±20%.
func jitter(d time.Duration) time.Duration {
	return d*8/10 + rand.N(d*4/10+1)
}

// Begin loads the turn from the store, overlaid with commits still waiting for this conversation:
// their latest session wins and their answers count as given. While the store is known to be
// unreachable, it does not wait for the store: it answers from the queue, or returns ErrUnavailable.
func (b *BufferedStore) Begin(ctx context.Context, conv, msgID string) (Turn, error) {
	if err := ctx.Err(); err != nil {
		return Turn{}, err
	}
	b.mu.Lock()
	down, pending := b.downLocked()
	sess, prior, found := b.overlayLocked(conv, msgID)
	b.mu.Unlock()
	if down != nil {
		if found {
			return Turn{Session: sess, Prior: prior, HoldUnknown: true}, nil
		}
		return Turn{}, fmt.Errorf("bot: %w (%d commits waiting): %w", ErrUnavailable, pending, down)
	}
	t, err := b.inner.Begin(ctx, conv, msgID)
	if !found || ctx.Err() != nil {
		return t, err
	}
	if err != nil && !errors.Is(err, ErrNotFound) {
		t = Turn{HoldUnknown: true} // the store failed: only the queue is known
	}
	t.Session = sess
	if t.Prior == nil {
		t.Prior = prior
	}
	return t, nil
}

// History returns the stored log followed by this conversation's entries still waiting. While the
// store is known to be unreachable it returns ErrUnavailable at once: half a history is not offered
// as a whole one.
func (b *BufferedStore) History(ctx context.Context, conv string) ([]Entry, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	b.mu.Lock()
	down, pending := b.downLocked()
	// Taken before reading the store: a waiting commit written meanwhile shows up in both, and is
	// recognised by its entry ids below.
	var waiting []Write
	for i := 0; i < len(b.queue) && b.waiting[conv] > 0; i++ {
		if q := b.queue[i]; q.Session.ConversationID == conv {
			waiting = append(waiting, q.Write)
		}
	}
	b.mu.Unlock()
	if down != nil {
		return nil, fmt.Errorf("bot: %w (%d commits waiting): %w", ErrUnavailable, pending, down)
	}
	h, err := b.inner.History(ctx, conv)
	if err != nil || len(waiting) == 0 {
		return h, err
	}
	stored := make(map[string]bool, len(h))
	answered := map[string]bool{}
	for _, e := range h {
		stored[e.ID] = true
		if e.MsgID != "" {
			answered[e.MsgID] = true
		}
	}
	for _, w := range waiting {
		// What the store will refuse as a second answer to a message is not shown either.
		if w.MsgID != "" && len(w.Entries) > 0 && answered[w.MsgID] && (w.Entries[0].ID == "" || !stored[w.Entries[0].ID]) {
			continue
		}
		for _, e := range w.Entries {
			if e.ID == "" || !stored[e.ID] {
				h = append(h, e.clone())
			}
		}
	}
	return h, nil
}

// downLocked returns the store's last error while commits wait and the last retry failed (the store
// is known to be unreachable), and how many wait. Callers hold b.mu.
func (b *BufferedStore) downLocked() (error, int) {
	if len(b.queue) > 0 && b.lastErr != nil {
		return b.lastErr, len(b.queue)
	}
	return nil, len(b.queue)
}

// overlayLocked returns the latest waiting session of conv and the waiting answer to msgID.
// Callers hold b.mu.
func (b *BufferedStore) overlayLocked(conv, msgID string) (sess Session, prior *Entry, found bool) {
	if b.waiting[conv] == 0 {
		return sess, nil, false
	}
	for _, q := range b.queue {
		if q.Session.ConversationID != conv {
			continue
		}
		sess, found = q.Session, true
		if msgID == "" || q.MsgID != msgID || prior != nil { // the first answer stands
			continue
		}
		if n := len(q.Entries); n > 0 {
			e := q.Entries[n-1].clone()
			prior = &e
		}
	}
	return sess, prior, found
}

// Pending is how many commits wait to be written.
func (b *BufferedStore) Pending() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.queue)
}

// Dropped is how many commits were lost: refused because the buffer was full, or failing for good
// (not Retryable) when retried.
func (b *BufferedStore) Dropped() int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.dropped
}

// Flushed is how many queued commits have been written (with WriteBehind, every commit).
func (b *BufferedStore) Flushed() int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.flushed
}

// Healthy is false while the last write failed, and while commits wait (with WriteBehind: while
// the oldest has waited staleAfter, a store that hangs rather than fails): what /readyz reports.
func (b *BufferedStore) Healthy() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.lastErr != nil {
		return false
	}
	return len(b.queue) == 0 || b.opts.WriteBehind && time.Since(b.queue[0].at) < staleAfter
}

// Close stops buffering and waits until the waiting commits are written or ctx ends; then it
// returns an error saying how many were not written. Commits after Close go straight to the store.
func (b *BufferedStore) Close(ctx context.Context) error {
	b.mu.Lock()
	b.closed = true
	b.wakeLocked()
	done := b.done
	running := b.running
	b.mu.Unlock()
	if running {
		select {
		case <-done:
		case <-ctx.Done():
			b.stopNow()
			<-done
		}
	}
	b.stopNow()
	b.mu.Lock()
	defer b.mu.Unlock()
	if n := len(b.queue); n > 0 {
		cause := b.lastErr
		if cause == nil {
			cause = ctx.Err()
		}
		return fmt.Errorf("bot: %d buffered commits not written: %w", n, cause)
	}
	return nil
}
