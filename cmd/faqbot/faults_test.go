package main

import (
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/transport/ws"
	"github.com/gorilla/websocket"
)

// patient is a WebSocket client asking question after question on its own goroutine, recording
// every answer; errors are collected, not fatal, since it runs beside the test's goroutine.
type patient struct {
	name string
	c    *websocket.Conn
	conv string

	mu      sync.Mutex
	sent    []string // message ids, in order
	replies map[string]string
	lat     []sample
	errs    []string
}

type sample struct {
	at  time.Time // when the answer came
	lat time.Duration
}

// unlimitedRedisConfig is the test configuration on redis-server rs without the per-session rate
// limit: these tests send faster than a patient would.
func unlimitedRedisConfig(rs *redistest.Server) serveConfig {
	cfg := testConfig()
	cfg.redisURL = rs.URL()
	cfg.sessionRate = 0
	return cfg
}

// startPatients dials n patients to ts, each asking every pause until stop is closed; wg counts them.
func startPatients(t *testing.T, ts *testServer, n int, pause time.Duration) ([]*patient, chan struct{}, *sync.WaitGroup) {
	t.Helper()
	ps := make([]*patient, n)
	for i := range ps {
		ps[i] = dialPatient(t, ts.WS, "p"+strconv.Itoa(i))
	}
	stop := make(chan struct{})
	wg := &sync.WaitGroup{}
	for _, p := range ps {
		wg.Add(1)
		go p.run(stop, pause, wg)
	}
	return ps, stop, wg
}

func dialPatient(tb testing.TB, url, name string) *patient {
	tb.Helper()
	w := MustDialWS(tb, url)
	hello := w.hello("")
	return &patient{name: name, c: w.c, conv: convOf(hello.Session), replies: map[string]string{}}
}

// ask sends one message and waits up to wait for its reply, skipping typing frames.
func (p *patient) ask(id, text string, wait time.Duration) error {
	start := time.Now()
	p.c.SetWriteDeadline(start.Add(wait))
	if err := p.c.WriteJSON(map[string]string{"type": "message", "id": id, "text": text}); err != nil {
		return fmt.Errorf("%s: send: %w", id, err)
	}
	p.mu.Lock()
	p.sent = append(p.sent, id)
	p.mu.Unlock()
	for {
		p.c.SetReadDeadline(start.Add(wait))
		var f wsFrame
		if err := p.c.ReadJSON(&f); err != nil {
			return fmt.Errorf("%s: no answer: %w", id, err)
		}
		if f.Type == "typing" || f.Type == "staff" {
			continue
		}
		if f.Type != "reply" || f.InReplyTo != id || f.Reply == nil || f.Reply.Kind == "" {
			return fmt.Errorf("%s: got %+v, want its reply", id, f)
		}
		now := time.Now()
		p.mu.Lock()
		p.replies[id] = f.ID
		p.lat = append(p.lat, sample{now, now.Sub(start)})
		p.mu.Unlock()
		return nil
	}
}

// run asks until stop is closed, pausing pause between questions.
func (p *patient) run(stop <-chan struct{}, pause time.Duration, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := 0; ; j++ {
		select {
		case <-stop:
			return
		default:
		}
		if err := p.ask(p.name+"-"+strconv.Itoa(j), loadQuestions()[j%len(loadQuestions())], 10*time.Second); err != nil {
			p.mu.Lock()
			p.errs = append(p.errs, err.Error())
			p.mu.Unlock()
			return
		}
		time.Sleep(pause)
	}
}

// answeredBetween counts the answers that arrived in [from, to).
func (p *patient) answeredBetween(from, to time.Time) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, s := range p.lat {
		if !s.at.Before(from) && s.at.Before(to) {
			n++
		}
	}
	return n
}

// metric reads one unlabelled sample from the server's /metrics.
func metric(tb testing.TB, base, name string) float64 {
	tb.Helper()
	_, body := get(tb, base+"/metrics")
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + ` (\S+)$`).FindStringSubmatch(body)
	if m == nil {
		tb.Fatalf("/metrics has no %s", name)
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		tb.Fatalf("%s = %q: %v", name, m[1], err)
	}
	return v
}

// Redis is killed (SIGKILL, as a crash) for 10 s while patients keep writing, then started again.
// Patients are answered throughout; /readyz says not ready while Redis is down and ready after the
// buffered log writes are in; and Redis then holds every message and answer sent during the test,
// once each, in order. redis-server runs with appendfsync always, so what it acknowledged survives
// the kill, as with a production Redis that persists: a loss here would be ours.
func TestFaultRedisKilledUnderLoad(t *testing.T) {
	const (
		patients = 4
		// pause between one answer and the next question: a few hundred messages a second in all,
		// so the outage's commits stay well under the buffer's bound (bot.DefaultBufferMax).
		pause  = 20 * time.Millisecond
		warm   = 2 * time.Second
		outage = 10 * time.Second
		after  = 2 * time.Second
	)
	rs := redistest.Start(t, "--appendonly", "yes", "--appendfsync", "always")
	ts := MustStartServer(t, unlimitedRedisConfig(rs))
	ps, stop, wg := startPatients(t, ts, patients, pause)
	// /readyz as a load balancer sees it, every 100 ms.
	type probe struct {
		at   time.Time
		code int
	}
	var probes []probe
	var probing sync.WaitGroup
	probeStop := make(chan struct{})
	probing.Add(1)
	go func() {
		defer probing.Done()
		for {
			resp, err := http.Get(ts.URL + "/readyz")
			code := 0
			if err == nil {
				code = resp.StatusCode
				resp.Body.Close()
			}
			probes = append(probes, probe{time.Now(), code})
			select {
			case <-probeStop:
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	}()

	time.Sleep(warm)
	killed := time.Now()
	rs.Kill()
	time.Sleep(outage)
	pendingAtRestart := ts.buffer.Pending()
	rs.Restart()
	restarted := time.Now()
	time.Sleep(after)
	close(stop)
	wg.Wait()
	close(probeStop)
	probing.Wait()
	waitUntil(t, "/readyz ready again with the buffer written", func() bool {
		code, _ := get(t, ts.URL+"/readyz")
		return code == http.StatusOK
	})
	ready := time.Since(restarted)

	for _, p := range ps {
		if len(p.errs) > 0 {
			t.Errorf("patient %s: %v", p.name, p.errs)
		}
		// Answered throughout: in every second of the outage, not just before and after it.
		for s := killed; s.Add(time.Second).Before(restarted); s = s.Add(time.Second) {
			if n := p.answeredBetween(s, s.Add(time.Second)); n == 0 {
				t.Errorf("patient %s: no answer %v into the outage", p.name, s.Sub(killed).Round(time.Second))
			}
		}
	}
	if pendingAtRestart == 0 {
		t.Error("nothing was buffered during the outage: the test did not test the buffer")
	}
	// From a second into the outage (the first failed write) to the restart, every probe says not
	// ready: a replica that said ready would be sent new patients it cannot log.
	notReady := 0
	for _, pr := range probes {
		if pr.at.After(killed.Add(time.Second)) && pr.at.Before(restarted) {
			if pr.code != http.StatusServiceUnavailable {
				t.Errorf("/readyz %d at %v into the outage, want 503", pr.code, pr.at.Sub(killed).Round(time.Millisecond))
			}
			notReady++
		}
	}
	if notReady < 10 {
		t.Errorf("only %d /readyz probes during the outage", notReady)
	}

	// The count: every message sent and every answer given is in Redis once, in order.
	ts.settled(t)
	total := 0
	for _, p := range ps {
		h, err := ts.redis.History(t.Context(), p.conv)
		if err != nil {
			t.Fatalf("History of %s: %v", p.name, err)
		}
		var got []string
		for i, e := range h {
			switch {
			case e.From == bot.FromPatient:
				got = append(got, e.MsgID)
			case e.From == bot.FromBot && i > 0 && h[i-1].From == bot.FromPatient && h[i-1].MsgID == e.MsgID:
				if want := p.replies[e.MsgID]; e.ID != want {
					t.Errorf("%s: answer to %s in Redis is %s, the patient was sent %s", p.name, e.MsgID, e.ID, want)
				}
			default:
				t.Errorf("%s: entry %d (%s, %s) is not the answer right after its message", p.name, i, e.From, e.MsgID)
			}
		}
		if !slices.Equal(got, p.sent) || len(h) != 2*len(p.sent) {
			t.Errorf("%s: Redis holds %d entries, messages %v…; want %d messages, each once, in the order sent, with an answer each",
				p.name, len(h), head(got), len(p.sent))
		}
		total += len(p.sent)
	}
	if d := ts.buffer.Dropped(); d != 0 {
		t.Errorf("%d commits dropped", d)
	}
	if f := metric(t, ts.URL, "faqbot_log_buffer_flushed_total"); f < float64(pendingAtRestart) {
		t.Errorf("faqbot_log_buffer_flushed_total = %v, want at least the %d waiting at the restart", f, pendingAtRestart)
	}
	if m := metric(t, ts.URL, "faqbot_log_buffer_dropped_total") + metric(t, ts.URL, "faqbot_log_buffer_pending"); m != 0 {
		t.Errorf("faqbot_log_buffer_dropped_total + pending = %v, want 0", m)
	}
	t.Logf("%d messages from %d patients, %d commits waiting for Redis at the restart, ready %v after it; all in Redis once",
		total, patients, pendingAtRestart, ready.Round(time.Millisecond))
}

func head(s []string) []string { return s[:min(len(s), 5)] }

// A client that stops reading while the server pushes to it is dropped, and nobody else waits for
// it: other patients' answer times while it stalls are compared with theirs just before, in the
// same test (medians, with a factor generous enough for a busy 2-core machine).
func TestSlowClientDoesNotSlowOthers(t *testing.T) {
	const (
		patients = 3
		pause    = 2 * time.Millisecond
		window   = 1500 * time.Millisecond
	)
	rs := redistest.Start(t)
	ts := MustStartServer(t, unlimitedRedisConfig(rs))
	ps, stop, wg := startPatients(t, ts, patients, pause)
	time.Sleep(300 * time.Millisecond) // settle
	baseFrom := time.Now()
	time.Sleep(window)
	stallFrom := time.Now()

	// The stalled client: says hello, asks a few questions, then never reads again while staff
	// messages of 64 KB are pushed to it until the server gives up on it.
	stalled := dialPatient(t, ts.WS, "stalled")
	for i := range 20 {
		stalled.c.WriteJSON(map[string]string{"type": "message", "id": "s" + strconv.Itoa(i), "text": loadQuestions()[0]})
	}
	big := strings.Repeat("ن", 32<<10)
	var pushes atomic.Int64
	dropped := make(chan time.Duration, 1)
	go func() {
		for ts.hub.Live(stalled.conv) {
			ts.hub.Deliver(stalled.conv, ws.StaffMessage{ID: "big", Text: big, From: "staff"})
			pushes.Add(1)
			time.Sleep(2 * time.Millisecond)
		}
		dropped <- time.Since(stallFrom)
	}()
	var took time.Duration
	select {
	case took = <-dropped:
	case <-time.After(20 * time.Second):
		t.Fatal("the stalled client was not dropped within 20 s")
	}
	// Keep measuring the others for a window that covers the stall, however short it was.
	stallTo := stallFrom.Add(window)
	if now := time.Now(); now.After(stallTo) {
		stallTo = now
	}
	time.Sleep(time.Until(stallTo))
	close(stop)
	wg.Wait()

	if code := (&wsClient{t, stalled.c}).closeCode(); code != websocket.CloseTryAgainLater && code != websocket.CloseAbnormalClosure && code != 0 {
		t.Errorf("stalled client closed with %d, want 1013 (try again later) or a cut connection", code)
	}
	var base, during []time.Duration
	for _, p := range ps {
		if len(p.errs) > 0 {
			t.Errorf("patient %s: %v", p.name, p.errs)
		}
		for _, s := range p.lat {
			switch {
			case !s.at.Before(baseFrom) && s.at.Before(stallFrom):
				base = append(base, s.lat)
			case !s.at.Before(stallFrom) && s.at.Before(stallTo):
				during = append(during, s.lat)
			}
		}
	}
	if len(base) < 20 || len(during) < 20 {
		t.Fatalf("%d answers before and %d during the stall: too few to compare", len(base), len(during))
	}
	slices.Sort(base)
	slices.Sort(during)
	mb, md := base[len(base)/2], during[len(during)/2]
	if limit := 3*mb + 2*time.Millisecond; md > limit {
		t.Errorf("others' median answer time %v while a client stalled, %v before: more than 3× + 2 ms", md, mb)
	}
	if n := ts.hub.Len(); n != patients {
		t.Errorf("%d connections open after the stalled one was dropped, want the %d others", n, patients)
	}
	t.Logf("stalled client dropped after %v and %d pushes of 64 KB; others' median %v before, %v during (%d and %d answers)",
		took.Round(time.Millisecond), pushes.Load(), mb, md, len(base), len(during))
}
