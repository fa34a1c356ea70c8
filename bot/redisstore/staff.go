package redisstore

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot"
)

// Staff console keys (besides each conversation's meta fields and the {convs} indexes):
//
//	faqbot:staff:sess:<sha256 of cookie>  string  staff name; expires with the session
//	faqbot:staff:user:<name>              set     that name's session keys, to end them all at once
//	faqbot:staff:fail:<key>               string  failed sign-ins counted under key (name hash or
//	                                              client address); expires a window after the first
//	faqbot:staff:audit                    stream  the audit trail (see audit.go)
//	faqbot:staff:seen:<who>:<action>:<conv> string  AuditOnce's marker
//
// Staff keys are not per conversation, so they carry no hash tag: each command touches one key,
// or keys that may live on different cluster nodes in separate commands of a pipeline.

func (s *Store) staffKey(parts ...string) string {
	k := s.opts.Prefix + ":staff"
	for _, p := range parts {
		k += ":" + p
	}
	return k
}

// NewStaffSession stores session key for staff member name for ttl.
func (s *Store) NewStaffSession(ctx context.Context, key, name string, ttl time.Duration) error {
	if key == "" || name == "" || ttl <= 0 {
		return errors.New("redisstore: staff session needs a key, a name and a positive ttl")
	}
	user := s.staffKey("user", name)
	pipe := s.c.Pipeline()
	pipe.Set(ctx, s.staffKey("sess", key), name, ttl)
	pipe.SAdd(ctx, user, key)
	// The set lives as long as its newest session; ended or expired members are harmless (ending
	// them deletes nothing).
	pipe.Expire(ctx, user, ttl)
	if _, err := pipe.Exec(ctx); err != nil {
		return fmt.Errorf("redisstore: new staff session: %w", err)
	}
	return nil
}

// StaffSession returns the staff name of session key; bot.ErrNotFound when there is none.
func (s *Store) StaffSession(ctx context.Context, key string) (string, error) {
	name, err := s.c.Get(ctx, s.staffKey("sess", key)).Result()
	if errors.Is(err, redis.Nil) {
		return "", bot.ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("redisstore: staff session: %w", err)
	}
	return name, nil
}

// EndStaffSession deletes session key; nil when there was none.
func (s *Store) EndStaffSession(ctx context.Context, key string) error {
	if err := s.c.Del(ctx, s.staffKey("sess", key)).Err(); err != nil {
		return fmt.Errorf("redisstore: end staff session: %w", err)
	}
	return nil
}

// EndStaffSessionsOf deletes every session of staff member name.
func (s *Store) EndStaffSessionsOf(ctx context.Context, name string) error {
	user := s.staffKey("user", name)
	keys, err := s.c.SMembers(ctx, user).Result()
	if err != nil {
		return fmt.Errorf("redisstore: end staff sessions: %w", err)
	}
	pipe := s.c.Pipeline()
	for _, k := range keys {
		pipe.Del(ctx, s.staffKey("sess", k))
	}
	pipe.Del(ctx, user)
	if _, err := pipe.Exec(ctx); err != nil {
		return fmt.Errorf("redisstore: end staff sessions: %w", err)
	}
	return nil
}

// LoginFailures returns the failed sign-ins counted under each key (0 for none), in one round trip.
func (s *Store) LoginFailures(ctx context.Context, keys ...string) ([]int64, error) {
	pipe := s.c.Pipeline()
	cmds := make([]*redis.StringCmd, len(keys))
	for i, k := range keys {
		cmds[i] = pipe.Get(ctx, s.staffKey("fail", k))
	}
	if _, err := pipe.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("redisstore: login failures: %w", err)
	}
	out := make([]int64, len(keys))
	for i, c := range cmds {
		n, err := c.Int64()
		if err != nil && !errors.Is(err, redis.Nil) {
			return nil, fmt.Errorf("redisstore: login failures: %w", err)
		}
		out[i] = n
	}
	return out, nil
}

// CountLoginFailure adds one failed sign-in under each key. A counter expires window after its
// first failure (a fixed window: repeated failures do not extend it), in one round trip.
func (s *Store) CountLoginFailure(ctx context.Context, window time.Duration, keys ...string) error {
	if window <= 0 {
		return errors.New("redisstore: login failure window must be positive")
	}
	pipe := s.c.Pipeline()
	for _, k := range keys {
		k = s.staffKey("fail", k)
		// SET NX creates the counter with its expiry only when absent; INCR keeps the expiry.
		pipe.SetNX(ctx, k, 0, window)
		pipe.Incr(ctx, k)
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return fmt.Errorf("redisstore: count login failure: %w", err)
	}
	return nil
}

// ClearLoginFailures forgets the failures counted under keys.
func (s *Store) ClearLoginFailures(ctx context.Context, keys ...string) error {
	if len(keys) == 0 {
		return nil
	}
	pipe := s.c.Pipeline()
	for _, k := range keys {
		pipe.Del(ctx, s.staffKey("fail", k))
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return fmt.Errorf("redisstore: clear login failures: %w", err)
	}
	return nil
}
