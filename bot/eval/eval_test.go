package eval_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/eval"
	"github.com/faqbot/faqbot/knowledge"
)

func mustCases(t *testing.T, path string) []eval.Case {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := eval.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return cases
}

func mustEngine(t *testing.T) *bot.Engine {
	t.Helper()
	ix, err := knowledge.Open(knowledge.Default())
	if err != nil {
		t.Fatal(err)
	}
	return bot.NewEngine(ix, bot.Config{})
}

// The bar of issue 2: ≥ 95% of the dev questions, every emergency. The extra set is the team's own
// paraphrases, kept to guard generality. The blind set (seven sets, 760 cases) was written by
// teammates who had read only the clinic's pages and dev.jsonl, never the engine: 60% of its first
// 220 passed before the changes they prompted; the next five sets, scored before anyone looked at
// their failures, went from 72, 73, 48, 58 and 55% to 84, 82, 71, 77 and 77% (the last scored after
// all tuning had stopped). Its bar guards what they taught.
func TestLabelledSets(t *testing.T) {
	e := mustEngine(t)
	for _, set := range []struct {
		file string
		min  float64
	}{{"testdata/dev.jsonl", 95}, {"testdata/extra.jsonl", 95}, {"testdata/blind.jsonl", 84}} {
		rep := eval.Grade(e, mustCases(t, set.file))
		var b strings.Builder
		rep.Write(&b)
		t.Logf("%s:\n%s", set.file, b.String())
		if rep.Score() < set.min || !rep.EmergenciesPassed() {
			t.Errorf("%s: score %.1f%% (want ≥ %.0f%%), emergencies all passed: %v", set.file, rep.Score(), set.min, rep.EmergenciesPassed())
		}
	}
}

func TestPassesNormalisesLikeTheREADME(t *testing.T) {
	c := eval.Case{Expect: []string{"answer"}, Any: []string{"الأنواع الأكثر استخدامًا"}}
	tests := []struct {
		text string
		want bool
	}{
		{"الانواع الاكثر استخداما للاغراض", true},
		{"الأنواعُ الأكثرُ  استخدامًا", true},
		{"الأنواع الأقل استخدامًا", false},
	}
	for _, tt := range tests {
		if got := eval.Passes(c, bot.Reply{Kind: bot.KindAnswer, Text: tt.text}); got != tt.want {
			t.Errorf("Passes(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	if eval.Passes(c, bot.Reply{Kind: bot.KindFallback, Text: "الأنواع الأكثر استخدامًا"}) {
		t.Error("a fallback passed an answer case")
	}
	if !eval.Passes(eval.Case{Expect: []string{"fallback", "handoff"}}, bot.Reply{Kind: bot.KindHandoff}) {
		t.Error("second expected kind not accepted")
	}
	if got, want := eval.Normalize("إِلَى  آخِرِ ٱلْمَدِينَةِ، مُسْتَشْفَى"), "الي اخر المدينه, مستشفي"; got != want {
		t.Errorf("Normalize = %q, want %q", got, want)
	}
}

func TestReadRejectsBadLines(t *testing.T) {
	_, err := eval.Read(strings.NewReader("{\"id\":\"a\",\"q\":\"x\",\"expect\":[\"answer\"]}\n\nnot json\n"))
	if err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("err = %v, want one naming line 3", err)
	}
	if _, err := eval.Read(strings.NewReader(`{"id":"a","q":"x"}`)); err == nil {
		t.Error("a case without expect was accepted")
	}
}

func TestReadSetMixesCasesAndConversations(t *testing.T) {
	set, err := eval.ReadSet(strings.NewReader(`{"id":"a","q":"x","expect":["answer"],"any":["p"]}

{"id":"c","turns":[{"q":"y","expect":["answer"]},{"q":"z","expect":["fallback","handoff"],"any":["w"]}]}
{"id":"b","q":"v","expect":["smalltalk"]}
`))
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Cases) != 2 || set.Cases[1].ID != "b" || len(set.Conversations) != 1 {
		t.Fatalf("set = %+v", set)
	}
	c := set.Conversations[0]
	if c.ID != "c" || len(c.Turns) != 2 || c.Turns[1].Q != "z" || c.Turns[1].Expect[1] != "handoff" || c.Turns[1].Any[0] != "w" {
		t.Errorf("conversation = %+v", c)
	}
	for _, tt := range []struct{ in, want string }{
		{`{"id":"c","turns":[{"q":"y","expect":["answer"]},{"q":"z"}]}`, "line 1: conversation \"c\" turn 2 expects no kind"},
		{"\n" + `{"id":"c","turns":[]}`, "line 2: conversation \"c\" has no turns"},
		{`{"id":"c","q":"x","expect":["answer"],"turns":[{"q":"y","expect":["answer"]}]}`, "both turns and a question"},
		{`{"id":"c","turns":{"q":"y"}}`, "line 1"},
	} {
		if _, err := eval.ReadSet(strings.NewReader(tt.in)); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ReadSet(%s) error = %v, want one containing %q", tt.in, err, tt.want)
		}
	}
	if _, err := eval.Read(strings.NewReader(`{"id":"c","turns":[{"q":"y","expect":["answer"]}]}`)); err == nil {
		t.Error("Read accepted a conversation it would have dropped")
	}
}

// scripted answers from a table and records the state each message arrived with.
type scripted struct {
	replies map[string]bot.Reply
	seen    []bot.State
}

func (s *scripted) Respond(text string, st bot.State) (bot.Reply, bot.State) {
	s.seen = append(s.seen, st)
	r, ok := s.replies[text]
	if !ok {
		r = bot.Reply{Kind: bot.KindFallback}
	}
	st.Topic = text // the next turn must arrive with this
	return r, st
}

func TestGradeSetCarriesStateThroughAConversationOnly(t *testing.T) {
	s := &scripted{replies: map[string]bot.Reply{
		"q1": {Kind: bot.KindAnswer, Text: "first"},
		"q2": {Kind: bot.KindAnswer, Text: "second"},
		"q3": {Kind: bot.KindEmergency},
	}}
	set := &eval.Set{
		Cases: []eval.Case{{ID: "s1", Q: "q1", Expect: []string{"answer"}}, {ID: "s2", Q: "q2", Expect: []string{"answer"}}},
		Conversations: []eval.Conversation{
			{ID: "c1", Turns: []eval.Turn{{Q: "q1", Expect: []string{"answer"}}, {Q: "q2", Expect: []string{"answer"}, Any: []string{"second"}}}},
			{ID: "c2", Turns: []eval.Turn{{Q: "q2", Expect: []string{"answer"}}, {Q: "q1", Expect: []string{"answer"}, Any: []string{"nope"}}, {Q: "q3", Expect: []string{"emergency"}}}},
		},
	}
	rep := eval.GradeSet(s, set)
	want := []string{"", "", "", "q1", "", "q2", "q1"} // single cases fresh; each conversation fresh, then carried
	for i, st := range s.seen {
		if st.Topic != want[i] {
			t.Errorf("message %d arrived with topic %q, want %q", i, st.Topic, want[i])
		}
	}
	if rep.Passed != 2 || rep.Total != 2 {
		t.Errorf("single cases %d/%d, want 2/2 (conversation turns are not counted with them)", rep.Passed, rep.Total)
	}
	cv := rep.Convs
	if cv.Passed != 1 || cv.Total != 2 || cv.Turns != (eval.Tally{Passed: 4, Total: 5}) {
		t.Errorf("conversations %d/%d, turns %+v; want 1/2 and 4/5", cv.Passed, cv.Total, cv.Turns)
	}
	if got := cv.ByKind["emergency"]; got == nil || *got != (eval.Tally{Passed: 1, Total: 1}) {
		t.Errorf("emergency turns %+v", got)
	}
	if len(cv.Failures) != 1 || cv.Failures[0].Conversation != "c2" || cv.Failures[0].Index != 2 || cv.Failures[0].Reply.Text != "first" {
		t.Errorf("failures = %+v, want c2's turn 2", cv.Failures)
	}
}

func TestEmergenciesAndFalseAlarmsCountEveryQuestion(t *testing.T) {
	s := &scripted{replies: map[string]bot.Reply{"calm": {Kind: bot.KindEmergency}, "alarm": {Kind: bot.KindAnswer}}}
	rep := eval.GradeSet(s, &eval.Set{
		Cases: []eval.Case{{ID: "a", Q: "calm", Expect: []string{"answer"}}, {ID: "b", Q: "other", Expect: []string{"fallback"}}},
		Conversations: []eval.Conversation{{ID: "c", Turns: []eval.Turn{
			{Q: "calm", Expect: []string{"smalltalk"}}, {Q: "alarm", Expect: []string{"emergency"}}}}},
	})
	if a := rep.AllFalseAlarms(); a != (eval.Alarms{False: 2, Of: 3}) {
		t.Errorf("false alarms %+v, want 2 of 3", a)
	}
	if rep.EmergenciesPassed() || rep.Emergencies() != (eval.Tally{Passed: 0, Total: 1}) {
		t.Errorf("a missed emergency in a conversation went unnoticed: %+v", rep.Emergencies())
	}
	if rep.Meets(0) {
		t.Error("Meets(0) with a missed emergency")
	}
}

func TestMeetsJudgesSingleCasesAsBefore(t *testing.T) {
	s := &scripted{replies: map[string]bot.Reply{"y": {Kind: bot.KindAnswer}}}
	single := eval.GradeSet(s, &eval.Set{Cases: []eval.Case{
		{ID: "a", Q: "y", Expect: []string{"answer"}}, {ID: "b", Q: "n", Expect: []string{"answer"}}}})
	if !single.Meets(50) || single.Meets(51) {
		t.Errorf("50%% of single cases: Meets(50) = %v, Meets(51) = %v", single.Meets(50), single.Meets(51))
	}
	if eval.GradeSet(s, &eval.Set{}).Meets(1) {
		t.Error("an empty set met a bar (it did not before conversations existed)")
	}
	conv := eval.GradeSet(s, &eval.Set{Conversations: []eval.Conversation{
		{ID: "c", Turns: []eval.Turn{{Q: "y", Expect: []string{"answer"}}}},
		{ID: "d", Turns: []eval.Turn{{Q: "n", Expect: []string{"answer"}}}}}})
	if !conv.Meets(50) || conv.Meets(60) {
		t.Errorf("conversations only, 1 of 2: Meets(50) = %v, Meets(60) = %v", conv.Meets(50), conv.Meets(60))
	}
}

// The text report of a file of single cases is what it was before conversations existed.
func TestWriteSingleCasesUnchanged(t *testing.T) {
	s := &scripted{replies: map[string]bot.Reply{
		"q1": {Kind: bot.KindAnswer, Text: "some other text", Confidence: 0.5},
		"q2": {Kind: bot.KindEmergency, Confidence: 1},
	}}
	rep := eval.Grade(s, []eval.Case{
		{ID: "a", Q: "q1", Expect: []string{"answer"}, Any: []string{"phrase"}},
		{ID: "b", Q: "q2", Expect: []string{"emergency"}},
		{ID: "c", Q: "q3", Expect: []string{"fallback", "handoff"}},
	})
	var b strings.Builder
	rep.Write(&b)
	want := `answer       0/1     0.0%
emergency    1/1   100.0%
fallback     1/1   100.0%
FAIL a "q1": expected answer, got answer (confidence 0.50) without any of ["phrase"]; text: "some other text"
score: 2/3 passed (66.7%), all emergencies passed
`
	if b.String() != want {
		t.Errorf("Write =\n%s\nwant\n%s", b.String(), want)
	}
}

func TestReportJSON(t *testing.T) {
	s := &scripted{replies: map[string]bot.Reply{"q1": {Kind: bot.KindAnswer, Text: "t1", Sources: []bot.Source{}, Suggestions: []string{}}}}
	rep := eval.GradeSet(s, &eval.Set{
		Cases: []eval.Case{{ID: "a", Q: "q1", Expect: []string{"answer"}}, {ID: "b", Q: "q2", Expect: []string{"answer"}, Any: []string{"x"}}},
		Conversations: []eval.Conversation{{ID: "c", Turns: []eval.Turn{
			{Q: "q1", Expect: []string{"answer"}}, {Q: "q1", Expect: []string{"smalltalk"}}}}},
	})
	data, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Passed, Total     int
		Score             float64
		EmergenciesPassed bool                  `json:"emergencies_passed"`
		ByKind            map[string]eval.Tally `json:"by_kind"`
		Failures          []struct {
			ID     string
			Q      string
			Expect []string
			Any    []string
			Reply  bot.Reply
		}
		Conversations struct {
			Passed, Total int
			Turns         eval.Tally
			ByKind        map[string]eval.Tally `json:"by_kind"`
			Failures      []struct {
				Conversation string
				Turn         int
				Q            string
				Expect       []string
				Reply        bot.Reply
			}
		}
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	if got.Passed != 1 || got.Total != 2 || got.Score != 50 || !got.EmergenciesPassed || got.ByKind["answer"] != (eval.Tally{Passed: 1, Total: 2}) {
		t.Errorf("totals: %s", data)
	}
	if len(got.Failures) != 1 || got.Failures[0].ID != "b" || got.Failures[0].Any[0] != "x" || got.Failures[0].Reply.Kind != bot.KindFallback {
		t.Errorf("failures: %s", data)
	}
	c := got.Conversations
	if c.Passed != 0 || c.Total != 1 || c.Turns != (eval.Tally{Passed: 1, Total: 2}) || c.ByKind["smalltalk"] != (eval.Tally{Passed: 0, Total: 1}) ||
		len(c.Failures) != 1 || c.Failures[0].Conversation != "c" || c.Failures[0].Turn != 2 || c.Failures[0].Reply.Text != "t1" {
		t.Errorf("conversations: %s", data)
	}
}

// forgetful answers every message as the first of a conversation.
type forgetful struct{ eval.Responder }

func (f forgetful) Respond(text string, _ bot.State) (bot.Reply, bot.State) {
	return f.Responder.Respond(text, bot.State{})
}

// A conversation is asked as `faqbot chat` asks it: the follow-up is only right in its context.
func TestConversationIsGradedInContext(t *testing.T) {
	e := mustEngine(t)
	set := &eval.Set{Conversations: []eval.Conversation{{ID: "sweat", Turns: []eval.Turn{
		{Q: "عندي تعرق زايد في اليدين، ينفع البوتوكس؟", Expect: []string{"answer"}, Any: []string{"الغدد العرقية"}},
		{Q: "وكم يدوم؟", Expect: []string{"answer"}, Any: []string{"الغدد العرقية"}},
	}}}}
	if rep := eval.GradeSet(e, set); rep.Convs.Passed != 1 {
		t.Errorf("in context: %+v", rep.Convs.Failures)
	}
	rep := eval.GradeSet(forgetful{e}, set)
	if rep.Convs.Passed != 0 || len(rep.Convs.Failures) != 1 || rep.Convs.Failures[0].Index != 2 {
		t.Errorf("without context the follow-up still passed: %+v", rep.Convs)
	}
}
