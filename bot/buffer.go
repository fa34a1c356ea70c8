package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
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
}

// Defaults of BufferOptions.
const (
	DefaultBufferMax      = 10_000
	DefaultMinBackoff     = 50 * time.Millisecond
	DefaultMaxBackoff     = 5 * time.Second
	DefaultAttemptTimeout = 5 * time.Second
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
// input) return their error and are not queued.
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
	queue   []queued // oldest first; queue[0] is being retried
	lastErr error    // the last retryable failure; nil after a success
	running bool     // a flusher goroutine runs
	done    chan struct{}
	closed  bool
	dropped int64
	flushed int64
	stop    context.Context // cancelled when Close gives up
	stopNow context.CancelFunc
}

type queued struct {
	sess    Session
	msgID   string
	entries []Entry
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
	q := queued{sess: s, msgID: msgID, entries: append([]Entry(nil), entries...)}
	b.mu.Lock()
	if len(b.queue) > 0 && !b.closed {
		err := b.enqueueLocked(q, b.lastErr)
		b.mu.Unlock()
		return err
	}
	b.mu.Unlock()

	err := b.inner.Commit(ctx, s, msgID, entries...)
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
	if !b.running {
		b.running = true
		b.done = make(chan struct{})
		go b.flush(b.done)
	}
	return nil
}

// flush writes the queue out in order, retrying the oldest commit until it is written, and ends
// when the queue is empty or Close gives up.
func (b *BufferedStore) flush(done chan struct{}) {
	defer close(done)
	wait := time.Duration(0)
	for {
		b.mu.Lock()
		if len(b.queue) == 0 || b.stop.Err() != nil {
			b.running = false
			b.mu.Unlock()
			return
		}
		q := b.queue[0]
		b.mu.Unlock()

		ctx, cancel := context.WithTimeout(b.stop, b.opts.AttemptTimeout)
		err := b.inner.Commit(ctx, q.sess, q.msgID, q.entries...)
		cancel()

		retry := false
		b.mu.Lock()
		switch {
		case err == nil:
			b.popLocked()
			b.flushed++
			b.lastErr = nil
			wait = 0
		case b.stop.Err() != nil:
			// Close gave up during the attempt: the commit stays queued (and counted in Pending).
		case !b.opts.Retryable(err):
			// The store answered, so it is reachable; this commit can never be written.
			b.popLocked()
			b.dropped++
			b.lastErr = nil
		default:
			b.lastErr = err
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

func (b *BufferedStore) popLocked() {
	b.queue[0] = queued{}
	b.queue = b.queue[1:]
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
			return Turn{Session: sess, Prior: prior}, nil
		}
		return Turn{}, fmt.Errorf("bot: %w (%d commits waiting): %w", ErrUnavailable, pending, down)
	}
	t, err := b.inner.Begin(ctx, conv, msgID)
	if !found || ctx.Err() != nil {
		return t, err
	}
	if err != nil && !errors.Is(err, ErrNotFound) {
		t = Turn{} // the store failed: only the queue is known
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
	var waiting []Entry
	for _, q := range b.queue {
		if q.sess.ConversationID == conv {
			waiting = append(waiting, q.entries...)
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
	for _, e := range h {
		stored[e.ID] = true
	}
	for _, e := range waiting {
		if e.ID == "" || !stored[e.ID] {
			h = append(h, e)
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
	for _, q := range b.queue {
		if q.sess.ConversationID != conv {
			continue
		}
		sess, found = q.sess, true
		if msgID == "" || q.msgID != msgID {
			continue
		}
		if n := len(q.entries); n > 0 {
			e := q.entries[n-1]
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

// Flushed is how many waiting commits have been written.
func (b *BufferedStore) Flushed() int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.flushed
}

// Healthy is false while commits wait or the last write failed: what /readyz reports.
func (b *BufferedStore) Healthy() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.queue) == 0 && b.lastErr == nil
}

// Close stops buffering and waits until the waiting commits are written or ctx ends; then it
// returns an error saying how many were not written. Commits after Close go straight to the store.
func (b *BufferedStore) Close(ctx context.Context) error {
	b.mu.Lock()
	b.closed = true
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
