package bot

import (
	"context"
	"errors"

	"github.com/faqbot/faqbot/knowledge"
)

// A red flag is answered in every state of a conversation: while staff hold it, while its channel
// rate-limits it, while the store is down or its write buffer full. Triage is pure and cheap (no
// store, no search), so transports and the Service run it before any check that could keep a
// message from the engine, and only there: the engine triages every message it answers anyway.

// RedFlag reports whether text shows one of the universal red flags: the test a transport, which
// knows no clinic, runs before anything that could keep a message from the engine. (A general
// question about a risk, or a denied symptom, is not one.) Engine.RedFlag adds the clinic's own.
func RedFlag(text string) bool { return universal.RedFlag(text) }

// RedFlag reports whether text shows a red flag of this triage's clinic, universal or its own.
func (tr *Triage) RedFlag(text string) bool {
	words := knowledge.Words(text)
	if !meaningful(words) {
		return false
	}
	flag, _ := tr.triage(padded(triageWords(text, words)))
	return flag != ""
}

// RedFlag reports whether text shows a red flag at the engine's clinic: the test Respond applies
// before anything else.
func (e *Engine) RedFlag(text string) bool {
	if e.triage == nil {
		return universal.RedFlag(text)
	}
	return e.triage.RedFlag(text)
}

// Emergencier is a Responder that gives its emergency guidance directly; *Engine does, with the
// configured text. The Service answers a red flag with it where it does not ask the engine (a
// held conversation).
type Emergencier interface {
	Emergency(text string, st State) (Reply, State)
}

// Emergency is the reply to a red flag, whatever the conversation's state.
func (e *Engine) Emergency(text string, st State) (Reply, State) {
	st.Lang, st.Topic = language(text, st.Lang), ""
	return emergencyReply(e.cfg.EmergencyText), st
}

func emergencyReply(text string) Reply {
	if text == "" {
		text = DefaultEmergencyText
	}
	return Reply{Kind: KindEmergency, Text: text, Sources: []Source{}, Suggestions: []string{}, Confidence: 1}
}

// emergency answers a red flag through the engine's own guidance when it has one.
func (s *Service) emergency(text string, st State) (Reply, State) {
	if e, ok := s.Engine.(Emergencier); ok {
		return e.Emergency(text, st)
	}
	st.Lang, st.Topic = language(text, st.Lang), ""
	return emergencyReply(""), st
}

// heldAck is the one acknowledgement a patient gets while staff hold the conversation: that a
// person has the message, in the patient's language. Held marks it, so it is not taken for an
// answer when the conversation is released (AnswerPending).
func heldAck(lang string) Reply {
	text := "وصلت رسالتك إلى فريق العيادة، وسيرد عليك أحد الموظفين هنا قريباً."
	if lang == "en" {
		text = "A member of the clinic's staff has your message and will reply here soon."
	}
	return Reply{Kind: KindHandoff, Text: text, Sources: []Source{}, Suggestions: []string{}, Confidence: 1, Held: true}
}

// MaxPending bounds how many of the messages staff left unanswered AnswerPending answers: the
// latest ones, so a long hold ends in a few answers, not a flood.
const MaxPending = 5

// AnswerPending answers the patient messages of conversation base.ConversationID that staff left
// unanswered (sent after the last staff message, answered by nothing but the acknowledgement) once
// the conversation is back with the bot: after a release. It commits the answers and returns them,
// oldest first, each with the MsgID of the message it answers. base gives the channel and patient
// should the session have expired; nothing is answered while the conversation is still held.
func (s *Service) AnswerPending(ctx context.Context, base Session) ([]Entry, error) {
	sess := base
	t, err := s.Store.Begin(ctx, base.ConversationID, "")
	switch {
	case err == nil:
		sess = t.Session
	case !errors.Is(err, ErrNotFound):
		return nil, err
	}
	now := s.now()
	if now.Before(t.HeldUntil) {
		return nil, nil
	}
	hist, err := s.Store.History(ctx, base.ConversationID)
	if err != nil {
		return nil, err
	}
	todo := unanswered(hist)
	if len(todo) > MaxPending {
		todo = todo[len(todo)-MaxPending:]
	}
	if len(todo) == 0 {
		return nil, nil
	}
	var out []Entry
	for _, p := range todo {
		reply, st := s.Engine.Respond(p.Text, sess.State)
		st.Acked = false
		sess.State = st
		out = append(out, Entry{ID: NewID(), From: FromBot, Text: reply.Text, At: now, Reply: &reply, MsgID: p.MsgID})
	}
	sess.LastSeen = now
	if sess.Created.IsZero() {
		sess.Created = now
	}
	// No msgID: each message's first commit (the patient's own entry, logged while held) stays
	// what a resend of it gets; the answers ride along in the log.
	return out, s.Store.Commit(ctx, sess, "", out...)
}

// unanswered returns the patient entries after the last staff entry that no bot entry answers but
// the acknowledgement (a red flag's guidance while held is its answer): a bot entry answers the patient entry it follows (both are committed
// together) or, later (AnswerPending's own), the one whose MsgID it carries.
func unanswered(hist []Entry) []Entry {
	start := 0
	for i := len(hist) - 1; i >= 0; i-- {
		if hist[i].From == FromStaff {
			start = i + 1
			break
		}
	}
	answers := func(e Entry) bool {
		return e.From == FromBot && e.Reply != nil && (!e.Reply.Held || e.Reply.Kind == KindEmergency)
	}
	done := map[string]bool{}
	for _, e := range hist[start:] {
		if answers(e) && e.MsgID != "" {
			done[e.MsgID] = true
		}
	}
	var out []Entry
	for i := start; i < len(hist); i++ {
		e := hist[i]
		if e.From != FromPatient || e.MsgID != "" && done[e.MsgID] || i+1 < len(hist) && answers(hist[i+1]) {
			continue
		}
		out = append(out, e)
	}
	return out
}

type urgentKey struct{}

// urgent marks the context of an emergency's commit: a write-behind buffer queues it without
// waiting for its writer to catch up (BufferedStore.keepPaceLocked), so the guidance goes out at
// once even while the store is slow.
func urgent(ctx context.Context, k Kind) context.Context {
	if k != KindEmergency {
		return ctx
	}
	return context.WithValue(ctx, urgentKey{}, true)
}

func isUrgent(ctx context.Context) bool { return ctx.Value(urgentKey{}) != nil }
