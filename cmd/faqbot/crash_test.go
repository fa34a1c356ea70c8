package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/transport/whatsapp"
	"github.com/faqbot/faqbot/transport/whatsapp/whatsapptest"
)

// buildFaqbot builds this command into a temporary directory: the crash tests kill a real process.
func buildFaqbot(t *testing.T) string {
	t.Helper()
	bin := t.TempDir() + "/faqbot"
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// proc is a `faqbot serve` process.
type proc struct {
	URL string
	cmd *exec.Cmd
	log *syncBuffer
}

// startFaqbot runs `faqbot serve` with env on a free loopback port and waits until it is ready.
func startFaqbot(t *testing.T, bin string, env map[string]string) *proc {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	cmd := exec.Command(bin, "serve")
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"), "FAQBOT_ADDR=" + addr}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	p := &proc{URL: "http://" + addr, cmd: cmd, log: &syncBuffer{}}
	cmd.Stdout, cmd.Stderr = p.log, p.log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-exited
		if t.Failed() {
			t.Logf("faqbot serve on %s logged:\n%s", addr, p.log.String())
		}
	})
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if resp, err := http.Get(p.URL + "/readyz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return p
			}
		}
		select {
		case <-exited:
			t.Fatalf("faqbot serve exited:\n%s", p.log.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("faqbot serve not ready in 30 s:\n%s", p.log.String())
		}
	}
}

// kill ends the process with SIGKILL, as a crash or the OOM killer would.
func (p *proc) kill(t *testing.T) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
}

// Twenty WhatsApp deliveries are acknowledged (200), then the replica is killed (SIGKILL) while
// every send to the Graph API hangs: some messages are logged and not sent, most not even read.
// Another replica — its restart, or one already running when it died — must answer and log every
// one of them.
func TestWhatsAppSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and kills a real faqbot serve")
	}
	bin := buildFaqbot(t)
	t.Run("restart", func(t *testing.T) { testWhatsAppKill(t, bin, false) })
	t.Run("survivor", func(t *testing.T) { testWhatsAppKill(t, bin, true) })
}

// testWhatsAppKill starts the second replica after the kill, or before it with survivor.
func testWhatsAppKill(t *testing.T, bin string, survivor bool) {
	rs := redistest.Start(t)
	graph := whatsapptest.NewGraph(t)
	killed := make(chan struct{})
	var hung atomic.Int64
	graph.Answer(func(whatsapptest.Request) (int, string) {
		hung.Add(1)
		<-killed // the process that asked is gone by then: its request fails
		return http.StatusServiceUnavailable, whatsapptest.Error(2, "Service temporarily unavailable")
	})
	env := map[string]string{
		"REDIS_URL": rs.URL(), "FAQBOT_LOG_LEVEL": "info",
		"WHATSAPP_VERIFY_TOKEN": waVerify, "WHATSAPP_APP_SECRET": waSecret, "WHATSAPP_ACCESS_TOKEN": waToken,
		"WHATSAPP_PHONE_NUMBER_ID": waPhoneID, "WHATSAPP_API_BASE": graph.URL,
	}
	first := startFaqbot(t, bin, env)

	const n = 20
	patient := func(i int) string { return fmt.Sprintf("9665000000%02d", i) }
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body := whatsapptest.Delivery(waPhoneID, []whatsapptest.Message{{From: patient(i), ID: fmt.Sprintf("wamid.CRASH%02d", i), Text: question}}, nil)
			if code := whatsapptest.Post(t, first.URL+"/webhooks/whatsapp", waSecret, body); code != 200 {
				t.Errorf("delivery %d: %d, want 200", i, code)
			}
		}()
	}
	wg.Wait()
	waitUntil(t, "the replica at work", func() bool { return hung.Load() >= 2 })
	var second *proc
	if survivor {
		// Started after the first read every delivery, so whatever it answers it took over.
		second = startFaqbot(t, bin, env)
	}
	first.kill(t)
	graph.Answer(nil)
	close(killed)
	if sent := answered(graph); len(sent) != 0 {
		t.Fatalf("answered before the kill: %v", sent)
	}

	restarted := time.Now()
	if !survivor {
		second = startFaqbot(t, bin, env)
	}
	deadline := time.Now().Add(90 * time.Second)
	for len(answered(graph)) < n && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	sent := answered(graph)
	t.Logf("after the kill, %d of %d patients answered in %v", len(sent), n, time.Since(restarted).Round(100*time.Millisecond))
	engine, err := loadEngine("", bot.Config{})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := engine.Respond(question, bot.State{})
	parts := len(whatsapp.Render(want, patient(0), "ar", ""))
	for i := range n {
		switch got := sent[patient(i)]; {
		case got == 0:
			t.Errorf("patient %d acknowledged but never answered", i)
		case got != parts:
			// Nothing reached the Graph API before the kill: no answer is due twice.
			t.Errorf("patient %d sent %d messages, want the answer's %d once", i, got, parts)
		}
	}
	if got := metric(t, second.URL, "faqbot_whatsapp_recovered_total"); got < 1 {
		t.Errorf("faqbot_whatsapp_recovered_total = %v on the restarted replica, want the taken-over messages", got)
	}

	// Every message is logged, with its answer.
	store := redisstore.New(rs.Client(t), redisstore.Options{})
	for i := range n {
		conv := testConversationID(t, rs, patient(i))
		hist, err := store.History(t.Context(), conv)
		if err != nil {
			t.Errorf("patient %d: history: %v", i, err)
			continue
		}
		var asked, replied int
		for _, e := range hist {
			switch {
			case e.From == bot.FromPatient && e.MsgID == fmt.Sprintf("wamid.CRASH%02d", i):
				asked++
			case e.From == bot.FromBot:
				replied++
			}
		}
		if asked != 1 || replied != 1 {
			t.Errorf("patient %d: logged %d questions and %d answers, want 1 and 1", i, asked, replied)
		}
	}
}

// testConversationID is the conversation id of WhatsApp patient waID on the test's number, under
// the secret the replicas generated and share in Redis (FAQBOT_ID_SECRET unset).
func testConversationID(t *testing.T, rs *redistest.Server, waID string) string {
	t.Helper()
	secret, err := redisstore.New(rs.Client(t), redisstore.Options{}).Secret(t.Context(), idSecretName)
	if err != nil {
		t.Fatal(err)
	}
	ids, err := whatsapp.NewIDs(secret)
	if err != nil {
		t.Fatal(err)
	}
	return ids.Conversation(waPhoneID, waID)
}

// answered counts the answers each patient was sent (read receipts and refused sends left out).
func answered(graph *whatsapptest.Graph) map[string]int {
	out := map[string]int{}
	for _, r := range graph.Sends() {
		if r.Answer == http.StatusOK && r.To() != "" {
			out[r.To()]++
		}
	}
	return out
}

// twilioAPI is a fake of Twilio's Messages API: it records the messages sent, and answers with
// hang while set.
type twilioAPI struct {
	URL  string
	mu   sync.Mutex
	sent map[string][]string // To -> bodies accepted
	hang func()
}

func newTwilioAPI(t *testing.T) *twilioAPI {
	api := &twilioAPI{sent: map[string][]string{}}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		api.mu.Lock()
		hang := api.hang
		api.mu.Unlock()
		if hang != nil {
			hang()
			http.Error(w, `{"code":20500,"message":"Internal Server Error","status":500}`, http.StatusInternalServerError)
			return
		}
		api.mu.Lock()
		api.sent[r.PostForm.Get("To")] = append(api.sent[r.PostForm.Get("To")], r.PostForm.Get("Body"))
		api.mu.Unlock()
		w.WriteHeader(http.StatusCreated)
		io.WriteString(w, `{"sid":"SMout","status":"queued"}`)
	}))
	t.Cleanup(srv.Close)
	api.URL = srv.URL
	return api
}

func (api *twilioAPI) answered() int {
	api.mu.Lock()
	defer api.mu.Unlock()
	return len(api.sent)
}

// The same kill on the Twilio webhook: with staff replies configured, messages are queued in
// Redis, acknowledged with an empty response, and answered through the Messages API; those of the
// killed replica are answered by its restart.
func TestTwilioSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and kills a real faqbot serve")
	}
	bin := buildFaqbot(t)
	rs := redistest.Start(t)
	api := newTwilioAPI(t)
	killed := make(chan struct{})
	var hung atomic.Int64
	api.hang = func() { hung.Add(1); <-killed }
	const twilioFrom = "whatsapp:+14155238886"
	env := map[string]string{
		"REDIS_URL": rs.URL(), "TWILIO_AUTH_TOKEN": twilioToken, "TWILIO_ACCOUNT_SID": "AC" + strings.Repeat("0", 32),
		"TWILIO_FROM": twilioFrom, "TWILIO_API_BASE": api.URL,
	}
	first := startFaqbot(t, bin, env)

	const n = 10
	patient := func(i int) string { return fmt.Sprintf("9665000001%02d", i) }
	sid := func(i int) string { return fmt.Sprintf("SM%032x", 500+i) }
	u := first.URL + "/webhooks/twilio"
	for i := range n {
		f := url.Values{"MessageSid": {sid(i)}, "AccountSid": {"AC" + strings.Repeat("0", 32)}, "From": {"whatsapp:+" + patient(i)},
			"To": {twilioFrom}, "Body": {question}, "NumMedia": {"0"}}
		req, _ := http.NewRequest(http.MethodPost, u, strings.NewReader(f.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-Twilio-Signature", twilioSign(u, f))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || strings.Contains(string(raw), "<Message>") {
			t.Fatalf("message %d: %d %s, want 200 and an empty response (the answer goes through the API)", i, resp.StatusCode, raw)
		}
	}
	waitUntil(t, "the replica at work", func() bool { return hung.Load() >= 1 })
	first.kill(t)
	api.mu.Lock()
	api.hang = nil
	api.mu.Unlock()
	close(killed)

	restarted := time.Now()
	startFaqbot(t, bin, env)
	for deadline := time.Now().Add(90 * time.Second); api.answered() < n && time.Now().Before(deadline); {
		time.Sleep(100 * time.Millisecond)
	}
	t.Logf("after the restart, %d of %d Twilio patients answered in %v", api.answered(), n, time.Since(restarted).Round(100*time.Millisecond))
	api.mu.Lock()
	for i := range n {
		if len(api.sent["whatsapp:+"+patient(i)]) == 0 {
			t.Errorf("patient %d acknowledged but never answered", i)
		}
	}
	api.mu.Unlock()

	store := redisstore.New(rs.Client(t), redisstore.Options{})
	secret, err := store.Secret(t.Context(), idSecretName)
	if err != nil {
		t.Fatal(err)
	}
	ids, _ := whatsapp.NewIDs(secret)
	for i := range n {
		hist, err := store.History(t.Context(), ids.Conversation("twilio:"+twilioFrom, patient(i)))
		if err != nil || len(hist) != 2 || hist[0].MsgID != sid(i) || hist[1].From != bot.FromBot {
			t.Errorf("patient %d: logged %d entries (%v), want the question and its answer", i, len(hist), err)
		}
	}
}
