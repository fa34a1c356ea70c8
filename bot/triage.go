package bot

import (
	"regexp"
	"strings"

	"github.com/faqbot/faqbot/knowledge"
)

// Red flags after a botulinum-toxin injection are the signs of botulism or anaphylaxis: trouble
// breathing, swallowing or speaking, weakness that spreads, double or blurred vision, allergic swelling
// of the face, lips or throat. They are matched before anything else and never wait for the knowledge
// base. Each pattern needs a symptom word together with a sign of trouble, so a wish such as «نفسي اسوي
// بوتوكس» (I'd like to have Botox) is not read as breathlessness. The patterns run over the
// normalised text with words separated by single spaces and a space at either end; \S* before or after a
// stem takes the clitics patients glue on (البلع, ابلع, وحلقي).
var redFlags = compileFlags(map[string][]string{
	// "DIFF" below stands for a word of difficulty or inability, in any person: صعوبة, ما اقدر/يقدر/تقدر,
	// مو قادر, عاجز…
	"breathing": {
		// Arabic: a difficulty word, up to three words, then a breathing word.
		`(ضيق|مشكل|ثقل|كتم|DIFF)\S*( \S+){0,3} \S*(تنفس|اتنفس|يتنفس|نتنفس)`,
		` ضيق (في |ب)?(ال)?(نفس|النفس) `,
		`ضيق\S* (في |ب)?(ال)?صدر|صدري (\S+ )?(ضيق|مكتوم|يضيق|ضايق)|(chest|throat) (feels |is )?(tight|heavy)|tight chest`,
		`(صعوب|ضيق|ما اقدر|ماقدر|مو قادر|ما قدرت)\S* (في |ب)?(ال)?(نفس|النفس) `,
		` (نفسي|النفس|تنفسي|التنفس) (\S+ )?(ضيق|ضايق|مكتوم|مقطوع|يضيق|ينقطع|يتقطع|ثقيل|قصير|صعب|متقطع)`,
		` (ال)?تنفس (\S+ ){0,2}(صعب|ثقيل|مو طبيعي|ضيق)`,
		` (انقطع|ينقطع|مقطوع|يضيق|ضاق|ضايق) (\S+ )?نفسي `,
		`ما (اقدر|قادر|قدرت|اعرف) (اخذ|اسحب|اخذت) (\S+ )?نفس`,
		`(اختنق|اختناق|انخنق|مخنوق|يخنقني|خنقه|كتمه|اكتم|لهثان|الهث)`,
		`(can t|cant|cannot|can not|couldn t|unable to|hard to|difficult|difficulty|trouble|struggl|problem|labou?red|hard time|barely|hardly)\S*( \S+){0,3} breath`,
		`breathing (is |feels |got |has become )?(so |very |really )?(difficult|hard|labou?red|heavy|shallow)|short(ness)? of breath|breathless|out of breath|chok|wheez|gasping|suffocat`,
	},
	"swallowing": {
		`(DIFF|مشكل|الم|ما اعرف|ما يعرف|ما تعرف|اعاني|يعاني|تعاني|ثقل)\S*( \S+){0,3} \S*(بلع|بتلع|بتلاع)`,
		`(غصه|اغص|يغص|شرقان|اشرق) `,
		` (ال)?(بلع|ابتلاع) (\S+ ){0,2}(صعب|ثقيل|مو طبيعي|يوجع|مولم)`,
		`(can t|cant|cannot|can not|unable to|hard to|difficult|difficulty|trouble|struggl|problem|pain|barely|hardly)\S*( \S+){0,3} swallow`,
		`dysphagia`,
	},
	"speaking": {
		`(DIFF|ثقل|ثقيل|تلعثم|متلعثم)\S*( \S+){0,3} \S*(كلام|اتكلم|تكلم|يتكلم|نطق|انطق|ينطق|احكي|يحكي|تحكي|اهرج|يهرج|تهرج|تحدث)`,
		` (كلامي|لساني|صوتي|نطقي) (\S+ )?(ثقيل|ثقل|متلخبط|تلخبط|مو واضح|غير واضح|مب واضح|راح|متغير|تغير|يتقطع)`,
		`ثقل (في |ب)?(ال)?(لسان|كلام|نطق)`,
		` (ال)?(كلام|نطق) (\S+ ){0,2}(صعب|ثقيل|مو طبيعي)`,
		`slurr|(can t|cant|cannot|can not|unable to|hard|difficult|difficulty|trouble|struggl|barely|hardly)\S*( \S+){0,3} (speak|talk)`,
	},
	"weakness": {
		`ضعف (عام|شديد|كامل|متزايد|ينتشر|منتشر|في كل|في جسمي|بجسمي|في الجسم|بالجسم|في اطرافي|في الاطراف|في يدي|في يديني|في رجلي|في رجولي|في ذراعي)`,
		`ضعف( \S+){0,3} (ينتشر|منتشر|انتشر|يزيد|زاد|يمتد|امتد)`,
		`ضعف( \S+){0,3} (جسمي|الجسم|اطرافي|الاطراف|كله|كلها)`,
		`ضعف (في |ب)?(ال)?(ذراع|ساق|اطراف|يدين|رجلين|ايدي|رجول)\S*|(losing|lost|no) (my )?strength`,
		` (جسمي|اطرافي|يديني|يدي|رجولي|رجلي|ذراعي) (كله |كلها )?(ضعيف|ضعيفه|مرتخي|مرتخيه|ثقيل|ثقيله|ما يتحرك|ما تتحرك|ما تشيلني)`,
		`(ارتخا|خمول|هبوط) (عام|في كل|في جسمي|بجسمي)`,
		`(ما|مو|مب|مش|ماني|ماهو|ماهي) ?(اقدر|يقدر|تقدر|قادر|قادره|قدرت|قدر) (احرك|ارفع|امشي|اوقف|اقوم|اتحرك|يحرك|يرفع|يمشي|يوقف|يقوم|يتحرك|تحرك|ترفع|تمشي|توقف|تقوم|تتحرك)|(انشل|انشليت|انشلت|مشلول|مشلوله|شلل (في |ب)?\S*(جسم|اطراف|يد|رجل|وجه))`,
		`weakness( \S+){0,3} (all over|spread|whole body|body|arms|legs|limbs)|(general|generali[sz]ed|spreading|whole body|all over) (muscle )?weak|(arms|legs|body|limbs) (feel |are |is )?(so |very )?weak|weak( \S+){0,2} (all over|everywhere)|can t (move|lift|walk|stand)|paraly`,
	},
	"vision": {
		`(زغلل|زغلله|تزغلل|غباش|غبش|ضباب)`,
		` (ال|و|ب|ف)?(روي|نظر|عيون|عين|اشوف|يشوف|تشوف|نشوف|شوف)\S*( \S+){0,2} \S*(مزدوج|دبل|مشوش|مغبش|ضبابي|غير واضح|مو واضح|مب واضح)`,
		`ازدواج (في |ب)?(ال)?(روي|نظر)|ازدواجيه`,
		`عدم وضوح (ال)?(روي|نظر)|تشوش\S*( \S+){0,2} (ال)?(روي|نظر)|(روي|نظر)\S* (مشوش|مزدوج|ضبابي)`,
		`(looks?|is|are|gone|went|got) (\S+ )?blurr|see(ing)? (\S+ )?two of|see(ing)? everything twice`,
		` (اشوف|يشوف|تشوف|صرت اشوف|شايف|شايفه)( \S+){0,3} (اثنين|ثنتين|مزدوج|دبل)`,
		` (ما|مو|مب|مش|صرت ما) ?(اشوف|يشوف|تشوف|اقدر اشوف|شايف|شايفه) (زين|عدل|كويس|واضح|زي اول)`,
		`(double|blurr\S*|fuzzy) (\S+ )?vision|seeing (things )?double|vision( \S+){0,2} (blurr|double|fuzzy)|see double`,
	},
	"allergy": {
		`(تورم|انتفاخ|ورم|منتفخ|متورم|وارم|انتفخ|تنفخ|ينتفخ|نفخ|منفوخ)\S*( \S+){0,3} \S*(وجه|شفايف|شفتي|شفاه|شفه|حلق|لسان|رقبه|زور|عيون|عين|جفون|جفن)`,
		` \S*(وجه|وجهي|شفايفي|شفايف|شفتي|شفاهي|حلقي|حلق|لساني|لسان|زوري|عيوني|جفوني)( \S+){0,3} \S*(منتفخ|متورم|وارم|تورم|انتفخ|انتفاخ|منفوخ|ورم)`,
		`حساسيه (شديده|قويه|خطيره|مفاجيه)|صدمه تحسسيه|(رد فعل|ردة فعل|تفاعل) (\S+ )?تحسسي|anaphyla|(allergic|allergy) (reaction|shock)|hives|throat( \S+){0,4} (clos|tight|swell)`,
		`(swell|swollen|puff)\S*( \S+){0,3} (face|lip|lips|throat|tongue|eye|eyes|eyelid|eyelids)|(face|lip|lips|throat|tongue)( \S+){0,2} (swell|swollen|puff)`,
		`(طفح|حكه|شري|حبوب حمرا)( \S+){0,4} \S*(تورم|انتفاخ|منتفخ|ضيق)`,
		`(طفح|حبوب|شري|حكه)( \S+){0,3} (كل|كامل) (جسمي|الجسم|جسمه|جسمها)|(hives|rash) (all over|everywhere)`,
		` (حلقي|زوري|حلقه|حلقها) (\S+ )?(يسكر|يتسكر|مسكر|يضيق|ضاق|ينغلق|ينقفل|مقفل|قاعد يضيق|يقفل|بيقفل|بيتقفل|بيضيق|بيسكر)`,
	},
})

// flagNeedles are substrings without which no pattern of a red flag can match: a cheap test that
// spares almost every message the backtracking of the patterns (they were a third of answer time).
var flagNeedles = map[string][]string{
	"breathing":  {"ختنق", "خناق", "صدر", "chest", "tight", "نفس", "تنفس", "خنق", "خنوق", "كتم", "لهث", "breath", "chok", "wheez", "gasp", "suffocat"},
	"swallowing": {"بتلاع", "بتلع", "بلع", "غص", "شرق", "swallow", "dysphagia"},
	"speaking":   {"تحدث", "ثقل", "كلام", "تكلم", "نطق", "احكي", "اهرج", "لسان", "صوت", "slurr", "speak", "talk"},
	"weakness":   {"strength", "اتحرك", "يتحرك", "تتحرك", "ضعف", "ضعيف", "مرتخي", "ثقيل", "ما يتحرك", "ما تتحرك", "ما تشيلني", "ارتخا", "خمول", "هبوط", "احرك", "ارفع", "امشي", "اوقف", "اقوم", "يحرك", "يرفع", "يمشي", "يوقف", "يقوم", "تحرك", "ترفع", "تمشي", "توقف", "تقوم", "شلل", "انشل", "مشلول", "weak", "move", "lift", "walk", "stand", "paraly"},
	"vision":     {"شايف", "تشوش", "وضوح", "blurr", "two of", "twice", "زغلل", "غبش", "غباش", "ضباب", "روي", "نظر", "عين", "عيون", "اشوف", "شوف", "ازدواج", "vision", "double"},
	"allergy":    {"وارم", "حلق", "زور", "rash", "ورم", "نفخ", "نتفخ", "نتفا", "نفوخ", "حساسي", "تحسس", "anaphyla", "allerg", "hives", "throat", "swell", "swollen", "puff", "طفح", "حكه", "شري", "حبوب"},
}

type redFlag struct {
	name    string
	needles []literal
	res     []*regexp.Regexp
}

// difficulty is what DIFF stands for in the patterns.
const difficulty = `صعوب|صعب|عاجز|(ما|مو|مب|مش) ?(اعرف|عارف|عارفه|يعرف|تعرف)|(لا|ما) ?(استطيع|يستطيع|تستطيع|نستطيع|يمكنني|اتمكن|يتمكن)|عدم (ال)?(قدره|استطاعه|تمكن)|(ما|مو|مب|مش|ماني|ماهو|ماهي|ما صرت|صرت ما) ?(اقدر|يقدر|تقدر|نقدر|قادر|قادره|قادرين|قدرت|قدر|قاعد|قاعده)`

func compileFlags(m map[string][]string) []redFlag {
	var out []redFlag
	for _, name := range []string{"breathing", "swallowing", "speaking", "weakness", "vision", "allergy"} {
		f := redFlag{name: name}
		for _, n := range flagNeedles[name] {
			f.needles = append(f.needles, newLiteral(foldPattern(n)))
		}
		for _, p := range m[name] {
			f.res = append(f.res, regexp.MustCompile(foldPattern(strings.ReplaceAll(p, "DIFF", difficulty))))
		}
		out = append(out, f)
	}
	return out
}

func (f *redFlag) match(t *padText) bool {
	if !anyIn(f.needles, t) {
		return false
	}
	for _, re := range f.res {
		if re.MatchString(t.s) {
			return true
		}
	}
	return false
}

// foldPattern normalises the Arabic letters of a pattern the way knowledge.Normalize folds text,
// so patterns can be written in ordinary spelling; regexp syntax is ASCII and left alone.
func foldPattern(p string) string {
	var b strings.Builder
	for _, r := range p {
		if r < 0x80 {
			b.WriteRune(r)
			continue
		}
		b.WriteString(knowledge.Normalize(string(r)))
	}
	return b.String()
}

// padded returns the message as normalised words between single spaces, with a space at both ends,
// the form the triage and intent patterns match.
func padded(words []string) padText {
	return newPadText(" " + strings.Join(words, " ") + " ")
}

// A general question about a risk («هل البوتوكس يسبب صعوبة في البلع؟», "can botox cause double
// vision?") names a red flag without having it. It is not triaged when nothing in the message says
// someone has the symptom now: no first person, no relative, no time. Anything personal wins, so
// «هل البوتوكس يسبب هذا؟ ما اقدر ابلع» is still an emergency.
var (
	riskQuestion = regexp.MustCompile(foldPattern(
		` (يسبب|تسبب|يأدي|يودي|من اعراض|من الاعراض|من الاثار|نادر|احتمال|خطر|خطوره|مخاطر)\S* |^ (هل|ممكن|وش|ايش|ما|اش) (\S+ ){0,3}(يسوي|يأثر|يوثر|طبيعي)|^ (can|does|could|will|is|are|how|what|why) (\S+ ){0,3}(cause|lead to|side effect|risk|rare|common|likely|chance|possible|make|makes|give|gives)`))
	personal = regexp.MustCompile(foldPattern(
		` (لي|فيني|معي|عندي|عندها|عنده|صار|صارت|صرت|صاير|احس|احس ب|حاس|حاسه|الحين|قاعد|قاعده|اقدر|ما اقدر|اتنفس|ابلع|اتكلم|اشوف|جسمي|وجهي|حلقي|لساني|شفايفي|عيوني|نظري|صدري|ابوي|امي|زوجي|زوجتي|ولدي|بنتي|اختي|اخوي|امس|اليوم|بعد ما|من بعد|i|i m|im|me|my|he|she|since|now|today|yesterday|after my) `))
)

// riskPre, personalPre and deniedPre are the prefilters of riskQuestion, personal and denied (prefilter.go).
var riskPre, personalPre, deniedPre = newPrefilter(riskQuestion), newPrefilter(personal), newPrefilter(denied)

// denied is a symptom said to be absent («ما عندي اي ضيق تنفس», "no trouble breathing"): a
// denial right before a word of trouble, with the two words after it. A denial followed by
// anything else («no, I can't breathe») is left alone.
var denied = regexp.MustCompile(foldPattern(
	` (ما عندي|ماعندي|ما عنده|ماعنده|ما عندها|ماعندها|ما احس ب|ما حسيت ب|no|without|never had|don t have|do not have|doesn t have|haven t had|not having) (اي |any |ولا )?(ال)?(ضيق|صعوب|مشكل|مشاكل|problem|problems|trouble|difficulty|issue|issues)\S*( \S+){0,2}`))

// findRedFlag returns the name of the first red flag the message shows, or "".
func findRedFlag(t padText) string {
	flag, _ := triage(t)
	return flag
}

// triage returns the name of the first red flag the message shows, or "", and whether it is
// instead a general question about such a risk («هل البوتوكس يسبب صعوبة بلع؟»).
func triage(t padText) (flag string, riskAsked bool) {
	if deniedPre.mayMatch(&t) {
		if s := denied.ReplaceAllString(t.s, " "); s != t.s {
			t = newPadText(s)
		}
	}
	general := riskPre.mayMatch(&t) && riskQuestion.MatchString(t.s) && !(personalPre.mayMatch(&t) && personal.MatchString(t.s))
	for i := range redFlags {
		if redFlags[i].match(&t) {
			flag = redFlags[i].name
			break
		}
	}
	if flag == "" {
		flag = symptomOf(&t)
	}
	if general {
		return "", flag != ""
	}
	return flag, false
}
