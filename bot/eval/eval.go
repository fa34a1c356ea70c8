// Package eval grades the engine on labelled patient questions, by the rules of the evaluation set's
// README: a case passes when the reply's kind is one of the expected kinds and, for an answer with
// phrases given, the reply text contains one of them after the same normalisation.
//
// A conversation (a line with "turns") is asked turn by turn in one conversation, each turn graded by
// the same rule; it passes when every turn does. A corpus (corpus.go) is a folder of clinics, each
// with its pages and a tune and a sealed half of cases, graded by the engine beside a plain-bleve
// baseline (package baseline), so that a score says what the engine adds over plain search.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/faqbot/faqbot/bot"
)

// Case is one labelled question.
type Case struct {
	ID     string   `json:"id"`
	Q      string   `json:"q"`
	Expect []string `json:"expect"`
	Any    []string `json:"any,omitempty"`
}

// Turn is one patient message of a conversation, graded as a case is.
type Turn struct {
	Q      string   `json:"q"`
	Expect []string `json:"expect"`
	Any    []string `json:"any,omitempty"`
}

// Conversation is a labelled exchange: its turns are asked in order in one conversation, each read in
// the context of the ones before, as a patient in `faqbot chat` or the widget would ask them.
type Conversation struct {
	ID    string `json:"id"`
	Turns []Turn `json:"turns"`
}

// Set is what a cases file holds: single questions and conversations, mixed in any order.
type Set struct {
	Cases         []Case
	Conversations []Conversation
}

// Only is the part of the set whose cases and conversations have an id keep accepts.
func (s *Set) Only(keep func(id string) bool) *Set {
	out := &Set{}
	for _, c := range s.Cases {
		if keep(c.ID) {
			out.Cases = append(out.Cases, c)
		}
	}
	for _, c := range s.Conversations {
		if keep(c.ID) {
			out.Conversations = append(out.Conversations, c)
		}
	}
	return out
}

// line is either form; a line with "turns" is a conversation.
type line struct {
	Case
	Turns *[]Turn `json:"turns"`
}

// ReadSet parses JSON Lines of cases and conversations; blank lines are skipped; a bad line is an error
// naming its number.
func ReadSet(r io.Reader) (*Set, error) {
	set := &Set{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4<<20)
	for n := 1; sc.Scan(); n++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var l line
		if err := json.Unmarshal([]byte(text), &l); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if l.Turns == nil {
			if len(l.Expect) == 0 {
				return nil, fmt.Errorf("line %d: case %q expects no kind", n, l.ID)
			}
			set.Cases = append(set.Cases, l.Case)
			continue
		}
		c := Conversation{ID: l.ID, Turns: *l.Turns}
		switch {
		case l.Q != "" || len(l.Expect) > 0:
			return nil, fmt.Errorf("line %d: conversation %q has both turns and a question of its own", n, c.ID)
		case len(c.Turns) == 0:
			return nil, fmt.Errorf("line %d: conversation %q has no turns", n, c.ID)
		}
		for i, t := range c.Turns {
			if len(t.Expect) == 0 {
				return nil, fmt.Errorf("line %d: conversation %q turn %d expects no kind", n, c.ID, i+1)
			}
		}
		set.Conversations = append(set.Conversations, c)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return set, nil
}

// Read parses JSON Lines of single cases only; a conversation line is an error (use ReadSet).
func Read(r io.Reader) ([]Case, error) {
	set, err := ReadSet(r)
	if err != nil {
		return nil, err
	}
	if len(set.Conversations) > 0 {
		return nil, fmt.Errorf("conversation %q: Read takes single cases only; use ReadSet", set.Conversations[0].ID)
	}
	return set.Cases, nil
}

// Failure is a case that did not pass, with what the engine said.
type Failure struct {
	Case
	Reply bot.Reply `json:"reply"`
}

// TurnFailure is a conversation turn that did not pass.
type TurnFailure struct {
	Conversation string `json:"conversation"`
	// Index counts turns from 1.
	Index int `json:"turn"`
	Turn
	Reply bot.Reply `json:"reply"`
}

// Tally counts passes of one kind.
type Tally struct {
	Passed int `json:"passed"`
	Total  int `json:"total"`
}

// Percent is the share passed; 0 of nothing.
func (t Tally) Percent() float64 {
	if t.Total == 0 {
		return 0
	}
	return 100 * float64(t.Passed) / float64(t.Total)
}

func (t *Tally) add(pass bool) {
	t.Total++
	if pass {
		t.Passed++
	}
}

// Alarms counts emergency replies to questions that were not emergencies: a false alarm scares a
// patient and teaches them to ignore the real one.
type Alarms struct {
	False int `json:"false"`
	// Of is how many questions did not expect an emergency.
	Of int `json:"of"`
}

func (a *Alarms) add(c Case, r bot.Reply) {
	if slices.Contains(c.Expect, string(bot.KindEmergency)) {
		return
	}
	a.Of++
	if r.Kind == bot.KindEmergency {
		a.False++
	}
}

// Percent is the share of non-emergency questions answered as emergencies.
func (a Alarms) Percent() float64 { return Tally{a.False, a.Of}.Percent() }

// Report is the outcome of grading.
type Report struct {
	// Passed and Total count the single cases.
	Passed, Total int
	// ByKind tallies single cases by their first expected kind.
	ByKind      map[string]*Tally
	FalseAlarms Alarms
	Failures    []Failure
	Convs       Convs
}

// Convs is the outcome of grading conversations.
type Convs struct {
	// Passed and Total count conversations; one passes when every turn does.
	Passed, Total int
	// Turns tallies every turn; ByKind tallies them by first expected kind.
	Turns       Tally
	ByKind      map[string]*Tally
	FalseAlarms Alarms
	Failures    []TurnFailure
}

// Score is the share of single cases passed, in percent.
func (r *Report) Score() float64 { return Tally{r.Passed, r.Total}.Percent() }

// Score is the share of conversations passed, in percent.
func (c *Convs) Score() float64 { return Tally{c.Passed, c.Total}.Percent() }

// EmergenciesPassed says whether every emergency case and turn passed: the one failure the product cannot have.
func (r *Report) EmergenciesPassed() bool {
	for _, t := range []*Tally{r.ByKind[string(bot.KindEmergency)], r.Convs.ByKind[string(bot.KindEmergency)]} {
		if t != nil && t.Passed != t.Total {
			return false
		}
	}
	return true
}

// Emergencies tallies emergency questions, single and in conversations together: a red flag must be
// caught wherever it is raised.
func (r *Report) Emergencies() Tally {
	var t Tally
	for _, k := range []*Tally{r.ByKind[string(bot.KindEmergency)], r.Convs.ByKind[string(bot.KindEmergency)]} {
		if k != nil {
			t.Passed += k.Passed
			t.Total += k.Total
		}
	}
	return t
}

// AllFalseAlarms counts false alarms over single cases and conversation turns together.
func (r *Report) AllFalseAlarms() Alarms {
	return Alarms{r.FalseAlarms.False + r.Convs.FalseAlarms.False, r.FalseAlarms.Of + r.Convs.FalseAlarms.Of}
}

// Meets says whether the report clears a bar of min percent: the single cases' score and, when there
// are conversations, theirs, with every emergency passed. (A file of single cases is judged exactly as
// before conversations existed.)
func (r *Report) Meets(min float64) bool {
	if !r.EmergenciesPassed() {
		return false
	}
	if (r.Total > 0 || r.Convs.Total == 0) && r.Score() < min {
		return false
	}
	return r.Convs.Total == 0 || r.Convs.Score() >= min
}

// Responder answers one message in the light of the conversation so far; *bot.Engine is one.
type Responder interface {
	Respond(text string, st bot.State) (bot.Reply, bot.State)
}

// Grade asks each case as the first message of a fresh conversation.
func Grade(r Responder, cases []Case) *Report {
	return GradeSet(r, &Set{Cases: cases})
}

// GradeSet grades single cases, each in a fresh conversation, and conversations, each turn in the
// state the previous turns left (as `faqbot chat` carries it).
func GradeSet(r Responder, set *Set) *Report {
	rep := &Report{ByKind: map[string]*Tally{}, Convs: Convs{ByKind: map[string]*Tally{}}}
	for _, c := range set.Cases {
		reply, _ := r.Respond(c.Q, bot.State{})
		pass := Passes(c, reply)
		tallyOf(rep.ByKind, c.Expect[0]).add(pass)
		rep.Total++
		rep.FalseAlarms.add(c, reply)
		if pass {
			rep.Passed++
		} else {
			rep.Failures = append(rep.Failures, Failure{Case: c, Reply: reply})
		}
	}
	cv := &rep.Convs
	for _, conv := range set.Conversations {
		var st bot.State
		all := true
		for i, t := range conv.Turns {
			var reply bot.Reply
			reply, st = r.Respond(t.Q, st)
			c := Case{Q: t.Q, Expect: t.Expect, Any: t.Any}
			pass := Passes(c, reply)
			tallyOf(cv.ByKind, t.Expect[0]).add(pass)
			cv.Turns.add(pass)
			cv.FalseAlarms.add(c, reply)
			if !pass {
				all = false
				cv.Failures = append(cv.Failures, TurnFailure{Conversation: conv.ID, Index: i + 1, Turn: t, Reply: reply})
			}
		}
		cv.Total++
		if all {
			cv.Passed++
		}
	}
	return rep
}

func tallyOf(m map[string]*Tally, kind string) *Tally {
	t := m[kind]
	if t == nil {
		t = &Tally{}
		m[kind] = t
	}
	return t
}

// Passes applies the grading rule to one reply.
func Passes(c Case, r bot.Reply) bool {
	if !slices.Contains(c.Expect, string(r.Kind)) {
		return false
	}
	if r.Kind != bot.KindAnswer || len(c.Any) == 0 {
		return true
	}
	text := Normalize(r.Text)
	for _, p := range c.Any {
		if strings.Contains(text, Normalize(p)) {
			return true
		}
	}
	return false
}

// Normalize is the grading normalisation, exactly as the README states it (deliberately not
// knowledge.Normalize, which folds more).
func Normalize(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 0x0610 && r <= 0x061A, r >= 0x064B && r <= 0x065F, r == 0x0670, r >= 0x06D6 && r <= 0x06ED, r == 0x0640:
			continue
		case r == 'آ', r == 'أ', r == 'إ', r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == '،':
			r = ','
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// Write prints the per-kind pass counts, every failure, the conversations' tallies and failures when
// there are conversations, and a last line with the overall score.
func (r *Report) Write(w io.Writer) {
	writeKinds(w, "", r.ByKind)
	for _, f := range r.Failures {
		fmt.Fprintf(w, "FAIL %s %q: ", f.ID, f.Q)
		writeMiss(w, f.Case, f.Reply)
	}
	if cv := &r.Convs; cv.Total > 0 {
		fmt.Fprintf(w, "conversations %d/%d passed (%.1f%%); turns %d/%d (%.1f%%):\n",
			cv.Passed, cv.Total, cv.Score(), cv.Turns.Passed, cv.Turns.Total, cv.Turns.Percent())
		writeKinds(w, "  turn ", cv.ByKind)
		for _, f := range cv.Failures {
			fmt.Fprintf(w, "FAIL %s turn %d %q: ", f.Conversation, f.Index, f.Q)
			writeMiss(w, Case{Q: f.Q, Expect: f.Expect, Any: f.Any}, f.Reply)
		}
	}
	if a := r.AllFalseAlarms(); a.False > 0 {
		fmt.Fprintf(w, "false alarms: %d of %d non-emergency questions answered as emergencies (%.1f%%)\n", a.False, a.Of, a.Percent())
	}
	emerg := "all emergencies passed"
	if !r.EmergenciesPassed() {
		emerg = "EMERGENCY MISSED"
	}
	if r.Total == 0 && r.Convs.Total > 0 {
		fmt.Fprintf(w, "score: conversations %d/%d passed (%.1f%%), %s\n", r.Convs.Passed, r.Convs.Total, r.Convs.Score(), emerg)
		return
	}
	fmt.Fprintf(w, "score: %d/%d passed (%.1f%%), %s\n", r.Passed, r.Total, r.Score(), emerg)
}

func writeKinds(w io.Writer, prefix string, byKind map[string]*Tally) {
	for _, k := range slices.Sorted(maps.Keys(byKind)) {
		t := byKind[k]
		fmt.Fprintf(w, "%s%-10s %3d/%-3d %5.1f%%\n", prefix, k, t.Passed, t.Total, t.Percent())
	}
}

// writeMiss ends a FAIL line: what was expected and what came back.
func writeMiss(w io.Writer, c Case, r bot.Reply) {
	fmt.Fprintf(w, "expected %s, got %s (confidence %.2f)", strings.Join(c.Expect, "|"), r.Kind, r.Confidence)
	if r.Kind == bot.KindAnswer && len(c.Any) > 0 {
		fmt.Fprintf(w, " without any of %q; text: %q", c.Any, clip(r.Text, 120))
	}
	fmt.Fprintln(w)
}

// reportJSON is the report as `faqbot eval --json` prints it.
type reportJSON struct {
	Passed            int               `json:"passed"`
	Total             int               `json:"total"`
	Score             float64           `json:"score"`
	EmergenciesPassed bool              `json:"emergencies_passed"`
	Emergencies       Tally             `json:"emergencies"`
	FalseAlarms       Alarms            `json:"false_alarms"`
	ByKind            map[string]*Tally `json:"by_kind"`
	Failures          []Failure         `json:"failures"`
	Conversations     convsJSON         `json:"conversations"`
}

type convsJSON struct {
	Passed      int               `json:"passed"`
	Total       int               `json:"total"`
	Score       float64           `json:"score"`
	Turns       Tally             `json:"turns"`
	ByKind      map[string]*Tally `json:"by_kind"`
	FalseAlarms Alarms            `json:"false_alarms"`
	Failures    []TurnFailure     `json:"failures"`
}

// MarshalJSON gives one object: totals and score (single cases), emergencies and false alarms (every
// question), by kind, the failures with the reply given, and the conversations' own tallies and
// failures. Lists are [] when empty; scores are percentages rounded to a tenth.
func (r *Report) MarshalJSON() ([]byte, error) {
	cv := &r.Convs
	return json.Marshal(reportJSON{
		Passed: r.Passed, Total: r.Total, Score: round1(r.Score()),
		EmergenciesPassed: r.EmergenciesPassed(), Emergencies: r.Emergencies(), FalseAlarms: r.AllFalseAlarms(),
		ByKind: nonNilMap(r.ByKind), Failures: nonNil(r.Failures),
		Conversations: convsJSON{Passed: cv.Passed, Total: cv.Total, Score: round1(cv.Score()), Turns: cv.Turns,
			ByKind: nonNilMap(cv.ByKind), FalseAlarms: cv.FalseAlarms, Failures: nonNil(cv.Failures)},
	})
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func nonNilMap(m map[string]*Tally) map[string]*Tally {
	if m == nil {
		return map[string]*Tally{}
	}
	return m
}

func clip(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n]) + "…"
}
