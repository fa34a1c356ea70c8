package whatsapp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"time"
)

// Meta error codes the bridge treats specially (developers.facebook.com, Cloud API error codes).
const (
	CodeTokenExpired  = 190    // access token expired or revoked
	CodeThroughput    = 130429 // Cloud API throughput reached
	CodeWindowClosed  = 131047 // more than 24 hours since the patient last wrote
	CodeUnknownType   = 131051 // a message type Cloud API does not support (incoming "unsupported")
	codeUnknownAPI    = 1
	codeServiceAPI    = 2
	codeTooManyCalls  = 4
	codeWABARateLimit = 80007
	codeSomethingWent = 131000
	codeUnavailable   = 131016
	codePairRateLimit = 131056
	codeServerTempUna = 133004
)

// retryCodes are errors that say "later", not "never".
var retryCodes = map[int]bool{
	codeUnknownAPI: true, codeServiceAPI: true, codeTooManyCalls: true, codeWABARateLimit: true,
	CodeThroughput: true, codeSomethingWent: true, codeUnavailable: true, codePairRateLimit: true,
	codeServerTempUna: true,
}

// APIError is an error answer of the Graph API.
type APIError struct {
	HTTPStatus int
	Code       int
	Subcode    int
	Type       string
	// Message is Meta's message (it names the problem, never our message text).
	Message string
	TraceID string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("graph api: HTTP %d, error %d/%d %s: %s (trace %s)", e.HTTPStatus, e.Code, e.Subcode, e.Type, clip(e.Message, 160), e.TraceID)
}

// Retryable reports whether sending again later may succeed: throughput limits and server errors.
func (e *APIError) Retryable() bool {
	return e.HTTPStatus >= 500 || e.HTTPStatus == http.StatusTooManyRequests || retryCodes[e.Code]
}

// ErrorCode is the Graph API error code in err, or 0 for other errors (network, context).
func ErrorCode(err error) int {
	var ae *APIError
	if errors.As(err, &ae) {
		return ae.Code
	}
	return 0
}

// transportError is a request that got no answer; it is worth another try.
type transportError struct{ err error }

func (e *transportError) Error() string { return "graph api: " + e.err.Error() }
func (e *transportError) Unwrap() error { return e.err }

// Client sends messages through the Graph API. Safe for concurrent use.
type Client struct {
	url   string
	token string
	http  *http.Client
	// Attempts is how many times one request is tried in all (≥1).
	Attempts int
	// Backoff is the wait before attempt n+1 after attempt n failed with a retryable error.
	Backoff func(n int) time.Duration
	// OnRetry, when set, hears of every retry (for metrics).
	OnRetry func(err error)
}

// maxResponse bounds what is read of a Graph API answer.
const maxResponse = 1 << 20

// NewClient returns a client for cfg's phone number. hc nil means a client with a 20 s timeout.
func NewClient(cfg Config, hc *http.Client) *Client {
	if hc == nil {
		hc = &http.Client{Timeout: 20 * time.Second}
	}
	return &Client{url: cfg.apiBase() + "/" + cfg.PhoneNumberID + "/messages", token: cfg.AccessToken, http: hc,
		Attempts: 5, Backoff: DefaultBackoff}
}

// DefaultBackoff waits 0.5 s, 1 s, 2 s, ... capped at 8 s, each with up to half of it in jitter
// so that many workers hitting a throughput limit do not come back in step.
func DefaultBackoff(n int) time.Duration {
	d := 500 * time.Millisecond << min(n-1, 4)
	d = min(d, 8*time.Second)
	return d/2 + rand.N(d/2+1)
}

// Send posts one message and returns the wamid Meta gave it.
func (c *Client) Send(ctx context.Context, m OutMessage) (string, error) {
	var out struct {
		Messages []struct {
			ID string `json:"id"`
		} `json:"messages"`
	}
	if err := c.post(ctx, m, &out); err != nil {
		return "", err
	}
	if len(out.Messages) == 0 || out.Messages[0].ID == "" {
		return "", errors.New("graph api: answer without a message id")
	}
	return out.Messages[0].ID, nil
}

// MarkRead marks message wamid (and all before it) read; with typing, the patient also sees the
// typing indicator until our next message or for 25 seconds.
func (c *Client) MarkRead(ctx context.Context, wamid string, typing bool) error {
	req := readReceipt{MessagingProduct: "whatsapp", Status: "read", MessageID: wamid}
	if typing {
		req.TypingIndicator = &typingIndicator{Type: "text"}
	}
	return c.post(ctx, req, nil)
}

type readReceipt struct {
	MessagingProduct string           `json:"messaging_product"`
	Status           string           `json:"status"`
	MessageID        string           `json:"message_id"`
	TypingIndicator  *typingIndicator `json:"typing_indicator,omitempty"`
}

type typingIndicator struct {
	Type string `json:"type"`
}

func (c *Client) post(ctx context.Context, payload, out any) error {
	body, err := json.Marshal(payload)
	if err != nil {
		return err
	}
	attempts := max(c.Attempts, 1)
	for n := 1; ; n++ {
		err = c.once(ctx, body, out)
		if err == nil || n >= attempts || !retryable(err) || ctx.Err() != nil {
			return err
		}
		if c.OnRetry != nil {
			c.OnRetry(err)
		}
		wait := time.Duration(0)
		if c.Backoff != nil {
			wait = c.Backoff(n)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
	}
}

func retryable(err error) bool {
	var ae *APIError
	if errors.As(err, &ae) {
		return ae.Retryable()
	}
	var te *transportError
	return errors.As(err, &te)
}

func (c *Client) once(ctx context.Context, body []byte, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		// *url.Error names the URL (phone number id, no token) and the cause.
		return &transportError{err}
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err != nil {
		return &transportError{err}
	}
	if resp.StatusCode/100 != 2 {
		var e struct {
			Error struct {
				Message   string `json:"message"`
				Type      string `json:"type"`
				Code      int    `json:"code"`
				Subcode   int    `json:"error_subcode"`
				FBTraceID string `json:"fbtrace_id"`
			} `json:"error"`
		}
		_ = json.Unmarshal(data, &e) // an unreadable error body still has its HTTP status
		return &APIError{HTTPStatus: resp.StatusCode, Code: e.Error.Code, Subcode: e.Error.Subcode, Type: e.Error.Type,
			Message: e.Error.Message, TraceID: e.Error.FBTraceID}
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("graph api: unreadable answer: %w", err)
	}
	return nil
}
