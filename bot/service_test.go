package bot_test

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/memstore"
)

func newService(t *testing.T) (*bot.Service, *memstore.Store) {
	t.Helper()
	st := memstore.New(0)
	return &bot.Service{Engine: mustEngine(t), Store: st}, st
}

func TestServiceAnswersOnceAMessageID(t *testing.T) {
	svc, st := newService(t)
	ctx := t.Context()
	sess, token, err := svc.StartWeb(ctx, "ar")
	if err != nil {
		t.Fatal(err)
	}
	first, err := svc.Handle(ctx, &sess, "m1", "كم يدوم مفعول البوتكس؟")
	if err != nil || first.Entry == nil || first.Duplicate {
		t.Fatalf("first: %+v, %v", first, err)
	}
	again, err := svc.Handle(ctx, &sess, "m1", "كم يدوم مفعول البوتكس؟")
	if err != nil || !again.Duplicate || again.Entry.ID != first.Entry.ID {
		t.Fatalf("resend: %+v, %v; want the first reply again", again, err)
	}
	hist, _ := st.History(ctx, sess.ConversationID)
	if len(hist) != 2 {
		t.Fatalf("history has %d entries, want 2 (patient, bot)", len(hist))
	}
	got, gotHist, err := svc.ResumeWeb(ctx, token)
	if err != nil || got.ConversationID != sess.ConversationID || len(gotHist) != 2 {
		t.Fatalf("ResumeWeb: %v, %d entries, %v", got.ConversationID, len(gotHist), err)
	}
}

func TestServiceResumeRejectsForgedTokens(t *testing.T) {
	svc, _ := newService(t)
	ctx := t.Context()
	sess, token, _ := svc.StartWeb(ctx, "ar")
	forged := sess.ConversationID + "." + bot.NewID() // right conversation, wrong secret
	for _, tok := range []string{"", "x", forged, token + "x", sess.ConversationID} {
		if _, _, err := svc.ResumeWeb(ctx, tok); !errors.Is(err, bot.ErrNotFound) {
			t.Errorf("ResumeWeb(%q) err = %v, want ErrNotFound", tok, err)
		}
	}
}

// While staff hold a conversation the bot does not answer; the patient is told once that a person
// has the message (not on every message), and a resend gets that acknowledgement again.
func TestServiceAcknowledgesOnceWhileStaffHold(t *testing.T) {
	svc, st := newService(t)
	ctx := t.Context()
	sess, _, _ := svc.StartWeb(ctx, "ar")
	if err := st.Hold(ctx, sess.ConversationID, time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	first, err := svc.Handle(ctx, &sess, "m1", "ابي اكلم موظف")
	if err != nil || first.Entry == nil || !first.Entry.Reply.Held || first.Entry.Reply.Kind != bot.KindHandoff ||
		first.Entry.Text != "وصلت رسالتك إلى فريق العيادة، وسيرد عليك أحد الموظفين هنا قريباً." {
		t.Fatalf("first held message: %+v, %v; want the Arabic acknowledgement", first, err)
	}
	again, err := svc.Handle(ctx, &sess, "m1", "ابي اكلم موظف") // the widget resends after a reconnect
	if err != nil || !again.Duplicate || again.Entry == nil || again.Entry.ID != first.Entry.ID {
		t.Fatalf("resend: %+v, %v; want the acknowledgement again", again, err)
	}
	for i, text := range []string{"متى يردون؟", "hello?"} {
		out, err := svc.Handle(ctx, &sess, fmt.Sprintf("n%d", i), text)
		if err != nil || out.Entry != nil {
			t.Fatalf("held message %d: %+v, %v; want no second acknowledgement", i, out, err)
		}
	}
	hist, _ := st.History(ctx, sess.ConversationID)
	if len(hist) != 4 || hist[1].From != bot.FromBot || hist[2].From != bot.FromPatient || hist[3].From != bot.FromPatient {
		t.Fatalf("history = %+v, want patient, acknowledgement, patient, patient", hist)
	}
	st.Hold(ctx, sess.ConversationID, time.Time{})
	out, err := svc.Handle(ctx, &sess, "m2", "شكرا")
	if err != nil || out.Entry == nil || out.Entry.Reply.Kind != bot.KindSmalltalk {
		t.Fatalf("after release: %+v, %v", out, err)
	}
	// A later hold is acknowledged anew, in the patient's language.
	st.Hold(ctx, sess.ConversationID, time.Now().Add(time.Hour))
	out, err = svc.Handle(ctx, &sess, "m3", "are you there?")
	if err != nil || out.Entry == nil || !out.Entry.Reply.Held || out.Entry.Text != "A member of the clinic's staff has your message and will reply here soon." {
		t.Fatalf("second hold: %+v, %v; want the English acknowledgement", out, err)
	}
}

// A red flag gets the emergency guidance even while staff hold the conversation, on both paths,
// and OnEmergency hears of it before the store is written.
func TestServiceRedFlagWhileHeld(t *testing.T) {
	const redFlag = "فجأة صار عندي ضيق تنفس وما اقدر ابلع"
	svc, st := newService(t)
	var alerted []string
	svc.OnEmergency = func(s bot.Session) { alerted = append(alerted, s.ConversationID) }
	ctx := t.Context()
	sess, _, _ := svc.StartWeb(ctx, "ar")
	st.Hold(ctx, sess.ConversationID, time.Now().Add(time.Hour))
	for i := range 2 { // every red flag, not only the first: the acknowledgement's once does not apply
		out, err := svc.Handle(ctx, &sess, fmt.Sprintf("r%d", i), redFlag)
		if err != nil || out.Entry == nil || out.Entry.Reply.Kind != bot.KindEmergency || out.Entry.Text != bot.DefaultEmergencyText {
			t.Fatalf("Handle, red flag %d while held: %+v, %v; want the emergency guidance", i, out, err)
		}
	}
	l, _, _ := svc.StartLive(ctx, "ar")
	st.Hold(ctx, l.Session.ConversationID, time.Now().Add(time.Hour))
	l.HoldChanged()
	out, err := svc.HandleLive(ctx, l, "r", redFlag)
	if err != nil || out.Entry == nil || out.Entry.Reply.Kind != bot.KindEmergency {
		t.Fatalf("HandleLive, red flag while held: %+v, %v; want the emergency guidance", out, err)
	}
	if want := []string{sess.ConversationID, sess.ConversationID, l.Session.ConversationID}; fmt.Sprint(alerted) != fmt.Sprint(want) {
		t.Errorf("OnEmergency heard of %v, want %v", alerted, want)
	}
	hist, _ := st.History(ctx, sess.ConversationID)
	if len(hist) != 4 || hist[1].Reply == nil || hist[1].Reply.Kind != bot.KindEmergency {
		t.Errorf("history = %+v, want both red flags logged with their guidance", hist)
	}
}

// Released, the bot answers what the patient asked since the last staff message and staff left
// unanswered: not what staff answered, not the red flag already answered.
func TestServiceAnswerPending(t *testing.T) {
	svc, st := newService(t)
	ctx := t.Context()
	sess, _, _ := svc.StartWeb(ctx, "ar")
	conv := sess.ConversationID
	st.Hold(ctx, conv, time.Now().Add(time.Hour))
	svc.Handle(ctx, &sess, "a", "ابي اكلم موظف") // acknowledged
	st.Commit(ctx, sess, "", bot.Entry{ID: bot.NewID(), From: bot.FromStaff, Text: "أهلاً، كيف أخدمك؟", At: time.Now()})
	svc.Handle(ctx, &sess, "b", "كم يدوم مفعول البوتكس؟") // logged, not acknowledged again
	svc.Handle(ctx, &sess, "c", "فجأة صار عندي ضيق تنفس وما اقدر ابلع")
	svc.Handle(ctx, &sess, "d", "شكرا")
	if got, err := svc.AnswerPending(ctx, bot.Session{ConversationID: conv}); err != nil || len(got) != 0 {
		t.Fatalf("AnswerPending while held: %+v, %v; want nothing", got, err)
	}
	st.Hold(ctx, conv, time.Time{})
	got, err := svc.AnswerPending(ctx, bot.Session{ConversationID: conv})
	if err != nil || len(got) != 2 {
		t.Fatalf("AnswerPending: %+v, %v; want answers to b and d", got, err)
	}
	if got[0].MsgID != "b" || got[0].Reply.Kind != bot.KindAnswer || got[1].MsgID != "d" || got[1].Reply.Kind != bot.KindSmalltalk {
		t.Errorf("answers = %+v / %+v; want b answered from the knowledge base, d in kind", got[0], got[1])
	}
	again, err := svc.AnswerPending(ctx, bot.Session{ConversationID: conv})
	if err != nil || len(again) != 0 {
		t.Errorf("second AnswerPending: %+v, %v; want nothing left", again, err)
	}
}

// counting is a memstore that counts the Begin calls reaching it.
type counting struct {
	*memstore.Store
	begins atomic.Int64
}

func (c *counting) Begin(ctx context.Context, conv, msgID string) (bot.Turn, error) {
	c.begins.Add(1)
	return c.Store.Begin(ctx, conv, msgID)
}

// A Live conversation answers from the session it holds: no store read per message, yet a resent
// message gets its first answer and a hold is obeyed once the connection is told of it.
func TestServiceLive(t *testing.T) {
	st := &counting{Store: memstore.New(0)}
	svc := &bot.Service{Engine: echo{}, Store: st}
	ctx := t.Context()
	l, token, err := svc.StartLive(ctx, "ar")
	if err != nil {
		t.Fatal(err)
	}
	conv := l.Session.ConversationID
	for i := range 5 {
		out, err := svc.HandleLive(ctx, l, fmt.Sprintf("m%d", i), fmt.Sprintf("q%d", i))
		if err != nil || out.Entry == nil || out.Duplicate {
			t.Fatalf("m%d: %+v, %v", i, out, err)
		}
	}
	if n := st.begins.Load(); n != 0 {
		t.Errorf("five new messages read the store %d times, want 0", n)
	}
	again, err := svc.HandleLive(ctx, l, "m3", "q3")
	if err != nil || !again.Duplicate || again.Entry.Text != "re: q3" {
		t.Errorf("resent m3: %+v, %v; want its first answer", again, err)
	}

	// A new connection (the widget reconnected) knows the answered ids from the history.
	l2, hist, err := svc.ResumeLive(ctx, token)
	if err != nil || len(hist) != 10 {
		t.Fatalf("ResumeLive: %d entries, %v", len(hist), err)
	}
	if out, err := svc.HandleLive(ctx, l2, "m4", "q4"); err != nil || !out.Duplicate || out.Entry.Text != "re: q4" {
		t.Errorf("m4 resent on a new connection: %+v, %v; want its first answer", out, err)
	}

	// Staff take over: the connection hears of it (the hub calls HoldChanged) and stays silent.
	st.Hold(ctx, conv, time.Now().Add(time.Hour))
	l.HoldChanged()
	if out, err := svc.HandleLive(ctx, l, "h1", "held?"); err != nil || out.Entry == nil || !out.Entry.Reply.Held {
		t.Fatalf("held: %+v, %v; want the acknowledgement", out, err)
	}
	for i := range 2 {
		if out, err := svc.HandleLive(ctx, l, "h0", "held again?"); err != nil || out.Entry != nil {
			t.Fatalf("held, try %d: %+v, %v; want no reply", i, out, err)
		}
	}
	// Released: answered again, once the connection is told.
	st.Hold(ctx, conv, time.Time{})
	l.HoldChanged()
	if out, err := svc.HandleLive(ctx, l, "h2", "back?"); err != nil || out.Entry == nil {
		t.Errorf("after release: %+v, %v; want an answer", out, err)
	}
	hist, _ = st.History(ctx, conv)
	if got := len(hist); got != 15 { // 5 exchanges, the acknowledged one, the held message once, one more exchange
		t.Errorf("history has %d entries, want 15", got)
	}
}

// A Live whose store cannot be read keeps answering with the hold it knew, and asks again later.
func TestServiceLiveStoreDown(t *testing.T) {
	mem := memstore.New(0)
	down := atomic.Bool{}
	store := fakeStore{
		begin: func(ctx context.Context, conv, msgID string) (bot.Turn, error) {
			if down.Load() {
				return bot.Turn{}, errDown
			}
			return mem.Begin(ctx, conv, msgID)
		},
		commit:  mem.Commit,
		history: mem.History,
	}
	svc := &bot.Service{Engine: echo{}, Store: store}
	ctx := t.Context()
	l, _, _ := svc.StartLive(ctx, "ar")
	mem.Hold(ctx, l.Session.ConversationID, time.Now().Add(time.Hour))
	l.HoldChanged()
	down.Store(true)
	if out, err := svc.HandleLive(ctx, l, "m1", "q1"); err != nil || out.Entry == nil {
		t.Fatalf("store unreadable: %+v, %v; want an answer with the hold last known", out, err)
	}
	down.Store(false)
	if out, err := svc.HandleLive(ctx, l, "m2", "q2"); err != nil || out.Entry == nil || !out.Entry.Reply.Held {
		t.Fatalf("store back: %+v, %v; want the hold read again and obeyed (acknowledged)", out, err)
	}
}
