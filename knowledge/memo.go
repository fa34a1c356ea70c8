package knowledge

import "sync"

// memoMax bounds what a Memo remembers.
const memoMax = 1 << 13

// Memo remembers values computed from their keys, at most memoMax of them, and is safe for
// concurrent use. When full it is emptied rather than kept in order: patients' words recur from one
// message to the next, and forgetting everything now and then costs no bookkeeping on each hit. The
// zero Memo is ready to use; a value is computed outside the lock, so two callers may compute the same
// one, and what it returns must not be written by those it is handed to.
type Memo[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

// Get returns the value remembered for k, or computes it with f and remembers it.
func (c *Memo[K, V]) Get(k K, f func() V) V {
	c.mu.Lock()
	v, ok := c.m[k]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = f()
	c.mu.Lock()
	if c.m == nil || len(c.m) >= memoMax {
		c.m = make(map[K]V, 64)
	}
	c.m[k] = v
	c.mu.Unlock()
	return v
}
