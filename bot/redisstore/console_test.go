package redisstore_test

import (
	"errors"
	"slices"
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

// The staff console's Redis side runs on both Redis kinds faqbot serve uses: a real server, and
// the in-process one when REDIS_URL is unset. Each test gets a fresh store on each.
type consoleHarness struct {
	s *redisstore.Store
	c redis.UniversalClient
	// advance moves Redis's clock (miniredis) or waits (real server), for expiries.
	advance func(time.Duration)
}

func eachRedis(t *testing.T, run func(t *testing.T, h consoleHarness)) {
	t.Run("miniredis", func(t *testing.T) {
		m := miniredis.RunT(t)
		c := redis.NewClient(&redis.Options{Addr: m.Addr()})
		t.Cleanup(func() { c.Close() })
		run(t, consoleHarness{redisstore.New(c, redisstore.Options{}), c, m.FastForward})
	})
	t.Run("redis-server", func(t *testing.T) {
		srv := redistest.Start(t)
		c := srv.Client(t)
		run(t, consoleHarness{redisstore.New(c, redisstore.Options{Prefix: srv.Prefix(t)}), c, time.Sleep})
	})
}

// commit logs one patient message and the bot's reply of kind in a new or existing conversation.
func commit(t *testing.T, s *redisstore.Store, conv, channel, patient string, kind bot.Kind, at time.Time) {
	t.Helper()
	sess := bot.Session{ConversationID: conv, Channel: channel, Patient: patient, Created: at, LastSeen: at}
	if err := s.Commit(t.Context(), sess, "", turn(1, "", kind, at)...); err != nil {
		t.Fatal(err)
	}
}

func summaryIDs(list []redisstore.Summary) []string {
	out := make([]string, len(list))
	for i, c := range list {
		out[i] = c.ID
	}
	return out
}

func TestConversationsPaging(t *testing.T) {
	eachRedis(t, func(t *testing.T, h consoleHarness) {
		ctx := t.Context()
		// 25 conversations, five to a millisecond: pages must split ties without losing or repeating.
		var all []string
		for i := range 25 {
			id := string(rune('a'+i)) + "-conv"
			ch := bot.ChannelWeb
			if i%5 == 0 {
				ch = bot.ChannelWhatsApp
			}
			commit(t, h.s, id, ch, "", bot.KindAnswer, t0.Add(time.Duration(i/5)*time.Millisecond))
			all = append(all, id)
		}
		var got []string
		cursor := ""
		for range 10 {
			page, next, err := h.s.Conversations(ctx, redisstore.ConvQuery{Cursor: cursor, Limit: 4})
			if err != nil {
				t.Fatal(err)
			}
			if len(page) > 4 {
				t.Fatalf("page of %d, limit 4", len(page))
			}
			got = append(got, summaryIDs(page)...)
			if next == "" {
				break
			}
			cursor = next
		}
		want := slices.Clone(all)
		// Newest millisecond first; within one, descending id.
		slices.SortFunc(want, func(a, b string) int {
			ia, ib := strings.IndexByte("abcdefghijklmnopqrstuvwxy", a[0]), strings.IndexByte("abcdefghijklmnopqrstuvwxy", b[0])
			if ia/5 != ib/5 {
				return ib/5 - ia/5
			}
			return strings.Compare(b, a)
		})
		if !slices.Equal(got, want) {
			t.Errorf("paged:\n%v\nwant\n%v", got, want)
		}

		wa, next, err := h.s.Conversations(ctx, redisstore.ConvQuery{Channel: bot.ChannelWhatsApp})
		if err != nil || next != "" || len(wa) != 5 || wa[0].Channel != bot.ChannelWhatsApp {
			t.Errorf("whatsapp index: %v next %q (%v)", summaryIDs(wa), next, err)
		}
		since, _, err := h.s.Conversations(ctx, redisstore.ConvQuery{Since: t0.Add(4 * time.Millisecond)})
		if err != nil || len(since) != 5 {
			t.Errorf("since the last millisecond: %v (%v), want 5", summaryIDs(since), err)
		}
		if _, _, err := h.s.Conversations(ctx, redisstore.ConvQuery{Cursor: "garbage"}); !errors.Is(err, redisstore.ErrBadCursor) {
			t.Errorf("bad cursor: %v", err)
		}
	})
}

func TestSummaryReviewAndStaffEntries(t *testing.T) {
	eachRedis(t, func(t *testing.T, h consoleHarness) {
		ctx := t.Context()
		commit(t, h.s, "c1", bot.ChannelWhatsApp, "966501234567", bot.KindFallback, t0)
		commit(t, h.s, "c2", bot.ChannelWeb, "", bot.KindAnswer, t0.Add(time.Minute))
		sum, err := h.s.Summary(ctx, "c1")
		if err != nil {
			t.Fatal(err)
		}
		if sum.Channel != "whatsapp" || sum.Patient != "966501234567" || !sum.Started.Equal(t0) || !sum.Last.Equal(t0) ||
			sum.Turns != 1 || sum.Kinds["fallback"] != 1 || sum.Review != nil {
			t.Errorf("summary %+v", sum)
		}
		if _, err := h.s.Summary(ctx, "nope"); !errors.Is(err, bot.ErrNotFound) {
			t.Errorf("unknown summary: %v", err)
		}

		if err := h.s.SetReview(ctx, "c1", redisstore.Review{By: "nora", At: t0.Add(time.Hour), Note: "ok"}); err != nil {
			t.Fatal(err)
		}
		if err := h.s.SetReview(ctx, "nope", redisstore.Review{By: "nora"}); !errors.Is(err, bot.ErrNotFound) {
			t.Errorf("review of nothing: %v", err)
		}
		// The bot store's own Meta sees the review too.
		if m, err := h.s.Meta(ctx, "c1"); err != nil || !m.Reviewed {
			t.Errorf("Meta after review: %+v (%v)", m, err)
		}

		staffAt := t0.Add(2 * time.Hour)
		if err := h.s.AppendStaff(ctx, "c1", bot.Entry{ID: "s1", From: bot.FromStaff, Text: "hello", At: staffAt, Name: "nora"}); err != nil {
			t.Fatal(err)
		}
		if err := h.s.AppendStaff(ctx, "nope", bot.Entry{From: bot.FromStaff, At: staffAt}); !errors.Is(err, bot.ErrNotFound) {
			t.Errorf("staff entry into nothing: %v", err)
		}
		if err := h.s.AppendStaff(ctx, "c1", bot.Entry{From: bot.FromBot, At: staffAt}); err == nil {
			t.Error("AppendStaff took a bot entry")
		}
		sum, _ = h.s.Summary(ctx, "c1")
		if sum.Review == nil || sum.Review.By != "nora" || sum.Review.Note != "ok" || !sum.Review.At.Equal(t0.Add(time.Hour)) {
			t.Errorf("review %+v", sum.Review)
		}
		if !sum.Last.Equal(staffAt) || !sum.LastPatient.Equal(t0) || sum.Turns != 1 {
			t.Errorf("after a staff message: last %v, last patient %v, turns %d", sum.Last, sum.LastPatient, sum.Turns)
		}
		// A staff message moves the conversation to the top.
		list, _, _ := h.s.Conversations(ctx, redisstore.ConvQuery{})
		if got := summaryIDs(list); !slices.Equal(got, []string{"c1", "c2"}) {
			t.Errorf("order after a staff message: %v", got)
		}
		logs, err := h.s.Histories(ctx, "c2", "c1", "nope")
		if err != nil {
			t.Fatal(err)
		}
		if len(logs) != 3 || len(logs[0]) != 2 || len(logs[1]) != 3 || len(logs[2]) != 0 || logs[1][2].Name != "nora" {
			t.Errorf("histories: %d logs, lengths %d %d %d", len(logs), len(logs[0]), len(logs[1]), len(logs[2]))
		}
	})
}

func TestEraseAndIdle(t *testing.T) {
	eachRedis(t, func(t *testing.T, h consoleHarness) {
		ctx := t.Context()
		commit(t, h.s, "old", bot.ChannelWhatsApp, "966501234567", bot.KindEmergency, t0)
		commit(t, h.s, "new", bot.ChannelWeb, "", bot.KindFallback, t0.Add(48*time.Hour))
		if err := h.s.Hold(ctx, "old", t0.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if err := h.s.TrackMessage(ctx, "old", "wamid.1", "e1"); err != nil {
			t.Fatal(err)
		}
		if err := h.s.RecordStatus(ctx, "old", "wamid.1", "failed", 131047); err != nil {
			t.Fatal(err)
		}
		if sum, _ := h.s.Summary(ctx, "old"); sum.Failed != 1 {
			t.Errorf("failed deliveries %d, want 1", sum.Failed)
		}

		idle, err := h.s.Idle(ctx, t0.Add(24*time.Hour), 10)
		if err != nil || !slices.Equal(idle, []string{"old"}) {
			t.Fatalf("Idle: %v (%v), want [old]", idle, err)
		}
		// Idle is strictly before: a conversation active at the cutoff stays.
		if idle, _ := h.s.Idle(ctx, t0, 10); len(idle) != 0 {
			t.Errorf("Idle at exactly its last activity: %v", idle)
		}

		ok, err := h.s.Erase(ctx, "old")
		if err != nil || !ok {
			t.Fatalf("Erase: %v %v", ok, err)
		}
		if ok, err := h.s.Erase(ctx, "old"); ok || err != nil {
			t.Errorf("second Erase: %v %v, want false", ok, err)
		}
		keys, err := h.c.Keys(ctx, "*").Result()
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range keys {
			if strings.Contains(k, "{old}") {
				t.Errorf("key %s left", k)
			}
			if typ := h.c.Type(ctx, k).Val(); typ == "zset" {
				if err := h.c.ZScore(ctx, k, "old").Err(); err == nil {
					t.Errorf("index %s still has it", k)
				}
			}
		}
		if logs, _ := h.s.History(ctx, "new"); len(logs) != 2 {
			t.Errorf("erasing one conversation touched another: %d entries", len(logs))
		}
		if idle, _ := h.s.Idle(ctx, t0.Add(24*time.Hour), 10); len(idle) != 0 {
			t.Errorf("Idle after erase: %v", idle)
		}
	})
}

func TestStaffSessionsAndThrottle(t *testing.T) {
	eachRedis(t, func(t *testing.T, h consoleHarness) {
		ctx := t.Context()
		for _, k := range []string{"k1", "k2"} {
			if err := h.s.NewStaffSession(ctx, k, "nora", time.Hour); err != nil {
				t.Fatal(err)
			}
		}
		h.s.NewStaffSession(ctx, "k3", "omar", time.Hour)
		if name, err := h.s.StaffSession(ctx, "k1"); name != "nora" || err != nil {
			t.Errorf("session k1: %q %v", name, err)
		}
		if _, err := h.s.StaffSession(ctx, "nope"); !errors.Is(err, bot.ErrNotFound) {
			t.Errorf("unknown session: %v", err)
		}
		h.s.EndStaffSession(ctx, "k1")
		if _, err := h.s.StaffSession(ctx, "k1"); !errors.Is(err, bot.ErrNotFound) {
			t.Errorf("ended session: %v", err)
		}
		if err := h.s.EndStaffSessionsOf(ctx, "nora"); err != nil {
			t.Fatal(err)
		}
		if _, err := h.s.StaffSession(ctx, "k2"); !errors.Is(err, bot.ErrNotFound) {
			t.Errorf("nora's other session outlived EndStaffSessionsOf: %v", err)
		}
		if name, _ := h.s.StaffSession(ctx, "k3"); name != "omar" {
			t.Errorf("omar's session ended with nora's")
		}

		window := 2 * time.Second
		pair, addr := redisstore.LoginLimit{Key: "name:x", Max: 3}, redisstore.LoginLimit{Key: "addr:y", Max: 5}
		for i := range 4 {
			ok, err := h.s.ReserveLogin(ctx, window, pair, addr)
			if err != nil || ok != (i < 3) {
				t.Fatalf("attempt %d: %v %v, want %v", i+1, ok, err, i < 3)
			}
		}
		// A refused attempt counts nothing, not even under the limits it did not reach.
		if ok, _ := h.s.ReserveLogin(ctx, window, addr); !ok {
			t.Fatal("the address's own attempt was refused below its limit")
		}
		n, err := h.s.LoginFailures(ctx, "name:x", "addr:y", "addr:z")
		if err != nil || !slices.Equal(n, []int64{3, 4, 0}) {
			t.Errorf("attempts %v (%v), want [3 4 0]", n, err)
		}
		h.s.ReleaseLogin(ctx, "addr:y", "addr:z")
		h.s.ClearLoginFailures(ctx, "name:x")
		if n, _ := h.s.LoginFailures(ctx, "name:x", "addr:y", "addr:z"); !slices.Equal(n, []int64{0, 3, 0}) {
			t.Errorf("after clearing the name and releasing one: %v, want [0 3 0] (no counter below zero)", n)
		}
		// The window is fixed from the first attempt: it passes and the count is gone.
		h.advance(window + 200*time.Millisecond)
		if n, _ := h.s.LoginFailures(ctx, "addr:y"); n[0] != 0 {
			t.Errorf("attempts after the window: %v", n)
		}
	})
}

// Attempts racing each other cannot pass a limit: the check and the count are one step.
func TestReserveLoginUnderRace(t *testing.T) {
	eachRedis(t, func(t *testing.T, h consoleHarness) {
		ctx := t.Context()
		var wg sync.WaitGroup
		var passed atomic.Int64
		for range 100 {
			wg.Go(func() {
				ok, err := h.s.ReserveLogin(ctx, time.Minute, redisstore.LoginLimit{Key: "name:race", Max: 5}, redisstore.LoginLimit{Key: "addr:race", Max: 20})
				if err != nil {
					t.Error(err)
				}
				if ok {
					passed.Add(1)
				}
			})
		}
		wg.Wait()
		if passed.Load() != 5 {
			t.Errorf("%d of 100 racing attempts passed a limit of 5", passed.Load())
		}
	})
}

func TestAuditTrail(t *testing.T) {
	eachRedis(t, func(t *testing.T, h consoleHarness) {
		ctx := t.Context()
		for i := range 7 {
			if err := h.s.Audit(ctx, redisstore.AuditRecord{At: t0.Add(time.Duration(i) * time.Second), Who: "nora", Action: "review", Conv: "c", Detail: string(rune('a' + i))}); err != nil {
				t.Fatal(err)
			}
		}
		if err := h.s.Audit(ctx, redisstore.AuditRecord{Who: "nora"}); err == nil {
			t.Error("a record without an action")
		}
		var details []string
		cursor := ""
		for {
			page, next, err := h.s.AuditLog(ctx, cursor, 3)
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range page {
				details = append(details, a.Detail)
			}
			if next == "" {
				break
			}
			cursor = next
		}
		if strings.Join(details, "") != "gfedcba" {
			t.Errorf("audit pages %v, want newest first, each once", details)
		}
		// AuditOnce folds repeats within the window.
		for range 3 {
			if err := h.s.AuditOnce(ctx, redisstore.AuditRecord{At: t0, Who: "omar", Action: "open", Conv: "c"}, time.Second); err != nil {
				t.Fatal(err)
			}
		}
		h.advance(1200 * time.Millisecond)
		h.s.AuditOnce(ctx, redisstore.AuditRecord{At: t0, Who: "omar", Action: "open", Conv: "c"}, time.Second)
		h.s.AuditOnce(ctx, redisstore.AuditRecord{At: t0, Who: "nora", Action: "open", Conv: "c"}, time.Second)
		page, _, _ := h.s.AuditLog(ctx, "", 100)
		opens := map[string]int{}
		for _, a := range page {
			if a.Action == "open" {
				opens[a.Who]++
			}
		}
		if opens["omar"] != 2 || opens["nora"] != 1 {
			t.Errorf("opens %v, want omar 2 (one per window), nora 1", opens)
		}
		if _, _, err := h.s.AuditLog(ctx, "not-an-id", 3); !errors.Is(err, redisstore.ErrBadCursor) {
			t.Errorf("bad cursor: %v", err)
		}
	})
}

// PurgeAuditNotes deletes review records carrying a note, over more than one page, once.
func TestPurgeAuditNotes(t *testing.T) {
	eachRedis(t, func(t *testing.T, h consoleHarness) {
		ctx := t.Context()
		for i := range 1500 {
			a := redisstore.AuditRecord{At: t0, Who: "nora", Action: "open", Conv: "c"}
			if i%500 == 7 {
				a.Action, a.Detail = "review", "a note"
			}
			if i == 10 {
				a.Action = "review" // a review without a note stays
			}
			if err := h.s.Audit(ctx, a); err != nil {
				t.Fatal(err)
			}
		}
		if n, err := h.s.PurgeAuditNotes(ctx); n != 3 || err != nil {
			t.Fatalf("purged %d (%v), want 3", n, err)
		}
		list, _, _ := h.s.AuditLog(ctx, "", 2000)
		reviews := 0
		for _, a := range list {
			if a.Detail != "" {
				t.Errorf("record %s keeps detail %q", a.ID, a.Detail)
			}
			if a.Action == "review" {
				reviews++
			}
		}
		if len(list) != 1497 || reviews != 1 {
			t.Errorf("%d records, %d reviews left; want 1497 and the one without a note", len(list), reviews)
		}
		h.s.Audit(ctx, redisstore.AuditRecord{At: t0, Who: "nora", Action: "review", Conv: "c", Detail: "later"})
		if n, _ := h.s.PurgeAuditNotes(ctx); n != 0 {
			t.Errorf("second purge deleted %d: it runs once", n)
		}
	})
}
