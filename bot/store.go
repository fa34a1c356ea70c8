package bot

import (
	"context"
	"errors"
	"slices"
	"time"
)

// ErrNotFound is returned by a Store when a session or conversation does not exist (or has expired).
var ErrNotFound = errors.New("not found")

// Channels a conversation can come from.
const (
	ChannelWeb      = "web"
	ChannelWhatsApp = "whatsapp"
)

// Who wrote a log entry.
const (
	FromPatient = "patient"
	FromBot     = "bot"
	FromStaff   = "staff"
)

// State is what the engine carries from one turn to the next to understand follow-up questions.
type State struct {
	// Topic is the knowledge key ("doc#section") of the last answer, empty when there was none.
	Topic string `json:"topic,omitempty"`
	// Lang is the language of the patient's last message: "ar" or "en".
	Lang string `json:"lang,omitempty"`
	// Acked is true once the patient has been told, during a staff hold, that a person has their
	// message: they are told once, not on every message. The bot's next answer clears it.
	Acked bool `json:"acked,omitempty"`
	// Asked is the content words of the question the last answer answered (at most maxAsked, joined
	// by spaces, so State stays comparable): a follow-up that names only what changes («طب والابر
	// الجافة؟» after asking about shockwaves in pregnancy) is searched with them. After the emergency
	// guidance it is the content words of the message that got it: a follow-up answered by a passage
	// they do not find is about the emergency (Engine.Respond). Sessions stored before it have none,
	// which is no context.
	Asked string `json:"asked,omitempty"`
	// Urgent is true after the emergency guidance: a short follow-up right after it is about that
	// emergency and gets the guidance again, once. Sessions stored before it have false.
	Urgent bool `json:"urgent,omitempty"`
	// Part is which of the passages filed under Topic the last answer showed, counted from 1 in the
	// page's order, when there are several (a section of a plain-text page cut into paragraphs under
	// their own lead lines): «ليش؟» asks about the paragraph read, not the section's first. 0 when
	// the section is one passage, and in sessions stored before it.
	Part int `json:"part,omitempty"`
}

// Session is one patient's live conversation state. It expires after an idle time; its log does not.
type Session struct {
	// ConversationID keys the conversation log and every other key of this conversation.
	ConversationID string `json:"conv"`
	// SecretHash is the hex SHA-256 of the secret half of the patient's token (web only), so a
	// copy of the store does not hand out working tokens.
	SecretHash string `json:"secret,omitempty"`
	Channel    string `json:"channel"`
	// Patient is the channel address (the WhatsApp wa_id); empty on the web.
	Patient  string    `json:"patient,omitempty"`
	State    State     `json:"state"`
	Created  time.Time `json:"created"`
	LastSeen time.Time `json:"last_seen"`
}

// Entry is one line of a conversation log.
type Entry struct {
	// ID is the server's id for the entry, unique within the conversation.
	ID   string    `json:"id,omitempty"`
	From string    `json:"from"`
	Text string    `json:"text"`
	At   time.Time `json:"at"`
	// Reply is the full reply on bot entries.
	Reply *Reply `json:"reply,omitempty"`
	// Status is the channel's delivery status of a bot or staff entry (WhatsApp: sent, delivered, read, failed).
	Status string `json:"status,omitempty"`
	// StatusCode is the channel's error code when Status is "failed" (WhatsApp: 131047 when the
	// 24-hour window had closed); 0 otherwise.
	StatusCode int `json:"status_code,omitempty"`
	// MsgID is the channel's id of the patient message this entry is or answers (client id, wamid).
	MsgID string `json:"msg_id,omitempty"`
	// Name is the staff member's display name on staff entries.
	Name string `json:"name,omitempty"`
}

// Turn is what handling one patient message needs to know before answering.
type Turn struct {
	Session Session
	// Prior is the last entry committed for the same message id (the bot's reply, or the patient's
	// message when staff held the conversation), nil when the message is new.
	Prior *Entry
	// HeldUntil is when a staff takeover of the conversation ends; zero when the bot is in charge.
	HeldUntil time.Time
	// HoldUnknown is true when the store could not be asked and Session and Prior come from writes
	// still waiting (BufferedStore): HeldUntil is then not known, rather than zero.
	HoldUnknown bool
}

// Store keeps sessions and conversation logs. Implementations: memstore (tests, single process) and
// redisstore. Every method returns ctx's error when ctx ends, and the backend's error when it fails.
type Store interface {
	// Begin loads the session of conversation conv, the entry already committed for msgID (skipped
	// when msgID is empty) and any staff hold, in one round trip. ErrNotFound when there is no live
	// session; HeldUntil is filled in even then.
	Begin(ctx context.Context, conv, msgID string) (Turn, error)
	// Commit appends entries to the conversation log in order, saves s (restarting its idle expiry)
	// and, when msgID is not empty, remembers the last entry as what msgID got (the bot's reply, or the
	// patient's own message while staff hold the conversation); one round trip. A commit repeated with
	// the same first entry ID is applied once, and so is the first of several commits for one msgID
	// (a message answered on two connections at once is logged once): a later one changes nothing.
	// With no entries it just saves the session. The store may keep the entries' replies after
	// Commit returns: callers do not change them afterwards.
	Commit(ctx context.Context, s Session, msgID string, entries ...Entry) error
	// History returns the conversation's log in order; empty (not ErrNotFound) for an unknown conversation.
	History(ctx context.Context, conv string) ([]Entry, error)
}

// Write is one Commit's arguments, for stores that take several at once (Batcher).
type Write struct {
	Session Session
	MsgID   string
	Entries []Entry
}

// Batcher is a Store that can apply several commits in one round trip (redisstore does); the write
// buffer uses it to send, at once, what queued while the previous write was out.
type Batcher interface {
	// CommitBatch applies the writes in order, each as Commit would, and returns how many, from the
	// first, were applied, and the error of the next. Writes after that one may have been applied
	// too: commits are applied once, so sending them again is safe.
	CommitBatch(ctx context.Context, writes []Write) (int, error)
}

// clone returns e with its own copy of the reply: what a store hands out must not share memory
// with what it still holds (a write-behind buffer reads its queue while a caller edits the copy).
func (e Entry) clone() Entry {
	if e.Reply != nil {
		r := *e.Reply
		r.Sources = slices.Clone(r.Sources) // keeps empty as empty, not nil
		r.Suggestions = slices.Clone(r.Suggestions)
		e.Reply = &r
	}
	return e
}
