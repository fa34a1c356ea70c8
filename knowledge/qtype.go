package knowledge

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Questions of the type "what is X" («وش الكلف؟», «ما هي زراعة الأسنان», "what is a root canal") want
// the passage that says what X is, not one of the many that mention it: a page's «ما هو X؟»
// heading, or a paragraph that opens by defining («X هو …», "X is …").

// whatWords open a "what is" question; after them comes the thing asked about, or a pronoun (هو,
// هي, is) and then the thing. «ما» alone is also negation, so it needs the pronoun; Egyptian «ايه»
// is also Levantine "yes", so it does too («ايه هو البوتوكس»). Arabic in Latin letters asks with the
// same words («shu el botox?», «wesh hiye…»).
var whatWords = map[string]bool{"وش": true, "ايش": true, "شو": true, "شنو": true, "اش": true, "ماهو": true,
	"ماهي": true, "what": true, "whats": true, "what's": true,
	"shu": true, "shou": true, "sho": true, "shoo": true, "esh": true, "eish": true, "wesh": true, "wsh": true,
	"shno": true, "shnu": true, "chnu": true, "chno": true}

// pronounWhat ask "what" only before a pronoun: «ايه هو …», «eh howa …».
var pronounWhat = map[string]bool{"ما": true, "ايه": true, "eh": true, "eih": true, "ma": true}

// latinArticles are the article of Arabic in Latin letters, which may stand between a "what" and its
// thing («shu el botox?»).
var latinArticles = map[string]bool{"el": true, "al": true, "il": true, "l": true}

// exactly are the words that may close a "what is" question after its "what" («الاكزيما وش هي
// بالضبط؟»).
var exactly = map[string]bool{"بالضبط": true, "بالظبط": true, "بالزبط": true, "يعني": true, "exactly": true,
	"bel": true, "bil": true, "dabt": true, "zabt": true, "ya3ni": true}

// stressWhat stress a "what" without changing what it asks: "what exactly is a cataract", "what
// actually is a root canal", «ايش بالضبط هي الصدفية».
var stressWhat = map[string]bool{"exactly": true, "actually": true, "really": true, "precisely": true,
	"بالضبط": true, "بالظبط": true, "بالزبط": true}

// meanWhat ask what a thing means after it («يعني ايه», «عبارة عن ايش»).
var meanWhat = map[string]bool{"ايه": true, "ايش": true, "شو": true, "وش": true, "what": true}

// meantWords, after a "what" that opens a question, ask what a thing is by what it means: «المقصود»
// (what is meant), «معنى» (the meaning).
var meantWords = wordSet(`المقصود مقصود معنى`)

// choiceWords ask to compare or choose, not what something is.
var choiceWords = wordSet(`الفرق فرق الفرق الأفضل الافضل أفضل افضل الأنسب الانسب أنسب انسب الأحسن الاحسن أحسن احسن
	difference different best better`)

// wordSet is the set of the words of list as Words writes them, so that a word read from a message
// is looked up as it is.
func wordSet(list string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(list) {
		for _, n := range Words(w) {
			out[n] = true
		}
	}
	return out
}

// choosing says whether the words after a "what" ask to compare or choose: a choice word, after the
// pronouns and articles that may stand between («ما هو الفرق», "what is the difference").
func choosing(words []string) bool {
	for _, w := range words {
		if !definePronouns[w] {
			return choiceWords[w]
		}
	}
	return false
}

// definePronouns link a thing to what it is («what's» is read as "what s").
var definePronouns = map[string]bool{"هو": true, "هي": true, "هم": true, "يعني": true, "is": true,
	"are": true, "a": true, "an": true, "the": true, "s": true,
	"howa": true, "huwa": true, "hwa": true, "houwe": true, "huwwe": true, "hiye": true, "hiya": true, "hya": true,
	"hiyye": true, "heye": true, "ya3ni": true}

// pronounsOnly says whether words are nothing but pronouns, articles and the words that close a "what
// is" question («هي بالضبط»).
func pronounsOnly(words []string) bool {
	for _, w := range words {
		if !definePronouns[w] && !exactly[w] && !latinArticles[w] {
			return false
		}
	}
	return true
}

// definePrefix is how many bytes of a passage's text are read for an opening definition.
const definePrefix = 120

// maxDefineWords bounds a "what is" question: a longer one asks something more particular.
const maxDefineWords = 6

// isDefinitionQuestion says whether normalised words ask what something is.
func isDefinitionQuestion(words []string) bool {
	if len(words) <= maxDefineWords+2 && madeOf(words) {
		return true // a thing named in full and what it is made of: «هي الزرعة دي معمولة من ايه اصلا»
	}
	if len(words) == 0 || len(words) > maxDefineWords {
		return false
	}
	for i := 1; i+1 < len(words); i++ {
		// The thing first, then what it means: «الجلوكوما يعني ايه», «الزراعة دي عبارة عن ايه».
		if (words[i] == "يعني" || words[i] == "عن" && words[i-1] == "عباره") && meanWhat[words[i+1]] {
			return true
		}
	}
	if len(words) >= 3 && (words[0] == "ما" || whatWords[words[0]]) && meantWords[words[1]] {
		return true // «ما المقصود بعلاج قناة الجذر؟», «ايش معنى انعكاس ابيض»: what is meant by it
	}
	if len(words) >= 4 && words[0] == "what" && (words[1] == "does" || words[1] == "do") && words[len(words)-1] == "mean" {
		return true // "what does botox mean"
	}
	if words[len(words)-1] == "for" {
		return false // what a thing is for, not what it is: "what's shockwave therapy used for?"
	}
	if len(words) >= 3 && words[0] == "يعني" && meanWhat[words[1]] && namesThing(words[2]) {
		return true // what it means, then the thing: «يعني ايه موجات تصادمية؟»; not «يعني ايه اعمل»
	}
	for i, w := range words {
		j := i + 1 // the word after w
		if (whatWords[w] || pronounWhat[w]) && j+1 < len(words) && stressWhat[words[j]] {
			j++ // "what exactly is a cataract", «ايش بالضبط هو الكلف»: the stress asks nothing more
		}
		next := ""
		if j < len(words) {
			next = words[j]
		}
		if latinArticles[next] && j+1 < len(words) {
			next = words[j+1] // «shu el botox»
		}
		switch {
		case (pronounWhat[w] && definePronouns[next] || whatWords[w] && next != "") && choosing(words[j:]):
			return false // a choice between things («وش الفرق بين…», «ايش الانسب لي»), however short
		case i > 0 && (whatWords[w] || pronounWhat[w] && definePronouns[next]) && pronounsOnly(words[j:]):
			// The thing first: «البوتكس شو؟», «الاكزيما وش هي بالضبط؟»; not what is done («بتعملو
			// شو؟»): the thing is a noun with the article.
			return thingFirst(words[:i])
		case pronounWhat[w] && definePronouns[next]:
			return j+1 < len(words) && !pronounsOnly(words[j+1:])
		case whatWords[w] && next != "":
			// «وش الكلف», «ايش هي الصدفية», "what is a root canal"; not «وش اسوي» (what do I do).
			return definePronouns[next] && j+1 < len(words) && !pronounsOnly(words[j+1:]) || !StopWord(next) && !exactly[next] && !pluralVerb(next)
		}
	}
	return false
}

// pluralVerb says whether a word is a verb of the present in the plural («تنصحون», «تسوون»,
// «يحطون», «تعملو»): after a "what" it asks what is done («وش تنصحون؟»), not what a thing is.
func pluralVerb(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return utf8.RuneCountInString(w) >= 4 && strings.ContainsRune("تين", r) &&
		(strings.HasSuffix(w, "ون") || strings.HasSuffix(w, "و"))
}

// thingFirst says whether the words before a closing "what" name a thing: a noun with the article,
// and a pointer or a pronoun after it at most («الجسر ده»).
func thingFirst(words []string) bool {
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	w := words[0]
	if !(strings.HasPrefix(w, "ال") && len([]rune(w)) > 3 || latinArticles[w] && len(words) == 2) {
		return false
	}
	return len(words) == 1 || latinArticles[w] || definePronouns[words[1]] || pointers[words[1]]
}

// pointers point at a thing just named («الجسر ده»).
var pointers = map[string]bool{"ده": true, "دي": true, "هذا": true, "هذي": true, "هذه": true, "هاد": true, "هادا": true}

// asksDefinition says whether a message (text, and its normalised words) asks what something is: as a
// whole, or in one of its sentences («وش هي زراعة الاسنان؟ ايش يحطون بالفك بالضبط؟», «شو يعني جلوكوما؟
// الدكتور قال ضغط عيني عالي شوي»), too long together to be read as one. read, when given, reads words
// as Search does (Arabic in Latin letters in Arabic letters: «ma howa el botox»), and is tried too.
func asksDefinition(text string, words []string, read func([]string) []string) bool {
	defines := func(w []string) bool {
		if isDefinitionQuestion(w) || asksHowItWorks(w) {
			return true
		}
		if read == nil {
			return false
		}
		r := read(w) // once: reading Arabizi in Arabic letters is the dearest part of a search
		return isDefinitionQuestion(r) || asksHowItWorks(r)
	}
	if defines(words) {
		return true
	}
	// What the thing just told means: «ابوي عنده موية بيضا على عينه، وش يعني هالشي بالضبط؟».
	for k, clause := range strings.FieldsFunc(text, clauseEnd) {
		if k > 0 && meansThat(Words(clause)) {
			return true
		}
	}
	if len(words) <= maxDefineWords {
		return false // one sentence, or too short for two
	}
	for _, sentence := range strings.FieldsFunc(text, sentenceEnd) {
		if defines(Words(sentence)) {
			return true
		}
	}
	return false
}

// worksWords say that a thing works, in the dialects and in English («يشتغل», «بتشتغل», "work"); not
// «يعمل», which is also doing («كيف يعملون الزراعة»: how it is done, its steps).
var worksWords = wordSet(`يشتغل بيشتغل تشتغل بتشتغل يشتغلو بيشتغلو work works`)

// soonWords ask when a thing works, not how: "how fast does it start working".
var soonWords = wordSet(`fast soon quickly long start starts keep keeps kick`)

// asksHowItWorks says whether normalised words ask how something works («كيف يشتغل تبييض الاسنان»,
// «بتشتغل إزاي؟», "how does botox work"): what the thing is and does, which the passage that
// defines it tells, as it tells what it is. A longer question asks something more particular, but
// for an English "how does X …" that asks how the thing does what it does (doesItself).
func asksHowItWorks(words []string) bool { return howItWorks(words, false) }

// howItWorks is asksHowItWorks, and in a heading (headingAsksHowItWorks) «يعمل» too tells the working.
func howItWorks(words []string, heading bool) bool {
	if len(words) == 0 || askOf(words) != askHow {
		return false
	}
	if doesItself(words) {
		return true
	}
	if len(words) > maxDefineWords {
		return false
	}
	works := false
	for _, w := range words {
		if soonWords[w] {
			return false
		}
		works = works || worksWords[w] || heading && headingWorks[w]
	}
	return works
}

// doers are the subjects of a "how do…" that asks how the patient or the clinic does something ("how
// do I lift", "how do you decide"), not how a thing works.
var doers = wordSet(`i you we they he she u ya one my your our people someone doctors doctor dentist`)

// maxMechanismWords bounds an English question asking how a thing does what it does.
const maxMechanismWords = 12

// doesItself says whether normalised words ask, in English, how a thing does what it does: "how does
// botox actually relax the muscle", "how does the injection stop the muscle from moving": "how
// does", then the thing, not a person, and what it does; its working, as "how does it work" asks.
func doesItself(words []string) bool {
	if len(words) < 4 || len(words) > maxMechanismWords || words[0] != "how" || words[1] != "does" {
		return false
	}
	k := 2
	if words[k] == "the" || words[k] == "a" || words[k] == "an" || words[k] == "this" || words[k] == "that" {
		k++
	}
	if doers[words[k]] {
		return false
	}
	for _, w := range words {
		if soonWords[w] {
			return false
		}
	}
	return true
}

// headingWorks say in a heading that its thing works: a heading («كيف يعمل الليزر؟», "How does
// it work?") names the thing it asks of, so «يعمل» there is its working, not a patient's doing.
var headingWorks = wordSet(`يعمل تعمل`)

// headingAsksHowItWorks says whether a heading's or FAQ question's normalised words ask how its
// thing works, which the passage under it tells as a definition does.
func headingAsksHowItWorks(words []string) bool { return howItWorks(words, true) }

// clauseEnd says whether r ends a clause of a message: a sentence or a comma.
func clauseEnd(r rune) bool { return sentenceEnd(r) || r == '،' || r == ',' }

// namesThing says whether a word after «يعني ايه» may name a thing: not a small word, nor a verb
// («اعمل», «بيوجع»: the prefixes of the present tense), unless it has the article.
func namesThing(w string) bool {
	if StopWord(w) || exactly[w] || definePronouns[w] || pointers[w] {
		return false
	}
	if strings.HasPrefix(w, "ال") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return !strings.ContainsRune("اأيتنب", r)
}

// meansThat says whether normalised words ask what something told before them means: a "what", «يعني»
// and a pointer («وش يعني هذا بالضبط», «شو يعني هالحكي»), or "what does that mean".
func meansThat(words []string) bool {
	if len(words) == 2 && (whatWords[words[0]] || meanWhat[words[0]]) && words[1] == "يعني" {
		return true // «وش يعني؟» in a clause of its own after what was told: what it means
	}
	for len(words) > 0 && (exactly[words[len(words)-1]] || stressWhat[words[len(words)-1]]) {
		words = words[:len(words)-1]
	}
	switch {
	case len(words) == 2:
		return words[0] == "يعني" && meanWhat[words[1]] // «يعني ايه؟»
	case len(words) == 3 && thatWords[words[0]] && beWords[words[1]] && meanWhat[words[2]]:
		return true // «ده بيبقى ايه؟», «هذا يكون ايش؟»: what the thing told is
	case len(words) == 3:
		return (whatWords[words[0]] || meanWhat[words[0]]) && words[1] == "يعني" && thatWords[words[2]] ||
			words[0] == "يعني" && meanWhat[words[1]] && thatWords[words[2]] // «يعني ايه ده»
	case len(words) == 4:
		return words[0] == "what" && (words[1] == "does" || words[1] == "do") && thatWords[words[2]] && words[3] == "mean"
	}
	return false
}

// beWords are "is" between a pointer and its "what" in the dialects («ده بيبقى ايه», «هذا يكون ايش»).
var beWords = wordSet(`يبقى بيبقى يبقا بيبقا بقى يكون بيكون تكون بتكون`)

// thatWords point back at what was just told.
var thatWords = wordSet(`هذا هذي هذه هاد هادا ده دي هالشي هالشيء هالحكي هالكلام هيك كذا كدا كده this that`)

// sentenceEnd says whether r ends a sentence of a message.
func sentenceEnd(r rune) bool { return r == '?' || r == '؟' || r == '.' || r == '!' || r == '\n' }

// definesSomething says whether a passage is a definition: its heading or FAQ question asks what
// something is, or its text opens with «X هو …» / "X is …" within its first few words. It runs on
// every passage at build time, so it looks at the heading only when it may be a question and at a
// short prefix of the text.
func definesSomething(heading, text string) bool {
	if mayAsk(heading) {
		if w := Words(heading); isDefinitionQuestion(w) || headingAsksHowItWorks(w) {
			return true
		}
	}
	if len(text) > definePrefix {
		cut := definePrefix
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	// Words are cut at spaces by hand: strings.Fields decodes every rune of Arabic text.
	named := true // the words so far name a thing: nouns with the article, and «أو» between its names
	for i := 0; i < maxNameWords+1 && text != ""; i++ {
		w, rest, _ := strings.Cut(text, " ")
		if i == 0 && answersYesNo(w) {
			return false // «نعم، وهذا هو الأفضل» answers whether, and defines nothing
		}
		switch w {
		case "هو", "هي", "is", "are":
			// "Eczema and psoriasis are not contagious" says what they are not, a property: it
			// defines neither (the Arabic page's «الصدفية مرض مناعي…» does).
			if next, _, _ := strings.Cut(rest, " "); i > 0 && i < 5 && !notWords[strings.ToLower(next)] {
				return true
			}
		}
		// Arabic says what a thing is without a copula: the thing, then the kind of thing it is, a
		// noun without the article («الموجات التصادمية علاج غير جراحي…», «الإكزيما أو التهاب الجلد
		// التأتبي مرض جلدي مزمن…»).
		if named && i > 0 && genusWords[strings.TrimRight(Normalize(w), ",،.")] {
			return true
		}
		named = named && (strings.HasPrefix(w, "ال") || w == "أو" || w == "او")
		text = rest
	}
	return false
}

// notWords negate an English copula ("is not", "are never"): what a thing is not defines it not.
var notWords = map[string]bool{"not": true, "never": true, "no": true}

// maxNameWords bounds the words of the name a definition opens with before the kind of thing it is.
const maxNameWords = 6

// genusWords name the kind of thing something is, opening a definition after its name: a
// treatment, a condition, a procedure («الموجات التصادمية علاج غير جراحي»).
var genusWords = wordSet(`علاج مرض حالة حاله إجراء اجراء التهاب اضطراب عملية عمليه تقنية تقنيه طريقة طريقه نوع
	مادة ماده بروتين دواء فحص جهاز عدوى عدوي ضعف تشوه ورم خلل جراحة جراحه`)

// answersYesNo says whether a text's first word (w) is yes or no: «نعم،», «لا،», "Yes,", "No.".
func answersYesNo(w string) bool {
	w = strings.TrimRight(w, ",،.;؛!")
	switch strings.ToLower(w) {
	case "نعم", "لا", "yes", "no":
		return true
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
	askSuits // whether a treatment suits the patient: «ينفع لحالتي؟», «لمن تناسب الزراعة؟»
)

var askWords = map[string]int{
	"كم": askHowMuch, "كام": askHowMuch, "قديش": askHowMuch, "اديش": askHowMuch, "قداش": askHowMuch, "شقد": askHowMuch, "شكد": askHowMuch,
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
		// At what age: «في أي عمر أحضر طفلي؟», «بأي سن», "what age should…"; not the Levantine yes
		// («اي، عمري عشرين»), which no «في» opens.
		inWhich := w == "اي" && i > 0 && (words[i-1] == "في" || words[i-1] == "من") || w == "باي" || w == "what" || w == "which"
		if inWhich && i+1 < len(words) && ageWords[words[i+1]] {
			return askWhen
		}
		if sinceAFew(words, i) {
			continue
		}
		if k, ok := askWords[w]; ok {
			return k
		}
		if asksCause(words, i) {
			return askWhy
		}
	}
	return askNone
}

// asksCause says whether words[i] is the cause a what asks for: «وش السبب؟», «شو سبب الوجع؟», «السبب
// ايه؟», «ايش اللي يسبب…», "what causes…": the question asks why, in the words of what. Not «بسبب»
// (because of), nor a cause a yes-or-no question names («هل الليزك يسبب جفاف؟»).
func asksCause(words []string, i int) bool {
	if !causeAsked[words[i]] {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if whatWords[words[j]] || causeWhat[words[j]] {
			// «ما يسبب» denies a cause («الليزك ما يسبب جفاف؟»); «ما سبب…», «ما الذي يسبب…» ask it.
			return words[j] != "ما" || j < i-1 || !causeVerbs[words[i]]
		}
		if words[j] != "اللي" && words[j] != "الي" && words[j] != "يلي" && words[j] != "الذي" && words[j] != "that" {
			break
		}
	}
	return i+1 < len(words) && (words[i+1] == "ايه" || words[i+1] == "ايش" || words[i+1] == "شو" || words[i+1] == "وش")
}

// causeAsked are the words of a cause a what asks for; causeWhat the what of the dialects besides
// whatWords («ما» and «ايه» ask what of a cause, with no pronoun between).
var (
	causeAsked = wordSet(`سبب السبب اسباب الاسباب يسبب تسبب بيسبب بتسبب causes cause causing`)
	causeWhat  = wordSet(`ويش شنهو ما ايه`)
	causeVerbs = wordSet(`يسبب تسبب بيسبب بتسبب`)
)

// sinceAFew says whether words[i] is «كم» of «من كم شهر», «قبل كم يوم»: since or ago a few, which
// dates the patient's story and asks nothing («نظري صار ضبابي من كم شهر، ممكن تكون مياه بيضاء؟»).
// «بعد كم يوم» asks when.
func sinceAFew(words []string, i int) bool {
	return isHowMany(words[i]) && i > 0 && (words[i-1] == "من" || words[i-1] == beforeWord) &&
		i+1 < len(words) && timeNouns[words[i+1]]
}

// ageWords name an age, which «أي» and "what" before them ask as when.
var ageWords = wordSet(`عمر سن age`)

// headingAsk is what a passage's heading or FAQ question asks, when it is a question; a heading that
// names the causes of something («أسباب آلام الظهر والرقبة الشائعة», "Causes of dry eye") answers why.
func headingAsk(heading string) int {
	words := Words(heading)
	for i, w := range words {
		if suitWords[w] {
			return askSuits // «لمن تناسب الزراعة؟», «من هم المرشحون المناسبون للعلاج؟»
		}
		if (w == "من" || w == "who") && i+1 < len(words) && needWords[words[i+1]] {
			return askSuits // «من يحتاج فحص الجلوكوما؟», "who needs…": whom it is for
		}
	}
	if !hasQuestionMark(heading) {
		for _, w := range Words(heading) {
			if causeWords[w] {
				return askWhy
			}
			if countWords[w] {
				return askHowMuch
			}
		}
		return askNone
	}
	return askOf(Words(heading))
}

// suitWords say in a heading whom a treatment suits, or does not.
var suitWords = wordSet(`يناسب تناسب يناسبه يناسبها يناسبهم يناسبني يناسبك المناسب المناسبون المناسبين مناسب مناسبه
	المرشح المرشحون المرشحين مرشح suitable suits suit candidate candidates`)

// mayWords ask whether the patient may have something («ينفع اعمل زراعة؟», «بنتي ١٤ سنة تبي تبيض، مسموح؟»),
// or whether it is denied them: «الدكتور قالي عضمي ضعيف، كده مينفعش أعمل زراعة؟», «ممنوع علي؟».
var mayWords = wordSet(`ينفع بينفع ينفعلي بينفعلي ينفعني ينفعش مسموح مسموحلي يصلح يصلحلي يناسبني تناسبني يناسبنى
	بيناسبني مناسب مناسبه suitable candidate مينفعش ماينفع ماينفعش بينفعلك ينفعلك مايصلح ممنوع ممنوعه ممنوعة`)

// asksSuits says whether normalised words ask whether a treatment suits the patient: a word of may
// («ينفع», «مسموح», "suitable"), no question word, and nothing of before or after (which asks what
// may be done around a treatment: «ينفع اكل بعد الخلع؟»).
func asksSuits(words []string) bool {
	if askOf(words) != askNone {
		return false
	}
	may := false
	for _, w := range words {
		switch w {
		case "بعد", "قبل", "after", "before", "وبعد", "بعدها", "قبلها":
			return false
		}
		may = may || mayWords[w] || needWords[w] && w != "يحتاج" && w != "needs"
	}
	return may
}

// needWords say that someone needs something: asked of the patient («هل أحتاج إلى فحص؟», «محتاج
// أتفحص؟», "do I need…"), whom it is for, which a heading asking who needs it («من يحتاج…؟») answers.
var needWords = wordSet(`يحتاج احتاج محتاج محتاجه محتاجة يحتاجون need needs`)

// causeWords name the causes of something in a heading.
// countWords name in a heading a count or a length («عدد الجلسات والنتيجة», «النتائج ومدة بقائها»,
// "Number of sessions"), which answers how many and how long.
var countWords = wordSet(`عدد وعدد مدة ومدة المدة مدته مدتها number duration`)

var causeWords = map[string]bool{"اسباب": true, "سبب": true, "واسباب": true, "causes": true,
	"cause": true, "why": true}

// hasQuestionMark says whether a heading has a question mark (Latin or Arabic); strings.Contains is far
// faster than ContainsAny on Arabic text.
func hasQuestionMark(h string) bool { return strings.Contains(h, "?") || strings.Contains(h, "؟") }

// A question may ask how long something takes or lasts («عملية الماء الابيض كم تاخذ», «كم يستمر الألم»,
// "how long until it works", «متى اشوف زين بعد الليزك»): the words that say so are mostly stop words or
// verbs every passage of the page may use, and the treatment's name is in all of them; what tells the
// passage that answers is that it gives a span of time («من 15 إلى 20 دقيقة», «في اليوم التالي»).

// timeVerbs say that something takes or lasts a time; timeNouns are spans of time, as Words writes them.
var timeVerbs = map[string]bool{"تاخذ": true, "ياخذ": true, "تاخد": true, "ياخد": true, "تطول": true, "يطول": true,
	"تدوم": true, "يدوم": true, "تستمر": true, "يستمر": true, "تستغرق": true, "يستغرق": true, "تقعد": true, "يقعد": true,
	"last": true, "lasts": true, "take": true, "takes": true}

var timeNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`وقت مدة مده فترة دقيقة دقايق دقائق ساعة ساعات يوم أيام ايام أسبوع أسابيع اسبوع اسابيع
		شهر أشهر شهور سنة سنين سنوات يومين أسبوعين شهرين سنتين ساعتين
		minute minutes hour hours day days week weeks month months year years`) {
		for _, n := range Words(w) {
			timeNouns[n] = true
			if s, ok := strings.CutPrefix(n, "ال"); ok {
				timeNouns[s] = true
			}
			timeNouns["ال"+n] = true
		}
	}
}

// asksTime says whether normalised words ask how long something takes or lasts, or when, after
// something, one may do or see something: the kind of question a span of time answers.
func asksTime(words []string) bool {
	ask := askOf(words)
	if ask == askWhen {
		return afterDone(words) // «متى اشوف زين بعد الليزك»; «متى يحتاج السن الخلع» asks a condition
	}
	for i, w := range words {
		if w == "how" && i+1 < len(words) && (words[i+1] == "long" || words[i+1] == "soon") {
			return true
		}
	}
	if ask == askNone && namesDuration(words) {
		return true // «مدة جلسة التقشير؟», «الخلع ياخذ وقت؟»: how long, with no question word
	}
	if ask != askHowMuch {
		return false
	}
	for i, w := range words {
		if timeVerbs[w] || timeNouns[w] && !toldSpan(words, i) {
			return true
		}
	}
	return false
}

// durationWords name the length of something («مدة الجلسة», "the duration").
var durationWords = wordSet(`مدة المدة مدته مدتها مدتو duration`)

// namesDuration says whether normalised words ask a length with no question word: a word naming it
// («مدة جلسة التقشير؟»), or a verb of taking followed by «وقت» («الخلع ياخذ وقت؟»).
func namesDuration(words []string) bool {
	for i, w := range words {
		verb := timeVerbs[w] || len(w) > 2 && (w[:2] == "ب" || w[:2] == "ه") && timeVerbs[w[2:]] // «بياخد», «هياخد»
		if durationWords[w] || verb && i+1 < len(words) && (words[i+1] == "وقت" || words[i+1] == "الوقت") {
			return true
		}
	}
	return false
}

// toldSpan says whether the span of time words[i] names is told, not asked: an age («لولدي عمره
// سنتين», «ابني عنده ٤ سنين» — «كم معجون احط» asks an amount, not a time) or the time
// since which or before which the patient's story happened («من كم سنة», «قبل ٣ سنين»).
func toldSpan(words []string, i int) bool {
	for j := i - 1; j >= max(0, i-4); j-- {
		w := words[j]
		switch {
		case ageOwn[w] || haveWords[w] || w == "since":
			return true
		case w == "من" || w == beforeWord:
			return j < i-1 // «من كم سنة», not «كم ياخذ من الوقت»
		case IsNumber(w) || numberWords[w] || isHowMany(w) || w == "و" || w == "بين":
			continue
		}
		return false
	}
	return i+1 < len(words) && words[i+1] == "ago"
}

// timeOf says how a text gives a span of time: 0 not at all; 1 a span (a number of days, weeks,
// minutes; a dual such as «يومين»; «اليوم التالي»); 2 a span with a word for taking or lasting
// («تستغرق العملية من 15 إلى 20 دقيقة», «لمدة أسبوع»), which answers how long something takes.
// A unit alone is no span: «قياسات دقيقة» are precise measurements.
func timeOf(text string) int {
	words := Words(text)
	span, lasts := false, false
	for i, w := range words {
		if lastsWords[w] || lastsWords[strings.TrimPrefix(w, "و")] {
			lasts = true
		}
		if span {
			continue
		}
		switch {
		case spanWords[w]:
			span = true
		case timeNouns[w] && w != "وقت" && w != "الوقت":
			if i+1 < len(words) && (words[i+1] == "التالي" || words[i+1] == "واحد" || words[i+1] == "واحده") {
				span = true
			}
			for k := max(0, i-2); k < i; k++ {
				if numberWords[words[k]] || IsNumber(words[k]) {
					span = true
				}
			}
		}
	}
	switch {
	case span && lasts:
		return 2
	case span:
		return 1
	}
	return 0
}

// spanWords are spans of time on their own: duals, plurals and accusatives («أسبوعًا»).
var spanWords, lastsWords = map[string]bool{}, map[string]bool{}

func init() {
	for _, w := range strings.Fields(`يومين أسبوعين شهرين سنتين ساعتين دقيقتين أيام أسابيع أشهر شهور سنوات ساعات دقائق
		يومًا أسبوعًا شهرًا عامًا days weeks months years hours minutes`) {
		for _, n := range Words(w) {
			spanWords[n] = true
		}
	}
	for _, w := range strings.Fields(`تستغرق يستغرق تستمر يستمر تدوم يدوم مدة لمدة خلال takes take lasts last within`) {
		for _, n := range Words(w) {
			lastsWords[n] = true
		}
	}
}

// untilWords ask how long until something happens, which asks when («لين يرجع طبيعي», "how long
// until it heals").
var untilWords = wordSet(`لين لحد لحتى حتى لغايه ليما until till`)

// untilAsked says whether normalised words ask how long until something (untilWords).
func untilAsked(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return untilWords[w] })
}

// after says whether normalised words speak of after something («بعد الليزك», "after the op").
func after(words []string) bool {
	for _, w := range words {
		switch w {
		case "بعد", "وبعد", "بعدها", "بعده", "after":
			return true
		}
	}
	return false
}

// hadWords tell, in the past, that the patient (or the one they ask for) had or underwent
// something: «اخذت ابرة», «سويت الحقنة», «عملت العملية», «خلصت علاج عصب», "I had an injection".
var hadWords = wordSet(`اخذت اخدت خذيت خدت واخذت واخدت سويت سويتها سويته وسويت عملت عملتها عملته وعملت خلصت وخلصت
	اجريت تلقيت خضعت had got`)

// ifWords make what follows a supposition («اذا سويت الابر»), not a thing done.
var ifWords = wordSet(`اذا إذا لو لما ان if`)

// whenAsks are the words after an English "when" that make it ask («when can I…», "when will it…"),
// not tell when something happens ("it aches when I chew").
var whenAsks = wordSet(`can could will would should do does did is are am may might shall`)

// toldDone says whether normalised words tell a treatment as done before they ask when: «اخذت ابرة
// بالركبة اليوم، متى ارجع الجيم؟» asks when after it, as «متى ارجع الجيم بعد الابرة؟» does. The
// telling comes before the asking word; after it («متى اخذت…») it is what is asked.
func toldDone(words []string) bool {
	done := false
	for i, w := range words {
		if k, ok := askWords[w]; ok {
			if w == "when" && (i+1 >= len(words) || !whenAsks[words[i+1]]) {
				continue
			}
			return done && k == askWhen
		}
		if hadWords[w] && (i == 0 || !ifWords[words[i-1]]) {
			done = true
		}
	}
	return false
}

// afterDone says whether normalised words asking when speak of after something, said («بعد») or
// told as done before (toldDone).
func afterDone(words []string) bool {
	return after(words) || toldDone(words)
}

// A page's own question that asks yes or no («هل تنظيف الجير يضعف الأسنان؟», "Does a root canal
// hurt?"), or an FAQ answer that opens with one («لا، …»), does not answer a question asking when,
// how, how much, where, why or what («كل كم انظف جير»): its heading's words are those of another
// question.

// yesNoOpeners open a question answered yes or no.
var yesNoOpeners = map[string]bool{"هل": true, "is": true, "are": true, "can": true, "could": true, "do": true,
	"does": true, "did": true, "will": true, "would": true, "should": true, "am": true, "may": true, "has": true,
	"have": true}

// yesNoAnswers open an answer to such a question.
var yesNoAnswers = map[string]bool{"نعم": true, "لا": true, "yes": true, "no": true}

// thingWords are question words, besides askWords and whatWords, that ask for a thing («اكل ايه
// بعد الخلع», "which drops").
var thingWords = map[string]bool{"ماذا": true, "ايه": true, "which": true, "شنو": true, "شو": true}

// asksForSomething says whether normalised words ask for something a yes or no does not give: a time,
// place, reason, way, amount or thing.
func asksForSomething(words []string) bool {
	if askOf(words) != askNone {
		return true
	}
	for _, w := range words {
		if whatWords[w] || thingWords[w] {
			return true
		}
	}
	return false
}

// yesNoPassage says whether a passage's heading or FAQ question asks yes or no, or its FAQ answer
// gives yes or no.
func yesNoPassage(heading, answer string, faq bool) bool {
	if hasQuestionMark(heading) {
		if w := Words(heading); len(w) > 0 && yesNoOpeners[w[0]] {
			return true
		}
	}
	if !faq {
		return false
	}
	if len(answer) > yesNoPrefix {
		cut := yesNoPrefix
		for cut > 0 && !utf8.RuneStart(answer[cut]) {
			cut--
		}
		answer = answer[:cut]
	}
	w := Words(answer)
	return len(w) > 0 && yesNoAnswers[w[0]]
}

// saysYesNo says whether a question (text, and its normalised words) asks yes or no in words: a
// clause of it opens with «هل» or "is" ("another dentist told me…, is that the end of it?"), or it
// asks whether one may («ينفع», «لازم», «طبيعي»).
func saysYesNo(text string, words []string) bool {
	if len(words) > 0 && yesNoOpeners[words[0]] || slices.ContainsFunc(words, func(w string) bool { return yesNoModals[w] }) {
		return true
	}
	for _, clause := range strings.FieldsFunc(text, clauseEnd) {
		if w := Words(clause); len(w) > 0 && yesNoOpeners[w[0]] {
			return true
		}
	}
	return false
}

// asksOtherThanYesNo says whether a heading is a question asking for something a yes or no does
// not give: what, when, how, how much, where or why («ما هو علاج العصب؟», "How long does it last?").
// Not whom a treatment suits, which tells whether it suits the patient.
func asksOtherThanYesNo(heading string) bool {
	if !hasQuestionMark(heading) {
		return false
	}
	// The question is the heading's last sentence: "My gums bleed when I brush. Is that serious?"
	s := strings.FieldsFunc(heading, sentenceEnd)
	if len(s) == 0 {
		return false
	}
	w := Words(s[len(s)-1])
	if len(w) == 0 || yesNoOpeners[w[0]] {
		return false
	}
	if a := askOf(w); a != askNone {
		return a != askSuits && otherAsks[a]
	}
	for i, x := range w {
		if whatWords[x] || thingWords[x] || x == "ما" && i+1 < len(w) && (w[i+1] == "هو" || w[i+1] == "هي") {
			return true
		}
	}
	return false
}

var otherAsks = map[int]bool{askHowMuch: true, askWhen: true, askWhere: true, askWho: true, askWhy: true}

// yesNoPrefix is how many bytes of an FAQ answer are read for a yes or no.
const yesNoPrefix = 24

// yesNoModals ask whether one may, must or can: a question of them with no question word asks yes or no.
var yesNoModals = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`ينفع بينفع يصلح ممكن لازم يلزم اقدر بقدر اكدر يصير بيصير يجوز مسموح طبيعي عادي صحيح
		صح can should`) {
		for _, n := range Words(w) {
			yesNoModals[n] = true
		}
	}
}

// asksYesNo says whether a question (text, and its normalised words) asks yes or no: it asks for
// nothing a yes or no does not give nor to choose between things («clear aligners or braces?»; «ولا
// لأ» is "or not"), and it opens with «هل» or "is", ends with a question mark or asks whether one may.
func asksYesNo(text string, words []string) bool {
	if len(words) == 0 || asksForSomething(words) {
		return false
	}
	modal := false
	for _, w := range words {
		if w == "or" || w == "او" || w == "ام" {
			return false // a choice between things («clear aligners or braces?»)
		}
		modal = modal || yesNoModals[w]
	}
	return yesNoOpeners[words[0]] || hasQuestionMark(text) || modal
}

// A question asking how often («كل كم انظف الجير», «التقشير الخفيف كل قديش بعيده؟», "how often") is
// answered by the passage that says how often, not by any that gives a number.

// asksOften says whether normalised words ask how often («كل كم», «كل قديش», «كم مرة», "how often").
func asksOften(words []string) bool {
	for i, w := range words {
		switch {
		case w == "how" && i+1 < len(words) && words[i+1] == "often":
			return true
		case askWords[w] == askHowMuch || w == "قد" && i+1 < len(words) && (words[i+1] == "ايه" || words[i+1] == "اي"):
			if i > 0 && (words[i-1] == "كل" || words[i-1] == "وكل") {
				return true
			}
			if i+1 < len(words) && (words[i+1] == "مره" || words[i+1] == "مرات") {
				return true
			}
		}
	}
	return false
}

// givesOften says whether a text says how often: «كل» before a number or a time («كل 2 إلى 4
// أسابيع», «كل ستة أشهر», «كل سنة»), a rate («أسبوعيًا», «مرتين في السنة»), "every", "a week".
func givesOften(text string) bool {
	words := Words(text)
	for i, w := range words {
		if oftenWords[w] {
			return true
		}
		if w == "كل" || w == "every" {
			for j := i + 1; j < min(len(words), i+3); j++ {
				if numberWords[words[j]] || IsNumber(words[j]) || timeNouns[words[j]] || spanWords[words[j]] {
					return true
				}
			}
		}
	}
	return false
}

// oftenWords say how often on their own.
var oftenWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`يوميا يومياً يوميًا اسبوعيا أسبوعيًا أسبوعيا شهريا شهريًا سنويا سنويًا daily weekly monthly yearly annually`) {
		for _, n := range Words(w) {
			oftenWords[n] = true
		}
	}
}

// askedClauses returns the clauses of a message that ask something: those ending in a question mark
// and those opening with a word that asks yes or no («هل», "does"). «ضرسي يوجعني بالليل، احتاج علاج
// عصب؟» tells a pain and asks about a treatment; «هو الخلع بيوجع؟» asks whether it hurts.
func askedClauses(text string) []string {
	var out []string
	start := 0
	for i, r := range text {
		if !strings.ContainsRune(".،,!؟?\n;؛", r) {
			continue
		}
		clause := text[start:i]
		if r == '?' || r == '؟' {
			out = append(out, clause)
		} else if w := Words(clause); len(w) > 0 && yesNoOpeners[w[0]] {
			out = append(out, clause)
		}
		start = i + utf8.RuneLen(r)
	}
	if w := Words(text[start:]); len(w) > 0 && yesNoOpeners[w[0]] {
		out = append(out, text[start:])
	}
	return out
}

// asksType says whether a clause of the message that asks (askedClauses) holds a question type
// (Lexicon.Type): whether it hurts is asked, not told («ركبتي بتوجعني بعد الإبرة، طبيعي؟»).
func (ix *Index) asksType(text string) bool {
	for _, clause := range askedClauses(text) {
		for _, c := range ix.lex.Concepts(ix.keys(Words(clause))) {
			if ix.lex.Type(c) {
				return true
			}
		}
	}
	return false
}

// treatWords name treating, in a heading or a question («علاج الحول», «كيف بيعالجو كسل العين؟»,
// "treatment").
var treatWords = wordSet(`علاج العلاج علاجه علاجها والعلاج وعلاج علاجات العلاجات يعالج تعالج يعالجون تعالجون
	بتعالجو بيعالجو بيعالجوا تعالجوه نعالج يتعالج treatment treatments treat treated`)

// treatStems are the stems of treatWords: a question's concept holding one alone names treating.
var treatStems = func() map[string]bool {
	out := map[string]bool{}
	for w := range treatWords {
		for _, st := range Stems(w) {
			out[st] = true
		}
	}
	return out
}()

// namesTreatment says whether normalised words name treating.
func namesTreatment(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return treatWords[w] })
}

// adviceWords ask for advice («في نصيحة؟», "any tips?"): what to do about the complaint told, which
// its treatment answers, though the words ask yes or no (is there any?).
var adviceWords = wordSet(`نصيحه نصيحتك نصايح نصائح tips tip advice`)

// asksAdvice says whether normalised words ask for advice (adviceWords), not before or after a
// treatment («في نصيحة قبل العملية؟»), which its preparation or care answers.
func asksAdvice(words []string) bool {
	asked := false
	for _, w := range words {
		switch w {
		case "بعد", "قبل", "after", "before", "وبعد", "بعدها", "قبلها":
			return false
		}
		asked = asked || adviceWords[w]
	}
	return asked
}

// doVerbs ask what to do, beside a what-word («وش اسوي؟», «اعمل ايه؟», "what do you do for…").
var doVerbs = wordSet(`اسوي نسوي اعمل نعمل اسويه اعمله بسوي do helps`)

// asksWhatToDo says whether normalised words ask what to do about something («جلدي ناشف من الاكزيما،
// وش اسوي؟», "what do you use for freckles?"): how it is treated. Not what to do before or after
// a treatment («وش اسوي بعد الخلع؟»), which its care or preparation answers.
func asksWhatToDo(words []string) bool {
	asked := false
	for i, w := range words {
		switch w {
		case "بعد", "قبل", "after", "before", "وبعد", "بعدها", "قبلها":
			return false
		}
		if (whatWords[w] || thingWords[w] || w == "what") && i+1 < len(words) && doVerbs[words[i+1]] ||
			doVerbs[w] && i+1 < len(words) && (whatWords[words[i+1]] || thingWords[words[i+1]]) {
			asked = true
		}
	}
	return asked
}

// madeOf says whether normalised words ask what a thing is made of («الحشوة دي معمولة من ايه؟»,
// «الخيوط مصنوعة من شو؟», "what are veneers made of?"): what the pages say it is. A "made" word,
// its "of", and a "what" asking it, right after its "of" or, when the "of" ends the question, before
// the "made"; not «التاج مصنوع من البورسلين؟», which asks whether it is.
func madeOf(words []string) bool {
	for i := 1; i+1 < len(words); i++ {
		if !madeWords[words[i]] || !ofWords[words[i+1]] {
			continue
		}
		if i+2 < len(words) && (whatWords[words[i+2]] || pronounWhat[words[i+2]] && words[i+2] != "ما") {
			return true // «معمولة من ايه», «مسوي من ايش»
		}
		if i+2 == len(words) && slices.ContainsFunc(words[:i], func(w string) bool { return whatWords[w] }) {
			return true // "what is it made of", «ايش هو مصنوع من»
		}
	}
	return false
}

// madeWords say a thing is made («معمولة», «مصنوع», "made"); ofWords what it is made of.
var (
	madeWords = wordSet(`معمول معموله معمولين مصنوع مصنوعه مصنوعين مسوي مسويه مسوى متصنع متصنعه مكون مكونه made`)
	ofWords   = wordSet(`من of from`)
)
