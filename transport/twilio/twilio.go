// Package twilio serves clinics whose WhatsApp number is on Twilio: POST /webhooks/twilio takes
// Twilio's form-encoded message webhook, checks X-Twilio-Signature, runs the message through
// bot.Service like the Cloud API bridge does, and answers in the response as TwiML. Staff replies,
// which have no webhook to answer, go out through Twilio's Messages API when an account SID and a
// sender are configured.
package twilio

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/transport/whatsapp"
	twclient "github.com/twilio/twilio-go/client"
)

// Environment variable names.
const (
	EnvAuthToken  = "TWILIO_AUTH_TOKEN"
	EnvAccountSID = "TWILIO_ACCOUNT_SID"
	EnvFrom       = "TWILIO_FROM"
	EnvWebhookURL = "TWILIO_WEBHOOK_URL"
	EnvAPIBase    = "TWILIO_API_BASE"
)

// Config configures the Twilio webhook. It is off while AuthToken is unset.
type Config struct {
	// AuthToken signs Twilio's requests (X-Twilio-Signature) and, with AccountSID, authenticates ours.
	AuthToken string
	// AccountSID and From ("whatsapp:+9665…", the clinic's Twilio WhatsApp sender) enable staff
	// replies through the Messages API; optional.
	AccountSID, From string
	// WebhookURL is the public URL configured in Twilio, which the signature covers. Empty: rebuilt
	// from the request (X-Forwarded-Proto and Host), which is right unless a proxy rewrites the path.
	WebhookURL string
	// APIBase is Twilio's REST API base; empty means https://api.twilio.com.
	APIBase string
}

// ConfigFromEnv reads the configuration; enabled is false while TWILIO_AUTH_TOKEN is unset.
func ConfigFromEnv(getenv func(string) string) (cfg Config, enabled bool, err error) {
	cfg = Config{AuthToken: strings.TrimSpace(getenv(EnvAuthToken)), AccountSID: strings.TrimSpace(getenv(EnvAccountSID)),
		From: strings.TrimSpace(getenv(EnvFrom)), WebhookURL: strings.TrimSpace(getenv(EnvWebhookURL)),
		APIBase: strings.TrimSpace(getenv(EnvAPIBase))}
	if cfg.AuthToken == "" {
		if cfg.AccountSID != "" || cfg.From != "" {
			return cfg, false, fmt.Errorf("twilio: %s or %s set without %s", EnvAccountSID, EnvFrom, EnvAuthToken)
		}
		return cfg, false, nil
	}
	if (cfg.AccountSID == "") != (cfg.From == "") {
		return cfg, false, fmt.Errorf("twilio: set both %s and %s for staff replies, or neither", EnvAccountSID, EnvFrom)
	}
	if cfg.WebhookURL != "" {
		if u, err := url.Parse(cfg.WebhookURL); err != nil || u.Host == "" {
			return cfg, false, fmt.Errorf("twilio: %s must be the full public URL of /webhooks/twilio", EnvWebhookURL)
		}
	}
	return cfg, true, nil
}

// Options configure a Handler.
type Options struct {
	Config  Config
	Service *bot.Service
	// Claimer dedupes MessageSids across replicas (redisstore.Store). Required.
	Claimer whatsapp.Claimer
	// IDs names conversations, as on the Cloud API (whatsapp.NewIDs). Required.
	IDs whatsapp.IDs
	// Mover moves a patient's conversation from an id under a previous secret to the current one
	// (redisstore.Store). Required when IDs are rotating (IDs.WithPrevious).
	Mover  whatsapp.Mover
	Logger *slog.Logger
	// HTTPClient sends staff replies; nil: a client with a 20 s timeout.
	HTTPClient *http.Client
	// Queue, when set and staff replies are configured (AccountSID and From), stores each message
	// before the webhook answers, with an empty response: the answer goes out through the Messages
	// API from the queue, so a replica killed after the 200 loses nothing. When it fails, or is
	// nil, the answer is in the response (TwiML), as Twilio waits for it.
	Queue whatsapp.Queue
}

// Handler is the Twilio webhook.
type Handler struct {
	cfg       Config
	svc       *bot.Service
	media     *bot.Service
	claim     whatsapp.Claimer
	ids       whatsapp.IDs
	mover     whatsapp.Mover
	log       *slog.Logger
	validator twclient.RequestValidator
	http      *http.Client

	queue    whatsapp.Queue // nil: answers in the response only (queue.go)
	consumer string
	stop     context.CancelFunc
	readers  sync.WaitGroup
}

// Twilio's limits: a message body holds 1,600 characters; a webhook is a few KiB.
const (
	maxBody    = 1600
	maxRequest = 64 << 10
)

// New checks the options.
func New(o Options) (*Handler, error) {
	if o.Config.AuthToken == "" {
		return nil, errors.New("twilio: " + EnvAuthToken + " is required")
	}
	if o.Service == nil || o.Service.Engine == nil || o.Service.Store == nil || o.Claimer == nil {
		return nil, errors.New("twilio: a bot.Service with engine and store, and a Claimer, are required")
	}
	if !o.IDs.Valid() {
		return nil, errors.New("twilio: IDs (whatsapp.NewIDs) are required to name conversations")
	}
	if o.IDs.Rotating() && o.Mover == nil {
		return nil, errors.New("twilio: a Mover is required to move conversations from previous id secrets")
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: 20 * time.Second}
	}
	h := &Handler{cfg: o.Config, svc: o.Service, claim: o.Claimer, ids: o.IDs, mover: o.Mover, log: o.Logger.With("channel", "twilio"),
		media:     &bot.Service{Engine: whatsapp.OnlyText{}, Store: o.Service.Store, Now: o.Service.Now},
		validator: twclient.NewRequestValidator(o.Config.AuthToken), http: o.HTTPClient}
	if o.Queue != nil && h.CanSend() {
		h.startQueue(o.Queue)
	}
	return h, nil
}

// Register mounts POST /webhooks/twilio on mux.
func (h *Handler) Register(mux *http.ServeMux) { mux.Handle("POST /webhooks/twilio", h) }

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxRequest))
	if err != nil {
		http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
		return
	}
	if !h.validator.ValidateBody(h.publicURL(r), body, r.Header.Get("X-Twilio-Signature")) {
		h.log.Warn("twilio webhook with a missing or wrong signature", "remote", r.RemoteAddr)
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	form, err := url.ParseQuery(string(body))
	if err == nil {
		err = checkForm(form)
	}
	if err != nil {
		h.log.Warn("twilio webhook refused", "err", err, "remote", r.RemoteAddr)
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	from, sid := form.Get("From"), form.Get("MessageSid")
	if sid == "" || !strings.HasPrefix(from, "whatsapp:") {
		// Not a WhatsApp message (an SMS to the same number, a status callback): nothing to say.
		writeTwiML(w, nil)
		return
	}
	waID := strings.TrimPrefix(strings.TrimPrefix(from, "whatsapp:"), "+")
	text := strings.TrimSpace(form.Get("Body"))
	if text == "" { // a quick-reply button sends its text; fall back to its payload
		text = strings.TrimSpace(cmpOr(form.Get("ButtonText"), form.Get("ButtonPayload")))
	}
	// Media (even with a caption) and locations get the same "please write" as on the Cloud API.
	media := false
	// Media (even with a caption) and locations get the same "please write" as on the Cloud API.
	// A caption with a red flag is answered as the question it is: the emergency guidance.
	if n, _ := strconv.Atoi(form.Get("NumMedia")); (n > 0 || form.Get("Latitude") != "" || text == "") && !bot.RedFlag(text) {
		media, text = true, "[media]"
	}
	m := message{Sid: sid, WaID: waID, To: form.Get("To"), Text: text, Media: media}
	if h.queue != nil {
		if err := h.enqueue(r.Context(), m); err == nil {
			writeTwiML(w, nil) // the answer goes out through the Messages API
			return
		}
		h.log.Warn("twilio queue in Redis unavailable: answering in the response", "err", err)
	}
	ctx := r.Context()
	ok, err := h.claim.Claim(ctx, claimKey(sid), whatsapp.DedupeTTL)
	if err != nil {
		h.log.Warn("twilio dedupe unavailable", "err", err)
	} else if !ok {
		writeTwiML(w, nil)
		return
	}
	out := h.handle(ctx, m)
	if out.Entry == nil || out.Duplicate {
		writeTwiML(w, nil)
		return
	}
	writeTwiML(w, Messages(*out.Entry.Reply))
}

// message is one patient message as the handler needs it, and as the queue keeps it.
type message struct {
	Sid   string `json:"sid"`
	WaID  string `json:"wa_id"`
	To    string `json:"to"`
	Text  string `json:"text"`
	Media bool   `json:"media,omitempty"`
}

// handle runs m through the service and logs both sides.
func (h *Handler) handle(ctx context.Context, m message) bot.Outcome {
	svc := h.svc
	if m.Media {
		svc = h.media
	}
	conv, moved, err := whatsapp.Adopt(ctx, h.ids, h.mover, "twilio:"+m.To, m.WaID)
	if err != nil {
		h.log.Warn("twilio conversation not moved to the current id secret", "conv", conv, "err", err)
	} else if moved != "" {
		h.log.Info("twilio conversation moved to the current id secret", "from", moved, "conv", conv)
	}
	now := time.Now().UTC()
	sess := bot.Session{ConversationID: conv, Channel: bot.ChannelWhatsApp, Patient: m.WaID, Created: now, LastSeen: now}
	out, err := svc.Handle(ctx, &sess, m.Sid, m.Text)
	if err != nil {
		h.log.Warn("twilio conversation not saved", "conv", sess.ConversationID, "err", err)
	}
	return out
}

// The signature covers the parameters' names and values run together ("AccountSidAC…BodyhelloFrom…"),
// so it cannot tell {a:"bc"} from {ab:"c"}: whoever holds one signed request may move the boundaries
// (a MessageSid swallowing "NumMedia0" escapes the dedupe; ApiVersion swallowing "Bodyhello" drops the
// text). What Twilio sends cannot be shifted that way while keeping the shapes below: every name once
// and a plain identifier, and the fields we read in their exact formats, so any moved boundary breaks one.
var (
	paramName  = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*$`)
	paramShape = map[string]*regexp.Regexp{
		"MessageSid":    regexp.MustCompile(`^[A-Z]{2}[0-9a-f]{32}$`),
		"SmsMessageSid": regexp.MustCompile(`^[A-Z]{2}[0-9a-f]{32}$`),
		"SmsSid":        regexp.MustCompile(`^[A-Z]{2}[0-9a-f]{32}$`),
		"AccountSid":    regexp.MustCompile(`^AC[0-9a-f]{32}$`),
		"ApiVersion":    regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`),
		// A WhatsApp sender or an SMS number, as Twilio writes them.
		"From":     regexp.MustCompile(`^(whatsapp:)?\+?[0-9]{5,15}$`),
		"To":       regexp.MustCompile(`^(whatsapp:)?\+?[0-9]{5,15}$`),
		"WaId":     regexp.MustCompile(`^[0-9]{5,15}$`),
		"NumMedia": regexp.MustCompile(`^[0-9]{1,2}$`),
		"Latitude": regexp.MustCompile(`^-?[0-9]{1,3}(\.[0-9]+)?$`),
	}
	// required are in every WhatsApp message webhook; without one, a name before it may have swallowed it.
	required = []string{"MessageSid", "AccountSid", "To", "Body"}
)

// checkForm refuses a signed form whose parameter boundaries may have been moved (see paramShape).
func checkForm(form url.Values) error {
	for k, v := range form {
		if !paramName.MatchString(k) {
			return fmt.Errorf("twilio: parameter name %q is not one Twilio sends", k)
		}
		if len(v) != 1 {
			return fmt.Errorf("twilio: parameter %s given %d times", k, len(v))
		}
		if re := paramShape[k]; re != nil && !re.MatchString(v[0]) {
			return fmt.Errorf("twilio: parameter %s malformed", k)
		}
	}
	if !strings.HasPrefix(form.Get("From"), "whatsapp:") {
		return nil // not answered: no text to protect
	}
	for _, k := range required {
		if _, ok := form[k]; !ok {
			return fmt.Errorf("twilio: parameter %s missing", k)
		}
	}
	return nil
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// publicURL is what Twilio signed: the configured URL, or this request's URL as the client saw it.
func (h *Handler) publicURL(r *http.Request) string {
	if h.cfg.WebhookURL != "" {
		return h.cfg.WebhookURL
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	if p := r.Header.Get("X-Forwarded-Proto"); p == "https" || p == "http" {
		scheme = p
	}
	return scheme + "://" + r.Host + r.URL.RequestURI()
}

func claimKey(sid string) string {
	sum := sha256.Sum256([]byte(sid))
	return "tw:seen:" + base64.RawURLEncoding.EncodeToString(sum[:])[:22]
}

// Messages is the text of a reply as Twilio messages: split at 1,600 characters, suggestions as a
// short list at the end (Twilio's WhatsApp buttons need pre-approved content templates).
func Messages(r bot.Reply) []string {
	text := r.Text
	if r.Kind != bot.KindEmergency && len(r.Suggestions) > 0 {
		var sb strings.Builder
		sb.WriteString(strings.TrimSpace(text))
		sb.WriteString("\n")
		for _, s := range r.Suggestions {
			if s = strings.TrimSpace(s); s != "" {
				sb.WriteString("\n- " + s)
			}
		}
		text = sb.String()
	}
	return whatsapp.SplitText(text, maxBody)
}

func writeTwiML(w http.ResponseWriter, msgs []string) {
	var b bytes.Buffer
	b.WriteString(xml.Header + "<Response>")
	for _, m := range msgs {
		b.WriteString("<Message>")
		xml.EscapeText(&b, []byte(m))
		b.WriteString("</Message>")
	}
	b.WriteString("</Response>")
	w.Header().Set("Content-Type", "text/xml; charset=utf-8")
	w.Write(b.Bytes())
}

// CanSend reports whether staff replies can go out (account SID and sender configured).
func (h *Handler) CanSend() bool { return h.cfg.AccountSID != "" && h.cfg.From != "" }

// SendText sends text to WhatsApp user waID through the Messages API (staff replies). Twilio's
// error, if any, carries its code (63016: outside the 24-hour window).
func (h *Handler) SendText(ctx context.Context, waID, text string) error {
	if !h.CanSend() {
		return fmt.Errorf("twilio: staff replies need %s and %s", EnvAccountSID, EnvFrom)
	}
	base := strings.TrimRight(cmpOr(h.cfg.APIBase, "https://api.twilio.com"), "/")
	endpoint := base + "/2010-04-01/Accounts/" + url.PathEscape(h.cfg.AccountSID) + "/Messages.json"
	for _, part := range whatsapp.SplitText(text, maxBody) {
		form := url.Values{"To": {"whatsapp:+" + strings.TrimPrefix(waID, "+")}, "From": {h.cfg.From}, "Body": {part}}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, strings.NewReader(form.Encode()))
		if err != nil {
			return err
		}
		req.SetBasicAuth(h.cfg.AccountSID, h.cfg.AuthToken)
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		resp, err := h.http.Do(req)
		if err != nil {
			return fmt.Errorf("twilio: %w", err)
		}
		data, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
		resp.Body.Close()
		if resp.StatusCode/100 != 2 {
			return fmt.Errorf("twilio: HTTP %d: %s", resp.StatusCode, apiError(data))
		}
	}
	return nil
}

// apiError is the code and message of a Twilio error body (never our text).
func apiError(data []byte) string {
	var e struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	}
	if err := json.Unmarshal(data, &e); err != nil || e.Code == 0 {
		return "unreadable error"
	}
	return fmt.Sprintf("error %d: %s", e.Code, e.Message)
}
