package redisstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot"
)

// Moving one conversation to another id, while replicas serve (MoveConversation; WhatsApp's ids
// change when their secret is rotated). On a cluster the two ids live in different slots, so no
// one script can do it; it goes in three steps, each atomic in its slot, every one safe to repeat
// and to race:
//
//  1. take (old's slot): every key of old goes into one hash and the keys are deleted, in one
//     script. From then on old holds no conversation and nothing written to it meanwhile is lost:
//     it is either in the hash or written after it, to a conversation no one will look for.
//  2. put (new's slot): unless new holds a conversation, the hash's keys are restored under new
//     (the session rewritten with its new id) with a mark saying from where. A second put of the
//     same move sees the mark and does nothing; a conversation that new held already is left
//     alone, and the hash goes back under old (undo).
//  3. the indexes move (ZADD GT, ZREM: idempotent), then the hash is deleted.
//
// A call that finds the hash (another replica's move in progress, or one killed midway) finishes
// that move itself before returning, so whoever writes to new after MoveConversation returns
// writes after the restored keys, never before them.
//
//	faqbot:{C}:moving  hash    while C's keys are on their way: "v<i>" a key's DUMP (the session's
//	                           JSON for the session), "t<i>" its PTTL, i its place in Keys
//	faqbot:{C}:from    string  the id C's keys were restored from (expires after movedMarkTTL)

// movedMarkTTL is how long a moved conversation remembers where it came from: far longer than any
// move in progress can take (they are bounded by the callers' contexts).
const movedMarkTTL = 24 * time.Hour

// takeScript: KEYS the conversation's keys (the session first), then moving. Returns the hash.
var takeScript = redis.NewScript(`
local n = #KEYS - 1
local moving = KEYS[n + 1]
if redis.call('EXISTS', moving) == 0 then
  local fields = {}
  for i = 1, n do
    local v
    if i == 1 then v = redis.call('GET', KEYS[i]) else v = redis.call('DUMP', KEYS[i]) end
    if v then
      fields[#fields + 1] = 'v' .. i
      fields[#fields + 1] = v
      fields[#fields + 1] = 't' .. i
      fields[#fields + 1] = redis.call('PTTL', KEYS[i])
    end
  end
  if #fields == 0 then return {} end
  redis.call('HSET', moving, unpack(fields))
  redis.call('DEL', unpack(KEYS, 1, n))
end
return redis.call('HGETALL', moving)`)

// putScript: KEYS the new conversation's keys (the session first), then its from mark. ARGV the
// old id, the mark's TTL (ms), then a value and a PTTL for each key ("" for a key not moved).
// Returns 1 when the keys are there (restored now or before), 0 when the id holds a conversation
// of its own.
var putScript = redis.NewScript(`
local n = #KEYS - 1
if redis.call('GET', KEYS[n + 1]) == ARGV[1] then return 1 end
for i = 1, n do
  if redis.call('EXISTS', KEYS[i]) == 1 then return 0 end
end
for i = 1, n do
  local v, ttl = ARGV[2 * i + 1], tonumber(ARGV[2 * i + 2])
  if ttl < 0 then ttl = 0 end
  if v ~= '' then
    if i == 1 then
      if ttl > 0 then redis.call('SET', KEYS[i], v, 'PX', ttl) else redis.call('SET', KEYS[i], v) end
    else
      redis.call('RESTORE', KEYS[i], ttl, v, 'REPLACE')
    end
  end
end
redis.call('SET', KEYS[n + 1], ARGV[1], 'PX', ARGV[2])
return 1`)

// undoScript: KEYS the old conversation's keys (the session first), then moving. Puts the hash's
// keys back and deletes it.
var undoScript = redis.NewScript(`
local n = #KEYS - 1
local moving = KEYS[n + 1]
for i = 1, n do
  local v = redis.call('HGET', moving, 'v' .. i)
  if v then
    local ttl = tonumber(redis.call('HGET', moving, 't' .. i))
    if ttl < 0 then ttl = 0 end
    if i == 1 then
      if ttl > 0 then redis.call('SET', KEYS[i], v, 'PX', ttl) else redis.call('SET', KEYS[i], v) end
    else
      redis.call('RESTORE', KEYS[i], ttl, v, 'REPLACE')
    end
  end
end
return redis.call('DEL', moving)`)

// convKeys lists conversation conv's keys, the session first (the scripts treat it apart: its
// JSON carries the id), then its moving hash.
func (s *Store) convKeys(conv string) []string {
	k := s.Keys(conv)
	out := []string{k.Sess}
	for _, key := range k.all() {
		if key != k.Sess {
			out = append(out, key)
		}
	}
	return append(out, s.opts.Prefix+":{"+conv+"}:moving")
}

// MoveConversation moves the first of from that holds a conversation (session, log, answers, meta
// with its staff hold and review, delivery statuses) to id to, with its index entries, unless to
// holds a conversation already, and returns the id moved ("" when none was). Calls racing on any
// replica move it once; a call that returns has seen the move finished, whoever made it. See the
// steps above.
func (s *Store) MoveConversation(ctx context.Context, to string, from ...string) (string, error) {
	if to == "" {
		return "", errNoConv
	}
	pipe := s.c.Pipeline()
	toKeys := s.convKeys(to)
	toHas := pipe.Exists(ctx, toKeys[:len(toKeys)-1]...)
	has := make([]*redis.IntCmd, len(from))
	for i, f := range from {
		if f != "" && f != to {
			has[i] = pipe.Exists(ctx, s.convKeys(f)...) // its keys, or its move under way
		}
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return "", fmt.Errorf("redisstore: move: %w", err)
	}
	for i, f := range from {
		if has[i] == nil || has[i].Val() == 0 {
			continue
		}
		moved, err := s.move(ctx, f, to, toHas.Val() > 0)
		if err != nil {
			return "", fmt.Errorf("redisstore: move: %w", err)
		}
		if moved {
			return f, nil
		}
	}
	return "", nil
}

// move moves conversation old to nu, unless nu held one (taken: as looked before) and no move of
// old is under way; it reports whether old's conversation is now nu's.
func (s *Store) move(ctx context.Context, old, nu string, taken bool) (bool, error) {
	oldKeys, nuKeys := s.convKeys(old), s.convKeys(nu)
	moving := oldKeys[len(oldKeys)-1]
	if taken {
		// Leave old alone, unless a move of it is under way: that one is finished (or undone).
		if n, err := s.c.Exists(ctx, moving).Result(); err != nil || n == 0 {
			return false, err
		}
	}
	h, err := takeScript.Run(ctx, s.c, oldKeys).StringSlice()
	if err != nil {
		return false, err
	}
	if len(h) == 0 {
		return false, nil // moved meanwhile (and finished), or gone
	}
	vals := make(map[string]string, len(h)/2)
	for i := 0; i+1 < len(h); i += 2 {
		vals[h[i]] = h[i+1]
	}
	n := len(nuKeys) - 1
	args := make([]any, 0, 2+2*n)
	args = append(args, old, movedMarkTTL.Milliseconds())
	for i := 1; i <= n; i++ {
		v, ttl := vals["v"+strconv.Itoa(i)], vals["t"+strconv.Itoa(i)]
		if i == 1 && v != "" {
			v = renamedSession(v, nu)
		}
		if v == "" {
			ttl = "0"
		}
		args = append(args, v, ttl)
	}
	put := nuKeys[:n:n]
	put = append(put, s.opts.Prefix+":{"+nu+"}:from")
	ok, err := putScript.Run(ctx, s.c, put, args...).Int()
	if err != nil {
		return false, err
	}
	if ok == 0 {
		// nu has a conversation of its own (started where the previous secrets were not known):
		// old's goes back, both stay whole.
		return false, undoScript.Run(ctx, s.c, oldKeys).Err()
	}
	if err := s.moveIndexes(ctx, old, nu); err != nil {
		return false, err
	}
	return true, s.c.Del(ctx, moving).Err()
}

// renamedSession is session JSON raw with conversation id conv; "" (not moved: it would expire
// soon anyway) when it cannot be read.
func renamedSession(raw, conv string) string {
	var sess bot.Session
	if err := json.Unmarshal([]byte(raw), &sess); err != nil {
		return ""
	}
	sess.ConversationID = conv
	b, err := json.Marshal(sess)
	if err != nil {
		return ""
	}
	return string(b)
}

// moveIndexes moves old's entries in the console's indexes to nu, keeping the later time of the
// two. Repeating it changes nothing.
func (s *Store) moveIndexes(ctx context.Context, old, nu string) error {
	for _, name := range indexNames() {
		idx := s.IndexKey(name)
		score, err := s.c.ZScore(ctx, idx, old).Result()
		if errors.Is(err, redis.Nil) {
			continue
		}
		if err != nil {
			return err
		}
		pipe := s.c.TxPipeline() // one index key: one slot
		pipe.ZAddArgs(ctx, idx, redis.ZAddArgs{GT: true, Members: []redis.Z{{Score: score, Member: nu}}})
		pipe.ZRem(ctx, idx, old)
		if _, err := pipe.Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}
