package redisstore

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot"
)

// Options configure a Store. Every zero value means the documented default.
type Options struct {
	// Prefix starts every key; "" means "faqbot". Deployments (or tests) sharing one Redis use
	// different prefixes. It must not contain '{' or '}' (they would break the hash tags).
	Prefix string
	// SessionTTL is how long a session lives without a message; 0 means 30 minutes.
	// The conversation log does not expire with it.
	SessionTTL time.Duration
	// AnswerTTL, when positive, is how long the answer to a message id is remembered, counted from
	// the conversation's last answer; 0 means as long as the log keeps the answered entry, so any
	// message of the kept log resent gets the same reply and is logged once. A commit retried while
	// its id is remembered (the same bounds) is applied once.
	AnswerTTL time.Duration
	// MaxEntries is the most entries a conversation's log keeps: past it the oldest are trimmed
	// (with their answers). 0 means DefaultMaxEntries; negative, no cap.
	MaxEntries int
	// MaxBytes is the most bytes of entry JSON a conversation's log keeps, trimmed as MaxEntries.
	// 0 means DefaultMaxBytes; negative, no cap.
	MaxBytes int64
}

// Defaults of Options. A typed message is at most 1,000 characters (transport/ws), a reply a few
// hundred: the caps keep hundreds of turns, more than any patient's real conversation, while
// bounding what one conversation can make Redis hold.
const (
	DefaultPrefix     = "faqbot"
	DefaultSessionTTL = 30 * time.Minute
	DefaultMaxEntries = 1000
	DefaultMaxBytes   = 2 << 20
)

func (o Options) withDefaults() Options {
	if o.Prefix == "" {
		o.Prefix = DefaultPrefix
	}
	if o.SessionTTL <= 0 {
		o.SessionTTL = DefaultSessionTTL
	}
	if o.AnswerTTL < 0 {
		o.AnswerTTL = 0
	}
	if o.MaxEntries == 0 {
		o.MaxEntries = DefaultMaxEntries
	}
	if o.MaxBytes == 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	return o
}

// timeFormat is RFC 3339 with a fixed number of fraction digits, always UTC, so times stored in
// meta compare as strings (commit.lua keeps the latest "last" that way).
const timeFormat = "2006-01-02T15:04:05.000000000Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeFormat) }

func parseTime(s string) (time.Time, error) { return time.Parse(time.RFC3339Nano, s) }

//go:embed commit.lua
var commitSrc string

var commitScript = redis.NewScript(commitSrc)

// Store is a bot.Store over Redis. Safe for concurrent use; many replicas may share one Redis.
type Store struct {
	c    redis.UniversalClient
	opts Options
	// closers release what Open and OpenInProcess created; New's caller owns its client.
	closers []func() error
}

var _ bot.Store = (*Store)(nil)

// New returns a Store over c; the caller keeps ownership of c.
func New(c redis.UniversalClient, opts Options) *Store {
	return &Store{c: c, opts: opts.withDefaults()}
}

// Client is the go-redis client the store uses (for pub/sub and the staff console's reads).
func (s *Store) Client() redis.UniversalClient { return s.c }

// Options returns the options in effect, defaults filled in.
func (s *Store) Options() Options { return s.opts }

// Close releases the client and in-process server that Open or OpenInProcess created; for a Store
// from New it does nothing.
func (s *Store) Close() error {
	var errs []error
	for i := len(s.closers) - 1; i >= 0; i-- {
		errs = append(errs, s.closers[i]())
	}
	s.closers = nil
	return errors.Join(errs...)
}

// Keys names the Redis keys of one conversation (see the package documentation).
type Keys struct {
	Sess, Log, Ans, Meta, Seen string
	// WAMsg and WAStatus hold WhatsApp delivery statuses (whatsapp.go).
	WAMsg, WAStatus string
}

// Keys returns the keys of conversation conv.
func (s *Store) Keys(conv string) Keys {
	base := s.opts.Prefix + ":{" + conv + "}:"
	return Keys{Sess: base + "sess", Log: base + "log", Ans: base + "ans", Meta: base + "meta", Seen: base + "seen",
		WAMsg: base + "wamsg", WAStatus: base + "wast"}
}

// IndexKey names a staff-console index: "" for all conversations by last activity,
// "ch:<channel>" per channel, "kind:<kind>" per reply kind.
func (s *Store) IndexKey(name string) string {
	if name == "" {
		return s.opts.Prefix + ":{convs}"
	}
	return s.opts.Prefix + ":{convs}:" + name
}

func (s *Store) claimKey(key string) string { return s.opts.Prefix + ":claim:" + key }

var errNoConv = fmt.Errorf("redisstore: empty conversation id: %w", bot.ErrInvalid)

// Begin loads the session, the answer already given to msgID and the staff hold in one round trip.
// It returns ErrNotFound when the session does not exist or has expired; the Turn still carries
// HeldUntil then, so a takeover outlives an idle session.
func (s *Store) Begin(ctx context.Context, conv, msgID string) (bot.Turn, error) {
	if err := ctx.Err(); err != nil {
		return bot.Turn{}, err
	}
	if conv == "" {
		return bot.Turn{}, errNoConv
	}
	k := s.Keys(conv)
	pipe := s.c.Pipeline()
	sess := pipe.Get(ctx, k.Sess)
	var ans *redis.StringCmd
	if msgID != "" {
		ans = pipe.HGet(ctx, k.Ans, msgID)
	}
	held := pipe.HGet(ctx, k.Meta, "held_until")
	if _, err := pipe.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
		return bot.Turn{}, fmt.Errorf("redisstore: begin: %w", err)
	}

	var t bot.Turn
	if v, err := held.Result(); err == nil {
		if t.HeldUntil, err = parseTime(v); err != nil {
			return bot.Turn{}, fmt.Errorf("redisstore: begin: held_until: %w", err)
		}
	}
	raw, err := sess.Bytes()
	if errors.Is(err, redis.Nil) {
		return t, bot.ErrNotFound
	}
	if err := json.Unmarshal(raw, &t.Session); err != nil {
		return bot.Turn{}, fmt.Errorf("redisstore: begin: session: %w", err)
	}
	if ans != nil {
		if raw, err := ans.Bytes(); err == nil {
			var e bot.Entry
			if err := json.Unmarshal(raw, &e); err != nil {
				return bot.Turn{}, fmt.Errorf("redisstore: begin: answer: %w", err)
			}
			t.Prior = &e
		}
	}
	return t, nil
}

// Commit appends entries to the log, saves s with a fresh idle expiry, remembers the last bot entry
// as the answer to msgID and updates the conversation's meta and the console's indexes, in one
// round trip. The conversation's part is atomic, and applied once: committing the same entries again
// (same first entry ID, while the log keeps it) changes nothing, so a retry after a lost reply is
// safe. Past Options.MaxEntries or MaxBytes the log's oldest entries are trimmed.
func (s *Store) Commit(ctx context.Context, sess bot.Session, msgID string, entries ...bot.Entry) error {
	_, err := s.CommitBatch(ctx, []bot.Write{{Session: sess, MsgID: msgID, Entries: entries}})
	return err
}

// CommitBatch is Commit for several writes in one round trip (one pipeline), applied in order; the
// write buffer sends what queued while the previous batch was out. It returns how many writes,
// from the first, were applied, and the error of the next. Writes after that one may have been
// applied too; each is applied once, so sending them again is safe.
func (s *Store) CommitBatch(ctx context.Context, writes []bot.Write) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	cmds := make([]commitCmds, 0, len(writes))
	var refused error // the first write that cannot be encoded ends the batch before it
	for _, w := range writes {
		c, err := s.prepare(w)
		if err != nil {
			refused = err
			break
		}
		cmds = append(cmds, c)
	}
	n, err := s.send(ctx, cmds, false)
	if errors.Is(err, errNoScript) {
		// Redis restarted or flushed its scripts: send the rest once more with the source (EVAL),
		// which Redis caches again. Every one of them, as on a cluster each node needs it.
		var m int
		m, err = s.send(ctx, cmds[n:], true)
		n += m
	}
	if err != nil {
		return n, fmt.Errorf("redisstore: commit: %w", err)
	}
	if refused != nil {
		return n, refused
	}
	return n, nil
}

var errNoScript = errors.New("script not loaded")

// commitCmds is one write, ready to queue on a pipeline.
type commitCmds struct {
	keys []string
	args []any // the script's; nil when there are no entries and only the session is saved
	sess []byte
	conv string
	// index ZADDs: the indexes live in another slot, so they cannot join the script; ZADD GT makes
	// them idempotent and never moves a conversation back in time.
	channel string
	last    time.Time
	kinds   []kindAt // the latest reply of each kind
}

type kindAt struct {
	kind bot.Kind
	at   time.Time
}

// latest records a reply of kind at at, keeping the latest of each kind (a commit has one or two).
func latest(ks []kindAt, kind bot.Kind, at time.Time) []kindAt {
	for i := range ks {
		if ks[i].kind == kind {
			if at.After(ks[i].at) {
				ks[i].at = at
			}
			return ks
		}
	}
	return append(ks, kindAt{kind, at})
}

func (s *Store) prepare(w bot.Write) (commitCmds, error) {
	sess := w.Session
	conv := sess.ConversationID
	if conv == "" {
		return commitCmds{}, errNoConv
	}
	sessJSON, err := json.Marshal(sess)
	if err != nil {
		return commitCmds{}, fmt.Errorf("redisstore: commit: session: %w: %w", bot.ErrInvalid, err)
	}
	k := s.Keys(conv)
	if len(w.Entries) == 0 {
		return commitCmds{keys: []string{k.Sess}, sess: sessJSON, conv: conv}, nil
	}
	last := sess.LastSeen
	args := make([]any, 12, 12+3*len(w.Entries))
	var kinds []kindAt
	for _, e := range w.Entries {
		raw, err := json.Marshal(e)
		if err != nil {
			return commitCmds{}, fmt.Errorf("redisstore: commit: entry: %w: %w", bot.ErrInvalid, err)
		}
		var kind bot.Kind
		if e.Reply != nil {
			kind = e.Reply.Kind
			kinds = latest(kinds, kind, e.At)
		}
		if e.At.After(last) {
			last = e.At
		}
		args = append(args, e.From, string(kind), raw)
	}
	started := sess.Created
	if started.IsZero() {
		started = w.Entries[0].At
	}
	args[0] = sessJSON
	args[1] = s.opts.SessionTTL.Milliseconds()
	args[2] = s.opts.AnswerTTL.Milliseconds()
	args[3] = w.MsgID
	args[4] = "" // the script takes the answer to msgID from the last entry rather than a second copy
	args[5] = sess.Channel
	args[6] = sess.Patient
	args[7] = formatTime(started)
	args[8] = formatTime(last)
	args[9] = w.Entries[0].ID
	args[10] = max(s.opts.MaxEntries, 0)
	args[11] = max(s.opts.MaxBytes, 0)
	return commitCmds{keys: []string{k.Sess, k.Log, k.Ans, k.Meta, k.Seen}, args: args, conv: conv,
		channel: sess.Channel, last: last, kinds: kinds}, nil
}

// send writes cmds in one pipeline and returns how many, from the first, succeeded, and the error
// of the next (errNoScript when Redis had lost the script). eval sends the script's source rather
// than its hash.
func (s *Store) send(ctx context.Context, cmds []commitCmds, eval bool) (int, error) {
	if len(cmds) == 0 {
		return 0, nil
	}
	pipe := s.c.Pipeline()
	queued := make([][]redis.Cmder, len(cmds))
	for i, c := range cmds {
		if c.args == nil {
			queued[i] = []redis.Cmder{pipe.Set(ctx, c.keys[0], c.sess, s.opts.SessionTTL)}
			continue
		}
		qs := make([]redis.Cmder, 0, 3+len(c.kinds))
		if eval {
			qs = append(qs, commitScript.Eval(ctx, pipe, c.keys, c.args...))
		} else {
			qs = append(qs, commitScript.EvalSha(ctx, pipe, c.keys, c.args...))
		}
		z := redis.ZAddArgs{GT: true, Members: []redis.Z{{Score: float64(c.last.UnixMilli()), Member: c.conv}}}
		qs = append(qs, pipe.ZAddArgs(ctx, s.IndexKey(""), z))
		if c.channel != "" {
			qs = append(qs, pipe.ZAddArgs(ctx, s.IndexKey("ch:"+c.channel), z))
		}
		for _, k := range c.kinds {
			qs = append(qs, pipe.ZAddArgs(ctx, s.IndexKey("kind:"+string(k.kind)),
				redis.ZAddArgs{GT: true, Members: []redis.Z{{Score: float64(k.at.UnixMilli()), Member: c.conv}}}))
		}
		queued[i] = qs
	}
	_, err := pipe.Exec(ctx)
	if err == nil {
		return len(cmds), nil
	}
	for i, qs := range queued {
		for _, q := range qs {
			if err := q.Err(); err != nil {
				if redis.HasErrorPrefix(err, "NOSCRIPT") {
					return i, errNoScript
				}
				return i, err
			}
		}
	}
	return 0, err // the pipeline failed as a whole (no command carries its error)
}

// History returns the conversation's log in order; empty for an unknown conversation.
func (s *Store) History(ctx context.Context, conv string) ([]bot.Entry, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if conv == "" {
		return nil, errNoConv
	}
	pipe := s.c.Pipeline()
	xr := pipe.XRange(ctx, s.Keys(conv).Log, "-", "+")
	statuses := s.queueStatuses(ctx, pipe, conv)
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, fmt.Errorf("redisstore: history: %w", err)
	}
	msgs := xr.Val()
	out := make([]bot.Entry, 0, len(msgs))
	for _, m := range msgs {
		raw, _ := m.Values["e"].(string)
		var e bot.Entry
		if err := json.Unmarshal([]byte(raw), &e); err != nil {
			return nil, fmt.Errorf("redisstore: history: entry %s: %w", m.ID, err)
		}
		out = append(out, e)
	}
	applyStatuses(out, statuses)
	return out, nil
}

// Hold puts conversation conv in staff hands until until: Begin reports it in Turn.HeldUntil and the
// bot stays silent meanwhile. A zero until releases the conversation.
func (s *Store) Hold(ctx context.Context, conv string, until time.Time) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if conv == "" {
		return errNoConv
	}
	meta := s.Keys(conv).Meta
	var err error
	if until.IsZero() {
		err = s.c.HDel(ctx, meta, "held_until").Err()
	} else {
		err = s.c.HSet(ctx, meta, "held_until", formatTime(until)).Err()
	}
	if err != nil {
		return fmt.Errorf("redisstore: hold: %w", err)
	}
	return nil
}

// Claim marks key as taken for ttl and reports whether this call took it: of many replicas (or
// retries) claiming the same key, exactly one gets true until ttl passes. Used to deduplicate
// WhatsApp deliveries.
func (s *Store) Claim(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	if key == "" || ttl <= 0 {
		return false, fmt.Errorf("redisstore: claim needs a key and a positive ttl: %w", bot.ErrInvalid)
	}
	// SET NX with a value: SetNX's reply tells whether the key was set by us.
	ok, err := s.c.SetNX(ctx, s.claimKey(key), "1", ttl).Result()
	if err != nil {
		return false, fmt.Errorf("redisstore: claim: %w", err)
	}
	return ok, nil
}

// Ping reports whether Redis answers, for readiness checks.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.c.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("redisstore: ping: %w", err)
	}
	return nil
}

// Meta is a conversation's summary, as kept in its meta hash.
type Meta struct {
	Channel string
	Patient string
	Started time.Time
	Last    time.Time
	// Turns counts patient messages.
	Turns int
	// Kinds counts bot replies by kind.
	Kinds     map[bot.Kind]int
	Reviewed  bool
	HeldUntil time.Time
}

// Meta reads a conversation's summary; ErrNotFound when it has none (nothing logged yet).
func (s *Store) Meta(ctx context.Context, conv string) (Meta, error) {
	if err := ctx.Err(); err != nil {
		return Meta{}, err
	}
	h, err := s.c.HGetAll(ctx, s.Keys(conv).Meta).Result()
	if err != nil {
		return Meta{}, fmt.Errorf("redisstore: meta: %w", err)
	}
	if len(h) == 0 {
		return Meta{}, bot.ErrNotFound
	}
	// One parser for the meta hash: the console's (console.go).
	c, err := parseSummary(conv, h)
	if err != nil {
		return Meta{}, fmt.Errorf("redisstore: meta: %w", err)
	}
	m := Meta{Channel: c.Channel, Patient: c.Patient, Started: c.Started, Last: c.LastPatient, Turns: c.Turns,
		Kinds: make(map[bot.Kind]int, len(c.Kinds)), Reviewed: c.Review != nil, HeldUntil: c.HeldUntil}
	for k, n := range c.Kinds {
		m.Kinds[bot.Kind(k)] = n
	}
	return m, nil
}
