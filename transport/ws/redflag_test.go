package ws_test

import (
	"strings"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/transport/ws"
)

// redFlag is the message testing found unanswered while staff held the conversation.
const redFlag = "فجأة صار عندي ضيق تنفس وما اقدر ابلع"

// triageEngine answers red flags as the real engine does (triage first) and anything else with a
// fixed answer.
type triageEngine struct{ echoEngine }

func (e *triageEngine) Respond(text string, st bot.State) (bot.Reply, bot.State) {
	if bot.RedFlag(text) {
		return bot.Reply{Kind: bot.KindEmergency, Text: bot.DefaultEmergencyText, Sources: []bot.Source{},
			Suggestions: []string{}, Confidence: 1}, st
	}
	return e.echoEngine.Respond(text, st)
}

// emergency fails the test unless f is the emergency guidance answering message id.
func emergency(tb testing.TB, what string, f frame, id string) {
	tb.Helper()
	if f.Type != "reply" || f.InReplyTo != id || f.Reply == nil || f.Reply.Kind != bot.KindEmergency {
		tb.Fatalf("%s: got %+v, want the emergency guidance in reply to %s", what, f, id)
	}
}

// heldConversation starts a server over a real redis-server behind the write buffer, opens a
// patient's session and has staff hold it (Redis says so, the connection is told as the console
// tells it).
func heldConversation(t *testing.T) (*redistest.Server, *bot.BufferedStore, *redisstore.Store, *client, string) {
	t.Helper()
	rs := redistest.Start(t)
	buf, inner := mustRedisStores(t, rs)
	s := mustServeWith(t, &triageEngine{}, buf, ws.Config{})
	c := MustDial(t, s.URL, nil)
	conv := convOf(c.hello("").Session)
	if err := inner.Hold(t.Context(), conv, time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	s.Hub.HoldChanged(conv)
	return rs, buf, inner, c, conv
}

// While staff hold the conversation (Redis says so, the connection is told as the console tells
// it), a red flag gets the emergency guidance at once; other messages get one acknowledgement.
func TestRedFlagWhileStaffHold(t *testing.T) {
	_, buf, inner, c, conv := heldConversation(t)

	emergency(t, "red flag while held", c.ask("r1", redFlag), "r1")
	if f := c.ask("q1", "متى يرد علي احد؟"); f.Type != "reply" || f.InReplyTo != "q1" || f.Reply == nil || !f.Reply.Held ||
		f.Reply.Text != "وصلت رسالتك إلى فريق العيادة، وسيرد عليك أحد الموظفين هنا قريباً." {
		t.Fatalf("first ordinary message while held: %+v, want the acknowledgement", f)
	}
	// The second ordinary message gets nothing: the next frame answers the red flag after it.
	c.send(map[string]string{"type": "message", "id": "q2", "text": "هل انتم موجودين؟"})
	emergency(t, "second red flag while held", c.ask("r2", redFlag), "r2")

	waitFor(t, "the buffer flushed", func() bool { return buf.Pending() == 0 })
	h, err := inner.History(t.Context(), conv)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, e := range h {
		k := e.From
		if e.Reply != nil {
			k += ":" + string(e.Reply.Kind)
		}
		kinds = append(kinds, k)
	}
	want := "[patient bot:emergency patient bot:handoff patient patient bot:emergency]"
	if got := fmtList(kinds); got != want {
		t.Errorf("Redis log = %s, want %s", got, want)
	}
}

// A conversation over its rate limit still gets the emergency guidance for a red flag.
func TestRedFlagWhileRateLimited(t *testing.T) {
	buf := MustRedisStore(t, redistest.Start(t))
	s := mustServeWith(t, &triageEngine{}, buf, ws.Config{SessionRate: 30, Burst: 2})
	c := MustDial(t, s.URL, nil)
	c.hello("")
	for _, id := range []string{"a", "b"} {
		if f := c.ask(id, "سؤال"); f.Type != "reply" {
			t.Fatalf("%s: %+v, want an answer within the burst", id, f)
		}
	}
	if f := c.ask("c", "سؤال"); f.Type != "error" || f.Code != ws.CodeRateLimited {
		t.Fatalf("over the limit: %+v, want rate_limited", f)
	}
	emergency(t, "red flag over the rate limit", c.ask("r", redFlag), "r")
	if f := c.ask("d", "سؤال"); f.Type != "error" || f.Code != ws.CodeRateLimited {
		t.Errorf("after the red flag: %+v, want ordinary messages still limited", f)
	}
}

// An address over its rate limit (all its connections together) still gets the emergency
// guidance for a red flag.
func TestRedFlagWhileAddressRateLimited(t *testing.T) {
	buf := MustRedisStore(t, redistest.Start(t))
	s := mustServeWith(t, &triageEngine{}, buf, ws.Config{SessionRate: -1, Addr: ws.AddrLimits{Conns: -1, Rate: 60, Burst: 3}})
	c := MustDial(t, s.URL, nil)
	c.hello("") // one of the burst of 3
	for _, id := range []string{"a", "b"} {
		if f := c.ask(id, "سؤال"); f.Type != "reply" {
			t.Fatalf("%s: %+v, want an answer within the burst", id, f)
		}
	}
	if f := c.ask("c", "سؤال"); f.Type != "error" || f.Code != ws.CodeRateLimited {
		t.Fatalf("over the address's limit: %+v, want rate_limited", f)
	}
	emergency(t, "red flag over the address's rate limit", c.ask("r", redFlag), "r")
}

// A message over the length limit that shows a red flag gets the emergency guidance, not too_long.
func TestRedFlagInATooLongMessage(t *testing.T) {
	s := mustServeWith(t, &triageEngine{}, nil, ws.Config{MaxRunes: 100})
	c := MustDial(t, s.URL, nil)
	c.hello("")
	long := strings.Repeat("كنت اكتب لكم عن موعدي القادم ", 5)
	if f := c.ask("a", long); f.Type != "error" || f.Code != ws.CodeTooLong {
		t.Fatalf("too long: %+v, want too_long", f)
	}
	emergency(t, "red flag at the end of a too-long message", c.ask("r", long+redFlag), "r")
}

// Redis stopped while staff hold the conversation: the red flag is answered at once, and logged in
// Redis once it is back.
func TestRedFlagWhileHeldAndRedisDown(t *testing.T) {
	rs, buf, inner, c, conv := heldConversation(t)
	c.send(map[string]string{"type": "message", "id": "q", "text": "مرحبا"}) // reads the hold
	waitFor(t, "q logged", func() bool { h, _ := inner.History(t.Context(), conv); return len(h) > 0 })
	rs.Stop()
	emergency(t, "red flag, held, Redis down", c.answerTo("r", redFlag), "r")
	rs.Restart()
	waitFor(t, "the buffer flushed", func() bool { return buf.Pending() == 0 })
	h, err := inner.History(t.Context(), conv)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(h); n != 4 || h[2].MsgID != "r" || h[3].Reply == nil || h[3].Reply.Kind != bot.KindEmergency {
		t.Errorf("Redis log after the outage = %+v, want the red flag and its guidance logged", h)
	}
}

// answerTo sends a message and returns the first frame answering it, skipping others (an
// acknowledgement of an earlier message).
func (c *client) answerTo(id, text string) frame {
	c.tb.Helper()
	c.send(map[string]string{"type": "message", "id": id, "text": text})
	for {
		if f := c.next(); f.InReplyTo == id {
			return f
		}
	}
}

func fmtList(s []string) string {
	out := "["
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out + "]"
}
