package bot

import "sync/atomic"

// Swappable is a Responder whose engine can be replaced while it serves: the knowledge base is
// rebuilt aside and swapped in one atomic step, so a conversation in flight finishes on the engine
// it started with and no connection notices.
type Swappable struct {
	p atomic.Pointer[Engine]
}

// NewSwappable serves e until the first Swap.
func NewSwappable(e *Engine) *Swappable {
	s := &Swappable{}
	s.p.Store(e)
	return s
}

// Respond answers with the current engine.
func (s *Swappable) Respond(text string, st State) (Reply, State) {
	return s.p.Load().Respond(text, st)
}

// Swap makes e the engine for every later message.
func (s *Swappable) Swap(e *Engine) { s.p.Store(e) }

// Engine returns the engine now serving.
func (s *Swappable) Engine() *Engine { return s.p.Load() }
