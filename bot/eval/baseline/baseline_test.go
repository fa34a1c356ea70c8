package baseline_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/eval/baseline"
	"github.com/faqbot/faqbot/knowledge"
)

func mustBaseline(t *testing.T) *baseline.Baseline {
	t.Helper()
	kb := fstest.MapFS{
		"whitening.md": {Data: []byte("---\ntitle: تبييض الأسنان\nlang: ar\npage_id: whitening\n---\n" +
			"## كم تدوم نتيجة التبييض؟\n\nتدوم نتيجة التبييض من ستة أشهر إلى سنتين.\n\n" +
			"## هل التبييض مؤلم؟\n\nقد يشعر بعض المرضى بحساسية خفيفة في الأسنان.\n")},
		"cleaning.md": {Data: []byte("---\ntitle: Teeth cleaning\nlang: en\npage_id: cleaning\n---\n" +
			"## Scaling\n\nWe recommend scaling every six months to remove tartar.\n\n" +
			"## Bleeding gums\n\nSome bleeding of the gums after a cleaning is normal and stops within a day.\n")},
	}
	ix, err := knowledge.Open(kb)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	b, err := baseline.New(ix)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

func TestBaselineAnswersWithTheTopPassage(t *testing.T) {
	b := mustBaseline(t)
	tests := []struct{ q, want string }{
		// The Arabic analyzer strips the article and stems: «تبييض» finds «التبييض».
		{"تبييض مؤلم", "بحساسية خفيفة"},
		{"كم تدوم نتيجة تبييض", "ستة أشهر إلى سنتين"},
		// An English page goes through the standard analyzer.
		{"why are my gums bleeding", "stops within a day"},
		{"how often should I get scaling", "every six months"},
	}
	for _, tt := range tests {
		r, _ := b.Respond(tt.q, bot.State{})
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, tt.want) || len(r.Sources) != 1 {
			t.Errorf("Respond(%q) = %s %q %v, want an answer containing %q with its source", tt.q, r.Kind, r.Text, r.Sources, tt.want)
		}
	}
}

// The baseline is plain search: no triage, no smalltalk, no context — exactly what the engine adds.
func TestBaselineIsPlain(t *testing.T) {
	b := mustBaseline(t)
	if r, _ := b.Respond("qwerty zxcv", bot.State{}); r.Kind != bot.KindFallback || r.Sources == nil || r.Suggestions == nil {
		t.Errorf("no shared word: %+v, want a fallback with empty lists", r)
	}
	// A red flag that shares a word with the pages is answered from them, not triaged.
	if r, _ := b.Respond("my gums are bleeding and I can't breathe", bot.State{}); r.Kind != bot.KindAnswer {
		t.Errorf("red flag: %s, want the plain answer", r.Kind)
	}
	st := bot.State{Topic: "whitening#s1", Lang: "ar"}
	if _, got := b.Respond("تبييض", st); got != st {
		t.Errorf("state changed to %+v", got)
	}
}
