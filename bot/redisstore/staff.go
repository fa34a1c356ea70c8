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
//	faqbot:staff:{fail}:<key>             string  sign-in attempts counted under key (see
//	                                              ReserveLogin); expires a window after the first
//	faqbot:staff:audit                    stream  the audit trail (see audit.go); no conversation content
//	faqbot:staff:audit-notes-purged       string  PurgeAuditNotes has run
//	faqbot:staff:seen:<who>:<action>:<conv> string  AuditOnce's marker
//
// Staff keys are not per conversation, so they carry no hash tag: each command touches one key,
// or keys that may live on different cluster nodes in separate commands of a pipeline. The sign-in
// counters are the exception: they share {fail}, so one script checks and counts them together.

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

// LoginLimit is one sign-in counter and the attempts it allows within a window.
type LoginLimit struct {
	Key string
	Max int64
}

// throttleKey is a sign-in counter's key. Every counter shares the {fail} hash tag, so one script
// can check and count all of a sign-in's counters at once, even in a cluster; sign-ins are rare
// enough that one slot holds them all.
func (s *Store) throttleKey(k string) string { return s.staffKey("{fail}", k) }

// reserveScript counts one sign-in attempt under every key unless one has reached its maximum, in
// which case it counts nothing. A counter gets its expiry with its first attempt (and again if it
// somehow has none), so the window is fixed and a counter never outlives it.
// KEYS: counters. ARGV: window in ms, then each key's maximum. Returns 1 when counted, 0 if refused.
var reserveScript = redis.NewScript(`
for i, k in ipairs(KEYS) do
  if tonumber(redis.call('GET', k) or '0') >= tonumber(ARGV[i + 1]) then return 0 end
end
for _, k in ipairs(KEYS) do
  if redis.call('INCR', k) == 1 or redis.call('PTTL', k) < 0 then
    redis.call('PEXPIRE', k, ARGV[1])
  end
end
return 1`)

// releaseScript takes one attempt back from each counter that still exists (an expired one stays
// gone: DECR would bring it back without an expiry). KEYS: counters.
var releaseScript = redis.NewScript(`
for _, k in ipairs(KEYS) do
  if tonumber(redis.call('GET', k) or '0') > 0 then redis.call('DECR', k) end
end
return 1`)

// ReserveLogin counts one sign-in attempt under every limit, atomically and before the password is
// checked, unless a limit is already reached: then it counts nothing and returns false. However
// many attempts run at once, at most Max of them are let through per key and window. Counters
// expire window after their first attempt.
func (s *Store) ReserveLogin(ctx context.Context, window time.Duration, limits ...LoginLimit) (bool, error) {
	if window <= 0 {
		return false, errors.New("redisstore: login window must be positive")
	}
	keys := make([]string, len(limits))
	args := make([]any, 1, len(limits)+1)
	args[0] = window.Milliseconds()
	for i, l := range limits {
		keys[i] = s.throttleKey(l.Key)
		args = append(args, l.Max)
	}
	n, err := reserveScript.Run(ctx, s.c, keys, args...).Int()
	if err != nil {
		return false, fmt.Errorf("redisstore: reserve login: %w", err)
	}
	return n == 1, nil
}

// ReleaseLogin gives back one attempt under each key: for a reserved attempt that turned out not to
// be a failure (it succeeded, or its password was never checked).
func (s *Store) ReleaseLogin(ctx context.Context, keys ...string) error {
	if len(keys) == 0 {
		return nil
	}
	full := make([]string, len(keys))
	for i, k := range keys {
		full[i] = s.throttleKey(k)
	}
	if err := releaseScript.Run(ctx, s.c, full).Err(); err != nil {
		return fmt.Errorf("redisstore: release login: %w", err)
	}
	return nil
}

// LoginFailures returns the attempts counted under each key (0 for none), in one round trip.
func (s *Store) LoginFailures(ctx context.Context, keys ...string) ([]int64, error) {
	pipe := s.c.Pipeline()
	cmds := make([]*redis.StringCmd, len(keys))
	for i, k := range keys {
		cmds[i] = pipe.Get(ctx, s.throttleKey(k))
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

// ClearLoginFailures forgets the attempts counted under keys.
func (s *Store) ClearLoginFailures(ctx context.Context, keys ...string) error {
	if len(keys) == 0 {
		return nil
	}
	full := make([]string, len(keys))
	for i, k := range keys {
		full[i] = s.throttleKey(k)
	}
	if err := s.c.Del(ctx, full...).Err(); err != nil {
		return fmt.Errorf("redisstore: clear login failures: %w", err)
	}
	return nil
}
