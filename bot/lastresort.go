package bot

import (
	"regexp"
	"strings"
)

// The phrase patterns, the symptom and the concept rules catch what the batteries taught them;
// each new battery brings alarms told in words none of them reads. lastResort is recall first:
// tried after every other rule, it flags a message that reports (Triage.reports: not denied,
// feared, asked in general, hearsay, past or supposed) a sign of a serious system on its own — a
// fit, someone unconscious, choking, the breath in trouble, the chest in pain, a stroke, self-harm,
// the throat closing, the sight gone, heavy bleeding — or a cry of urgency with any sign.
const (
	// lrTrouble is trouble with something: hard, short, cannot.
	lrTrouble = `صعوب* صعب* ضيق* ضايق* مقطوع* قاطع* !اقدر !يقدر !تقدر !نقدر !قادر* !قادره مخنوق* مكتوم* يختنق* تختنق* كتمه
hard* difficult* difficulty trouble* struggl* short can_t cant cannot couldn_t couldnt unable labored laboured
sa3b* s3b* d2* da2* 9a3b* msh_2ader mish_2ader ma_b2dar ma_2dar
arrive_pas arrive_plus peux_pas peux_plus peut_pas peut_plus difficile* du_mal mab9itch* ma9dertch* ma9edrach* ma9adrach* ma9adrch* manqderch* man9derch* mank9derch*`
	// lrBreath is breathing.
	lrBreath = `نفس نفسي نفسه نفسها نفسو النفس تنفس* يتنفس* اتنفس* تتنفس* نتنفس* breath* breathe* breathing breth* breeth* brith* nafas* tnafos* tanaffos* yetnaffas* yitnaffas* atnaffas* respir* ntnfes* ntnfs* ntneffes* tnfes* tanfes* ytnfes* ttnfes* kantnfes* kaytnfes* kattnfes*`
	// lrUrgent is a cry of urgency (not «بسرعة»: an appointment is asked for quickly too).
	lrUrgent = cCallHelp + ` ` + cSudden + ` help urgent urgently emergency asap انقذوني ضروري_جدا`
	// lrSign is any sign an urgency may come with.
	lrSign = cSerious + ` ` + cNeuro + ` ` + cDizzy + ` ` + cVomit + ` ` + cShaking + ` اختنق* يختنق* تختنق* choking chok* unconscious
صدر* chest الم_شديد وجع_شديد severe_pain`
)

var laughing = regexp.MustCompile(` (ه|هه+|ها(ها)+\S*|هاها\S*|(ha){2,}\S*|h+|(he){2,}|lol|lmao|rofl|xd) `)

var lastResort = []flagRules{
	// A fit told in the present (not «صرع» or "epilepsy": a history asked about far more often).
	{"seizure", []symptomRule{rule(1, cFit+` يتشنج* تتشنج* بيتشنج* بتتشنج* عم_يتشنج عم_تتشنج yetshannaj* titshannaj* bytshannaj* btetshannaj*`)}},
	// Fainted, in Arabic, French and Arabizi; the Gulf's «ghimi 3alaih» with any ending of «عليه».
	{"fainting", []symptomRule{rule(1, `غمي_عليه غمي_عليها غمي_علي انغمي_عليه انغمي_عليها سخفات مسخوفه مسخوف مغشي_عليه مغشي_عليها غشي_عليه غشي_عليها sekhfat s5fat skhfat tsekhfat msekhfa unconscious unresponsive passed_out فاقد_الوعي فاقده_الوعي فقد_الوعي فقدت_الوعي غايب_عن_الوعي غايبه_عن_الوعي مغمي_عليه مغمي_عليها مغمى_عليه مغمى_عليها فاقد_وعيه فاقده_وعيها evanoui* évanoui* perdu_connaissance perdue_connaissance sans_connaissance inconscient* tombe_dans_les_pommes tombee_dans_les_pommes mghmi_3lih mghmi_3liha mghma_3lih mghma_3liha mghami_3lih ghimi_3al* ghumi_3al* ghomi_3al* ghami_3al* ghmi_3al* ghimi_3l* ghumi_3l* 8imi_3al* 8ami_3al* 8umi_3al* 8omi_3al* 8imi_3l* 8ami_3l*`),
		rule(4, cNotWaking, `ابدا خالص ابد مهما at_all anything no_matter whatever plus du_tout`),
		// We cannot wake them, lying there or however we try («ما نقدر نصحيه ابدا»); not «ما نقدر
		// نصحيه بدري» (an early appointment).
		rule(6, `!نصحيه !نصحيها !اصحيه !اصحيها !نفوقه !نفوقها !نفيقه !نفيقها !نصحيه* !نصحيها* !nfi9o* !nfi9h* !nsa7ih* !nsa7iha* !nsa77ih* !nsa77iha* !nsa7eeh* !nfay2o* !nfay2ha* !nfaw2o* !nfaw2ha*`, cDown+` `+cSudden+` `+cCallHelp+` ابدا خالص مهما at_all`)}},
	{"choking", []symptomRule{rule(1, `اختنق اختنقت يختنق تختنق بيختنق بتختنق choking choked chokes ekhtana2* ديختنك دتختنك ديختنق دتختنق يختنك تختنك اختنك اختنكت ykhtene2* b5tene2* bikhtine2* e5tana2* etouff* étouff* touffe* touffes* kankhne9* kankhneq* kan5ne9* mkhnou9* m5nou9* m5no9* mkhno9* tkhne9* tkhneq* t5ne9* ykhne9* y5ne9* نتخنق كنتخنق كيتخنق كتتخنق مخنوق مخنوقه`)}},
	{"breathing", []symptomRule{rule(4, lrBreath, lrTrouble)}},
	// A chest in pain: «ألم» with its suffixes spelled out (cPainWord), not «الم*», which takes any word
	// with the article and a «م» («لعضلات الصدر بعد الخلع المتكرر», exercises after a shoulder that keeps slipping out).
	{"chest pain", []symptomRule{rule(4, `صدر صدري صدره صدرها بصدري بصدره بصدرها chest sadr* sedr* 9adr* sdr* sdar* sder* sdri sdro sdrha poitrine thorax`, `douleur* fait_mal y3awirni* y3awrni* t3awirni* y3awerni* ya3awirni* y3wrni* yo3orni* y3orni* kayderni* katderni* kaydrni* kayderna* kaywja3* katwja3* kaywj3* katwj3* kaywje3* wje3* wj3* kayhrg* kay7r9* kaytqal* m9bot* mqbot* مقبوض* m2bood* m2boud* ma2bood* m2bud* mqbod* m9boud* mzyer* mzayer* tqil* t9il* serre* oppress* lourd*`+` وجع* يوجع* توجع* pain* ache* hurt* killing pressure tight* heavy heaviness squeez* crushing ثقل* ثقيل* ضغط_علي ضغط_على كتمه wja3* waja3* waga3* wag3* alam* bywja3* 2alam* `+cPainWord)}},
	// A heart or an asthma attack told as happening now («جاته نوبة قلبية الحين», "having a heart attack").
	{"chest pain", []symptomRule{rule(5, `heart_attack نوبه_قلبيه جلطه_قلبيه ذبحه* asthma_attack ازمه_ربو نوبه_ربو ازمه_تنفس* crise_cardiaque crise_d_asthme`, cOnset+` `+cNow+` having right_now قويه شديده severe`)}},
	// A stroke told as happening now: the word alone is mostly a history («كان عنده جلطة»).
	{"stroke", []symptomRule{rule(6, `جلطه جلطة سكته_دماغيه فالج stroke jalta* jal6a* falej*`, cOnset+` `+cNow+` right_now having`)}},
	{"self-harm", []symptomRule{rule(1, `انتحر* انتحار* suicid* سويسايد* سوسايد* سويسيد* سوسيد* kill_myself end_my_life hurt_myself اقتل_نفسي اقتل_حالي اذي_نفسي اأذي_نفسي انهي_حياتي ينتحر* تنتحر* entehar* nt7ar* ante7er* unalive* kms هموت_نفسي هقتل_نفسي هموت_روحي هموت_حالي hamoot_nafsi hmoot_nafsi ha2tol_nafsi ha2tel_nafsi i_wanna_die just_wanna_die just_want_to_die sleep_and_never_wake_up sleep_and_not_wake_up never_wake_up_again better_off_without_me done_with_living tired_of_living plan_to_end_it plan_to_kill_myself kill_me kill_meself suicider me_suicider me_tuer veux_mourir envie_de_mourir en_finir ending_it_tonight end_it_tonight ending_it_all end_it_all ending_it_now end_it_now ending_my_life nenta7er* ntnta7er* nt7er* nentaher* nqtel_rasi n9tel_rasi nqtl_rasi n9tl_rasi نقتل_راسي نقتل_روحي ننتحر* كنفكر_ننتحر نموت_راسي`)}},
	{"anaphylaxis", []symptomRule{rule(1, `anaphyla* anaphyla* choc_anaphylactique تحسس_شديد صدمه_تحسسيه`), rule(4, `حلق* حلقي زور* زوري حنجر* throat larynx 7anjar* 7enjer* 7al2* zor* zawr* 7al9* 7alg* 7al8* hal9* 7l9* 7lg* gorge زوري زورو حلقو`, `tsed* ysed* tsad* tsdat* tsadd* msdod* msdoud* msdud* msdoda* msakkar* tsakar* ytsakar* tetsakkar* kaytsed* katsed* kaytzeyer* katzeyer* kaytzyer* se_ferme ferme* يتزير* كيتزير* كيتسد* كتتسد* تسد* تتسد* يتسد* سد_علي سدات* تسدات* `+`يسكر* يتسكر* بيسكر* تسكر* يقفل* تقفل* ينغلق* تنغلق* مسكر* مقفول* مسدود* ينسد* انسد* يضيق* تضيق* closing closed tight* swelling swollen يتورم* متورم* وارم* m2fool* msakker*`)}},
	{"vision", []symptomRule{rule(6, cVision+` `+cEye+` ما_اشوف ما_اشوفش مش_شايف ما_شايف can_t_see cannot_see`, cGone+` blind* عمي*`)}},
	{"bleeding", []symptomRule{rule(4, cBlood, `كثير* كتير* غزير* بغزاره بقوه جامد جامده gamed gamda heavy* heavily lots a_lot profuse* won_t_stop wont_stop !bey2af* !bye2af* !bte2af* !bet2af* !bey2of* !bi2of !byo2of !bto2of !bi2af !yo2of !yu2af !y7bes* !t7bes* !i7bes* !iw9ef* !yw9ef* !tw9ef* !يحبس !تحبس !يوقفش !بيوقفش !توقفش !بتوقفش beaucoup bzaf bezzaf bzzaf ما_يوقف ما_وقف مابيوقف ما_بيوقف ktir* kteer* kthir* بدون_توقف بلا_توقف من_غير_توقف دون_توقف باستمرار nonstop non_stop continuously constantly`)}},
	{"urgent", []symptomRule{rule(10, lrUrgent, lrSign)}},
}

// lastResortFlag returns the name of the last-resort red flag a message that reports a sign shows, or "".
// A laugh makes it a figure of speech («ما قدرت اتنفس ههه», normalised to «ه»).
func (tr *Triage) lastResortFlag(orig, t padText) string {
	lt := t
	if strings.Contains(t.s, " نفس ال") {
		// «نفس» before a noun with the article is "the same" («في نفس اليوم؟ صعب عليها تيجي مرتين»),
		// not the breath lrBreath reads: a «صعب» near it is of the visit. The breath told so («ضيق
		// نفس الطفل») is the symptom rules', read before.
		lt = newPadText(strings.ReplaceAll(t.s, " نفس ال", " ذات ال"))
	}
	if strings.Contains(lt.s, " بنفس") {
		// «بنفسي», «بنفسه» is "by myself", "by himself" («ما اقدر اسوق بنفسي؟»: I can't drive myself),
		// not the breath: a «ما اقدر» before it is of the driving.
		lt = newPadText(byOneself.ReplaceAllString(lt.s, " بذات$1 "))
	}
	f := symptomIn(lastResort, &lt)
	if f == "" && t.scripts()&arabizi != 0 {
		for _, sk := range skeletonTexts(&t) { // "anta7ir" as "ante7er": Arabizi vowels come and go
			if f = symptomIn(skeletonLastResort, &sk); f != "" {
				break
			}
		}
	}
	if f == "urgent" {
		// "help" asked of a treatment ("exercises to help with my back pain", "can the injections
		// help my twitching?") is no cry for help: the urgency must come from another word.
		if u := withoutTreatmentHelp(helpWith.ReplaceAllString(t.s, " ")); u != t.s {
			ut := newPadText(u)
			f = symptomIn(lastResort, &ut)
		}
	}
	if f == "" || laughing.MatchString(t.s) || !tr.reportsOf(f, orig) {
		return ""
	}
	if f == "vision" && longStandingPre.mayMatch(&t) && longStanding.MatchString(t.s) && !sudden.MatchString(t.s) {
		// Sight that went over months or years («من سنه… والحين صار ما يقدر يقرا»), not told as sudden:
		// a question for the pages, as a blur or double sight told so is.
		return ""
	}
	return f
}

// byOneself is «بنفسي» and its persons: "by oneself".
var byOneself = regexp.MustCompile(foldPattern(` بنفس(ي|ه|ها|ك|و|نا|هم|كم|ى)? `))

// helpWith is "help" asked of what something does ("to help with", "helps", "helpful"), not a cry
// for help.
var helpWith = regexp.MustCompile(` (to help|help (me |us |him |her |you |them )?(with|improve|reduce|relieve|ease|manage|strengthen|prevent)|helps|helpful|helping (with|to)) `)

// treatmentHelp is "help" asked of what a thing may do ("can <treatment> help…?", "would the exercises
// help"): no cry for help unless it is asked of someone (helpers).
var treatmentHelp = regexp.MustCompile(` (can|could|does|do|will|would|might) (the |a |an |these |those )?(\S+) (really |actually |also )?help `)

// helpers are who a cry for help asks it of ("can you help", "can someone help").
var helpers = wordSet(`you u ya someone somebody anyone anybody one we i he she they doctor doc dr nurse staff people everyone`)

// withoutTreatmentHelp returns s (padded) without the help asked of a thing (treatmentHelp).
func withoutTreatmentHelp(s string) string {
	if !strings.Contains(s, " help ") {
		return s
	}
	return treatmentHelp.ReplaceAllStringFunc(s, func(m string) string {
		if helpers[treatmentHelp.FindStringSubmatch(m)[3]] {
			return m
		}
		return " "
	})
}

// sudden tells a sign as come all at once.
var sudden = regexp.MustCompile(foldPattern(` (فجاه|وفجاه|فجا|فجاءه|فجأه|بلحظه|suddenly|all of a sudden|sudden|overnight) `))

// skeletonLastResort are the last-resort rules as skeletons (skeleton.go).
var skeletonLastResort = func() []flagRules {
	var out []flagRules
	for _, f := range lastResort {
		out = append(out, flagRules{name: f.name, rules: skeletonRules(f.rules)})
	}
	return out
}()
