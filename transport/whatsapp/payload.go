package whatsapp

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Kind is what the bridge does with an incoming message.
type Kind int

const (
	// KindIgnore: system notices and unknown types: logged (without content) and dropped.
	KindIgnore Kind = iota
	// KindQuestion: text, or a suggestion the patient tapped: answered by the engine.
	KindQuestion
	// KindMedia: image, audio, video, document, location, sticker, contacts, unsupported: a polite
	// reply that only written questions can be answered.
	KindMedia
	// KindReaction: an emoji on one of our messages: no reply.
	KindReaction
)

func (k Kind) String() string {
	switch k {
	case KindQuestion:
		return "question"
	case KindMedia:
		return "media"
	case KindReaction:
		return "reaction"
	}
	return "ignored"
}

// maxQuestion bounds the text handed to the engine; WhatsApp itself stops at 4,096 characters.
const maxQuestion = 4096

// Message is one incoming message, flattened out of the webhook envelope.
type Message struct {
	// PhoneNumberID is the business number the message was sent to (metadata.phone_number_id).
	PhoneNumberID string
	// From is the sender's wa_id.
	From string
	// ID is the message id (wamid).
	ID string
	// Time is when the patient sent it (second precision); zero when Meta did not say.
	Time time.Time
	// Type is Meta's type as sent ("text", "interactive", "image", ...).
	Type string
	Kind Kind
	// Text is the question for KindQuestion; for KindMedia a short placeholder for the log
	// ("[image] caption"); empty otherwise.
	Text string
}

// Status is a delivery status of a message we sent.
type Status struct {
	PhoneNumberID string
	// ID is our message's wamid.
	ID string
	// Recipient is the patient's wa_id.
	Recipient string
	// Status is sent, delivered, read or failed (others are passed on as sent).
	Status string
	Time   time.Time
	// ErrCode is the first error's code on failed statuses, 0 otherwise.
	ErrCode int
	// ErrTitle is Meta's short title for ErrCode (no patient text).
	ErrTitle string
}

// Delivery is everything one webhook POST carried.
type Delivery struct {
	// Messages sorted by Time (stable: Meta's order breaks ties).
	Messages []Message
	Statuses []Status
	// Errors are value-level errors Meta reports (e.g. 130429 for a message it could not deliver to us).
	Errors []WebhookError
	// Skipped counts the parts that could not be read; the rest of the delivery is kept.
	Skipped int
}

// WebhookError is an error object as Meta puts it in webhooks and API responses.
type WebhookError struct {
	Code      int    `json:"code"`
	Title     string `json:"title"`
	Message   string `json:"message"`
	ErrorData struct {
		Details string `json:"details"`
	} `json:"error_data"`
}

// ErrNotWhatsApp is returned for a well-formed payload of some other Meta product.
var ErrNotWhatsApp = errors.New("whatsapp: payload object is not whatsapp_business_account")

// The envelope. Messages and statuses stay raw so one malformed element costs only itself.
type envelope struct {
	Object string `json:"object"`
	Entry  []struct {
		ID      string `json:"id"`
		Changes []struct {
			Field string          `json:"field"`
			Value json.RawMessage `json:"value"`
		} `json:"changes"`
	} `json:"entry"`
}

type changeValue struct {
	MessagingProduct string `json:"messaging_product"`
	Metadata         struct {
		DisplayPhoneNumber string `json:"display_phone_number"`
		PhoneNumberID      string `json:"phone_number_id"`
	} `json:"metadata"`
	Messages []json.RawMessage `json:"messages"`
	Statuses []json.RawMessage `json:"statuses"`
	Errors   []json.RawMessage `json:"errors"`
}

type media struct {
	Caption string `json:"caption"`
}

type rawMessage struct {
	From      string   `json:"from"`
	ID        string   `json:"id"`
	Timestamp unixTime `json:"timestamp"`
	Type      string   `json:"type"`
	Text      *struct {
		Body string `json:"body"`
	} `json:"text"`
	Interactive *struct {
		Type        string `json:"type"`
		ButtonReply *struct {
			ID    string `json:"id"`
			Title string `json:"title"`
		} `json:"button_reply"`
		ListReply *struct {
			ID          string `json:"id"`
			Title       string `json:"title"`
			Description string `json:"description"`
		} `json:"list_reply"`
	} `json:"interactive"`
	Button *struct {
		Payload string `json:"payload"`
		Text    string `json:"text"`
	} `json:"button"`
	Image    *media `json:"image"`
	Video    *media `json:"video"`
	Document *media `json:"document"`
}

type rawStatus struct {
	ID          string         `json:"id"`
	Status      string         `json:"status"`
	Timestamp   unixTime       `json:"timestamp"`
	RecipientID string         `json:"recipient_id"`
	Errors      []WebhookError `json:"errors"`
}

// unixTime reads Meta's timestamps: decimal seconds in a string, tolerating a bare number.
type unixTime int64

func (t *unixTime) UnmarshalJSON(b []byte) error {
	s := string(bytes.Trim(b, `"`))
	if s == "" || s == "null" {
		*t = 0
		return nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		// Not fatal to the message: an unreadable timestamp sorts first.
		*t = 0
		return nil
	}
	*t = unixTime(n)
	return nil
}

func (t unixTime) time() time.Time {
	if t <= 0 {
		return time.Time{}
	}
	return time.Unix(int64(t), 0).UTC()
}

// mediaTypes are the message types answered with "only written questions".
var mediaTypes = map[string]string{
	"image": "[image]", "audio": "[audio]", "voice": "[audio]", "video": "[video]", "document": "[document]",
	"location": "[location]", "sticker": "[sticker]", "contacts": "[contacts]", "unsupported": "[unsupported]",
	"order": "[order]",
}

// Parse reads a webhook body. It fails only when the body is not JSON or not a WhatsApp payload;
// a malformed message or status inside is skipped and counted, and unknown fields are ignored.
func Parse(body []byte) (Delivery, error) {
	var env envelope
	if err := json.Unmarshal(body, &env); err != nil {
		return Delivery{}, fmt.Errorf("whatsapp: payload is not valid JSON: %w", err)
	}
	if env.Object != "whatsapp_business_account" {
		return Delivery{}, ErrNotWhatsApp
	}
	var d Delivery
	for _, e := range env.Entry {
		for _, c := range e.Changes {
			if c.Field != "messages" || len(c.Value) == 0 {
				continue
			}
			var v changeValue
			if err := json.Unmarshal(c.Value, &v); err != nil {
				d.Skipped++
				continue
			}
			pid := v.Metadata.PhoneNumberID
			for _, raw := range v.Messages {
				m, ok := parseMessage(raw)
				if !ok {
					d.Skipped++
					continue
				}
				m.PhoneNumberID = pid
				d.Messages = append(d.Messages, m)
			}
			for _, raw := range v.Statuses {
				var rs rawStatus
				if json.Unmarshal(raw, &rs) != nil || rs.ID == "" {
					d.Skipped++
					continue
				}
				s := Status{PhoneNumberID: pid, ID: rs.ID, Recipient: rs.RecipientID, Status: rs.Status, Time: rs.Timestamp.time()}
				if len(rs.Errors) > 0 {
					s.ErrCode, s.ErrTitle = rs.Errors[0].Code, rs.Errors[0].Title
				}
				d.Statuses = append(d.Statuses, s)
			}
			for _, raw := range v.Errors {
				var we WebhookError
				if json.Unmarshal(raw, &we) != nil {
					d.Skipped++
					continue
				}
				d.Errors = append(d.Errors, we)
			}
		}
	}
	sort.SliceStable(d.Messages, func(i, j int) bool { return d.Messages[i].Time.Before(d.Messages[j].Time) })
	return d, nil
}

func parseMessage(raw json.RawMessage) (Message, bool) {
	var rm rawMessage
	if err := json.Unmarshal(raw, &rm); err != nil || rm.ID == "" || rm.From == "" {
		return Message{}, false
	}
	m := Message{From: rm.From, ID: rm.ID, Time: rm.Timestamp.time(), Type: rm.Type}
	switch rm.Type {
	case "text":
		if rm.Text != nil {
			m.Kind, m.Text = KindQuestion, rm.Text.Body
		}
	case "interactive":
		if rm.Interactive == nil {
			break
		}
		switch {
		case rm.Interactive.ButtonReply != nil:
			m.Kind, m.Text = KindQuestion, chosen(rm.Interactive.ButtonReply.ID, rm.Interactive.ButtonReply.Title)
		case rm.Interactive.ListReply != nil:
			m.Kind, m.Text = KindQuestion, chosen(rm.Interactive.ListReply.ID, rm.Interactive.ListReply.Title)
		default:
			// Flows replies (nfm_reply) and the like: nothing we sent asks for them.
			m.Kind, m.Text = KindMedia, "[interactive]"
		}
	case "button":
		if rm.Button != nil {
			m.Kind, m.Text = KindQuestion, rm.Button.Text
		}
	case "reaction":
		m.Kind = KindReaction
	default:
		if tag, ok := mediaTypes[rm.Type]; ok {
			m.Kind, m.Text = KindMedia, tag
			for _, md := range []*media{rm.Image, rm.Video, rm.Document} {
				if md != nil && md.Caption != "" {
					m.Text = tag + " " + clip(md.Caption, 1024)
				}
			}
		}
	}
	if m.Kind == KindQuestion {
		m.Text = clip(strings.TrimSpace(m.Text), maxQuestion)
		if m.Text == "" {
			m.Kind = KindIgnore
		}
	}
	return m, true
}

// chosen is the question behind a tapped button or list row: our ids carry the full suggestion
// (titles may be shortened to fit), anything else falls back to the title.
func chosen(id, title string) string {
	if q, ok := strings.CutPrefix(id, suggestionPrefix); ok && strings.TrimSpace(q) != "" {
		return q
	}
	return title
}

// clip cuts s to at most n runes, on a rune boundary, replacing invalid UTF-8.
func clip(s string, n int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}
