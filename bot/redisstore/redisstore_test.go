package redisstore_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
)

var t0 = time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)

func turn(n int, msgID string, kind bot.Kind, at time.Time) []bot.Entry {
	r := bot.Reply{Kind: kind, Text: "a", Sources: []bot.Source{}, Suggestions: []string{}}
	id := bot.NewID()
	return []bot.Entry{
		{ID: id + "p", From: bot.FromPatient, Text: "q", At: at, MsgID: msgID},
		{ID: id + "b", From: bot.FromBot, Text: "a", At: at, MsgID: msgID, Reply: &r},
	}
}

// countingConn counts round trips: each time the client starts writing after it last read (or at
// first) is one. Counting writes would not do: a pipeline may be written in several pieces.
type countingConn struct {
	net.Conn
	trips   *atomic.Int64
	writing atomic.Bool
	hold    *sync.RWMutex // when not nil, writes wait while it is locked
}

func (c *countingConn) Write(p []byte) (int, error) {
	if !c.writing.Swap(true) {
		c.trips.Add(1)
	}
	if c.hold != nil {
		c.hold.RLock()
		c.hold.RUnlock()
	}
	return c.Conn.Write(p)
}

func (c *countingConn) Read(p []byte) (int, error) {
	c.writing.Store(false)
	return c.Conn.Read(p)
}

// A web message (a Live conversation over the write-behind buffer, as faqbot serve has it) is
// answered without waiting for Redis at all: here Redis takes nothing until the answers are out.
// Its log write is then one round trip, or less: what queued meanwhile goes in one.
func TestLiveAnswersWithoutRedis(t *testing.T) {
	var trips atomic.Int64
	var hold sync.RWMutex
	c := redis.NewClient(&redis.Options{Addr: redistest.Start(t).Addr(),
		Dialer: func(ctx context.Context, network, addr string) (net.Conn, error) {
			conn, err := (&net.Dialer{}).DialContext(ctx, network, addr)
			if err != nil {
				return nil, err
			}
			return &countingConn{Conn: conn, trips: &trips, hold: &hold}, nil
		}})
	t.Cleanup(func() { c.Close() })
	buf := bot.NewBufferedStore(redisstore.New(c, redisstore.Options{}), bot.BufferOptions{WriteBehind: true, Retryable: redisstore.Retryable})
	svc := &bot.Service{Engine: echoEngine{}, Store: buf}
	ctx := t.Context()
	// Warm up: connections made, the script known to Redis.
	warm, _, err := svc.StartLive(ctx, "ar")
	if err == nil {
		_, err = svc.HandleLive(ctx, warm, "w", "q")
	}
	if err != nil {
		t.Fatal(err)
	}
	for buf.Pending() > 0 { // the warm-up written
		time.Sleep(time.Millisecond)
	}
	trips.Store(0)

	hold.Lock() // Redis takes nothing from here on
	var l *bot.Live
	answered := make(chan error, 1)
	go func() {
		var err error
		if l, _, err = svc.StartLive(ctx, "ar"); err != nil {
			answered <- err
			return
		}
		for i := range 5 {
			out, err := svc.HandleLive(ctx, l, fmt.Sprintf("m%d", i), "q")
			if err != nil || out.Entry == nil {
				answered <- fmt.Errorf("m%d: %+v, %v", i, out, err)
				return
			}
		}
		answered <- nil
	}()
	select {
	case err := <-answered:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		hold.Unlock()
		t.Fatal("the answers waited for Redis")
	}
	if n := trips.Load(); n > 1 {
		t.Errorf("%d writes to Redis started before the answers were out, want at most the first (held)", n)
	}
	hold.Unlock()
	ctx2, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := buf.Close(ctx2); err != nil {
		t.Fatal(err)
	}
	// One round trip for the first write (held), one for all that queued behind it.
	if n := trips.Load(); n > 2 {
		t.Errorf("six commits took %d round trips, want 2: the first, then the rest in one", n)
	}
	h, err := redisstore.New(c, redisstore.Options{}).History(ctx, l.Session.ConversationID)
	if err != nil || len(h) != 10 {
		t.Errorf("History: %d entries, %v; want 10", len(h), err)
	}
}

// echoEngine answers every question with a fixed reply.
type echoEngine struct{}

func (echoEngine) Respond(text string, st bot.State) (bot.Reply, bot.State) {
	return bot.Reply{Kind: bot.KindAnswer, Text: "a", Sources: []bot.Source{}, Suggestions: []string{}}, st
}

// TestRoundTrips proves Begin and Commit cost one round trip each, on both kinds of Redis.
func TestRoundTrips(t *testing.T) {
	for _, tc := range []struct {
		name string
		addr func(t *testing.T) string
	}{
		{"miniredis", func(t *testing.T) string { return miniredis.RunT(t).Addr() }},
		{"redis-server", func(t *testing.T) string { return redistest.Start(t).Addr() }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var writes atomic.Int64
			c := redis.NewClient(&redis.Options{Addr: tc.addr(t), PoolSize: 1,
				Dialer: func(ctx context.Context, network, addr string) (net.Conn, error) {
					conn, err := (&net.Dialer{}).DialContext(ctx, network, addr)
					if err != nil {
						return nil, err
					}
					return &countingConn{Conn: conn, trips: &writes}, nil
				}})
			t.Cleanup(func() { c.Close() })
			s := redisstore.New(c, redisstore.Options{})
			ctx := t.Context()
			// Connect (HELLO, CLIENT SETINFO) before counting: go-redis keeps separate connections for
			// single commands and for pipelines.
			if err := c.Ping(ctx).Err(); err != nil {
				t.Fatal(err)
			}
			if _, err := c.Pipelined(ctx, func(p redis.Pipeliner) error { return p.Ping(ctx).Err() }); err != nil {
				t.Fatal(err)
			}
			trips := func(what string, want int64, f func() error) {
				t.Helper()
				writes.Store(0)
				if err := f(); err != nil {
					t.Fatalf("%s: %v", what, err)
				}
				if got := writes.Load(); got != want {
					t.Errorf("%s took %d round trips, want %d", what, got, want)
				}
			}
			sess := bot.Session{ConversationID: bot.NewID(), Channel: bot.ChannelWeb, Created: t0, LastSeen: t0}
			trips("Commit of a new session", 1, func() error { return s.Commit(ctx, sess, "") })
			trips("Begin", 1, func() error { _, err := s.Begin(ctx, sess.ConversationID, "m1"); return err })
			// The very first commit with entries teaches Redis the script (NOSCRIPT, then EVAL).
			trips("first Commit with entries", 2, func() error { return s.Commit(ctx, sess, "m1", turn(1, "m1", bot.KindAnswer, t0)...) })
			trips("Commit", 1, func() error { return s.Commit(ctx, sess, "m2", turn(2, "m2", bot.KindFallback, t0)...) })
			trips("Begin of an answered message", 1, func() error {
				tn, err := s.Begin(ctx, sess.ConversationID, "m2")
				if err == nil && tn.Prior == nil {
					err = errors.New("no prior answer")
				}
				return err
			})
			// After Redis forgets its scripts (a restart), commits still work.
			if err := c.ScriptFlush(ctx).Err(); err != nil {
				t.Fatal(err)
			}
			trips("Commit after SCRIPT FLUSH", 2, func() error { return s.Commit(ctx, sess, "m3", turn(3, "m3", bot.KindAnswer, t0)...) })
			trips("Commit", 1, func() error { return s.Commit(ctx, sess, "m4", turn(4, "m4", bot.KindAnswer, t0)...) })
			trips("CommitBatch of ten", 1, func() error {
				var ws []bot.Write
				for i := 5; i < 15; i++ {
					id := fmt.Sprintf("m%d", i)
					ws = append(ws, bot.Write{Session: sess, MsgID: id, Entries: turn(i, id, bot.KindAnswer, t0)})
				}
				n, err := s.CommitBatch(ctx, ws)
				if err == nil && n != 10 {
					err = fmt.Errorf("%d of 10 applied", n)
				}
				return err
			})
			if h, err := s.History(ctx, sess.ConversationID); err != nil || len(h) != 28 {
				t.Errorf("History: %d entries, %v; want 28", len(h), err)
			}
		})
	}
}

// TestMetaAndIndexes checks what the staff console will read: the meta hash and the indexes.
func TestMetaAndIndexes(t *testing.T) {
	m := miniredis.RunT(t)
	c := redis.NewClient(&redis.Options{Addr: m.Addr()})
	t.Cleanup(func() { c.Close() })
	s := redisstore.New(c, redisstore.Options{})
	ctx := t.Context()

	conv := bot.NewID()
	sess := bot.Session{ConversationID: conv, Channel: bot.ChannelWhatsApp, Patient: "966501234567", Created: t0, LastSeen: t0}
	if err := s.Commit(ctx, sess, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Meta(ctx, conv); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("Meta of a conversation with nothing logged: %v, want ErrNotFound", err)
	}
	if n, _ := c.ZCard(ctx, s.IndexKey("")).Result(); n != 0 {
		t.Errorf("a session without messages is listed (%d conversations)", n)
	}

	t1, t2 := t0.Add(time.Minute), t0.Add(2*time.Minute)
	first := turn(1, "m1", bot.KindAnswer, t1)
	for _, commit := range [][]bot.Entry{first, turn(2, "m2", bot.KindFallback, t2), first /* a retry: counted once */} {
		if err := s.Commit(ctx, sess, commit[0].MsgID, commit...); err != nil {
			t.Fatal(err)
		}
	}
	staff := bot.Entry{ID: bot.NewID(), From: bot.FromStaff, Text: "hi", At: t1, Name: "Sara"} // older than last
	if err := s.Commit(ctx, sess, "", staff); err != nil {
		t.Fatal(err)
	}
	until := t2.Add(time.Hour)
	if err := s.Hold(ctx, conv, until); err != nil {
		t.Fatal(err)
	}

	meta, err := s.Meta(ctx, conv)
	if err != nil {
		t.Fatal(err)
	}
	if meta.Channel != bot.ChannelWhatsApp || meta.Patient != "966501234567" || !meta.Started.Equal(t0) ||
		!meta.Last.Equal(t2) || meta.Turns != 2 || meta.Reviewed || !meta.HeldUntil.Equal(until) {
		t.Errorf("meta = %+v", meta)
	}
	if meta.Kinds[bot.KindAnswer] != 1 || meta.Kinds[bot.KindFallback] != 1 || len(meta.Kinds) != 2 {
		t.Errorf("meta kinds = %v, want answer 1, fallback 1", meta.Kinds)
	}

	for _, tc := range []struct {
		index string
		want  time.Time
	}{{"", t2}, {"ch:whatsapp", t2}, {"kind:answer", t1}, {"kind:fallback", t2}} {
		score, err := c.ZScore(ctx, s.IndexKey(tc.index), conv).Result()
		if err != nil || int64(score) != tc.want.UnixMilli() {
			t.Errorf("index %q score = %v, %v; want %d", tc.index, score, err, tc.want.UnixMilli())
		}
	}
	if n, _ := c.Exists(ctx, s.IndexKey("ch:web"), s.IndexKey("kind:emergency")).Result(); n != 0 {
		t.Errorf("conversation listed in indexes it does not belong to")
	}
}

// TestKeysShareSlot checks the Redis Cluster layout: every key of a conversation hashes to one slot,
// and the indexes to one slot of their own.
func TestKeysShareSlot(t *testing.T) {
	s := redisstore.New(nil, redisstore.Options{})
	for _, conv := range []string{bot.NewID(), "whatsapp:966501234567", bot.NewID()} {
		k := s.Keys(conv)
		want := slot(k.Sess)
		for _, key := range []string{k.Log, k.Ans, k.Meta, k.Seen} {
			if slot(key) != want {
				t.Errorf("%s is in slot %d, %s in slot %d", key, slot(key), k.Sess, want)
			}
		}
		if !strings.HasPrefix(k.Sess, "faqbot:{"+conv+"}:") {
			t.Errorf("session key %q", k.Sess)
		}
	}
	idx := slot(s.IndexKey(""))
	for _, name := range []string{"ch:web", "kind:fallback"} {
		if slot(s.IndexKey(name)) != idx {
			t.Errorf("index %q is not in the indexes' slot", name)
		}
	}
	if a, b := slot(s.Keys(bot.NewID()).Sess), slot(s.Keys(bot.NewID()).Sess); a == b {
		// Not impossible (1 in 16384), but with a fixed pair of ids below it would mean the tag is ignored.
		t.Logf("two random conversations share slot %d", a)
	}
	if slot(s.Keys("aaaa").Sess) == slot(s.Keys("bbbb").Sess) {
		t.Error("conversations aaaa and bbbb share a slot: the conversation id is not the hash tag")
	}
}

// slot is Redis Cluster's key slot: CRC16 (XMODEM) of the hash tag, or of the key, mod 16384.
func slot(key string) int {
	if i := strings.IndexByte(key, '{'); i >= 0 {
		if j := strings.IndexByte(key[i+1:], '}'); j > 0 {
			key = key[i+1 : i+1+j]
		}
	}
	var crc uint16
	for i := 0; i < len(key); i++ {
		crc ^= uint16(key[i]) << 8
		for range 8 {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return int(crc) % 16384
}

func TestSlotKnownValues(t *testing.T) {
	// CRC16 check value of the Redis Cluster specification (0x31C3), and CLUSTER KEYSLOT foo.
	for key, want := range map[string]int{"123456789": 0x31C3, "foo": 12182} {
		if got := slot(key); got != want {
			t.Errorf("slot(%q) = %d, want %d", key, got, want)
		}
	}
	if slot("{user1000}.following") != slot("user1000") || slot("{}x") != slot("{}x") || slot("a{}b") == slot("") {
		t.Error("hash tags not handled as the specification says")
	}
}

func TestOpen(t *testing.T) {
	srv := redistest.Start(t, "--requirepass", "s3cr3t pass")
	ctx := t.Context()
	url := strings.TrimSuffix(srv.URL(), "/0") + "/3"
	s, err := redisstore.Open(ctx, url, redisstore.Options{Prefix: "x"})
	if err != nil {
		t.Fatalf("Open(%s): %v", url, err)
	}
	sess := bot.Session{ConversationID: "c1", Channel: bot.ChannelWeb}
	if err := s.Commit(ctx, sess, "m1", turn(1, "m1", bot.KindAnswer, t0)...); err != nil {
		t.Fatal(err)
	}
	if err := s.Ping(ctx); err != nil {
		t.Errorf("Ping: %v", err)
	}
	// The URL's database number was used.
	check := redis.NewClient(&redis.Options{Addr: srv.Addr(), Password: "s3cr3t pass", DB: 3})
	defer check.Close()
	if n, err := check.XLen(ctx, "x:{c1}:log").Result(); err != nil || n != 2 {
		t.Errorf("XLEN in database 3 = %d, %v; want 2", n, err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if err := s.Ping(ctx); err == nil {
		t.Error("Ping after Close succeeded")
	}

	wrong := strings.Replace(url, "s3cr3t%20pass", "guessed", 1)
	if _, err := redisstore.Open(ctx, wrong, redisstore.Options{}); err == nil {
		t.Error("Open with a wrong password succeeded")
	} else if strings.Contains(err.Error(), "guessed") {
		t.Errorf("error shows the password: %v", err)
	}

	srv.Stop()
	start := time.Now()
	if _, err := redisstore.Open(ctx, url, redisstore.Options{}); err == nil {
		t.Error("Open of a stopped Redis succeeded")
	} else if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Open of a stopped Redis took %v to fail", d)
	}
}

func TestOpenInProcess(t *testing.T) {
	s, err := redisstore.OpenInProcess(redisstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	sess := bot.Session{ConversationID: "c1", Channel: bot.ChannelWeb}
	entries := turn(1, "m1", bot.KindAnswer, t0)
	if err := s.Commit(ctx, sess, "m1", entries...); err != nil {
		t.Fatal(err)
	}
	if h, err := s.History(ctx, "c1"); err != nil || len(h) != 2 || h[1].ID != entries[1].ID {
		t.Errorf("History = %+v, %v", h, err)
	}
	if err := s.Ping(ctx); err != nil {
		t.Errorf("Ping: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if err := s.Ping(ctx); err == nil {
		t.Error("Ping after Close succeeded")
	}
}
