package bot

import (
	"strings"
	"testing"
)

// perf23Checklists are signs asked and answered by the writer, and questions that only end on a
// question mark, in the dialects, MSA, English and Arabizi.
var perf23Checklists = []string{
	"حرارة؟ لا. دوخة؟ لا. بس الجرح يحكني شوي",
	"ضيق تنفس؟ ماكو. تورم؟ مافي، بس احمرار خفيف",
	"هل يوجد نزيف؟ لا يوجد. وهل الألم طبيعي؟",
	"يتنفس؟ لا! ما يرد علينا",
	"fever? no. swelling? nope. just a little itchy",
	"is he breathing? no, he is not answering",
	"any bleeding? none... but it feels tight?",
	"7arara? la2. dam? mafi. bas wja3 shway",
	"شو لازم اعمل؟ الجرح محمر شوي",
	"is it normal to feel sore after the session?",
	"wein el 3iyade? w addesh el se3er?",
	"كم سعر الجلسة؟؟ وهل في خصم؟",
}

// perf23RawTexts are messages as written: perf23Checklists and the tune and dev questions.
func perf23RawTexts(t testing.TB) []string {
	t.Helper()
	return append(append([]string(nil), perf23Checklists...), tuneQuestions(t)...)
}

// withoutAnsweredNoRun is withoutAnsweredNo as it was: answeredNo run on every text.
func withoutAnsweredNoRun(text string) string {
	for range 4 {
		t := answeredNo.ReplaceAllStringFunc(text, func(m string) string {
			sm := answeredNo.FindStringSubmatch(m)
			if !okAnswers[strings.ToLower(sm[2])] && function.MatchString(sm[1]) {
				return m
			}
			return " . "
		})
		if t == text {
			break
		}
		text = t
	}
	return text
}

// TestPerf23AnsweredNoPattern holds answeredNo to the pattern it was before its answer was named
// apart (answerNo), which mayAnswerNo reads.
func TestPerf23AnsweredNoPattern(t *testing.T) {
	const was = `(?i)(?:^|[.!?؟،,;؛\n])([^.!?؟،,;؛\n]{1,40})[?؟]\s*(no|nope|none|nothing|fine|all good|not at all|never|normal|لا|لأ|ابدا|أبدا|ابد|ولا شي|تمام|طبيعي|عادي|ما في|مافي|ماكو|مفيش|لا يوجد|la|la2|mafi|mafeesh|makaynch|tamam|normal)\s*(?:[.!,،;؛\n]|$)`
	if answeredNo.String() != was {
		t.Errorf("answeredNo is %s\nwas %s", answeredNo, was)
	}
}

// TestPerf23AnsweredNoAsRun checks that withoutAnsweredNo, which runs answeredNo only on a text
// with a question mark answered (mayAnswerNo), returns what running it on every text returned, and
// that mayAnswerNo passes every text answeredNo matches.
func TestPerf23AnsweredNoAsRun(t *testing.T) {
	answered, skipped := 0, 0
	for _, s := range perf23RawTexts(t) {
		if got, want := withoutAnsweredNo(s), withoutAnsweredNoRun(s); got != want {
			t.Errorf("withoutAnsweredNo(%q)\n = %q\nwant %q", s, got, want)
		}
		may := mayAnswerNo(s)
		if answeredNo.MatchString(s) {
			answered++
			if !may {
				t.Errorf("answeredNo matches %q, which mayAnswerNo rules out", s)
			}
		}
		if !may {
			skipped++
		}
	}
	if answered < 5 || skipped < 1000 {
		t.Errorf("%d texts answered, %d skipped: the check checked little", answered, skipped)
	}
	for _, s := range perf23Checklists[:8] {
		if !mayAnswerNo(s) || !answeredNo.MatchString(s) {
			t.Errorf("%q: no sign answered found", s)
		}
	}
	for _, s := range perf23Checklists[8:] {
		if mayAnswerNo(s) {
			t.Errorf("%q: an answer found after its question mark", s)
		}
	}
}

// BenchmarkPerf23AnsweredNo times checked against run, the code it replaced, on the same texts
// (the tune and dev texts with a question mark): `go test -run '^$' -bench BenchmarkPerf23AnsweredNo ./bot/`.
func BenchmarkPerf23AnsweredNo(b *testing.B) {
	var texts []string
	for _, s := range perf23RawTexts(b) {
		if strings.ContainsAny(s, "?؟") { // as triageWords asks
			texts = append(texts, s)
		}
	}
	for _, c := range []struct {
		name string
		f    func(string) string
	}{{"checked", withoutAnsweredNo}, {"run", withoutAnsweredNoRun}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for _, s := range texts {
					c.f(s)
				}
			}
		})
	}
}
