package bot_test

import (
	"sync"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/memstore"
)

// observations is a bot.Observer that keeps what it is told.
type observations struct {
	mu   sync.Mutex
	seen []bot.Handled
}

func (o *observations) Handled(h bot.Handled) { o.mu.Lock(); o.seen = append(o.seen, h); o.mu.Unlock() }

func (o *observations) last(t *testing.T, n int) bot.Handled {
	t.Helper()
	o.mu.Lock()
	defer o.mu.Unlock()
	if len(o.seen) != n {
		t.Fatalf("%d observations, want %d", len(o.seen), n)
	}
	return o.seen[n-1]
}

// The observer hears of every message once: its channel, the reply kind, duplicates, staff holds
// and the engine's time within the whole.
func TestServiceObserver(t *testing.T) {
	st := memstore.New(0)
	obs := &observations{}
	svc := &bot.Service{Engine: mustEngine(t), Store: st, Observer: obs}
	ctx := t.Context()
	sess, _, err := svc.StartWeb(ctx, "ar")
	if err != nil {
		t.Fatal(err)
	}

	if _, err := svc.Handle(ctx, &sess, "m1", "كم يدوم مفعول البوتكس؟"); err != nil {
		t.Fatal(err)
	}
	h := obs.last(t, 1)
	if h.Channel != bot.ChannelWeb || h.Kind != bot.KindAnswer || h.Duplicate || h.StoreFailed {
		t.Errorf("first message observed as %+v, want a web answer", h)
	}
	if h.Engine <= 0 || h.Total < h.Engine {
		t.Errorf("engine %v, total %v: want 0 < engine <= total", h.Engine, h.Total)
	}

	if _, err := svc.Handle(ctx, &sess, "m1", "كم يدوم مفعول البوتكس؟"); err != nil {
		t.Fatal(err)
	}
	if h := obs.last(t, 2); !h.Duplicate || h.Engine != 0 {
		t.Errorf("resent message observed as %+v, want a duplicate the engine never saw", h)
	}

	if err := st.Hold(ctx, sess.ConversationID, time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Handle(ctx, &sess, "m2", "ضيق في التنفس"); err != nil {
		t.Fatal(err)
	}
	// A red flag is answered even while staff hold the conversation, without the engine.
	if h := obs.last(t, 3); h.Kind != bot.KindEmergency || h.Duplicate || h.Engine != 0 {
		t.Errorf("red flag while staff hold it observed as %+v, want an emergency and no engine time", h)
	}
	svc.Handle(ctx, &sess, "m3", "متى تردون؟")
	if h := obs.last(t, 4); h.Kind != bot.KindHandoff || h.Engine != 0 {
		t.Errorf("first message while staff hold it observed as %+v, want the acknowledgement (handoff)", h)
	}
	svc.Handle(ctx, &sess, "m4", "طيب")
	if h := obs.last(t, 5); h.Kind != "" || h.Duplicate || h.Engine != 0 {
		t.Errorf("message while staff hold it observed as %+v, want no kind and no engine time", h)
	}
}
