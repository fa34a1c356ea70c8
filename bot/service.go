package bot

import (
	"context"
	"errors"
	"sync/atomic"
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
	// OnEmergency, when set, is called for every red flag answered (emergency guidance given), at
	// once, before the store is written: so staff can be alerted even while the store is down.
	// It must be quick and must not log the conversation's text.
	OnEmergency func(Session)
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
	l, hist, err := s.ResumeLive(ctx, token)
	if l == nil {
		return Session{}, nil, err
	}
	return l.Session, hist, err
}

// StartLive is StartWeb for a connection that stays open: see Live.
func (s *Service) StartLive(ctx context.Context, lang string) (*Live, string, error) {
	sess, token, err := s.StartWeb(ctx, lang)
	return &Live{Session: sess}, token, err
}

// ResumeLive is ResumeWeb for a connection that stays open: see Live. The Live is nil exactly when
// the session could not be found or read; with a Live and an error, the history could not be read.
func (s *Service) ResumeLive(ctx context.Context, token string) (*Live, []Entry, error) {
	conv, secret, ok := splitToken(token)
	if !ok {
		return nil, nil, ErrNotFound
	}
	t, err := s.Store.Begin(ctx, conv, "")
	if err != nil {
		return nil, nil, err
	}
	if !secretMatches(t.Session, secret) {
		return nil, nil, ErrNotFound
	}
	l := &Live{Session: t.Session, held: t.HeldUntil}
	hist, err := s.Store.History(ctx, conv)
	// A client may resend any message after a reconnect: each of the log's must be recognised
	// without asking the store about every message.
	for _, e := range hist {
		l.remember(e.MsgID)
	}
	return l, hist, err
}

// recentIDs is how many answered message ids a Live remembers, oldest forgotten first: every one of
// a conversation's kept log (redisstore keeps 1000 entries by default, two a message), while a
// connection that sends for days holds a bounded set. Once it has forgotten some, the store is
// asked about each message instead.
const recentIDs = 2048

// Live is a conversation held open by a channel connection (a patient's WebSocket). Its session
// stays in memory between messages, so answering reads nothing from the store: HandleLive costs no
// store round trip, and with a write-behind store (BufferOptions.WriteBehind) none on the reply's
// path at all. What the store alone knows is asked for only when it may matter: the answer to a
// message id this connection has seen before (a resend), and the staff hold once HoldChanged says
// it moved. Each connection follows its own thread of follow-ups: a second tab of the same session
// keeps its own context. One goroutine uses a Live, except HoldChanged.
type Live struct {
	Session Session
	held    time.Time       // the staff hold as last read
	stale   atomic.Bool     // the hold may have changed since it was read
	recent  map[string]bool // message ids answered lately; at most recentIDs
	order   []string        // recent's ids, oldest first
	forgot  bool            // ids were dropped from recent: a message not in it may have been answered
}

// Seen reports whether msgID was answered in this conversation as far as the Live knows (see
// recentIDs): sending it again gets the first answer and logs nothing.
func (l *Live) Seen(msgID string) bool { return msgID != "" && l.recent[msgID] }

// HoldChanged tells the connection that staff took over or released its conversation: the hold is
// read from the store again before the next answer. Safe to call from any goroutine.
func (l *Live) HoldChanged() { l.stale.Store(true) }

func (l *Live) remember(msgID string) {
	if msgID == "" || l.recent[msgID] {
		return
	}
	if l.recent == nil {
		l.recent = map[string]bool{}
	}
	if len(l.order) == recentIDs {
		l.forgot = true
		delete(l.recent, l.order[0])
		l.order = append(l.order[:0], l.order[1:]...)
	}
	l.recent[msgID] = true
	l.order = append(l.order, msgID)
}

// HandleLive is Handle for a Live conversation: the same outcome, without reading the store first
// (see Live). The store write is the only round trip, and a write-behind store makes it wait for
// nothing.
func (s *Service) HandleLive(ctx context.Context, l *Live, msgID, text string) (out Outcome, err error) {
	if s.Observer != nil {
		start := time.Now()
		var engine time.Duration
		defer func() { s.observe(l.Session.Channel, out, err, engine, start) }()
		return s.handleLive(ctx, l, msgID, text, &engine)
	}
	return s.handleLive(ctx, l, msgID, text, nil)
}

func (s *Service) handleLive(ctx context.Context, l *Live, msgID, text string, engine *time.Duration) (Outcome, error) {
	seen := msgID != "" && (l.recent[msgID] || l.forgot)
	if seen || l.stale.Swap(false) {
		ask := "" // only the hold is wanted, unless the message may have been answered
		if seen {
			ask = msgID
		}
		t, err := s.Store.Begin(ctx, l.Session.ConversationID, ask)
		switch {
		case err == nil || errors.Is(err, ErrNotFound):
			if t.HoldUnknown {
				l.stale.Store(true) // the hold as last read stands until the store answers
			} else {
				l.held = t.HeldUntil
			}
			if t.Prior != nil {
				return prior(t.Prior), nil
			}
			if err == nil {
				// Whether this hold was acknowledged is the conversation's, not the connection's:
				// a release's answers (AnswerPending) or another tab may have changed it.
				l.Session.State.Acked = t.Session.State.Acked
			}
		default:
			// Unknown: ask again next time; meanwhile the hold as last read stands.
			l.stale.Store(true)
		}
	}
	l.remember(msgID)
	return s.answer(ctx, &l.Session, l.held, msgID, text, engine)
}

// prior is the outcome of a message answered before.
func prior(e *Entry) Outcome {
	if e.From != FromBot {
		return Outcome{Duplicate: true} // logged once already, while staff held it
	}
	return Outcome{Entry: e, Duplicate: true}
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
	t, err := s.Store.Begin(ctx, sess.ConversationID, msgID)
	switch {
	case err == nil:
		if t.Prior != nil {
			return prior(t.Prior), nil
		}
		// The stored state wins: another replica or tab may have moved the conversation on.
		t.Session.SecretHash = sess.SecretHash
		*sess = t.Session
	case errors.Is(err, ErrNotFound):
		// Expired while connected: carry on with what we hold; Commit saves it again.
	default:
		t = Turn{}
	}
	return s.answer(ctx, sess, t.HeldUntil, msgID, text, engine)
}

// answer answers text in *sess, or only logs it while staff hold the conversation (until held),
// and commits both sides. A red flag is answered even while held, and is triaged before the hold
// is looked at; other held messages get one acknowledgement a hold (State.Acked).
func (s *Service) answer(ctx context.Context, sess *Session, held time.Time, msgID, text string, engine *time.Duration) (Outcome, error) {
	now := s.now()
	sess.LastSeen = now
	patient := Entry{ID: NewID(), From: FromPatient, Text: text, At: now, MsgID: msgID}
	var reply Reply
	if now.Before(held) {
		switch {
		case s.redFlag(text):
			reply, sess.State = s.emergency(text, sess.State)
			reply.Held = true
		case !sess.State.Acked:
			sess.State.Lang = language(text, sess.State.Lang)
			sess.State.Acked = true
			reply = heldAck(sess.State.Lang)
		default:
			return Outcome{}, s.Store.Commit(ctx, *sess, msgID, patient)
		}
	} else {
		var began time.Time
		if engine != nil {
			began = time.Now()
		}
		var st State
		reply, st = s.Engine.Respond(text, sess.State)
		if engine != nil {
			*engine = time.Since(began)
		}
		st.Acked = false // the bot is answering again: a next hold is acknowledged anew
		sess.State = st
	}
	botEntry := Entry{ID: NewID(), From: FromBot, Text: reply.Text, At: now, Reply: &reply, MsgID: msgID}
	if reply.Kind == KindEmergency && s.OnEmergency != nil {
		// Before the commit, which may wait for or fail on the store: staff hear of it regardless.
		s.OnEmergency(*sess)
	}
	return Outcome{Entry: &botEntry}, s.Store.Commit(urgent(ctx, reply.Kind), *sess, msgID, patient, botEntry)
}

// redFlag is the engine's own red-flag test where it has one (its clinic's flags too), else the
// universal one.
func (s *Service) redFlag(text string) bool {
	if f, ok := s.Engine.(interface{ RedFlag(string) bool }); ok {
		return f.RedFlag(text)
	}
	return RedFlag(text)
}
