package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/faqbot/faqbot/knowledge"
	"io"
	"math"
	"net"
	"net/url"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// Bounds of a load test, so a typo cannot start an endless or enormous run.
const (
	maxLoadSessions = 50_000
	maxLoadDuration = time.Hour
	maxLoadRate     = 200_000
	// loadDrain is how long answers still count after the last message is sent.
	loadDrain = 5 * time.Second
	// dialParallel bounds concurrent connection attempts while the sessions open.
	dialParallel = 64
	// loadIOTimeout bounds one dial, hello or write: past it the session counts as failed.
	loadIOTimeout = 10 * time.Second
)

// questionsOf returns what patients of the clinic in ix ask, for the load tool: its own questions
// (FAQ, front matter), its headings, and a greeting in each language. Taken from the pages, so the
// tool sends any clinic's questions and its code names none.
func questionsOf(ix *knowledge.Index) []string {
	qs := []string{"السلام عليكم", "hello"}
	for _, d := range ix.Docs() {
		qs = append(qs, d.Questions...)
		for _, f := range d.FAQs {
			qs = append(qs, f.Question)
		}
		for _, s := range d.Sections {
			if s.Title != "" {
				qs = append(qs, s.Title)
			}
			qs = append(qs, s.Questions...)
		}
	}
	return qs
}

// loadQuestions returns the embedded knowledge base's questions (questionsOf), indexed once.
var loadQuestions = sync.OnceValue(func() []string {
	ix, err := knowledge.Open(knowledge.Default())
	if err != nil {
		panic(err) // the embedded knowledge base is checked by every test
	}
	defer ix.Close()
	return questionsOf(ix)
})

type loadConfig struct {
	url         string
	sessions    int
	rate        float64 // messages a second, all sessions together (open loop)
	duration    time.Duration
	closed      bool
	idle        bool
	questions   []string
	allowRemote bool
	json        bool
}

// loadResult is what a run measured. Latencies are from the time a message was due (open loop:
// its scheduled time, so a stalled server cannot hide its delay by slowing the sender down, the
// "coordinated omission" of naive load tools; closed loop: its send time).
type loadResult struct {
	Sessions       int              `json:"sessions"`
	SessionsFailed int              `json:"sessions_failed"`
	Mode           string           `json:"mode"`
	Sent           int64            `json:"sent"`
	Answered       int64            `json:"answered"`
	Errors         int64            `json:"errors"`
	ErrorKinds     map[string]int64 `json:"error_kinds,omitempty"`
	Seconds        float64          `json:"seconds"`
	PerSecond      float64          `json:"answered_per_second"`
	P50            time.Duration    `json:"p50_ns"`
	P95            time.Duration    `json:"p95_ns"`
	P99            time.Duration    `json:"p99_ns"`
	Max            time.Duration    `json:"max_ns"`
	// SendP50/P99 are measured from when the message actually left, for comparison: a gap to P50/P99
	// means the sender itself ran late (a loaded client machine, or a server pushing back).
	SendP50 time.Duration `json:"send_p50_ns"`
	SendP99 time.Duration `json:"send_p99_ns"`
	// MaxLag is how late the sender was against its schedule at worst.
	MaxLag time.Duration `json:"max_lag_ns"`
}

func parseLoadFlags(c *cli, args []string) (loadConfig, error) {
	fs := newFlagSet(c, command{name: "loadtest", usage: "loadtest --url URL [flags]",
		summary: "measure a running server's WebSocket latency and throughput"})
	var cfg loadConfig
	kb := kbFlag(fs, c)
	fs.StringVar(&cfg.url, "url", "ws://127.0.0.1:8080/ws", "the server's WebSocket `URL`")
	fs.IntVar(&cfg.sessions, "sessions", 1, "`number` of sessions (connections), each opened with hello")
	fs.Float64Var(&cfg.rate, "rate", 100, "messages a `second`, all sessions together, sent on a fixed schedule (open loop)")
	fs.DurationVar(&cfg.duration, "duration", 10*time.Second, "how long to send")
	fs.BoolVar(&cfg.closed, "closed", false, "closed loop: each session sends its next message as soon as the last is answered (--rate ignored)")
	fs.BoolVar(&cfg.idle, "idle", false, "open the sessions and hold them, sending nothing, for --duration (to measure the server's memory per connection)")
	fs.Func("question", "a `question` to send instead of the built-in ones (repeatable)", func(q string) error {
		if strings.TrimSpace(q) == "" {
			return errors.New("empty question")
		}
		cfg.questions = append(cfg.questions, q)
		return nil
	})
	fs.BoolVar(&cfg.allowRemote, "allow-remote", false, "allow a server that is not on this machine")
	fs.BoolVar(&cfg.json, "json", false, "print the result as one JSON object")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if len(cfg.questions) == 0 {
		if *kb == "" {
			cfg.questions = loadQuestions()
		} else {
			ix, err := openIndex(*kb)
			if err != nil {
				return cfg, err
			}
			cfg.questions = questionsOf(ix)
			ix.Close()
		}
	}
	switch {
	case cfg.sessions < 1 || cfg.sessions > maxLoadSessions:
		return cfg, fmt.Errorf("--sessions %d: want 1 to %d", cfg.sessions, maxLoadSessions)
	case cfg.duration <= 0 || cfg.duration > maxLoadDuration:
		return cfg, fmt.Errorf("--duration %v: want more than 0 and at most %v", cfg.duration, maxLoadDuration)
	case cfg.closed && cfg.idle:
		return cfg, errors.New("--closed and --idle exclude each other")
	case !cfg.closed && !cfg.idle && !(cfg.rate > 0 && cfg.rate <= maxLoadRate):
		return cfg, fmt.Errorf("--rate %v: want more than 0 and at most %d messages a second", cfg.rate, maxLoadRate)
	}
	u, err := url.Parse(cfg.url)
	if err != nil || (u.Scheme != "ws" && u.Scheme != "wss") || u.Host == "" {
		return cfg, fmt.Errorf("--url %q: want ws://HOST:PORT/ws or wss://…", cfg.url)
	}
	if !cfg.allowRemote && !isLoopback(u.Hostname()) {
		return cfg, fmt.Errorf("--url %q is not on this machine: load testing someone else's server needs --allow-remote", cfg.url)
	}
	return cfg, nil
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func runLoadtest(ctx context.Context, c *cli, args []string) error {
	cfg, err := parseLoadFlags(c, args)
	if err != nil {
		return err
	}
	// The tool shares the machine with the server it measures: collecting its garbage a quarter as
	// often keeps its own pauses (which would count as latency) and CPU out of the figures. Its heap
	// is a few MB. GOGC in the environment still decides.
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	if !cfg.json {
		mode := fmt.Sprintf("open loop at %g msg/s", cfg.rate)
		switch {
		case cfg.closed:
			mode = "closed loop"
		case cfg.idle:
			mode = "idle"
		}
		fmt.Fprintf(c.stdout, "faqbot loadtest: %d sessions, %s for %v against %s\n", cfg.sessions, mode, cfg.duration, cfg.url)
	}
	res, err := loadTest(ctx, cfg)
	if err != nil {
		return err
	}
	if cfg.json {
		json.NewEncoder(c.stdout).Encode(res)
	} else {
		printLoadResult(c.stdout, res)
	}
	if res.Errors > 0 || res.SessionsFailed > 0 {
		return exitCode(1)
	}
	return nil
}

func printLoadResult(w io.Writer, r loadResult) {
	fmt.Fprintf(w, "sessions    %d opened, %d failed\n", r.Sessions-r.SessionsFailed, r.SessionsFailed)
	if r.Mode == "idle" {
		fmt.Fprintf(w, "idle        %d errors %v over %.2fs\n", r.Errors, r.ErrorKinds, r.Seconds)
		return
	}
	fmt.Fprintf(w, "messages    %d sent, %d answered, %d errors", r.Sent, r.Answered, r.Errors)
	kinds := make([]string, 0, len(r.ErrorKinds))
	for k, n := range r.ErrorKinds {
		kinds = append(kinds, k+" "+strconv.FormatInt(n, 10))
	}
	slices.Sort(kinds)
	if len(kinds) > 0 {
		fmt.Fprintf(w, " (%s)", strings.Join(kinds, ", "))
	}
	fmt.Fprintf(w, "\nthroughput  %.1f answered/s over %.2fs\n", r.PerSecond, r.Seconds)
	fmt.Fprintf(w, "latency     p50 %v  p95 %v  p99 %v  max %v\n", us(r.P50), us(r.P95), us(r.P99), us(r.Max))
	if r.Mode == "open" {
		fmt.Fprintf(w, "from send   p50 %v  p99 %v  (sender at worst %v behind schedule)\n", us(r.SendP50), us(r.SendP99), us(r.MaxLag))
	}
}

// us rounds a duration to the microsecond for printing.
func us(d time.Duration) time.Duration { return d.Round(time.Microsecond) }

// loadSession is one connection of a load test.
type loadSession struct {
	ws  *websocket.Conn
	idx int
	// lat and sendLat hold one latency per answered message; only the session's reader appends.
	lat, sendLat []time.Duration
	// sentAt[j] is when message j actually left (unix ns); written by the sender, read by the reader.
	sentAt []atomic.Int64
	// due is when message j was scheduled (open loop).
	due func(j int) time.Time
}

type loadCounters struct {
	sent, answered atomic.Int64
	mu             sync.Mutex
	errors         map[string]int64
	maxLag         atomic.Int64
}

func (c *loadCounters) noteLag(lag time.Duration) {
	for {
		old := c.maxLag.Load()
		if int64(lag) <= old || c.maxLag.CompareAndSwap(old, int64(lag)) {
			return
		}
	}
}

func (c *loadCounters) fail(kind string, n int64) {
	c.mu.Lock()
	c.errors[kind] += n
	c.mu.Unlock()
}

// loadTest opens the sessions, sends for cfg.duration, waits up to loadDrain for the last answers
// and returns what it measured. It returns an error only when no session could be opened.
func loadTest(ctx context.Context, cfg loadConfig) (loadResult, error) {
	res := loadResult{Sessions: cfg.sessions, Mode: "open"}
	switch {
	case cfg.closed:
		res.Mode = "closed"
	case cfg.idle:
		res.Mode = "idle"
	}
	cnt := &loadCounters{errors: map[string]int64{}}
	sessions := openSessions(ctx, cfg, cnt)
	res.SessionsFailed = cfg.sessions - len(sessions)
	if len(sessions) == 0 {
		return res, fmt.Errorf("no session could be opened: %v", cnt.errors)
	}
	defer func() {
		for _, s := range sessions {
			s.ws.Close()
		}
	}()

	if cfg.idle {
		idleSessions(ctx, sessions, cnt, cfg.duration)
		res.ErrorKinds = cnt.errors
		for _, v := range cnt.errors {
			res.Errors += v
		}
		res.Seconds = cfg.duration.Seconds()
		return res, nil
	}

	// Open loop: global message g goes to session g%n as its message g/n, due at start + g/rate.
	n := len(sessions)
	total := int(math.Floor(cfg.duration.Seconds() * cfg.rate))
	start := time.Now().Add(10 * time.Millisecond)
	end := start.Add(cfg.duration)
	due := func(g int) time.Time { return start.Add(time.Duration(float64(g) / cfg.rate * float64(time.Second))) }
	var wg sync.WaitGroup
	for _, s := range sessions {
		wg.Add(1)
		if cfg.closed {
			go func() { defer wg.Done(); s.closedLoop(ctx, cfg, cnt, end) }()
			continue
		}
		s.sentAt = make([]atomic.Int64, max((total-s.idx+n-1)/n, 0))
		s.due = func(j int) time.Time { return due(s.idx + j*n) }
		go func() { defer wg.Done(); s.readAnswers(cnt, end.Add(loadDrain)) }()
	}
	if !cfg.closed {
		sendSchedule(ctx, cfg, sessions, cnt, total, due)
	}
	wg.Wait()
	elapsed := time.Since(start)

	var all, sendAll []time.Duration
	for _, s := range sessions {
		all = append(all, s.lat...)
		sendAll = append(sendAll, s.sendLat...)
	}
	slices.Sort(all)
	slices.Sort(sendAll)
	res.Sent, res.Answered = cnt.sent.Load(), cnt.answered.Load()
	res.ErrorKinds = cnt.errors
	for _, v := range cnt.errors {
		res.Errors += v
	}
	res.Seconds = elapsed.Seconds()
	if cfg.closed {
		res.Seconds = cfg.duration.Seconds()
	}
	res.PerSecond = float64(res.Answered) / res.Seconds
	res.P50, res.P95, res.P99 = percentile(all, 0.50), percentile(all, 0.95), percentile(all, 0.99)
	if len(all) > 0 {
		res.Max = all[len(all)-1]
	}
	res.SendP50, res.SendP99 = percentile(sendAll, 0.50), percentile(sendAll, 0.99)
	res.MaxLag = time.Duration(cnt.maxLag.Load())
	return res, nil
}

// idleSessions holds the sessions open for d, answering the server's pings, and counts those the
// server closes meanwhile.
func idleSessions(ctx context.Context, sessions []*loadSession, cnt *loadCounters, d time.Duration) {
	stopBy := time.Now().Add(d)
	var wg sync.WaitGroup
	for _, s := range sessions {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.ws.SetReadDeadline(stopBy)
			for {
				// Reading is what answers pings; nothing else should arrive.
				if _, _, err := s.ws.ReadMessage(); err != nil {
					var ne net.Error
					if !errors.As(err, &ne) || !ne.Timeout() {
						cnt.fail("closed by server", 1)
					}
					return
				}
			}
		}()
	}
	defer context.AfterFunc(ctx, func() {
		for _, s := range sessions {
			s.ws.SetReadDeadline(time.Now())
		}
	})()
	wg.Wait()
}

// percentile returns the q-quantile of sorted d (nearest rank), 0 for none.
func percentile(d []time.Duration, q float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	i := int(math.Ceil(q*float64(len(d)))) - 1
	return d[min(max(i, 0), len(d)-1)]
}

// openSessions dials cfg.sessions connections, dialParallel at a time, and says hello on each.
func openSessions(ctx context.Context, cfg loadConfig, cnt *loadCounters) []*loadSession {
	var (
		mu  sync.Mutex
		out []*loadSession
		wg  sync.WaitGroup
		sem = make(chan struct{}, dialParallel)
	)
	dialer := websocket.Dialer{HandshakeTimeout: loadIOTimeout, ReadBufferSize: 2048, WriteBufferSize: 1024}
	for i := range cfg.sessions {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			dctx, cancel := context.WithTimeout(ctx, loadIOTimeout)
			defer cancel()
			ws, _, err := dialer.DialContext(dctx, cfg.url, nil)
			if err != nil {
				cnt.fail("connect", 1)
				return
			}
			ws.SetWriteDeadline(time.Now().Add(loadIOTimeout))
			ws.SetReadDeadline(time.Now().Add(loadIOTimeout))
			var w struct{ Type, Session string }
			if ws.WriteJSON(map[string]string{"type": "hello", "session": "", "lang": "ar"}) != nil ||
				ws.ReadJSON(&w) != nil || w.Type != "welcome" {
				cnt.fail("hello", 1)
				ws.Close()
				return
			}
			mu.Lock()
			out = append(out, &loadSession{ws: ws, idx: i})
			mu.Unlock()
		}()
	}
	wg.Wait()
	// Schedules are by position, so number the sessions that opened 0..n-1.
	for i, s := range out {
		s.idx = i
	}
	return out
}

// inFrame is the part of a server frame the load tool looks at.
type inFrame struct {
	Type      string `json:"type"`
	InReplyTo string `json:"in_reply_to"`
	Code      string `json:"code"`
}

// messageFrame is a message frame for a message id (ASCII letters, digits and '-', from the tool
// itself) and a question already encoded as a JSON string: the tool spends as little of the
// machine as it can on itself, so that what it measures is the server.
func messageFrame(id string, text []byte) []byte {
	b := make([]byte, 0, 40+len(id)+len(text))
	b = append(b, `{"type":"message","id":"`...)
	b = append(b, id...)
	b = append(b, `","text":`...)
	b = append(b, text...)
	return append(b, '}')
}

// encodeQuestions returns each question as a JSON string, for messageFrame.
func encodeQuestions(qs []string) [][]byte {
	out := make([][]byte, len(qs))
	for i, q := range qs {
		out[i], _ = json.Marshal(q)
	}
	return out
}

// sendSchedule is the open loop's one sender: it sends every message when due, whatever the
// answers do, to session g%n. One goroutine sleeping precisely (see sleepUntil) keeps the schedule
// far better than a timer per session: Go's timers wake up to a millisecond late in an idle
// process, and that would be counted as the server's latency. A write that blocks delays the
// messages after it, and their latency, measured from when they were due, shows it.
func sendSchedule(ctx context.Context, cfg loadConfig, sessions []*loadSession, cnt *loadCounters, total int, due func(int) time.Time) {
	n := len(sessions)
	questions := encodeQuestions(cfg.questions)
	dead := make([]bool, n)
	for g := 0; g < total && ctx.Err() == nil; g++ {
		s, j := sessions[g%n], g/n
		if dead[s.idx] {
			continue
		}
		t := due(g)
		sleepUntil(t)
		cnt.noteLag(time.Since(t))
		s.ws.SetWriteDeadline(time.Now().Add(loadIOTimeout))
		s.sentAt[j].Store(time.Now().UnixNano())
		err := s.ws.WriteMessage(websocket.TextMessage, messageFrame("s"+strconv.Itoa(s.idx)+"-"+strconv.Itoa(j), questions[g%len(questions)]))
		if err != nil {
			dead[s.idx] = true
			cnt.fail("not sent", int64(len(s.sentAt)-j))
			s.ws.SetReadDeadline(time.Now()) // nothing more is coming: end its reader
			continue
		}
		cnt.sent.Add(1)
	}
	if ctx.Err() != nil {
		for _, s := range sessions {
			s.ws.SetReadDeadline(time.Now())
		}
	}
}

// readAnswers reads until the session's messages are answered or stopBy, recording latencies.
func (s *loadSession) readAnswers(cnt *loadCounters, stopBy time.Time) {
	count := len(s.sentAt)
	answered := 0
	s.ws.SetReadDeadline(stopBy)
	for answered < count {
		_, b, err := s.ws.ReadMessage()
		now := time.Now()
		if err != nil {
			break
		}
		var f inFrame
		if json.Unmarshal(b, &f) != nil {
			cnt.fail("bad frame", 1)
			continue
		}
		j, ok := s.seq(f.InReplyTo)
		switch {
		case f.Type == "typing" || f.Type == "staff":
			continue
		case !ok:
			cnt.fail("unexpected "+f.Type, 1)
			continue
		case f.Type == "reply":
			s.lat = append(s.lat, now.Sub(s.due(j)))
			s.sendLat = append(s.sendLat, now.Sub(time.Unix(0, s.sentAt[j].Load())))
			cnt.answered.Add(1)
		default:
			cnt.fail(f.Type+" "+f.Code, 1)
		}
		answered++
	}
	if answered < count {
		cnt.fail("no answer", int64(count-answered))
	}
}

// seq is the message number in one of this session's ids, "s<idx>-<j>".
func (s *loadSession) seq(id string) (int, bool) {
	rest, ok := strings.CutPrefix(id, "s"+strconv.Itoa(s.idx)+"-")
	if !ok {
		return 0, false
	}
	j, err := strconv.Atoi(rest)
	return j, err == nil && j >= 0 && j < len(s.sentAt)
}

// closedLoop sends, waits for the answer, and sends again until end.
func (s *loadSession) closedLoop(ctx context.Context, cfg loadConfig, cnt *loadCounters, end time.Time) {
	prefix := "s" + strconv.Itoa(s.idx) + "-"
	questions := encodeQuestions(cfg.questions)
	for j := 0; time.Now().Before(end) && ctx.Err() == nil; j++ {
		id := prefix + strconv.Itoa(j)
		s.ws.SetWriteDeadline(time.Now().Add(loadIOTimeout))
		sent := time.Now()
		if err := s.ws.WriteMessage(websocket.TextMessage, messageFrame(id, questions[(s.idx+j)%len(questions)])); err != nil {
			cnt.fail("not sent", 1)
			return
		}
		cnt.sent.Add(1)
		s.ws.SetReadDeadline(time.Now().Add(loadDrain))
		for {
			_, b, err := s.ws.ReadMessage()
			if err != nil {
				cnt.fail("no answer", 1)
				return
			}
			var f inFrame
			if json.Unmarshal(b, &f) != nil || f.InReplyTo != id {
				continue // typing, or a frame for nobody
			}
			if f.Type == "reply" {
				s.lat = append(s.lat, time.Since(sent))
				cnt.answered.Add(1)
			} else {
				cnt.fail(f.Type+" "+f.Code, 1)
			}
			break
		}
	}
}
