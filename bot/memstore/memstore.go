// Package memstore is an in-memory bot.Store: one process, nothing persists. It is the reference the
// Redis store is held to by the shared contract tests, and what unit tests of other packages use.
package memstore

import (
	"context"
	"sync"
	"time"

	"github.com/faqbot/faqbot/bot"
)

// Store is an in-memory bot.Store. The zero value is not usable; call New.
type Store struct {
	// IdleTTL is how long a session lives without messages.
	idle time.Duration
	now  func() time.Time

	mu       sync.Mutex
	sessions map[string]bot.Session
	logs     map[string][]bot.Entry
	answers  map[string]bot.Entry // conv + "\x00" + msgID
	holds    map[string]time.Time
}

var _ bot.Store = (*Store)(nil)

// New returns an empty store whose sessions expire after idle without messages (0: 30 minutes).
func New(idle time.Duration) *Store {
	if idle <= 0 {
		idle = 30 * time.Minute
	}
	return &Store{idle: idle, now: time.Now, sessions: map[string]bot.Session{}, logs: map[string][]bot.Entry{},
		answers: map[string]bot.Entry{}, holds: map[string]time.Time{}}
}

// SetClock replaces the clock, for tests of expiry.
func (m *Store) SetClock(now func() time.Time) { m.mu.Lock(); m.now = now; m.mu.Unlock() }

func (m *Store) Begin(ctx context.Context, conv, msgID string) (bot.Turn, error) {
	if err := ctx.Err(); err != nil {
		return bot.Turn{}, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.sessions[conv]
	if !ok || m.now().Sub(s.LastSeen) >= m.idle {
		return bot.Turn{}, bot.ErrNotFound
	}
	t := bot.Turn{Session: s, HeldUntil: m.holds[conv]}
	if msgID != "" {
		if e, ok := m.answers[conv+"\x00"+msgID]; ok {
			t.Prior = &e
		}
	}
	return t, nil
}

func (m *Store) Commit(ctx context.Context, s bot.Session, msgID string, entries ...bot.Entry) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sessions[s.ConversationID] = s
	m.logs[s.ConversationID] = append(m.logs[s.ConversationID], entries...)
	if msgID != "" {
		for i := len(entries) - 1; i >= 0; i-- {
			if entries[i].From == bot.FromBot {
				m.answers[s.ConversationID+"\x00"+msgID] = entries[i]
				break
			}
		}
	}
	return nil
}

func (m *Store) History(ctx context.Context, conv string) ([]bot.Entry, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]bot.Entry(nil), m.logs[conv]...), nil
}

// Hold puts conversation conv in staff hands until until (zero releases it).
func (m *Store) Hold(ctx context.Context, conv string, until time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if until.IsZero() {
		delete(m.holds, conv)
	} else {
		m.holds[conv] = until
	}
	return ctx.Err()
}
