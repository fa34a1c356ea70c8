// Package eval grades the engine on labelled patient questions, by the rules of the evaluation set's
// README: a case passes when the reply's kind is one of the expected kinds and, for an answer with
// phrases given, the reply text contains one of them after the same normalisation.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
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

// Read parses JSON Lines cases; blank lines are skipped; a bad line is an error naming its number.
func Read(r io.Reader) ([]Case, error) {
	var cases []Case
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var c Case
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if len(c.Expect) == 0 {
			return nil, fmt.Errorf("line %d: case %q expects no kind", n, c.ID)
		}
		cases = append(cases, c)
	}
	return cases, sc.Err()
}

// Failure is a case that did not pass, with what the engine said.
type Failure struct {
	Case  Case
	Reply bot.Reply
}

// Tally counts passes of one kind.
type Tally struct{ Passed, Total int }

// Report is the outcome of grading.
type Report struct {
	Passed, Total int
	// ByKind tallies cases by their first expected kind.
	ByKind   map[string]*Tally
	Failures []Failure
}

// Score is the share of cases passed, in percent.
func (r *Report) Score() float64 {
	if r.Total == 0 {
		return 0
	}
	return 100 * float64(r.Passed) / float64(r.Total)
}

// EmergenciesPassed says whether every emergency case passed: the one failure the product cannot have.
func (r *Report) EmergenciesPassed() bool {
	t := r.ByKind[string(bot.KindEmergency)]
	return t == nil || t.Passed == t.Total
}

// Responder answers one question; *bot.Engine is one.
type Responder interface {
	Respond(text string, st bot.State) (bot.Reply, bot.State)
}

// Grade asks each case as the first message of a fresh conversation.
func Grade(r Responder, cases []Case) *Report {
	rep := &Report{ByKind: map[string]*Tally{}}
	for _, c := range cases {
		reply, _ := r.Respond(c.Q, bot.State{})
		kind := c.Expect[0]
		t := rep.ByKind[kind]
		if t == nil {
			t = &Tally{}
			rep.ByKind[kind] = t
		}
		t.Total++
		rep.Total++
		if Passes(c, reply) {
			t.Passed++
			rep.Passed++
		} else {
			rep.Failures = append(rep.Failures, Failure{Case: c, Reply: reply})
		}
	}
	return rep
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

// Write prints the per-kind pass counts, every failure, and a last line with the overall score.
func (r *Report) Write(w io.Writer) {
	kinds := make([]string, 0, len(r.ByKind))
	for k := range r.ByKind {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		t := r.ByKind[k]
		fmt.Fprintf(w, "%-10s %3d/%-3d %5.1f%%\n", k, t.Passed, t.Total, 100*float64(t.Passed)/float64(t.Total))
	}
	for _, f := range r.Failures {
		fmt.Fprintf(w, "FAIL %s %q: expected %s, got %s (confidence %.2f)", f.Case.ID, f.Case.Q,
			strings.Join(f.Case.Expect, "|"), f.Reply.Kind, f.Reply.Confidence)
		if f.Reply.Kind == bot.KindAnswer && len(f.Case.Any) > 0 {
			fmt.Fprintf(w, " without any of %q; text: %q", f.Case.Any, clip(f.Reply.Text, 120))
		}
		fmt.Fprintln(w)
	}
	emerg := "all emergencies passed"
	if !r.EmergenciesPassed() {
		emerg = "EMERGENCY MISSED"
	}
	fmt.Fprintf(w, "score: %d/%d passed (%.1f%%), %s\n", r.Passed, r.Total, r.Score(), emerg)
}

func clip(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n]) + "…"
}
