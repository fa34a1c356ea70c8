package main

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"unicode"

	"github.com/faqbot/faqbot/bot"
)

// A conversation through the real server — web questions, an emergency, a resend, a resumed and a
// forged session, a WhatsApp question — logged as JSON at debug level: every line is JSON, WebSocket
// lines carry the request id and the conversation id, HTTP lines the request id, and nothing a
// patient wrote, no session token and no secret appears anywhere.
func TestLogsCarryIDsNeverPatientText(t *testing.T) {
	cfg, graph := whatsappTestConfig(t)
	ts := MustStartServer(t, cfg) // logs JSON at debug level

	const forged = "0123456789abcdef0123456789abcdef.forged-secret-0123456789"
	c := MustDialWS(t, ts.WS)
	w := c.hello("")
	conv, secret, _ := strings.Cut(w.Session, ".")
	if r := c.ask("m1", question); r.Reply == nil || r.Reply.Kind != bot.KindAnswer {
		t.Fatalf("m1: %+v", r)
	}
	if r := c.ask("m2", emergencyQuestion); r.Reply == nil || r.Reply.Kind != bot.KindEmergency {
		t.Fatalf("m2: %+v", r)
	}
	c.ask("m1", question) // resent: logged at debug
	if r := c.ask("m3", strings.Repeat("ألم ", 400)); r.Code != "too_long" {
		t.Fatalf("a long message: %+v, want too_long", r)
	}
	c.c.Close()
	resumed := MustDialWS(t, ts.WS)
	resumed.hello(w.Session)
	stranger := MustDialWS(t, ts.WS)
	stranger.hello(forged)

	if code := waPost(t, ts, waText("wamid.LOG1", question)); code != http.StatusOK {
		t.Fatalf("webhook: %d", code)
	}
	graph.WaitSends(t, 1, waWait)
	// Search words in a query string (the staff console's filters are patient text too).
	get(t, ts.URL+"/?q="+url.QueryEscape(question))
	if err := ts.Stop(); err != nil {
		t.Fatal(err)
	}

	logs := ts.Log.String()
	for _, bad := range []string{w.Session, secret, forged, "forged-secret", waPatient, waSecret, waToken, waVerify} {
		if strings.Contains(logs, bad) {
			t.Errorf("the log contains %q", bad)
		}
	}
	if i := strings.IndexFunc(logs, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }); i >= 0 {
		line := logs[strings.LastIndexByte(logs[:i], '\n')+1:]
		line, _, _ = strings.Cut(line, "\n")
		t.Errorf("the log contains Arabic text, which only patients write here: %s", line)
	}

	var hellos, closes, httpLines, ws int
	for _, rec := range logRecords(t, logs) {
		msg, _ := rec["msg"].(string)
		req, _ := rec["req"].(string)
		switch {
		case msg == "http":
			httpLines++
			if req == "" {
				t.Errorf("access log line without a request id: %v", rec)
			}
		case strings.HasPrefix(msg, "ws: ") && msg != "ws: closing connections":
			ws++
			if req == "" {
				t.Errorf("WebSocket log line without the request id of its upgrade: %v", rec)
			}
			if msg == "ws: hello" || msg == "ws: closed" {
				if msg == "ws: hello" {
					hellos++
				} else {
					closes++
				}
				if id, _ := rec["conv"].(string); id == "" {
					t.Errorf("%s without a conversation id: %v", msg, rec)
				}
			}
		}
	}
	if hellos != 3 || closes != 3 || httpLines == 0 {
		t.Errorf("%d ws: hello, %d ws: closed and %d http lines; want 3, 3 and some", hellos, closes, httpLines)
	}
	if !strings.Contains(logs, `"conv":"`+conv+`"`) {
		t.Errorf("no log line names the conversation %s", conv)
	}
}
