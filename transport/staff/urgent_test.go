package staff_test

import (
	"context"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/transport/staff"
)

// redFlag is the message testing found unanswered while staff held the conversation.
const redFlag = "فجأة صار عندي ضيق تنفس وما اقدر ابلع"

// A red flag while staff hold the conversation gets the emergency guidance, and the console hears
// of it at once (an "urgent" event) and marks the conversation urgent in the list and the
// conversation until someone reviews it.
func TestRedFlagWhileHeldFlagsConversation(t *testing.T) {
	h := newHarness(t, nil)
	h.svc.OnEmergency = staff.NotifyEmergency(h.api.Bus())
	ctx := t.Context()
	c := h.client().login("nora")
	lines := openEvents(t, h, c)
	sess, _, _ := h.svc.StartWeb(ctx, "ar")
	conv := sess.ConversationID
	h.svc.Handle(ctx, &sess, "m1", "مرحبا")
	c.must(http.StatusOK, "POST", "/api/staff/conversations/"+conv+"/reply", map[string]string{"text": "أهلاً"})

	out, err := h.svc.Handle(ctx, &sess, "r1", redFlag)
	if err != nil || out.Entry == nil || out.Entry.Reply.Kind != bot.KindEmergency {
		t.Fatalf("red flag while held: %+v, %v; want the emergency guidance", out.Entry, err)
	}
	waitEvent(t, lines, fmt.Sprintf(`{"type":"urgent","conv":%q}`, conv))

	var list listJSON
	c.must(http.StatusOK, "GET", "/api/staff/conversations", nil).json(t, &list)
	if len(list.Conversations) != 1 || !list.Conversations[0].Urgent || list.Conversations[0].Kinds["emergency"] != 1 {
		t.Fatalf("list %+v: want the conversation urgent, with one emergency", list.Conversations)
	}
	var d convJSON
	c.must(http.StatusOK, "GET", "/api/staff/conversations/"+conv, nil).json(t, &d)
	if !d.Urgent || d.HeldUntil == nil {
		t.Errorf("conversation: urgent %v, held %v; want urgent and still held", d.Urgent, d.HeldUntil)
	}
	c.must(http.StatusOK, "POST", "/api/staff/conversations/"+conv+"/review", map[string]string{"note": "called the patient"})
	c.must(http.StatusOK, "GET", "/api/staff/conversations/"+conv, nil).json(t, &d)
	if d.Urgent {
		t.Error("still urgent after review")
	}
}

// Released, the patient's messages that staff left unanswered get the bot's answers, delivered
// through the channel; what staff answered and the red flag already answered do not.
func TestReleaseAnswersWhatStaffLeft(t *testing.T) {
	var h *harness
	h = newHarness(t, func(cfg *staff.Config) {
		cfg.Answer = func(ctx context.Context, c redisstore.Summary) ([]bot.Entry, error) {
			return h.svc.AnswerPending(ctx, bot.Session{ConversationID: c.ID, Channel: c.Channel, Patient: c.Patient})
		}
	})
	ctx := t.Context()
	c := h.client().login("nora")
	sess, _, _ := h.svc.StartWeb(ctx, "ar")
	conv := sess.ConversationID
	h.web.setLive(conv)
	h.svc.Handle(ctx, &sess, "m1", "ابي اكلم موظف")
	c.must(http.StatusOK, "POST", "/api/staff/conversations/"+conv+"/reply", map[string]string{"text": "أهلاً"})
	h.svc.Handle(ctx, &sess, "m2", "كم يدوم مفعول البوتكس؟") // acknowledged
	h.svc.Handle(ctx, &sess, "m3", redFlag)                  // answered at once
	h.svc.Handle(ctx, &sess, "m4", "وش الحل؟")               // logged only
	if got := h.web.botSent(); len(got) != 0 {
		t.Fatalf("bot entries delivered before the release: %+v", got)
	}
	c.must(http.StatusNoContent, "POST", "/api/staff/conversations/"+conv+"/release", nil)
	got := h.web.botSent()
	if len(got) != 2 || got[0].MsgID != "m2" || got[0].Text != "reply to: كم يدوم مفعول البوتكس؟" ||
		got[1].MsgID != "m4" || got[1].Reply.Kind != bot.KindFallback {
		t.Fatalf("delivered on release: %+v; want the answers to m2 and m4", got)
	}
	var d convJSON
	c.must(http.StatusOK, "GET", "/api/staff/conversations/"+conv, nil).json(t, &d)
	last := d.Entries[len(d.Entries)-2:]
	if last[0].From != "bot" || last[0].Text != got[0].Text || last[1].From != "bot" || last[1].Text != got[1].Text {
		t.Errorf("log ends %+v; want the two answers logged", last)
	}
	// A second release answers nothing again.
	c.must(http.StatusNoContent, "POST", "/api/staff/conversations/"+conv+"/release", nil)
	if n := len(h.web.botSent()); n != 2 {
		t.Errorf("%d bot entries delivered after a second release, want still 2", n)
	}
}

// Redis going away does not sign the console out: its event stream stays open through the outage
// (CI found it closed at the next session check, so the red flag's alert never reached the console),
// still carries a red flag's alert, and still ends when the session does once Redis is back.
func TestEventStreamOutlivesRedisOutage(t *testing.T) {
	h := newHarness(t, nil)
	c := h.client().login("nora")
	lines := openEvents(t, h, c)
	h.redis.Stop()
	time.Sleep(1200 * time.Millisecond) // four session checks (one every 300 ms), each failing
	staff.NotifyEmergency(h.api.Bus())(bot.Session{ConversationID: "c-outage"})
	waitEvent(t, lines, `{"type":"urgent","conv":"c-outage"}`)
	// Signing out needs the store: refused while it is away, so the session cannot outlive a
	// cleared cookie.
	c.must(http.StatusServiceUnavailable, "POST", "/api/staff/logout", nil)
	h.redis.Restart()
	deadline := time.Now().Add(10 * time.Second) // go-redis waits out its dial back-off
	for c.do("GET", "/api/staff/me", nil).status != http.StatusOK {
		if time.Now().After(deadline) {
			t.Fatal("the console did not come back with Redis")
		}
		time.Sleep(50 * time.Millisecond)
	}
	c.must(http.StatusNoContent, "POST", "/api/staff/logout", nil)
	waitClosed(t, lines)
}
