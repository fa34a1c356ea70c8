package redisstore

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot"
)

// WhatsApp delivery statuses. Meta reports sent, delivered, read and failed for each message we
// send, by its message id (wamid); one log entry may go out as several messages (a long text and
// its buttons). The log is an append-only stream, so statuses live beside it, in the
// conversation's slot, and History merges them into the entries:
//
//	faqbot:{C}:wamsg  hash  wamid -> id of the entry the message carried
//	faqbot:{C}:wast   hash  entry id -> status, or "failed:<error code>"
//
// Both are keys of Keys, so erasing a conversation erases them. Track and record refuse to create
// them for a conversation that has no meta (never logged, or erased meanwhile).

// statusRank orders statuses so that one never moves back (a late "delivered" after "read");
// failed is final. Unknown statuses rank 0 and are not recorded.
const statusRankLua = `
local function rank(s)
  if s == 'sent' then return 1 elseif s == 'delivered' then return 2
  elseif s == 'read' then return 3 elseif s == 'failed' then return 4 end
  return 0
end`

// trackScript: KEYS wamsg, meta. ARGV wamid, entry id.
var trackScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[2]) == 0 then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1`)

// recordScript: KEYS wamsg, wast, meta. ARGV wamid, status, error code. Returns 1 when recorded.
// A failure also counts in meta "failed" (Summary.Failed), once per entry.
var recordScript = redis.NewScript(statusRankLua + `
local id = redis.call('HGET', KEYS[1], ARGV[1])
if not id or redis.call('EXISTS', KEYS[3]) == 0 then return 0 end
local new = rank(ARGV[2])
if new == 0 then return 0 end
local cur = redis.call('HGET', KEYS[2], id)
if cur and rank(string.match(cur, '^[a-z]+')) >= new then return 0 end
local v = ARGV[2]
if ARGV[2] == 'failed' and ARGV[3] ~= '0' then v = v .. ':' .. ARGV[3] end
redis.call('HSET', KEYS[2], id, v)
if ARGV[2] == 'failed' then redis.call('HINCRBY', KEYS[3], 'failed', 1) end
return 1`)

// TrackMessage links our WhatsApp message wamid to entry entryID of conv, so that its statuses can
// be recorded on the entry.
func (s *Store) TrackMessage(ctx context.Context, conv, wamid, entryID string) error {
	if conv == "" {
		return errNoConv
	}
	k := s.Keys(conv)
	if err := trackScript.Run(ctx, s.c, []string{k.WAMsg, k.Meta}, wamid, entryID).Err(); err != nil {
		return fmt.Errorf("redisstore: track message: %w", err)
	}
	return nil
}

// RecordStatus records a delivery status (sent, delivered, read, failed with Meta's errCode) of our
// message wamid on the entry it carried. Statuses only move forward and failed is final; an
// untracked wamid is ignored.
func (s *Store) RecordStatus(ctx context.Context, conv, wamid, status string, errCode int) error {
	if conv == "" {
		return errNoConv
	}
	k := s.Keys(conv)
	err := recordScript.Run(ctx, s.c, []string{k.WAMsg, k.WAStatus, k.Meta}, wamid, status, strconv.Itoa(errCode)).Err()
	if err != nil {
		return fmt.Errorf("redisstore: record status: %w", err)
	}
	return nil
}

// queueStatuses adds the read of conv's delivery statuses to pipe.
func (s *Store) queueStatuses(ctx context.Context, pipe redis.Pipeliner, conv string) *redis.MapStringStringCmd {
	return pipe.HGetAll(ctx, s.Keys(conv).WAStatus)
}

// applyStatuses sets Status and StatusCode of the entries that have a recorded delivery status.
func applyStatuses(log []bot.Entry, cmd *redis.MapStringStringCmd) {
	st := cmd.Val()
	if len(st) == 0 {
		return
	}
	for i := range log {
		v, ok := st[log[i].ID]
		if !ok {
			continue
		}
		status, code, _ := strings.Cut(v, ":")
		log[i].Status = status
		log[i].StatusCode, _ = strconv.Atoi(code)
	}
}
