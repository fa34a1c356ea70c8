package whatsapp

import (
	"context"
	"fmt"
)

// Rotating the conversation id secret (IDs.WithPrevious). An id cannot be recomputed without the
// patient's number, and the store keeps none, so conversations move lazily: when a patient writes,
// their id under each previous secret is computed, and a conversation found under one moves to the
// id under the current secret before the message is handled. A patient who never writes again
// keeps the old id; their conversation stays readable in the console under it.

// Mover moves a conversation to another id: redisstore.Store and memstore.Store implement it.
type Mover interface {
	// MoveConversation moves the first of from that holds a conversation (its session, log,
	// answers, staff hold, delivery statuses: everything kept of it) to id to, unless to holds one
	// already, and returns the id it moved ("" when none). Calls racing for the same ids, on any
	// replica, move it once, losing and duplicating nothing. An error (the backend's, or ctx's)
	// may leave a move unfinished; the next call finishes it.
	MoveConversation(ctx context.Context, to string, from ...string) (string, error)
}

// Adopt returns the conversation id of waID writing to scope, after moving the patient's
// conversation from an id under a previous secret to it (only when ids are rotating). moved is the
// old id when this call moved one. On error conv is still the id: the caller should answer in it
// rather than not at all (the conversation under the old id stays whole, and moves with a later
// message if the new id is still empty then).
func Adopt(ctx context.Context, ids IDs, m Mover, scope, waID string) (conv, moved string, err error) {
	conv = ids.Conversation(scope, waID)
	prev := ids.Previous(scope, waID)
	if len(prev) == 0 || m == nil {
		return conv, "", nil
	}
	moved, err = m.MoveConversation(ctx, conv, prev...)
	if err != nil {
		return conv, "", fmt.Errorf("whatsapp: moving a conversation to the current id secret: %w", err)
	}
	return conv, moved, nil
}
