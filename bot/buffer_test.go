package bot_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/memstore"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/bot/storetest"
)

// fakeStore is a bot.Store of function fields.
type fakeStore struct {
	begin   func(ctx context.Context, conv, msgID string) (bot.Turn, error)
	commit  func(ctx context.Context, s bot.Session, msgID string, entries ...bot.Entry) error
	history func(ctx context.Context, conv string) ([]bot.Entry, error)
}

func (f fakeStore) Begin(ctx context.Context, conv, msgID string) (bot.Turn, error) {
	return f.begin(ctx, conv, msgID)
}

func (f fakeStore) Commit(ctx context.Context, s bot.Session, msgID string, entries ...bot.Entry) error {
	return f.commit(ctx, s, msgID, entries...)
}

func (f fakeStore) History(ctx context.Context, conv string) ([]bot.Entry, error) {
	return f.history(ctx, conv)
}

var errDown = errors.New("dial tcp 127.0.0.1:6379: connect: connection refused")

// flaky is a memstore behind a switch: while down, every call fails as an unreachable store would.
type flaky struct {
	mem     *memstore.Store
	down    atomic.Bool
	begins  atomic.Int64 // Begin calls that reached the store
	commits atomic.Int64 // Commit calls that reached the store
}

func newFlaky() *flaky { return &flaky{mem: memstore.New(0)} }

func (f *flaky) store() fakeStore {
	return fakeStore{
		begin: func(ctx context.Context, conv, msgID string) (bot.Turn, error) {
			f.begins.Add(1)
			if f.down.Load() {
				return bot.Turn{}, errDown
			}
			return f.mem.Begin(ctx, conv, msgID)
		},
		commit: func(ctx context.Context, s bot.Session, msgID string, entries ...bot.Entry) error {
			f.commits.Add(1)
			if f.down.Load() {
				return errDown
			}
			return f.mem.Commit(ctx, s, msgID, entries...)
		},
		history: func(ctx context.Context, conv string) ([]bot.Entry, error) {
			if f.down.Load() {
				return nil, errDown
			}
			return f.mem.History(ctx, conv)
		},
	}
}

// fast are options for tests: retries every few milliseconds.
var fast = bot.BufferOptions{MinBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond}

var t0 = time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)

func sess(conv string) bot.Session {
	return bot.Session{ConversationID: conv, Channel: bot.ChannelWeb, Created: t0, LastSeen: t0}
}

// exchange is one patient message and its answer, with ids derived from n.
func exchange(n int) (msgID string, entries []bot.Entry) {
	msgID = fmt.Sprintf("m%d", n)
	r := bot.Reply{Kind: bot.KindAnswer, Text: fmt.Sprintf("answer %d", n), Sources: []bot.Source{}, Suggestions: []string{}}
	at := t0.Add(time.Duration(n) * time.Second)
	return msgID, []bot.Entry{
		{ID: fmt.Sprintf("p%d", n), From: bot.FromPatient, Text: fmt.Sprintf("question %d", n), At: at, MsgID: msgID},
		{ID: fmt.Sprintf("b%d", n), From: bot.FromBot, Text: r.Text, At: at, MsgID: msgID, Reply: &r},
	}
}

func ids(es []bot.Entry) string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(e.ID)
	}
	return b.String()
}

func wantIDs(from, to int) string {
	var parts []string
	for n := from; n <= to; n++ {
		parts = append(parts, fmt.Sprintf("p%d b%d", n, n))
	}
	return strings.Join(parts, " ")
}

// waitFor polls cond until it holds, failing the test after a while.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

func TestBufferedStoreOutage(t *testing.T) {
	f := newFlaky()
	b := bot.NewBufferedStore(f.store(), fast)
	ctx := t.Context()
	if err := b.Commit(ctx, sess("c1"), ""); err != nil {
		t.Fatal(err)
	}
	if !b.Healthy() || b.Pending() != 0 {
		t.Fatalf("healthy store: Healthy %v, Pending %d", b.Healthy(), b.Pending())
	}

	f.down.Store(true)
	for n := 1; n <= 20; n++ {
		msgID, es := exchange(n)
		if err := b.Commit(ctx, sess("c1"), msgID, es...); err != nil {
			t.Fatalf("commit %d while down: %v (want it queued)", n, err)
		}
	}
	if b.Pending() != 20 || b.Healthy() {
		t.Fatalf("while down: Pending %d, Healthy %v; want 20, false", b.Pending(), b.Healthy())
	}

	// While down, Begin answers from the queue without waiting on the store.
	begins := f.begins.Load()
	turn, err := b.Begin(ctx, "c1", "m3")
	if err != nil || turn.Prior == nil || turn.Prior.ID != "b3" || turn.Session.ConversationID != "c1" {
		t.Errorf("Begin of a queued answer = %+v, %v; want Prior b3", turn, err)
	}
	if turn, err := b.Begin(ctx, "c1", "m99"); err != nil || turn.Prior != nil {
		t.Errorf("Begin of a new message while down = %+v, %v; want the queued session, no Prior", turn, err)
	}
	if _, err := b.Begin(ctx, "other", ""); !errors.Is(err, bot.ErrUnavailable) || !errors.Is(err, errDown) {
		t.Errorf("Begin of a conversation not queued while down: %v, want ErrUnavailable wrapping the store's error", err)
	}
	if _, err := b.History(ctx, "c1"); !errors.Is(err, bot.ErrUnavailable) {
		t.Errorf("History while down: %v, want ErrUnavailable", err)
	}
	if got := f.begins.Load(); got != begins {
		t.Errorf("Begin reached the store %d times while it was known to be down", got-begins)
	}

	f.down.Store(false)
	waitFor(t, "the backlog to flush", func() bool { return b.Pending() == 0 })
	h, err := f.mem.History(ctx, "c1")
	if err != nil || ids(h) != wantIDs(1, 20) {
		t.Errorf("stored history = %s, %v;\nwant %s", ids(h), err, wantIDs(1, 20))
	}
	if b.Flushed() != 20 || b.Dropped() != 0 || !b.Healthy() {
		t.Errorf("after flushing: Flushed %d, Dropped %d, Healthy %v; want 20, 0, true", b.Flushed(), b.Dropped(), b.Healthy())
	}
	// Back to writing straight through.
	msgID, es := exchange(21)
	commits := f.commits.Load()
	if err := b.Commit(ctx, sess("c1"), msgID, es...); err != nil || f.commits.Load() != commits+1 || b.Pending() != 0 {
		t.Errorf("commit after recovery: %v, %d store calls, Pending %d", err, f.commits.Load()-commits, b.Pending())
	}
}

func TestBufferedStoreFull(t *testing.T) {
	f := newFlaky()
	opts := fast
	opts.Max = 5
	b := bot.NewBufferedStore(f.store(), opts)
	ctx := t.Context()
	f.down.Store(true)
	for n := 1; n <= 8; n++ {
		msgID, es := exchange(n)
		err := b.Commit(ctx, sess("c1"), msgID, es...)
		if n <= 5 && err != nil {
			t.Errorf("commit %d: %v, want queued", n, err)
		}
		if n > 5 && (!errors.Is(err, bot.ErrBufferFull) || !errors.Is(err, errDown)) {
			t.Errorf("commit %d past the bound: %v, want ErrBufferFull wrapping the store's error", n, err)
		}
	}
	if b.Pending() != 5 || b.Dropped() != 3 {
		t.Errorf("Pending %d, Dropped %d; want 5, 3", b.Pending(), b.Dropped())
	}
	f.down.Store(false)
	waitFor(t, "the backlog to flush", func() bool { return b.Pending() == 0 })
	if h, _ := f.mem.History(ctx, "c1"); ids(h) != wantIDs(1, 5) {
		t.Errorf("stored history = %s, want the first five commits %s", ids(h), wantIDs(1, 5))
	}
}

func TestBufferedStoreNotQueued(t *testing.T) {
	ctx := t.Context()
	errBad := errors.New("bad input")
	var calls atomic.Int64
	inner := fakeStore{commit: func(ctx context.Context, s bot.Session, msgID string, entries ...bot.Entry) error {
		calls.Add(1)
		if s.ConversationID == "bad" {
			return errBad
		}
		<-ctx.Done() // a store that hangs
		return ctx.Err()
	}}
	opts := fast
	opts.Retryable = func(err error) bool { return !errors.Is(err, errBad) && bot.DefaultRetryable(err) }
	b := bot.NewBufferedStore(inner, opts)

	if err := b.Commit(ctx, sess("bad"), ""); !errors.Is(err, errBad) {
		t.Errorf("commit failing for good: %v, want errBad", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	time.AfterFunc(10*time.Millisecond, cancel)
	if err := b.Commit(cctx, sess("c1"), ""); !errors.Is(err, context.Canceled) {
		t.Errorf("commit cancelled by the caller: %v, want context.Canceled", err)
	}
	if b.Pending() != 0 || b.Dropped() != 0 {
		t.Fatalf("Pending %d, Dropped %d after failures that must not queue", b.Pending(), b.Dropped())
	}
	// A deadline that passes while the store hangs is the store's fault: that commit waits.
	dctx, cancel := context.WithTimeout(ctx, 10*time.Millisecond)
	defer cancel()
	if err := b.Commit(dctx, sess("c1"), ""); err != nil || b.Pending() != 1 {
		t.Errorf("commit timing out on a hanging store: %v, Pending %d; want queued", err, b.Pending())
	}
	// A context already done does nothing at all.
	if err := b.Commit(cctx, sess("c1"), ""); !errors.Is(err, context.Canceled) {
		t.Errorf("commit with a cancelled context: %v", err)
	}
	closeCtx, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	if err := b.Close(closeCtx); err == nil || !strings.Contains(err.Error(), "1 buffered commits not written") {
		t.Errorf("Close with a commit stuck: %v", err)
	}
}

func TestBufferedStoreDropsWhatFailsForGood(t *testing.T) {
	f := newFlaky()
	errBad := errors.New("WRONGTYPE")
	var poison atomic.Bool
	inner := f.store()
	commit := inner.commit
	inner.commit = func(ctx context.Context, s bot.Session, msgID string, entries ...bot.Entry) error {
		if msgID == "m2" && poison.Load() {
			return errBad
		}
		return commit(ctx, s, msgID, entries...)
	}
	opts := fast
	opts.Retryable = func(err error) bool { return !errors.Is(err, errBad) }
	b := bot.NewBufferedStore(inner, opts)
	f.down.Store(true)
	for n := 1; n <= 3; n++ {
		msgID, es := exchange(n)
		if err := b.Commit(t.Context(), sess("c1"), msgID, es...); err != nil {
			t.Fatal(err)
		}
	}
	poison.Store(true)
	f.down.Store(false)
	waitFor(t, "the backlog to flush", func() bool { return b.Pending() == 0 })
	if b.Dropped() != 1 || b.Flushed() != 2 || !b.Healthy() {
		t.Errorf("Dropped %d, Flushed %d, Healthy %v; want 1, 2, true", b.Dropped(), b.Flushed(), b.Healthy())
	}
	if h, _ := f.mem.History(t.Context(), "c1"); ids(h) != "p1 b1 p3 b3" {
		t.Errorf("stored history = %s, want p1 b1 p3 b3", ids(h))
	}
}

// While the backlog drains, History shows each entry once: stored, or waiting, or both at once.
func TestBufferedStoreOverlayWhileFlushing(t *testing.T) {
	f := newFlaky()
	gate := make(chan struct{})
	inner := f.store()
	commit := inner.commit
	inner.commit = func(ctx context.Context, s bot.Session, msgID string, entries ...bot.Entry) error {
		err := commit(ctx, s, msgID, entries...)
		if msgID == "m2" && err == nil {
			<-gate // written, but the buffer does not know yet
		}
		return err
	}
	b := bot.NewBufferedStore(inner, fast)
	ctx := t.Context()
	f.down.Store(true)
	for n := 1; n <= 3; n++ {
		msgID, es := exchange(n)
		if err := b.Commit(ctx, sess("c1"), msgID, es...); err != nil {
			t.Fatal(err)
		}
	}
	f.down.Store(false)
	waitFor(t, "commit 1 to be written", func() bool { return b.Flushed() == 1 })

	h, err := b.History(ctx, "c1")
	if err != nil || ids(h) != wantIDs(1, 3) {
		t.Errorf("History while flushing = %s, %v;\nwant %s", ids(h), err, wantIDs(1, 3))
	}
	if turn, err := b.Begin(ctx, "c1", "m3"); err != nil || turn.Prior == nil || turn.Prior.ID != "b3" {
		t.Errorf("Begin of an answer still waiting = %+v, %v; want Prior b3", turn, err)
	}
	close(gate)
	waitFor(t, "the backlog to flush", func() bool { return b.Pending() == 0 })
	if h, err := b.History(ctx, "c1"); err != nil || ids(h) != wantIDs(1, 3) {
		t.Errorf("History after flushing = %s, %v", ids(h), err)
	}
	if err := b.Close(ctx); err != nil {
		t.Errorf("Close: %v", err)
	}
}

func TestBufferedStoreCloseFlushes(t *testing.T) {
	f := newFlaky()
	b := bot.NewBufferedStore(f.store(), fast)
	ctx := t.Context()
	f.down.Store(true)
	for n := 1; n <= 3; n++ {
		msgID, es := exchange(n)
		if err := b.Commit(ctx, sess("c1"), msgID, es...); err != nil {
			t.Fatal(err)
		}
	}
	time.AfterFunc(30*time.Millisecond, func() { f.down.Store(false) })
	if err := b.Close(ctx); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if h, _ := f.mem.History(ctx, "c1"); ids(h) != wantIDs(1, 3) {
		t.Errorf("stored history after Close = %s", ids(h))
	}
	// After Close nothing is buffered: a failing commit returns its error.
	f.down.Store(true)
	if err := b.Commit(ctx, sess("c1"), ""); !errors.Is(err, errDown) || b.Pending() != 0 {
		t.Errorf("commit after Close: %v, Pending %d; want errDown, 0", err, b.Pending())
	}
}

func TestDefaultRetryable(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{errDown, true},
		{context.DeadlineExceeded, true},
		{context.Canceled, false},
		{fmt.Errorf("begin: %w", bot.ErrNotFound), false},
		{commitErr(t), false},
		{fmt.Errorf("commit: %w", bot.ErrInvalid), false},
	} {
		if got := bot.DefaultRetryable(tc.err); got != tc.want {
			t.Errorf("DefaultRetryable(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}

// commitErr is what a store returns for a reply JSON cannot encode.
func commitErr(t *testing.T) error {
	_, es := exchange(1)
	es[1].Reply.Confidence = math.NaN()
	err := memstore.New(0).Commit(t.Context(), sess("c1"), "m1", es...)
	if err == nil {
		t.Fatal("memstore took a NaN confidence")
	}
	return err
}

// bufferedMem is a BufferedStore over a memstore with the staff methods the contract suite needs.
type bufferedMem struct {
	*bot.BufferedStore
	mem *memstore.Store
}

func (s bufferedMem) Hold(ctx context.Context, conv string, until time.Time) error {
	return s.mem.Hold(ctx, conv, until)
}

func (s bufferedMem) Claim(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	return s.mem.Claim(ctx, key, ttl)
}

// A BufferedStore is a Store like any other, writing behind or not.
func TestBufferedStoreContract(t *testing.T) {
	t.Run("through", func(t *testing.T) { bufferedContract(t, fast) })
	behind := fast
	behind.WriteBehind = true
	t.Run("behind", func(t *testing.T) { bufferedContract(t, behind) })
}

func bufferedContract(t *testing.T, opts bot.BufferOptions) {
	storetest.Run(t, func(t *testing.T, cfg storetest.Config) storetest.Harness {
		mem := memstore.NewWithOptions(memstore.Options{SessionTTL: cfg.SessionTTL, AnswerTTL: cfg.AnswerTTL,
			MaxEntries: cfg.MaxEntries, MaxBytes: cfg.MaxBytes})
		var mu sync.Mutex
		now := time.Now()
		mem.SetClock(func() time.Time { mu.Lock(); defer mu.Unlock(); return now })
		b := bot.NewBufferedStore(mem, opts)
		t.Cleanup(func() {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := b.Close(ctx); err != nil {
				t.Errorf("Close: %v", err)
			}
		})
		return storetest.Harness{Store: bufferedMem{b, mem},
			Advance: func(d time.Duration) {
				// Time passing lets writes in flight land, as they would in the time advanced.
				waitFor(t, "the buffer to drain", func() bool { return b.Pending() == 0 })
				mu.Lock()
				now = now.Add(d)
				mu.Unlock()
			}}
	})
}

// echo answers every question with its text.
type echo struct{}

func (echo) Respond(text string, st bot.State) (bot.Reply, bot.State) {
	return bot.Reply{Kind: bot.KindAnswer, Text: "re: " + text, Sources: []bot.Source{}, Suggestions: []string{}}, st
}

// TestBufferedRedisOutage takes a real redis-server down in the middle of a conversation: patients
// keep getting answers, and when Redis is back every entry is written, in order, once.
func TestBufferedRedisOutage(t *testing.T) {
	srv := redistest.Start(t)
	ctx := t.Context()
	rs, err := redisstore.Open(ctx, srv.URL(), redisstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rs.Close() })
	b := bot.NewBufferedStore(rs, bot.BufferOptions{MinBackoff: 5 * time.Millisecond, MaxBackoff: 100 * time.Millisecond,
		Retryable: redisstore.Retryable})
	svc := &bot.Service{Engine: echo{}, Store: b}

	s, _, err := svc.StartWeb(ctx, "ar")
	if err != nil {
		t.Fatal(err)
	}
	var want []string // patient and bot texts, in order
	ask := func(n int) {
		t.Helper()
		text := fmt.Sprintf("سؤال %d", n)
		out, err := svc.Handle(ctx, &s, fmt.Sprintf("m%d", n), text)
		if err != nil || out.Entry == nil || out.Duplicate || out.Entry.Text != "re: "+text {
			t.Fatalf("message %d: %+v, %v; want an answer", n, out, err)
		}
		want = append(want, text, "re: "+text)
	}
	for n := 1; n <= 5; n++ {
		ask(n)
	}

	srv.Stop()
	start := time.Now()
	for n := 6; n <= 55; n++ {
		ask(n)
	}
	t.Logf("50 messages answered with Redis down in %v; %d commits waiting", time.Since(start), b.Pending())
	if b.Healthy() || b.Pending() != 50 {
		t.Errorf("with Redis down: Healthy %v, Pending %d; want false, 50", b.Healthy(), b.Pending())
	}
	// The widget resends an unanswered message after reconnecting: same answer, nothing logged.
	out, err := svc.Handle(ctx, &s, "m30", "سؤال 30")
	if err != nil || !out.Duplicate || out.Entry.Text != "re: سؤال 30" {
		t.Errorf("resent message while Redis is down: %+v, %v; want the first answer as a duplicate", out, err)
	}

	srv.Restart()
	waitFor(t, "the backlog to flush into Redis", func() bool { return b.Pending() == 0 })
	if !b.Healthy() || b.Dropped() != 0 || b.Flushed() != 50 {
		t.Errorf("after the restart: Healthy %v, Dropped %d, Flushed %d; want true, 0, 50", b.Healthy(), b.Dropped(), b.Flushed())
	}
	ask(56)

	h, err := rs.History(ctx, s.ConversationID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	seen := map[string]bool{}
	for _, e := range h {
		got = append(got, e.Text)
		if seen[e.ID] {
			t.Errorf("entry %s logged twice", e.ID)
		}
		seen[e.ID] = true
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Redis holds %d entries, want %d in order:\ngot  %q\nwant %q", len(got), len(want), got, want)
	}
	meta, err := rs.Meta(ctx, s.ConversationID)
	if err != nil || meta.Turns != 56 || meta.Kinds[bot.KindAnswer] != 56 {
		t.Errorf("meta = %+v, %v; want 56 turns and answers", meta, err)
	}
	if err := b.Close(ctx); err != nil {
		t.Errorf("Close: %v", err)
	}
}

// gated is a memstore that writes in batches (a bot.Batcher) and waits at gate before each batch,
// so a test can hold the store up; batches records their sizes.
type gated struct {
	*memstore.Store
	gate    chan struct{}
	refuse  string // a message id whose commit fails for good
	mu      sync.Mutex
	batches []int
}

func (g *gated) CommitBatch(ctx context.Context, ws []bot.Write) (int, error) {
	select {
	case <-g.gate:
	case <-ctx.Done():
		return 0, ctx.Err()
	}
	g.mu.Lock()
	g.batches = append(g.batches, len(ws))
	g.mu.Unlock()
	for i, w := range ws {
		if w.MsgID == g.refuse {
			return i, fmt.Errorf("refused: %w", bot.ErrInvalid)
		}
		if err := g.Store.Commit(ctx, w.Session, w.MsgID, w.Entries...); err != nil {
			return i, err
		}
	}
	return len(ws), nil
}

// With WriteBehind, Commit returns before the store has the commit; Begin and History see it at
// once all the same; what queued while a write was out goes in one batch, in order; OnWritten
// hears of each commit once, after the store has it.
func TestBufferedStoreWriteBehind(t *testing.T) {
	g := &gated{Store: memstore.New(0), gate: make(chan struct{})}
	opts := fast
	opts.WriteBehind = true
	b := bot.NewBufferedStore(g, opts)
	var told sync.Map // msg id -> times told
	b.OnWritten(func(ws []bot.Write) {
		for _, w := range ws {
			n, _ := told.LoadOrStore(w.MsgID, new(atomic.Int64))
			n.(*atomic.Int64).Add(1)
			if got, _ := g.History(context.Background(), w.Session.ConversationID); len(got) == 0 {
				t.Errorf("told of %s before the store had it", w.MsgID)
			}
		}
	})
	ctx := t.Context()
	s := sess("c1")
	for n := 1; n <= 40; n++ { // the store takes nothing yet: all of these wait
		id, es := exchange(n)
		if err := b.Commit(ctx, s, id, es...); err != nil {
			t.Fatalf("commit %d: %v", n, err)
		}
	}
	if got, _ := g.History(ctx, "c1"); len(got) != 0 {
		t.Fatalf("the store has %d entries before any write went through", len(got))
	}
	if b.Pending() != 40 || !b.Healthy() {
		t.Errorf("Pending %d, Healthy %v; want 40 waiting and healthy (nothing failed)", b.Pending(), b.Healthy())
	}
	// Read your writes: the waiting answers count, the history has them.
	if turn, err := b.Begin(ctx, "c1", "m7"); err != nil || turn.Prior == nil || turn.Prior.ID != "b7" {
		t.Errorf("Begin of a waiting answer: %+v, %v", turn.Prior, err)
	}
	if h, err := b.History(ctx, "c1"); err != nil || ids(h) != wantIDs(1, 40) {
		t.Errorf("History while waiting = %q, %v", ids(h), err)
	}

	close(g.gate) // the store takes writes again
	waitFor(t, "the queue to drain", func() bool { return b.Pending() == 0 })
	if h, _ := g.History(ctx, "c1"); ids(h) != wantIDs(1, 40) {
		t.Errorf("store history = %q, want every entry in order", ids(h))
	}
	g.mu.Lock()
	batches := append([]int(nil), g.batches...)
	g.mu.Unlock()
	if len(batches) > 2 {
		t.Errorf("40 waiting commits written in %d batches %v, want 1 or 2", len(batches), batches)
	}
	for n := 1; n <= 40; n++ {
		v, _ := told.Load(fmt.Sprintf("m%d", n))
		if v == nil || v.(*atomic.Int64).Load() != 1 {
			t.Errorf("OnWritten told of m%d %v times, want once", n, v)
		}
	}
	if err := b.Close(ctx); err != nil {
		t.Errorf("Close: %v", err)
	}
}

// A store that hangs rather than fails makes a write-behind buffer unhealthy once its oldest commit
// has waited a second, and Close gives up on it with an error counting what is left.
func TestBufferedStoreWriteBehindHungStore(t *testing.T) {
	g := &gated{Store: memstore.New(0), gate: make(chan struct{})}
	opts := fast
	opts.WriteBehind = true
	b := bot.NewBufferedStore(g, opts)
	id, es := exchange(1)
	if err := b.Commit(t.Context(), sess("c1"), id, es...); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the buffer to call the store unhealthy", func() bool { return !b.Healthy() })
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	if err := b.Close(ctx); err == nil || !strings.Contains(err.Error(), "1 buffered commits not written") {
		t.Errorf("Close with a hung store: %v", err)
	}
}

// With WriteBehind, what the store would refuse is refused at once; a commit the store refuses for
// good anyway (not retryable) in the middle of a batch is dropped, and those around it are written.
func TestBufferedStoreWriteBehindDropsBadCommit(t *testing.T) {
	g := &gated{Store: memstore.New(0), gate: make(chan struct{}), refuse: "m2"}
	opts := fast
	opts.WriteBehind = true
	b := bot.NewBufferedStore(g, opts)
	ctx := t.Context()
	id, es := exchange(9)
	es[1].Reply.Confidence = math.NaN() // JSON cannot encode it
	if err := b.Commit(ctx, sess("c1"), id, es...); !errors.Is(err, bot.ErrInvalid) {
		t.Errorf("commit of a NaN confidence: %v, want ErrInvalid at once", err)
	}
	if err := b.Commit(ctx, sess(""), id); !errors.Is(err, bot.ErrInvalid) {
		t.Errorf("commit without a conversation: %v, want ErrInvalid at once", err)
	}
	for n := 1; n <= 3; n++ {
		id, es := exchange(n)
		if err := b.Commit(ctx, sess("c1"), id, es...); err != nil {
			t.Fatalf("commit %d: %v", n, err)
		}
	}
	close(g.gate)
	waitFor(t, "the queue to drain", func() bool { return b.Pending() == 0 })
	if h, _ := g.History(ctx, "c1"); ids(h) != "p1 b1 p3 b3" || b.Dropped() != 1 {
		t.Errorf("history %q, dropped %d; want p1 b1 p3 b3 and one dropped", ids(h), b.Dropped())
	}
}

// Under a load the store cannot keep up with, write-behind commits wait for room beyond two batches
// (answers slow down) rather than fill the queue; with the store down they never wait.
func TestBufferedStoreWriteBehindKeepsPace(t *testing.T) {
	g := &gated{Store: memstore.New(0), gate: make(chan struct{})}
	opts := fast
	opts.WriteBehind, opts.Batch = true, 2
	b := bot.NewBufferedStore(g, opts)
	ctx := t.Context()
	var returned atomic.Int64
	done := make(chan struct{})
	go func() {
		defer close(done)
		for n := 1; n <= 10; n++ {
			id, es := exchange(n)
			if err := b.Commit(ctx, sess("c1"), id, es...); err != nil {
				t.Errorf("commit %d: %v", n, err)
			}
			returned.Add(1)
		}
	}()
	// The flusher holds the first batch (2) at the gate; 4 more may wait; the next Commit waits.
	waitFor(t, "the queue to fill to its pace limit", func() bool { return b.Pending() == 5 })
	time.Sleep(50 * time.Millisecond) // had Commit not waited, the other 5 would be queued by now
	if n := returned.Load(); n != 4 || b.Pending() != 5 {
		t.Fatalf("%d commits returned, %d queued, with the store stuck; want 4 returned and the 5th waiting", n, b.Pending())
	}
	close(g.gate)
	<-done
	waitFor(t, "the queue to drain", func() bool { return b.Pending() == 0 })
	if h, _ := g.History(ctx, "c1"); ids(h) != wantIDs(1, 10) {
		t.Errorf("store history = %q", ids(h))
	}

	// The store down: commits queue past the limit without waiting.
	f := newFlaky()
	f.down.Store(true)
	down := bot.NewBufferedStore(f.store(), opts)
	for n := 1; n <= 20; n++ {
		id, es := exchange(n)
		if err := down.Commit(ctx, sess("c2"), id, es...); err != nil {
			t.Fatalf("commit %d with the store down: %v", n, err)
		}
		if n == 1 {
			waitFor(t, "the first write to fail", func() bool { return !down.Healthy() })
		}
	}
	if down.Pending() != 20 {
		t.Errorf("%d queued with the store down, want all 20", down.Pending())
	}
	f.down.Store(false)
	waitFor(t, "the backlog to drain", func() bool { return down.Pending() == 0 })
}
