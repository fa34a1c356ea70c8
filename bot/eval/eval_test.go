package eval_test

import (
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
