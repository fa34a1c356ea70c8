package main

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
)

// redFlag is the message testing found unanswered while staff held the conversation.
const redFlag = "فجأة صار عندي ضيق تنفس وما اقدر ابلع"

// urgentListed is a conversation in the console's list, with its red-flag marker.
type urgentListed struct {
	ID     string         `json:"id"`
	Urgent bool           `json:"urgent"`
	Kinds  map[string]int `json:"kinds"`
}

// listedConv returns conv as the console's list shows it.
func (sc *staffClient) listedConv(ts *testServer, conv string) urgentListed {
	sc.t.Helper()
	var list struct{ Conversations []urgentListed }
	if code, body := sc.do(http.MethodGet, ts.URL+"/api/staff/conversations", nil, &list); code != http.StatusOK {
		sc.t.Fatalf("list: %d %s", code, body)
	}
	for _, c := range list.Conversations {
		if c.ID == conv {
			return c
		}
	}
	sc.t.Fatalf("conversation %s not in the list", conv)
	return urgentListed{}
}

// readReply reads the patient's socket until a reply frame, skipping typing.
func (w *wsClient) readReply(tb testing.TB, wait time.Duration) wsFrame {
	tb.Helper()
	for {
		w.c.SetReadDeadline(time.Now().Add(wait))
		var f wsFrame
		if err := w.c.ReadJSON(&f); err != nil {
			tb.Fatalf("waiting for a reply: %v", err)
		}
		if f.Type != "typing" && f.Type != "staff" {
			return f
		}
	}
}

// faqbot serve, a real redis-server, a patient on a real WebSocket, a staff member on the console's
// API: while staff hold the conversation a red flag gets the emergency guidance at once and the
// console is alerted and marks the conversation; other messages are acknowledged once; the release
// has the bot answer what staff left unanswered.
func TestServeRedFlagWhileHeld(t *testing.T) {
	ts := MustStartServer(t, staffTestConfig(t, redistest.Start(t).URL()))
	nora := mustSignIn(t, ts)
	events := nora.events(ts)
	patient := MustDialWS(t, ts.WS)
	conv := tokenConv(patient.hello("").Session)
	if r := patient.ask("m1", question); r.Type != "reply" {
		t.Fatalf("first question: %+v", r)
	}
	ts.settled(t) // the log is written behind the answers
	if code, body := nora.do(http.MethodPost, ts.URL+"/api/staff/conversations/"+conv+"/reply", map[string]string{"text": "أهلاً، معك نورة"}, nil); code != http.StatusOK {
		t.Fatalf("staff reply: %d %s", code, body)
	}
	patient.waitStaffFrame(t)

	if r := patient.ask("r1", redFlag); r.Type != "reply" || r.InReplyTo != "r1" || r.Reply == nil || r.Reply.Kind != bot.KindEmergency {
		t.Fatalf("red flag while staff hold the conversation: %+v, want the emergency guidance", r)
	}
	waitEvent(t, events, "urgent", conv, "console")
	ts.settled(t)
	if c := nora.listedConv(ts, conv); !c.Urgent || c.Kinds["emergency"] != 1 {
		t.Errorf("console list shows %+v, want the conversation urgent with its emergency", c)
	}
	if !strings.Contains(ts.Log.String(), "red flag: emergency guidance given") || strings.Contains(ts.Log.String(), "ضيق تنفس") {
		t.Error("the red flag is not logged, or logged with the patient's words")
	}

	if r := patient.ask("q1", "متى يرد علي احد؟"); r.Type != "reply" || r.Reply == nil || r.Reply.Kind != bot.KindHandoff ||
		r.Reply.Text != "وصلت رسالتك إلى فريق العيادة، وسيرد عليك أحد الموظفين هنا قريباً." {
		t.Fatalf("first ordinary message while held: %+v, want the acknowledgement", r)
	}
	if err := patient.c.WriteJSON(map[string]string{"type": "message", "id": "q2", "text": question}); err != nil {
		t.Fatal(err)
	}
	// Logged, and nothing sent to the patient. An "entry" event may be an earlier entry's write: wait
	// until the log holds q2 itself, or the release could come before the server has read q2.
	waitPatientEntries(t, nora, ts, conv, 4) // m1, r1, q1, q2

	if code, body := nora.do(http.MethodPost, ts.URL+"/api/staff/conversations/"+conv+"/release", nil, nil); code != http.StatusNoContent {
		t.Fatalf("release: %d %s", code, body)
	}
	for _, id := range []string{"q1", "q2"} {
		r := patient.readReply(t, 10*time.Second)
		if r.Type != "reply" || r.InReplyTo != id || r.Reply == nil || r.Reply.Kind == bot.KindHandoff {
			t.Fatalf("after release: %+v, want the bot's answer to %s", r, id)
		}
	}
}

// Redis stopped while staff hold the conversation: the red flag is answered at once, the console
// is told at once, and once Redis is back the log and the list have it.
func TestServeRedFlagWhileHeldRedisDown(t *testing.T) {
	rs := redistest.Start(t)
	ts := MustStartServer(t, staffTestConfig(t, rs.URL()))
	nora := mustSignIn(t, ts)
	events := nora.events(ts)
	patient := MustDialWS(t, ts.WS)
	conv := tokenConv(patient.hello("").Session)
	patient.ask("m1", question)
	ts.settled(t) // the log is written behind the answers
	if code, body := nora.do(http.MethodPost, ts.URL+"/api/staff/conversations/"+conv+"/reply", map[string]string{"text": "أهلاً"}, nil); code != http.StatusOK {
		t.Fatalf("staff reply: %d %s", code, body)
	}
	patient.waitStaffFrame(t)
	// The connection reads the hold with its next message.
	if err := patient.c.WriteJSON(map[string]string{"type": "message", "id": "q1", "text": "مرحبا"}); err != nil {
		t.Fatal(err)
	}
	waitEvent(t, events, "entry", conv, "q1 logged")

	rs.Stop()
	start := time.Now()
	if err := patient.c.WriteJSON(map[string]string{"type": "message", "id": "r1", "text": redFlag}); err != nil {
		t.Fatal(err)
	}
	r := patient.readReply(t, 10*time.Second)
	for r.InReplyTo != "r1" { // q1's acknowledgement
		r = patient.readReply(t, 10*time.Second)
	}
	if r.Type != "reply" || r.Reply == nil || r.Reply.Kind != bot.KindEmergency {
		t.Fatalf("red flag, held, Redis down: %+v, want the emergency guidance", r)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("the guidance took %v with Redis down, want it at once", took)
	}
	waitEvent(t, events, "urgent", conv, "console, Redis down")
	rs.Restart()
	ts.settled(t)
	if c := nora.listedConv(ts, conv); !c.Urgent {
		t.Errorf("console list after the outage shows %+v, want the conversation urgent", c)
	}
	var d struct {
		Entries []struct {
			From  string
			Reply *bot.Reply
		}
	}
	nora.do(http.MethodGet, ts.URL+"/api/staff/conversations/"+conv, nil, &d)
	if n := len(d.Entries); n < 2 || d.Entries[n-1].Reply == nil || d.Entries[n-1].Reply.Kind != bot.KindEmergency {
		t.Errorf("log after the outage: %+v, want it to end with the red flag's guidance", d.Entries)
	}
}

// The same over WhatsApp (Meta's Cloud API, faked by whatsapptest): while staff hold the
// conversation a red flag gets the emergency guidance and the console marks it; another message
// is acknowledged once; the release answers what staff left unanswered, through the Graph API.
func TestServeWhatsAppRedFlagWhileHeld(t *testing.T) {
	cfg, graph := whatsappTestConfig(t)
	sc := staffTestConfig(t, redistest.Start(t).URL())
	cfg.redisURL, cfg.staff = sc.redisURL, sc.staff
	ts := MustStartServer(t, cfg)
	nora := mustSignIn(t, ts)
	conv := waConv(t, waPatient)
	waPost(t, ts, waText("wamid.W1", question))
	graph.WaitSends(t, 1, waWait)
	ts.settled(t)
	if code, body := nora.do(http.MethodPost, ts.URL+"/api/staff/conversations/"+conv+"/reply", map[string]string{"text": "أهلاً، معك نورة"}, nil); code != http.StatusOK {
		t.Fatalf("staff reply: %d %s", code, body)
	}
	graph.WaitSends(t, 2, waWait)

	waPost(t, ts, waText("wamid.W2", redFlag))
	if got := sentTexts(graph.WaitSends(t, 3, waWait)); got[2] != bot.DefaultEmergencyText {
		t.Fatalf("red flag while held: sent %q, want the emergency guidance", got[2])
	}
	waPost(t, ts, waText("wamid.W3", "متى يرد علي احد؟"))
	if got := sentTexts(graph.WaitSends(t, 4, waWait)); got[3] != "وصلت رسالتك إلى فريق العيادة، وسيرد عليك أحد الموظفين هنا قريباً." {
		t.Fatalf("first ordinary message while held: sent %q, want the acknowledgement", got[3])
	}
	waPost(t, ts, waText("wamid.W4", "كم سعر الجلسة؟"))
	waitUntil(t, "W4 logged", func() bool {
		var d struct{ Entries []struct{ From string } }
		nora.do(http.MethodGet, ts.URL+"/api/staff/conversations/"+conv, nil, &d)
		return len(d.Entries) == 8 // W1 and answer, staff, W2 and guidance, W3 and acknowledgement, W4
	})
	if c := nora.listedConv(ts, conv); !c.Urgent {
		t.Errorf("console list shows %+v, want the conversation urgent", c)
	}
	if n := len(graph.Sends()); n != 4 {
		t.Errorf("%d messages sent after W4, want still 4: acknowledged once", n)
	}

	if code, body := nora.do(http.MethodPost, ts.URL+"/api/staff/conversations/"+conv+"/release", nil, nil); code != http.StatusNoContent {
		t.Fatalf("release: %d %s", code, body)
	}
	got := sentTexts(graph.WaitSends(t, 6, waWait))
	for _, txt := range got[4:] {
		if txt == "" || strings.Contains(txt, "وصلت رسالتك") || txt == bot.DefaultEmergencyText {
			t.Errorf("after release sent %q, want the bot's answers to W3 and W4", got[4:])
		}
	}
}

// waitPatientEntries waits until conversation conv's log holds n patient entries.
func waitPatientEntries(t *testing.T, sc *staffClient, ts *testServer, conv string, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		var d struct{ Entries []struct{ From string } }
		sc.do(http.MethodGet, ts.URL+"/api/staff/conversations/"+conv, nil, &d)
		got := 0
		for _, e := range d.Entries {
			if e.From == "patient" {
				got++
			}
		}
		if got >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("conversation %s: %d patient entries logged, want %d", conv, got, n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
