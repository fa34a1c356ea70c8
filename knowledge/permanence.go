package knowledge

import (
	"slices"
	"strings"
)

// A question may ask whether a result lasts for good («دائم ولا يرجع؟», "is it permanent?", «تروح
// نهائي؟»). The lexicon's permanence aspect also holds the words pages use for what passes
// soon («يزول خلال ساعات», «احمرار مؤقت»): said of a side effect, they do not tell whether the result
// lasts, and they pulled such questions to the after-care and side-effects sections. What answers is a
// passage that says the result lasts or comes back («دائم», «قد تعود», «قابل للعكس»), or one headed
// with the result, its length or the number of sessions («عدد الجلسات والنتيجة», «النتائج ومدة
// بقائها»), which tells the lasting reduction and the top-ups without the word "permanent".

// permanenceWords ask whether something is for good. Not «ابد»/«ابدا» alone, which mostly say
// "at all" («ما يوجع ابدا»).
var permanenceWords = wordSet(`دائم دائمة دايم دايمة نهائي نهائية نهائيا للأبد الأبد للابد permanent permanently forever`)

// asksPermanence says whether normalised words ask whether something lasts for good.
func asksPermanence(words []string) bool {
	for i, w := range words {
		if permanenceWords[w] || permanenceWords[strings.TrimPrefix(w, "و")] ||
			w == "for" && i+1 < len(words) && words[i+1] == "good" {
			return true
		}
	}
	return false
}

// comesBackWords ask, in the dialects, whether something comes back («ولا بترجع؟», «ومش هيرجعلي
// تاني؟», read from Arabizi too: "walla btrja3"): whether a result lasts, in words the permanence
// aspect does not hold («يرجع» also says going back to work).
var comesBackWords = wordSet(`يرجع ترجع بيرجع بترجع هيرجع هترجع حيرجع حترجع يرجعلي ترجعلي بيرجعلي بترجعلي هيرجعلي
	هترجعلي يرجعلك ترجعلك يعاود تعاود`)

// asksComesBack says whether normalised words ask whether something comes back (comesBackWords).
func asksComesBack(words []string) bool {
	for _, w := range words {
		if comesBackWords[w] || comesBackWords[strings.TrimPrefix(w, "و")] {
			return true
		}
	}
	return false
}

// lastingTextWords say in a text that a result lasts, wears off in time or comes back: not the words of
// what passes soon («مؤقت», «يزول»), which pages say of side effects.
var lastingTextWords = wordSet(`دائم دائمة نهائي نهائية نهائيا للأبد الأبد تدوم يدوم تستمر يستمر مزمن مزمنة تعود يعود مؤقت مؤقتة temporary
	عكس للعكس permanent permanently lasting lasts lifetime chronic recur recurs reversible reversed`)

// tellsLasting says whether a text says that a result lasts, wears off in time or comes back.
func tellsLasting(text string) bool {
	for _, w := range Words(text) {
		if lastingTextWords[w] || lastingTextWords[strings.TrimPrefix(w, "و")] || lastingTextWords[strings.TrimPrefix(w, "ال")] {
			return true
		}
	}
	return false
}

// resultHeadWords name in a heading the result of a treatment, its length or its count («عدد
// الجلسات والنتيجة», «النتائج ومدة بقائها», "Results").
var resultHeadWords = wordSet(`نتيجة النتيجة والنتيجة نتائج النتائج والنتائج ونتائج عدد وعدد مدة ومدة بقائها result results outcome`)

// headsResult says whether a passage's heading or FAQ question names the result, its length or
// the number of sessions (not a heading saying «مزمن» of a condition).
func headsResult(p *Passage) bool {
	h := p.Section + " " + p.Question
	for _, w := range Words(h) {
		if resultHeadWords[w] {
			return true
		}
	}
	return false
}

// HeadsResult says whether a passage's heading or FAQ question names the result, its length or the
// number of sessions (headsResult): the engine keeps a follow-up asking whether it lasts there.
func HeadsResult(p *Passage) bool { return headsResult(p) }

// lastsVerbs say that a thing lasts or stays («يدوم», «بيضل», «بضل»): with an alternative after it
// («الليزك يدوم ولا بعد كم سنة يرجع النظر يضعف؟», «بيضل طول العمر ولا برجع بلبس نظارة؟») they ask
// whether it lasts for good, not how long something takes, though a span is named in the other half.
var lastsVerbs = wordSet(`يدوم تدوم بيدوم بتدوم هيدوم هتدوم يضل تضل بيضل بتضل بضل يفضل بيفضل هيفضل lasts last`)

// orWords offer an alternative («ولا», «او», "or").
var orWords = wordSet(`ولا او أو or`)

// asksLastsOr says whether normalised words ask whether a thing lasts or something else happens: a
// verb of lasting (lastsVerbs) with an alternative (orWords) after it.
func asksLastsOr(words []string) bool {
	for i, w := range words {
		if lastsVerbs[w] || lastsVerbs[strings.TrimPrefix(w, "و")] {
			return slices.ContainsFunc(words[i+1:], func(o string) bool { return orWords[o] })
		}
	}
	return false
}
