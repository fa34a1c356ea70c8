package staff

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/faqbot/faqbot/bot/redisstore"
)

// Eraser is what the sweeper needs of the store.
type Eraser interface {
	Idle(ctx context.Context, t time.Time, n int) ([]string, error)
	Erase(ctx context.Context, conv string) (bool, error)
	Audit(ctx context.Context, a redisstore.AuditRecord) error
	// TrimAudit deletes audit records made before t: retention covers the trail too.
	TrimAudit(ctx context.Context, t time.Time) (int64, error)
	// PurgeAuditNotes deletes review notes earlier versions copied into the trail (once).
	PurgeAuditNotes(ctx context.Context) (int, error)
}

// Sweeper erases conversations whose last activity is older than Retention, and audit records
// older than Retention. Several replicas may sweep at once: erasing and trimming are idempotent,
// and only the replica that actually erased audits it.
type Sweeper struct {
	Store     Eraser
	Retention time.Duration
	// Bus, when set, tells open consoles what was erased.
	Bus Bus
	Log *slog.Logger
	// Now is the clock; nil: time.Now.
	Now func() time.Time
}

// sweepBatch is how many conversations one Idle call returns.
const sweepBatch = 200

// Sweep erases every conversation idle for longer than the retention, and audit records older than
// it, and returns how many conversations it erased.
func (s *Sweeper) Sweep(ctx context.Context) (int, error) {
	if s.Retention <= 0 {
		return 0, errors.New("sweeper: retention must be more than zero")
	}
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	cutoff := now().UTC().Add(-s.Retention)
	if _, err := s.Store.PurgeAuditNotes(ctx); err != nil {
		return 0, err
	}
	if _, err := s.Store.TrimAudit(ctx, cutoff); err != nil {
		return 0, err
	}
	erased := 0
	for {
		ids, err := s.Store.Idle(ctx, cutoff, sweepBatch)
		if err != nil || len(ids) == 0 {
			return erased, err
		}
		for _, id := range ids {
			ok, err := s.Store.Erase(ctx, id)
			if err != nil {
				return erased, err
			}
			if !ok {
				continue // another replica got there first
			}
			erased++
			if err := s.Store.Audit(ctx, redisstore.AuditRecord{At: now().UTC(), Who: "retention", Action: "erase", Conv: id,
				Detail: "no activity since before " + cutoff.Format(time.RFC3339) + " (retention " + s.Retention.String() + ")"}); err != nil {
				return erased, err
			}
			if s.Bus != nil {
				s.Bus.Publish(Event{Type: "erased", Conv: id})
			}
		}
		if len(ids) < sweepBatch {
			return erased, nil
		}
	}
}

// Interval is how often Run sweeps: a tenth of the retention, between one second and one hour.
func (s *Sweeper) Interval() time.Duration {
	return min(max(s.Retention/10, time.Second), time.Hour)
}

// Run sweeps at once and then every Interval until ctx ends. Failures are logged and retried at
// the next sweep.
func (s *Sweeper) Run(ctx context.Context) {
	log := s.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	t := time.NewTicker(s.Interval())
	defer t.Stop()
	for {
		n, err := s.Sweep(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			log.ErrorContext(ctx, "retention sweep failed", "erased", n, "err", err)
		case n > 0:
			log.InfoContext(ctx, "retention sweep", "erased", n, "retention", s.Retention.String())
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
