package staff

import (
	"net/http"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
)

// maxUnansweredScan bounds the conversations one unanswered-questions request reads.
const maxUnansweredScan = 20000

// maxGroupConversations bounds the conversation ids listed per question (the newest are kept).
const maxGroupConversations = 50

// Unanswered is one question the bot could not answer, with every spelling of it folded together.
type Unanswered struct {
	// Question is the most recent wording patients used.
	Question string    `json:"question"`
	Count    int       `json:"count"`
	Last     time.Time `json:"last"`
	// Conversations are the ids of the conversations it was asked in, most recent first.
	Conversations []string `json:"conversations"`
}

// unansweredKind reports the replies that mean the knowledge base lacked an answer.
func unansweredKind(k bot.Kind) bool { return k == bot.KindFallback || k == bot.KindClarify }

// asking is one time a question was asked.
type asking struct {
	conv string
	at   time.Time
}

// GroupUnanswered folds the patient questions answered by a fallback or clarify reply in logs
// (conversation id → log) into groups by normalised text, most frequent first (then most recent).
// Only questions asked within [from, to) count; zero times leave that side open.
func GroupUnanswered(logs map[string][]bot.Entry, from, to time.Time) []Unanswered {
	groups := map[string]*Unanswered{}
	asked := map[string][]asking{}
	for conv, log := range logs {
		var q *bot.Entry // the patient message the next bot entry answers
		for i := range log {
			e := &log[i]
			if e.From == bot.FromPatient {
				q = e
				continue
			}
			if e.From != bot.FromBot {
				continue // a staff message does not answer for the bot
			}
			p := q
			q = nil
			if p == nil || e.Reply == nil || !unansweredKind(e.Reply.Kind) {
				continue
			}
			if (!from.IsZero() && p.At.Before(from)) || (!to.IsZero() && !p.At.Before(to)) {
				continue
			}
			key := questionKey(p.Text)
			if key == "" {
				continue
			}
			g := groups[key]
			if g == nil {
				g = &Unanswered{}
				groups[key] = g
			}
			g.Count++
			if !p.At.Before(g.Last) {
				g.Last, g.Question = p.At, p.Text
			}
			asked[key] = append(asked[key], asking{conv, p.At})
		}
	}
	out := make([]Unanswered, 0, len(groups))
	for key, g := range groups {
		g.Conversations = newestUnique(asked[key])
		out = append(out, *g)
	}
	slices.SortFunc(out, func(a, b Unanswered) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		if c := b.Last.Compare(a.Last); c != 0 {
			return c
		}
		return strings.Compare(a.Question, b.Question)
	})
	return out
}

// questionKey is what questions are grouped by: the normalised text without the punctuation
// around it, so "وش الحل؟" and "وش الحل" are one question.
func questionKey(s string) string {
	return strings.TrimFunc(Normalize(s), func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
}

// newestUnique returns the conversations of as, most recent first, each once, at most
// maxGroupConversations of them.
func newestUnique(as []asking) []string {
	slices.SortStableFunc(as, func(a, b asking) int { return b.at.Compare(a.at) })
	seen := map[string]bool{}
	ids := []string{}
	for _, a := range as {
		if !seen[a.conv] && len(ids) < maxGroupConversations {
			seen[a.conv] = true
			ids = append(ids, a.conv)
		}
	}
	return ids
}

func (s *Server) unanswered(w http.ResponseWriter, r *http.Request, who string) {
	q := r.URL.Query()
	from, err := parseTime(q.Get("from"), false)
	if err != nil {
		writeError(w, http.StatusBadRequest, "from: "+err.Error())
		return
	}
	to, err := parseTime(q.Get("to"), true)
	if err != nil {
		writeError(w, http.StatusBadRequest, "to: "+err.Error())
		return
	}
	// Only conversations with a fallback or clarify reply can hold an unanswered question: their
	// logs alone are read.
	f := filter{from: from, to: to, also: func(c redisstore.Summary) bool {
		return c.Kinds[string(bot.KindFallback)] > 0 || c.Kinds[string(bot.KindClarify)] > 0
	}}
	logs := map[string][]bot.Entry{}
	_, err = s.scan(r.Context(), f, "", scanWant{logs: true}, maxUnansweredScan, func(c redisstore.Summary, log []bot.Entry, _ bool) bool {
		logs[c.ID] = log
		return true
	})
	if err != nil {
		s.fail(w, r, "unanswered", err)
		return
	}
	writeJSON(w, http.StatusOK, GroupUnanswered(logs, from, to))
}
