// Package whatsapptest holds test helpers for the WhatsApp bridge: a fake Graph API that records
// every request and can answer with injected errors, and builders of signed webhook deliveries
// encoded the way Meta encodes them. It imports nothing of faqbot, so any package's tests can use it.
package whatsapptest

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// Request is one request the fake Graph API received.
type Request struct {
	Path string
	// Auth is the Authorization header.
	Auth string
	Body map[string]any
	Raw  []byte
	// Answer is the HTTP status the fake gave it.
	Answer int
}

// To is the recipient of a send request ("" for read receipts).
func (r Request) To() string { s, _ := r.Body["to"].(string); return s }

// Type is the message type of a send request ("text", "interactive"; "" for read receipts).
func (r Request) Type() string { s, _ := r.Body["type"].(string); return s }

// IsRead reports a read receipt (status "read").
func (r Request) IsRead() bool { return r.Body["status"] == "read" }

// Text is a text message's body or an interactive message's body text.
func (r Request) Text() string {
	if t, ok := r.Body["text"].(map[string]any); ok {
		s, _ := t["body"].(string)
		return s
	}
	if in, ok := r.Body["interactive"].(map[string]any); ok {
		if b, ok := in["body"].(map[string]any); ok {
			s, _ := b["text"].(string)
			return s
		}
	}
	return ""
}

// Graph is a fake Graph API: POST /{version}/{phone-number-id}/messages.
type Graph struct {
	// URL is the base URL to use as WHATSAPP_API_BASE (version included).
	URL string

	srv     *httptest.Server
	mu      sync.Mutex
	reqs    []Request
	sent    int
	changed chan struct{}
	answer  func(r Request) (status int, body string)
}

// NewGraph starts a fake Graph API on 127.0.0.1; it stops when the test ends.
func NewGraph(tb testing.TB) *Graph {
	tb.Helper()
	g := &Graph{changed: make(chan struct{})}
	g.srv = httptest.NewServer(http.HandlerFunc(g.serve))
	g.URL = g.srv.URL + "/v21.0"
	tb.Cleanup(g.srv.Close)
	return g
}

// Answer replaces the fake's answers: f returns a status and a body for a request, or status 0
// for the normal answer. f may block (to hold a worker busy); it runs outside the fake's lock.
func (g *Graph) Answer(f func(r Request) (status int, body string)) {
	g.mu.Lock()
	g.answer = f
	g.mu.Unlock()
}

func (g *Graph) serve(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	req := Request{Path: r.URL.Path, Auth: r.Header.Get("Authorization"), Raw: raw}
	if err := json.Unmarshal(raw, &req.Body); err != nil || r.Method != http.MethodPost || !strings.HasSuffix(r.URL.Path, "/messages") {
		req.Answer = http.StatusBadRequest
		g.record(req)
		http.Error(w, `{"error":{"message":"(#100) Invalid parameter","type":"OAuthException","code":100}}`, http.StatusBadRequest)
		return
	}
	g.mu.Lock()
	answer := g.answer
	g.mu.Unlock()
	status, body := 0, ""
	if answer != nil {
		status, body = answer(req)
	}
	if status == 0 {
		status = http.StatusOK
		if req.IsRead() {
			body = `{"success":true}`
		} else {
			g.mu.Lock()
			g.sent++
			body = fmt.Sprintf(`{"messaging_product":"whatsapp","contacts":[{"input":%q,"wa_id":%q}],"messages":[{"id":"wamid.out.%d"}]}`,
				req.To(), req.To(), g.sent)
			g.mu.Unlock()
		}
	}
	req.Answer = status
	g.record(req)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	io.WriteString(w, body)
}

func (g *Graph) record(r Request) {
	g.mu.Lock()
	g.reqs = append(g.reqs, r)
	close(g.changed)
	g.changed = make(chan struct{})
	g.mu.Unlock()
}

// Requests returns every request so far, in arrival order.
func (g *Graph) Requests() []Request {
	g.mu.Lock()
	defer g.mu.Unlock()
	return append([]Request(nil), g.reqs...)
}

// Sends returns the message sends so far (not read receipts), answered or not.
func (g *Graph) Sends() []Request {
	var out []Request
	for _, r := range g.Requests() {
		if !r.IsRead() {
			out = append(out, r)
		}
	}
	return out
}

// WaitSends waits until at least n message sends were answered 200 and returns all sends; the
// test fails after timeout.
func (g *Graph) WaitSends(tb testing.TB, n int, timeout time.Duration) []Request {
	tb.Helper()
	deadline := time.After(timeout)
	for {
		g.mu.Lock()
		ok, ch := 0, g.changed
		for _, r := range g.reqs {
			if !r.IsRead() && r.Answer == http.StatusOK {
				ok++
			}
		}
		g.mu.Unlock()
		if ok >= n {
			return g.Sends()
		}
		select {
		case <-ch:
		case <-deadline:
			tb.Fatalf("fake Graph API: %d successful sends after %v, want %d", ok, timeout, n)
		}
	}
}

// Error is a Graph API error body with Meta's shape.
func Error(code int, message string) string {
	return fmt.Sprintf(`{"error":{"message":"(#%d) %s","type":"OAuthException","code":%d,"error_data":{"messaging_product":"whatsapp","details":%q},"fbtrace_id":"Atest"}}`,
		code, message, code, message)
}

// Escape re-encodes JSON the way Meta sends it: every non-ASCII character as \uXXXX, and those
// beyond the BMP (emoji) as surrogate pairs. Signatures are over exactly these bytes.
func Escape(b []byte) []byte {
	var out bytes.Buffer
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		switch {
		case r < utf8.RuneSelf:
			out.WriteByte(b[0])
		case r > 0xFFFF:
			r1, r2 := utf16.EncodeRune(r)
			fmt.Fprintf(&out, `\u%04x\u%04x`, r1, r2)
		default:
			fmt.Fprintf(&out, `\u%04x`, r)
		}
		b = b[n:]
	}
	return out.Bytes()
}

// Signature is the X-Hub-Signature-256 value for body under secret.
func Signature(secret string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// Message is one incoming message for Delivery. Type defaults to "text".
type Message struct {
	// Text is the body of a text message, the title of a reply, or the caption of a media message.
	From, ID, Text string
	// Type: "text", "image", "reaction", "button_reply", "list_reply", ...
	Type string
	// Time defaults to 1749416383 (Meta's example) plus the message's index.
	Time int64
	// ReplyID is the tapped button's or row's id for button_reply and list_reply.
	ReplyID string
}

// Status is one delivery status for Delivery.
type Status struct {
	ID, Recipient, Status string
	ErrCode               int
}

// Delivery builds a webhook body for phoneNumberID with messages and statuses in one change, in
// Meta's shape and escaping.
func Delivery(phoneNumberID string, msgs []Message, sts []Status) []byte {
	value := map[string]any{
		"messaging_product": "whatsapp",
		"metadata":          map[string]any{"display_phone_number": "15550783881", "phone_number_id": phoneNumberID},
	}
	var contacts, messages, statuses []any
	for i, m := range msgs {
		contacts = append(contacts, map[string]any{"profile": map[string]any{"name": "Test Patient"}, "wa_id": m.From})
		ts := m.Time
		if ts == 0 {
			ts = 1749416383 + int64(i)
		}
		msg := map[string]any{"from": m.From, "id": m.ID, "timestamp": fmt.Sprint(ts)}
		switch m.Type {
		case "", "text":
			msg["type"], msg["text"] = "text", map[string]any{"body": m.Text}
		case "button_reply", "list_reply":
			msg["type"] = "interactive"
			msg["interactive"] = map[string]any{"type": m.Type, m.Type: map[string]any{"id": m.ReplyID, "title": m.Text}}
		case "reaction":
			msg["type"], msg["reaction"] = "reaction", map[string]any{"message_id": "wamid.out.1", "emoji": "👍"}
		default:
			media := map[string]any{"id": "1003383421387256", "mime_type": "application/octet-stream"}
			if m.Text != "" { // a caption (images, videos, documents)
				media["caption"] = m.Text
			}
			msg["type"], msg[m.Type] = m.Type, media
		}
		messages = append(messages, msg)
	}
	for _, s := range sts {
		st := map[string]any{"id": s.ID, "status": s.Status, "timestamp": "1750263773", "recipient_id": s.Recipient}
		if s.ErrCode != 0 {
			st["errors"] = []any{map[string]any{"code": s.ErrCode, "title": "error", "message": "error",
				"error_data": map[string]any{"details": "details"}}}
		}
		statuses = append(statuses, st)
	}
	if contacts != nil {
		value["contacts"], value["messages"] = contacts, messages
	}
	if statuses != nil {
		value["statuses"] = statuses
	}
	body, err := json.Marshal(map[string]any{"object": "whatsapp_business_account", "entry": []any{
		map[string]any{"id": "102290129340398", "changes": []any{map[string]any{"field": "messages", "value": value}}},
	}})
	if err != nil {
		panic(err)
	}
	return Escape(body)
}

// Post sends body to a webhook URL, signed with secret ("" for no signature header), and returns
// the status code.
func Post(tb testing.TB, url, secret string, body []byte) int {
	tb.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if secret != "" {
		req.Header.Set("X-Hub-Signature-256", Signature(secret, body))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}
