package bot

import (
	"regexp"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// perf28Sentences are messages of the session's speed rewrites, in the dialects, MSA, English and
// Arabizi: English grammar in Arabizi, a sight long blurred or doubled, a relative's sign and the
// writer asking to be checked.
var perf28Sentences = []string{
	"3indi wa7ed question: is it normal eno 3youni bted2a2 ba3d el jalse?",
	"my mama 3anda da3f fi eedha w i want to know shu na3mel",
	"ana m7taja af7as 3ashan emmi 3anda nafs el mashakel",
	"abouya fa2ad nazaro, ana kaman lazem fa7s?",
	"جدتي صار عندها ضعف نظر فجأة، وانا محتاجة فحص كمان؟",
	"امي عندها ماء ابيض وانا برضو لازم اكشف؟",
	"my grandad lost the sight in one eye, should i get checked too?",
	"my brother has glaucoma, can i be screened as well",
	"صار لي سنتين اشوف دبل شوي شوي",
	"اشوف الاشياء مزدوجة من شهور",
	"النظر يغبش من زمان ومع الوقت يزيد",
	"sarli santen b shoof dabal",
	"mn zaman 3youni bet8abesh",
	"my vision has been going double gradually over the years",
	"I've been seeing double for months now",
	"هههه ضحكت لين ما قدرت اتنفس",
	"hahaha i was laughing so hard i couldn't breathe lol",
}

// englishPattern is the pattern english was read with before session 28 (` (the|is|…) `, tried at
// every space): the word lookup must answer as it did.
var englishPattern = regexp.MustCompile(` (the|is|are|am|was|were|my|i|me|you|your|his|her|it|its|to|of|and|in|on|for|can|does|do|did|how|what|when|why|be|been|have|has|had|with|not|this|that|just|after|since|from|at|a|an|m|s|t|ll|ve|re|d|will|would|should|could|they|them|their) `)

// perf28Texts are the tune and dev questions and perf28Sentences, padded, with every run of up to
// four of their words, and their Arabizi skeletons.
func perf28Texts(t *testing.T) []padText {
	t.Helper()
	var out []padText
	for _, q := range append(append([]string(nil), perf28Sentences...), tuneQuestions(t)...) {
		w := knowledge.Words(q)
		full := padded(w)
		out = append(out, full, conjunctionMa(unsuffixed(full)))
		if full.scripts()&arabizi != 0 {
			out = append(out, skeletonTexts(&full)...)
		}
		for i := range w {
			for j := i + 1; j <= len(w) && j <= i+4; j++ {
				out = append(out, padded(w[i:j]))
			}
		}
	}
	return out
}

// A text holds a word of English grammar exactly when the former pattern matches it, at the first
// query and when asked again (the answer is kept with the text); on texts that are not padded too.
func TestEnglishAsPattern(t *testing.T) {
	texts := perf28Texts(t)
	for _, s := range []string{"", " ", "  ", "the", "the ", " the", " the ", "  the  ", "x the", "the x", " a  b ", " ll ", " 3ndi is ", "\tthe ", " the\t"} {
		texts = append(texts, newPadText(s))
	}
	matched := 0
	for i := range texts {
		p := &texts[i]
		want := englishPattern.MatchString(p.s)
		if got := p.english(); got != want {
			t.Fatalf("%q: english() = %v, the pattern says %v", p.s, got, want)
		}
		if got := p.english(); got != want {
			t.Fatalf("%q: english() asked again = %v, the pattern says %v", p.s, got, want)
		}
		if got := (&padText{s: p.s}).english(); got != want {
			t.Fatalf("%q: english() of a text without its literals = %v, the pattern says %v", p.s, got, want)
		}
		if want {
			matched++
		}
	}
	if matched < 100 || matched == len(texts) {
		t.Errorf("the pattern matched %d of %d texts: the test exercises too little", matched, len(texts))
	}
}

// The prefilters added in session 28 never rule out a text their pattern matches, and rule out a
// text without their words; the sentences written for them match.
func TestPerf28PrefiltersSound(t *testing.T) {
	texts := perf28Texts(t)
	for _, c := range []struct {
		name string
		re   *regexp.Regexp
		pre  *prefilter
		min  int
	}{{"longStanding", longStanding, longStandingPre, 6}, {"ownCheck", ownCheck, ownCheckPre, 6}} {
		if c.pre == nil || c.pre.mayMatch(ptr(newPadText(" zzz qqq "))) {
			t.Errorf("%s has prefilter %v, which does not rule out a text without its words", c.name, c.pre)
		}
		matched := 0
		for _, p := range texts {
			if !c.re.MatchString(p.s) {
				continue
			}
			matched++
			if !c.pre.mayMatch(&p) {
				t.Errorf("%q matches %s but its prefilter rules it out", p.s, c.name)
			}
		}
		if matched < 3 {
			t.Errorf("only %d texts matched %s: the test exercises too little", matched, c.name)
		}
		own := 0
		for _, q := range perf28Sentences {
			if c.re.MatchString(padded(knowledge.Words(q)).s) {
				own++
			}
		}
		if own < c.min {
			t.Errorf("%d of the session's sentences match %s, want %d", own, c.name, c.min)
		}
	}
}

// A message telling double sight as long-standing is not read as the red flag of double sight by
// symptomOf; a message telling it without a time is (the eyes counted, «بعيوني الثنتين», are no
// double sight).
func TestPerf28DoubleSight(t *testing.T) {
	for _, c := range []struct {
		q    string
		want string
	}{
		{"صار لي سنتين اشوف دبل شوي شوي", ""},
		{"اشوف الاشياء مزدوجة من شهور", ""},
		{"I've been seeing double for months now", ""},
		{"فجأة صرت اشوف كل شي مزدوج", "vision"},
		{"suddenly i see everything double", "vision"},
	} {
		p := padded(knowledge.Words(c.q))
		if got := symptomOf(&p); !strings.HasPrefix(got, c.want) || (c.want == "") != (got == "") {
			t.Errorf("symptomOf(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
