package redisstore

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot"
)

// What the staff console reads and writes of conversations. Besides the fields commit.lua keeps,
// the console writes these meta fields:
//
//	reviewed                                  "1" once reviewed (as documented in doc.go)
//	reviewed_by, reviewed_at, review_note     who reviewed it, when, and their note
//	staff_last                                time of the last staff message
//
// Staff messages do not move "last": it stays the time of the patient's last message (bot replies
// carry the time of the message they answer), which is what WhatsApp's 24-hour window is
// counted from. The {convs} indexes do move, so a conversation staff write into comes first.

// Summary is one conversation as the console lists it.
type Summary struct {
	ID      string
	Channel string
	// Patient is the channel address (a WhatsApp number) in full: mask it before showing it.
	Patient string
	Started time.Time
	// Last is the last activity, staff messages included.
	Last time.Time
	// LastPatient is when the patient (or the bot answering them) last wrote.
	LastPatient time.Time
	Turns       int
	// Kinds counts bot replies by kind.
	Kinds map[string]int
	// Review is nil until staff mark the conversation reviewed.
	Review    *Review
	HeldUntil time.Time
	// Failed counts messages the channel reported undelivered (meta field "failed").
	Failed int
	// Cursor is the paging cursor that continues after this conversation.
	Cursor string
}

// Review is staff's mark that a conversation was read.
type Review struct {
	By   string
	At   time.Time
	Note string
}

// ConvQuery selects conversations from the index, newest activity first.
type ConvQuery struct {
	// Channel, when set, reads that channel's index only.
	Channel string
	// Since, when set, stops at conversations whose last activity is before it.
	Since time.Time
	// Cursor continues after a Summary.Cursor; "" starts with the newest.
	Cursor string
	// Limit is how many to return (0: 100).
	Limit int
}

// parseSummary reads a meta hash. It is lenient where the console can be: a field it cannot read
// is an error, an unknown one is ignored.
func parseSummary(id string, h map[string]string) (Summary, error) {
	c := Summary{ID: id, Kinds: map[string]int{}}
	var rv Review
	var errs []error
	for f, v := range h {
		var err error
		switch f {
		case "channel":
			c.Channel = v
		case "patient":
			c.Patient = v
		case "started":
			c.Started, err = parseTime(v)
		case "last":
			c.LastPatient, err = parseTime(v)
		case "staff_last":
			c.Last, err = parseTime(v)
		case "turns":
			c.Turns, err = strconv.Atoi(v)
		case "failed":
			c.Failed, err = strconv.Atoi(v)
		case "held_until":
			c.HeldUntil, err = parseTime(v)
		case "reviewed_by":
			rv.By = v
		case "reviewed_at":
			rv.At, err = parseTime(v)
		case "review_note":
			rv.Note = v
		case "reviewed":
			if v == "1" && c.Review == nil {
				c.Review = &rv
			}
		default:
			if kind, ok := strings.CutPrefix(f, "kind:"); ok {
				c.Kinds[kind], err = strconv.Atoi(v)
			}
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", f, err))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return Summary{}, fmt.Errorf("redisstore: conversation %s: %w", id, err)
	}
	if c.LastPatient.After(c.Last) {
		c.Last = c.LastPatient
	}
	if c.Started.IsZero() {
		c.Started = c.Last
	}
	c.Cursor = makeCursor(c.Last.UnixMilli(), id)
	return c, nil
}

// A cursor is "<score>.<id>": the index score (unix ms of last activity) and conversation id of
// the last conversation seen. Ids are base64url (with a "wa-" prefix on WhatsApp), never holding '.'.
func makeCursor(score int64, id string) string { return strconv.FormatInt(score, 10) + "." + id }

func parseCursor(c string) (int64, string, error) {
	ms, id, ok := strings.Cut(c, ".")
	n, err := strconv.ParseInt(ms, 10, 64)
	if !ok || err != nil || id == "" {
		return 0, "", ErrBadCursor
	}
	return n, id, nil
}

// summaries reads the meta of ids in one round trip, in order, leaving out ids with no meta (erased
// meanwhile, or an index entry that outlived its conversation).
func (s *Store) summaries(ctx context.Context, ids []string) ([]Summary, error) {
	pipe := s.c.Pipeline()
	cmds := make([]*redis.MapStringStringCmd, len(ids))
	for i, id := range ids {
		cmds[i] = pipe.HGetAll(ctx, s.Keys(id).Meta)
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, fmt.Errorf("redisstore: conversations: %w", err)
	}
	out := make([]Summary, 0, len(ids))
	for i, c := range cmds {
		h := c.Val()
		if len(h) == 0 {
			continue
		}
		sum, err := parseSummary(ids[i], h)
		if err != nil {
			return nil, err
		}
		out = append(out, sum)
	}
	return out, nil
}

// Conversations returns up to q.Limit conversations by last activity, newest first, and the cursor
// of the next page ("" at the end). ErrBadCursor for a cursor it did not make.
func (s *Store) Conversations(ctx context.Context, q ConvQuery) ([]Summary, string, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 100
	}
	index := s.IndexKey("")
	if q.Channel != "" {
		index = s.IndexKey("ch:" + q.Channel)
	}
	maxScore, afterID := "+inf", ""
	var cursorScore int64
	if q.Cursor != "" {
		var err error
		if cursorScore, afterID, err = parseCursor(q.Cursor); err != nil {
			return nil, "", err
		}
		maxScore = strconv.FormatInt(cursorScore, 10)
	}
	minScore := "-inf"
	if !q.Since.IsZero() {
		minScore = strconv.FormatInt(q.Since.UnixMilli(), 10)
	}
	// Conversations with the cursor's own score come in descending id order; those with an id at
	// or above the cursor's were on earlier pages. Skipping them may take more than one read when
	// many share a millisecond.
	var ids []string
	var scores []float64
	exhausted := false
	for offset := int64(0); len(ids) < limit && !exhausted; {
		zs, err := s.c.ZRevRangeByScoreWithScores(ctx, index, &redis.ZRangeBy{
			Max: maxScore, Min: minScore, Offset: offset, Count: int64(limit)}).Result()
		if err != nil {
			return nil, "", fmt.Errorf("redisstore: conversations: %w", err)
		}
		offset += int64(len(zs))
		exhausted = len(zs) < limit
		for _, z := range zs {
			id, _ := z.Member.(string)
			if afterID != "" && int64(z.Score) == cursorScore && id >= afterID {
				continue
			}
			if len(ids) < limit {
				ids = append(ids, id)
				scores = append(scores, z.Score)
			} else {
				exhausted = false
			}
		}
	}
	list, err := s.summaries(ctx, ids)
	if err != nil {
		return nil, "", err
	}
	// A summary's cursor is built from its meta; the index score is what paging goes by, and the
	// two can differ by a write in flight, so cursors come from the index.
	byID := make(map[string]float64, len(ids))
	for i, id := range ids {
		byID[id] = scores[i]
	}
	for i := range list {
		list[i].Cursor = makeCursor(int64(byID[list[i].ID]), list[i].ID)
	}
	next := ""
	if !exhausted && len(ids) > 0 {
		next = makeCursor(int64(scores[len(scores)-1]), ids[len(ids)-1])
	}
	return list, next, nil
}

// Summary returns conversation conv's summary; bot.ErrNotFound when nothing is logged for it.
func (s *Store) Summary(ctx context.Context, conv string) (Summary, error) {
	if conv == "" {
		return Summary{}, bot.ErrNotFound
	}
	h, err := s.c.HGetAll(ctx, s.Keys(conv).Meta).Result()
	if err != nil {
		return Summary{}, fmt.Errorf("redisstore: conversation: %w", err)
	}
	if len(h) == 0 {
		return Summary{}, bot.ErrNotFound
	}
	return parseSummary(conv, h)
}

// Histories returns the logs of convs in one round trip, in the order asked (an unknown
// conversation's log is empty).
func (s *Store) Histories(ctx context.Context, convs ...string) ([][]bot.Entry, error) {
	pipe := s.c.Pipeline()
	cmds := make([]*redis.XMessageSliceCmd, len(convs))
	statuses := make([]*redis.MapStringStringCmd, len(convs))
	for i, c := range convs {
		cmds[i] = pipe.XRange(ctx, s.Keys(c).Log, "-", "+")
		statuses[i] = s.queueStatuses(ctx, pipe, c)
	}
	if len(convs) > 0 {
		if _, err := pipe.Exec(ctx); err != nil {
			return nil, fmt.Errorf("redisstore: histories: %w", err)
		}
	}
	out := make([][]bot.Entry, len(convs))
	for i, c := range cmds {
		msgs := c.Val()
		log := make([]bot.Entry, 0, len(msgs))
		for _, m := range msgs {
			raw, _ := m.Values["e"].(string)
			var e bot.Entry
			if err := json.Unmarshal([]byte(raw), &e); err != nil {
				return nil, fmt.Errorf("redisstore: histories: entry %s: %w", m.ID, err)
			}
			log = append(log, e)
		}
		applyStatuses(log, statuses[i])
		out[i] = log
	}
	return out, nil
}

// reviewScript marks a conversation reviewed only if it exists, so a review racing an erasure
// does not leave a meta hash behind. KEYS: meta. ARGV: by, at, note. Returns 0 when there is no
// conversation.
var reviewScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'reviewed', '1', 'reviewed_by', ARGV[1], 'reviewed_at', ARGV[2], 'review_note', ARGV[3])
return 1`)

// SetReview marks conv reviewed by r.By at r.At with r.Note (replacing an earlier review);
// bot.ErrNotFound when nothing is logged for it.
func (s *Store) SetReview(ctx context.Context, conv string, r Review) error {
	if conv == "" {
		return bot.ErrNotFound
	}
	n, err := reviewScript.Run(ctx, s.c, []string{s.Keys(conv).Meta}, r.By, formatTime(r.At), r.Note).Int()
	if err != nil {
		return fmt.Errorf("redisstore: review: %w", err)
	}
	if n == 0 {
		return bot.ErrNotFound
	}
	return nil
}

// appendScript adds a staff entry to a conversation that exists. KEYS: log, meta. ARGV: entry
// JSON, entry time. Returns 0 when there is no conversation.
var appendScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[2]) == 0 then return 0 end
redis.call('XADD', KEYS[1], '*', 'e', ARGV[1])
redis.call('HINCRBY', KEYS[2], 'bytes', #ARGV[1]) -- the log's size, for commit.lua's cap
local last = redis.call('HGET', KEYS[2], 'staff_last')
if not last or last < ARGV[2] then
  redis.call('HSET', KEYS[2], 'staff_last', ARGV[2])
end
return 1`)

// AppendStaff appends staff entry e to conv's log without touching its session (which may have
// expired), and moves the conversation up the indexes; bot.ErrNotFound when nothing is logged for
// conv.
func (s *Store) AppendStaff(ctx context.Context, conv string, e bot.Entry) error {
	if conv == "" {
		return bot.ErrNotFound
	}
	if e.From != bot.FromStaff {
		return errors.New("redisstore: AppendStaff takes staff entries")
	}
	raw, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("redisstore: append staff: %w", err)
	}
	k := s.Keys(conv)
	n, err := appendScript.Run(ctx, s.c, []string{k.Log, k.Meta}, raw, formatTime(e.At)).Int()
	if err != nil {
		return fmt.Errorf("redisstore: append staff: %w", err)
	}
	if n == 0 {
		return bot.ErrNotFound
	}
	channel, err := s.c.HGet(ctx, k.Meta, "channel").Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return fmt.Errorf("redisstore: append staff: %w", err)
	}
	z := redis.ZAddArgs{GT: true, Members: []redis.Z{{Score: float64(e.At.UnixMilli()), Member: conv}}}
	pipe := s.c.Pipeline()
	pipe.ZAddArgs(ctx, s.IndexKey(""), z)
	if channel != "" {
		pipe.ZAddArgs(ctx, s.IndexKey("ch:"+channel), z)
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return fmt.Errorf("redisstore: append staff: %w", err)
	}
	return nil
}

// scoreBefore is the highest index score strictly before t.
func scoreBefore(t time.Time) string {
	return "(" + strconv.FormatInt(t.UnixMilli(), 10)
}
