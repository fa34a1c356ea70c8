package whatsapp

import (
	"context"
	"sync"
)

// StatusRecorder keeps the delivery status of our messages on the conversation entries they carry,
// so staff see what reached the patient and what failed. The Redis implementation lives in
// bot/redisstore; MemStatuses is the in-memory one.
type StatusRecorder interface {
	// TrackMessage links our message wamid (one part of the entry's reply) to entry entryID of conversation conv.
	TrackMessage(ctx context.Context, conv, wamid, entryID string) error
	// RecordStatus records status (sent, delivered, read, failed) of our message wamid on the entry it
	// carries; errCode is Meta's error code when failed, else 0. A status never moves backwards
	// (read stays read when a late "delivered" arrives) and failed is final. An untracked wamid is
	// ignored (nil): it may be a message sent by another tool on the same number.
	RecordStatus(ctx context.Context, conv, wamid, status string, errCode int) error
}

// Statuses a message goes through, in order; failed is final.
const (
	StatusSent      = "sent"
	StatusDelivered = "delivered"
	StatusRead      = "read"
	StatusFailed    = "failed"
)

// StatusRank orders statuses so recorders only ever move forward: sent < delivered < read < failed.
// Unknown statuses rank 0 and are not recorded.
func StatusRank(s string) int {
	switch s {
	case StatusSent:
		return 1
	case StatusDelivered:
		return 2
	case StatusRead:
		return 3
	case StatusFailed:
		return 4
	}
	return 0
}

// unsentID is the tracking id of a reply part the Graph API refused, which has no wamid: its
// failure is recorded like a failed status.
func unsentID(entryID string) string { return "unsent:" + entryID }

// EntryStatus is what a recorder holds for one entry.
type EntryStatus struct {
	Status  string
	ErrCode int
}

// MemStatuses is an in-memory StatusRecorder.
type MemStatuses struct {
	mu      sync.Mutex
	entries map[string]string      // conv + "\x00" + wamid → entry id
	status  map[string]EntryStatus // conv + "\x00" + entry id → status
}

var _ StatusRecorder = (*MemStatuses)(nil)

// NewMemStatuses returns an empty MemStatuses.
func NewMemStatuses() *MemStatuses {
	return &MemStatuses{entries: map[string]string{}, status: map[string]EntryStatus{}}
}

func (m *MemStatuses) TrackMessage(ctx context.Context, conv, wamid, entryID string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.entries[conv+"\x00"+wamid] = entryID
	return ctx.Err()
}

func (m *MemStatuses) RecordStatus(ctx context.Context, conv, wamid, status string, errCode int) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	id, ok := m.entries[conv+"\x00"+wamid]
	if !ok || StatusRank(status) == 0 {
		return ctx.Err()
	}
	k := conv + "\x00" + id
	if StatusRank(status) > StatusRank(m.status[k].Status) {
		m.status[k] = EntryStatus{Status: status, ErrCode: errCode}
	}
	return ctx.Err()
}

// Entry returns the status recorded for entry entryID of conv (zero when none).
func (m *MemStatuses) Entry(conv, entryID string) EntryStatus {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.status[conv+"\x00"+entryID]
}
