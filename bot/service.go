package bot

import (
	"context"
	"errors"
	"time"
)

// Responder turns one patient message into a reply; *Engine is the implementation.
type Responder interface {
	Respond(text string, st State) (Reply, State)
}

// Service runs conversations: it ties a channel's patient messages to the engine and the store.
// Channels (transport/...) adapt their wire format to these methods. Safe for concurrent use.
type Service struct {
	Engine Responder
	Store  Store
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Observer, when set, is told how each message went (metrics).
	Observer Observer
}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now().UTC()
	}
	return time.Now().UTC()
}

// StartWeb creates a web session and returns it with the patient's token.
// The session is returned even when saving fails, so the patient can still be answered.
func (s *Service) StartWeb(ctx context.Context, lang string) (Session, string, error) {
	conv := NewID()
	token, hash := newToken(conv)
	now := s.now()
	sess := Session{ConversationID: conv, SecretHash: hash, Channel: ChannelWeb, State: State{Lang: lang},
		Created: now, LastSeen: now}
	return sess, token, s.Store.Commit(ctx, sess, "")
}

// ResumeWeb returns the session and history of a web token. ErrNotFound for an unknown, expired or
// forged token: the caller starts a new session then.
func (s *Service) ResumeWeb(ctx context.Context, token string) (Session, []Entry, error) {
	conv, secret, ok := splitToken(token)
	if !ok {
		return Session{}, nil, ErrNotFound
	}
	t, err := s.Store.Begin(ctx, conv, "")
	if err != nil {
		return Session{}, nil, err
	}
	if !secretMatches(t.Session, secret) {
		return Session{}, nil, ErrNotFound
	}
	hist, err := s.Store.History(ctx, conv)
	return t.Session, hist, err
}

// Outcome is what came of one patient message.
type Outcome struct {
	// Entry is the bot's log entry with the reply; nil when staff hold the conversation.
	Entry *Entry
	// Duplicate is true when msgID had been answered before and Entry is that earlier answer.
	Duplicate bool
}

// Handle answers one patient message in the conversation of *sess and logs both sides.
// msgID identifies the message on its channel: the same id again returns the first answer and logs
// nothing. *sess is updated with the new state. When the store cannot be read, the patient is still
// answered from *sess; when it cannot be written, the error is returned with the outcome (a buffering
// Store keeps the entries for later).
func (s *Service) Handle(ctx context.Context, sess *Session, msgID, text string) (out Outcome, err error) {
	if s.Observer != nil {
		start := time.Now()
		var engine time.Duration
		defer func() { s.observe(sess.Channel, out, err, engine, start) }()
		return s.handle(ctx, sess, msgID, text, &engine)
	}
	return s.handle(ctx, sess, msgID, text, nil)
}

func (s *Service) observe(channel string, out Outcome, err error, engine time.Duration, start time.Time) {
	h := Handled{Channel: channel, Duplicate: out.Duplicate, StoreFailed: err != nil, Engine: engine, Total: time.Since(start)}
	if out.Entry != nil && out.Entry.Reply != nil {
		h.Kind = out.Entry.Reply.Kind
	}
	s.Observer.Handled(h)
}

// handle is Handle; engine, when not nil, receives the engine's time.
func (s *Service) handle(ctx context.Context, sess *Session, msgID, text string, engine *time.Duration) (Outcome, error) {
	now := s.now()
	t, err := s.Store.Begin(ctx, sess.ConversationID, msgID)
	switch {
	case err == nil:
		if t.Prior != nil {
			if t.Prior.From != FromBot {
				return Outcome{Duplicate: true}, nil // logged once already, while staff held it
			}
			return Outcome{Entry: t.Prior, Duplicate: true}, nil
		}
		// The stored state wins: another replica or tab may have moved the conversation on.
		t.Session.SecretHash = sess.SecretHash
		*sess = t.Session
	case errors.Is(err, ErrNotFound):
		// Expired while connected: carry on with what we hold; Commit saves it again.
	default:
		t = Turn{}
	}
	sess.LastSeen = now
	patient := Entry{ID: NewID(), From: FromPatient, Text: text, At: now, MsgID: msgID}
	if now.Before(t.HeldUntil) {
		return Outcome{}, s.Store.Commit(ctx, *sess, msgID, patient)
	}
	var began time.Time
	if engine != nil {
		began = time.Now()
	}
	reply, st := s.Engine.Respond(text, sess.State)
	if engine != nil {
		*engine = time.Since(began)
	}
	sess.State = st
	botEntry := Entry{ID: NewID(), From: FromBot, Text: reply.Text, At: now, Reply: &reply, MsgID: msgID}
	return Outcome{Entry: &botEntry}, s.Store.Commit(ctx, *sess, msgID, patient, botEntry)
}
