// Package storetest is the contract every bot.Store implementation passes: one suite, run against
// the in-memory store, Redis in process (miniredis) and a real redis-server, so they behave alike.
//
//	func TestContract(t *testing.T) {
//		storetest.Run(t, func(t *testing.T, cfg storetest.Config) storetest.Harness {
//			s := memstore.NewWithOptions(memstore.Options{SessionTTL: cfg.SessionTTL, AnswerTTL: cfg.AnswerTTL,
//				MaxEntries: cfg.MaxEntries, MaxBytes: cfg.MaxBytes})
//			…
//		})
//	}
package storetest

import (
	"context"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
)

// Store is what the suite tests: a bot.Store plus staff holds and delivery claims.
type Store interface {
	bot.Store
	Hold(ctx context.Context, conv string, until time.Time) error
	Claim(ctx context.Context, key string, ttl time.Duration) (bool, error)
}

// Config is what a subtest asks of the store it gets; zero values mean the store's defaults.
type Config struct {
	SessionTTL time.Duration
	AnswerTTL  time.Duration
	// MaxEntries and MaxBytes cap one conversation's log (entries; bytes of entry JSON).
	MaxEntries int
	MaxBytes   int64
}

// Harness is one fresh, empty store and the means to drive its clock.
type Harness struct {
	Store Store
	// Advance moves the store's clock forward by d, so expiries can be tested: a fake clock, miniredis's
	// FastForward, or a sleep for a real server.
	Advance func(d time.Duration)
}

// Factory returns a fresh, empty store configured by cfg. Subtests run in parallel, each with its
// own factory call: stores sharing a server must not share keys (use a per-test key prefix).
type Factory func(t *testing.T, cfg Config) Harness

// t0 is a fixed time for sessions and entries, with nanoseconds to catch lost precision.
var t0 = time.Date(2026, 3, 1, 9, 30, 0, 123456789, time.UTC)

// Run runs the contract suite.
func Run(t *testing.T, newHarness Factory) {
	tests := []struct {
		name string
		cfg  Config
		run  func(t *testing.T, h Harness)
	}{
		{"SessionRoundTrip", Config{}, testSessionRoundTrip},
		{"UnknownConversation", Config{}, testUnknown},
		{"EmptyConversationID", Config{}, testEmptyConv},
		{"SessionIdleExpiry", Config{SessionTTL: 2 * time.Second}, testSessionExpiry},
		{"DuplicateMessage", Config{}, testDuplicate},
		{"AnswerExpiry", Config{AnswerTTL: time.Second}, testAnswerExpiry},
		{"EveryKeptMessageRemembered", Config{}, testEveryMessageRemembered},
		{"LogCapTrimsOldest", Config{MaxEntries: 6}, testLogCap},
		{"LogByteCapTrimsOldest", Config{MaxBytes: 3000}, testLogByteCap},
		{"EntriesRoundTripInOrder", Config{}, testEntries},
		{"ConversationsIndependent", Config{}, testIndependent},
		{"RetriedCommitAppliedOnce", Config{}, testRetriedCommit},
		{"MessageAnsweredOnce", Config{}, testAnsweredOnce},
		{"BadInputRefusedWhole", Config{}, testBadInput},
		{"Hold", Config{SessionTTL: time.Second}, testHold},
		{"Claim", Config{}, testClaim},
		{"CountDay", Config{}, testCountDay},
		{"ConcurrentCommits", Config{}, testConcurrent},
		{"ContextCancelled", Config{}, testCancelled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tc.run(t, newHarness(t, tc.cfg))
		})
	}
}

func session(conv string) bot.Session {
	return bot.Session{ConversationID: conv, SecretHash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
		Channel: bot.ChannelWhatsApp, Patient: "966500000001", State: bot.State{Topic: "aftercare#exercise", Lang: "ar"},
		Created: t0, LastSeen: t0.Add(time.Minute)}
}

func patient(id, msgID, text string, at time.Time) bot.Entry {
	return bot.Entry{ID: id, From: bot.FromPatient, Text: text, At: at, MsgID: msgID}
}

func answer(id, msgID, text string, at time.Time) bot.Entry {
	r := bot.Reply{Kind: bot.KindAnswer, Text: text,
		Sources:     []bot.Source{{Doc: "botulinum-treatment", Title: "بعد الحقن", Section: "التمارين", Score: 12.3}},
		Suggestions: []string{"متى يظهر المفعول؟", "Can I exercise? 🏃"}, Confidence: 0.82}
	return bot.Entry{ID: id, From: bot.FromBot, Text: text, At: at, Reply: &r, MsgID: msgID, Status: "sent"}
}

func mustCommit(t *testing.T, s bot.Store, sess bot.Session, msgID string, entries ...bot.Entry) {
	t.Helper()
	if err := s.Commit(t.Context(), sess, msgID, entries...); err != nil {
		t.Fatalf("Commit: %v", err)
	}
}

func mustBegin(t *testing.T, s bot.Store, conv, msgID string) bot.Turn {
	t.Helper()
	turn, err := s.Begin(t.Context(), conv, msgID)
	if err != nil {
		t.Fatalf("Begin(%q): %v", msgID, err)
	}
	return turn
}

func mustHistory(t *testing.T, s bot.Store, conv string) []bot.Entry {
	t.Helper()
	h, err := s.History(t.Context(), conv)
	if err != nil {
		t.Fatalf("History: %v", err)
	}
	return h
}

// utc makes times comparable with reflect.DeepEqual whatever zone a store decodes them in.
func utcSession(s bot.Session) bot.Session {
	s.Created, s.LastSeen = s.Created.UTC(), s.LastSeen.UTC()
	return s
}

func utcEntries(es []bot.Entry) []bot.Entry {
	out := make([]bot.Entry, len(es))
	for i, e := range es {
		e.At = e.At.UTC()
		out[i] = e
	}
	return out
}

func sameEntries(t *testing.T, what string, got, want []bot.Entry) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d entries, want %d:\ngot  %+v\nwant %+v", what, len(got), len(want), got, want)
	}
	got, want = utcEntries(got), utcEntries(want)
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("%s: entry %d:\ngot  %+v (reply %+v)\nwant %+v (reply %+v)", what, i, got[i], got[i].Reply, want[i], want[i].Reply)
		}
	}
}

func testSessionRoundTrip(t *testing.T, h Harness) {
	s := h.Store
	sess := session("conv-a")
	mustCommit(t, s, sess, "")
	turn := mustBegin(t, s, "conv-a", "")
	if got := utcSession(turn.Session); !reflect.DeepEqual(got, sess) {
		t.Errorf("Begin session = %+v, want %+v", got, sess)
	}
	if turn.Prior != nil || !turn.HeldUntil.IsZero() {
		t.Errorf("Begin of a fresh session: Prior %v, HeldUntil %v; want none", turn.Prior, turn.HeldUntil)
	}
	if h := mustHistory(t, s, "conv-a"); len(h) != 0 {
		t.Errorf("a session-only commit logged %d entries", len(h))
	}

	// A later commit replaces the session: the stored state is the latest.
	sess.State = bot.State{Topic: "prices#consultation", Lang: "en"}
	sess.LastSeen = t0.Add(5 * time.Minute)
	mustCommit(t, s, sess, "", patient("p1", "m1", "how much?", sess.LastSeen))
	if got := utcSession(mustBegin(t, s, "conv-a", "").Session); !reflect.DeepEqual(got, sess) {
		t.Errorf("after a second commit Begin session = %+v, want %+v", got, sess)
	}
}

func testUnknown(t *testing.T, h Harness) {
	turn, err := h.Store.Begin(t.Context(), "no-such-conv", "m1")
	if !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("Begin of an unknown conversation: err %v, want ErrNotFound", err)
	}
	if turn.Prior != nil {
		t.Errorf("Begin of an unknown conversation returned a prior answer")
	}
	hist, err := h.Store.History(t.Context(), "no-such-conv")
	if err != nil || len(hist) != 0 {
		t.Errorf("History of an unknown conversation = %v, %v; want empty, nil", hist, err)
	}
}

func testEmptyConv(t *testing.T, h Harness) {
	ctx := t.Context()
	if err := h.Store.Commit(ctx, bot.Session{}, "", patient("p1", "", "hi", t0)); !errors.Is(err, bot.ErrInvalid) {
		t.Errorf("Commit of a session without a conversation id: %v, want ErrInvalid", err)
	}
	if _, err := h.Store.Begin(ctx, "", ""); !errors.Is(err, bot.ErrInvalid) {
		t.Errorf("Begin(\"\") = %v, want ErrInvalid", err)
	}
	if _, err := h.Store.History(ctx, ""); !errors.Is(err, bot.ErrInvalid) {
		t.Errorf("History(\"\") = %v, want ErrInvalid", err)
	}
}

func testSessionExpiry(t *testing.T, h Harness) { // SessionTTL 2s
	s := h.Store
	sess := session("conv-exp")
	mustCommit(t, s, sess, "m1", patient("p1", "m1", "مرحبا", t0), answer("b1", "m1", "أهلاً", t0))
	mustBegin(t, s, "conv-exp", "")
	h.Advance(1200 * time.Millisecond)
	mustCommit(t, s, sess, "") // a commit restarts the idle time
	h.Advance(1200 * time.Millisecond)
	mustBegin(t, s, "conv-exp", "") // 2.4s after the first commit, 1.2s after the last
	h.Advance(time.Second)
	if _, err := s.Begin(t.Context(), "conv-exp", ""); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("Begin after the idle time: err %v, want ErrNotFound", err)
	}
	// The log stays for staff when the session goes.
	if got := mustHistory(t, s, "conv-exp"); len(got) != 2 {
		t.Errorf("History after the session expired has %d entries, want 2", len(got))
	}
	// The conversation can go on: a commit makes a live session again.
	mustCommit(t, s, sess, "")
	mustBegin(t, s, "conv-exp", "")
}

func testDuplicate(t *testing.T, h Harness) {
	s := h.Store
	sess := session("conv-dup")
	p, b := patient("p1", "m1", "هل العلاج آمن؟", t0), answer("b1", "m1", "نعم، عند طبيب مختص.", t0.Add(time.Millisecond))
	mustCommit(t, s, sess, "m1", p, b)

	turn := mustBegin(t, s, "conv-dup", "m1")
	if turn.Prior == nil {
		t.Fatal("Begin of an answered message id: no Prior")
	}
	sameEntries(t, "Prior", []bot.Entry{*turn.Prior}, []bot.Entry{b})
	if turn := mustBegin(t, s, "conv-dup", "m2"); turn.Prior != nil {
		t.Errorf("Begin of a new message id returned Prior %+v", turn.Prior)
	}
	if turn := mustBegin(t, s, "conv-dup", ""); turn.Prior != nil {
		t.Errorf("Begin without a message id returned Prior %+v", turn.Prior)
	}
	// Begin only reads: asking again logged nothing.
	sameEntries(t, "History", mustHistory(t, s, "conv-dup"), []bot.Entry{p, b})

	// The answer remembered is the commit's last entry.
	b2, b3 := answer("b2", "m2", "first", t0), answer("b3", "m2", "second", t0)
	mustCommit(t, s, sess, "m2", patient("p2", "m2", "q", t0), b2, b3)
	sameEntries(t, "Prior of m2", []bot.Entry{*mustBegin(t, s, "conv-dup", "m2").Prior}, []bot.Entry{b3})

	// A message logged without a bot entry (staff hold) is remembered too, so a resend is known:
	// Prior is the patient's own entry.
	p3 := patient("p3", "m3", "q", t0)
	mustCommit(t, s, sess, "m3", p3)
	if turn := mustBegin(t, s, "conv-dup", "m3"); turn.Prior == nil {
		t.Error("message logged while held: no Prior, a resend would be logged twice")
	} else {
		sameEntries(t, "Prior of m3", []bot.Entry{*turn.Prior}, []bot.Entry{p3})
	}
	// Nor one committed without a message id.
	mustCommit(t, s, sess, "", patient("p4", "m4", "q", t0), answer("b4", "m4", "a", t0))
	if turn := mustBegin(t, s, "conv-dup", "m4"); turn.Prior != nil {
		t.Errorf("bot entry committed without message id became Prior %+v", turn.Prior)
	}
}

func testAnswerExpiry(t *testing.T, h Harness) { // AnswerTTL 1s
	s := h.Store
	sess := session("conv-ans")
	mustCommit(t, s, sess, "m1", patient("p1", "m1", "q", t0), answer("b1", "m1", "a", t0))
	if mustBegin(t, s, "conv-ans", "m1").Prior == nil {
		t.Fatal("no Prior right after the answer")
	}
	h.Advance(1200 * time.Millisecond)
	mustCommit(t, s, sess, "") // keep the session alive; only the answer should be forgotten
	if turn := mustBegin(t, s, "conv-ans", "m1"); turn.Prior != nil {
		t.Errorf("Prior still remembered after AnswerTTL: %+v", turn.Prior)
	}
}

// Any message of the kept log resent, however long ago and however many came since, gets its first
// answer and is logged once (not only the last few).
func testEveryMessageRemembered(t *testing.T, h Harness) {
	s := h.Store
	sess := session("conv-all")
	var first bot.Entry
	for i := range 40 {
		id := fmt.Sprint("m", i)
		b := answer(fmt.Sprint("b", i), id, fmt.Sprint("a", i), t0)
		mustCommit(t, s, sess, id, patient(fmt.Sprint("p", i), id, "q", t0), b)
		if i == 0 {
			first = b
		}
	}
	turn := mustBegin(t, s, "conv-all", "m0")
	if turn.Prior == nil {
		t.Fatal("the first of 40 messages is forgotten: a resend would be answered and logged again")
	}
	sameEntries(t, "Prior of m0", []bot.Entry{*turn.Prior}, []bot.Entry{first})
	// Committing it again changes nothing.
	mustCommit(t, s, sess, "m0", patient("p0-again", "m0", "q", t0), answer("b0-again", "m0", "other", t0))
	if got := len(mustHistory(t, s, "conv-all")); got != 80 {
		t.Errorf("history has %d entries after resending m0, want 80", got)
	}
}

// Past MaxEntries (6) the oldest entries go, and with them the answers to their messages: the log
// and what is remembered stay bounded.
func testLogCap(t *testing.T, h Harness) {
	s := h.Store
	sess := session("conv-cap")
	var all []bot.Entry
	for i := range 5 {
		id := fmt.Sprint("m", i)
		p, b := patient(fmt.Sprint("p", i), id, "q", t0), answer(fmt.Sprint("b", i), id, "a", t0)
		mustCommit(t, s, sess, id, p, b)
		all = append(all, p, b)
	}
	h.Advance(0) // a write-behind buffer shows writes that wait untrimmed: let them land
	sameEntries(t, "History", mustHistory(t, s, "conv-cap"), all[len(all)-6:])
	if turn := mustBegin(t, s, "conv-cap", "m0"); turn.Prior != nil {
		t.Errorf("the answer of a trimmed message is still remembered: %+v", turn.Prior)
	}
	if turn := mustBegin(t, s, "conv-cap", "m2"); turn.Prior == nil {
		t.Error("the answer of a kept message is forgotten")
	}
	// A commit bigger than the cap keeps all its own entries.
	var big []bot.Entry
	for i := range 8 {
		big = append(big, patient(fmt.Sprint("x", i), "", "q", t0))
	}
	mustCommit(t, s, sess, "", big...)
	h.Advance(0)
	sameEntries(t, "History after a big commit", mustHistory(t, s, "conv-cap"), big)
}

// Past MaxBytes (3000) the oldest entries go too.
func testLogByteCap(t *testing.T, h Harness) {
	s := h.Store
	sess := session("conv-bytes")
	text := strings.Repeat("ب", 500) // 1000 bytes of UTF-8, a little more as JSON
	var all []bot.Entry
	for i := range 6 {
		e := patient(fmt.Sprint("p", i), "", text, t0)
		mustCommit(t, s, sess, "", e)
		all = append(all, e)
	}
	h.Advance(0)
	sameEntries(t, "History", mustHistory(t, s, "conv-bytes"), all[4:])
}

func testEntries(t *testing.T, h Harness) {
	s := h.Store
	sess := session("conv-log")
	local := time.FixedZone("AST", 3*3600)
	want := []bot.Entry{
		patient("p1", "wamid.HBgM1", "السلام عليكم، كم يدوم مفعول العلاج؟ 😊", t0),
		answer("b1", "wamid.HBgM1", "يدوم عادة من ٣ إلى ٤ أشهر.\n- يختلف من شخص لآخر", t0.Add(time.Millisecond)),
		{ID: "s1", From: bot.FromStaff, Text: "Dr. Sara here 👩‍⚕️ — سأتابع معك", At: t0.Add(time.Minute).In(local), Name: "Sara", Status: "delivered"},
		patient("p2", "", "line1\nline2\t\"quoted\" <b>not html</b> \\ \u200f", t0.Add(2*time.Minute)),
	}
	fallback := bot.Reply{Kind: bot.KindFallback, Text: "لا أعرف", Sources: []bot.Source{}, Suggestions: []string{}, Confidence: 0}
	want = append(want, bot.Entry{ID: "b2", From: bot.FromBot, Text: fallback.Text, At: t0.Add(2 * time.Minute), Reply: &fallback})

	mustCommit(t, s, sess, "wamid.HBgM1", want[0], want[1])
	mustCommit(t, s, sess, "", want[2])
	mustCommit(t, s, sess, "", want[3:]...)
	got := mustHistory(t, s, "conv-log")
	sameEntries(t, "History", got, want)
	if got[4].Reply.Sources == nil || got[4].Reply.Suggestions == nil {
		t.Error("empty sources or suggestions came back nil: they must encode as []")
	}
	// What the store returned is a copy: changing it changes nothing stored.
	got[1].Reply.Text = "changed"
	sameEntries(t, "History again", mustHistory(t, s, "conv-log"), want)
}

func testIndependent(t *testing.T, h Harness) {
	s := h.Store
	a, b := session("conv-1"), session("conv-2")
	b.Channel, b.Patient = bot.ChannelWeb, ""
	mustCommit(t, s, a, "m1", patient("a1", "m1", "a?", t0), answer("a2", "m1", "a!", t0))
	mustCommit(t, s, b, "m9", patient("b1", "m9", "b?", t0))
	if turn := mustBegin(t, s, "conv-2", "m1"); turn.Prior != nil {
		t.Error("conversation 2 sees conversation 1's answer")
	}
	if got := mustHistory(t, s, "conv-1"); len(got) != 2 || got[0].ID != "a1" {
		t.Errorf("conversation 1 history = %+v", got)
	}
	if got := mustHistory(t, s, "conv-2"); len(got) != 1 || got[0].ID != "b1" {
		t.Errorf("conversation 2 history = %+v", got)
	}
	if got := utcSession(mustBegin(t, s, "conv-2", "").Session); !reflect.DeepEqual(got, b) {
		t.Errorf("conversation 2 session = %+v, want %+v", got, b)
	}
}

// A commit whose reply was lost may be sent again (the write buffer does): it must not log twice.
func testRetriedCommit(t *testing.T, h Harness) {
	s := h.Store
	sess := session("conv-retry")
	p, b := patient("p1", "m1", "q", t0), answer("b1", "m1", "a", t0)
	mustCommit(t, s, sess, "m1", p, b)
	mustCommit(t, s, sess, "m1", p, b)
	p2 := patient("p2", "m2", "q2", t0)
	mustCommit(t, s, sess, "", p2)
	mustCommit(t, s, sess, "m1", p, b) // late retry, after a newer commit
	sameEntries(t, "History", mustHistory(t, s, "conv-retry"), []bot.Entry{p, b, p2})
}

// One message answered twice (resent to another connection before the first answer was written):
// the first commit stands, the second changes nothing, so the log has the message once.
func testAnsweredOnce(t *testing.T, h Harness) {
	s := h.Store
	sess := session("conv-once")
	p, b := patient("p1", "m1", "q", t0), answer("b1", "m1", "a", t0)
	mustCommit(t, s, sess, "m1", p, b)
	later := sess
	later.State.Topic = "other#topic"
	mustCommit(t, s, later, "m1", patient("p1b", "m1", "q", t0), answer("b1b", "m1", "a again", t0))
	sameEntries(t, "History", mustHistory(t, s, "conv-once"), []bot.Entry{p, b})
	turn := mustBegin(t, s, "conv-once", "m1")
	if turn.Prior == nil || turn.Prior.ID != "b1" {
		t.Errorf("Prior = %+v, want the first answer b1", turn.Prior)
	}
	if turn.Session.State.Topic != sess.State.Topic {
		t.Errorf("session topic = %q: the refused commit's session was saved", turn.Session.State.Topic)
	}
	// Other messages are unaffected.
	p2, b2 := patient("p2", "m2", "q2", t0), answer("b2", "m2", "a2", t0)
	mustCommit(t, s, sess, "m2", p2, b2)
	sameEntries(t, "History after m2", mustHistory(t, s, "conv-once"), []bot.Entry{p, b, p2, b2})
}

// Input that cannot be stored is refused with an error, and nothing of the commit is kept.
func testBadInput(t *testing.T, h Harness) {
	s := h.Store
	bad := answer("b1", "m1", "a", t0)
	bad.Reply.Confidence = math.NaN()
	if err := s.Commit(t.Context(), session("conv-bad"), "m1", patient("p1", "m1", "q", t0), bad); !errors.Is(err, bot.ErrInvalid) {
		t.Fatalf("Commit of a reply with NaN confidence: %v, want ErrInvalid", err)
	}
	if _, err := s.Begin(t.Context(), "conv-bad", "m1"); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("after a refused commit Begin: %v, want ErrNotFound (no session saved)", err)
	}
	if got := mustHistory(t, s, "conv-bad"); len(got) != 0 {
		t.Errorf("a refused commit logged %d entries", len(got))
	}
}

func testHold(t *testing.T, h Harness) { // SessionTTL 1s
	s, ctx := h.Store, t.Context()
	mustCommit(t, s, session("conv-hold"), "")
	until := t0.Add(10 * time.Minute)
	if err := s.Hold(ctx, "conv-hold", until); err != nil {
		t.Fatalf("Hold: %v", err)
	}
	if got := mustBegin(t, s, "conv-hold", "").HeldUntil; !got.Equal(until) {
		t.Errorf("HeldUntil = %v, want %v", got, until)
	}
	// A hold outlives an idle session: Begin says ErrNotFound and still reports the hold.
	h.Advance(1500 * time.Millisecond)
	turn, err := s.Begin(ctx, "conv-hold", "")
	if !errors.Is(err, bot.ErrNotFound) || !turn.HeldUntil.Equal(until) {
		t.Errorf("Begin after the session expired = HeldUntil %v, %v; want %v, ErrNotFound", turn.HeldUntil, err, until)
	}
	mustCommit(t, s, session("conv-hold"), "")
	if err := s.Hold(ctx, "conv-hold", time.Time{}); err != nil {
		t.Fatalf("release: %v", err)
	}
	if got := mustBegin(t, s, "conv-hold", "").HeldUntil; !got.IsZero() {
		t.Errorf("HeldUntil after release = %v, want zero", got)
	}
	// Holding a conversation that never had a session works too (WhatsApp staff message first).
	if err := s.Hold(ctx, "conv-hold-2", until); err != nil {
		t.Fatalf("Hold of a conversation without session: %v", err)
	}
	if turn, err := s.Begin(ctx, "conv-hold-2", ""); !errors.Is(err, bot.ErrNotFound) || !turn.HeldUntil.Equal(until) {
		t.Errorf("Begin of a held conversation without session = %v, %v", turn.HeldUntil, err)
	}
}

func testClaim(t *testing.T, h Harness) {
	s, ctx := h.Store, t.Context()
	claim := func(key string, want bool) {
		t.Helper()
		got, err := s.Claim(ctx, key, time.Second)
		if err != nil || got != want {
			t.Errorf("Claim(%q) = %v, %v; want %v", key, got, err, want)
		}
	}
	claim("wa:wamid.1", true)
	claim("wa:wamid.1", false)
	claim("wa:wamid.2", true)
	h.Advance(1200 * time.Millisecond)
	claim("wa:wamid.1", true) // the mark expired
	if _, err := s.Claim(ctx, "k", 0); !errors.Is(err, bot.ErrInvalid) {
		t.Errorf("Claim with ttl 0: %v, want ErrInvalid", err)
	}

	// Of many concurrent claims of one key, exactly one wins.
	var wg sync.WaitGroup
	var mu sync.Mutex
	won := 0
	for range 16 {
		wg.Go(func() {
			ok, err := s.Claim(ctx, "wa:race", time.Minute)
			if err != nil {
				t.Error(err)
			}
			if ok {
				mu.Lock()
				won++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if won != 1 {
		t.Errorf("%d of 16 concurrent claims won, want 1", won)
	}
}

func testConcurrent(t *testing.T, h Harness) {
	s := h.Store
	const writers, commits = 8, 25
	sess := session("conv-busy")
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for i := range commits {
				msg := fmt.Sprintf("w%d-%d", w, i)
				err := s.Commit(t.Context(), sess, msg, patient(msg+"-p", msg, msg, t0), answer(msg+"-b", msg, msg, t0))
				if err != nil {
					t.Errorf("Commit %s: %v", msg, err)
					return
				}
			}
		})
	}
	wg.Wait()
	got := mustHistory(t, s, "conv-busy")
	if len(got) != 2*writers*commits {
		t.Fatalf("History has %d entries, want %d", len(got), 2*writers*commits)
	}
	// Every commit's two entries are adjacent (commits are atomic) and each writer's commits in order.
	next := make([]int, writers)
	for i := 0; i < len(got); i += 2 {
		var w, n int
		if _, err := fmt.Sscanf(got[i].ID, "w%d-%d-p", &w, &n); err != nil || w >= writers {
			t.Fatalf("entry %d: unexpected id %q", i, got[i].ID)
		}
		if n != next[w] || got[i+1].ID != fmt.Sprintf("w%d-%d-b", w, n) {
			t.Fatalf("entry %d: %q then %q; want writer %d's commit %d, patient then bot", i, got[i].ID, got[i+1].ID, w, next[w])
		}
		next[w]++
	}
}

func testCancelled(t *testing.T, h Harness) {
	s := h.Store
	mustCommit(t, s, session("conv-ctx"), "")
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	check := func(op string, err error) {
		t.Helper()
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%s with a cancelled context: err %v, want context.Canceled", op, err)
		}
	}
	_, err := s.Begin(ctx, "conv-ctx", "")
	check("Begin", err)
	check("Commit", s.Commit(ctx, session("conv-ctx"), "", patient("p1", "", "lost", t0)))
	_, err = s.History(ctx, "conv-ctx")
	check("History", err)
	check("Hold", s.Hold(ctx, "conv-ctx", t0))
	_, err = s.Claim(ctx, "k", time.Minute)
	check("Claim", err)
	if got := mustHistory(t, s, "conv-ctx"); len(got) != 0 {
		t.Errorf("a commit with a cancelled context logged %d entries", len(got))
	}
	if turn := mustBegin(t, s, "conv-ctx", ""); !turn.HeldUntil.IsZero() {
		t.Error("a hold with a cancelled context was kept")
	}
}

// dayCounter is what a store shared by replicas offers to count a daily share (transport/ws).
type dayCounter interface {
	CountDay(ctx context.Context, key string, day int64) (int64, error)
}

// Each key's count of each day is its own, and every call adds one, concurrent ones included.
func testCountDay(t *testing.T, h Harness) {
	s, ok := h.Store.(dayCounter)
	if !ok {
		t.Skip("the store counts no days")
	}
	ctx := t.Context()
	day := t0.Unix() / 86400
	for want := int64(1); want <= 3; want++ {
		if n, err := s.CountDay(ctx, "ws:a", day); err != nil || n != want {
			t.Fatalf("count %d of a key: %d, %v", want, n, err)
		}
	}
	if n, err := s.CountDay(ctx, "ws:b", day); err != nil || n != 1 {
		t.Errorf("another key: %d, %v; want 1", n, err)
	}
	if n, err := s.CountDay(ctx, "ws:a", day+1); err != nil || n != 1 {
		t.Errorf("the next day: %d, %v; want 1", n, err)
	}
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() {
			if _, err := s.CountDay(ctx, "ws:c", day); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if n, err := s.CountDay(ctx, "ws:c", day); err != nil || n != 21 {
		t.Errorf("after 20 concurrent counts: %d, %v; want 21", n, err)
	}
	if _, err := s.CountDay(ctx, "", day); !errors.Is(err, bot.ErrInvalid) {
		t.Errorf("an empty key: %v, want ErrInvalid", err)
	}
}
