package bot

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/faqbot/faqbot/knowledge"
)

// The triage patterns are written in the common spelling of a sound and a form; patients write
// their dialect's. Rather than spell every pattern in every dialect, the triage reads a message
// through the shifts the dialects share, once, before any pattern runs:
//
//   - the letters Arabic borrowed for sounds it lacks: Iraqi and Gulf گ is the ق of the others
//     («رگبته», «ازرگ», «وگف»: رقبته, ازرق, وقف), چ is ك («چان»: كان), ڤ is ف;
//   - the Iraqi and Gulf ك for ق in the verb of ability («ميكدر», «اكدر»: ما يقدر, اقدر);
//   - a negation glued to its verb («ميقدر», «مدا»: ما يقدر, ما دا);
//   - the Maghrebi present of كي/كت/كن + verb («ما كتجاوبش», «كيقدر»: ما تجاوب, يقدر);
//   - the dialect words for the few adverbs the triage reads («بزاف», «هواية»: كثير; «دابا»: الحين).
//
// Search has its own, looser, reading of the shifts (knowledge/dialect.go): there a wrong guess costs
// a worse answer, here a missed alarm or a false one, so only these regular shifts are read.

// soundLetters are the borrowed letters, read as the sound they stand for. Normalize folds گ into
// ك (search matches the page's ك), so the triage reads them from the text itself.
var soundLetters = strings.NewReplacer("گ", "ق", "ڭ", "ق", "ڨ", "ق", "چ", "ك", "ڤ", "ف", "ڥ", "ف")

// dialectWords are the dialect words for adverbs the patterns read («بزاف» → كثير).
var dialectWords = map[string]string{
	"بزاف": "كثير", "هوايه": "كثير", "واجد": "كثير", "ياسر": "كثير", "دابا": "الحين",
	"هسع": "الحين", "مزيان": "زين", "مزيانه": "زينه", "واش": "هل", "لاباس": "بخير",
	// Maghrebi «مورا» (after) and «نهار» (day): «مورا العملية بنهارين» is بعد العملية بيومين.
	"مورا": "بعد", "نهارين": "يومين", "بنهارين": "بيومين",
	// The Iraqi and Gulf ج for ق in the words of tightness («نفسي ضايج», «مخنوج»).
	"وكف": "وقف", "وكفت": "وقفت", "يوكف": "يوقف", "توكف": "توقف", "ديوكف": "يوقف", "دتوكف": "توقف", // Iraqi «ما دا يوكف»
	"ضايج": "ضايق", "ضايجه": "ضايقه", "ضيج": "ضيق", "مضايج": "مضايق", "مخنوج": "مخنوق", "مخنوجه": "مخنوقه", "اختنج": "اختنق", "يختنج": "يختنق", "تختنج": "تختنق",
}

// maghrebiMarkers are words only Maghrebi writes: in a message with one, «ولا»/«وليت» before «عندي»
// or a present verb is "became" («ولا عندي وجع فصدري»: now I have chest pain), not the «ولا» of "nor".
var (
	maghrebiMarkers = wordSet(`ديال ديالي ديالو ديالها ديالك ديالنا بزاف دابا كيفاش علاش بغيت نبغي وراه راه فاش مزيان لاباس غادي غادا البارح`)
	becameWords     = wordSet(`ولات وليت وليتي وليتو ولينا`)
	hasWords        = wordSet(`عندي عنده عندو عندها عندنا عندهم`)
)

// negatedBefore says whether a clause's words hold a negation (after one, «ولا» is "nor": «ما عندي
// سخانة ولا عندي ضيق»).
func negatedBefore(words []string) bool {
	for _, w := range words {
		if w == "ما" || w == "لا" || w == "مش" || w == "بلا" || w == "بدون" || w == "ماكاين" || w == "مكاين" ||
			strings.HasPrefix(w, "م") && strings.HasSuffix(w, "ش") && utf8.RuneCountInString(w) > 3 {
			return true
		}
	}
	return false
}

// triageWords returns the words of text as the triage reads them (see above); words are
// knowledge.Words(text).
func triageWords(text string, words []string) []string {
	if strings.ContainsAny(text, "?؟") {
		if t := withoutAnsweredNo(text); t != text {
			text, words = t, knowledge.Words(t)
		}
	}
	if strings.ContainsAny(text, "گڭڨچڤڥ") {
		words = knowledge.Words(soundLetters.Replace(text))
	}
	words = withoutInterjections(words)
	out := make([]string, 0, len(words)+1) // words is only read: out is the one slice made
	camera := slices.ContainsFunc(words, func(w string) bool {
		for _, p := range []string{"", "و", "ب", "ف", "وب", "فب"} {
			if r, ok := strings.CutPrefix(w, p); ok && photoWords[r] {
				return true
			}
		}
		return false
	})
	maghrebi := slices.ContainsFunc(words, func(w string) bool { return maghrebiMarkers[w] })
	for i, w := range words {
		if maghrebi && i+1 < len(words) && (becameWords[w] || (w == "ولا" || w == "وولا") && hasWords[words[i+1]] && !negatedBefore(words[max(0, i-5):i])) {
			out = append(out, "صار") // Maghrebi «ولا عندي», «وليت كنحس»: became, now; not «nor»
			continue
		}
		if w == "down" && i > 0 && i+1 < len(words) && goingDown[words[i-1]] && downTo[words[i+1]] {
			w = "spreading" // "the swelling is going down my neck": spreading, not going away (improving)
		}
		if camera && cameraFlash[w] {
			out = append(out, "flashlight") // a camera's flash, not the cleaner of that name
			continue
		}
		if d, ok := dialectWords[w]; ok {
			out = append(out, d)
			continue
		}
		if strings.Contains(w, "كدر") && !strings.HasPrefix(w, "تكدر") || strings.HasPrefix(w, "كادر") {
			w = strings.Replace(w, "كدر", "قدر", 1) // «اكدر», «ميكدر»: the verb of ability
			w = strings.Replace(w, "كادر", "قادر", 1)
		}
		if rest, ok := strings.CutPrefix(w, "مي"); ok && utf8.RuneCountInString(rest) >= 3 && strings.HasPrefix(rest, "قدر") {
			out = append(out, "ما", "ي"+rest) // «ميقدر»: ما يقدر
			continue
		}
		if w == "مدا" || w == "ومدا" {
			out = append(out, strings.TrimSuffix(w, "مدا")+"ما", "دا") // Iraqi «مدا يتنفس»: ما دا يتنفس
			continue
		}
		if rest, ok := strings.CutPrefix(w, "ما"); ok && strings.HasSuffix(rest, "ش") && strings.HasPrefix(rest, "ك") {
			if v := maghrebiPresent(strings.TrimSuffix(rest, "ش")); !strings.HasPrefix(v, "ك") {
				out = append(out, "ما", v) // «ماكنقدرش»: ما نقدر
				continue
			}
		}
		out = append(out, maghrebiPresent(w))
	}
	if strings.ContainsAny(text, laughEmoji) {
		out = append(out, "ه") // a laughing face is a laugh, as «ههه» is (see laughing)
	}
	return out
}

// Interjections of alarm («يا ويلي», "oh no", «لا لا») say how the writer feels, not what is
// wrong: "oh no, she splashed cleaner in her eye" denies nothing, and the words of the cry only
// dilute the sign told after it. The triage reads a message without them: the named cries, and a
// "no" said twice or more («لا لا», "no no no") unless its last one denies what follows ("no no
// bleeding", «لا لا نزيف»: one denial, kept once).
var (
	// interjections are the cries, as word sequences (folded as knowledge.Words reads them).
	interjections = func() [][]string {
		var out [][]string
		for _, c := range []string{"oh no", "oh noo", "ohh no", "oh god", "oh my god", "oh my", "oh dear", "omg",
			"يا ويلي", "ياويلي", "يا ويلاه", "يا ويل حالي", "يا لهوي", "يالهوي", "يا مصيبتي", "يا مصيبه", "يا الهي", "ياالهي", "يا ساتر", "يا ستار",
			"ya waily", "ya weili", "ya wili", "ya lahwi", "ya lahwy", "ya sater", "ya satir"} {
			out = append(out, knowledge.Words(c))
		}
		return out
	}()
	// noWords are the words of "no" that a cry repeats.
	noWords = wordSet(`no nope لا لأ la la2`)
)

// withoutInterjections returns words without their interjections of alarm (see interjections);
// words itself when it has none.
func withoutInterjections(words []string) []string {
	var out []string // made on the first interjection: most messages have none
	for i := 0; i < len(words); {
		n := 0
		for _, c := range interjections {
			if len(c) <= len(words)-i && slices.Equal(words[i:i+len(c)], c) {
				n = max(n, len(c))
			}
		}
		repeated := false // a "no" said again after the cry, or twice on its own
		if n > 0 && noWords[words[i+n-1]] {
			for ; i+n < len(words) && noWords[words[i+n]]; n++ { // "oh no no no"
				repeated = true
			}
		} else if n == 0 && noWords[words[i]] && i+1 < len(words) && noWords[words[i+1]] {
			for n = 2; i+n < len(words) && noWords[words[i+n]]; n++ {
			}
			repeated = true
		}
		if repeated {
			if loc := denied.FindStringIndex(" " + strings.Join(words[i+n-1:min(len(words), i+n+3)], " ") + " "); loc != nil && loc[0] == 0 {
				n-- // «لا لا نزيف», "oh no no bleeding": the last "no" denies the sign after it
			}
		}
		if n == 0 {
			if out != nil {
				out = append(out, words[i])
			}
			i++
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(words)), words[:i]...)
		}
		i += n
	}
	if out == nil {
		return words
	}
	return out
}

// answeredNo is a sign the writer asks of themself and answers («ضيق نفس؟ لا.», "chest pain? no.
// breathing? fine."): a denial told as a checklist. The question runs from the stop before it; the
// answer ends at a stop or the end.
var answeredNo = regexp.MustCompile(`(?i)(?:^|[.!?؟،,;؛\n])([^.!?؟،,;؛\n]{1,40})[?؟]` + answerNo)

// answerNo is answeredNo's answer, after the question mark: a few words and a stop or the end.
const answerNo = `\s*(no|nope|none|nothing|fine|all good|not at all|never|normal|لا|لأ|ابدا|أبدا|ابد|ولا شي|تمام|طبيعي|عادي|ما في|مافي|ماكو|مفيش|لا يوجد|la|la2|mafi|mafeesh|makaynch|tamam|normal)\s*(?:[.!,،;؛\n]|$)`

// answerNoAt is answerNo at the start of a text.
var answerNoAt = regexp.MustCompile(`(?i)^` + answerNo)

// mayAnswerNo says whether answeredNo may match text: a match holds a question mark answered, so a
// text with no question mark that answerNo follows has none. Most questions end on their only
// question mark; the check costs a few bytes where answeredNo's forty-fold repetition ran through
// the whole text.
func mayAnswerNo(text string) bool {
	for i := 0; i < len(text); {
		k := strings.IndexAny(text[i:], "?؟")
		if k < 0 {
			return false
		}
		i += k
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if answerNoAt.MatchString(text[i:]) {
			return true
		}
	}
	return false
}

// okAnswers say all is well whatever was asked; the others deny, and a function denied («يتنفس؟ لا»,
// "is he breathing? no") is the red flag itself.
var okAnswers = map[string]bool{"fine": true, "all good": true, "normal": true, "تمام": true, "طبيعي": true, "عادي": true, "tamam": true}

// function is a question about what the body does (breathing, waking, moving, seeing, a pulse):
// answered no, it reports the sign.
var function = regexp.MustCompile(`(?i)breath|respond|awake|conscious|wak|mov|see|talk|speak|pulse|answer|تنفس|يرد|ترد|يصح|تصح|صاحي|واعي|وعي|يتحرك|تتحرك|يشوف|تشوف|يتكلم|تتكلم|نبض|يفوق|تفوق|nabd|nab9|tnaf|tanaf|yetnaf|yitnaf|tetnaf|sa7i|s7i|wa3i|fay2|yfi2|yrod|trod|shoof|shouf|chouf`)

// withoutAnsweredNo returns text without the signs it asks of itself and denies (answeredNo).
func withoutAnsweredNo(text string) string {
	// A match takes the stop after it, which opens the next («…? no. breathing? fine.»): again
	// until none is left, each pass putting a stop where it took one.
	for range 4 {
		if !mayAnswerNo(text) {
			break // no match: the text stays as it is
		}
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

// laughEmoji are the faces that laugh (not 😅, a nervous one), and those of delight or of playful
// embarrassment (😍, 🙈): a breath taken away or a faint told with them is a figure of speech.
const laughEmoji = "😂🤣😹😆😝😜😍🥰🤩😻🙈🙊"

// maghrebiPresent returns a Maghrebi present («كيقدر», «كتحرقني», «كنشوف») as the verb alone
// (يقدر, تحرقني, نشوف). Only with four letters or more after the ك: «كتف», «كتير», «كنت» are
// words of their own.
func maghrebiPresent(w string) string {
	rest, ok := strings.CutPrefix(w, "ك")
	if !ok || utf8.RuneCountInString(rest) < 4 {
		return w
	}
	switch r, _ := utf8.DecodeRuneInString(rest); r {
	case 'ي', 'ت', 'ن':
		if strings.HasPrefix(rest, "تاب") || strings.HasPrefix(rest, "تير") || strings.HasPrefix(rest, "تف") || strings.HasPrefix(rest, "نت") && !strings.HasPrefix(rest, "نتن") {
			return w // كتابه, كتيره, كتفي, كنتي: not a present
		}
		return rest
	}
	return w
}

// goingDown and downTo make "going down" a sign spreading ("going down my neck", "went down into his
// chest"), not a swelling going away.
var (
	goingDown = wordSet(`going goes gone went coming`)
	downTo    = wordSet(`my his her the into to towards onto`)
)

// cameraFlash is «فلاش», a Gulf cleaner's name and a camera's flash: in a message about photos
// («لمعة بيضاء في صور ابني بالفلاش») it is the camera's, and names no chemical in the eye.
var cameraFlash = map[string]bool{"فلاش": true, "الفلاش": true, "بالفلاش": true, "بفلاش": true, "فالفلاش": true}

// photoWords say a message is about photos.
var photoWords = wordSet(`صور صوره الصور الصوره بالصور بالصوره صورت صورته صورتها صورتي صورنا تصوير التصوير كاميرا الكاميرا بالكاميرا photo photos picture pictures pic pics camera selfie`)
