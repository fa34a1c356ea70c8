package redisstore

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot"
)

// Secret returns the server secret called name, created at random (32 bytes) by whichever replica
// asks first and then shared by all through Redis (SET NX):
//
//	faqbot:secret:<name>  string  base64 of the secret
func (s *Store) Secret(ctx context.Context, name string) ([]byte, error) {
	key := s.opts.Prefix + ":secret:" + name
	var fresh [32]byte
	rand.Read(fresh[:])
	// SET NX GET: our value when the key was free, the first replica's otherwise, in one command.
	old, err := s.c.SetArgs(ctx, key, base64.StdEncoding.EncodeToString(fresh[:]), redis.SetArgs{Mode: "NX", Get: true}).Result()
	switch {
	case errors.Is(err, redis.Nil):
		return fresh[:], nil
	case err != nil:
		return nil, fmt.Errorf("redisstore: secret %s: %w", name, err)
	}
	b, err := base64.StdEncoding.DecodeString(old)
	if err != nil || len(b) == 0 {
		return nil, fmt.Errorf("redisstore: secret %s is unreadable in Redis", name)
	}
	return b, nil
}

// StoredSecret returns the secret called name if a replica created it (Secret), and nil if none
// did; it creates none.
func (s *Store) StoredSecret(ctx context.Context, name string) ([]byte, error) {
	v, err := s.c.Get(ctx, s.opts.Prefix+":secret:"+name).Result()
	switch {
	case errors.Is(err, redis.Nil):
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("redisstore: secret %s: %w", name, err)
	}
	b, err := base64.StdEncoding.DecodeString(v)
	if err != nil || len(b) == 0 {
		return nil, fmt.Errorf("redisstore: secret %s is unreadable in Redis", name)
	}
	return b, nil
}

// Rekeying, for the conversations of one channel whose ids change (WhatsApp's, once keyed by a
// public value): every key of each conversation is copied under its new id (DUMP and RESTORE, as a
// cluster puts the two ids in different slots), the old keys are deleted, and its index entries
// move. It runs once: one replica at a time (a lock), the others waiting for its mark.
//
//	faqbot:{rekey:<name>}:lock  string  the migrating replica's token (expires unless renewed)
//	faqbot:{rekey:<name>}:new   set     ids already made by this migration, never rekeyed again
//	faqbot:{rekey:<name>}:done  string  set when every conversation has moved
//
// A replica killed midway leaves old keys in place until its lock expires; the next one redoes
// what was unfinished: copies replace, deletes and index moves are idempotent.

const rekeyLockTTL = 30 * time.Second

// Rekey moves every conversation of channel whose id has prefix and for which newID gives another
// id, unless migration name has run already. It waits (bounded by ctx) while another replica runs
// it, and returns how many conversations this call moved.
func (s *Store) Rekey(ctx context.Context, name, channel, prefix string, newID func(old string) string) (int, error) {
	base := s.opts.Prefix + ":{rekey:" + name + "}" // one slot: the last step writes two of them
	lock, done, made := base+":lock", base+":done", base+":new"
	var token [12]byte
	rand.Read(token[:])
	tok := base64.RawURLEncoding.EncodeToString(token[:])
	for {
		n, err := s.c.Exists(ctx, done).Result()
		if err != nil {
			return 0, fmt.Errorf("redisstore: rekey %s: %w", name, err)
		}
		if n == 1 {
			return 0, nil
		}
		ok, err := s.c.SetNX(ctx, lock, tok, rekeyLockTTL).Result()
		if err != nil {
			return 0, fmt.Errorf("redisstore: rekey %s: %w", name, err)
		}
		if ok {
			break
		}
		select { // another replica migrates: wait for its mark, or for its lock to lapse
		case <-time.After(100 * time.Millisecond):
		case <-ctx.Done():
			return 0, fmt.Errorf("redisstore: rekey %s: waiting for another replica: %w", name, ctx.Err())
		}
	}
	defer s.c.Eval(context.WithoutCancel(ctx), `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`,
		[]string{lock}, tok)
	// Again under the lock: a replica that finished between our look and our lock has moved
	// everything, and its new ids must not be taken for old ones.
	if n, err := s.c.Exists(ctx, done).Result(); err != nil {
		return 0, fmt.Errorf("redisstore: rekey %s: %w", name, err)
	} else if n == 1 {
		return 0, nil
	}

	ids, err := s.c.ZRange(ctx, s.IndexKey("ch:"+channel), 0, -1).Result()
	if err != nil {
		return 0, fmt.Errorf("redisstore: rekey %s: %w", name, err)
	}
	moved := 0
	for i, old := range ids {
		if !strings.HasPrefix(old, prefix) {
			continue
		}
		if isNew, err := s.c.SIsMember(ctx, made, old).Result(); err != nil {
			return moved, fmt.Errorf("redisstore: rekey %s: %w", name, err)
		} else if isNew {
			continue
		}
		nu := newID(old)
		if nu == old || nu == "" {
			continue
		}
		if err := s.c.SAdd(ctx, made, nu).Err(); err != nil {
			return moved, fmt.Errorf("redisstore: rekey %s: %w", name, err)
		}
		if err := s.moveConversation(ctx, old, nu); err != nil {
			return moved, fmt.Errorf("redisstore: rekey %s: %w", name, err)
		}
		moved++
		if i%100 == 99 {
			if err := s.c.Expire(ctx, lock, rekeyLockTTL).Err(); err != nil {
				return moved, fmt.Errorf("redisstore: rekey %s: %w", name, err)
			}
		}
	}
	pipe := s.c.TxPipeline()
	pipe.Set(ctx, done, time.Now().UTC().Format(time.RFC3339), 0)
	pipe.Del(ctx, made)
	if _, err := pipe.Exec(ctx); err != nil {
		return moved, fmt.Errorf("redisstore: rekey %s: %w", name, err)
	}
	return moved, nil
}

// moveConversation copies conversation old's keys to nu's (the session rewritten with its new id),
// deletes old's, then moves its index entries. Each step may be repeated.
func (s *Store) moveConversation(ctx context.Context, old, nu string) error {
	from, to := s.Keys(old).all(), s.Keys(nu).all()
	sessKey := s.Keys(old).Sess
	for i := range from {
		if from[i] == sessKey {
			if err := s.moveSession(ctx, from[i], to[i], nu); err != nil {
				return err
			}
			continue
		}
		dump, err := s.c.Dump(ctx, from[i]).Result()
		if errors.Is(err, redis.Nil) {
			continue
		}
		if err != nil {
			return err
		}
		ttl, err := s.c.PTTL(ctx, from[i]).Result()
		if err != nil {
			return err
		}
		if ttl < 0 {
			ttl = 0 // no expiry
		}
		if err := s.c.RestoreReplace(ctx, to[i], ttl, dump).Err(); err != nil {
			return err
		}
	}
	if err := s.c.Del(ctx, from...).Err(); err != nil {
		return err
	}
	return s.moveIndexes(ctx, old, nu)
}

// moveSession writes session key from under to with its conversation id set to conv, keeping its
// expiry.
func (s *Store) moveSession(ctx context.Context, from, to, conv string) error {
	raw, err := s.c.Get(ctx, from).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil
	}
	if err != nil {
		return err
	}
	ttl, err := s.c.PTTL(ctx, from).Result()
	if err != nil {
		return err
	}
	var sess bot.Session
	if err := json.Unmarshal(raw, &sess); err != nil {
		return nil // unreadable: left to expire with the old keys
	}
	sess.ConversationID = conv
	b, err := json.Marshal(sess)
	if err != nil {
		return err
	}
	if ttl < 0 {
		ttl = 0
	}
	return s.c.Set(ctx, to, b, ttl).Err()
}
