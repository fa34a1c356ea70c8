package knowledge

import (
	"strings"
	"unicode/utf8"
)

// Questions of the type "what is X" («وش الكلف؟», «ما هي زراعة الأسنان», "what is a root canal") want
// the passage that says what X is, not one of the many that mention it: a page's «ما هو X؟»
// heading, or a paragraph that opens by defining («X هو …», "X is …").

// whatWords open a "what is" question; after them comes the thing asked about, or a pronoun (هو,
// هي, is) and then the thing. «ما» alone is also negation, so it needs the pronoun.
var whatWords = map[string]bool{"وش": true, "ايش": true, "شو": true, "شنو": true, "اش": true, "ماهو": true,
	"ماهي": true, "what": true, "whats": true, "what's": true}

// definePronouns link a thing to what it is.
var definePronouns = map[string]bool{"هو": true, "هي": true, "هم": true, "يعني": true, "is": true,
	"are": true, "a": true, "an": true, "the": true}

// definePrefix is how many bytes of a passage's text are read for an opening definition.
const definePrefix = 120

// maxDefineWords bounds a "what is" question: a longer one asks something more particular.
const maxDefineWords = 6

// isDefinitionQuestion says whether normalised words ask what something is.
func isDefinitionQuestion(words []string) bool {
	if len(words) == 0 || len(words) > maxDefineWords {
		return false
	}
	for i, w := range words {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch {
		case w == "ما" && (next == "هو" || next == "هي"):
			return i+2 < len(words)
		case whatWords[w] && next != "":
			// «وش الكلف», «ايش هي الصدفية», "what is a root canal"; not «وش اسوي» (what do I do).
			return definePronouns[next] && i+2 < len(words) || !StopWord(next)
		}
	}
	return false
}

// definesSomething says whether a passage is a definition: its heading or FAQ question asks what
// something is, or its text opens with «X هو …» / "X is …" within its first few words. It runs on
// every passage at build time, so it looks at the heading only when it may be a question and at a
// short prefix of the text.
func definesSomething(heading, text string) bool {
	if mayAsk(heading) && isDefinitionQuestion(Words(heading)) {
		return true
	}
	if len(text) > definePrefix {
		cut := definePrefix
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	// Words are cut at spaces by hand: strings.Fields decodes every rune of Arabic text.
	for i := 0; i < 5 && text != ""; i++ {
		w, rest, _ := strings.Cut(text, " ")
		switch w {
		case "هو", "هي", "is", "are":
			if i > 0 {
				return true
			}
		}
		text = rest
	}
	return false
}

// mayAsk says whether a heading may be a question: it has a question mark or opens with «ما» or
// "what".
func mayAsk(h string) bool {
	return hasQuestionMark(h) || strings.HasPrefix(h, "ما") || len(h) >= 4 && strings.EqualFold(h[:4], "what")
}

// Question words, in every dialect, by the kind of answer they ask for: «قديش» and «كم» both ask
// how much or how long, «امتى» and «متى» when. A passage under a heading or FAQ question asking the
// same kind («متى أعود للرياضة؟») answers that kind.
const (
	askNone = iota
	askHowMuch
	askWhen
	askWhere
	askWho
	askWhy
	askHow
)

var askWords = map[string]int{
	"كم": askHowMuch, "قديش": askHowMuch, "اديش": askHowMuch, "قداش": askHowMuch, "شقد": askHowMuch, "شكد": askHowMuch,
	"متي": askWhen, "امتي": askWhen, "ايمتي": askWhen, "وقتيش": askWhen, "when": askWhen,
	"وين": askWhere, "فين": askWhere, "اين": askWhere, "where": askWhere,
	"مين": askWho, "منو": askWho, "who": askWho,
	"ليش": askWhy, "ليه": askWhy, "لماذا": askWhy, "لمه": askWhy, "why": askWhy,
	"كيف": askHow, "شلون": askHow, "ازاي": askHow, "ازي": askHow, "كيفاش": askHow,
}

// askOf returns the kind of answer normalised words ask for: the first question word's, with the
// English "how much", "how long" and "how many" read as one.
func askOf(words []string) int {
	for i, w := range words {
		if w == "how" && i+1 < len(words) {
			switch words[i+1] {
			case "much", "long", "many", "often":
				return askHowMuch
			}
			return askHow
		}
		if w == "قد" && i+1 < len(words) && (words[i+1] == "ايه" || words[i+1] == "اي") {
			return askHowMuch // Egyptian «قد ايه»
		}
		if k, ok := askWords[w]; ok {
			return k
		}
	}
	return askNone
}

// headingAsk is what a passage's heading or FAQ question asks, when it is a question.
func headingAsk(heading string) int {
	if !hasQuestionMark(heading) {
		return askNone
	}
	return askOf(Words(heading))
}

// hasQuestionMark says whether a heading has a question mark (Latin or Arabic); strings.Contains is far
// faster than ContainsAny on Arabic text.
func hasQuestionMark(h string) bool { return strings.Contains(h, "?") || strings.Contains(h, "؟") }
