package knowledge

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Hub passages are those a search returns for many questions they do not answer. A page's lead
// paragraph, standing under the page's own title, is the likeliest: it sums up in one breath what
// the page's sections then tell one each («نقدم برنامجًا متكاملًا لعلاج آلام الركبة، وللإصابات
// التي تتركها الرياضة بأنواعها، إضافة إلى جلسات التأهيل»), so it holds a little of nearly every question about the
// page, and the section that answers holds no more of it. Unless it defines the page's subject (a
// definition is an answer in its own right) or the question asks what something is (which a lead
// answers), what it holds of a question counts for less (leadShare).

// leadShare is the share of its coverage (Hit.Coverage) that a page's lead paragraph gives back in
// Rank. Fitted on the tune halves' rounds but 13: 0.2 gains three answers there and loses nothing;
// 0.25 to 0.5 gain up to three more but lose a conversation (the lead of a page in another language,
// no longer ranked first, leaves an urgent-care list to answer a follow-up the conversation's section
// took when the lead fell short of the bars). Round 13 is unchanged at 0.2.
const leadShare = 0.2

// sumsUp says whether the passage is its page's lead paragraph and does not define what the page is
// about: its words sum the page up (see leadShare). A question asking what something is (define) is
// answered by a lead, and is not lessened.
func (p *Passage) sumsUp(define bool) bool {
	return p.pageHead && !p.defines && !define
}

// A sentence telling what many people believe or wonder («يعتقد الكثير من الناس أن …», «يتساءل
// الكثيرون عن …», "many people think …") is a page's hook, not what it says: the page goes on to say
// otherwise or to answer it. Its words are not searched (unhooked): a question on what it names
// finds the passage that says it.
var hookMarkers = []string{"يعتقد الكثير", "يعتقد كثير", "يعتقد بعض الناس", "يعتقد البعض", "يتساءل الكثير", "يتساءل كثير", "يتساءل البعض", "يظن الكثير", "يظن كثير", "يظن البعض",
	"many people think", "many people believe", "many people wonder", "some people think", "some people believe"}

// normHooks are hookMarkers normalised (Normalize), as the sentences are read.
var normHooks = func() []string {
	out := make([]string, len(hookMarkers))
	for i, m := range hookMarkers {
		out[i] = Normalize(m)
	}
	return out
}()

// hookFirsts are the first words of normHooks, each once: a cheap test that rules out most texts.
var hookFirsts = func() []string {
	var out []string
	for _, m := range normHooks {
		if w := strings.Fields(m)[0]; !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}()

// normAs is «كما» (as) normalised: a belief told after it is denied, not a hook (hooked).
var normAs = Normalize("كما")

// normalUnhooked is Normalize(unhooked(text)), normalising text once when it has no hook (nearly
// every text): Build reads every passage so.
func normalUnhooked(text string) string {
	if n := Normalize(text); !hooked(n) {
		return n
	}
	return Normalize(unhooked(text))
}

// unhooked is text without its hook sentences (hookMarkers), cut at sentence ends; text itself when
// it has none.
func unhooked(text string) string {
	if !hooked(Normalize(text)) {
		return text
	}
	var b strings.Builder
	start := 0
	for i, r := range text {
		if end := i + utf8.RuneLen(r); r == '.' || r == '\n' || r == '؟' || r == '?' || r == '!' || end == len(text) {
			if s := text[start:end]; hooked(Normalize(s)) {
				b.WriteString(" ")
			} else {
				b.WriteString(s)
			}
			start = end
		}
	}
	return b.String()
}

// hooked says whether the normalised text s tells a belief as its hook (normHooks): not «كما يعتقد
// بعض الناس» ("as some people think"), which tells the belief only to deny it, in a sentence that
// answers it.
func hooked(s string) bool {
	if !slices.ContainsFunc(hookFirsts, func(w string) bool { return strings.Contains(s, w) }) {
		return false // a text holding a marker holds its first word: most hold none
	}
	for _, m := range normHooks {
		for rest, off := s, 0; ; {
			i := strings.Index(rest, m)
			if i < 0 {
				break
			}
			before := strings.Fields(s[:off+i])
			if len(before) == 0 || before[len(before)-1] != normAs && before[len(before)-1] != "as" {
				return true
			}
			off += i + len(m)
			rest = s[off:]
		}
	}
	return false
}
