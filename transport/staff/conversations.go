package staff

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
)

// Limits of what staff send.
const (
	// pageSize is how many conversations one list page holds.
	pageSize = 50
	// scanBatch is how many conversations are read from Redis at a time while filtering.
	scanBatch = 100
	// maxScan bounds the conversations one list request reads while looking for a page of matches;
	// past it the page is returned short, with a cursor to go on from.
	maxScan = 5000
	// MaxReplyRunes is the longest staff message: WhatsApp's text limit.
	MaxReplyRunes = 4096
	maxNoteRunes  = 2000
	maxQueryRunes = 200
	// openAuditWindow folds repeated opens of one conversation by one person (live refreshes) into
	// one audit record.
	openAuditWindow = 10 * time.Minute
)

// filter is a conversation list's query: CONTRACTS §6 parameters.
type filter struct {
	channel  string
	kind     string
	reviewed string // "", "true", "false"
	from, to time.Time
	q        string // normalised
	// also, when set, is one more condition on the summary (not from the query string).
	also func(redisstore.Summary) bool
}

// describe renders the filter for the audit trail (no patient data: q is staff-typed search text).
func (f filter) describe() string {
	v := url.Values{}
	for k, x := range map[string]string{"channel": f.channel, "kind": f.kind, "reviewed": f.reviewed, "q": f.q} {
		if x != "" {
			v.Set(k, x)
		}
	}
	if !f.from.IsZero() {
		v.Set("from", f.from.Format(time.RFC3339))
	}
	if !f.to.IsZero() {
		v.Set("to", f.to.Format(time.RFC3339))
	}
	return v.Encode()
}

var kinds = map[string]bool{
	string(bot.KindAnswer): true, string(bot.KindClarify): true, string(bot.KindEmergency): true,
	string(bot.KindSmalltalk): true, string(bot.KindHandoff): true, string(bot.KindFallback): true,
}

// parseTime reads a from/to parameter: RFC 3339, or a date (YYYY-MM-DD, UTC midnight); for "to" a
// bare date means the end of that day.
func parseTime(v string, end bool) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339Nano, v); err == nil {
		return t.UTC(), nil
	}
	t, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return time.Time{}, errors.New("not a time (RFC 3339) or date (YYYY-MM-DD)")
	}
	if end {
		t = t.AddDate(0, 0, 1)
	}
	return t, nil
}

func parseFilter(q url.Values) (filter, error) {
	f := filter{channel: q.Get("channel"), kind: q.Get("kind"), reviewed: q.Get("reviewed")}
	if f.channel != "" && f.channel != bot.ChannelWeb && f.channel != bot.ChannelWhatsApp {
		return f, errors.New("channel must be web or whatsapp")
	}
	if f.kind != "" && !kinds[f.kind] {
		return f, errors.New("kind must be one of answer, clarify, emergency, smalltalk, handoff, fallback")
	}
	if f.reviewed != "" && f.reviewed != "true" && f.reviewed != "false" {
		return f, errors.New("reviewed must be true or false")
	}
	var err error
	if f.from, err = parseTime(q.Get("from"), false); err != nil {
		return f, errors.New("from: " + err.Error())
	}
	if f.to, err = parseTime(q.Get("to"), true); err != nil {
		return f, errors.New("to: " + err.Error())
	}
	if !f.from.IsZero() && !f.to.IsZero() && f.to.Before(f.from) {
		return f, errors.New("to is before from")
	}
	if utf8.RuneCountInString(q.Get("q")) > maxQueryRunes {
		return f, errors.New("q is too long")
	}
	f.q = Normalize(q.Get("q"))
	return f, nil
}

// matches applies what the summary alone can tell. A conversation matches a date range when it
// was active in it: last activity at or after from, started before to.
func (f filter) matches(c redisstore.Summary) bool {
	switch {
	case f.channel != "" && c.Channel != f.channel:
		return false
	case f.kind != "" && c.Kinds[f.kind] == 0:
		return false
	case f.reviewed == "true" && c.Review == nil, f.reviewed == "false" && c.Review != nil:
		return false
	case !f.to.IsZero() && !c.Started.Before(f.to):
		return false
	case f.also != nil && !f.also(c):
		return false
	}
	return true
}

// contains reports whether any message of the log holds the normalised text q.
func contains(log []bot.Entry, q string) bool {
	for _, e := range log {
		if strings.Contains(Normalize(e.Text), q) {
			return true
		}
	}
	return false
}

// scanWant says what scan reads besides the summaries: the logs (also read for a text search) and
// whether each patient can be reached now (asked once a batch, not once a conversation).
type scanWant struct{ logs, live bool }

// scan visits the conversations matching f, newest activity first, starting after cursor. visit
// returns false to stop; scan then returns the cursor after the last visited conversation. With
// limit > 0 scan stops after reading that many conversations and returns the cursor to go on from.
// next is "" at the end.
func (s *Server) scan(ctx context.Context, f filter, cursor string, want scanWant, limit int,
	visit func(c redisstore.Summary, log []bot.Entry, live bool) bool) (next string, err error) {
	read := 0
	for {
		batch, after, err := s.cfg.Backend.Conversations(ctx, redisstore.ConvQuery{
			Channel: f.channel, Since: f.from, Cursor: cursor, Limit: scanBatch})
		if err != nil {
			return "", err
		}
		var keep []redisstore.Summary
		for _, c := range batch {
			if f.matches(c) {
				keep = append(keep, c)
			}
		}
		var logs [][]bot.Entry
		if len(keep) > 0 && (want.logs || f.q != "") {
			ids := make([]string, len(keep))
			for i, c := range keep {
				ids[i] = c.ID
			}
			if logs, err = s.cfg.Backend.Histories(ctx, ids...); err != nil {
				return "", err
			}
		}
		var live []bool
		if want.live {
			live = s.live(keep)
		}
		// Visit in order; a conversation skipped by the text search still advances the cursor.
		ki := 0
		for _, c := range batch {
			read++
			if ki < len(keep) && keep[ki].ID == c.ID {
				var log []bot.Entry
				if logs != nil {
					log = logs[ki]
				}
				reachable := live != nil && live[ki]
				ki++
				if f.q == "" || contains(log, f.q) {
					if !visit(c, log, reachable) {
						return c.Cursor, nil
					}
				}
			}
			if limit > 0 && read >= limit {
				return c.Cursor, nil
			}
		}
		if after == "" {
			return "", nil
		}
		cursor = after
	}
}

// convJSON is a conversation as the API shows it (CONTRACTS §6).
type convJSON struct {
	ID        string         `json:"id"`
	Channel   string         `json:"channel"`
	Patient   string         `json:"patient"`
	Started   time.Time      `json:"started"`
	Last      time.Time      `json:"last"`
	Turns     int            `json:"turns"`
	Kinds     map[string]int `json:"kinds"`
	Reviewed  bool           `json:"reviewed"`
	Live      bool           `json:"live"`
	Urgent    bool           `json:"urgent"` // a red flag (emergency guidance given), not reviewed since
	Failed    int            `json:"failed,omitempty"`
	HeldUntil *time.Time     `json:"held_until,omitempty"`
	Review    *reviewJSON    `json:"review,omitempty"`
	Entries   []entryJSON    `json:"entries,omitempty"`
}

type reviewJSON struct {
	By   string    `json:"by"`
	At   time.Time `json:"at"`
	Note string    `json:"note"`
}

// entryJSON is a log entry as staff see it. The channel's message id is left out: a WhatsApp
// message id encodes the patient's number.
type entryJSON struct {
	ID     string     `json:"id,omitempty"`
	From   string     `json:"from"`
	Text   string     `json:"text"`
	At     time.Time  `json:"at"`
	Reply  *bot.Reply `json:"reply,omitempty"`
	Status string     `json:"status,omitempty"`
	Name   string     `json:"name,omitempty"`
}

// convView is what the console shows of c; live is whether its patient can be reached now.
func (s *Server) convView(c redisstore.Summary, live bool) convJSON {
	v := convJSON{ID: c.ID, Channel: c.Channel, Patient: MaskPatient(c.Patient), Started: c.Started, Last: c.Last,
		Turns: c.Turns, Kinds: c.Kinds, Reviewed: c.Review != nil, Failed: c.Failed, Live: live,
		Urgent: c.Kinds[string(bot.KindEmergency)] > 0 && c.Review == nil}
	if v.Kinds == nil {
		v.Kinds = map[string]int{}
	}
	if c.HeldUntil.After(s.now()) {
		h := c.HeldUntil
		v.HeldUntil = &h
	}
	if c.Review != nil {
		v.Review = &reviewJSON{By: c.Review.By, At: c.Review.At, Note: c.Review.Note}
	}
	return v
}

func entryView(e bot.Entry) entryJSON {
	return entryJSON{ID: e.ID, From: e.From, Text: e.Text, At: e.At, Reply: e.Reply, Status: e.Status, Name: e.Name}
}

func (s *Server) list(w http.ResponseWriter, r *http.Request, who string) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	var page []redisstore.Summary
	next, err := s.scan(r.Context(), f, r.URL.Query().Get("cursor"), scanWant{}, maxScan,
		func(c redisstore.Summary, _ []bot.Entry, _ bool) bool {
			page = append(page, c)
			return len(page) < pageSize
		})
	if errors.Is(err, redisstore.ErrBadCursor) {
		writeError(w, http.StatusBadRequest, "cursor is not one this API gave out")
		return
	}
	if err != nil {
		s.fail(w, r, "list", err)
		return
	}
	out := make([]convJSON, len(page))
	for i, live := range s.live(page) {
		out[i] = s.convView(page[i], live)
	}
	writeJSON(w, http.StatusOK, map[string]any{"conversations": out, "next": next})
}

// conversation loads conv's summary and log.
func (s *Server) conversation(ctx context.Context, conv string) (redisstore.Summary, []bot.Entry, error) {
	c, err := s.cfg.Backend.Summary(ctx, conv)
	if err != nil {
		return c, nil, err
	}
	logs, err := s.cfg.Backend.Histories(ctx, conv)
	if err != nil {
		return c, nil, err
	}
	return c, logs[0], nil
}

func (s *Server) detail(w http.ResponseWriter, r *http.Request, who string) {
	conv := r.PathValue("id")
	c, log, err := s.conversation(r.Context(), conv)
	if err != nil {
		s.fail(w, r, "open", err)
		return
	}
	// Reading patient data is audited before it is shown; no audit, no data.
	if err := s.cfg.Backend.AuditOnce(r.Context(), redisstore.AuditRecord{At: s.now(), Who: who, Action: "open", Conv: conv},
		openAuditWindow); err != nil {
		s.fail(w, r, "audit", err)
		return
	}
	v := s.convView(c, s.live([]redisstore.Summary{c})[0])
	v.Entries = make([]entryJSON, len(log))
	for i, e := range log {
		v.Entries[i] = entryView(e)
	}
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) review(w http.ResponseWriter, r *http.Request, who string) {
	var req struct {
		Note string `json:"note"`
	}
	if !readJSON(w, r, &req) {
		return
	}
	if utf8.RuneCountInString(req.Note) > maxNoteRunes {
		writeError(w, http.StatusBadRequest, "the note is too long")
		return
	}
	conv := r.PathValue("id")
	rv := redisstore.Review{By: who, At: s.now(), Note: strings.TrimSpace(req.Note)}
	if err := s.cfg.Backend.SetReview(r.Context(), conv, rv); err != nil {
		s.fail(w, r, "review", err)
		return
	}
	// The note is conversation content: it stays in the conversation (erased with it), not the trail.
	s.record(r.Context(), redisstore.AuditRecord{Who: who, Action: "review", Conv: conv})
	s.bus.Publish(Event{Type: "review", Conv: conv})
	writeJSON(w, http.StatusOK, map[string]any{"review": reviewJSON{By: rv.By, At: rv.At, Note: rv.Note}})
}

func (s *Server) reply(w http.ResponseWriter, r *http.Request, who string) {
	var req struct {
		Text string `json:"text"`
	}
	if !readJSON(w, r, &req) {
		return
	}
	text := strings.TrimSpace(req.Text)
	switch {
	case text == "":
		writeError(w, http.StatusBadRequest, "the message is empty")
		return
	case utf8.RuneCountInString(text) > MaxReplyRunes:
		writeError(w, http.StatusBadRequest, "the message is longer than 4096 characters")
		return
	case !utf8.ValidString(text):
		writeError(w, http.StatusBadRequest, "the message is not valid UTF-8")
		return
	}
	ctx := r.Context()
	conv := r.PathValue("id")
	c, err := s.cfg.Backend.Summary(ctx, conv)
	if err != nil {
		s.fail(w, r, "reply", err)
		return
	}
	p := s.cfg.Patients[c.Channel]
	if p == nil {
		writeError(w, http.StatusConflict, "patients on this channel cannot be written to from the console")
		return
	}
	now := s.now()
	until := now.Add(s.cfg.Quiet)
	// The hold goes first: a patient message arriving while we deliver must not get a bot answer.
	if err := s.cfg.Backend.Hold(ctx, conv, until); err != nil {
		s.fail(w, r, "hold", err)
		return
	}
	s.holdChanged(c)
	e := bot.Entry{ID: bot.NewID(), From: bot.FromStaff, Text: text, At: now, Name: who}
	delivered, sendErr := p.Send(ctx, c, e)
	if sendErr != nil {
		e.Status = "failed"
		s.log.WarnContext(ctx, "staff reply not delivered", "conv", conv, "channel", c.Channel, "err", sendErr)
	}
	if err := s.cfg.Backend.AppendStaff(ctx, conv, e); err != nil {
		s.fail(w, r, "reply log", err)
		return
	}
	s.record(ctx, redisstore.AuditRecord{Who: who, Action: "reply", Conv: conv})
	s.bus.Publish(Event{Type: "entry", Conv: conv})
	if sendErr != nil {
		writeJSON(w, http.StatusBadGateway, map[string]any{
			"error": "the message could not be delivered to the patient (it is logged as failed): " + sendErr.Error(),
			"entry": entryView(e), "delivered": false, "held_until": until})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"entry": entryView(e), "delivered": delivered, "held_until": until})
}

func (s *Server) release(w http.ResponseWriter, r *http.Request, who string) {
	conv := r.PathValue("id")
	c, err := s.cfg.Backend.Summary(r.Context(), conv)
	if err != nil {
		s.fail(w, r, "release", err)
		return
	}
	if err := s.cfg.Backend.Hold(r.Context(), conv, time.Time{}); err != nil {
		s.fail(w, r, "release", err)
		return
	}
	s.holdChanged(c)
	s.record(r.Context(), redisstore.AuditRecord{Who: who, Action: "release", Conv: conv})
	s.bus.Publish(Event{Type: "hold", Conv: conv})
	s.answerPending(r.Context(), c)
	w.WriteHeader(http.StatusNoContent)
}

// releaseTimeout bounds answering and delivering what staff left unanswered on a release.
const releaseTimeout = 30 * time.Second

// answerPending has the bot answer the messages staff left unanswered in released conversation c
// (Config.Answer) and delivers the answers. The release stands whatever happens here: failures
// are logged, and the patient still has the answers in the history.
func (s *Server) answerPending(ctx context.Context, c redisstore.Summary) {
	if s.cfg.Answer == nil {
		return
	}
	// Not cut short by the console going away: the patient is owed these answers.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), releaseTimeout)
	defer cancel()
	entries, err := s.cfg.Answer(ctx, c)
	if len(entries) > 0 {
		s.bus.Publish(Event{Type: "entry", Conv: c.ID})
	}
	if err != nil {
		s.log.WarnContext(ctx, "release: messages left unanswered not answered or not logged", "conv", c.ID, "err", err)
	}
	send, ok := s.cfg.Patients[c.Channel].(BotSender)
	if !ok {
		return
	}
	for _, e := range entries {
		if _, err := send.SendBot(ctx, c, e); err != nil {
			s.log.WarnContext(ctx, "release: answer not delivered", "conv", c.ID, "channel", c.Channel, "err", err)
			return
		}
	}
}

func (s *Server) erase(w http.ResponseWriter, r *http.Request, who string) {
	conv := r.PathValue("id")
	ok, err := s.cfg.Backend.Erase(r.Context(), conv)
	if err != nil {
		s.fail(w, r, "erase", err)
		return
	}
	if !ok {
		writeError(w, http.StatusNotFound, "no such conversation")
		return
	}
	s.log.InfoContext(r.Context(), "conversation erased", "conv", conv, "staff", who)
	s.record(r.Context(), redisstore.AuditRecord{Who: who, Action: "erase", Conv: conv, Detail: "on request"})
	s.bus.Publish(Event{Type: "erased", Conv: conv})
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) audit(w http.ResponseWriter, r *http.Request, who string) {
	list, next, err := s.cfg.Backend.AuditLog(r.Context(), r.URL.Query().Get("cursor"), pageSize)
	if errors.Is(err, redisstore.ErrBadCursor) {
		writeError(w, http.StatusBadRequest, "cursor is not one this API gave out")
		return
	}
	if err != nil {
		s.fail(w, r, "audit", err)
		return
	}
	if list == nil {
		list = []redisstore.AuditRecord{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"audit": list, "next": next})
}
