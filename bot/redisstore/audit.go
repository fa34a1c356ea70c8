package redisstore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// AuditRecord is one line of the staff audit trail: who did what to which conversation, when.
type AuditRecord struct {
	// ID is the record's stream id, set when read.
	ID string    `json:"id,omitempty"`
	At time.Time `json:"at"`
	// Who is the staff name, or "retention" for the automatic sweeper.
	Who string `json:"who"`
	// Action is login, logout, open, review, reply, release, export or erase.
	Action string `json:"action"`
	Conv   string `json:"conv,omitempty"`
	// Detail says more: an export's format and filter, why retention erased. Never conversation
	// content (a review's note stays with the conversation, so erasing it erases the note): the
	// trail outlives the conversations it names.
	Detail string `json:"detail,omitempty"`
}

// MaxAudit is roughly how many audit records are kept (Redis trims the stream approximately).
// At a few hundred records a day that is years; TrimAudit (retention) keeps far fewer.
const MaxAudit = 1_000_000

// ErrBadCursor is returned for a paging cursor this package did not make.
var ErrBadCursor = errors.New("redisstore: bad cursor")

// Audit appends a to the trail.
func (s *Store) Audit(ctx context.Context, a AuditRecord) error {
	if a.Who == "" || a.Action == "" {
		return errors.New("redisstore: audit record needs who and action")
	}
	if a.At.IsZero() {
		a.At = time.Now()
	}
	err := s.c.XAdd(ctx, &redis.XAddArgs{
		Stream: s.staffKey("audit"), MaxLen: MaxAudit, Approx: true,
		Values: []any{"at", formatTime(a.At), "who", a.Who, "action", a.Action, "conv", a.Conv, "detail", a.Detail},
	}).Err()
	if err != nil {
		return fmt.Errorf("redisstore: audit: %w", err)
	}
	return nil
}

// AuditOnce appends a unless the same person did the same to the same conversation within
// window, so that a console re-reading a conversation on every live update records one "open".
func (s *Store) AuditOnce(ctx context.Context, a AuditRecord, window time.Duration) error {
	sum := sha256.Sum256([]byte(a.Who + "\x00" + a.Action + "\x00" + a.Conv))
	marker := s.staffKey("seen", hex.EncodeToString(sum[:16]))
	fresh, err := s.c.SetNX(ctx, marker, "1", window).Result()
	if err != nil {
		return fmt.Errorf("redisstore: audit: %w", err)
	}
	if !fresh {
		return nil
	}
	if err := s.Audit(ctx, a); err != nil {
		// Without the record the marker must not stand, or the next open would go unrecorded.
		s.c.Del(context.WithoutCancel(ctx), marker)
		return err
	}
	return nil
}

// AuditLog returns up to n records older than cursor ("" for the newest), newest first, and the
// cursor of the next page ("" when there is none).
func (s *Store) AuditLog(ctx context.Context, cursor string, n int) ([]AuditRecord, string, error) {
	if n <= 0 {
		n = 50
	}
	end := "+"
	if cursor != "" {
		prev, ok := streamIDBefore(cursor)
		if !ok {
			return nil, "", ErrBadCursor
		}
		end = prev
	}
	msgs, err := s.c.XRevRangeN(ctx, s.staffKey("audit"), end, "-", int64(n)).Result()
	if err != nil {
		return nil, "", fmt.Errorf("redisstore: audit log: %w", err)
	}
	out := make([]AuditRecord, 0, len(msgs))
	for _, m := range msgs {
		str := func(k string) string { v, _ := m.Values[k].(string); return v }
		at, err := parseTime(str("at"))
		if err != nil {
			return nil, "", fmt.Errorf("redisstore: audit log: record %s: %w", m.ID, err)
		}
		out = append(out, AuditRecord{ID: m.ID, At: at, Who: str("who"), Action: str("action"), Conv: str("conv"), Detail: str("detail")})
	}
	next := ""
	if len(msgs) == n {
		next = msgs[len(msgs)-1].ID
	}
	return out, next, nil
}

// TrimAudit deletes the audit records made before t (by their stream ids, which are Redis's clock
// when each was added): retention covers the trail too. It returns how many it deleted.
func (s *Store) TrimAudit(ctx context.Context, t time.Time) (int64, error) {
	n, err := s.c.XTrimMinID(ctx, s.staffKey("audit"), strconv.FormatInt(t.UnixMilli(), 10)).Result()
	if err != nil {
		return 0, fmt.Errorf("redisstore: trim audit: %w", err)
	}
	return n, nil
}

// auditNotesPage is how many records PurgeAuditNotes reads at a time.
const auditNotesPage = 1000

// PurgeAuditNotes deletes the review records that earlier versions wrote with the review's note as
// their detail: conversation content that erasing the conversation left behind. The note itself
// lives on in the conversation's meta until it is erased. It runs over the whole trail once, then
// leaves a marker so later calls cost one round trip; it returns how many records it deleted.
func (s *Store) PurgeAuditNotes(ctx context.Context) (int, error) {
	marker := s.staffKey("audit-notes-purged")
	if n, err := s.c.Exists(ctx, marker).Result(); err != nil || n == 1 {
		if err != nil {
			return 0, fmt.Errorf("redisstore: purge audit notes: %w", err)
		}
		return 0, nil
	}
	stream := s.staffKey("audit")
	deleted, start := 0, "-"
	for {
		msgs, err := s.c.XRangeN(ctx, stream, start, "+", auditNotesPage).Result()
		if err != nil {
			return deleted, fmt.Errorf("redisstore: purge audit notes: %w", err)
		}
		var ids []string
		for _, m := range msgs {
			if m.Values["action"] == "review" && m.Values["detail"] != nil && m.Values["detail"] != "" {
				ids = append(ids, m.ID)
			}
		}
		if len(ids) > 0 {
			if err := s.c.XDel(ctx, stream, ids...).Err(); err != nil {
				return deleted, fmt.Errorf("redisstore: purge audit notes: %w", err)
			}
			deleted += len(ids)
		}
		if len(msgs) < auditNotesPage {
			break
		}
		next, ok := streamIDAfter(msgs[len(msgs)-1].ID)
		if !ok {
			break
		}
		start = next
	}
	if err := s.c.Set(ctx, marker, "1", 0).Err(); err != nil {
		return deleted, fmt.Errorf("redisstore: purge audit notes: %w", err)
	}
	return deleted, nil
}

// parseStreamID splits a stream id ("ms-seq") into its numbers.
func parseStreamID(id string) (ms, seq uint64, ok bool) {
	msStr, seqStr, ok := strings.Cut(id, "-")
	if !ok {
		return 0, 0, false
	}
	ms, err1 := strconv.ParseUint(msStr, 10, 64)
	seq, err2 := strconv.ParseUint(seqStr, 10, 64)
	return ms, seq, err1 == nil && err2 == nil
}

// streamIDBefore returns the stream id just before id ("ms-seq"), so a reverse range can start
// after a record already seen without the exclusive-range syntax older servers lack.
func streamIDBefore(id string) (string, bool) {
	ms, seq, ok := parseStreamID(id)
	if !ok {
		return "", false
	}
	switch {
	case seq > 0:
		return fmt.Sprintf("%d-%d", ms, seq-1), true
	case ms > 0:
		return fmt.Sprintf("%d-%d", ms-1, uint64(1<<64-1)), true
	}
	return "0-0", true // nothing is before the first id; "0-0" matches nothing real
}

// streamIDAfter returns the stream id just after id, streamIDBefore's mirror.
func streamIDAfter(id string) (string, bool) {
	ms, seq, ok := parseStreamID(id)
	if !ok {
		return "", false
	}
	if seq < 1<<64-1 {
		return fmt.Sprintf("%d-%d", ms, seq+1), true
	}
	return fmt.Sprintf("%d-0", ms+1), true
}
