package main

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"encoding/xml"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/transport/whatsapp"
	"github.com/faqbot/faqbot/transport/whatsapp/whatsapptest"
)

const (
	waPhoneID   = "106540352242922"
	waSecret    = "e2e-app-secret"
	waToken     = "EAAe2e-token"
	waVerify    = "e2e-verify"
	waPatient   = "966512344567"
	twilioToken = "e2e-twilio-token"
	waIDSecret  = "e2e-conversation-id-secret"
	waWait      = 20 * time.Second
)

// whatsappServers starts two replicas of faqbot serve on one real redis-server, with the WhatsApp
// and Twilio webhooks configured through the environment and a fake Graph API behind them.
func whatsappServers(t *testing.T) (a, b *testServer, graph *whatsapptest.Graph) {
	t.Helper()
	return whatsappServersOn(t, redistest.Start(t).URL())
}

// whatsappServersOn is whatsappServers on the Redis (or Redis Cluster) of redisURL.
func whatsappServersOn(t *testing.T, redisURL string) (a, b *testServer, graph *whatsapptest.Graph) {
	t.Helper()
	cfg, graph := whatsappTestConfig(t)
	cfg.redisURL = redisURL
	return MustStartServer(t, cfg), MustStartServer(t, cfg), graph
}

// whatsappTestConfig is the test configuration with both WhatsApp channels (Meta's Cloud API and
// Twilio) on, from the environment as faqbot serve reads it, Meta's Graph API faked by graph.
func whatsappTestConfig(t *testing.T) (serveConfig, *whatsapptest.Graph) {
	t.Helper()
	graph := whatsapptest.NewGraph(t)
	env := map[string]string{
		"WHATSAPP_VERIFY_TOKEN": waVerify, "WHATSAPP_APP_SECRET": waSecret, "WHATSAPP_ACCESS_TOKEN": waToken,
		"WHATSAPP_PHONE_NUMBER_ID": waPhoneID, "WHATSAPP_API_BASE": graph.URL, "TWILIO_AUTH_TOKEN": twilioToken,
		"FAQBOT_ID_SECRET": waIDSecret,
	}
	wc, err := whatsappFromEnv(&cli{getenv: func(k string) string { return env[k] }})
	if err != nil || !wc.cloudOn || !wc.twilioOn {
		t.Fatalf("whatsappFromEnv: %+v %v", wc, err)
	}
	cfg := testConfig()
	cfg.whatsapp = wc
	return cfg, graph
}

// copiesAnsweredOnce posts six copies of delivery body to replicas a and b at once and checks that
// the patient got the answer (wantParts) once: after the copies, a later message of the same
// patient on each replica ("wamid.<tag>2" and "3") queues behind them, so once both are answered any
// copy answered by mistake would have been sent before them.
func copiesAnsweredOnce(t *testing.T, a, b *testServer, graph *whatsapptest.Graph, body []byte, wantParts []whatsapp.OutMessage, tag string) {
	t.Helper()
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ts := a
			if i%2 == 0 {
				ts = b
			}
			if code := waPost(t, ts, body); code != 200 {
				t.Errorf("copy %d: %d", i, code)
			}
		}()
	}
	wg.Wait()
	waPost(t, a, waText("wamid."+tag+"2", "شكرا"))
	waPost(t, b, waText("wamid."+tag+"3", "شكرا جزيلا"))
	isAnswer := map[string]bool{}
	for _, p := range wantParts {
		isAnswer[partText(p)] = true
	}
	var answers, others int
	waitUntil(t, "both thanks answered", func() bool {
		answers, others = 0, 0
		for _, txt := range sentTexts(graph.Sends()) {
			if isAnswer[txt] {
				answers++
			} else {
				others++
			}
		}
		return others >= 2
	})
	if answers != len(wantParts) || others != 2 {
		t.Errorf("six copies on two replicas: %d answer messages and %d others, want %d and 2: each message answered once", answers, others, len(wantParts))
	}
}

// waConv is the conversation id of WhatsApp patient waID on the test number, under FAQBOT_ID_SECRET.
func waConv(t *testing.T, waID string) string {
	t.Helper()
	ids, err := whatsapp.NewIDs([]byte(waIDSecret))
	if err != nil {
		t.Fatal(err)
	}
	return ids.Conversation(waPhoneID, waID)
}

func waPost(t *testing.T, ts *testServer, body []byte) int {
	t.Helper()
	return whatsapptest.Post(t, ts.URL+"/webhooks/whatsapp", waSecret, body)
}

func waText(id, text string) []byte {
	return whatsapptest.Delivery(waPhoneID, []whatsapptest.Message{{From: waPatient, ID: id, Text: text}}, nil)
}

func waStatus(id, status string, code int) []byte {
	return whatsapptest.Delivery(waPhoneID, nil, []whatsapptest.Status{{ID: id, Recipient: waPatient, Status: status, ErrCode: code}})
}

// partText is the text a rendered message shows.
func partText(m whatsapp.OutMessage) string {
	if m.Text != nil {
		return m.Text.Body
	}
	return m.Interactive.Body.Text
}

// sentTexts is every text the patient was sent (text bodies and interactive bodies), in order.
func sentTexts(reqs []whatsapptest.Request) []string {
	var out []string
	for _, r := range reqs {
		if r.Answer == http.StatusOK {
			out = append(out, r.Text())
		}
	}
	return out
}

func TestServeWhatsApp(t *testing.T) {
	a, b, graph := whatsappServers(t)
	engine, err := loadEngine("", bot.Config{})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := engine.Respond(question, bot.State{})
	if want.Kind != bot.KindAnswer {
		t.Fatalf("the engine does not answer %q: %+v", question, want)
	}
	wantParts := whatsapp.Render(want, waPatient, "ar", "")

	// Meta's verification handshake.
	if code, body := get(t, a.URL+"/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token="+waVerify+"&hub.challenge=8675309"); code != 200 || body != "8675309" {
		t.Errorf("handshake: %d %q", code, body)
	}
	if code, _ := get(t, a.URL+"/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1"); code != http.StatusForbidden {
		t.Errorf("handshake with a wrong token: %d, want 403", code)
	}

	// Forged, missing and stale signatures: 401 and nothing sent.
	body := waText("wamid.E2E1", question)
	for name, sig := range map[string]string{
		"forged": "sha256=" + strings.Repeat("00", 32), "missing": "",
		"stale": whatsapptest.Signature(waSecret, waText("wamid.OLD", "hello")),
	} {
		req, _ := http.NewRequest(http.MethodPost, a.URL+"/webhooks/whatsapp", strings.NewReader(string(body)))
		if sig != "" {
			req.Header.Set("X-Hub-Signature-256", sig)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("%s signature: %d, want 401", name, resp.StatusCode)
		}
	}

	// The Arabic question, escaped and signed as Meta sends it, gets the engine's answer on the patient's number.
	if code := waPost(t, a, body); code != 200 {
		t.Fatalf("POST: %d", code)
	}
	sends := graph.WaitSends(t, len(wantParts), waWait)
	if len(sends) != len(wantParts) {
		t.Fatalf("got %d messages, want %d", len(sends), len(wantParts))
	}
	for i, s := range sends {
		if s.To() != waPatient || s.Auth != "Bearer "+waToken || s.Path != "/v21.0/"+waPhoneID+"/messages" {
			t.Errorf("send %d: to %q auth %q path %q", i, s.To(), s.Auth, s.Path)
		}
		if w := wantParts[i]; s.Type() != w.Type {
			t.Errorf("send %d: type %q, want %q", i, s.Type(), w.Type)
		}
	}
	if got := strings.Join(sentTexts(sends), "\n"); !strings.Contains(got, strings.TrimSpace(strings.SplitN(want.Text, "\n", 2)[0])) {
		t.Errorf("sent %q, want the engine's answer %q", got, want.Text)
	}
	reads := 0
	for _, r := range graph.Requests() {
		if r.IsRead() && r.Body["message_id"] == "wamid.E2E1" && r.Body["typing_indicator"] != nil {
			reads++
		}
	}
	if reads != 1 {
		t.Errorf("%d read receipts with typing for the question, want 1", reads)
	}

	// Redelivered to the other replica, and copies racing on both: still one answer.
	copiesAnsweredOnce(t, a, b, graph, body, wantParts, "E2E")

	// Statuses land on the logged entries, on either replica, and show in the history staff read.
	conv := waConv(t, waPatient)
	hist := func() []bot.Entry {
		h, err := a.Server.redis.History(t.Context(), conv)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	waPost(t, b, waStatus("wamid.out.1", "delivered", 0))
	waPost(t, a, waStatus("wamid.out.1", "read", 0))
	waitUntil(t, "the answer's status read", func() bool {
		h := hist()
		return len(h) >= 2 && h[1].From == bot.FromBot && h[1].Status == "read"
	})
	sess, err := a.Server.redis.Summary(t.Context(), conv)
	if err != nil || sess.Channel != bot.ChannelWhatsApp || sess.Patient != waPatient {
		t.Errorf("summary %+v %v", sess, err)
	}

	// Outside the 24-hour window: 131047 is not retried, and staff see the failure.
	graph.Answer(func(r whatsapptest.Request) (int, string) {
		if r.IsRead() {
			return 0, ""
		}
		return http.StatusBadRequest, whatsapptest.Error(whatsapp.CodeWindowClosed, "Re-engagement message")
	})
	before := len(graph.Sends())
	waPost(t, a, waText("wamid.E2E4", question))
	var last bot.Entry
	waitUntil(t, "the failure recorded", func() bool {
		h := hist()
		last = h[len(h)-1]
		return last.From == bot.FromBot && last.MsgID == "wamid.E2E4" && last.Status == "failed"
	})
	if last.StatusCode != whatsapp.CodeWindowClosed {
		t.Errorf("failed entry code %d, want 131047", last.StatusCode)
	}
	if n := len(graph.Sends()) - before; n != 1 {
		t.Errorf("%d attempts for a 131047, want 1", n)
	}
	if s, _ := a.Server.redis.Summary(t.Context(), conv); s.Failed != 1 {
		t.Errorf("summary failed=%d, want 1", s.Failed)
	}

	// A staff reply goes out through the bridge and is tracked.
	graph.Answer(nil)
	entry := bot.Entry{ID: bot.NewID(), From: bot.FromStaff, Text: "سنتصل بك خلال ساعة.", At: time.Now(), Name: "Noura"}
	if ok, err := (whatsappPatients{a.Server}).Send(t.Context(), redisstore.Summary{ID: conv, Patient: waPatient}, entry); !ok || err != nil {
		t.Fatalf("staff send: %v %v", ok, err)
	}
	s := graph.Sends()
	if l := s[len(s)-1]; l.To() != waPatient || l.Text() != entry.Text {
		t.Errorf("staff message sent as %s", l.Raw)
	}

	// Nothing of the patient's text, the number or the token in the server's logs.
	for _, ts := range []*testServer{a, b} {
		logs := ts.Log.String()
		for _, secret := range []string{question, waPatient, waToken, waSecret, "شكرا"} {
			if strings.Contains(logs, secret) {
				t.Errorf("server log contains %q", secret)
			}
		}
		if !strings.Contains(logs, "whatsapp webhook on") {
			t.Error("no log line saying the webhook is on")
		}
	}
	if err := a.Stop(); err != nil {
		t.Errorf("stop: %v", err)
	}
}

// twilioSign computes X-Twilio-Signature as Twilio documents it.
func twilioSign(u string, f url.Values) string {
	keys := make([]string, 0, len(f))
	for k := range f {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	s := u
	for _, k := range keys {
		s += k + f.Get(k)
	}
	m := hmac.New(sha1.New, []byte(twilioToken))
	m.Write([]byte(s))
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

func TestServeTwilio(t *testing.T) {
	a, _, _ := whatsappServers(t)
	u := a.URL + "/webhooks/twilio"
	f := url.Values{"MessageSid": {"SM" + strings.Repeat("0", 31) + "1"}, "AccountSid": {"AC" + strings.Repeat("0", 32)}, "From": {"whatsapp:+" + waPatient}, "To": {"whatsapp:+14155238886"},
		"Body": {question}, "NumMedia": {"0"}}
	post := func(sig string) (int, []string) {
		req, _ := http.NewRequest(http.MethodPost, u, strings.NewReader(f.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-Twilio-Signature", sig)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		var x struct {
			Messages []string `xml:"Message"`
		}
		if resp.StatusCode == 200 {
			if err := xml.Unmarshal(raw, &x); err != nil {
				t.Fatalf("not TwiML: %s", raw)
			}
		}
		return resp.StatusCode, x.Messages
	}
	if code, _ := post("bm90IGEgc2lnbmF0dXJl"); code != http.StatusUnauthorized {
		t.Errorf("forged Twilio signature: %d, want 401", code)
	}
	code, msgs := post(twilioSign(u, f))
	if code != 200 || len(msgs) == 0 {
		t.Fatalf("got %d %q", code, msgs)
	}
	engine, _ := loadEngine("", bot.Config{})
	want, _ := engine.Respond(question, bot.State{})
	if !strings.HasPrefix(strings.Join(msgs, "\n"), strings.TrimSpace(want.Text)[:40]) {
		t.Errorf("TwiML %q, want the engine's answer %q", msgs, want.Text)
	}
	if code, msgs := post(twilioSign(u, f)); code != 200 || len(msgs) != 0 {
		t.Errorf("same MessageSid again: %d %q, want an empty response", code, msgs)
	}
}
