package bot

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/faqbot/faqbot/knowledge"
)

// smalltalkKind is what sort of pleasantry a message is.
type smalltalkKind int

const (
	notSmalltalk smalltalkKind = iota
	greeting
	ack // «اوكي تمام», "got it": the patient has what they asked
	thanks
	goodbye
)

// weight orders kinds found in one message: thanks or goodbye outweigh an acknowledgement, which
// outweighs a greeting ("hi, thanks!", «تمام شكرا»).
func (k smalltalkKind) weight() int {
	switch k {
	case greeting:
		return 1
	case ack:
		return 2
	case thanks, goodbye:
		return 3
	}
	return 0
}

// Pleasantries, as normalised word sequences. A message is smalltalk only when nothing else is left
// once these (and filler words) are taken out: «السلام عليكم، كم يدوم العلاج؟» is a question.
var pleasantries = func() map[smalltalkKind][][]string {
	src := map[smalltalkKind]string{
		greeting: `السلام عليكم|سلام عليكم|السلام|سلام|وعليكم السلام|مرحبا|مرحبتين|مرحباً|اهلا|اهلين|هلا|هلا والله|هلو|هاي|
			صباح الخير|صباح النور|صباح الورد|صباح الفل|مساء الخير|مساء النور|مساء الورد|مساء الفل|كيف الحال|كيف حالك|كيف حالكم|كيفك|كيفكم|شلونك|شلونكم|شخبارك|شخباركم|علومك|علومكم|ورحمه الله|وبركاته|
			saba7 el 5eer|saba7 el kheir|sabah el kheir|sabah el khair|masa2 el 5eer|masa el 5eer|masa2 el kheir|masa el kheir|masa el khair|sabah el 5eer|
			hi|hello|hey|hiya|good morning|good afternoon|good evening|how are you|how are you doing|how r u|greetings|salam|assalamu alaikum|salam alaikum|marhaba|marhaba ya|ahlan|ahlain|hala|
			salam 3alaykum|salam 3aleikum|salam 3alaikum|salam 3alaykom|assalamu 3alaykum|el salam 3alaykom|essalam 3alaykom|keefkom|kifkom|kifkon|keefkon|kifak|keefak|kifik|keefik|kif el 7al|keef el 7al|shlonak|shlonech|shlonkom|ezayak|ezayek|ezayko|izzayak`,
		thanks: `شكرا|شكراً|شكرن|مشكور|مشكوره|مشكورين|مشكورات|يعطيك العافيه|الله يعطيك العافيه|يعطيك الف عافيه|يعطيكم العافيه|الله يعطيكم العافيه|يعطيكن العافيه|يعطيكي العافيه|الله يعطيكي العافيه|يعطيكي الف عافيه|عوافي|
			جزاك الله خير|جزاك الله خيرا|جزاكم الله خير|جزاكم الله خيرا|الله يجزاك خير|الله يجزاكم خير|الله يجزيك الخير|بارك الله فيك|بارك الله فيكم|كثر الله خيرك|كثر خيرك|
			يعطيكي العافيه|يعطيكي الف عافيه|يعطيكو العافيه|ربنا يكرمك|ربنا يكرمكم|الله يكرمك|الله يكرمكم|ربنا يخليكم|الله يخليكم|
			تسلم|تسلمي|تسلمين|تسلمون|تسلموا|يسلمو|يسلموا|يسلمك|يسلم|تسلم ايدك|تسلم ايديك|تسلمي ايدك|يسلمو ايديك|يسلم تمك|
			ما قصرت|ماقصرت|ما قصرتي|ماقصرتي|ما قصرتوا|ماقصرتوا|ما قصرتو|ماقصرتو|ما قصرتم|الله يسعدك|الله يسعدكم|يسعدك|الله يخليك|الله يخليكي|الله يخليكم|ربنا يخليك|ربنا يخليكي|ربنا يخليكم|الله يحفظك|الله يوفقك|الله يوفقكم|الله يكرمك|ربنا يكرمك|الله يكرمكم|ربنا يكرمكم|
			متشكر|متشكره|متشكرين|اشكرك|اشكركم|نشكرك|نشكركم|مرسي|ميرسي|ما تقصر|ماتقصر|ما تقصرين|عساك على القوه|الله يعافيك|بيض الله وجهك|الله يبيض وجهك|
			ممنون|ممنونه|ممنونين|الف شكر|ألف شكر|شكرا لك|شكرا لكم|شكرا الك|كفو|ممتاز|رائع|حلو|جميل|ابدعت|
			god bless you|god bless|thanks|thank you|thank u|thanx|thnx|thnks|tnx|thx|ty|tysm|thanks a lot|many thanks|cheers|much appreciated|appreciate it|i appreciate it|great|perfect|awesome|amazing|helpful|very helpful|that helps|that helped|got it|ok thanks|
			shukran|shokran|shukram|choukran|merci|mersi|tislam|teslam|yislamo|ya3tik el 3afye|ya3tik al3afia|mashkoor|mashkoora|mashkur|mamnoon|mashkoorin|mashkourin|mashkurin|mashkoureen|
			شكراا|شكرااا|شكرن|يزاك الله خير|يزاكم الله خير|الله يزاك خير|يعطيكم الف عافيه|يعطيك الف الف عافيه|ممنونك|ممنونتك|مشكورين والله|
			شكرا على المعلومات|شكرا عالمعلومات|شكرا على الرد|شكرا عالرد|شكرا على المساعده|تسلم على الرد|
			merci beaucoup|thanks doc|thanks doctor|thank you doctor|thanks so much|thank you very much|thanks a million|much obliged|
			ma 8asart|ma 8asarti|ma 8assart|ma 2asart|ma 2assart|ma qasart|ma gasart|ma g9art|ma g9arti|ma 9asart|yslmo|yslamo|yeslamo|yislamu|yeslamu|teslamo|tislamo|
			ya3teek el 3afia|ya3teek al3afia|ya3tik el 3afia|ya3teek el 3afye|jazak allah khair|jazak allah 5air|jazakallah khair|alla y3tik el 3afia|
			تشكرات|تشكراتي|بارك الله فيكم|تسلملي|تسلميلي|تسلملي ايدك|تسلم لي|تسلمي لي|يسلملي|يسلملي ايدك|tslam|tsalam|teslamli|tislamli|ya3teekom el 3afye|ya3tikom el 3afye|ya3teekom el 3afia|ya3tikon el 3afye|ya3tikom al3afia|
			mashkooreen|mashkoureen|ma 8asartoo|ma 8asarto|ma 8asartu|ma 2asartu|ma 2asarto|ma 2assarto|ma qasartu|ma gasarto|ma g9arto|
			no thanks|no thank you|لا شكرا|بس كذا شكرا|هذا كل شي شكرا|that's all|that's all thanks|thats all|thats all thanks|that's it thanks|thats it thanks`,
		ack: `تمام|اوكي|اوك|اوكيه|اوكاي|طيب|حسنا|ماشي|زين|اها|اهاا|ايوه|فهمت|فهمت عليك|فهمتك|واضح|وصلت|وصلت الفكره|وصلت المعلومه|خلاص|
			ok|okay|okey|k|kk|got it|understood|noted|i see|sounds good|alright|all right|cool|fine|clear|makes sense|that makes sense|
			tamam|mashi|fhemt|
			on my way|on our way|heading to the er|heading to the hospital|going to the er|going to the hospital|we're heading to the er|we're going to the er|
			on my way|on our way|we're on our way|we are on our way|i'm on my way|im on my way|we're going now|بالطريق|في الطريق|جايين|رايحين|طالعين الحين`,
		goodbye: `مع السلامه|مع السلامة|مع السلامه عليكم|في امان الله|بامان الله|الله معك|الله معاك|الله معكم|باي|باي باي|يلا باي|يلا سلام|الى اللقاء|سلامتك|نشوفك|نشوفكم|تصبحون على خير|تصبح على خير|تصبحي على خير|وداعا|
			bye|byee|goodbye|good bye|see you|see ya|cya|later|take care|bye bye|have a nice day|have a good day|good night|ma3a salama|ma3a el salama|ma3 salama|ma3 el salama|bye bye|yalla bye|ma3 el salameh|
			have a good one|have a great day|have a nice one|يومكم سعيد|يومك سعيد|يوم سعيد|نهارك سعيد|نهاركم سعيد|مساء سعيد|ليله سعيده|بشوفكم|بشوفك|منشوفكم|منشوفك|اشوفكم|اشوفك|
			تحياتي|تحياتي لكم|ta7eyati|ta7iyati`,
	}
	out := map[smalltalkKind][][]string{}
	seen := map[string]bool{}
	add := func(k smalltalkKind, p string) {
		w := knowledge.Words(strings.TrimSpace(p))
		if key := fmt.Sprint(k, w); len(w) > 0 && !seen[key] {
			seen[key] = true
			out[k] = append(out[k], w)
		}
	}
	for k, s := range src {
		for _, p := range strings.Split(s, "|") {
			add(k, p)
		}
	}
	for k, tpls := range pleasantryFamilies {
		for _, tpl := range tpls {
			for _, p := range expandForms(tpl) {
				add(k, p)
			}
		}
	}
	return out
}()

// pleasantryFamilies write whole families of a pleasantry at once, in every person and dialect
// («تسلم», «تسلمي», «تسلمولي», «يسلمو ايديكن»): a patient's form is seldom the one a list happened to
// name. A template's {a,b,} offers alternatives (an empty one: the part may be left out); expandForms
// writes every combination. Arabizi needs no family of its own: a Latin word is also read as its
// Arabic spellings (smalltalkIn).
var pleasantryFamilies = func() map[smalltalkKind][]string {
	// you: the object suffixes of «you» (m, f, plural, Gulf ج, Levantine كن/كو); hands: «your hand(s)».
	const you = `{ك,كي,كم,كن,كو,ج,ش}`
	const hands = `{ايد,ايدي,ايدين,يد,يدي,ايدين}{ك,كي,كم,كن,كو,ج,يك,يكي,يكم,يكن,يكو,يج,اك}`
	const god = `{الله,ربنا,ربي,الله عز وجل,}`
	return map[smalltalkKind][]string{
		greeting: {
			`{ال,}سلام {عليكم,عليكو,عليك,عليكي,عليكن,عليكما} {ورحمه الله,ورحمه الله وبركاته,}`,
			`{و,}عليكم السلام {ورحمه الله,ورحمه الله وبركاته,}`, `سلامو عليكو`, `سلام عليكو`,
			`{مرحبا,مرحبتين,مراحب,اهلا,اهلين,اهلا وسهلا,هلا,هلا والله,هلا وغلا,يا هلا,هلاو,هلو,حيا الله,حياك الله,حياكم الله,حيا} {بك,بيك,بكم,فيك,فيكم,ب` + you + `,}`,
			`{صباح,مساء,مسا} {الخير,النور,الورد,الفل,الياسمين,العسل,السعاده,الانوار,الخيرات}`,
			`{صبحك,صبحكم,مساك,مساكم} الله {بالخير,بالنور,بالخيرات}`, `{اسعد,سعد} الله {صباحك,صباحكم,مساك,مساكم,اوقاتك,اوقاتكم}`,
			`{كيف,شلون,شخبار,اخبار,وشلون,كيف حال,شو اخبار,ايش اخبار,وش اخبار,اشنو اخبار}{ك,كي,كم,كن,كو,ج} {اليوم,الحين,هاليوم,}`, `{كيف,شو,ايش,وش,ايه} {الحال,الاحوال,الاخبار,الصحه}`,
			`{كيف,شلون,شو,ايش,وش} {حال,اخبار,صحت,احوال}` + you, `{اخبار,احوال}` + you + ` {ايه,ايش,شو,وش,}`,
			`{كيفك,كيفكم,شلونك,شلونكم,شلونج,كيف حالك,كيف حالكم,ازيك,ازيكم,ازيكو} {انت,انتي,انتم,انتو,}`,
			`{ازي,ازاي} {ك,كم,كو,كي}`, `ازيك`, `ازيكم`, `{عامل,عامله,عاملين} {ايه,اي,ايش}`, `شكو ماكو`, `شكو`,
			`{كيف,كي,واش} {داير,دايره,دايرين,راك,راكي,راكم}`, `لاباس {عليك,عليكم,عليكي,}`, `{واش,وش} {راك,راكي,راكم} {لاباس,}`,
			`{تحيه,تحيات} {طيبه,طيبه وبعد,}`, `تحياتي`, `طاب {يومك,يومكم,مساؤك,مساؤكم,صباحك,صباحكم}`,
			`{hi,hello,hey,hiya,heya,howdy,yo} {there,all,everyone,guys,doc,doctor,}`,
			`good {morning,afternoon,evening,day}`, `morning`, `evening`,
			`how {are,r} {you,u,ya} {doing,today,all,}`, `how {is,s} it going`, `hows it going`, `how's everyone`,
			`{what's,whats,wats,sup} {up,}`, `hope {you're,youre,you are} {well,doing well,good,ok}`,
			`hope {you're,youre,you are,u r,ur} having a {good,great,nice,lovely} {day,morning,evening,one,week}`, `hope {your,ur} day {is,s} going {well,good,great}`,
		},
		thanks: {
			`{شكرا,شكرن,شكر,شكراا} {لك,لكم,لكي,لكن,الك,الكم,الكن,ليك,ليكي,ليكم,ليكو,الكو,}`,
			`{شكرا,شكرن} {جزيلا,كتير,كثير,بزاف,خالص,اوي,مره,وايد,واجد,هوايه,كتيير,}`,
			`{اشكر,نشكر,بشكر,منشكر} ` + you, `{اشكر,نشكر,بشكر,منشكر}` + you, `{كل,جزيل,خالص,الف,مليون} الشكر {لك,لكم,}`,
			`{الف,مليون,مية} شكر`, `شكر الله {لك,لكم,سعيك,سعيكم}`,
			`{متشكر,متشكره,متشكرين,مشكور,مشكوره,مشكورين,مشكورات,ممنون,ممنونه,ممنونين,ممنونك,ممنونتك} {كتير,كثير,جدا,اوي,خالص,مره,وايد,}`,
			`{ت,ي}سلم{,ي,ين,و,وا,ون,لي,يلي,ولي,لنا,ولنا,يلنا,ك,كي,كم,كن,كو,ج,ه,ها,هم}`,
			`{ت,ي}سلم{,ي,ين,و,وا,ون,لي,يلي,ولي} ` + hands, `{سلمت,تسلم,يسلم,عاشت,عاش,عشت} ` + hands,
			`{يسلم,تسلم} {تمك,راسك,راسكم,عمرك,قلبك,دياتك,ايدك}`, `سلمت يمينك`, `{سلمت,سلمتم}`,
			god + ` {يعطي,يعطيه,يعطي}` + you + ` {العافيه,الف عافيه,الف الف عافيه,مليون عافيه,الصحه,العافيه والصحه,العافيه يا رب}`,
			god + ` يعطي` + you + ` {العافيه,الصحه}`, `عوافي`, `{يعطيك,يعطيكم,يعطيكي} {عافيه,العافيه,الصحه}`,
			god + ` {يجزا,يجزي,يجازي,يزا}` + you + ` {خير,الخير,كل خير,بالخير,الجنه,}`,
			`{جزا,يزا}` + you + ` الله {خير,خيرا,الخير,كل خير,الجنه}`, `{جزا,يزا}` + you + ` الله`,
			`{بارك,الله يبارك,ربي يبارك,تبارك الله} {فيك,فيكي,فيكم,فيكن,فيكو,فيج,عليك,عليكم,}`,
			god + ` {يعافي,يسعد,يخلي,يحفظ,يوفق,يكرم,يرضي,يبارك,يخلي,يسلم,يطول عمر,يرحم والدي,يبيض وجه,يجبر خاطر}` + you,
			`{الله,ربي} يرحم {الوالدين,والديك,والديكم,امك,ابوك}`, `{كثر,كتر} {الله,} {خير,خيرك,خيركم,خيرج}`,
			`{الله يبيض,بيض الله} {وجهك,وجهكم,وجهج}`, `{عساك,عساكم,عساج} {على,عال,علي} القوه`,
			`{ما,م} {قصرت,قصرتي,قصرتو,قصرتوا,قصرتم,قصرتن,قصرتون,قصرتي,تقصر,تقصري,تقصرين,تقصرون,تقصروا,قصر,قصروا,قصرو}`,
			`{ماقصرت,ماقصرتي,ماقصرتو,ماقصرتوا,ماقصرتم,ماتقصر,ماتقصرين,ماتقصرون,ماقصرو}`, `{كفو,كفيت ووفيت,ابدعت,ابدعتم,ابدعتي}`,
			`{مرسي,ميرسي,ميرسى} {كتير,كثير,بزاف,خالص,اوي,ليك,لك,}`, `{يعيشك,يعيشكم}`, `{الله,} يعيشك`, `بزاف`,
			`{thanks,thank you,thank u,thanku,thankyou,thx,thnx,thanx,thnks,tnx,tks,ty,tysm,tyvm,ta,cheers,merci} {so much,a lot,a ton,a bunch,very much,loads,heaps,a million,again,so much again,for everything,for your help,for the help,for helping,for the info,for the information,for the answer,for answering,for the reply,doc,doctor,mate,man,guys,}`,
			`{really,very,super,so,most,much,extremely,incredibly,truly,} {helpful,appreciated,useful,kind,informative}`,
			`{much,really,truly,greatly} appreciated`, `{i,we,} {really,truly,} {appreciate,appreciated} {it,that,this,your help,you,}`,
			`{that's,thats,that is,that was,this is,this was,you've been,you have been,you're,youre,you are} {very,really,so,super,} {helpful,useful,great,perfect,amazing,brilliant,kind,the best,a star,a lifesaver,lovely,awesome,wonderful}`,
			`{great,perfect,awesome,amazing,brilliant,lovely,wonderful,fantastic,excellent,nice,good,super,cool,fab,fabulous} {thanks,thank you,thx,cheers,}`,
			`{that,this,it,you,that's,thats,that has,this has,it has,you've,you have} {really,truly,so,very,} {helped,helps,helped a lot,helped a ton,helped me,helped me a lot,helped so much,helps a lot}`,
			`{you,u} {rock,are the best,re the best,the best}`, `{god,allah} bless {you,u,}`, `bless {you,u}`,
		},
		// The patient will take it from here: "ok I'll call, thanks", «تمام بتصل فيكم».
		ack: {
			`{i'll,ill,i will,we'll,well,we will,i'm going to,im going to,gonna} {call,ring,phone,book,come in,come,pop in,drop by,check,try,do,do that,try that,give you a call,give it a try,call you,call them,book online,message you,text you} {then,later,tomorrow,soon,}`,
			`will do`, `{sure,ok,okay} will do`,
			`{سأتصل,ساتصل,بتصل,راح اتصل,رح اتصل,حتصل,هتصل,هكلمكم,بكلمكم,راح اكلمكم,رح احكيكم,بحكيكم,ساتواصل,بتواصل,راح اتواصل,رح اتواصل,باجي,راح اجي,رح اجي,هاجي,بمر عليكم,راح امر} {بكم,عليكم,فيكم,معكم,معاكم,لكم,عندكم,} {بكره,بكرا,بعدين,الحين,اليوم,}`,
		},
		goodbye: {
			`{مع,معا,ما} {ال,}سلامه`, `{بال,ب}سلامه`, `{في,ف,ب,بـ} {امان,حفظ,رعايه} الله`, `{الله,ربنا,ربي} {مع,معا,ويا}{ك,كي,كم,كن,كو,ج,اك,اكي,اكم,}`,
			`{استودع,نستودع,استودعت}` + you + ` الله`, `الى اللقاء`, `{الى,لل} اللقاء`, `{نشوف,اشوف,بشوف,منشوف,راح نشوف}` + you + ` {على خير,بخير,قريب,}`,
			`{تصبح,تصبحي,تصبحين,تصبحون,تصبحوا,تصبحو,وتصبح,تمسي,تمسون,تمسوا} {على,علي,عال,ع} خير`, `{يلا,يالله,يلله} {باي,سلام,مع السلامه,}`,
			`{باي,بايات,باي باي,وداعا,سلام}`, `{تهلا,تهلاي,تهلاو} {في راسك,في روحك,}`, `{الله,} يهنيك`,
			`{bye,bye bye,byee,goodbye,good bye,bye now,buh bye} {for now,then,doc,all,}`,
			`{see,c} {you,ya,u} {soon,later,then,around,tomorrow,next time,}`, `{talk,speak,catch you,ttyl} {soon,later,}`, `later`,
			`take care {of yourself,}`, `have a {good,nice,great,lovely,wonderful} {one,day,evening,night,weekend,week,rest of the day,rest of your day}`,
			`{good,} night`, `gn`, `{all the best,best wishes,be well,stay well,stay safe}`,
		},
	}
}()

// expandForms writes every form a template of pleasantryFamilies stands for.
func expandForms(tpl string) []string {
	i := strings.IndexByte(tpl, '{')
	if i < 0 {
		return []string{tpl}
	}
	j := strings.IndexByte(tpl[i:], '}') + i
	var out []string
	for _, alt := range strings.Split(tpl[i+1:j], ",") {
		out = append(out, expandForms(tpl[:i]+alt+tpl[j+1:])...)
	}
	return out
}

// fillers may stand around a pleasantry without making it a question; normalised as knowledge.Words
// gives them («على» is «علي»).
var fillers = normalised(map[string]bool{"يا": true, "الله": true, "والله": true, "و": true, "جزيلا": true, "كثير": true,
	"واجد": true, "دكتور": true, "دكتوره": true, "very": true, "so": true, "much": true, "a": true, "lot": true,
	"you": true, "too": true, "and": true, "there": true, "all": true, "الجميع": true, "حبيبي": true, "اخوي": true,
	"اختي": true, "ok": true, "okay": true, "اوكي": true, "تمام": true, "طيب": true, "خلاص": true, "عليكم": true,
	// Dialect intensifiers, endearments and particles around thanks: «شكرا كتير», «شكرا يا قمر», "tamam shukran".
	"كتير": true, "جدا": true, "مره": true, "مرة": true, "قوي": true, "اوي": true, "خالص": true, "الف": true, "مليون": true,
	"قمر": true, "حبيبتي": true, "عزيزي": true, "عزيزتي": true, "غالي": true, "غاليه": true, "اخي": true, "استاذ": true, "استاذه": true,
	"دكتورة": true, "ام": true, "ابو": true, "الغالي": true, "الغاليه": true, "عمري": true, "ياخي": true,
	// Egyptian «بقى» closing a goodbye («سلام بقى»); Arabizi «3al musa3ada» (for the help) after thanks.
	"بقى": true, "بقا": true, "ba2a": true, "musa3ada": true, "mosa3ada": true, "musa3de": true,
	"هذه": true, "هذي": true, "المفيده": true, "المفيدة": true, "القيمه": true, "القيمة": true, "الحلوه": true, "الحلوة": true,
	"على": true, "المعلومات": true, "المعلومه": true, "الرد": true, "ردك": true, "المساعده": true, "مساعدتك": true, "هذا": true, "كذا": true,
	"اوك": true, "اوكيه": true, "خلص": true, "ماشي": true, "زين": true, "ان": true, "شاء": true, "انشالله": true, "انشاءالله": true,
	"tamam": true, "k": true, "kk": true, "alright": true, "cool": true, "great": true, "nice": true, "again": true,
	"for": true, "the": true, "info": true, "information": true, "help": true, "your": true, "it": true, "that": true, "dear": true, "doctor": true,
	"جماعه": true, "شباب": true, "السريع": true, "سريع": true, "يالغلا": true, "الغلا": true, "يالغالي": true, "يالغاليه": true,
	"really": true, "u": true, "jama3a": true, "يلا": true, "لك": true, "لكم": true, "yalla": true, "ktir": true, "kteer": true, "ktiir": true, "wayed": true, "wayid": true, "wajed": true, "jazeelan": true, "habibi": true, "ya": true,
	// Arabizi around thanks: "thanks 3al ma3loomat".
	"3al": true, "3ala": true, "3a": true, "ala": true, "el": true, "ma3loomat": true, "ma3lomat": true, "ma3loumat": true,
	"ma3lumat": true, "now": true,
	// Arabizi openers before thanks: "tayeb shokran", "ok yslmo".
	"tayeb": true, "tayyeb": true, "tayb": true, "6ayeb": true, "6ayb": true, "tab": true, "6ab": true, "zain": true, "zein": true,
	// Arabizi endearments: "tslam ya 7elo".
	"7elo": true, "7ilo": true, "7elwe": true, "3asal": true, "ghali": true, "8ali": true, "7abibti": true,
	// Titles and endearments of every dialect («يا فندم», «يا باشا», «حضرتك»), and how one is
	// («الحمد لله بخير»), around a pleasantry; Arabizi ones are read through their Arabic spellings.
	"فندم": true, "يافندم": true, "حضرتك": true, "حضرتكم": true, "باشا": true, "معلم": true, "حبيب": true, "روحي": true,
	"قلبي": true, "عيني": true, "عمو": true, "خالتو": true, "سيدي": true, "سيدتي": true, "مدام": true,
	"الحمد": true, "لله": true, "الحمدلله": true, "بخير": true, "منيح": true, "منيحه": true, "كويس": true, "كويسه": true,
	"مليح": true, "لاباس": true, "انت": true, "انتي": true, "انتم": true, "انتو": true, "وانت": true, "وانتي": true, "وانتم": true,
	"ياغالي": true, "ياقمر": true, "حلو": true, "حلوه": true, "doc": true, "dr": true, "mate": true, "man": true, "guys": true,
	"everyone": true, "team": true, "sir": true, "madam": true, "maam": true, "miss": true, "super": true})

// normalised returns set with each key as knowledge.Words writes it.
func normalised(set map[string]bool) map[string]bool {
	out := make(map[string]bool, len(set))
	for k := range set {
		for _, w := range knowledge.Words(k) {
			out[w] = true
		}
	}
	return out
}

// arabiziWords are words of pleasantries only an Arabic speaker writes in Latin letters.
var arabiziWords = map[string]bool{"shukran": true, "shokran": true, "shukram": true, "choukran": true, "tislam": true,
	"teslam": true, "yislamo": true, "ya3tik": true, "mashkoor": true, "mashkoora": true, "mashkur": true, "mamnoon": true,
	"ma3a": true, "ma3": true, "salama": true, "yalla": true, "tamam": true, "habibi": true, "ktir": true, "kteer": true,
	"jazeelan": true, "salam": true, "marhaba": true, "ahlan": true, "mashkoorin": true, "mashkourin": true, "saba7": true,
	"masa2":   true,
	"salameh": true, "mashkoureen": true, "5eer": true, "jama3a": true, "8asart": true, "8asarti": true, "8assart": true,
	"2asart": true, "2assart": true, "qasart": true, "gasart": true, "g9art": true, "g9arti": true, "9asart": true,
	"yslmo": true, "yslamo": true, "yeslamo": true, "yislamu": true, "yeslamu": true, "teslamo": true, "tislamo": true,
	"ya3teek": true, "jazak": true, "jazakallah": true, "tayeb": true, "tayyeb": true, "6ayeb": true,
	"tslam": true, "tsalam": true, "ya3teekom": true, "ya3tikom": true, "ya3tikon": true, "mashkooreen": true,
	"8asartoo": true, "8asarto": true, "8asartu": true, "2asartu": true, "2asarto": true, "salame": true, "keefkom": true, "kifkom": true,
	"kifkon": true, "keefkon": true, "kifak": true, "keefak": true, "shlonak": true, "shlonkom": true, "ezayak": true, "7elo": true}

// arabiziPleasantry says whether a message has a word of arabiziWords.
func arabiziPleasantry(words []string) bool {
	for _, w := range words {
		if arabiziWords[w] {
			return true
		}
	}
	return false
}

// pleasantry is one of pleasantries with its kind.
type pleasantry struct {
	kind  smalltalkKind
	words []string
}

// pleasantryStarts are the pleasantries by their first word: a message's words are looked up, not
// compared with every pleasantry (that was a twentieth of an answer). Kinds come in the order of
// their weight: a phrase of two kinds («got it») is the lighter, as it is first.
var pleasantryStarts = func() map[string][]pleasantry {
	out := map[string][]pleasantry{}
	for _, kind := range []smalltalkKind{greeting, ack, thanks, goodbye} {
		for _, p := range pleasantries[kind] {
			out[p[0]] = append(out[p[0]], pleasantry{kind, p})
		}
	}
	return out
}()

// smalltalkOf says which pleasantry words is, if it is nothing but pleasantries and fillers.
func smalltalkOf(words []string) smalltalkKind {
	k, _ := smalltalkIn(words)
	return k
}

// arabiziReadings bounds the Arabic spellings a Latin word is tried as.
const arabiziReadings = 24

// smalltalkIn is smalltalkOf, and says whether a Latin word was read as Arabic («tislam eedak»,
// "ya3teekom el 3afye"): a Latin word may be any of its Arabizi spellings, so every Arabic
// pleasantry is one in Arabizi too, however its vowels are written.
func smalltalkIn(words []string) (smalltalkKind, bool) {
	k, arabizi := smalltalkRead(words)
	if k == notSmalltalk {
		// Arabizi writes the article apart («ya3teekom el 3afye»), Arabic glued on (العافيه).
		if glued := glueArticles(words); len(glued) < len(words) {
			return smalltalkRead(glued)
		}
	}
	return k, arabizi
}

// glueArticles joins each Latin article («el», «al», «il») to the Latin word after it.
func glueArticles(words []string) []string {
	out := make([]string, 0, len(words))
	for i := 0; i < len(words); i++ {
		switch words[i] {
		case "el", "al", "il":
			if i+1 < len(words) && isLower(words[i+1]) {
				out = append(out, words[i]+words[i+1])
				i++
				continue
			}
		}
		out = append(out, words[i])
	}
	return out
}

func smalltalkRead(words []string) (smalltalkKind, bool) {
	if len(words) == 0 {
		return notSmalltalk, false
	}
	// readings holds each word's spellings: itself, then for a Latin word its Arabic ones.
	readings := make([][]string, len(words))
	read := func(i int) []string {
		if readings[i] == nil {
			readings[i] = words[i : i+1 : i+1] // the word itself, without a slice made for it
			if w := words[i]; w != "" && w[0] < 0x80 {
				readings[i] = append(readings[i], knowledge.ArabiziSpellings(w, arabiziReadings)...)
			}
		}
		return readings[i]
	}
	matches := func(i int, p []string) (bool, bool) {
		if i+len(p) > len(words) {
			return false, false
		}
		arabizi := false
		for j, w := range p {
			if words[i+j] == w {
				continue
			}
			if !slices.Contains(read(i + j)[1:], w) {
				return false, false
			}
			arabizi = true
		}
		return true, arabizi
	}
	found, arabizi := notSmalltalk, false
	for i := 0; i < len(words); {
		n, k, viaArabizi := 0, notSmalltalk, false
		for _, first := range read(i) {
			for _, p := range pleasantryStarts[first] {
				if len(p.words) <= n {
					continue
				}
				if ok, a := matches(i, p.words); ok {
					n, k, viaArabizi = len(p.words), p.kind, a
				}
			}
		}
		if n == 0 {
			// A filler is tried after the pleasantries: «الله يجزاكم خير» opens with one.
			if slices.ContainsFunc(read(i), func(w string) bool { return fillers[w] }) {
				i++
				continue
			}
			return notSmalltalk, false
		}
		if k.weight() >= found.weight() {
			found = k
		}
		arabizi = arabizi || viaArabizi
		i += n
	}
	return found, arabizi
}

// closingRest returns the thanks or goodbye a message holds beside other words («ok I'll call,
// thanks», «تمام راح اتصل عليكم، شكرا»), with those other words less the stop words; notSmalltalk when it
// holds neither.
func closingRest(words []string) (smalltalkKind, []string) {
	found := notSmalltalk
	var rest []string
	for i := 0; i < len(words); {
		n, k := 0, notSmalltalk
		for _, p := range pleasantryStarts[words[i]] {
			if len(p.words) > n && i+len(p.words) <= len(words) && slices.Equal(words[i:i+len(p.words)], p.words) {
				n, k = len(p.words), p.kind
			}
		}
		if n == 0 {
			if !fillers[words[i]] && !knowledge.StopWord(words[i]) {
				rest = append(rest, words[i])
			}
			i++
			continue
		}
		if k.weight() >= found.weight() {
			found = k
		}
		i += n
	}
	if found != thanks && found != goodbye {
		return notSmalltalk, nil
	}
	return found, rest
}

// handoffReason is why a message goes to a person.
type handoffReason string

const (
	wantsPerson  handoffReason = "person"
	wantsBooking handoffReason = "booking"
	wantsPrice   handoffReason = "price"
	wantsContact handoffReason = "contact"
)

// Requests only staff can answer: a person, a booking, prices, the clinic's address and hours.
// The clinic's articles mention prices in passing («اسعار العلاج»), so these must win over search.
var handoffs = []struct {
	reason handoffReason
	re     *regexp.Regexp
}{
	{wantsPerson, regexp.MustCompile(foldPattern(
		` (اكلم|اتكلم|اتواصل|احاكي|احكي|بحكي|اكلمكم|يكلم|يتكلم|يحكي|تكلم|تتكلم|تواصل|تواصلني|كلموني|اتصلوا|اتصل|ابي|ابغي|ودي|اريد|حولني|حولوني|نحكي|التحدث|اتحدث)( مع| علي| على)? \S*(موظف|انسان|شخص|احد|بشري|دكتور|الدكتور|طبيب|الطبيب|خدمه|الاستقبال|مسوول|ادمن|حدا)|` +
			` (موظف|موظفه|الموظف|خدمه العملا|انسان حقيقي|شخص حقيقي|بشري) |` +
			`(talk|speak|chat|connect me) (to|with) (a |an |the |some |your |my )?(actual |real |live |proper )?(human|person|agent|someone|doctor|staff|somebody|representative|nurse|receptionist|surgeon|dentist|physio|physiotherapist|therapist|dermatologist|specialist)|` +
			` (human|real person|customer service|representative|operator|live agent) |` +
			// Who the clinic's doctors are, a complaint, a call back: for a person too.
			` (عندكم|عندكن|عندكو|لديكم|فيه|في|مين|اسماء|اسم) (ال)?(دكتور|دكتوره|دكاتره|طبيب|طبيبه|اطباء|الاطباء|الدكاتره) |(who are|who is) (your|the) doctors?|` +
			` (شكوى|شكوي|شكوتي|اشتكي|اشتكى|ابلاغ|complaint|complain|complaints) |` +
			` (call me|call back|callback|ring me|phone me)\b|` +
			` (اتصلوا|تتصلون|اتصلي|كلموني|تكلموني|يكلمني|يتصل|تتصل|يتصلون) (علي|فيني|بي|عليا) | (حد|حدا|احد)( \S+){0,3} (يكلمني|يكلمنا|يكلمنى|يحاكيني|يحكيني|يتصل بي|يتصل فيني|يتصل علي|يتواصل معي|يتواصل معاي|يحكي معي|يحكي معاي|يتكلم معي|يتكلم معايا|يتكلم معاي) `))},
	// A bare call back, the message's last words, politely or not («كلموني لو سمحتم», "call me
	// please"): asking nothing else, the patient asks to be called.
	{wantsPerson, regexp.MustCompile(foldPattern(
		` (كلموني|كلمني|كلمونا|تواصلوا معي|تواصلو معي|اتصلوا|اتصلو|دقوا علي|رنوا علي|call me|call us)( لو سمحتم| لو سمحت| لو سمحتوا| من فضلكم| من فضلك| بليز| please| pls| plz| الله يخليكم| ضروري| بسرعه| الحين| اليوم| asap| back)* $`))},
	// Arabizi, apart: one pattern's prefilter holds a bounded number of literals.
	{wantsPerson, regexp.MustCompile(foldPattern(
		` (akalem|akallem|atwasal|atwa9al|a7ki|a7chi|ahrej|abi|abgha|abga|bdi|biddi|3ayez|3ayz|3awz|3ayza|a2abel|a2abil|aqabel|ashoof|ashuf|ashouf|e7ki|7ki|7ke|e7ke) (m3 |ma3 |wiya |ma3a )?(mowazaf|mowazzaf|muwazzaf|mwazaf|insan|ensan|shakhs|7ad|doktor|dktor|daktor|doctor|eldoktor|el doktor|el doctor|eldoctor|7ada|doctora|doktora|dktora|daktora|el doctora|el doktora|eldoctora|eldoktora) |` +
			` (3andkom|3ndkom|3andkon|3ndkon|3indkum|3endkom|3andko|fi|fih|fee) (doctora|doktora|dktora|daktora|doctoura|tabiba|dakatra|dkatra) |` +
			` (kalmooni|kalmoni|ettesloni|etsaloni|ta9loni|et9loni|ytesel|yitasel|shakwa|shakwe|ashtki|ted2rolli|ted2roli|td2rolli|td2roli|tde2rolli|ted2ouli|d2ouli|d2ooli) `))},
	{wantsBooking, regexp.MustCompile(foldPattern(
		` (احجز|حجز|الحجز|بحجز|نحجز|احجزلي|احجزيلي|احجزولي|احجزلنا|احجزله|احجزلها|احجزلهم|احجزلو|احجزلكم|احجزلك|نحجزله|نحجزلو|نحجزلها|نحجزلهم|بحجزله|بحجزلها|موعد|موعدي|مواعيد|مواعيدكم|المواعيد|ميعاد|ميعادي|الميعاد|اسجل|التسجيل|book|booking|appointment|appointments|schedule|reserve|reservation) |` +
			` (a7jez|a7jz|ba7jez|ba7jz|n7jez|7ajz|el7ajz|7agz|a7gez|a7gezlo|a7gezlaha|a7gezlha|a7jezlo|a7jezla|maw3ed|maw3edi|maw3id|maw3idi|maw3ad|mow3ed|mo3ad|mawa3eed|mawa3ed|mou3id|mw3id|rdv|rendez vous|rendezvous|rendevous) `))},
	{wantsPrice, regexp.MustCompile(foldPattern(
		` و?(سعر|السعر|اسعار|الاسعار|اسعاركم|بكم|بكام|تكلفه|التكلفه|تكلفتها|تكلفته|تكلفتو|تكاليف|يكلف|تكلف|قيمه|عروض|العروض|عرض|خصم|خصومات|price|prices|pricing|cost|costs|fee|fees|offer|offers|discount|discounts) |` +
			` (se3r|si3r|se3ro|si3ro|se3rha|si3rha|se3ra|si3ra|si3rhom|se3rhom|se3rak|si3rak|as3arkom|as3arkum|es3arkom|as3arko|as3ar|es3ar|bkam|bikam|b kam|taklofa|taklifa|taklefa) | how much | و?كم (حق|حقه|حقها|قيمته|سعره|سعرها|الجلسه|الابره|الحقنه|الوحده|يكلف|تكلف|المبلغ|ريال|تاخذون|تاخذوا) |` +
			` و?(قديش|اديش|قداش|شقد|بقديش|بديش) (حق|حقه|حقها|حقو|حقهن|قيمته|سعره|سعرها|سعرو|بيكلف|بتكلف|بتكلفني|المبلغ|ريال|بتاخدو|بتاخدوا|بتاخذون) `))},
	{wantsContact, regexp.MustCompile(foldPattern(
		` (موقع|مكان|عنوان) (العياده|عيادتكم|المركز|مركزكم|الفرع)| (في|ف|ب) (اي|انهي|انو|اني) حي | (العياده|عيادتكم|المركز|مركزكم) (وين|فين|وينها|فينها|وينه|فينه) |` +
			` (العنوان|عنوانكم|لوكيشن|اللوكيشن|موقعكم|مكانكم|وينكم|فروعكم|الفروع|location|address|directions) |` +
			` و?(وين|فين) (العياده|عيادتكم|المركز|مكانكم|موقعكم|تقعون|انتم|انتو|انتوا|الفرع|فرعكم|فروعكم) |` +
			`(وانتو|وانتم|انتو|انتم) (وين|فين) |where (exactly )?(are you|is the clinic|is your clinic|is ur clinic)|which (district|neighbourhood|neighborhood|street) | (wein|wain|ween|wen|fein|fen) (el |al )?(3iyada|3eyada|3yada|3eyade|3iyade|markaz|location|makan|makankom)`))},
	// Hours, insurance and numbers: the same reason, a pattern of its own so that each keeps a
	// prefilter (at most 64 literals each, prefilter.go).
	{wantsContact, regexp.MustCompile(foldPattern(
		` (ساعات|اوقات|وقت) (العمل|الدوام|الاستقبال) | (ساعات|اوقات|مواعيد) (عمل|دوام|عملكم|دوامكم|العياده|المركز) | الدوام (يوم|عندكم|اليوم|بكره)|(وقت|ساعات|اوقات) دوامكم| متي (تفتحون|تسكرون|تقفلون|يبدا الدوام)|opening hours|working hours|open on| (awkat|awqat|aw2at|aw2aat|ow2at|sa3at) (el |al )?dawam| el dawam (3andkom|3ndkom|3andkon|yom|el yom|bokra|bukra) |` +
			` (فاتحين|مفتوحين|تفتحون|تفتحوا|شغالين|داومين|تداومون) (يوم|اليوم|بكره|بكرا|الحين|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|رمضان|في رمضان|العيد)|` +
			` و?(تامين|التامين|insurance|insurence|insurace|ta2meen|ta2min|t2meen|tameen|ta2mine|el ta2meen) | (رقم|رقمكم) (العياده|التواصل|الواتس|الجوال|التلفون|الهاتف|تلفون)| (phone number|contact number|whatsapp number) | (is it|is this|is that|will it be|would it be|will that be|would that be|are they|are these) covered (by|under) `))},
	// A person in Egyptian and Levantine («عايز اكلم حد من الدكاترة»), a call back in Arabizi, the
	// clinic open on a day («العيادة فاتحة يوم الجمعة؟»), its hours in Arabizi, and what it sells.
	{wantsPerson, regexp.MustCompile(foldPattern(
		` (اكلم|اتكلم|احكي|بحكي|اتواصل|اكلمكم|نكلم|نحكي|نتكلم|اشوف|اقابل)( مع)? (حد|حدا|الدكاتره|دكاتره|الدكتوره|دكتوره|دكتورة) |` +
			` (yetassal|yetasal|yetasel|yitasel|yetsal|yitasal|yetisel|ytassal|tetassal|tetasal|tetasel|yettesel|yettasel|ettasel|tetsal|tetassalo|tetasalo|yettasalo) (fiye|fiyi|fiyye|fiya|fia|feye|fini|feni|beye|biye|biyi|bia|biya|3alaye|3alay|3alia|3laya|ma3i|m3i|bi) `))},
	{wantsContact, regexp.MustCompile(foldPattern(
		` (فاتح|فاتحه|فاتحين|مفتوح|مفتوحه|مفتوحين) (يوم|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|في رمضان|رمضان|في العيد|العيد) |` +
			` (dawamkom|dawamko|dawamkon|dawamkum|dawamku|dawamkoum|dawamak|dawamik) | (fat7in|fat7een|fatheen|fat7a|fat7a|fat7|tfat7on|tfat7oon|tefta7o|tefta7ou|btefta7o|btfta7o|btifta7u) (yom|el|bokra|bukra|l) `))},
	// Someone to call or talk to in Arabizi with the pronoun first («momken 7ada ye7ki ma3i», «7ad
	// yetasel fiya»), a doctor the clinic has («fi 3andkom doctora?», as «في عندكم دكتورة؟»), and
	// whether it works on a day («3ndkom dawam yom el jum3a?», «عندكم دوام يوم الجمعة؟»).
	{wantsPerson, regexp.MustCompile(foldPattern(
		` (7ada|7ad|7add|a7ad|wa7ad|7adan)( \S+){0,2} (ye7ki|y7ki|ye7ke|yi7ki|ye7kili|yekalemni|ykalemni|yekallemni|ykallemni|yikallimni|yetkalam|yetkallam|yitkallam|yeklemni|ykalmni|yettesel|yetasel|yetassal|yitasal|ytasel|yettasel|yetasal|yetisel|yetsal|yettasal|ytassal) |` +
			` (3andkom|3ndkom|3indkum|3indkom|3andkon|3ndkon|3andko|fi|fee|fih|feeh) (doctora|doktora|dktora|daktora|doctor|doktor|dktor|daktor|tabiba|tabib|dakatra|dakatira|doctoret) `))},
	{wantsContact, regexp.MustCompile(foldPattern(
		` (3andkom|3ndkom|3indkum|3indkom|3andkon|3ndkon|3andko|3endkom|عندكم|عندكن|عندكو) (dawam|el dawam|دوام) `))},
	// How much in Levantine, Iraqi and Maghrebi («وقديش حقها؟», «شكد سعره»).
	{wantsPrice, regexp.MustCompile(foldPattern(
		` و?(قديش|اديش|قداش|بقديش|بقداش|شقد|شكد|بشقد|بشكد|2addesh|addesh|2adesh|2adde|ad2esh|2ad2esh|b2addesh|shgad|shkad|gdash|9dash) (حق|حقه|حقها|حقو|سعره|سعرها|سعرو|ثمنه|ثمنها|بتكلف|بيكلف|تكلف|يكلف|الجلسه|الحقنه|الابره|العمليه|سعر|7a2o|7a2a|7a2ha|se3ro|se3rha|si3ro|bt2allef|btkallef|bitkallef|el jalse|el jalsa) `))},
	// Paying in instalments («بالتقسيط», "ta2seet", tabby): how to pay is a price question.
	{wantsPrice, regexp.MustCompile(foldPattern(
		` (تقسيط|بالتقسيط|التقسيط|اقساط|بالاقساط|قسط|تابي|تمارا|ta2seet|ta2sit|taqseet|taqsit|ta2see6|bel ta2seet|a2sat|aqsat|installments|installment|instalments|instalment|payment plan|payment plans|pay monthly|monthly payments|financing|finance|tabby|tamara) `))},
	// Being called back, in every dialect's verb and pronoun («فيكن تتصلو فيي؟», «ممكن تتصلوا بي»,
	// «أرجو الاتصال بي», «الرجاء التواصل معي», «ترجعولي اتصال»), "give me a call".
	{wantsPerson, regexp.MustCompile(foldPattern(
		` (تتصلو|تتصلوا|تتصلون|تتصلي|تتصل|تتصلين|اتصلو|اتصلوا|يتصل|يتصلو|يتصلوا|يتصلون|الاتصال|التواصل|تواصلو|تواصلوا|تتواصلو|تتواصلوا|تتواصلون|يتواصل|يتواصلون|تدقو|تدقوا|دقو|دقوا|يدق|ترنو|ترنوا|رنو|رنوا|يرن|تكلموني|تكلمونا|تحكوني|تحكيني|يحكيني|يكلمني) (بي|فيي|فيني|فيا|فييي|علي|عليا|عليي|علينا|معي|معاي|معايا|معانا|بنا|فينا) |` +
			` (ترجعولي|ترجعوا لي|ترجعو لي|ترجعلي|ترجعيلي|يرجعلي|يرجعولي) (اتصال|مكالمه|تلفون|call) | give me a (call|ring|callback|call back) | (have|get|ask) (the|a|your) (\S+ )?(doctor|doctors|nurse|someone|specialist|clinic) (to )?(call|ring|phone|contact) (me|us) `))},
	// A call back with «لي» joined to the verb («دقولي», «رنولي», «اتصلولي»), and in Arabizi
	// («tetaslo fiyi», «te3mloli call»); speaking with staff in Arabizi («3ayez akalem el akhsa2eya»);
	// changing an appointment in a word ("can I reschedule"); how to reach the clinic; whether it is open.
	{wantsPerson, regexp.MustCompile(foldPattern(
		` (دقولي|دقوا لي|دقو لي|رنولي|رنوا لي|رنو لي|اتصلولي|اتصلوا لي|تدقولي|ترنولي|تتصلولي|يدقلي|يرنلي|يتصللي|يدقولي|يرنولي) |` +
			` (tetaslo|tetsalo|tet9alo|tet9lo|tetaslu|tetasalu|tetsalu|tetteslo|tetasslo|ettaslo|et9alo|ttaslo|ytasslo|yetaslo|yet9al) (fiyi|fiye|fiyye|fiya|fini|feni|bi|biyi|3alay|3alaya|3alaye|3liya|3alia|3layi|ma3i|m3i) |` +
			` (te3mloli|ta3mloli|e3mloli|t3mloli|te3maloli|ta3teni|ta3tini|a3tini|a3teni) (call|mokalma|mukalama|ittisal|etesal|telephone|phone) |` +
			` (akalem|akallem|akalim|akalmo|atkalam|atkallam|e7ki|a7ki|7ki|a7chi|atwasal|a2abel|aqabel) (m3 |ma3 |ma3a |wiya |with )?(el |al |l )?(akhsa2i|akhsa2eya|akhsa2iya|akhsa2ia|akhsa2ieh|akhsaee|akhsaeya|akhissa2i|mumarrida|momarreda|mmarda|mumarreda|momareda|nurse|specialist|reception|resepshen|risepshen|estesh2ari|istishari|mudeer|modeer|idara|edara|doctoraat|doktorat|dakatra|dkatra) `))},
	{wantsBooking, regexp.MustCompile(foldPattern(
		` (reschedule|rescheduling|rebook|rebooking) | (cancel|move|change|postpone|push back|bring forward) my (next )?(\S+ )?(session|booking|visit|slot|treatment session) | (i can t|i cant|i cannot|i won t|i wont) make (it|my) (tomorrow|today|to my|to the|on) |` +
			` (any|free|open|available) (slots|slot|openings|opening) (\S+ )?(available|left|free|tomorrow|today|this|next|on)? ?| do you have (any )?(availability|slots|openings|free slots|space) `))},
	// Cancelling one's session or booking, or moving it, in the first person («بدي الغي حجزي», «ابي
	// اقدم جلستي», «bdi ghayyer wa2t el jalse»), and free times asked after («في وقت فاضي بكرة؟»); a
	// session moved as a question of its effect («لو أخرت الجلسة…») is no first-person verb of the kind.
	{wantsBooking, regexp.MustCompile(foldPattern(
		` (اغير|نغير|بغير|الغي|نلغي|بلغي|اكنسل|نكنسل|اأجل|ااجل|نأجل|بأجل|اقدم|نقدم|اأخر|ابدل|نبدل|ghayyer|8ayyer|ghayer|a8ayyar|alghi|ala8y|alghy|2ajjel|a2ajjel|ajjel|cancel)( وقت| موعد| ميعاد| wa2t| maw3ed| yom)? (جلستي|حجزي|زيارتي|جلستنا|حجزنا|el jalse|el jalsa|jalsti|jalsiti|7ajzi|7agzi) |` +
			` (الغي|نلغي|بلغي|اكنسل|نكنسل|alghi|ala8y|alghy|cancel) (الجلسه|الزياره|جلسه|el jalse|el jalsa) |` +
			` (اغير|نغير|بغير|ابدل|نبدل) (وقت|موعد|ميعاد|يوم) (الجلسه|الزياره) | (اأجل|ااجل|نأجل|بأجل|اقدم|نقدم|بقدم) (الجلسه|الزياره) (ل\S+|الي|يوم|بكره|بكرا) |` +
			` (في|فيه|فيه اي|عندكم|في اي|في عندكم) (وقت|اوقات|مواعيد|موعد) (فاضي|فاضيه|متاح|متاحه|فاضين) `))},
	{wantsContact, regexp.MustCompile(foldPattern(
		` how (can|do|could|should) (i|we) (contact|reach|call|get in touch with) (you|u|the clinic|your clinic|the center) | are (you|u) (guys )?open `))},
	// «ممكن» before someone at the clinic asks for them only when nothing follows but courtesy or
	// their calling or speaking («ممكن موظف لو سمحت», «ممكن الدكتور يكلمني»): «ممكن الدكتور يختار
	// الإبرة؟» asks what the doctor may do, which the pages answer.
	{wantsPerson, regexp.MustCompile(foldPattern(
		` (ممكن|لو سمحت|لو سمحتم|من فضلك|من فضلكم) (\S+ )?(موظف|موظفه|انسان|شخص|احد|حد|حدا|بشري|دكتور|الدكتور|دكتوره|الدكتوره|طبيب|الطبيب|طبيبه|الطبيبه|الاستقبال|مسوول|ادمن|اخصائي|الاخصائي|اخصائيه|الاخصائيه)( من \S+){0,2}` +
			`( لو سمحت| لو سمحتم| لو سمحتوا| من فضلك| من فضلكم| بليز| please| الله يخليكم| ضروري| بسرعه| الحين| اليوم)* ($|(يكلمني|يكلمنا|يتصل|يتصلون|يتواصل|يحكي|يحاكيني|يحكيني|يرد|يردون|يكلمنى|تكلمني|تتصل|تحكي|تتواصل|ترد|اكلمه|اكلمها|احكي|اكلم|اتكلم|اتواصل) )`))},
	// Speaking with staff of any title or gender («عايزة أتكلم مع أخصائية ست», «بدي احكي مع
	// اخصائية», "I'd like to speak to one of the doctors", "can I talk to the female doctor"): the verb
	// of speaking, then a title, with only «one of», an article or a gender between them; "my
	// doctor", the patient's own, is no one at the clinic.
	{wantsPerson, regexp.MustCompile(foldPattern(
		` (اكلم|اتكلم|احكي|بحكي|اتحدث|التحدث|اتواصل|التواصل|نكلم|نحكي|نتكلم|اقابل|مقابله|يكلمني|يحكي معي)( مع| الي| إلى)?( احد| حد| حدا| واحد| وحده| وحدة)?( من)? (ال)?(اخصائي|اخصائيه|اخصائيين|اخصائيات|اخصايي|اخصاييه|استشاري|استشاريه|مختص|مختصه|ممرض|ممرضه|ممرضات|معالج|معالجه|معالجين|دكتوره|دكاتره|طبيبه|طبيبات|دكتورات|ريسبشن|رسبشن|سكرتير|سكرتيره|مدير|مديره|اداره|مشرف|مشرفه) |` +
			`(speak|talk|chat|consult) (to|with) ((a|an|the|one|of|your|any|female|male|lady|woman|man|real|actual|senior|head|other|same) ){0,4}(doctor|doctors|specialist|specialists|dermatologist|dentist|dentists|therapist|therapists|physiotherapist|physio|ophthalmologist|optometrist|surgeon|surgeons|nurse|nurses|consultant|practitioner|injector|staff|team|manager|receptionist|physician|hygienist|orthodontist) | (doctor|doctors|specialist|nurse|someone|anyone|somebody|anybody|person|therapist|dentist) (i|we) (can|could) (talk|speak|chat) (to|with) `))},
	// The clinic's opening and closing hours («بتفتح الساعه كام في رمضان», «امتى بتفتحوا», «العيادة
	// تفتح الساعة كم», "what time do you open", «btefta7o sa3a kam»); a third person opening needs the
	// clinic or the hour by it («متى تفتح العين» is an eye).
	{wantsContact, regexp.MustCompile(foldPattern(
		` (تفتح|بتفتح|يفتح|بيفتح|تفتحون|تفتحوا|تفتحو|بتفتحوا|بتفتحو|تسكر|بتسكر|تسكرون|تسكروا|بتسكروا|بتسكرو|تقفل|بتقفل|تقفلون|تقفلوا|بتقفلوا|بتقفلو|تغلق|تغلقون|تشتغلون|بتشتغلوا|بتشتغلو)( \S+)? (الساعه|ساعه) (كم|كام|قديش|اديش|قداش|شقد|كم بالضبط) |` +
			` (الساعه|ساعه|وقت|اي ساعه|اي وقت) (كم|كام|قديش|اديش|قداش|شقد|ايش|ايه|شو|وش)? ?(تفتحون|تفتحوا|تفتحو|بتفتحوا|بتفتحو|تسكرون|تسكروا|بتسكروا|بتسكرو|تقفلون|تقفلوا|بتقفلوا|بتقفلو|تغلقون|بتفتح العياده|تفتح العياده|يفتح المركز) |` +
			` (متي|امتي|ايمتي|ايمت|امتا|وقتيش|امتى) (تفتحون|تفتحوا|تفتحو|بتفتحوا|بتفتحو|تسكرون|تسكروا|بتسكروا|بتسكرو|تقفلون|تقفلوا|بتقفلوا|بتقفلو|تغلقون|تبدون|بتبدو|بتبدوا|يبدا الدوام|يخلص الدوام|ينتهي الدوام) |` +
			` (العياده|المركز|عيادتكم|مركزكم) (تفتح|بتفتح|يفتح|بيفتح|تسكر|بتسكر|يسكر|تقفل|بتقفل|يقفل|تغلق|يغلق) | what time (do|does|will) (you|u|the clinic|your clinic|the center|you guys) (open|close) | when (do|does|will) (you|u|the clinic|your clinic) (open|close) | (your|clinic|clinics|the clinic s) (opening )?(hours|timings|opening times) `))},
	{wantsContact, regexp.MustCompile(foldPattern(
		` (btefta7o|btifta7o|btefta7ou|tefta7o|btfta7o|btefta7|btifta7|betefta7|bteftaho|btsakro|btsakkro|btsakro|bts2flo|bte2flo|bti2flo|tsakro|t2flo) (\S+ ){0,2}(kam|adesh|2adesh|2addesh|addesh|emta|imta) | (emta|imta|amta|ematy|emtah|mata) (btefta7o|btifta7o|tefta7o|btfta7o|btsakro|btsakkro|bts2flo|bte2flo|tsakro|tfat7on|tfat7o|tsakron) |` +
			` (wein|wain|ween|wen|fein|fen|fain|wen) (\S+ )?(mawqe3|mawq3|mawke3|mawqa3|mawqi3|mawqa3kom|mawqe3kom|mwq3|makan|makankom|mkankom|mkan|mkanak|3enwan|3onwan|3nwan|3enwankom|3onwankom|address|location) | (mawqe3|mawq3|mawqa3|mawqi3|makan|mkan|3enwan|3onwan|3nwan) (el |al )?(3iyada|3iyade|3eyada|3eyade|3yada|3yade|markaz|clinic) | (where s|wheres) (the|your|ur) (clinic|center|centre|office) | how (do|can) (i|we) (get|come) to (the|your|ur) (clinic|center|centre|office) `))},
	{wantsPerson, regexp.MustCompile(foldPattern(
		` (تبيعون|تبيعوا|تبيعو|بتبيعو|بتبيعوا|بتبيعي|تبيعوها|تبيعونها|تبيعوه|للبيع) | do you sell | (sell|selling) (them|it|any|contact|glasses|lenses|products|creams) `))},
}

// handoffPre are the prefilters of handoffs, in the same order (prefilter.go).
var handoffPre = func() []*prefilter {
	out := make([]*prefilter, len(handoffs))
	for i, h := range handoffs {
		out[i] = newPrefilter(h.re)
	}
	return out
}()

// rebooking is changing or cancelling an appointment the patient has («عندي موعد بكرة وابي اأجله»):
// a booking, though having an appointment alone is not (notHandoff), so it is matched first; so is
// an appointment the patient cannot come to («عندي موعد بكرة بس ما اقدر اجي»).
var rebooking = regexp.MustCompile(foldPattern(
	` (اغير|نغير|غير|بغير|اغيره|الغي|نلغي|الغيه|اكنسل|اكنسله|اأجل|ااجل|اأجله|ااجله|اجل|اجله|نأجل|نأجله|اقدم|اقدمه|اأخر|اأخره|تغيير|تأجيل|الغاء|تقديم|reschedule|cancel|postpone)( \S+){0,3} ?(موعد|الموعد|موعدي|موعدنا|موعدو|ميعاد|الميعاد|ميعادي|معاد|المعاد|معادي|appointment) |` +
		` (موعد|الموعد|موعدي|موعدنا)( \S+){0,3} (اغيره|الغيه|اكنسله|اأجله|ااجله|اجله|نأجله|اقدمه|اأخره|تغييره|تأجيله|الغاءه|الغاؤه|الغائه|يتغير|يتأجل|يتقدم) |` +
		` (موعد|الموعد|موعدي|موعدنا)( \S+){0,4} (ما|مش|ماراح|مو) ?(اقدر|راح اقدر|بقدر|هقدر|حقدر|اكدر) (اجي|احضر|اوصل|اداوم) `))

var rebookingPre = newPrefilter(rebooking)

// handoffIn is handoffOf of a message, asked of each of its sentences when it has several: a request
// is made within one («مين اللي يعطي الحقن عندكم؟ دكتور ولا ممرضة؟» asks who gives the injections, not
// which doctors the clinic has, though «عندكم دكتور» stands across the question mark). Commas do not
// part a request («عندي موعد بكرة، وابي الغيه»).
func handoffIn(text string, p padText) handoffReason {
	r := handoffOf(p)
	if r == "" || !strings.ContainsAny(strings.TrimRight(text, "?؟.!\n\t "), "?؟.!\n") {
		return r
	}
	for _, s := range strings.FieldsFunc(text, func(c rune) bool { return strings.ContainsRune("?؟.!\n", c) }) {
		if w := knowledge.Words(s); len(w) > 0 {
			if r := handoffOf(padded(w)); r != "" {
				return r
			}
		}
	}
	return ""
}

// arabiziHandoff is the price or booking a short message in Arabic written in Latin letters asks for
// when each of its Latin words is read in its likeliest Arabic spelling: the Arabizi patterns know the
// spellings they were shown («si3r», «a7jez»), and a price or a booking in another («kam si3ra?»,
// «tamam abi a7jiz»), read «كم سعره», «تمام ابي احجز», is asked as the Arabic patterns know it. ""
// for a message that is not Arabizi, longer than arabiziHandoffWords (a question of its own, whose
// many readings are likelier to meet a handoff's word by chance), or whose reading asks neither.
func arabiziHandoff(words []string) handoffReason {
	if len(words) > arabiziHandoffWords || !knowledge.IsArabizi(words) {
		return ""
	}
	read := make([]string, len(words))
	for i, w := range words {
		read[i] = w
		if sp := knowledge.ArabiziSpellings(w, 1); len(sp) > 0 {
			read[i] = sp[0]
		}
	}
	if r := handoffOf(padded(read)); r == wantsPrice || r == wantsBooking {
		return r
	}
	return ""
}

// arabiziHandoffWords is the most words a message may have for arabiziHandoff to read it: a price or
// a booking asked mid-conversation is short («w kam si3raha?», «ok baddi a7jiz maw3ad bokra»).
const arabiziHandoffWords = 6

func handoffOf(t padText) handoffReason {
	if rebookingPre.mayMatch(&t) && rebooking.MatchString(t.s) {
		return wantsBooking
	}
	for i, h := range handoffs {
		if handoffPre[i].mayMatch(&t) && h.re.MatchString(t.s) {
			if notHandoff[h.reason] != nil && !h.re.MatchString(notHandoff[h.reason].ReplaceAllString(t.s, " ")) {
				continue // only in a phrase that asks for nothing of the kind
			}
			return h.reason
		}
	}
	return ""
}

// notHandoff are phrases with a handoff's word that ask for nothing of its kind: «بكم يوم», after how
// many days, is no price; «بس اسأل قبل ما احجز», just asking before I book, no booking. A message
// goes to staff for that reason only when the pattern still matches without them.
//
// How much of something that is no price ("how much downtime", "how much is injected"); the first
// appointment and what comes before or at it ("what should I bring to my first appointment",
// «أول موعد»), which is what happens there, not a booking; going back to work («ارجع الدوام اليوم»),
// not the clinic's hours; and the patient's own work («أنا موظفة»), not asking for staff, nor a symptom
// complained of ("doesn't complain of pain", "my main complaint"): a complaint to the clinic is about it. An
// appointment the patient already has («عندي موعد … هل بحس بالم بعدها», «موعدي بكره») and booking
// named as what comes after («قبل أن أحجز: هل …») frame a question; how often («وكل قديش الجلسة») and
// calories («كم سعرة حرارية») are no price. Nor is how much of something one uses ("how much
// toothpaste do i use"); how long each appointment is, how many visits it takes, and waiting for one
// ("instead of waiting for an appointment") are no booking; nor is booking asked of a treatment one is on
// ("I'm on isotretinoin, can I book laser…", «انا على الروكتان اقدر احجز ليزر؟», "book a peel while
// I'm pregnant"): that asks whether the two go together, which the pages answer; a symptom one complains of, or a
// complaint denied ("doesn't complain of pain"), asks for no person.
var notHandoff = map[handoffReason]*regexp.Regexp{
	wantsPrice: regexp.MustCompile(foldPattern(
		` و?كل (قديش|اديش|قداش|كم) | (سعره|سعرات) (حراريه|حراري) |` +
			// A bare «قديش الجلسة؟» asks how long a session lasts, which the pages say; «بقديش الجلسة» is its price.
			` و?(قديش|اديش|قداش|2addesh|addesh|2adesh|ad2esh|2ad2esh) (الجلسه|el jalse|el jalsa) |` +
			` (بكم|بكام|كم) (يوم|ايام|ساعه|ساعات|اسبوع|اسابيع|شهر|شهور|سنه|سنين|دقيقه|دقايق) |` +
			// Costing time («قديش بتكلف وقت؟», how long it takes, in the Levant) is no price.
			` (يكلف|تكلف|بيكلف|بتكلف|بتكلفني|بيكلفني) (وقت|الوقت|مده|زمن) |` +
			` (b kam|bkam|bikam|be kam|kam) (yom|youm|yoom|yawm|ayyam|ayam|iyam|sa3a|sa3at|sa3aat|esbou3|esbu3|usbu3|osbo3|asabee3|shahr|sha7r|shohor|shhour|sane|sana|snin|sneen|d2i2a|da2i2a|da2aye2|da8ee8a|de2e2a) |` +
			` (عرض|اعرض|نعرض|يعرض|تعرض|عرضه|عرضها|اعرضه|اعرضها|نعرضه|نعرضها)( \S+){0,5} (على|علي|ل) ?(ال)?(اخصائي|اخصايي|اخصائيه|مختص|طبيب|دكتور|دكتوره|الطبيب|الدكتور|استشاري) |` +
			` fee \S*[235789]\S* | \S*[235789]\S* fee |` +
			` (do|does|can) (you|the clinic|your clinic|you guys) (offer|provide) | (you|they|we) (offer|provide) | treatments (do )?(you )?offer |` +
			` how much \S+( \S+)? (do|does|should|can|will|would|must) (i|you|we|he|she|they|u|one) (use|need|apply|put|take|drink|eat|inject|lose|gain|get) |` +
			` how much (downtime|time|recovery|rest|pain|swelling|bruising|bleeding|redness|peeling|longer|sooner|later|improvement|difference|better|worse|hair|weight|water|sleep|exercise|activity|sun|of a difference|of an improvement|is injected|gets injected|will be injected|do you inject|does it hurt|will it hurt|would it hurt) `)),
	wantsBooking: regexp.MustCompile(foldPattern(
		` (قبل|بعد) (ما |ان |لا |لما )?(حتي )?(احجز|نحجز|الحجز|حجز|موعد|الموعد|موعدي|ميعاد|الميعاد|ميعادي)( موعد| ميعاد| الموعد| الميعاد)? | و?(عندي|عندنا|لدي|عنده|عندها|عندو|عندهم|لديه|لديها) (موعد|ميعاد) |` +
			// When to book, asked of a sign or after a treatment («احجز متى؟», "when should I book"), asks how soon,
			// which the pages say; booking wished for with a doubt («ابي احجز بس متردد») frames the question.
			` (احجز|نحجز|a7jez|n7jez) (متي|امتي|ايمتي|امتا|emta|imta|ematy|mata) | (متي|امتي|ايمتي|امتا) (لازم |المفروض |يجب ان |ينبغي ان )?(احجز|نحجز) | when (should|must|do|would) (i|we) (book|rebook|schedule) |` +
			` (احجز|نحجز|الحجز|حجز|book|booking)( \S+){0,2} (بس|لكن|but) (انا |i m |im |i am )?(متردد|متردده|خايف|خايفه|قلقان|قلقانه|مو متاكد|مش متاكد|مو متاكده|مش متاكده|not sure|unsure|hesitant|nervous|scared|worried) | (موعدي|ميعادي) (بكره|بكرا|اليوم|الاسبوع|بعد) | before (i )?(book|booking|the appointment|my appointment) |` +
			` (first|1st|initial) (\S+ ){0,2}(appointment|appointments|visit|session) |` +
			// Waiting for the appointment instead of going to urgent care («عادي انتظر موعد العيادة؟»), and
			// what should make one book ("what changes should make me book a check?"), ask when a sign is
			// urgent, which the pages say.
			` (انتظر|انطر|استني|استنا|اصبر|ننتظر|نستني|بنتظر|راح انتظر)( \S+)? (ال)?(موعد|ميعاد|موعدي|ميعادي) | (make|makes|made) (me|you|us|someone|people|one) (book|rebook|schedule) |` +
			// What may be done between appointments ("can I wax in between laser appointments?") asks of the
			// treatment's course, not for a booking.
			` (between|inbetween) (my |the |your |his |her |our |two |\S+ ){0,2}(appointments|sessions|visits) | (before|after|to|at|during) (my|his|her|the|your|our|their|a|an) (\S+ ){0,2}(appointment|visit) |` +
			` instead of (waiting for |making |getting |booking )?(booking|book|an appointment|a appointment|appointment|appointments) | how long (is|are|does|do|will|would) (each|every|the|an|a|my|one|your) (\S+ )?(appointment|appointments|visit|session) | how many (appointments|visits) | (each|every|per) (appointment|visit) | (wait|waiting|waited) (for|on) (an|the|my|a) (clinic |doctor s |doctors |\S+ s )?appointment | (اول|اولى|اولي) (موعد|زياره|جلسه) | (الموعد|الزياره|موعدي) (الاول|الاولى|الاولي) | (قبل|بعد|خلال|اثناء|في) (الموعد|موعدي) (الاول|الاولى|الاولي) |` +
			// The same in Arabizi: an appointment the patient has («3andi maw3ed», «maw3edi bokra»), and one
			// told with its day after «w» («…، w maw3ed ebret el … bokra»), Arabic's «وموعد», which the
			// Arabic pattern never reads as a booking.
			` (3andi|3ndi|3ande|3nde|3indi|3endi|3andy|3ndy|3andna|3ndna|3ando|3ndo|3andha|3ndha) (maw3ed|maw3id|maw3ad|mow3ed|mo3ad) | (maw3edi|maw3idi|mo3adi) (bokra|bukra|boukra|bokrah|el yom|elyom|alyom|ba3d) | w (maw3ed|maw3id|maw3ad|mow3ed|mo3ad) (\S+ ){1,5}(bokra|bukra|boukra|bokrah|el yom|elyom|alyom|ba3d bokra) |` +
			` (i m|im|i am|i ve been|ive been|he s|she s|he is|she is) (on|taking|using) (\S+ ){1,2}(can|could|may|should) (i|he|she|we) (still )?(book|schedule|get|have) |` +
			` (book|schedule|booking) (\S+ ){0,5}(while|whilst) (i m |im |i am |i ve been |ive been |still )?(on|taking|using|pregnant|breastfeeding|nursing) |` +
			` (انا|وانا|اني) (علي|باخذ|اخذ|استخدم|ماخذ|واخذ) (\S+ ){1,2}(اقدر|ممكن|ينفع|يصير|فيني|اقدر) (احجز|نحجز) |` +
			// Coming to an appointment («لازم اجي صايم على موعد القلع؟», «اروح للموعد بالسيارة؟») is one the
			// patient has: how to come, which the pages say, not a booking.
			` (اجي|نجي|يجي|تجي|اروح|نروح|يروح|تروح|احضر|نحضر|يحضر|تحضر|ادخل|اوصل|اطلع)( \S+){0,2} (علي|ع|الي|ل|لل) ?(موعد|الموعد|موعدي|ميعاد|الميعاد|ميعادي)( ال\S+)? |` +
			// A booking the patient tells of having made or making ("I'm booked for a root canal next week",
			// "I'm just booking my wisdom tooth out", "my son is booked for…") frames what they ask of it;
			// so does the first appointment with a preposition joined («شو بيصير بأول موعد؟»), and days
			// off work booked ("how many days off should I book?"), which is leave, not a visit.
			` (i m|im|i am|i ve|ive|i have|we re|we are|we ve|he s|she s|he is|she is|son is|daughter is|husband is|wife is|mother is|father is|mum is|mom is|dad is|child is) (just |already |now |all )?(been )?(booking|booked|scheduled) |` +
			` (ب|ل|و|وب|ول|لل)(اول|اولى|اولي) (موعد|زياره|جلسه) | (days|day|time|weeks|week) off (\S+ ){0,3}(book|booking) | book (\S+ ){0,2}(days|day|time|weeks|week) off `)),
	wantsContact: regexp.MustCompile(foldPattern(
		` (ارجع|ارجعي|نرجع|يرجع|ترجع|رجوع|الرجوع|العوده|عوده|اروح|تروح|يروح|اداوم|تداوم|يداوم|ابدا|اكمل)( علي| الي)? (ال|لل|ل)?(دوام|دوامي|دوامه|دوامها) `)),
	wantsPerson: regexp.MustCompile(foldPattern(
		// Talking with the doctor told as what the patient has begun or was doing («بديت اتكلم مع الدكتور
		// عن الروكتان، كم شهر…؟»): the conversation they are having, not one asked for.
		` (بديت|بدات|بلشت|صرت|كنت|قاعد|قاعده|عم) (اتكلم|احكي|بحكي|اتناقش|اتواصل|اتفاهم) (مع|وياه|ويا) |` +
			// The patient's own work told without «أنا» («…، موظف وأقعد على الكمبيوتر طول اليوم»), and who
			// gives a treatment asked as a choice of roles («…عندكم، دكتور ولا أخصائي؟»): no person asked for.
			` (موظف|موظفه) و?(اقعد|بقعد|اجلس|قاعد|قاعده|اشتغل|بشتغل|اداوم|بداوم|مكتب) |` +
			` (ال)?(دكتور|دكتوره|طبيب|طبيبه) (ولا|او|والا) (ال)?(اخصائي|اخصائيه|ممرض|ممرضه|معالج|معالجه) |` +
			// Someone skilled wished for the treatment («ابي واحد فاهم مو اي احد»): who does it, not a person to talk to.
			` (واحد|وحده|احد|حد|حدا) (فاهم|فاهمه|شاطر|شاطره|خبير|خبيره|متمكن|متمكنه|محترف|محترفه|متخصص|متخصصه|عنده خبره|عندها خبره) |` +
			` (انا|اني|كوني|لاني|وانا|لكوني|اعمل|اشتغل|بشتغل|زوجي|زوجتي|امي|ابوي|اختي|اخوي) (موظف|موظفه) |` +
			` و?(ما|مش|مو|لا|ماني|مانا|مب|مافي|ما في) (اشتكي|اشتكى|بشتكي|نشتكي|يشتكي|تشتكي|شكوي|شكوى) |` +
			// A complaint denied with «عندي» and «أي» between («ما عندي اي شكوى بعيوني»): nothing complained of.
			` و?(ما|مش|مو|مافي|ما في|ماعندي|معنديش|بدون|بلا) ?(عندي |عنده |عندها |عندو |فيه |في )?(اي |ولا )?(شكوي|شكوى|شكاوي) |` +
			` (complain|complains|complaining|complained) (of|about) (\S+ )?(pain|ache|aches|discomfort|stiffness|numbness|tingling|itching|itch|dryness|headaches|headache|it|anything|much) | (main|chief|only|presenting) complaint | (not|no|never|doesnt|doesn't|dont|don't|didnt|didn't|wont|won't) (complain|complains|complained|complaining|complaint|complaints) `)),
}

// weather is a question about the weather: a clinic's pages may mention heat in passing
// («حتى في درجات الحرارة المعتدلة»), so «كم درجة الحرارة اليوم؟» would otherwise borrow that answer.
var weather = regexp.MustCompile(foldPattern(
	` (الطقس|طقس|الجو|جو|weather|forecast|temperature|درجه الحراره|درجات الحراره|الحراره|حر|برد|rain|مطر|امطار) ` +
		`(\S+ ){0,4}(اليوم|بكره|بكرا|الحين|الليله|هالاسبوع|الاسبوع|today|tomorrow|tonight|now|this week|بالرياض|في الرياض|in riyadh)` +
		`|(اليوم|بكره|بكرا|today|tomorrow) (\S+ ){0,3}(الطقس|الجو|weather|درجه الحراره|الحراره|temperature|rain|مطر)`))

// weatherVocab are the words a weather question is made of (weather's, and how one asks it): what a
// message says besides them decides whether it is about the clinic's subjects too («الجو حار اليوم
// وانا اعرق، العلاج يفيد؟»). Whether those words are the clinic's is the pages' to say (Engine).
var weatherVocab = wordSet(`الطقس طقس الجو جو weather forecast temperature درجه درجات الحراره الحرارة حراره حر حار
		برد بارد rain raining مطر امطار اليوم بكره بكرا الحين الليله هالاسبوع الاسبوع today tomorrow tonight now this week
		بالرياض الرياض رياض riyadh in كم كيف شلون ايش وش شو ايه what whats what's how is like the will be it في ب`)

// weatherPre is weather's prefilter (prefilter.go).
var weatherPre = newPrefilter(weather)

// asksWeather says whether the message asks about the weather, and returns its other words: the engine
// answers it only if the clinic's pages know one of them.
func asksWeather(t padText, words []string) (bool, []string) {
	if !weatherPre.mayMatch(&t) || !weather.MatchString(t.s) {
		return false, nil
	}
	var rest []string
	for _, w := range words {
		if !weatherVocab[w] && !knowledge.StopWord(w) {
			rest = append(rest, w)
		}
	}
	return true, rest
}

// weatherAsked says whether the weather is what the message asks: each clause that ends in a question
// mark asks it («شو الطقس بكرا بالرياض؟ بدي اطلع امشي الصبح»), whatever the rest tells of the patient's
// plans. A clause before the question that only tells the weather («الجو حار اليوم وانا اعرق، العلاج
// يفيد؟») leaves the question its own.
func weatherAsked(text string) bool {
	asked := false
	for {
		i := strings.IndexAny(text, "?؟")
		if i < 0 {
			return asked
		}
		clause := text[:i]
		if j := strings.LastIndexAny(clause, ".,،!؛;\n"); j >= 0 {
			_, n := utf8.DecodeRuneInString(clause[j:])
			clause = clause[j+n:]
		}
		if p := padded(knowledge.Words(clause)); !weatherPre.mayMatch(&p) || !weather.MatchString(p.s) {
			return false
		}
		asked = true
		_, size := utf8.DecodeRuneInString(text[i:])
		text = text[i+size:]
	}
}

// offerOpeners open a question asking whether the clinic offers something («عندكم …؟», "do you do …?").
var offerOpeners = wordSet(`عندكم عندكن لديكم تسوون تسوو بتسوو بتسووا تعملون بتعملو بتعملوا تعملوا تعالجون بتعالجو بتعالجوا
		تقدمون بتقدمو بتقدموا تتوفر يتوفر عندكو عندكوا بتسوون تسوونه تصنعون بتصنعو بتصنعوا تركبون بتركبو بتركبوا تجون بتجو بتجوا تيجو تزورون 3ndkom 3andkom 3endkom 3indkum 3indkom 3ndkum 3andkum 3endkum
		3andkon 3ndkon 3indkon bt3mlo bta3mlo bt3amlo btsawo btsawwo tsawon tsawoon tsawwon t3amlo
		t3mlo t3mlon t3mlou t3mlu bt3mlon bt3mlou 3andoko 3ndko 3andko 3andku 3ndku 3andakom`)

// offered is the first content word after an offer's opener (asksOffer): the thing asked for
// («تعالجون صرير الأسنان؟» → «صرير», "do you treat bruxism" → "bruxism"); "" when the message asks
// no offer in Arabic or in English, or names nothing after it.
func offered(words []string) string {
	for len(words) > 0 && (words[0] == "هل" || words[0] == "في" || words[0] == "فيه" || words[0] == "fi") {
		words = words[1:]
	}
	switch {
	case len(words) > 1 && offerOpeners[words[0]] && words[0][0] >= utf8.RuneSelf:
		// Not an Arabizi opener («3ndkom»): its words, read alone, are not yet in Arabic letters.
		words = words[1:]
	case len(words) > 3 && words[0] == "do" && (words[1] == "you" || words[1] == "u"):
		switch words[2] {
		case "do", "have", "offer", "treat", "provide", "perform":
			words = words[3:]
		default:
			return ""
		}
	default:
		return ""
	}
	for _, w := range words {
		if !knowledge.StopWord(w) {
			return w
		}
	}
	return ""
}

// offerBreaks end the thing an offer question names: what follows them places it (when, where, for
// whom) or asks something else («…في زيارة واحدة؟», "…at night?", «…عند الرضع؟»).
var offerBreaks = wordSet(`في عند عن مع بعد قبل اثناء خلال و او ولا اذا لو يعني بس وهل هل بدون من غير اللي يلي الي
	at in on during after before with without when while or and if but is are can does do for to from that which who like`)

// offerSkips are words an offer question puts before the thing without naming it ("the", «هاي»);
// so is treating («علاج خشونة الركبة»), which names what is done to it, not the thing.
var offerSkips = wordSet(`هاي هاد هذا هذي هذه ده دي هالـ the a an this any some that`)

// offeredPhrase is the thing an offer question names (asksOffer), in its first clause: the content
// words after the opener, up to three, until a word of offerBreaks («هل تقدمون حقن الخلايا الجذعية
// لخشونة الركبة؟» → حقن الخلايا الجذعية لخشونة; "do you treat teeth grinding at night?" → teeth
// grinding); nil when the clause asks no offer, or an Arabizi one.
func offeredPhrase(text string) []string {
	if i := strings.IndexAny(text, "?؟.!،,؛;\n"); i >= 0 {
		text = text[:i]
	}
	words := knowledge.Words(text)
	for len(words) > 0 && (words[0] == "هل" || words[0] == "في" || words[0] == "فيه" || words[0] == "fi") {
		words = words[1:]
	}
	switch {
	case len(words) > 1 && offerOpeners[words[0]] && words[0][0] >= utf8.RuneSelf:
		words = words[1:]
	case len(words) > 4 && words[0] == "do" && (words[1] == "you" || words[1] == "u") && words[2] == "guys" && offerVerbs[words[3]]:
		words = words[4:]
	case len(words) > 3 && words[0] == "do" && (words[1] == "you" || words[1] == "u") && offerVerbs[words[2]]:
		words = words[3:]
	default:
		return nil
	}
	var out []string
	for _, w := range words {
		if len(out) > 0 && (offerBreaks[w] || strings.HasPrefix(w, "لل") || strings.HasPrefix(w, "بال")) || len(out) == 3 {
			break // what places the thing («للرقبة», «بالإبر», "for the shoulders") is not the thing
		}
		if !offerSkips[w] && !isTreatment(w) && !knowledge.StopWord(w) && !questionWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// offerVerbs are the verbs of "do you … ?" that ask whether the clinic offers something.
var offerVerbs = wordSet(`do have offer treat provide perform give`)

// asksOffer says whether a message asks whether the clinic offers something: it opens (after «هل»,
// «في» or "fi") with one of offerOpeners, or with "do you do/have/offer/treat/provide".
func asksOffer(words []string) bool {
	for len(words) > 0 && (words[0] == "هل" || words[0] == "في" || words[0] == "فيه" || words[0] == "fi") {
		words = words[1:]
	}
	if len(words) == 0 {
		return false
	}
	if offerOpeners[words[0]] {
		return true
	}
	if len(words) >= 4 && words[0] == "do" && (words[1] == "you" || words[1] == "u") && words[2] == "guys" {
		words = append([]string{"do", "you"}, words[3:]...) // "do you guys do…", "do u guys offer…"
	}
	if len(words) >= 3 && words[0] == "do" && (words[1] == "you" || words[1] == "u") {
		switch words[2] {
		case "do", "have", "offer", "treat", "provide", "perform":
			return true
		}
	}
	if len(words) >= 5 && words[0] == "what" && words[1] == "about" {
		// "what about veneers, do you do those?": the thing, then the question of offering it.
		for i := 3; i+2 < len(words); i++ {
			if words[i] == "do" && words[i+1] == "you" && asksOffer(words[i:]) {
				return true
			}
		}
	}
	return false
}

// contrastWords, right before a word, say the text names it as what something is not: «تختلف عن
// الحجامة», «بخلاف», «ليست», "unlike", "not", "rather than".
var contrastWords = wordSet(`بخلاف وبخلاف ليست ليس وليست وليس مش مو غير عكس unlike not than instead`)

// contrastVerbs are the verbs of differing before «عن» («تختلف عن …», «مختلف عن …»).
var contrastVerbs = wordSet(`تختلف يختلف بتختلف بيختلف مختلف مختلفه تفرق يفرق different differs differ`)

// onlyContrasted says whether text names the word w (with or without the article) and only right
// after a contrast: the thing named is what the text's subject is not.
func onlyContrasted(text, w string) bool {
	ws := knowledge.Words(text)
	seen := false
	for i, t := range ws {
		if t != w && t != "ال"+w && strings.TrimPrefix(t, "ال") != strings.TrimPrefix(w, "ال") {
			continue
		}
		seen = true
		switch {
		case i > 0 && contrastWords[ws[i-1]]:
		case i > 1 && (ws[i-1] == "عن" || ws[i-1] == "from") && contrastVerbs[ws[i-2]]:
		default:
			return false
		}
	}
	return seen
}

// asksOfferAfter says whether a sentence after a message's first asks whether the clinic offers a
// thing it names right after the offer's opener (asksOffer, offered): the patient tells the story,
// then asks («فكي بيطقطق وبيوجعني لما أفتح بقي، بتعالجوا مفصل الفك؟»). Asking for someone to see to
// what the story told («…، عندكم حدا يشوفه؟») names no thing: the story is what is asked about. The
// sentences are cut at the question mark, the full stop, the comma and the exclamation mark, in both
// scripts.
func asksOfferAfter(text string) bool {
	parts := strings.FieldsFunc(text, func(r rune) bool {
		return r == '،' || r == ',' || r == '؟' || r == '?' || r == '.' || r == '!' || r == '؛' || r == ';'
	})
	for _, p := range parts[min(1, len(parts)):] {
		ws := knowledge.Words(p)
		for len(ws) > 0 && (ws[0] == "هل" || ws[0] == "في" || ws[0] == "فيه" || ws[0] == "fi") {
			ws = ws[1:]
		}
		n := 1 // «عندكم …»
		if len(ws) > 0 && ws[0] == "do" {
			n = 3 // "do you treat …"
		}
		if asksOffer(ws) && len(ws) > n && offered(ws) == ws[n] {
			return true
		}
	}
	return false
}

// causeVerbs are the verbs of a question asking whether something causes something else («هل
// الليزر يسبب سرطان؟», "does laser cause cancer?", «بيأدي للعمى؟»).
var causeVerbs = wordSet(`يسبب تسبب بيسبب بتسبب يسببو يسببوا تسببو يسبّب يؤدي يودي تؤدي تودي بيؤدي بيودي
	cause causes causing lead leads`)

// causeLinks are the words between a cause verb and what is caused ("lead to", «يؤدي إلى»).
var causeLinks = wordSet(`الي الى لل ل to in`)

// causedThing is what a question asks whether something causes: the first word after a cause verb
// that is not a stop word, or "" when it asks no such thing. A clinic's pages that never write of it
// cannot say whether their treatment causes it.
func causedThing(words []string) string {
	if i := causedAt(words); i >= 0 {
		return words[i]
	}
	return ""
}

// causedAt is the index in words of causedThing, or -1.
func causedAt(words []string) int {
	for i, w := range words {
		if !causeVerbs[w] || (w == "cause" || w == "causes") && i+1 < len(words) && words[i+1] == "of" {
			continue // "cause of the heat": a noun (or "'cause", because), not whether one thing causes another
		}
		if asksCause(words[:i]) {
			// «وش اللي يسبب حب الشباب؟», "what causes it?": the cause is what is asked, which the
			// page on the thing caused says; no cause is named to be checked against it.
			return -1
		}
		for j := i + 1; j < len(words); j++ {
			if v := words[j]; !causeLinks[v] && !knowledge.StopWord(v) {
				return j
			}
		}
		return -1
	}
	return -1
}

// causedPhrase is the caused thing at words[i] with the content word after it, when there is one:
// «فقدان البصر», which the pages may know as one thing though never writing its first word alone.
func causedPhrase(words []string, i int) []string {
	for _, v := range words[i+1:] {
		if !knowledge.StopWord(v) {
			return []string{words[i], v}
		}
	}
	return words[i : i+1]
}

// causeAskers ask what something is (a question word), and causeRelatives may follow them («وش اللي
// يسبب…»): before a cause verb, together they ask what the cause is.
var (
	causeAskers    = wordSet(`وش ايش شو شنو ايه ما what whats what's which shu sho esh eh wesh shou`)
	causeRelatives = wordSet(`اللي الي يلي illi elli lli yalli that`)
)

// asksCause says whether the words before a cause verb ask what causes something: a question word,
// perhaps «اللي» and stop words ("what actually causes"), and nothing that could be the cause itself.
func asksCause(before []string) bool {
	q := false
	for _, w := range before {
		switch {
		case causeAskers[w]:
			q = true
		case !causeRelatives[w] && !knowledge.StopWord(w):
			return false // a word that could be the cause ("what actually causes" has none)
		}
	}
	return q
}

// bestWords ask which is best: «افضل», «احسن», "best", Arabizi «a7san», «afdal».
var bestWords = map[string]bool{"افضل": true, "احسن": true, "best": true, "a7san": true, "afdal": true}

// whatWords ask what or which, before a word of best: «وش احسن», «ما افضل», "what's the best"; not
// «افضل» in «قالي افضل نايم» (better stay lying), nor after a thing («اي نوع نظاره احسن لولد»).
var whatWords = map[string]bool{"وش": true, "ايش": true, "ايه": true, "شو": true, "ما": true, "هي": true, "هو": true,
	"اي": true, "the": true, "what's": true, "whats": true, "shu": true, "sho": true, "esh": true, "eh": true, "wesh": true}

// kindWords name a kind of a thing or a way to it («نوع عدسات», "type of lenses", «طريقة لعلاج»): the
// thing follows them.
var kindWords = map[string]bool{"نوع": true, "انواع": true, "type": true, "kind": true, "no3": true, "ماركه": true, "brand": true,
	"طريقه": true, "way": true, "method": true}

// bestThing is the thing a message asks the best of («وش احسن نوع عدسات ملونة؟» → «عدسات»): the word
// right after a word of best (and of kind); "" when none follows, as in a comparison («احسن من»), for
// whom («احسن لي») or "best for".
func bestThing(words []string) string {
	for i, w := range words {
		if !bestWords[w] || i+1 >= len(words) || i == 0 || !whatWords[words[i-1]] {
			continue
		}
		next := words[i+1]
		if kindWords[next] && i+2 < len(words) {
			next = words[i+2]
			if next == "of" && i+3 < len(words) {
				next = words[i+3]
			}
		}
		if knowledge.StopWord(next) || kindWords[next] {
			return ""
		}
		return next
	}
	return ""
}

// takeVerbs are the Arabic verbs of taking or using a medicine, a supplement or a product («اخذ»,
// «تناول», «استعمل»). (English "take" mostly asks how long something takes.)
var takeVerbs = wordSet(`اخذ ااخذ اخد ااخد آخذ آخد ناخذ ناخد باخذ باخد تناول اتناول نتناول استعمل استخدم`)

// takenKinds name what kind of thing is taken, not the thing («حبوب بروستاتا», «دوا للضغط»); timeOff
// is taken from work, not swallowed («اخد اجازة»).
var (
	takenKinds = wordSet(`دوا دواء ادويه ادوية حبوب حبه حبة كبسول كبسولات شراب نقط قطره قطرة ابر ابره ابرة`)
	timeOff    = wordSet(`اجازه اجازة اجازات اوف اذن`)
)

// takenThing is what a question names as taken or used: the first word after a verb of taking
// (takeVerbs) that is no stop word nor a kind of medicine (takenKinds), or "" (also for time off).
func takenThing(words []string) string {
	for i, w := range words {
		if !withWaw(takeVerbs, w) {
			continue
		}
		kind := false
		for _, v := range words[i+1:] {
			switch {
			case takenKinds[v] || takenKinds[strings.TrimPrefix(v, "ال")]:
				kind = true
			case kind:
				// The word right after the kind names it («حبوب بروستاتا»); a stop word there leaves
				// the kind the thing taken («قطره من الصيدليه»).
				if knowledge.StopWord(v) {
					return ""
				}
				return v
			case knowledge.StopWord(v):
			case timeOff[v]:
				return ""
			default:
				return v
			}
		}
		return ""
	}
	return ""
}
