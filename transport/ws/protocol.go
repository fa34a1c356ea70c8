package ws

import (
	"encoding/json"
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/faqbot/faqbot/bot"
)

// Error codes of the error frame (CONTRACTS.md §3).
const (
	CodeBadRequest  = "bad_request"
	CodeTooLong     = "too_long"
	CodeRateLimited = "rate_limited"
	CodeUnavailable = "unavailable"
)

// Limits on what a client may send.
const (
	// maxDepth is the deepest JSON nesting accepted. Our messages are flat objects; the limit only
	// leaves room for extra fields a newer widget might add, and refuses decoder-bombs cheaply.
	maxDepth = 8
	// maxIDBytes bounds a client message id: it is stored with every answer for deduplication.
	maxIDBytes = 128
	// maxTokenBytes bounds the session token; a longer one cannot be ours and starts a new session.
	maxTokenBytes = 128
)

// inbound is a decoded client frame.
type inbound struct {
	Type    string `json:"type"`
	Session string `json:"session"`
	Lang    string `json:"lang"`
	ID      string `json:"id"`
	Text    string `json:"text"`
}

// protoError is a frame the server refuses, with the code and message the client is sent.
type protoError struct {
	code, msg string
}

// decode parses and checks one text frame. On error the returned inbound still carries whatever id
// could be read, so the error frame can name the message it refuses.
func decode(frame []byte, maxRunes int) (inbound, *protoError) {
	var m inbound
	if !utf8.Valid(frame) {
		return m, &protoError{CodeBadRequest, "frame is not valid UTF-8"}
	}
	if tooDeep(frame, maxDepth) {
		return m, &protoError{CodeBadRequest, "JSON nested too deeply"}
	}
	if err := json.Unmarshal(frame, &m); err != nil {
		return inbound{}, &protoError{CodeBadRequest, "frame is not a JSON object of the protocol"}
	}
	switch m.Type {
	case "hello":
		if len(m.Session) > maxTokenBytes {
			m.Session = "" // not one of ours: a new session, as for any unknown token
		}
		if m.Lang != "ar" && m.Lang != "en" {
			m.Lang = ""
		}
		return m, nil
	case "message":
		if m.ID == "" {
			return m, &protoError{CodeBadRequest, "message without id"}
		}
		if len(m.ID) > maxIDBytes {
			m.ID = ""
			return m, &protoError{CodeBadRequest, "message id too long"}
		}
		if strings.TrimSpace(m.Text) == "" {
			return m, &protoError{CodeBadRequest, "empty message"}
		}
		if utf8.RuneCountInString(m.Text) > maxRunes {
			return m, &protoError{CodeTooLong, "message too long"}
		}
		return m, nil
	case "":
		return m, &protoError{CodeBadRequest, "frame without type"}
	default:
		return m, &protoError{CodeBadRequest, "unknown message type"}
	}
}

// tooDeep reports whether JSON text nests objects and arrays deeper than max, skipping strings.
// It does not validate: json.Unmarshal does that afterwards.
func tooDeep(b []byte, max int) bool {
	depth, inStr, esc := 0, false, false
	for _, c := range b {
		switch {
		case inStr:
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			}
		case c == '"':
			inStr = true
		case c == '{' || c == '[':
			if depth++; depth > max {
				return true
			}
		case c == '}' || c == ']':
			depth--
		}
	}
	return false
}

// Server to client frames.

type welcomeFrame struct {
	Type    string         `json:"type"`
	Session string         `json:"session"`
	History []historyEntry `json:"history"`
}

type historyEntry struct {
	ID        string     `json:"id,omitempty"`
	From      string     `json:"from"`
	Text      string     `json:"text"`
	At        time.Time  `json:"at"`
	Reply     *bot.Reply `json:"reply,omitempty"`
	InReplyTo string     `json:"in_reply_to,omitempty"`
	Name      string     `json:"name,omitempty"`
}

type replyFrame struct {
	Type      string     `json:"type"`
	ID        string     `json:"id"`
	InReplyTo string     `json:"in_reply_to"`
	Reply     *bot.Reply `json:"reply"`
	At        time.Time  `json:"at"`
}

type errorFrame struct {
	Type      string `json:"type"`
	Code      string `json:"code"`
	Message   string `json:"message"`
	InReplyTo string `json:"in_reply_to,omitempty"`
}

type staffFrame struct {
	Type string `json:"type"`
	ID   string `json:"id"`
	Text string `json:"text"`
	From string `json:"from"`
}

var typingFrame = []byte(`{"type":"typing"}`)

func encodeWelcome(token string, hist []bot.Entry) []byte {
	f := welcomeFrame{Type: "welcome", Session: token, History: make([]historyEntry, 0, len(hist))}
	for _, e := range hist {
		h := historyEntry{ID: e.ID, From: e.From, Text: e.Text, At: e.At, Reply: finite(e.Reply)}
		switch e.From {
		case bot.FromBot:
			h.InReplyTo = e.MsgID
		case bot.FromStaff:
			h.Name = e.Name
		}
		f.History = append(f.History, h)
	}
	return mustJSON(f)
}

func encodeReply(e *bot.Entry, inReplyTo string) []byte {
	return mustJSON(replyFrame{Type: "reply", ID: e.ID, InReplyTo: inReplyTo, Reply: finite(e.Reply), At: e.At})
}

func encodeError(code, msg, inReplyTo string) []byte {
	return mustJSON(errorFrame{Type: "error", Code: code, Message: msg, InReplyTo: inReplyTo})
}

func encodeStaff(m StaffMessage) []byte {
	return mustJSON(staffFrame{Type: "staff", ID: m.ID, Text: m.Text, From: m.From})
}

// finite returns r, or a copy with NaN and infinite numbers replaced by 0 (JSON cannot carry them,
// and a reply must not be lost to an engine's arithmetic) and nil lists made empty (the contract
// has sources and suggestions in every reply).
func finite(r *bot.Reply) *bot.Reply {
	if r == nil {
		return nil
	}
	bad := func(f float64) bool { return math.IsNaN(f) || math.IsInf(f, 0) }
	ok := !bad(r.Confidence) && r.Sources != nil && r.Suggestions != nil
	for _, s := range r.Sources {
		ok = ok && !bad(s.Score)
	}
	if ok {
		return r
	}
	c := *r
	if bad(c.Confidence) {
		c.Confidence = 0
	}
	c.Sources = append([]bot.Source{}, r.Sources...)
	if c.Suggestions == nil {
		c.Suggestions = []string{}
	}
	for i := range c.Sources {
		if bad(c.Sources[i].Score) {
			c.Sources[i].Score = 0
		}
	}
	return &c
}

// mustJSON encodes frames built from our own types, which cannot fail to encode: strings, times
// and numbers made finite.
func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic("ws: encoding a frame: " + err.Error())
	}
	return b
}
