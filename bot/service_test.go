package bot_test

import (
	"errors"
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

func TestServiceStaysSilentWhileStaffHold(t *testing.T) {
	svc, st := newService(t)
	ctx := t.Context()
	sess, _, _ := svc.StartWeb(ctx, "ar")
	if err := st.Hold(ctx, sess.ConversationID, time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ { // the widget resends after a reconnect
		out, err := svc.Handle(ctx, &sess, "m1", "ابي اكلم موظف")
		if err != nil || out.Entry != nil {
			t.Fatalf("held, try %d: %+v, %v; want no reply", i, out, err)
		}
	}
	hist, _ := st.History(ctx, sess.ConversationID)
	if len(hist) != 1 || hist[0].From != bot.FromPatient {
		t.Fatalf("history = %+v, want the patient's message once", hist)
	}
	st.Hold(ctx, sess.ConversationID, time.Time{})
	out, err := svc.Handle(ctx, &sess, "m2", "شكرا")
	if err != nil || out.Entry == nil || out.Entry.Reply.Kind != bot.KindSmalltalk {
		t.Fatalf("after release: %+v, %v", out, err)
	}
}
