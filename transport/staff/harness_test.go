package staff_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/transport/staff"
)

// The tests run the staff API over a real HTTP server against a real redis-server. Patients are
// reached through recordingPatients, an in-memory channel that keeps what it was sent.

const password = "correct horse battery"

// scripted answers by exact text, so tests choose each reply's kind; anything else is an answer.
type scripted map[string]bot.Kind

func (s scripted) Respond(text string, st bot.State) (bot.Reply, bot.State) {
	k, ok := s[text]
	if !ok {
		k = bot.KindAnswer
	}
	r := bot.Reply{Kind: k, Text: "reply to: " + text, Sources: []bot.Source{}, Suggestions: []string{}, Confidence: 0.5}
	if k == bot.KindAnswer {
		r.Sources = []bot.Source{{Doc: "botulinum-treatment", Title: "العلاج", Section: "s1", Score: 3}}
		r.Confidence = 0.9
	}
	return r, st
}

// recordingPatients is a channel that records staff messages; live conversations get them at
// once, others when they come back. fail makes Send fail, as a closed WhatsApp window does.
type recordingPatients struct {
	mu   sync.Mutex
	live map[string]bool
	sent []bot.Entry
	to   []string
	fail error
	// holds lists the conversations whose hold the channel was told changed, in order.
	holds []string
	// manyCalls counts LiveMany calls.
	manyCalls int
	// bots are the bot entries delivered (SendBot).
	bots []bot.Entry
}

func (p *recordingPatients) SendBot(ctx context.Context, c redisstore.Summary, e bot.Entry) (bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bots = append(p.bots, e)
	p.to = append(p.to, c.ID)
	return p.live[c.ID], nil
}

func (p *recordingPatients) botSent() []bot.Entry {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]bot.Entry(nil), p.bots...)
}

func (p *recordingPatients) HoldChanged(c redisstore.Summary) {
	p.mu.Lock()
	p.holds = append(p.holds, c.ID)
	p.mu.Unlock()
}

func (p *recordingPatients) holdChanges() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.holds...)
}

func (p *recordingPatients) Send(ctx context.Context, c redisstore.Summary, e bot.Entry) (bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.fail != nil {
		return false, p.fail
	}
	p.sent = append(p.sent, e)
	p.to = append(p.to, c.ID)
	return p.live[c.ID], nil
}

// LiveMany is Live for a page; manyCalls counts the pages asked about.
func (p *recordingPatients) LiveMany(cs []redisstore.Summary) []bool {
	p.mu.Lock()
	p.manyCalls++
	p.mu.Unlock()
	out := make([]bool, len(cs))
	for i, c := range cs {
		out[i] = p.Live(c)
	}
	return out
}

func (p *recordingPatients) Live(c redisstore.Summary) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.live[c.ID]
}

func (p *recordingPatients) setLive(conv string) {
	p.mu.Lock()
	p.live[conv] = true
	p.mu.Unlock()
}

type harness struct {
	t        *testing.T
	redis    *redistest.Server
	store    *redisstore.Store
	svc      *bot.Service
	api      *staff.Server
	srv      *httptest.Server
	accounts string // the accounts file
	web, wa  *recordingPatients
	clock    *clock
}

// clock is a settable clock shared by the bot service and the console.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Set(t time.Time)     { c.mu.Lock(); c.t = t; c.mu.Unlock() }
func (c *clock) Add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

// addAccount writes name's line into the accounts file (bcrypt's cheapest cost keeps tests fast).
func addAccount(tb testing.TB, file, name, pw string) {
	tb.Helper()
	h, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.MinCost)
	if err != nil {
		tb.Fatal(err)
	}
	if err := staff.SetAccount(file, name, h); err != nil {
		tb.Fatal(err)
	}
}

// newHarness starts a redis-server, an accounts file with "nora" and "omar", and the API.
// edit may change the config before the server is built.
func newHarness(t *testing.T, edit func(*staff.Config)) *harness {
	t.Helper()
	h := &harness{t: t, redis: redistest.Start(t), clock: &clock{t: time.Now().UTC()}}
	h.store = redisstore.New(h.redis.Client(t), redisstore.Options{Prefix: redistest.Prefix(t)})
	h.accounts = filepath.Join(t.TempDir(), "staff")
	addAccount(t, h.accounts, "nora", password)
	addAccount(t, h.accounts, "omar", password)
	h.web = &recordingPatients{live: map[string]bool{}}
	h.wa = &recordingPatients{live: map[string]bool{}}
	cfg := staff.Config{
		Accounts:        staff.NewAccounts(h.accounts, nil),
		Backend:         h.store,
		Patients:        map[string]staff.Patients{bot.ChannelWeb: h.web, bot.ChannelWhatsApp: h.wa},
		Now:             h.clock.Now,
		InsecureCookies: true,
		Heartbeat:       50 * time.Millisecond,
	}
	if edit != nil {
		edit(&cfg)
	}
	h.api = staff.New(cfg)
	h.svc = &bot.Service{Engine: scripted{
		"وش الحل؟":                   bot.KindFallback,
		"وش الحل":                    bot.KindFallback,
		"وَشْ الحَل":                 bot.KindFallback,
		"كم السعر":                   bot.KindClarify,
		"I can't breathe":            bot.KindEmergency,
		"I want to speak to someone": bot.KindHandoff,
		"what is the weather":        bot.KindFallback,
	}, Store: staff.NotifyStore(h.store, h.api.Bus()), Now: h.clock.Now}
	mux := http.NewServeMux()
	h.api.Register(mux)
	h.srv = httptest.NewServer(mux)
	t.Cleanup(func() { h.api.Close(); h.srv.Close() })
	return h
}

// webConversation starts a web conversation and sends msgs, returning its id.
func (h *harness) webConversation(msgs ...string) string {
	h.t.Helper()
	ctx := h.t.Context()
	sess, _, err := h.svc.StartWeb(ctx, "ar")
	if err != nil {
		h.t.Fatal(err)
	}
	for i, m := range msgs {
		if _, err := h.svc.Handle(ctx, &sess, "m"+string(rune('a'+i)), m); err != nil {
			h.t.Fatal(err)
		}
	}
	return sess.ConversationID
}

// whatsappConversation sends msgs from WhatsApp number phone.
func (h *harness) whatsappConversation(phone string, msgs ...string) string {
	h.t.Helper()
	now := h.clock.Now()
	sess := bot.Session{ConversationID: "wa-" + bot.NewID(), Channel: bot.ChannelWhatsApp, Patient: phone, Created: now, LastSeen: now}
	for i, m := range msgs {
		if _, err := h.svc.Handle(h.t.Context(), &sess, "wamid."+string(rune('a'+i)), m); err != nil {
			h.t.Fatal(err)
		}
	}
	return sess.ConversationID
}

// client is one browser's view of the API: its cookie and its origin headers.
type client struct {
	h      *harness
	cookie string
	header http.Header
}

func (h *harness) client() *client { return &client{h: h, header: http.Header{}} }

type response struct {
	status int
	header http.Header
	body   []byte
}

func (r response) json(tb testing.TB, v any) {
	tb.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		tb.Fatalf("response %d is not JSON: %v\n%s", r.status, err, r.body)
	}
}

func (c *client) do(method, path string, body any) response {
	c.h.t.Helper()
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			c.h.t.Fatal(err)
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(c.h.t.Context(), method, c.h.srv.URL+path, rd)
	if err != nil {
		c.h.t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range c.header {
		req.Header[k] = v
	}
	if c.cookie != "" {
		req.Header.Set("Cookie", c.cookie)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		c.h.t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		c.h.t.Fatal(err)
	}
	return response{res.StatusCode, res.Header, b}
}

// login signs in and keeps the session cookie; it fails the test unless the answer is 204.
func (c *client) login(name string) *client {
	c.h.t.Helper()
	r := c.do("POST", "/api/staff/login", map[string]string{"name": name, "password": password})
	if r.status != http.StatusNoContent {
		c.h.t.Fatalf("login %s: %d %s", name, r.status, r.body)
	}
	for _, sc := range (&http.Response{Header: r.header}).Cookies() {
		if strings.HasSuffix(sc.Name, "faqbot_staff") {
			c.cookie = sc.Name + "=" + sc.Value
		}
	}
	if c.cookie == "" {
		c.h.t.Fatal("login set no session cookie")
	}
	return c
}

func (c *client) must(want int, method, path string, body any) response {
	c.h.t.Helper()
	r := c.do(method, path, body)
	if r.status != want {
		c.h.t.Fatalf("%s %s: status %d, want %d: %s", method, path, r.status, want, r.body)
	}
	return r
}

// auditActions returns the audit trail, newest first, as "who action conv" lines.
func (h *harness) auditActions() []string {
	h.t.Helper()
	list, _, err := h.store.AuditLog(h.t.Context(), "", 1000)
	if err != nil {
		h.t.Fatal(err)
	}
	out := make([]string, len(list))
	for i, a := range list {
		out[i] = strings.TrimSpace(a.Who + " " + a.Action + " " + a.Conv)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func count(list []string, s string) int {
	n := 0
	for _, x := range list {
		if x == s {
			n++
		}
	}
	return n
}

var errWindowClosed = errors.New("whatsapp: 24-hour window closed (131047)")

func removeFile(tb testing.TB, path string) {
	tb.Helper()
	if err := os.Remove(path); err != nil {
		tb.Fatal(err)
	}
}
