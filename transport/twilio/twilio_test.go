package twilio

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/memstore"
	"github.com/faqbot/faqbot/transport/whatsapp"
)

const (
	authToken = "twilio-auth-token"
	question  = "كم يستمر مفعول البوتوكس؟"
	answer    = "يستمر المفعول عادة من ثلاثة إلى أربعة أشهر."
)

type responderFunc func(string, bot.State) (bot.Reply, bot.State)

func (f responderFunc) Respond(t string, st bot.State) (bot.Reply, bot.State) { return f(t, st) }

var engine = responderFunc(func(text string, st bot.State) (bot.Reply, bot.State) {
	r := bot.Reply{Kind: bot.KindFallback, Text: "echo: " + text, Sources: []bot.Source{}, Suggestions: []string{}}
	switch text {
	case question:
		r = bot.Reply{Kind: bot.KindAnswer, Text: answer, Sources: []bot.Source{}, Suggestions: []string{"ما الآثار الجانبية؟", "كم السعر؟"}}
	case "long":
		r.Text = strings.Repeat("سطر طويل عن العناية بعد الجلسة.\n", 120)
	case "help", redFlag: // the engine triages first
		r = bot.Reply{Kind: bot.KindEmergency, Text: "اتصل بالإسعاف 997.", Sources: []bot.Source{}, Suggestions: []string{"x"}}
	}
	return r, st
})

// sign computes X-Twilio-Signature independently of twilio-go: base64 HMAC-SHA1 of the URL
// followed by every POST parameter name and value, sorted by name.
func sign(token, u string, form url.Values) string {
	keys := make([]string, 0, len(form))
	for k := range form {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	s := u
	for _, k := range keys {
		s += k + form.Get(k)
	}
	m := hmac.New(sha1.New, []byte(token))
	m.Write([]byte(s))
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

var testIDs, _ = whatsapp.NewIDs([]byte("twilio-test-conversation-id-secret"))

type rig struct {
	srv   *httptest.Server
	url   string
	store *memstore.Store
	h     *Handler
}

func newRig(t *testing.T, cfg Config) *rig {
	t.Helper()
	cfg.AuthToken = authToken
	store := memstore.New(0)
	h, err := New(Options{Config: cfg, Service: &bot.Service{Engine: engine, Store: store}, Claimer: whatsapp.NewMemClaimer(), IDs: testIDs})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	h.Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return &rig{srv: srv, url: srv.URL + "/webhooks/twilio", store: store, h: h}
}

func form(sid, body string, extra ...string) url.Values {
	f := url.Values{"MessageSid": {sid}, "SmsMessageSid": {sid}, "AccountSid": {"AC" + strings.Repeat("0", 32)}, "From": {"whatsapp:+966512344567"},
		"To": {"whatsapp:+14155238886"}, "Body": {body}, "NumMedia": {"0"}, "ProfileName": {"Patient"}, "WaId": {"966512344567"}}
	for i := 0; i+1 < len(extra); i += 2 {
		f.Set(extra[i], extra[i+1])
	}
	return f
}

type twiml struct {
	Messages []string `xml:"Message"`
}

// post sends f signed with sig (computed over signedURL with token when sig is empty).
func (r *rig) post(t *testing.T, f url.Values, header string) (int, []string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, r.url, strings.NewReader(f.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if header != "" {
		req.Header.Set("X-Twilio-Signature", header)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		return resp.StatusCode, nil
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/xml") {
		t.Errorf("content type %q", ct)
	}
	var x twiml
	if err := xml.Unmarshal(b, &x); err != nil {
		t.Fatalf("not TwiML: %s", b)
	}
	return 200, x.Messages
}

func (r *rig) signed(t *testing.T, f url.Values) (int, []string) {
	return r.post(t, f, sign(authToken, r.url, f))
}

func TestAnswerInTwiML(t *testing.T) {
	r := newRig(t, Config{})
	code, msgs := r.signed(t, form(sid(1), question))
	if code != 200 || len(msgs) != 1 {
		t.Fatalf("got %d %q", code, msgs)
	}
	if want := answer + "\n\n- ما الآثار الجانبية؟\n- كم السعر؟"; msgs[0] != want {
		t.Errorf("got %q, want %q", msgs[0], want)
	}
	conv := testIDs.Conversation("twilio:whatsapp:+14155238886", "966512344567")
	hist, _ := r.store.History(t.Context(), conv)
	if len(hist) != 2 || hist[0].Text != question || hist[0].MsgID != sid(1) {
		t.Errorf("history %+v", hist)
	}
	turn, err := r.store.Begin(t.Context(), conv, "")
	if err != nil || turn.Session.Patient != "966512344567" || turn.Session.Channel != bot.ChannelWhatsApp {
		t.Errorf("session %+v %v", turn.Session, err)
	}
}

func TestSignatureChecked(t *testing.T) {
	r := newRig(t, Config{})
	f := form(sid(2), question)
	other := form(sid(3), "hello")
	for name, sig := range map[string]string{
		"missing":                 "",
		"forged":                  base64.StdEncoding.EncodeToString(make([]byte, 20)),
		"stale: for another body": sign(authToken, r.url, other),
		"stale: old auth token":   sign("old-token", r.url, f),
		"for another URL":         sign(authToken, "https://clinic.example/webhooks/twilio", f),
	} {
		if code, _ := r.post(t, f, sig); code != http.StatusUnauthorized {
			t.Errorf("%s: got %d, want 401", name, code)
		}
	}
	conv := testIDs.Conversation("twilio:whatsapp:+14155238886", "966512344567")
	if hist, _ := r.store.History(t.Context(), conv); len(hist) != 0 {
		t.Errorf("unsigned requests were handled: %+v", hist)
	}
}

func TestPublicURLBehindProxy(t *testing.T) {
	r := newRig(t, Config{WebhookURL: "https://clinic.example/webhooks/twilio"})
	f := form(sid(4), "hello")
	if code, msgs := r.post(t, f, sign(authToken, "https://clinic.example/webhooks/twilio", f)); code != 200 || len(msgs) != 1 {
		t.Errorf("configured URL: got %d %q", code, msgs)
	}
	// Without a configured URL, the URL is rebuilt from X-Forwarded-Proto and Host.
	r2 := newRig(t, Config{})
	f = form(sid(5), "hello")
	host := strings.TrimPrefix(r2.srv.URL, "http://")
	req, _ := http.NewRequest(http.MethodPost, r2.url, strings.NewReader(f.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Forwarded-Proto", "https")
	req.Header.Set("X-Twilio-Signature", sign(authToken, "https://"+host+"/webhooks/twilio", f))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("forwarded https: got %d", resp.StatusCode)
	}
}

func TestDuplicatesGetNoSecondReply(t *testing.T) {
	r := newRig(t, Config{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	replies := 0
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			code, msgs := r.signed(t, form(sid(6), "hello"))
			if code != 200 {
				t.Errorf("got %d", code)
			}
			mu.Lock()
			replies += len(msgs)
			mu.Unlock()
		}()
	}
	wg.Wait()
	if replies != 1 {
		t.Errorf("got %d replies for one MessageSid, want 1", replies)
	}
}

func TestButtonsMediaAndLimits(t *testing.T) {
	r := newRig(t, Config{})
	if _, msgs := r.signed(t, form(sid(7), "", "ButtonText", "Yes please", "ButtonPayload", "yes")); len(msgs) != 1 || msgs[0] != "echo: Yes please" {
		t.Errorf("quick reply: %q", msgs)
	}
	_, msgs := r.signed(t, form(sid(8), "is this normal?", "NumMedia", "1", "MediaContentType0", "image/jpeg", "MediaUrl0", "https://api.twilio.com/x"))
	if len(msgs) != 1 || !strings.Contains(msgs[0], "المكتوبة") || !strings.Contains(msgs[0], "written questions") {
		t.Errorf("media: %q", msgs)
	}
	_, msgs = r.signed(t, form(sid(9), "long"))
	if len(msgs) < 2 {
		t.Errorf("long reply in %d messages", len(msgs))
	}
	for _, m := range msgs {
		if utf8.RuneCountInString(m) > maxBody {
			t.Errorf("message of %d characters", utf8.RuneCountInString(m))
		}
	}
	if _, msgs := r.signed(t, form(sid(10), "help")); len(msgs) != 1 || msgs[0] != "اتصل بالإسعاف 997." {
		t.Errorf("emergency: %q, want the text alone", msgs)
	}
	if code, msgs := r.signed(t, form(sid(11), "sms", "From", "+966512344567")); code != 200 || len(msgs) != 0 {
		t.Errorf("SMS: got %d %q, want an empty response", code, msgs)
	}
	_, msgs = r.signed(t, form(sid(12), "<b>&</b>"))
	if len(msgs) != 1 || msgs[0] != "echo: <b>&</b>" {
		t.Errorf("XML escaping: %q", msgs)
	}
}

// redFlag is the message testing found unanswered while staff held the conversation.
const redFlag = "فجأة صار عندي ضيق تنفس وما اقدر ابلع"

// Held: a red flag gets the emergency guidance; other messages are acknowledged once, then answered
// with an empty response.
func TestHeldConversation(t *testing.T) {
	r := newRig(t, Config{})
	conv := testIDs.Conversation("twilio:whatsapp:+14155238886", "966512344567")
	r.signed(t, form(sid(13), "hello"))
	if err := r.store.Hold(t.Context(), conv, time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, msgs := r.signed(t, form(sid(15), redFlag)); len(msgs) != 1 || msgs[0] != bot.DefaultEmergencyText {
		t.Errorf("red flag while held: got %q, want the emergency guidance", msgs)
	}
	if _, msgs := r.signed(t, form(sid(14), "anyone?")); len(msgs) != 1 || msgs[0] != "A member of the clinic's staff has your message and will reply here soon." {
		t.Errorf("held: got %q, want the acknowledgement", msgs)
	}
	if _, msgs := r.signed(t, form(sid(16), "hello??")); len(msgs) != 0 {
		t.Errorf("held, acknowledged already: got %q", msgs)
	}
	// A photo whose caption is a red flag gets the emergency guidance, not please-write.
	r.store.Hold(t.Context(), conv, time.Time{})
	_, msgs := r.signed(t, form(sid(17), "help", "NumMedia", "1", "MediaContentType0", "image/jpeg", "MediaUrl0", "https://api.twilio.com/x"))
	if len(msgs) != 1 || !strings.Contains(msgs[0], "written questions") {
		t.Errorf("media: %q", msgs)
	}
	_, msgs = r.signed(t, form(sid(18), redFlag, "NumMedia", "1", "MediaContentType0", "image/jpeg", "MediaUrl0", "https://api.twilio.com/x"))
	if len(msgs) != 1 || msgs[0] != "اتصل بالإسعاف 997." {
		t.Errorf("red-flag caption: %q, want the emergency guidance", msgs)
	}
}

func TestSendTextThroughMessagesAPI(t *testing.T) {
	var got []url.Values
	var auth []string
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		u, p, _ := r.BasicAuth()
		auth = append(auth, u+":"+p)
		got = append(got, r.PostForm)
		if r.URL.Path != "/2010-04-01/Accounts/ACtest/Messages.json" {
			t.Errorf("path %s", r.URL.Path)
		}
		if r.PostForm.Get("Body") == "late" {
			w.WriteHeader(http.StatusBadRequest)
			io.WriteString(w, `{"code":63016,"message":"Failed to send freeform message because you are outside the allowed window.","status":400}`)
			return
		}
		w.WriteHeader(http.StatusCreated)
		io.WriteString(w, `{"sid":"SMout","status":"queued"}`)
	}))
	defer api.Close()
	r := newRig(t, Config{AccountSID: "ACtest", From: "whatsapp:+14155238886", APIBase: api.URL})
	if err := r.h.SendText(t.Context(), "966512344567", "سنتصل بك."); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Get("To") != "whatsapp:+966512344567" || got[0].Get("From") != "whatsapp:+14155238886" ||
		got[0].Get("Body") != "سنتصل بك." || auth[0] != "ACtest:"+authToken {
		t.Errorf("request %v, auth %v", got, auth)
	}
	err := r.h.SendText(t.Context(), "966512344567", "late")
	if err == nil || !strings.Contains(err.Error(), "63016") || strings.Contains(err.Error(), "late") {
		t.Errorf("got %v, want Twilio's code without our text", err)
	}
	if (&Handler{}).CanSend() {
		t.Error("CanSend without credentials")
	}
}

func TestConfigFromEnv(t *testing.T) {
	env := func(kv map[string]string) func(string) string { return func(k string) string { return kv[k] } }
	if _, on, err := ConfigFromEnv(env(nil)); on || err != nil {
		t.Errorf("unset: %v %v", on, err)
	}
	if _, on, err := ConfigFromEnv(env(map[string]string{EnvAuthToken: "t"})); !on || err != nil {
		t.Errorf("token only: %v %v", on, err)
	}
	if _, _, err := ConfigFromEnv(env(map[string]string{EnvAuthToken: "t", EnvAccountSID: "AC"})); err == nil {
		t.Error("SID without sender must be refused")
	}
	if _, _, err := ConfigFromEnv(env(map[string]string{EnvFrom: "whatsapp:+1"})); err == nil {
		t.Error("sender without token must be refused")
	}
	if _, _, err := ConfigFromEnv(env(map[string]string{EnvAuthToken: "t", EnvWebhookURL: "/webhooks/twilio"})); err == nil {
		t.Error("a relative webhook URL must be refused")
	}
}

// sid is a well-formed Twilio message SID ("SM" and 32 hex digits) numbered n.
func sid(n int) string { return fmt.Sprintf("SM%032x", n) }

// X-Twilio-Signature covers the URL and the sorted parameters' names and values run together, so
// {a:"bc"} and {ab:"c"} share a signature. A request whose boundaries were moved must not pass on
// the original's signature: each shifted form below is signed exactly like its original.
func TestShiftedParametersRefused(t *testing.T) {
	r := newRig(t, Config{})
	orig := form(sid(100), "hello", "ApiVersion", "2010-04-01", "FromCity", "RIYADH")
	sig := sign(authToken, r.url, orig)
	if code, msgs := r.post(t, orig, sig); code != 200 || len(msgs) != 1 {
		t.Fatalf("original: got %d %q", code, msgs)
	}
	shifted := map[string]func(f url.Values){
		// A new MessageSid escapes the dedupe: a second answer to a replayed message.
		"NumMedia into MessageSid": func(f url.Values) { f.Set("MessageSid", f.Get("MessageSid")+"NumMedia0"); f.Del("NumMedia") },
		"FromCity into From":       func(f url.Values) { f.Set("From", f.Get("From")+"FromCityRIYADH"); f.Del("FromCity") },
		"Body into ApiVersion":     func(f url.Values) { f.Set("ApiVersion", "2010-04-01Bodyhello"); f.Del("Body") },
	}
	for name, shift := range shifted {
		f := url.Values{}
		for k, v := range orig {
			f[k] = slices.Clone(v)
		}
		shift(f)
		if got, want := sign(authToken, r.url, f), sig; got != want {
			t.Fatalf("%s: the test's shift changes the signature", name)
		}
		if code, msgs := r.post(t, f, sig); code != http.StatusBadRequest {
			t.Errorf("%s: got %d %q, want 400", name, code, msgs)
		}
	}
	// A repeated name: the validator signs the first value only, so the second must not count either.
	f := form(sid(101), "hello")
	raw := f.Encode() + "&Body=evil"
	req, _ := http.NewRequest(http.MethodPost, r.url, strings.NewReader(raw))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Twilio-Signature", sign(authToken, r.url, f))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("repeated Body: got %d, want 400", resp.StatusCode)
	}
	conv := testIDs.Conversation("twilio:whatsapp:+14155238886", "966512344567")
	if hist, _ := r.store.History(t.Context(), conv); len(hist) != 2 {
		t.Errorf("%d entries logged, want only the original's 2", len(hist))
	}
}
