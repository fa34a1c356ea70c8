package whatsapp

import (
	"context"
	"sync"
	"time"
)

// Claimer makes "first one wins" decisions shared by every replica: redisstore.Store implements it
// with SET NX. Claim returns true to exactly one caller per key until ttl has passed, and an error
// (with false) when the backend fails or ctx ends.
type Claimer interface {
	Claim(ctx context.Context, key string, ttl time.Duration) (bool, error)
}

// DedupeTTL is how long a message id is remembered: longer than Meta's redelivery window (7 days).
const DedupeTTL = 8 * 24 * time.Hour

// MemClaimer is an in-process Claimer, for tests and single-process use.
type MemClaimer struct {
	mu   sync.Mutex
	keys map[string]time.Time
	now  func() time.Time
}

var _ Claimer = (*MemClaimer)(nil)

// NewMemClaimer returns an empty MemClaimer on the system clock.
func NewMemClaimer() *MemClaimer { return &MemClaimer{keys: map[string]time.Time{}, now: time.Now} }

func (m *MemClaimer) Claim(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	if exp, ok := m.keys[key]; ok && now.Before(exp) {
		return false, nil
	}
	m.keys[key] = now.Add(ttl)
	if len(m.keys)%1024 == 0 {
		for k, exp := range m.keys {
			if !now.Before(exp) {
				delete(m.keys, k)
			}
		}
	}
	return true, nil
}
