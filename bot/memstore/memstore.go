// Package memstore is an in-memory bot.Store: one process, nothing persists. It is the reference the
// Redis store is held to by the shared contract tests (bot/storetest), and what unit tests of other
// packages use. It behaves as redisstore does, down to the details: sessions and entries are stored
// as JSON (so what cannot be encoded is refused the same way and callers cannot change stored
// values afterwards), sessions expire SessionTTL after their last commit, answers are kept as long
// as the log keeps their entry (or AnswerTTL after the conversation's last answer), the log is
// trimmed past MaxEntries or MaxBytes, and a commit repeated with the same first entry ID is
// applied once.
package memstore

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/faqbot/faqbot/bot"
)

// Options configure a Store; zero values mean the defaults, the same as redisstore's.
type Options struct {
	// SessionTTL is how long a session lives without a commit; 0 means 30 minutes.
	SessionTTL time.Duration
	// AnswerTTL, when positive, is how long the answer to a message id (and a commit's id, for
	// applying it once) is remembered after the conversation's last answer; 0 means as long as the
	// log keeps the entry.
	AnswerTTL time.Duration
	// MaxEntries and MaxBytes cap a conversation's log (entries; bytes of entry JSON): past either,
	// the oldest entries are trimmed with their answers. 0 means redisstore's defaults (1000 entries,
	// 2 MiB); negative, no cap.
	MaxEntries int
	MaxBytes   int64
}

// Store is an in-memory bot.Store. The zero value is not usable; call New or NewWithOptions.
type Store struct {
	opts Options
	now  func() time.Time

	mu     sync.Mutex
	convs  map[string]*conv
	claims map[string]time.Time // key -> expiry
	days   map[dayKey]int64     // CountDay's counts
	latest int64                // the latest day CountDay was asked about
}

// conv is one conversation: what redisstore keeps under one hash tag.
type conv struct {
	sess       []byte // session JSON, nil when none
	sessExpiry time.Time
	log        []logged          // in order
	bytes      int64             // of the log's entry JSON
	answers    map[string][]byte // msgID -> bot entry JSON; all expire together, as a Redis hash does
	ansExpiry  time.Time
	seen       map[string]bool // commit ids applied; expire together
	seenExpiry time.Time
	heldUntil  time.Time
}

// logged is one log entry, with what redisstore's stream entry carries beside it.
type logged struct {
	raw    []byte // entry JSON
	commit string // the commit id, on a commit's first entry
	msgID  string // the message id, on the entry that answered it
}

var _ bot.Store = (*Store)(nil)

// New returns an empty store whose sessions expire after idle without messages (0: 30 minutes).
func New(idle time.Duration) *Store { return NewWithOptions(Options{SessionTTL: idle}) }

// NewWithOptions returns an empty store configured by opts.
func NewWithOptions(opts Options) *Store {
	if opts.SessionTTL <= 0 {
		opts.SessionTTL = 30 * time.Minute
	}
	if opts.MaxEntries == 0 {
		opts.MaxEntries = 1000
	}
	if opts.MaxBytes == 0 {
		opts.MaxBytes = 2 << 20
	}
	return &Store{opts: opts, now: time.Now, convs: map[string]*conv{}, claims: map[string]time.Time{}, days: map[dayKey]int64{}}
}

// SetClock replaces the clock, for tests of expiry.
func (m *Store) SetClock(now func() time.Time) { m.mu.Lock(); m.now = now; m.mu.Unlock() }

var errNoConv = fmt.Errorf("memstore: empty conversation id: %w", bot.ErrInvalid)

// get returns conversation id's record, dropping what has expired. Callers hold m.mu.
func (m *Store) get(id string, create bool) *conv {
	c := m.convs[id]
	if c == nil {
		if !create {
			return nil
		}
		c = &conv{answers: map[string][]byte{}, seen: map[string]bool{}}
		m.convs[id] = c
	}
	now := m.now()
	if c.sess != nil && !now.Before(c.sessExpiry) {
		c.sess = nil
	}
	if len(c.answers) > 0 && m.opts.AnswerTTL > 0 && !now.Before(c.ansExpiry) {
		c.answers = map[string][]byte{}
	}
	if len(c.seen) > 0 && m.opts.AnswerTTL > 0 && !now.Before(c.seenExpiry) {
		c.seen = map[string]bool{}
	}
	return c
}

// Begin loads the session, the answer already given to msgID and the staff hold. ErrNotFound when
// the session does not exist or has expired; the Turn still carries HeldUntil then.
func (m *Store) Begin(ctx context.Context, id, msgID string) (bot.Turn, error) {
	if err := ctx.Err(); err != nil {
		return bot.Turn{}, err
	}
	if id == "" {
		return bot.Turn{}, errNoConv
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	c := m.get(id, false)
	if c == nil {
		return bot.Turn{}, bot.ErrNotFound
	}
	t := bot.Turn{HeldUntil: c.heldUntil}
	if c.sess == nil {
		return t, bot.ErrNotFound
	}
	if err := json.Unmarshal(c.sess, &t.Session); err != nil {
		return bot.Turn{}, fmt.Errorf("memstore: begin: %w", err)
	}
	if raw, ok := c.answers[msgID]; ok && msgID != "" {
		var e bot.Entry
		if err := json.Unmarshal(raw, &e); err != nil {
			return bot.Turn{}, fmt.Errorf("memstore: begin: %w", err)
		}
		t.Prior = &e
	}
	return t, nil
}

// Commit appends entries in order, saves s with a fresh idle expiry and remembers the last bot entry
// as the answer to msgID. Committing the same entries again (same first entry ID) changes nothing.
func (m *Store) Commit(ctx context.Context, s bot.Session, msgID string, entries ...bot.Entry) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.ConversationID == "" {
		return errNoConv
	}
	sess, err := json.Marshal(s)
	if err != nil {
		return fmt.Errorf("memstore: commit: session: %w: %w", bot.ErrInvalid, err)
	}
	raws := make([][]byte, len(entries))
	var answer []byte
	for i, e := range entries {
		if raws[i], err = json.Marshal(e); err != nil {
			return fmt.Errorf("memstore: commit: entry: %w: %w", bot.ErrInvalid, err)
		}
		if msgID != "" { // the last entry answers msgID: the bot reply, or the patient message staff hold
			answer = raws[i]
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	c := m.get(s.ConversationID, true)
	now := m.now()
	if answer != nil && c.answers[msgID] != nil {
		return nil // msgID was answered by an earlier commit: the first answer stands
	}
	if len(entries) > 0 && entries[0].ID != "" {
		if c.seen[entries[0].ID] {
			return nil
		}
		c.seen[entries[0].ID] = true
		c.seenExpiry = now.Add(m.opts.AnswerTTL)
	}
	c.sess, c.sessExpiry = sess, now.Add(m.opts.SessionTTL)
	for i, raw := range raws {
		l := logged{raw: raw}
		if i == 0 {
			l.commit = entries[0].ID
		}
		if i == len(raws)-1 && answer != nil {
			l.msgID = msgID
		}
		c.log = append(c.log, l)
		c.bytes += int64(len(raw))
	}
	if answer != nil {
		c.answers[msgID] = answer
		c.ansExpiry = now.Add(m.opts.AnswerTTL)
	}
	m.trim(c, len(raws))
	return nil
}

// trim drops the log's oldest entries past MaxEntries or MaxBytes, never the added just committed,
// and forgets their answers and commit ids, as commit.lua does. Callers hold m.mu.
func (m *Store) trim(c *conv, added int) {
	over := func() bool {
		n := len(c.log)
		return n > added && ((m.opts.MaxEntries > 0 && n > m.opts.MaxEntries) || (m.opts.MaxBytes > 0 && c.bytes > m.opts.MaxBytes))
	}
	drop := 0
	for ; over(); drop++ {
		l := c.log[0]
		c.log = c.log[1:]
		c.bytes -= int64(len(l.raw))
		if l.msgID != "" {
			delete(c.answers, l.msgID)
		}
		if l.commit != "" {
			delete(c.seen, l.commit)
		}
	}
	if drop > 0 {
		// A fresh array, so History's snapshots keep theirs and the dropped entries are freed.
		c.log = append([]logged(nil), c.log...)
	}
}

// History returns the conversation's log in order; empty for an unknown conversation.
func (m *Store) History(ctx context.Context, id string) ([]bot.Entry, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if id == "" {
		return nil, errNoConv
	}
	m.mu.Lock()
	var log []logged
	if c := m.convs[id]; c != nil {
		log = c.log[:len(c.log):len(c.log)] // entries are immutable once stored; decode outside the lock
	}
	m.mu.Unlock()
	out := make([]bot.Entry, len(log))
	for i, l := range log {
		if err := json.Unmarshal(l.raw, &out[i]); err != nil {
			return nil, fmt.Errorf("memstore: history: %w", err)
		}
	}
	return out, nil
}

// Hold puts conversation id in staff hands until until (zero releases it).
func (m *Store) Hold(ctx context.Context, id string, until time.Time) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if id == "" {
		return errNoConv
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	c := m.get(id, true)
	// Stored at redisstore's precision (nanoseconds, UTC), so both return the same time.
	c.heldUntil = until.UTC().Round(0)
	return nil
}

// Claim marks key as taken for ttl and reports whether this call took it.
func (m *Store) Claim(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	if key == "" || ttl <= 0 {
		return false, fmt.Errorf("memstore: claim needs a key and a positive ttl: %w", bot.ErrInvalid)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	if exp, ok := m.claims[key]; ok && now.Before(exp) {
		return false, nil
	}
	m.claims[key] = now.Add(ttl)
	return true, nil
}

// CountDay adds one to key's count of day (days since the epoch, UTC) and returns it, as
// redisstore's does; counts of days before yesterday (of the latest day asked about) are dropped,
// as Redis expires them.
func (m *Store) CountDay(ctx context.Context, key string, day int64) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if key == "" {
		return 0, fmt.Errorf("memstore: day count needs a key: %w", bot.ErrInvalid)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if day > m.latest {
		m.latest = day
		for k := range m.days {
			if k.day < day-1 {
				delete(m.days, k)
			}
		}
	}
	k := dayKey{day, key}
	m.days[k]++
	return m.days[k], nil
}

// dayKey is one CountDay count.
type dayKey struct {
	day int64
	key string
}

// Ping always succeeds: the store is in this process.
func (m *Store) Ping(ctx context.Context) error { return ctx.Err() }

// MoveConversation moves the first of from that holds a conversation to id to, everything of it
// (session, log, answers, staff hold), unless to holds one already, and returns the id moved (""
// when none was), as redisstore's does: in one step, so racing calls move it once.
func (m *Store) MoveConversation(ctx context.Context, to string, from ...string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	if to == "" {
		return "", errNoConv
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.holds(to) {
		return "", nil
	}
	for _, f := range from {
		if f == "" || f == to || !m.holds(f) {
			continue
		}
		c := m.convs[f]
		if c.sess != nil {
			var sess bot.Session
			if err := json.Unmarshal(c.sess, &sess); err != nil {
				c.sess = nil // unreadable: not moved, as redisstore
			} else {
				sess.ConversationID = to
				if c.sess, err = json.Marshal(sess); err != nil {
					return "", fmt.Errorf("memstore: move: %w", err)
				}
			}
		}
		delete(m.convs, f)
		m.convs[to] = c
		return f, nil
	}
	return "", nil
}

// holds reports whether conversation id has anything stored. Callers hold m.mu.
func (m *Store) holds(id string) bool {
	c := m.get(id, false)
	return c != nil && (c.sess != nil || len(c.log) > 0 || len(c.answers) > 0 || len(c.seen) > 0 || !c.heldUntil.IsZero())
}
