package whatsapp

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/memstore"
	"github.com/faqbot/faqbot/transport/whatsapp/whatsapptest"
	"github.com/prometheus/client_golang/prometheus"
)

const (
	testPhoneID = "106540352242922"
	testSecret  = "test-app-secret"
	testToken   = "EAAtest-access-token-never-logged"
	testVerify  = "test-verify-token"
	patient     = "966512344567"
	waitLong    = 30 * time.Second // ample: a loaded CI machine has taken over 10 s
)

// responderFunc adapts a function to bot.Responder.
type responderFunc func(text string, st bot.State) (bot.Reply, bot.State)

func (f responderFunc) Respond(text string, st bot.State) (bot.Reply, bot.State) { return f(text, st) }

const (
	arabicQuestion = "كم يستمر مفعول البوتوكس؟ 😊"
	arabicAnswer   = "يستمر مفعول البوتوكس عادة من ثلاثة إلى أربعة أشهر، ثم يزول تدريجيًا."
	emergencyText  = "هذه أعراض طارئة: اتصل بالإسعاف على 997 فورًا."
)

// clinic is a small stand-in engine: enough to tell replies apart, with the engine's language memory.
var clinic = responderFunc(func(text string, st bot.State) (bot.Reply, bot.State) {
	st.Lang = "en"
	for _, r := range text {
		if unicode.Is(unicode.Arabic, r) {
			st.Lang = "ar"
			break
		}
	}
	switch {
	case text == arabicQuestion:
		return reply(bot.KindAnswer, arabicAnswer, "ما الآثار الجانبية؟", "كم سعر الجلسة؟"), st
	case strings.Contains(text, "breathe") || bot.RedFlag(text): // the engine triages first
		return reply(bot.KindEmergency, emergencyText), st
	case strings.HasPrefix(text, "many"):
		return reply(bot.KindClarify, "Which one?", "What are the side effects of the treatment?", "How long does it last?", "Does it hurt?", "Can I exercise afterwards?"), st
	}
	return reply(bot.KindFallback, "echo: "+text), st
})

// rig is one bridge replica with its webhook server, over a store, claimer and fake Graph API
// that replicas may share.
type rig struct {
	b        *Bridge
	url      string
	graph    *whatsapptest.Graph
	store    *memstore.Store
	statuses *MemStatuses
	reg      *prometheus.Registry
	logs     *syncBuffer
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

var testIDs, _ = NewIDs([]byte("bridge-test-conversation-id-secret"))

type shared struct {
	graph    *whatsapptest.Graph
	store    *memstore.Store
	claimer  Claimer
	statuses *MemStatuses
}

func newShared(t *testing.T) shared {
	return shared{graph: whatsapptest.NewGraph(t), store: memstore.New(0), claimer: NewMemClaimer(), statuses: NewMemStatuses()}
}

func newRig(t *testing.T, sh shared, tune func(*Options)) *rig {
	t.Helper()
	r := &rig{graph: sh.graph, store: sh.store, statuses: sh.statuses, reg: prometheus.NewRegistry(), logs: &syncBuffer{}}
	o := Options{
		Config:     Config{VerifyToken: testVerify, AppSecret: testSecret, AccessToken: testToken, PhoneNumberID: testPhoneID, APIBase: sh.graph.URL},
		Service:    &bot.Service{Engine: clinic, Store: sh.store},
		Claimer:    sh.claimer,
		IDs:        testIDs,
		Statuses:   sh.statuses,
		Logger:     slog.New(slog.NewTextHandler(r.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Registerer: r.reg,
		Backoff:    func(int) time.Duration { return time.Millisecond },
	}
	if tune != nil {
		tune(&o)
	}
	b, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	r.b = b
	mux := http.NewServeMux()
	b.Register(mux)
	srv := httptest.NewServer(mux)
	r.url = srv.URL + "/webhooks/whatsapp"
	t.Cleanup(func() {
		srv.Close()
		r.close(t)
		for _, secret := range []string{testToken, testSecret, arabicQuestion, arabicAnswer, patient} {
			if strings.Contains(r.logs.String(), secret) {
				t.Errorf("the log contains %q:\n%s", secret, r.logs.String())
			}
		}
	})
	return r
}

// close drains the queue and waits for the workers: everything posted so far has been handled.
func (r *rig) close(t *testing.T) {
	t.Helper()
	// Not t.Context(): this also runs in Cleanup, after it is cancelled.
	ctx, cancel := context.WithTimeout(context.Background(), waitLong)
	defer cancel()
	if err := r.b.Close(ctx); err != nil {
		t.Fatal(err)
	}
}

func (r *rig) post(t *testing.T, body []byte) int {
	t.Helper()
	return whatsapptest.Post(t, r.url, testSecret, body)
}

// metric is the value of a counter or gauge in the rig's registry (0 when absent).
func (r *rig) metric(t *testing.T, name string, labels ...string) float64 {
	t.Helper()
	fams, err := r.reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fams {
		if f.GetName() != name {
			continue
		}
	next:
		for _, m := range f.GetMetric() {
			for i := 0; i+1 < len(labels); i += 2 {
				found := false
				for _, lp := range m.GetLabel() {
					found = found || (lp.GetName() == labels[i] && lp.GetValue() == labels[i+1])
				}
				if !found {
					continue next
				}
			}
			if m.GetCounter() != nil {
				return m.GetCounter().GetValue()
			}
			return m.GetGauge().GetValue()
		}
	}
	return 0
}

func text(from, id, body string) whatsapptest.Message {
	return whatsapptest.Message{From: from, ID: id, Text: body}
}

func delivery(msgs ...whatsapptest.Message) []byte {
	return whatsapptest.Delivery(testPhoneID, msgs, nil)
}

func TestVerifyHandshake(t *testing.T) {
	r := newRig(t, newShared(t), nil)
	get := func(q url.Values) (int, string, string) {
		resp, err := http.Get(r.url + "?" + q.Encode())
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, resp.Header.Get("Content-Type"), string(b)
	}
	code, ctype, body := get(url.Values{"hub.mode": {"subscribe"}, "hub.verify_token": {testVerify}, "hub.challenge": {"1158201444"}})
	if code != 200 || body != "1158201444" || !strings.HasPrefix(ctype, "text/plain") {
		t.Errorf("good handshake: got %d %q %q", code, ctype, body)
	}
	for name, q := range map[string]url.Values{
		"wrong token":  {"hub.mode": {"subscribe"}, "hub.verify_token": {"guess"}, "hub.challenge": {"1"}},
		"no token":     {"hub.mode": {"subscribe"}, "hub.challenge": {"1"}},
		"wrong mode":   {"hub.mode": {"unsubscribe"}, "hub.verify_token": {testVerify}, "hub.challenge": {"1"}},
		"no challenge": {"hub.mode": {"subscribe"}, "hub.verify_token": {testVerify}},
	} {
		if code, _, body := get(q); code != http.StatusForbidden || strings.Contains(body, "1") {
			t.Errorf("%s: got %d %q, want 403", name, code, body)
		}
	}
}

func TestArabicQuestionAnsweredToTheRightNumber(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, nil)
	body := delivery(text(patient, "wamid.Q1", arabicQuestion))
	if !bytes.Contains(body, []byte(`\u0643\u0645`)) || !bytes.Contains(body, []byte(`\ud83d\ude0a`)) {
		t.Fatalf("delivery not escaped like Meta's: %s", body)
	}
	if code := r.post(t, body); code != http.StatusOK {
		t.Fatalf("got %d", code)
	}
	r.close(t)

	reqs := sh.graph.Requests()
	if len(reqs) != 2 {
		t.Fatalf("got %d Graph requests, want a read receipt and one answer: %+v", len(reqs), reqs)
	}
	read, ans := reqs[0], reqs[1]
	for _, q := range reqs {
		if q.Path != "/v21.0/"+testPhoneID+"/messages" || q.Auth != "Bearer "+testToken {
			t.Errorf("request to %s with %q", q.Path, q.Auth)
		}
	}
	if !read.IsRead() || read.Body["message_id"] != "wamid.Q1" || read.Body["typing_indicator"] == nil {
		t.Errorf("first request %s, want mark-as-read of wamid.Q1 with the typing indicator", read.Raw)
	}
	if ans.To() != patient || ans.Type() != "interactive" || ans.Text() != arabicAnswer {
		t.Errorf("answer to %q, type %q, text %q", ans.To(), ans.Type(), ans.Text())
	}
	if !strings.Contains(string(ans.Raw), "ما الآثار الجانبية؟") {
		t.Errorf("suggestions missing from %s", ans.Raw)
	}

	conv := testIDs.Conversation(testPhoneID, patient)
	hist, err := sh.store.History(t.Context(), conv)
	if err != nil || len(hist) != 2 {
		t.Fatalf("history %+v, %v", hist, err)
	}
	if hist[0].From != bot.FromPatient || hist[0].Text != arabicQuestion || hist[0].MsgID != "wamid.Q1" ||
		hist[1].From != bot.FromBot || hist[1].Reply.Text != arabicAnswer {
		t.Errorf("history %+v", hist)
	}
	turn, err := sh.store.Begin(t.Context(), conv, "")
	if err != nil || turn.Session.Channel != bot.ChannelWhatsApp || turn.Session.Patient != patient || turn.Session.SecretHash != "" {
		t.Errorf("session %+v, %v: want a WhatsApp session holding the wa_id", turn.Session, err)
	}
	if strings.Contains(conv, patient) || !strings.HasPrefix(conv, "wa-") || len(conv) != 25 {
		t.Errorf("conversation id %q", conv)
	}
}

func TestSuggestionsAsButtonsOrList(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, nil)
	r.post(t, delivery(text(patient, "wamid.A", arabicQuestion)))
	r.post(t, delivery(text("966500000001", "wamid.B", "many topics")))
	r.close(t)
	byTo := map[string]whatsapptest.Request{}
	for _, s := range sh.graph.Sends() {
		byTo[s.To()] = s
	}
	in := func(q whatsapptest.Request) map[string]any { return q.Body["interactive"].(map[string]any) }
	if typ := in(byTo[patient])["type"]; typ != "button" {
		t.Errorf("two short suggestions: got %v, want button", typ)
	}
	list := in(byTo["966500000001"])
	if list["type"] != "list" {
		t.Fatalf("four suggestions: got %v, want list", list["type"])
	}
	rows := list["action"].(map[string]any)["sections"].([]any)[0].(map[string]any)["rows"].([]any)
	if len(rows) != 4 {
		t.Errorf("got %d rows", len(rows))
	}
	// Tapping a row sends back its id: the full suggestion is the next question.
	row := rows[0].(map[string]any)
	r2 := newRig(t, sh, nil)
	r2.post(t, delivery(whatsapptest.Message{From: "966500000001", ID: "wamid.C", Type: "list_reply", ReplyID: row["id"].(string), Text: row["title"].(string)}))
	r2.close(t)
	sends := sh.graph.Sends()
	if got := sends[len(sends)-1].Text(); got != "echo: What are the side effects of the treatment?" {
		t.Errorf("after tapping a row: %q", got)
	}
}

func TestRedeliveryGetsOneReply(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, nil)
	body := delivery(text(patient, "wamid.R", "hello"))
	r.post(t, body)
	sh.graph.WaitSends(t, 1, waitLong)
	for range 3 {
		if code := r.post(t, body); code != http.StatusOK {
			t.Fatalf("redelivery got %d, want 200", code)
		}
	}
	r.close(t)
	if n := len(sh.graph.Sends()); n != 1 {
		t.Errorf("got %d replies, want 1", n)
	}
	if d := r.metric(t, "faqbot_whatsapp_duplicates_total"); d != 3 {
		t.Errorf("duplicates metric %v, want 3", d)
	}
	hist, _ := sh.store.History(t.Context(), testIDs.Conversation(testPhoneID, patient))
	if len(hist) != 2 {
		t.Errorf("log has %d entries, want 2", len(hist))
	}
}

func TestConcurrentCopiesOnTwoReplicasGetOneReply(t *testing.T) {
	sh := newShared(t)
	a, b := newRig(t, sh, nil), newRig(t, sh, nil)
	const copies = 8
	var wg sync.WaitGroup
	for i := range copies {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rr := a
			if i%2 == 1 {
				rr = b
			}
			// Two messages per delivery, so copies also race inside batches.
			if code := rr.post(t, delivery(text(patient, "wamid.C1", "first"), text(patient, "wamid.C2", "second"))); code != 200 {
				t.Errorf("got %d", code)
			}
		}()
	}
	wg.Wait()
	a.close(t)
	b.close(t)
	var got []string
	for _, s := range sh.graph.Sends() {
		got = append(got, s.Text())
	}
	if strings.Join(got, "|") != "echo: first|echo: second" {
		t.Errorf("replies %q, want each message answered once, in order", got)
	}
}

func TestSignaturesChecked(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, nil)
	body := delivery(text(patient, "wamid.S", arabicQuestion))
	other := delivery(text(patient, "wamid.T", "hello"))
	tests := []struct {
		name string
		sig  string
	}{
		{"missing", ""},
		{"forged", "sha256=" + strings.Repeat("0f", 32)},
		{"stale: valid for another body", whatsapptest.Signature(testSecret, other)},
		{"stale: old app secret", whatsapptest.Signature("rotated-away", body)},
		{"signature of the unescaped body", whatsapptest.Signature(testSecret, bytes.ReplaceAll(body, []byte(`\u0643`), []byte("ك")))},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest(http.MethodPost, r.url, bytes.NewReader(body))
		if tt.sig != "" {
			req.Header.Set(SignatureHeader, tt.sig)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("%s: got %d, want 401", tt.name, resp.StatusCode)
		}
	}
	r.close(t)
	if reqs := sh.graph.Requests(); len(reqs) != 0 {
		t.Errorf("unsigned deliveries reached the Graph API: %d requests", len(reqs))
	}
	if hist, _ := sh.store.History(t.Context(), testIDs.Conversation(testPhoneID, patient)); len(hist) != 0 {
		t.Errorf("unsigned deliveries were logged: %+v", hist)
	}
	if n := r.metric(t, "faqbot_whatsapp_webhooks_total", "result", "bad_signature"); n != float64(len(tests)) {
		t.Errorf("bad_signature metric %v, want %d", n, len(tests))
	}
}

func TestThroughputErrorRetried(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, nil)
	var mu sync.Mutex
	fails := 2
	sh.graph.Answer(func(q whatsapptest.Request) (int, string) {
		mu.Lock()
		defer mu.Unlock()
		if !q.IsRead() && fails > 0 {
			fails--
			return http.StatusBadRequest, whatsapptest.Error(CodeThroughput, "Rate limit hit")
		}
		return 0, ""
	})
	r.post(t, delivery(text(patient, "wamid.T1", "hello")))
	r.close(t)
	sends := sh.graph.Sends()
	if len(sends) != 3 || sends[2].Answer != 200 {
		t.Errorf("got %d attempts, want 2 refusals then success", len(sends))
	}
	if n := r.metric(t, "faqbot_whatsapp_send_retries_total"); n != 2 {
		t.Errorf("retries metric %v, want 2", n)
	}
}

func TestServerErrorRetriedThenGivenUp(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, nil)
	sh.graph.Answer(func(q whatsapptest.Request) (int, string) {
		if q.IsRead() {
			return 0, ""
		}
		return http.StatusServiceUnavailable, `{"error":{"message":"Service temporarily unavailable","code":2}}`
	})
	r.post(t, delivery(text(patient, "wamid.U1", "hello")))
	r.close(t)
	if n := len(sh.graph.Sends()); n != 5 {
		t.Errorf("got %d attempts, want 5 (capped)", n)
	}
	conv := testIDs.Conversation(testPhoneID, patient)
	hist, _ := sh.store.History(t.Context(), conv)
	if st := sh.statuses.Entry(conv, hist[1].ID); st.Status != StatusFailed || st.ErrCode != 2 {
		t.Errorf("entry status %+v, want failed with code 2", st)
	}
}

func TestWindowClosedNotRetriedAndRecorded(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, nil)
	sh.graph.Answer(func(q whatsapptest.Request) (int, string) {
		if q.IsRead() {
			return 0, ""
		}
		return http.StatusBadRequest, string(MustFixture(t, "send/error_131047.json"))
	})
	r.post(t, delivery(text(patient, "wamid.W1", "first"), text(patient, "wamid.W2", "second")))
	r.close(t)
	if n := len(sh.graph.Sends()); n != 1 {
		t.Errorf("got %d send attempts, want 1: 131047 is not retried, and the second reply is not tried", n)
	}
	conv := testIDs.Conversation(testPhoneID, patient)
	hist, _ := sh.store.History(t.Context(), conv)
	if len(hist) != 4 {
		t.Fatalf("history %+v", hist)
	}
	for _, e := range []bot.Entry{hist[1], hist[3]} {
		if st := sh.statuses.Entry(conv, e.ID); st.Status != StatusFailed || st.ErrCode != CodeWindowClosed {
			t.Errorf("entry %q status %+v, want failed 131047", e.Text, st)
		}
	}
	if n := r.metric(t, "faqbot_whatsapp_send_errors_total", "code", "131047"); n != 1 {
		t.Errorf("send_errors{131047} = %v, want 1", n)
	}
}

func TestExpiredTokenLoggedAndCounted(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, nil)
	sh.graph.Answer(func(whatsapptest.Request) (int, string) {
		return http.StatusUnauthorized, string(MustFixture(t, "send/error_190.json"))
	})
	r.post(t, delivery(text(patient, "wamid.X1", "hello")))
	r.close(t)
	if n := len(sh.graph.Sends()); n != 1 {
		t.Errorf("got %d send attempts, want 1", n)
	}
	if n := r.metric(t, "faqbot_whatsapp_token_expired_total"); n != 2 {
		t.Errorf("token_expired metric %v, want 2 (read receipt and send)", n)
	}
	if !strings.Contains(r.logs.String(), "level=ERROR") || !strings.Contains(r.logs.String(), EnvAccessToken) {
		t.Errorf("no loud log naming %s:\n%s", EnvAccessToken, r.logs.String())
	}
	// The cleanup checks that neither the token nor the number appears in the log.
}

func TestStatusesRecordedAndFailureVisible(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, nil)
	r.post(t, delivery(text(patient, "wamid.M1", "hello")))
	sent := sh.graph.WaitSends(t, 1, waitLong)
	conv := testIDs.Conversation(testPhoneID, patient)
	st := func(id, status string, code int) whatsapptest.Status {
		return whatsapptest.Status{ID: id, Recipient: patient, Status: status, ErrCode: code}
	}
	// Out of order, as Meta may send them: read must not fall back to delivered.
	r.post(t, whatsapptest.Delivery(testPhoneID, nil, []whatsapptest.Status{st("wamid.out.1", "sent", 0), st("wamid.out.1", "read", 0)}))
	r.post(t, whatsapptest.Delivery(testPhoneID, nil, []whatsapptest.Status{st("wamid.out.1", "delivered", 0), st("wamid.unknown", "read", 0)}))
	r.post(t, delivery(text(patient, "wamid.M2", "again")))
	sh.graph.WaitSends(t, 2, waitLong)
	r.post(t, whatsapptest.Delivery(testPhoneID, nil, []whatsapptest.Status{st("wamid.out.2", "sent", 0), st("wamid.out.2", "failed", 131026)}))
	r.close(t)

	if len(sent) != 1 {
		t.Fatalf("sends %d", len(sent))
	}
	hist, _ := sh.store.History(t.Context(), conv)
	if len(hist) != 4 {
		t.Fatalf("history %+v", hist)
	}
	if got := sh.statuses.Entry(conv, hist[1].ID); got != (EntryStatus{Status: StatusRead}) {
		t.Errorf("first reply: %+v, want read", got)
	}
	if got := sh.statuses.Entry(conv, hist[3].ID); got != (EntryStatus{Status: StatusFailed, ErrCode: 131026}) {
		t.Errorf("second reply: %+v, want failed 131026", got)
	}
	if n := r.metric(t, "faqbot_whatsapp_statuses_total", "status", "failed"); n != 1 {
		t.Errorf("statuses{failed} = %v", n)
	}
	// Statuses are never answered.
	if n := len(sh.graph.Sends()); n != 2 {
		t.Errorf("got %d sends", n)
	}
}

func TestFixtureStatusesAndErrorsAreNotAnswered(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, nil)
	for _, f := range []string{"status_sent.json", "status_delivered.json", "status_read.json", "status_failed.json", "errors.json"} {
		if code := r.post(t, MustFixture(t, f)); code != 200 {
			t.Errorf("%s: got %d", f, code)
		}
	}
	r.close(t)
	if n := len(sh.graph.Requests()); n != 0 {
		t.Errorf("got %d Graph requests for statuses and errors", n)
	}
	if n := r.metric(t, "faqbot_whatsapp_statuses_total", "status", "failed"); n != 1 {
		t.Errorf("statuses{failed} = %v", n)
	}
	if !strings.Contains(r.logs.String(), "code=130429") {
		t.Error("the webhook's error object was not logged")
	}
}

func TestMessageTypes(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, nil)
	for _, f := range []string{"image.json", "audio.json", "location.json", "unsupported.json", "reaction.json", "system.json",
		"button.json", "interactive_button_reply.json", "interactive_list_reply.json"} {
		if code := r.post(t, MustFixture(t, f)); code != 200 {
			t.Errorf("%s: got %d", f, code)
		}
	}
	r.close(t)
	var got []string
	for _, s := range sh.graph.Sends() {
		if s.To() != "16505551234" {
			t.Errorf("reply to %q", s.To())
		}
		got = append(got, s.Text())
	}
	both := labelsAR.onlyText + "\n\n" + labelsEN.onlyText
	want := []string{both, both, both, both, // image, audio, location, unsupported: nothing known of the language yet
		"echo: Unsubscribe from Promos", "echo: Cancel", "echo: Priority Mail Express"}
	if strings.Join(got, "\n|") != strings.Join(want, "\n|") {
		t.Errorf("replies:\n%q\nwant\n%q", got, want)
	}
	for _, kind := range []string{"media", "question", "reaction", "ignored"} {
		if r.metric(t, "faqbot_whatsapp_messages_total", "kind", kind) == 0 {
			t.Errorf("no %s counted", kind)
		}
	}
	if !strings.Contains(r.logs.String(), "type=system") {
		t.Error("the system message was not logged")
	}
}

func TestMediaReplyInThePatientsLanguage(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, nil)
	r.post(t, delivery(text(patient, "wamid.L1", "hello there")))
	sh.graph.WaitSends(t, 1, waitLong)
	r.post(t, delivery(whatsapptest.Message{From: patient, ID: "wamid.L2", Type: "audio"}))
	r.post(t, delivery(text("966500000002", "wamid.L3", arabicQuestion)))
	sh.graph.WaitSends(t, 2, waitLong)
	r.post(t, delivery(whatsapptest.Message{From: "966500000002", ID: "wamid.L4", Type: "sticker"}))
	r.close(t)
	byTo := map[string][]string{}
	for _, s := range sh.graph.Sends() {
		byTo[s.To()] = append(byTo[s.To()], s.Text())
	}
	if got := byTo[patient]; len(got) != 2 || got[1] != labelsEN.onlyText {
		t.Errorf("English patient: %q", got)
	}
	if got := byTo["966500000002"]; len(got) != 2 || got[1] != labelsAR.onlyText {
		t.Errorf("Arabic patient: %q", got)
	}
	hist, _ := sh.store.History(t.Context(), testIDs.Conversation(testPhoneID, patient))
	if len(hist) != 4 || hist[2].Text != "[audio]" {
		t.Errorf("media not logged for staff: %+v", hist)
	}
}

// blocker holds the fake Graph API's answers until released, keeping a worker busy.
type blocker struct {
	once    sync.Once
	release chan struct{}
	entered chan struct{}
}

func newBlocker(g *whatsapptest.Graph) *blocker {
	bl := &blocker{release: make(chan struct{}), entered: make(chan struct{}, 100)}
	g.Answer(func(whatsapptest.Request) (int, string) {
		bl.entered <- struct{}{}
		<-bl.release
		return 0, ""
	})
	return bl
}

func (bl *blocker) open() { bl.once.Do(func() { close(bl.release) }) }

func TestEmergencyGoesFirstAndAlone(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, func(o *Options) { o.Shards = 1 })
	bl := newBlocker(sh.graph)
	defer bl.open()
	// The worker is busy with a first message while three more arrive: they form one batch.
	r.post(t, delivery(text(patient, "wamid.E0", "hello")))
	<-bl.entered
	r.post(t, delivery(text(patient, "wamid.E1", "how much is it"), text(patient, "wamid.E2", "I can't breathe"), text(patient, "wamid.E3", "where are you")))
	bl.open()
	r.close(t)
	var got []string
	for _, s := range sh.graph.Sends() {
		got = append(got, s.Type()+":"+s.Text())
	}
	want := []string{"text:echo: hello", "text:" + emergencyText, "text:echo: how much is it", "text:echo: where are you"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("order:\n%q\nwant\n%q", got, want)
	}
	sends := sh.graph.Sends()
	if ctx, _ := sends[1].Body["context"].(map[string]any); ctx["message_id"] != "wamid.E2" {
		t.Errorf("in a batch each reply quotes its question: %s", sends[1].Raw)
	}
}

func TestQueueFullAsksMetaToRedeliver(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, func(o *Options) { o.Shards, o.QueueSize = 1, 1 })
	bl := newBlocker(sh.graph)
	defer bl.open()
	if code := r.post(t, delivery(text(patient, "wamid.F1", "one"))); code != 200 {
		t.Fatalf("got %d", code)
	}
	<-bl.entered // the worker holds F1
	if code := r.post(t, delivery(text(patient, "wamid.F2", "two"))); code != 200 {
		t.Fatalf("got %d", code)
	}
	third := delivery(text(patient, "wamid.F3", "three"))
	if code := r.post(t, third); code != http.StatusServiceUnavailable {
		t.Fatalf("full queue: got %d, want 503", code)
	}
	if n := r.metric(t, "faqbot_whatsapp_webhooks_total", "result", "queue_full"); n != 1 {
		t.Errorf("queue_full metric %v", n)
	}
	if n := r.metric(t, "faqbot_whatsapp_queued"); n != 1 {
		t.Errorf("queued gauge %v, want 1", n)
	}
	bl.open()
	sh.graph.WaitSends(t, 2, waitLong)
	if code := r.post(t, third); code != 200 { // Meta's redelivery
		t.Fatalf("redelivery got %d", code)
	}
	r.close(t)
	var got []string
	for _, s := range sh.graph.Sends() {
		got = append(got, s.Text())
	}
	if strings.Join(got, "|") != "echo: one|echo: two|echo: three" {
		t.Errorf("replies %q", got)
	}
}

// redFlag is the message testing found unanswered while staff held the conversation.
const redFlag = "فجأة صار عندي ضيق تنفس وما اقدر ابلع"

// While staff hold the conversation the bot does not answer, but says once that a person has the
// message, and a red flag always gets the emergency guidance.
// A red flag in a delivery the full queue refuses is answered at once, not after Meta's
// redelivery, and once.
func TestQueueFullRedFlagAnsweredAtOnce(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, func(o *Options) { o.Shards, o.QueueSize = 1, 1 })
	bl := newBlocker(sh.graph)
	defer bl.open()
	r.post(t, delivery(text(patient, "wamid.G1", "one")))
	<-bl.entered // the worker holds G1
	r.post(t, delivery(text(patient, "wamid.G2", "two")))
	third := delivery(text("966500000003", "wamid.G3", redFlag))
	if code := r.post(t, third); code != http.StatusServiceUnavailable {
		t.Fatalf("full queue: got %d, want 503", code)
	}
	select { // the red flag's answer is on its way, beside the busy worker
	case <-bl.entered:
	case <-time.After(waitLong):
		t.Fatal("the red flag was left for Meta's redelivery")
	}
	bl.open()
	sh.graph.WaitSends(t, 3, waitLong)
	if code := r.post(t, third); code != 200 { // Meta's redelivery
		t.Fatalf("redelivery got %d", code)
	}
	r.close(t)
	emergencies := 0
	for _, s := range sh.graph.Sends() {
		if s.To() == "966500000003" && s.Text() == emergencyText {
			emergencies++
		}
	}
	if emergencies != 1 {
		t.Errorf("the red flag got %d emergency answers, want 1", emergencies)
	}
}

func TestHeldConversationAcknowledgedOnceRedFlagAnswered(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, nil)
	conv := testIDs.Conversation(testPhoneID, patient)
	r.post(t, delivery(text(patient, "wamid.H0", "hello")))
	sh.graph.WaitSends(t, 1, waitLong)
	if err := sh.store.Hold(t.Context(), conv, time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	r.post(t, delivery(text(patient, "wamid.H1", redFlag)))
	sh.graph.WaitSends(t, 2, waitLong)
	r.post(t, delivery(text(patient, "wamid.H2", "are you there?")))
	sh.graph.WaitSends(t, 3, waitLong)
	r.post(t, delivery(text(patient, "wamid.H3", "hello??")))
	r.close(t)
	var got []string
	for _, s := range sh.graph.Sends() {
		got = append(got, s.Text())
	}
	want := []string{"echo: hello", bot.DefaultEmergencyText, "A member of the clinic's staff has your message and will reply here soon."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sent while held:\n%q\nwant\n%q", got, want)
	}
	hist, _ := sh.store.History(t.Context(), conv)
	if len(hist) != 7 || hist[6].Text != "hello??" || hist[3].Reply == nil || hist[3].Reply.Kind != bot.KindEmergency {
		t.Errorf("log: %+v; want every message logged, the red flag with its guidance", hist)
	}
}

// A photo whose caption shows a red flag gets the emergency guidance, not "please write".
func TestMediaCaptionRedFlag(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, nil)
	r.post(t, delivery(whatsapptest.Message{From: patient, ID: "wamid.C1", Type: "image", Text: redFlag}))
	r.post(t, delivery(whatsapptest.Message{From: "966500000002", ID: "wamid.C2", Type: "image", Text: "شوف الصورة"}))
	r.close(t)
	byTo := map[string]string{}
	for _, s := range sh.graph.Sends() {
		byTo[s.To()] = s.Text()
	}
	if got := byTo[patient]; got != emergencyText {
		t.Errorf("red-flag caption answered %q, want the emergency guidance", got)
	}
	if got := byTo["966500000002"]; !strings.Contains(got, labelsAR.onlyText) {
		t.Errorf("ordinary caption answered %q, want please-write", got)
	}
}

func TestStaffSendTextTracked(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, nil)
	conv := testIDs.Conversation(testPhoneID, patient)
	if err := r.b.SendText(t.Context(), conv, patient, "staff-entry-1", "سنتصل بك قريبًا."); err != nil {
		t.Fatal(err)
	}
	r.post(t, whatsapptest.Delivery(testPhoneID, nil, []whatsapptest.Status{{ID: "wamid.out.1", Recipient: patient, Status: "delivered"}}))
	r.close(t)
	if s := sh.graph.Sends(); len(s) != 1 || s[0].To() != patient || s[0].Text() != "سنتصل بك قريبًا." {
		t.Errorf("sends %+v", s)
	}
	if got := sh.statuses.Entry(conv, "staff-entry-1"); got.Status != StatusDelivered {
		t.Errorf("staff entry status %+v", got)
	}
	sh.graph.Answer(func(whatsapptest.Request) (int, string) {
		return http.StatusBadRequest, whatsapptest.Error(CodeWindowClosed, "Re-engagement message")
	})
	r2 := newRig(t, sh, nil)
	if err := r2.b.SendText(t.Context(), conv, patient, "staff-entry-2", "late"); ErrorCode(err) != CodeWindowClosed {
		t.Errorf("got %v, want the 131047 error for the staff console", err)
	}
}

func TestOtherNumbersAndProductsIgnored(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, nil)
	if code := r.post(t, whatsapptest.Delivery("999999999", []whatsapptest.Message{text(patient, "wamid.O1", "hello")}, nil)); code != 200 {
		t.Errorf("got %d", code)
	}
	if code := r.post(t, []byte(`{"object":"page","entry":[]}`)); code != 200 {
		t.Errorf("got %d", code)
	}
	if code := r.post(t, []byte(`{"object":"whatsapp_business_account","entry":[`)); code != http.StatusBadRequest {
		t.Errorf("truncated body: got %d, want 400", code)
	}
	r.close(t)
	if n := len(sh.graph.Requests()); n != 0 {
		t.Errorf("got %d Graph requests", n)
	}
}

func TestBodyCapAndClose(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, func(o *Options) { o.MaxBody = 512 })
	big := delivery(text(patient, "wamid.B1", strings.Repeat("a", 1000)))
	if code := r.post(t, big); code != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized body: got %d, want 413", code)
	}
	r.close(t)
	if code := r.post(t, delivery(text(patient, "wamid.B2", "hi"))); code != http.StatusServiceUnavailable {
		t.Errorf("after Close: got %d, want 503", code)
	}
}

func TestConfigFromEnv(t *testing.T) {
	env := func(kv ...string) func(string) string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) string { return m[k] }
	}
	if _, on, err := ConfigFromEnv(env()); on || err != nil {
		t.Errorf("unset: got %v, %v; want off", on, err)
	}
	_, on, err := ConfigFromEnv(env(EnvAppSecret, "s3cret", EnvVerifyToken, "v"))
	if on || err == nil || !strings.Contains(err.Error(), EnvAccessToken) || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("partial: got %v, %v", on, err)
	}
	cfg, on, err := ConfigFromEnv(env(EnvAppSecret, "s", EnvVerifyToken, "v", EnvAccessToken, "t", EnvPhoneNumberID, "1065"))
	if !on || err != nil || cfg.apiBase() != DefaultAPIBase {
		t.Errorf("complete: got %+v %v %v", cfg, on, err)
	}
	if _, _, err := ConfigFromEnv(env(EnvAppSecret, "s", EnvVerifyToken, "v", EnvAccessToken, "t", EnvPhoneNumberID, "1065", EnvAPIBase, "graph.facebook.com")); err == nil {
		t.Error("an API base without scheme must be refused")
	}
}

func TestMaskPhone(t *testing.T) {
	for in, want := range map[string]string{"966512344567": "9665****4567", "+966512344567": "9665****4567",
		"whatsapp:+16505551234": "1650****1234", "1234": "****", "96651234456x": "****"} {
		if got := MaskPhone(in); got != want {
			t.Errorf("MaskPhone(%q) = %q, want %q", in, got, want)
		}
	}
}
