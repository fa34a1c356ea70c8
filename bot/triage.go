package bot

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/faqbot/faqbot/knowledge"
)

// Red flags are the signs that someone needs emergency care now, whatever the clinic treats: trouble
// breathing, swallowing or speaking; swelling of the face, lips, tongue or throat; chest pain; bleeding
// that will not stop; fainting; a seizure; the signs of a stroke (a face drooping on one side, one
// side numb or weak); sudden loss of sight or double vision; weakness that spreads; a high fever with a
// swollen face or a stiff neck; the wish to harm oneself. They are matched before anything else and
// never wait for the knowledge base. A clinic adds its own in its folder (knowledge.RedFlagsFile):
// nothing here names a treatment or a condition of one clinic.
//
// Each pattern needs a symptom word together with a sign of trouble, so a wish such as «نفسي اسوي
// تبييض» (I'd like a whitening) is not read as breathlessness. The patterns run over the normalised
// text with words separated by single spaces and a space at either end; \S* before or after a stem
// takes the clitics patients glue on (البلع, ابلع, وحلقي). Arabizi (Arabic in Latin letters, with 2 3 5
// 6 7 8 9 for the letters Latin lacks) has patterns of its own: its spelling is too loose to be
// transliterated. They are marked "Z:" and run only on Latin text that does not read as English
// (see scripts).
var redFlags = compileFlags([]flagPatterns{
	// "DIFF" below stands for a word of difficulty or inability, in any person: صعوبة, ما اقدر/يقدر/تقدر, ولا اقدر,
	// مو قادر, عاجز…; "ZCANT" for the same in Arabizi (ma a2dar, mish 2ader, sa3b).
	{"breathing", nil, []string{
		// Arabic: a difficulty word, up to three words, then a breathing word.
		`(ضيق|مشكل|ثقل|كتم|DIFF)\S*( \S+){0,3} \S*(تنفس|اتنفس|يتنفس|نتنفس|اتنفص)`,
		` ضيق (في |ب)?(ال)?(نفس|النفس) `,
		`ضيق\S* (في |ب)?(ال)?صدر|صدري (\S+ )?(ضيق|مكتوم|يضيق|ضايق)|(chest|throat) (feels |is )?(tight|heavy)|tight chest`,
		`(صعوب|ضيق|ما اقدر|ماقدر|مو قادر|ما قدرت)\S* (في |ب)?(ال)?(نفس|النفس) `,
		` (نفسي|النفس|تنفسي|التنفس|نفسه|نفسها) (\S+ )?(ضيق|ضايق|مكتوم|مقطوع|يضيق|ينقطع|يتقطع|ثقيل|تقيل|قصير|صعب|متقطع|سريع)`,
		` (ال)?تنفس (\S+ ){0,2}(صعب|ثقيل|مو طبيعي|ضيق)`,
		` (انقطع|ينقطع|مقطوع|يضيق|ضاق|ضايق) (\S+ )?نفسي `,
		`(ما|مش|مو) ?(عم )?(اقدر|بقدر|قادر|قادره|قدرت|اعرف|بعرف|عارف|عارفه) (اخذ|اسحب|اخذت|اخد|اخود|اتنفس|انفس) (\S+ )?نفس`,
		// Of someone else, and «مش عارف» for can't (Egyptian): «مش عارف ياخد نفسه كويس».
		`(ما|مش|مو) ?(عم )?(عارف|عارفه|يقدر|تقدر|بيقدر|بتقدر|يعرف|تعرف|بيعرف|بتعرف|قادر|قادره) (ياخذ|تاخذ|ياخد|تاخد|يسحب|تسحب) (\S+ )?نفس`,
		` و?(ما|مو|مش|مب) ?(عم |ب|د)?(اتنفس|يتنفس|تتنفس|نتنفس) (زين|عدل|كويس|منيح|مليح|صح|طبيعي)|not breathing (right|properly|normally)`,
		`(يتنفس|تتنفس|بيتنفس|بتتنفس|اتنفس|بتنفس) (بالعافيه|بالموت|بالقوه)`,
		`(شورتنس|شورت نس) (اوف )?(بريث|بريذ)|(الاير|الهوا|الهواء) (ما|مو|مش|مب) ?(ي|ب|بي)?(دخل|يدخل|يوصل|وصل|يمر)`,
		`(اختنق|اختناق|انخنق|مخنوق|يختنق|تختنق|نختنق| اتخنق| بتخنق| باتخنق| بيتخنق| بتتخنق|يخنقني|خنقه|كتمه|اكتم|لهثان|الهث|يلهث|تلهث)`,
		`(can t|cant|cnt|cannot|can not|couldn t|unable to|(hard to|difficult|difficulty|trouble|struggl|problem|labou?red|hard time|barely|hardly)\S*)( \S+){0,3} breath`,
		`breathing (is |feels |got |has become )?(so |very |really )?(difficult|hard|labou?red|heavy|shallow)|(he s|she s|hes|shes|he is|she is|baby is) not breathing( |$)|(isn t|isnt|stopped) breathing( |$)|short(ness)? of breath|breathless|out of breath|chok|wheez|gasping|gasps|suffocat`,
		// Arabizi.
		`Z:ZCANT( \S+){0,3} ZBREATH`,
		// Breath cutting off: «3am ye2ta3 nafase».
		`Z: (y|t|bi|bi?t|bi?y)[ae]?n?[2gq8k][t6][ae]?3\S* (\S+ )?ZBREATH`,
		`Z:ZBREATH (\S+ ){0,2}(y?[ie]?n[gq28][ie]?[t6][ie]?3\S*|m[9q2g][ae]?t+[ae]?3\S*|[gq2]a?[s9][ie]?r|d[ae]y[eiy]?[gq2]\S*|mag6oo3|ma[2q]too3|ma[2gq]t[ou]+3|m[ae]?[gq]too3|sa3[ou]?b\S*|b sa3[ou]?b\S*|ZHEAVY)`,
		`Z: (dee?[2gq]|d[ie]y?[2gq]|deeg|6ee?g) (el |al |fi |bil |b |bl )?(ZBREATH|s[ae]dr\S*|9[ae]?dr\S*)`,
		`Z: (s|9)[ae]?d[ae]?r[iyo]?\S*( \S+){0,2} (d[ae]y[eiy]?[gq2]\S*|dayg|m?kat+am\S*|makto+m|msak+ar|m[sz]?[9qg]ou?[kbd]\S*|m[9qg]b[ou][td]\S*|mz[iy]+er\S*|msdou?d\S*)`,
		`Z: (s|9)[ae]?dr\S*( \S+){0,2} (y|t|bi)?s[ae]?f+[ae]?r\S*|(ma|mo|mish|msh) ?(3am )?(y|t)?(fu+t|d5ol|dkhol)\S* (el |al )?hawa|hawa( \S+){0,3} (ma|mo|mish|msh) ?(3am )?(y|t)?(fu+t|d5ol|dkhol)`,
		// Choking, «5ene2», and the Levantine present without its ن («byekhta2», «btekhte2»); not «a5ta2t»
		// (I made a mistake), which no present prefix opens.
		`Z: \S*(5|kh)(t[ie]?)?n[aeiou]*[2gq][ae]? | (b|y|t|n|bt|by|bn)[aeiy]{0,2}(5|kh)t[aie]?[2gq](i|o|u|ou|et|it)?( |$)|makhnoo[2gq]|m(5|kh)noo?[2gq]|m(5|kh)n[ou]+[2gq]`,
		// No breath at all («mafeesh nafas khales», «ma fi nafas abadan»): «nafas», with its two vowels,
		// is the breath (نَفَس), not the self or the appetite («nafs», «nefs»).
		`Z: (ma ?fee|ma ?fi|mafi|mfi|mfee|mako|maku|makoo|makaynach|makaynch|makayn) (\S+ )?nafas (khales|5ales|khalis|5alis|abadan|abdan|bel ?marra|bilmarra|ktir|ketir)( |$)`,
		// Blue lips or face, a wheeze: not enough air, whatever the cause.
		`(شفايف|شفايفه|شفايفها|شفايفي|شفته|شفتها|شفتي|شفاهه|شفاهها|وجهه|وجهها|لونه|لونها|اظافره|اظافرها)( \S+){0,2} (زرق|ازرق|زرقا|زرقت|ازرقت|ازرقو|مزرق|مزرقه|مزرقين|زرقاء)`,
		`Z: ((sh|ch)[ae]?f[ae]?y?[ie]?f\S*|wi?jh\S*|wajh\S*|lon[oa]\S*|lips?)( \S+){0,2} (zar[gq29]\S*|zr[ae]?[gq29]\S*|azra[gq29]\S*|mzar[gq29]\S*)`,
		`(lips|face|skin|fingertips|nails)( \S+){0,3} (blue|bluish|grey|gray)( |$)|(turn|turns|turning|turned|going|gone|went|goes) (\S+ )?(blue|bluish|purple)( |$)`,
		`(يصفر|تصفر|صفير|يزيق|تزيق|يخرخر|تخرخر|خرخره)( \S+){0,3} \S*صدر|\S*صدر\S*( \S+){0,3} (يصفر|تصفر|صفير|يزيق|تزيق|يخرخر|تخرخر)`,
		`(صفير|يصفر|تصفر|يزفر)( \S+){0,3} \S*(تنفس|نفس)|\S*(تنفس|نفس)\S*( \S+){0,3} (صفير|يصفر|تصفر)`,
	}},
	// Someone not breathing at all, told with no word of difficulty («ابني ما عم يتنفس», «وقف نفسه»,
	// "my son is not breathing", "she stopped breathing"): the gravest form of the sign, not left to
	// the net. Not of the nose or mouth alone («ما يتنفس من انفه», "not breathing through his nose"):
	// a blocked nose (notByNose).
	{"breathing", notByNose, []string{
		` و?(ما|مو|مش|مب|لا) ?(عم |قاعد |قاعده |ب|د|بي|بت)?(يتنفس|تتنفس|يتنفسش|تتنفسش)( |$)`,
		` (وقف|انقطع|توقف) (\S+ )?(نفسه|نفسها|تنفسه|تنفسها)( |$)|(نفسه|نفسها|تنفسه|تنفسها) (وقف|انقطع|توقف)|(توقف|وقف|يتوقف|تتوقف) عن (ال)?تنفس`,
		`(is|s|are|re|was|were) not breathing( |$)|(isn t|isnt|aren t|arent|wasn t|wasnt|not) breathing( |$)|(stopped|stops|stopping) breathing`,
		`Z: (ma|mesh|mish|mush|msh|mo|mu|mub) ?(3am |3m |b|bi|by|bit|bt)?(y|t)[ae]?t?[ae]?n[ae]?f+[ae]?s\S*( |$)`,
	}},
	// Something dangerous swallowed: a button battery, a magnet, a sharp object, a cleaning product.
	// Whole words: "hate wearing reading glasses" is nothing eaten, "ate pineapple" no pin.
	{"swallowed", nil, []string{
		`(بلع|بلعت|ابتلع|ابتلعت|شرب|شربت|اكل|اكلت)( \S+){0,2} (ال)?(بطاريه|بطاريات|حجر بطاريه|مغناطيس|مغناطيسات|دبوس|مسمار|شفره|موس|زجاج|قزاز|كلور|كلوركس|مبيض|منظف|مطهر|كاز|بنزين|ديتول|فلاش|مويه نار|سم|سموم|جاز|تنر|ثنر|مبيد|مبيدات|سبيرتو|كيروسين)(ات)? `,
		` (swallowed|drank|ate)( \S+){0,3} (battery|batteries|magnet|magnets|bleach|cleaner|cleaners|cleaning|detergent|detergents|poison|poisons|poisonous|pin|pins|razor|razors|glass|dishwasher|laundry|pod|pods|kerosene|gasoline|petrol|antifreeze|pesticide|pesticides|lye)( |$)`,
		`Z:(bal[ae]?3|bil3|bl3|bal+a3|sh[aie]?r[aie]?b|shrb|akal)\S*( \S+){0,2} (ba?t+ar[iy]+[ae]?\S*|b[ae]t+ar[iy]\S*|clorox|klorox|chlor\S*|flash|mubay+e?d|mobay+ed|jaz |kaz |benzeen|benzin|sim+ |mughnat\S*|maghnat\S*)`,
	}},
	{"swallowing", nil, []string{
		// Pain is «الم» as a word (with its article or a pronoun), not every word opening so («الموقته»).
		`(DIFF|مشكل|ما اعرف|ما يعرف|ما تعرف|اعاني|يعاني|تعاني|ثقل)\S*( \S+){0,3} \S*(بلع|بتلع|بتلاع)| (ال|بال|وال|فال|و|ب|ف)?(الم|الام|المي|المه|المها)( \S+){0,3} \S*(بلع|بتلع|بتلاع)`,
		`(غصه|اغص|يغص|شرقان|اشرق) `,
		// Swallowing told as a toil («صرت اتعب وانا ابلع», «بتعب بالبلع»).
		`(اتعب|بتعب|تعبت|يتعب|تتعب|بيتعب|بتتعب|اتعذب|بتعذب|يتعذب|تتعذب)( \S+)? (ا|ي|ت|ن|ب|بي|بت)?بلع( |$)|(اتعب|بتعب|يتعب|تتعب|بيتعب|بتتعب|اتعذب|بتعذب) (في |ب|عند |وقت )(ال)?(بلع|ابتلاع)( |$)`,
		` (ال|ف|فال|بال)?(بلع|ابتلاع) (\S+ ){0,2}(صعب|ثقيل|مو طبيعي|يوجع|مولم)`,
		`(can t|cant|cannot|can not|unable to|not (be |being )?able to|(hard to|difficult|difficulty|trouble|struggl|problem|pain|barely|hardly)\S*)( \S+){0,3} swallow`,
		`dysphagia`,
		// Food that keeps going down the wrong way, or will not go down at all (once is anyone's); "down"
		// before "the" reads as "spreading" (triageWords).
		`(food|drink\S*|water|liquid\S*|everything|it|milk|soup)( \S+){0,2} (keeps|keep|kept|always|still) (going|goes|went) (down|spreading) the wrong (way|pipe)|(can t|cant|cannot|can not|couldn t|unable to) get (any |my |the )?(food|anything|water|liquids|drinks|solids|a thing) down`,
		// What is drunk or eaten coming back through the nose: the swallow has gone wrong.
		` (و|ف)?(ال)?(مويه|ماي|موي|ماء|ميه|مايه|مياه|مي|اكل|اكلي|اكله|اكلها|شربي|مويتي|اكل|شرب|اكل والشرب|سوايل|سوائل|حليب|عصير|شاي|قهوه|شوربه|دوا)( \S+){0,3} (و|ف)?(ب|بي|بت|عم |عم ي|عم ت)?(ترجع|يرجع|تطلع|يطلع|تنزل|ينزل|تخرج|يخرج|رجع|رجعت|طلع|طلعت|خرج|خرجت) (\S+ )?(من )?(خشمي|خشمه|خشمها|انفي|انفه|انفها|مناخيري|مناخيره|مناخيرها)|(comes|coming|came|goes|going|went) (back )?(up |out )?(out of|through|into) (my|his|her|the) nose`,
		`Z:ZCANT( \S+){0,3} ZSWALLOW`,
		`Z: (el |l)?(akl|ma2|may+[ae]h?|moy[ae]|mayy|sharab|shurb|7al[ie]+b|3a?s[ie]+r)\S*( \S+){0,3} (w )?(b|bi)?([yt][ie]?|[yt]e)?([t6][ae]?l[ae]?3|r[ae]?j[ae]?3|[t6]al[ae]?3[ae]?t|raj[ae]?3[ae]?t)\S* (\S+ )?(mn |min |men |m )?(el |l)?(manakh[iy]r\S*|mana5[iy]r\S*|anf[iy]\S*|anf|5ashm\S*|khashm\S*)`,
		`Z:ZSWALLOW (\S+ ){0,2}(sa3[ou]?b\S*|ZHEAVY|m[ae]?st[ae]?[h7][ae]?ee?l)`,
	}},
	{"speaking", nil, []string{
		`(DIFF|ثقل|ثقيل|تلعثم|متلعثم)\S*( \S+){0,3} \S*(كلام|اتكلم|تكلم|يتكلم|نطق|انطق|ينطق|احكي|يحكي|تحكي|اهرج|يهرج|تهرج|تحدث|احجي|يحجي|تحجي)`,
		// With a glued «و» too («اتعب وانا ابلع وصوتي تغير»).
		` و?(كلامي|لساني|صوتي|نطقي|كلامه|كلامها|حكيي|حكيه|حكيها|حجيه|حجيها) (\S+ )?(ثقيل|ثقل|تقيل|متلخبط|تلخبط|مو واضح|غير واضح|مب واضح|مش واضح|مش مفهوم|مو مفهوم|راح|متغير|تغير|يتقطع|خنفه|مخنف|مخنفه|اخنف)`,
		// Talking and not making sense («تتكلم كلام ما يفهم»).
		`(ي|ت|بي|بت)?(تكلم|حكي|هرج|هضر|حجي) كلام (ما|مو|مش|مب|مالو|ملوش|ماله|مالوش) ?(ي|ين|بي|بين)?(فهم|نفهم|تفهم|ينفهم|مفهوم)( |$)`,
		`ثقل (في |ب)?(ال)?(لسان|كلام|نطق)`,
		` (ال)?(كلام|نطق) (\S+ ){0,2}(صعب|ثقيل|مو طبيعي)`,
		`slurr|(can t|cant|cannot|can not|unable to|(hard|difficult|difficulty|trouble|struggl|barely|hardly)\S*)( \S+){0,3} (speak|talk)`,
		`Z:ZCANT( \S+){0,3} ZSPEAK`,
		`Z:ZCANT (n|a|y|t)?[ae]?k[ae]?m+[ae]?l\S* (l|el |al )?(jomla|jumla|jmla|jomal|kalam|klam|kelma|7ade?th)( |$)`,
		`(DIFF) (ا|ي|ت|ن)?كمل (ال)?(جمله|جمل|كلام|كلامي|كلامه|كلامها|حكي|كلمه|جملتي|جملته)( |$)|(can t|cant|cannot|couldn t|unable to) (finish|complete|get out) (a |the |my |his |her )?(sentence|sentences|words)`,
		// Wanting to speak and unable («3ayza tetkallem w mesh ader»).
		`Z:ZSPEAK( \S+)? (w )?(ma|mo|mu|mish|mesh|msh|mush|mani) ?(3am )?(\S*[2gq98k]a?[ae]?d[ae]?r\S*|a[ae]?d[ei]r|ad[ae]?r[ae])( |$)`,
		`Z: (sawt\S*|so+t[iy]\S*|9o+t[iy]\S*) (\S+ )?(ra7|raa7|rah|m[ae]?b7o7|mab7ou7|[ie]?t[8g]h?[ae]?y+[ae]?r\S*|m[ie]?t[8g]h?[ae]?y+[ae]?r\S*)`,
		`Z:ZSPEAK (\S+ ){0,2}(ZHEAVY|m[ie]?t?l?[ae]?(5|kh)[ae]?r?b[ae]?t\S*|(msh|mish|mesh|mo|mu|mob|mb|ghair|ghir|mush) (wad[ie]?7|wa[d6][ie]?7|wa9[ie]?7|mafhoo?m|mafhoum))`,
	}},
	{"weakness", nil, []string{
		`ضعف (عام|شديد|كامل|متزايد|ينتشر|منتشر|في كل|في جسمي|بجسمي|في الجسم|بالجسم|في اطرافي|في الاطراف|في يدي|في يديني|في رجلي|في رجولي|في ذراعي)`,
		`ضعف( \S+){0,3} (ينتشر|منتشر|انتشر|يزيد|زاد|يمتد|امتد|يزحف|زحف)`,
		// The same in Arabizi («el da3f yentashir lein rgabatha»).
		`Z: (el |l)?(da3f|d3f|dha3f|dh3f|6'a3f|6a3f)( \S+){0,3} (b|bi|3am )?(yentasher|yentashir|yintashir|yintishir|yentesher|tentashir|ntashar|ntashir|entashar|intashar|yimtad|yemtad|imtad|yzeed|yzid|yezeed|zad|zayed|yiz7af|yez7af)( |$)`,
		`ضعف( \S+){0,3} (جسمي|الجسم|اطرافي|الاطراف|كله|كلها)`,
		`ضعف (في |ب)?(ال)?(ذراع|ساق|اطراف|يدين|رجلين|ايدي|رجول)\S*|(losing|lost|no) (my )?strength`,
		` (جسمي|اطرافي|يديني|يدي|رجولي|رجلي|ذراعي) (كله |كلها )?(ضعيف|ضعيفه|مرتخي|مرتخيه|ثقيل|ثقيله|ما يتحرك|ما تتحرك|ما تشيلني|مش شايلاني|مش شايلني|ما شايلتني)`,
		`(ارتخا|خمول|هبوط) (عام|في كل|في جسمي|بجسمي)`,
		` (ال|و)?(يد|ايد|ذراع|رجل|ساق)\S* (اليمين |اليسار |الشمال |اليمني |اليسري )?(ما|مو|مش|مب|صارت ما|صار ما) ?(تطاوع|يطاوع|بتطاوع|بيطاوع)\S*`,
		` (ال|و)?(يد|ايد|ذراع|رجل|ساق)\S* (اليمين|اليسار|الشمال|اليمني|اليسري) (صارت |صار )?(ثقيل|ثقيله|تقيل|تقيله|ضعيف|ضعيفه|مرتخي|مرتخيه|ما تتحرك|ما يتحرك)( |$)`,
		`(ما|مو|مب|مش|ماني|ماهو|ماهي) ?(عم )?(اقدر|يقدر|تقدر|قادر|قادره|قدرت|قدر|بقدر|بيقدر|بتقدر) (احرك|ارفع|امشي|اوقف|اقوم|اتحرك|يحرك|يرفع|يمشي|يوقف|يقوم|يتحرك|تحرك|ترفع|تمشي|توقف|تقوم|تتحرك|حرك) |(انشل|انشليت|انشلت|شلل (في |ب)?\S*(جسم|اطراف|يد|رجل|وجه))|(انا|صرت|صار|صارت|جسمي|جسمه|جسمها|يدي|يده|يدها|رجلي|رجله|رجلها|ذراعي|نصي|وجهي|وجهه|وجهها|وشي|اطرافي) (\S+ )?(مشلول|مشلوله)`,
		`(DIFF)\S* (في |ب)?(تحريك|رفع) (\S+ )?(ال)?(ذراع|يد|رجل|ساق|اطراف|جسم|راس)`,
		// A neck too weak to hold the head up («رقبتي مش شايلة راسي», "can't hold his head up").
		` و?(رقبتي|رقبته|رقبتها|رقبتو|الرقبه) (\S+ )?(ما|مش|مو|مب|صارت ما) ?(عم )?(شايله|شايلاه|شايلاني|تشيل|بتشيل|تحمل|بتحمل|قادره تشيل|قادره تحمل) (راسي|راسه|راسها|راسو|الراس)( |$)|(can t|cant|cannot|can not|couldn t|unable to|struggling to|struggles to|hard to|trouble) (hold|holding|keep|keeping|lift|lifting|raise|raising) (up )?(my|his|her|their) head( up)?( |$)|(head|neck) (keeps |is |s )?(dropp|flopp|lolling)\S*( forward| to one side| back)?`,
		`weakness( \S+){0,3} (all over|spread|whole body|body|arms|legs|limbs)|(general|generali[sz]ed|spreading|whole body|all over) (muscle )?weak|(arms|legs|body|limbs) (feel |are |is )?(so |very )?weak|weak( \S+){0,2} (all over|everywhere)|weak\S*( \S+){0,4} spread|(can t|cant) (move|lift|walk|stand)|(keeps|keep|kept|started|is|s) dropping (things|stuff|everything|objects|cups|the cup|his cup|her cup|my cup|his fork|her fork|his phone|her phone|his glass|her glass)|paraly|weak\S*( \S+){0,6} (now|moved|moving|climbing|going up|gone up|up to)( \S+){0,4} (arms|legs|hands|chest|body|face)( |$)`,
		`Z:ZCANT (a7ar+ek|a7rek|7ar+ek|[aei]rfa3|[aei]rf3|amshi|emshi|imshi|[aytn]?sh[ie]+l|[27h][ae]?r+[ae]?k\S*|ou?2af|aw2af|agoom|a2oom|at7ar+ak|y7ar+ek|yarfa3|yemshi|yimshi|t7ar+ek|tarfa3|temshi|nw[ae]?[9qg2][ae]?f|n[ae]?m[ae]?[sc]h[iy]|n[ae]?t?7[ae]?r+[ae]?k|n[ae]?rf[ae]?3|n[ae]?[9qg2]oo?m|n[ae]?[9qg2][ae]?d)( |$)`,
		`Z: (da3f|d3f|da3af|6a3f)( \S+)? (bi |b |fi |bel |bil |b?el |bl )?(idayye|idayya|idayyi|iday|idayi|ideyi|ideyya|ideyye|eedayn|eedain|idein|ideen|edeen|edayye|ejrayye|ejrayya|ijrayye|ijrayya|rijlayya|rijlayye|rejlayye|rijleen|rejleen|rijlain|ejreen|ijrein|atraf|atrafi|el atraf)( |$)`,
		`Z: (jism\S*|ide+y\S*|ee?d[iy]\S*|e?d[ae]?[iy]h[ae]?\S*|yad[iy]\S*|ijr\S*|rijl\S*|regl\S*|atraf\S*|r[ae]?[gq2][ae]?b\S*)( \S+){0,3} (da3ee?f\S*|d3ee?f\S*|da3[iy]f\S*|mirt[ae]?(5|kh)\S*|marti(5|kh)\S*|\S*d3af\S*|\S*d[ae]3f[ao]\S*)`,
	}},
	{"vision", nil, []string{
		` (فجاه|فجا|فجاءه|suddenly)( \S+){0,4} (نظري|نظره|نظرها|النظر|بصري|الرويه)( \S+){0,3} (ضعف|ضعيف|راح|قل|خف|اسود|مغبش|انطفي|وقع|طاح|نزل|هبط|ضاع)|(نظري|نظره|نظرها|النظر|بصري)( \S+){0,3} (ضعف|ضعيف|راح|قل|اسود|انطفي|وقع|طاح|هبط|ضاع)\S*( \S+){0,3} (فجاه|فجا|فجاءه)`,
		// A curtain or shadow coming over the sight (a detaching retina), and an eye in pain with vomiting.
		// A shadow or darkness is over or in the eye, not under it («سواد تحت عيني» is dark circles).
		`(ستاره|ستار|غيمه|غمامه|حجاب)( \S+){0,4} (علي |فوق |قدام |في |ب)?(ال)?(نظري|نظره|نظرها|النظر|الشوف|عيني|عينه|عينها|الرؤيه)|(ظل|سواد)( \S+){0,4} (علي |فوق |قدام |في |ب)(ال)?(نظري|نظره|نظرها|النظر|الشوف|عيني|عينه|عينها|الرؤيه)|(curtain|shadow|veil)( \S+){0,6} (vision|sight|eye)`,
		` ` + eyeWord + `\S*( \S+){0,4} \S*(توجع|تالم|الم|وجع|تعور)\S*( \S+){0,6} (\S*(استفراغ|ترجيع|قيء|اتقيا|يستفرغ|استفرغ|ارجع|ترجع|غثيان|زوع|زاوع|طرش)|و?رجعت ($|و\S+|مرتين|مره|كذا مره|[0-9]+ مرات))`,
		`Z:(3[ae]?[iy]*n[iy]\S*|3[ae]?[iy]+n\S*|3y[ou]+n\S*)( \S+){0,4} \S*(l[ae]?m|w[jg][ae]?3|wa[jg][ae]?3)\S*( \S+){0,6} (\S*(stefr[ae]?gh|istifragh|estefragh|traj+i3|traje3)|(w |o |wa )?r[ae]?[gj]+[ae]?3[ae]?t\S* (mar+[ae]?t[eai]+n|marrat[ae]?i?n|[0-9]+ mar+at|talat mar+at|kaza mar+a))|(3[ae]?[iy]*n[iy]\S*|3[ae]?[iy]+n\S*|3y[ou]+n\S*)( \S+){0,4} (t|y|b|bt|by)?[ou]+j[ae]?3\S*( \S+){0,6} (w|o|wa)? ?r[ae]?jj+[ae]?([iy]|3)t\S*`,
		// Sight gone all at once, told as no longer seeing («فجأة ما عدت شوف شي»).
		` (فجاه|فجا|فجاءه|suddenly)( \S+){0,4} (ما|مش|مو|مب) ?(عدت|عاد|عادت|عم|بقيت|بقت|صرت|صار|صارت)? ?(شوف|اشوف|يشوف|تشوف|بشوف|بتشوف|بيشوف)( |$)`,
		// Flashes of light with a shower of floaters: a retina tearing.
		`(ضواو|اضواء|اضوا|ضوء|ضو|انوار|نور)( \S+){0,3} \S*(طف|شعل|لمع|برق)\S*( \S+){0,6} \S*(نقط|نقاط|عوائم|ذباب|خيوط|بقع)`,
		`Z:(sharar\S*|flash\S*|wam[ae]?d\S*|wmeed\S*|wamee?d\S*)( \S+){0,6} (no2a?[t6]\S*|n[ou][2qk]a[t6]\S*|n[ou]q[ae]?[t6]\S*|dh?[ou]bb?ab\S*|zbab)|(no2a?[t6]\S*|n[ou][2qk]a[t6]\S*|dh?[ou]bb?ab\S*)( \S+){0,6} (sharar\S*|flash\S*|wam[ae]?d\S*)`,
		`(ومضات|ومضه|وميض|فلاشات|فلاش|برق|شرار)( \S+){0,6} \S*(نقط|نقاط|عوائم|ذباب|خيوط|بقع)|(نقط|نقاط|عوائم|ذباب|خيوط)( \S+){0,6} \S*(ومضات|وميض|فلاشات|فلاش)|flash\S*( \S+){0,6} floaters|floaters( \S+){0,6} flash`,
		` ` + eyeWord + `\S*( \S+){0,2} (فيها|فيه|عليها|عليه|قدامها|قدامه) (\S+ )?(ستاره|ستار|غمامه|غيمه) `,
		`Z:(s[ie]?ta?r+a|satara|ghaima|ghayma|ghmama|dell|6ell|zell)( \S+){0,4} (3la|3ala|fo2|f|qodam|2odam)? ?(l?3[aei]{0,2}y?n(i|y|e|ee|eh|ih|o|oh|ou|u|ha|a|ak|ek|ik|ay|ayya|aya|ayn|ain|ein|een|eyn|ayni|aini|eini|ayne|aine|eine|ayno|aino|aynha|ainha|na|ne|ni|kon|hom)?|l?3yoo?n\S*|n[ae]?[zd6]ar\S*)( |$)`,
		// A veil over the sight («7ajab aswad 3ala nazari», «7ijab… el shoof»).
		`Z: (7[ie]?jab|7jab)( \S+){0,4} (3la |3ala |fo2 |f |qodam |2odam )?(el |l|al )?(sh[ou]+f\S*|n[ae]?[zd6]ar\S*|3[aei]{1,2}y?n\S*|3yoo?n\S*)( |$)`,
		// A curtain or a cloud over the eye or the sight, told in either order («fi 3eny sitara sawda»,
		// «في عيني ستارة سودا»).
		// «nathari» with the ظ as th, and "part of my sight" («goz2 mn nazari»).
		`Z: (s[ie]?t+ar+a|s[ie]?tar|ghaim[ae]|ghaym[ae]|ghmam[ae])( \S+){0,4} (3la |3ala |fo2 |f |fi |qodam |2odam |mn |min |men )?(el |l|al )?(sh[ou]+f\S*|n[ae]?(th|[zd6])ar\S*|3[aei]{1,2}y?n\S*|3yoo?n\S*)( |$)|` +
			` (f|fi|b|bi|3la|3ala|fo2|qodam|2odam) (el |l|al )?(3[aei]{1,2}y?n\S*|3yoo?n\S*|n[ae]?[zd6]ar\S*)( \S+){0,3} (s[ie]?t+ar+a|s[ie]?tar|ghaim[ae]|ghaym[ae]|ghmam[ae])( |$)`,
		` (في |علي |فوق |قدام )?(ب)?(عيني|عينه|عينها|عيوني|عيونه|عيونها|نظري|نظره|نظرها)( \S+){0,3} (ستاره|ستار|غيمه|غمامه)( |$)`,
		// A curtain seen («شايف ستارة سودة», "seeing a dark curtain"): the sight named by its verb.
		` (ب|بي|بت|عم |قاعد |قاعده )?(شايف|شايفه|اشوف|يشوف|تشوف|نشوف|يشوفون)( \S+){0,2} (ستاره|ستار|غمامه)( |$)|(see|sees|seeing|saw) (a |like a |something like a )?(\S+ )?(curtain|veil)( |$)`,
		`Z: (b|bi|bt|3am |ka)?(shayef|shayfe|shayfa|ashoof|ashuf|bashoof|bashuf|yshoof|yshuf|bishoof|bishuf|tshoof|tshuf|btshoof|btshuf)( \S+){0,2} (s[ie]?t+ar+a|s[ie]?tar|ghmam[ae])( |$)`,
		// Something covering part of the sight («3am yghatti nos el shoof», «بيغطي نص نظري»): of the sight, not the eye (a patch).
		`Z: (bi?|3am )?[ytm]?[ae]?gh[ae]?t+[aeiy]\S*( \S+){0,2} (el |l|al )?(sh[ou]+f|shoof\S*|n[ae]?[zd6]ar\S*|ro2ya|ru2ya|ro2ye)( |$)|(يغطي|تغطي|بيغطي|بتغطي|مغطي|مغطيه|غطي|غطت)( \S+){0,2} (ال)?(نظري|نظره|نظرها|النظر|الشوف|شوفي|الرؤيه|رؤيتي)( |$)`,
		`Z:(wam[ae]?[2d]at|wamdat|wama2at|flashat|flashaat|falashat)( \S+){0,6} \S*(n[ou]?[2q8][ae]?[t6]|no2a6|nu2at|n2at|3awa2em|3awa2im|dhubab|thubab)`,
		// A blow to the eye, and the sight worse since.
		`(انضرب|انضربت|اتخبط|اتخبطت|انخبط|انخبطت|ضربه|ضربني|ضربته|ضربتها|جته|جاته|جاتها|جتها|خبطه|خبطت|طقت|صقعت|دخلت)( \S+){0,4} ` + eyeWord + `\S*( \S+){0,6} (و)?(ما|مو|مب|مش|صار ما|صارت ما) ?(اشوف|يشوف|تشوف|شايف|شايفه|يشوفون)|(hit|struck|punched|ball)( \S+){0,5} eye( \S+){0,6} (can t|cannot|can not|not|isn t|doesn t) (see|seeing)|(hit|struck|punched|poked|jabbed|elbowed)( \S+){0,3} (in )?(the |my |his |her |that |this |one |your |their |the same )?(\S+ )?eye( \S+){0,14} (blurr\S*|can t see|cannot see|hurts|pain\S*|bleed\S*)`,
		// A blow to the eye, and the sight blurred since, however slightly («انضربت عيني… وصار مغبش شوي»).
		`(انضرب|انضربت|اتخبط|اتخبطت|انخبط|انخبطت|ضربه|ضربني|ضربته|ضربتها|جته|جاته|جاتها|جتها|خبطه|خبطت|طقت|صقعت)( \S+){0,4} ` + eyeWord + `\S*( \S+){0,8} \S*(مغبش|مشوش|زغلل|غبش|غباش|ضباب)`,
		// Sudden loss of sight, with an «و» glued on or not («واليوم صاحي ومايشوف بعينه»).
		` (و)?(ما|مو|مب|مش|صرت ما|ماعاد|ما عاد|ما عدت|ما صرت|ما صار|ما صارت|ماصرت|ماصار|ماصارت|مش قادر|مش قادره|ما اقدر|ما يقدر|ما تقدر) ?(اشوف|يشوف|تشوف|شايف|شايفه|نشوف) (حاجه |شي |اي شي )?(ب|من)?(عين|عيني|عينه|عينها|عيوني|عيونه|عيونها|العين|ابد|نهائي|خالص)`,
		` (ال|و)?(عين|عيني|عينه|عينها|عيوني|عيونه|عيونها)( اليمين| اليسار| اليمني| اليسري| الشمال| وحده)? (ما|مو|مش|صارت ما) ?(تشوف|يشوفون|تشوفش|بتشوفش)`,
		` (ال|و)?(عين|عيني|عينه|عينها)( \S+){0,3} (و)?(ما|مو|مش|مب|صرت ما|صار ما|صارت ما) ?(اشوف|يشوف|تشوف|شايف|شايفه) (فيها|بيها|بها|منها|فيه|منه)`,
		// The same of the lid fallen over it, and in MSA («جفنها متدلٍّ ولا ترى منه»).
		` (ال|و)?(عين|عيني|عينه|عينها|جفن|جفني|جفنه|جفنها)( \S+){0,4} (و)?(ما|مو|مش|مب|لا|صرت ما|صار ما|صارت ما|لم تعد|لم يعد|لم اعد) ?(اشوف|يشوف|تشوف|اري|يري|تري|شايف|شايفه) (فيها|بيها|بها|منها|فيه|منه|به)( |$)`,
		// In English: "my eyelid is hanging down and I can't see well out of it".
		` (eye|eyes|eyelid|eyelids|lid|lids)( \S+){0,8} (and )?(i |he |she |we )?(can t|cant|cannot|can not|couldn t|can barely|can hardly) see (well |properly |clearly |much |anything |a thing )?(out of|through|from|with) (it|them|that eye|that side)( |$)`,
		`(فقدت|فقد|فقدان|راح|راحت|اختفي|اختفت|انطفي|طار) (\S+ )?(ال|لل)?(بصر|نظر|رويه)|(نظري|نظره|نظرها|بصري|بصره|بصرها|النظر|البصر|الرويه|رويتي|رويته|رويتها) (\S+ )?(راح|راحت|اختفي|اختفت|انطفي|انطفت|طار|طارت|اسود|اسودت|سواد|ظلام|انعدم|انعدمت)| (عميت|صرت اعمي|صار اعمي|صارت عميا) `,
		`(can t|cant|cannot|can not) see( \S+){0,2} (out of|with|from|in) (my |his |her |the |that |this |one |the same |the treated |the operated )?(left |right |one )?eye|(lost|losing|lose) (all )?(my |his |her |the |of |of my |of his |of her )?(vision|sight|eyesight)|(went|gone|going) blind|(can t|cant|cannot|can not|couldn t|couldnt) see (anything|a thing|at all|nothing)|(see|sees|seeing) nothing( at all)?( (from|in|with|out of|through) (my |his |her |the |that |this |one |the same )?(left |right |operated |treated |bad )?eye| at all)( |$)|blind in (one|my|his|her|the) (\S+ )?eye|vision (went|is going|turned|has gone|went all) (black|dark|dim)|everything (went|is going|turned) (black|dark)|(vision|sight|eyesight) (just |suddenly |completely )?(went|disappeared|vanished|gone) (in|out|from|dark|black)( |$)|(black|dark|darkness) in (my |his |her |one |the )?(left |right )?eye|eye( \S+){0,6} (switched|turned|shut) off`,
		`Z:(3[aei]{0,2}y?n\S*|3yoo?n\S*)( \S+){0,3} (ma|mo|mish|msh|mesh|mb) ?(3am |b|b[9q2][ai]t? |b[9q2]it |3ad |3adt )?([anyt]?(sh|ch)[ou]+f|shay[ei]?f\S*) (fiha|feeha|biha|menha|minha|fih|bih)`,
		`Z: (ma|mo|mish|msh|mesh|mb|ma 3ad|ma 3[ae]?d[te]?|ma3[ae]?d[te]?) ?(3am |b|b[9q2][ai]t? |b[9q2]it |3ad |3adt )?([anyt]?(sh|ch)[ou]+f|shay[ei]?f\S*) (b|bi|min|mn)? ?(3[aei]{0,2}y?n\S*|3yoo?n\S*)`,
	}},
	// The same vomiting told in the b-present of the Levant and Egypt («وجع فظيع وبرجع», «وبيرجع»):
	// that verb is also the one of coming back, so not with where from or to (returning).
	{"vision", returning, []string{
		` ` + eyeWord + `\S*( \S+){0,4} \S*(توجع|تالم|الم|وجع|تعور)\S*( \S+){0,6} (و|ف)?(ب|بي|عم ا|عم ي)رجع( |$)`,
		// What is eaten or drunk coming back up («ويرجع كل اللي ياكله», «وترجع الاكل»): vomiting, whoever's.
		` ` + eyeWord + `\S*( \S+){0,4} \S*(توجع|تالم|الم|وجع|تعور)\S*( \S+){0,6} (و|ف)?(ب|بي|بت|عم ا|عم ي|عم ت|ا|ي|ت|ن)?رجع(و|وا|ي)? (كل )?(شي |اشي |حاجه )?(اللي |الي |ما |شو |وش |ايش )?(ب|بي|بت|عم )?(اكل|ياكل|تاكل|ناكل|اكله|اكلها|ياكله|تاكله|ياكلها|تاكلها|ناكله|اكلو|ياكلو|الاكل|اكلته|اشرب|يشرب|تشرب|يشربه|تشربه|الشرب|الاكل والشرب)( |$)`,
	}},
	// Double sight, unless told as long-standing (longStanding): one that came over months is a
	// question for the pages. Not "slight" or "a bit": double sight is a red flag however mild.
	{"vision", longStanding, []string{
		// Not «دبلانه» (ذبلانة, wilted: eyes tired), which holds «دبل».
		` (ال|و|ب|ف)?(روي|نظر|عيون|عين|اشوف|يشوف|تشوف|نشوف|شوف)\S*( \S+){0,2} \S*(مزدوج|دبل( |$|[^ا ]|ا[^ن]))`,
		`ازدواج (في |ب)?(ال)?(روي|نظر)|ازدواجيه|(روي|نظر)\S* مزدوج`,
		// "Double vision" written in Arabic letters («دبل فيجن»).
		` (ال)?(دبل|دوبل|دابل) (فيجن|فيشن|فيزن|فيجين|فيژن|فيزيون)( |$)`,
		`see(ing)? (\S+ )?two of|see(ing)? (\S+ )?(two|2) (pictures?|images?|copies|versions) of|see(ing)? everything twice|see(ing)? (\S+ )?2 of (everything|every thing|things|all)`,
		// In MSA too, and as two pictures of each thing («أرى صورتين لكل شيء»).
		` (اشوف|يشوف|تشوف|بشوف|بتشوف|بيشوف|صرت اشوف|شايف|شايفه|اري|يري|تري|اصبحت اري|صرت اري)( \S+){0,3} (اثنين|ثنتين|اتنين|تنين|شخصين|حاجتين|صورتين|دبل|دوبل|دابل|مزدوج)`,
		`double (\S+ )?vision|seeing (things )?double|vision( \S+){0,2} double|see double|everything (\S+ )?(looks |is |seems |appears )?double`,
		// Everything double, in Arabizi and in Arabic letters («a7is kil shay double», «كل شي صاير دبل»).
		`(kil|kel|kol|kul|koll|kull|kolo|kullu) (shay|shai|shi|she2|ishi|eshi|shee|shy|7aja|7aje|7aga|shay2)( \S+)? (dabal|dubl|doubl\S*|mzd[ao]w[ae]j\S*|ithn[ae]e?n|ethnen|etnen|tnen|itnain|thnain)( |$)`,
		` (كل|كلشي) (شي|شيء|حاجه|اشي)?( \S+)? (دبل|دوبل|دابل|مزدوج)( |$)`,
		// Seeing, or an eye, told doubled; seeing told as two. An eye with a number after it is read by
		// doubleSight (symptoms.go), both eyes taken out first («lel 3enen el etnen»: for both eyes).
		`Z:(((ash[ou]+f|sh[ou]+f|shay[ei]?f\S*|n[ae][zd6]ar\S*|3[aei]{0,2}y?n\S*|3yoo?n\S*)( \S+){0,3} (dabal|dubl|doubl\S*|mzd[ao]w[ae]j\S*|mizdawaj\S*|m[ie]?zaw+[ae]?j\S*|(sh|ch)[ae]?(kh|5)[ae]?s[ae]?[iy]?n|shay2[ae]?[iy]n|shai2[ae]?[iy]n|shy2[ae]?[iy]n))|(ash[ou]+f|sh[ou]+f|shay[ei]?f\S*|n[ae][zd6]ar\S*)( \S+){0,3} (ithn[ae]e?n|ethnen|etnen|tnen|itnain|thnain))( |$)`,
	}},
	// Blurred sight, unless told as slow, mild or long-standing (slowly): a cloudy lens that came over
	// years is a question for the pages; blurring now may be the start of anything.
	{"vision", slowly, []string{
		`(زغلل|زغلله|تزغلل|غباش|غبش|ضباب)`,
		` (ال|و|ب|ف)?(روي|نظر|عيون|عين|اشوف|يشوف|تشوف|نشوف|شوف)\S*( \S+){0,2} \S*(مشوش|مغبش|ضبابي|غير واضح|مو واضح|مب واضح)`,
		`عدم وضوح (ال)?(روي|نظر)|تشوش\S*( \S+){0,2} (ال)?(روي|نظر)|(روي|نظر)\S* (مشوش|ضبابي)`,
		`(looks?|is|are|gone|went|got) (\S+ )?blurr`,
		` (و)?(ما|مو|مب|مش|صرت ما) ?(اشوف|يشوف|تشوف|اقدر اشوف|شايف|شايفه) (زين|عدل|كويس|واضح|زي اول)`,
		`(blurr\S*|fuzzy) (\S+ )?vision|vision( \S+){0,2} (blurr|fuzzy)`,
		`Z: (ma|mo|mish|msh|mesh|mush|mosh) ?(b[9q2][ai]t? |b[9q2]it |3ad |3adt |3am )?(ka|b)?([anyt]?(sh|ch)[ou]+f|shay[ei]?f\S*) (mzyan|mezyan|mni7|zain|zein|kwayes|mli7|3adel)`,
		`Z:zagh?l[ae]?l\S*|mzaghl\S*|mghab+ash\S*|mshaw+ash\S*`,
	}},
	{"allergy", nil, []string{
		`(تورم|انتفاخ|ورم|منتفخ|متورم|وارم|انتفخ|تنفخ|ينتفخ|نفخ|منفوخ)(ت|ه|ها|ات|ان|ين|ي|و|وا|ه)?( \S+){0,3} (و|ب|ف|ل|ال|بال|وال|فال|لل|في ال)?(وجه|شفايف|شفتي|شفاه|شفه|حلق|لسان|رقبه|زور|عيون|عين|جفون|جفن)\S*`,
		` \S*(وجه|وجهي|وشي|شفايفي|شفايف|شفتي|شفاهي|حلقي|حلق|لساني|لسان|زوري|عيوني|جفوني)( \S+){0,3} \S*(منتفخ|متورم|وارم|تورم|انتفخ|انتفاخ|منفوخ|ورم(ت|ه|ها|هم|ان|ين|و|وا)?( |$))`,
		`حساسيه (شديده|قويه|خطيره|مفاجيه)|صدمه تحسسيه|(رد فعل|ردة فعل|تفاعل) (\S+ )?تحسسي|anaphyla|(allergic|allergy) (reaction|shock)|hives|throat( \S+){0,4} (clos|tight|swell)`,
		`(swell|swollen|puff)\S*( \S+){0,3} (face|lip|lips|throat|tongue|eye|eyes|eyelid|eyelids)|(face|lip|lips|throat|tongue)( \S+){0,4} (swell|swollen|puff|huge|enormous|blown up|blew up|balloon\S*|bigger|thick|fat)`,
		` (لسان|لساني|لسانه|لسانها) (\S+ )?(كبير|كبر|متضخم|تضخم)`,
		`(طفح|حكه|شري|حبوب حمرا)( \S+){0,4} \S*(تورم|انتفاخ|منتفخ|ضيق)`,
		`(طفح|حبوب|شري|حكه)( \S+){0,3} (كل|كامل) (جسمي|الجسم|جسمه|جسمها)|(طفح|شري)( \S+){0,4} (جسمي|جسمه|جسمها|الجسم) (كله|كامل)|(hives|rash) (all over|everywhere)|(all|whole|entire) (of )?(my|his|her|the) (body|skin)( \S+){0,3} (rash\S*|hives|welts)|(my|his|her|the) (whole|entire) (body|skin)( \S+){0,3} (rash\S*|hives|welts)|(rash\S*|hives|welts)( \S+){0,3} (on|over|in|across) (all|all of|the whole|the entire|my whole|my entire|his whole|her whole) (my |his |her |the )?body`,
		` و?(حلقي|زوري|حلقه|حلقها) (\S+ )?(عم )?(يسكر|يتسكر|مسكر|يضيق|ضاق|ينغلق|ينقفل|مقفل|قاعد يضيق|يقفل|بيقفل|بيتقفل|بيضيق|بيسكر)`,
		`Z: ZFACE( \S+){0,3} ZSWELL`,
		`Z: ZSWELL( \S+){0,3} ZFACE`,
		`Z: (7al[2gq8]\S*|[zd]o+r[iy]\S*) (\S+ ){0,2}(y?[ie]?s[ae]k+[ae]r|m?s[ae]?k+[ae]r|y?[ie]?[2gq]f[ie]l|m[ae]?[2gq]f[ou]+l|bi2fel|d[ae]y+[ae]?[gq2]\S*|d[ae]y[ie]?[2gq]\S*)( |$)`,
		// A rash all over the body (the Arabic above: «حبوب بكل جسمي»).
		`Z:(7ebob|7bob|7boob|7ubub|7boub|7b[ou]b|6afa7|tafa7|6af7|taf7|6afe7|tafe7|7aka|7ake)( \S+){0,3} (b |fi |3a |3la )?(kel|kol|kul|kil|koll) (el |l)?(jesm|jism|jsm|jasad)\S*`,
	}},
	{"chest pain", nil, []string{
		`(الم|وجع|اوجاع|الام|يوجع\S*|توجع\S*|بيوجع\S*|يعور\S*|عوار|طعن|حرقان|وخز\S*)( \S+){0,3} \S*صدر`,
		`(ضغط|ثقل|ثقله|كتمه|عصره|(حاجه|شي|اشي|حاجات) (ثقيل|ثقيله|تقيل|تقيله)) (قوي |شديد )?(علي |ع |في |فوق |ب)(ال)?صدر\S*|\S*صدر\S*( \S+){0,3} (حاجه|شي|اشي) (ثقيل|ثقيله|تقيل|تقيله) (عليه|عليها|علي|فوقه|فوقها)`,
		// A pain elsewhere (the back, the arm, the jaw) that spreads to the chest.
		` (و|ب|ال|وال|بال)?(الم|وجع|اوجاع|يوجع\S*|توجع\S*)( \S+){0,8} و?(نازل|نازله|ينزل|تنزل|يمتد|تمتد|ممتد|ممتده|واصل|واصله|يوصل|توصل|ينتشر|منتشر|رايح|يروح)( \S+){0,2} \S*صدر`,
		`\S*صدر\S*( \S+){0,3} (عم )?و?(يوجع\S*|بيوجع\S*|توجع\S*|يعور\S*|يولم\S*|يالم\S*|يضغط\S*|يعصر\S*|\S*تعصر\S*|ينعصر\S*|معصور\S*|عاصر\S*|يطبق\S*|(الم|وجع|مولم)( |$))`,
		// Holding the chest, or a weight sitting on someone, told of the chest anywhere in the message.
		`(clutch\S*|grabb\S*|gripp\S*|holding|clasp\S*) (onto |at )?(his|her|my|their|the) chest|(elephant|ton of bricks|ton|weight|someone|something heavy|brick\S*)( \S+){0,2} (sitting|standing|pressing|sat|crushing) on (me|him|her|my chest|his chest|her chest)( |$)`,
		` (ماسك|ماسكه|ماسكين|مسك|مسكت|قابض|قابضه|حاط ايده علي|حاطه ايدها علي|حاط يده علي|حاطه يدها علي) (علي )?(صدره|صدرها|صدري)`,
		`Z: (mask|mesek|masek|maske|mas?ka|msk|7at [iy]?do 3a|7at[ae]? [iy]?d[ae]?ha 3a|9abed|9abda|gabed|gabda|2abed|2abda)( 3a| 3la| 3ala)? ?(sadr|sedr|sder|9adr)\S*`,
		// The heart felt squeezed or gripped, told as a body's ("it feels like someone's squeezing my heart").
		`(squeez\S*|clench\S*|gripp\S*)( \S+){0,2} (my|his|her) heart( |$)|(my|his|her) heart (is |feels )?(like it s |like its )?(being )?(squeezed|clenched|gripped)( |$)`,
		`chest( \S+){0,3} (pain|pains|hurt\S*|ache\S*|pressure|crush\S*|tightness)|(pain|hurt\S*|ache\S*|pressure|pressing|squeezing|crush\S*)( \S+){0,3} chest|chest( \S+){0,6} (sitting|standing|squeez\S*|crush\S*|pressing|pressed|elephant|weight on|ton of)`,
		`Z:(alam|al[ae]m|w[ae]?j[ae]?3|wj3)( \S+){0,8} (yamtad|yimtad|nazel|nazil|yinzal|yinzil|wasel|yoosal|yusal)( \S+){0,2} \S*[s9][ae]?dr\S*`,
		// «alm» too, the pain written without its vowel («3ndi alm 8awi bsdri»).
		`Z:(alam|al[ae]?m|w[ae]?j[ae]?3|wj3|ywaj3\S*|yoj[ae]?3\S*|byewja3\S*|y3aw+[ae]?r\S*)( \S+){0,3} \S*[s9][ae]?dr\S*`,
		`Z: \S*[s9][ae]?dr[iyao]\S*( \S+){0,2} (ywaj3\S*|b?yoj[ae]?3\S*|byewja3\S*|bywj3\S*|y3aw+[ae]?r\S*|ywj3\S*|alam|wja3)`,
	}},
	{"bleeding", nil, []string{
		`Z: (lsa|lissa|lessa|ba3d?o|ba3d?ha|still|lesa)( \S+){0,3} \S*naz+[ie]?f\S*|\S*n[ae]?z+[ie]+f\S*( \S+){0,2} (bdoon|bidoon|bedoon|bdun|bidun|bala|bla|min ghir|men ghir|mn ghir) (wa[gq2]fa|wa[gq2]f|twa[gq2]+of|tawa[gq2]+of|ta?wa[gq2]+uf|wu[gq2]oof)( |$)|\S*naz+[ie]+f\S*( \S+){0,3} (ketir|kteer|ktir|kthir|wayed|wayid|kter|m[ou]?st[ae]?m[ie]?r+\S*|mistamir\S*)|d?d[ae]m+ (kteer|ktir|kthir|kter|wayed|ketir)`,
		`(نزيف|ينزف|تنزف|نزف|الدم|دم|دمه|دمها|رعاف|الرعاف)( \S+){0,7} NEGV(ي|ت|ب|بي|بت|ك|كي)?(وقف|يقف|قف|ينقطع|انقطع|يهدا|يهدي|هدا|وقفش|قفش|بطل|حبس|يحبس|سكت|يسكت)`,
		`(ما|مو|مش|لم|لا) ?(ي|ت)?(وقف|يقف|توقف|ينقطع|يتوقف) (ال)?(نزيف|دم)`,
		// Bleeding without a stop («ينزف بدون توقف», «yinzif bdoon wagfa»): the «بدون» denies the stop.
		`(نزيف|ينزف|تنزف|بينزف|بتنزف|نازف|نازفه)( \S+){0,2} (بدون|بلا|من غير|من دون) (توقف|وقفه|ما يوقف|ما يقف)( |$)`,
		// The same with an aspect or a will between («مش راضي يبطل نزيف», «ما عم يوقف الدم»).
		`NEGV(ي|ت|ب|بي|بت)?(وقف|يقف|توقف|ينقطع|يتوقف|بطل|يبطل) (ال)?(نزيف|دم)( |$)`,
		`(الدم|دم|النزيف|نزيف)( \S+){0,2} (ينزل|يطلع|نازل|طالع|مستمر|شغال|يسيل|سايل)( \S+){0,6} (للحين|لحد الحين|لحد هلا|لسه|لسا|لين الحين|حتي مع|رغم|مع الضغط|مع الشاش|من الصبح|من الظهر|من ساعه|من ساعتين|من امس)`,
		// The verb told going on for hours («عم تنزف من مكان الضرس… من الصبح», «بينزف لسه»).
		`(ينزف|تنزف|بينزف|بتنزف|نازف|نازفه|عم ينزف|عم تنزف|قاعد ينزف|قاعده تنزف)( \S+){0,6} (للحين|لحد الحين|لحد هلا|لحد هلق|لحد دلوقتي|لسه|لسا|لين الحين|حتي مع|رغم|من الصبح|من الظهر|من العصر|من ساعه|من ساعتين|من ربع ساعه|من ثلث ساعه|من نص ساعه|من [0-9]+ دقايق|من [0-9]+ دقيقه|من امس|من البارحه|من مبارح|من امبارح|من [0-9]+ ساعات)( |$)`,
		// The same in Arabizi, for a quarter of an hour or more («tnazif min rub3 sa3a»).
		`Z: (kay|kat|ka|3am |bi|be|bey|bet|bit|biy|ga3d |ga3da |gaa3d |gaa3da |9a3d |9a3da |2a3d |2a3da )?(y|t|n)?[ie]?n[ae]?z[ie]?f\S*( \S+){0,3} (min|mn|men|mil|mel) (rub3|rob3|ruba3|tholth|tulth|nos|nus|noss|nuss|nu9) (sa3a|sa3ah|sa3eh)( |$)`,
		// Still bleeding, the "still" first («وإلى الحين تنزف ساعة كاملة»), as "still bleeding" is.
		` و?(للحين|لحد الحين|الي الحين|لين الحين|لسه|لسا|لساته|لسع|بعده|بعدها|ما زال|مازال|لا يزال|لازال|ما زالت|مازالت|لا تزال|لاتزال) (عم |قاعد |قاعده |بعد )?(ي|ت|بي|بت)نزف( |$)`,
		`(يشر|تشر|يشخب|تشخب|يصب|تصب|يخر|تخر|يفور|تفور) (\S+ )?(ال)?دم( |$)|(الدم|دم)( \S+)? (يشر|يشخب|يصب|يفور)`,
		`(keeps|keep|kept|still) (filling|soaking|getting soaked|full)( \S+){0,3} blood|no matter how (hard|much|long) (i|we|he|she|you) (press|bite|push)|still (pouring|gushing|bleeding|oozing)|(pouring|gushing|streaming) (\S+ )?blood|(blood|bleeding)( \S+){0,3} (pouring|gushing)`,
		// Coughing or vomiting blood.
		`(كحه|الكحه|سعال|السعال|تسعل|يسعل|اسعل|يكح|تكح|اكح|سعله|السعله|كحيت|سعلت)( \S+){0,4} (دم|الدم|بدم)( |$)|(دم|الدم)( \S+){0,3} (مع|في|ب)? ?(ال)?(كحه|سعال|سعله)| (\S*(ستفرغ|تقيا|تقيي)\S*|استفراغ|ترجيع|قيء|ترجع|يرجع|رجعت|برجع|بيرجع|بترجع)( \S+){0,2} (دم|الدم|بدم)( |$)|(cough\S*|vomit\S*|throw\S* up)( \S+){0,3} blood`,
		// The same in Arabizi («9irt akuh dam», «3am b2a77 dam»).
		`Z: (a|y|t|n|b|ba|bi|bt|by|bet|bey|bit|biy)?(ku7|koo7|kou7|ko7|kuh|kooh|koh|ku77|ko77|ka77|2a77|ka7|s3al|so3al|as3al|ys3al|ts3al)(ait|eit|ayt|et|it|at|i|o|u|oo|ou|a)?( \S+){0,3} (b|bi|ma3 )?(el |l|al )?(dam|damm|ddam|dem)( |$)`,
		`(الدم|دم|النزيف|نزيف) (للحين|لسه|لسا|بعده|ما زال|مازال|لا يزال|لازال) (ي|ت)?(نزل|طلع|سيل|نزف|مستمر|نازل|طالع)|(الدم|دم)( \S+){0,2} (ينزل|يطلع|نازل|طالع) (بقوه|كثير|كتير|بغزاره)`,
		`(ما زال|مازال|لا يزال|لازال|بعده|باقي|لسه|لسا|للحين) (ال)?(دم|نزيف)( \S+)? (ينزل|نازل|يطلع|طالع|مستمر|شغال|يسيل|سايل)|(ما زال|مازال|لا يزال|لازال) (ي|ت)نزف`,
		`(نزيف|ينزف|تنزف|نزف|نزفت|نزفو|بينزف|بتنزف) (\S+ ){0,2}(كثير|كتير|غزير|بغزاره|بقوه|شديد|قوي|مستمر|متواصل|جامد|ما وقف)|(نزيف|دم) (مستمر|متواصل|غزير)|دم (كثير|كتير|غزير)|(كله|كلها|كلو) دم`,
		`bl+e+d\S*( \S+){0,20} (won t|wont|will not|doesn t|does not|didn t|hasn t|has not|isn t|not|can t|cant|cannot|keeps|keep) (stop|stopp\S*|slow\S*)|(can t|cant|cannot|couldn t|unable to|won t|wont|doesn t|not) (\S+ )?stop\S* (the |my |his |her )?bl+e+d\S*|bl+e+d\S* (heavily|a lot|alot|badly|profusely|nonstop|non stop|constantly|everywhere)|(heavy|severe|uncontrolled|profuse|nonstop|non stop|constant) bl+e+d\S*|(lots|pool|cup) of blood|soak\S* (\S+ ){0,3}(blood|gauze)`,
		`Z:(d?d[ae]m+|nazee?f|nazif|y?[ie]?nzef|b?t?[ie]?nzif|yinzif|tenzef)( \S+){0,3} (ma|mo|mish|msh|mesh|mub|mb) (3ayz |3awz |3ayez |3awez |radi |raady |ybi |yebi |bdo |bido |bgha |bghat |bghit |baghi )?(bi ?|b ?|3am )?\S*(w[ae]?[gq29][ae]?f|wa8af|yo2af|y[ou]?[gq2]af|yu[gq]af|yw[gq]af|[ei]?ngata3|yinqate3|b[iy]?[ie]?[2gq]af|[yt][ie][2gq]af|bt?[ie][2gq]af|7[ae]?b[ae]?s\S*)`,
		// Bleeding now with someone pressing on it («kaynzef… w ana dagha 3lih», «3am ynzef w ana daghet
		// 3aleh»): pressure that has not stopped it, as "no matter how hard I press".
		`Z: (kay|kat|ka|3am |bi|be|bey|bet|bit|biy)?(y|t|n)[ie]?nz[ie]?f\S*( \S+){0,8} (\S*d[ae]?(gh|g|8)[ae]?[t6]\S*|d[ae](gh|g)[ae]) (3l[iey]+h\S*|3al[ae]?[iy]h\S*|3aleh\S*)( |$)`,
	}},
	{"bleeding", nil, []string{
		// The cough's «k» with any vowel after it: «ko77a», and the Gulf «ka77ait» (كحّيت).
		`Z:(s[ae]?3l\S*|k[aou]?7+[ae]?\S*|bkou?7\S*|ykou?7\S*|stafragh\S*|stefragh\S*)( \S+){0,2} (b|bi|ma3|fiha|fi)? ?d[ae]m+( |$)`,
	}},
	{"fainting", nil, []string{
		// The world going black, then a fall; dizzy and about to fall or faint.
		`(اسودت|سودت|ظلمت|غمقت|اظلمت) (ال)?(دنيا|عيوني|عيني|الرويه|نظري)( \S+){0,3} (و)?(طحت|طاح|طاحت|وقعت|وقع|سقطت|سقط|غبت|اغمي|اغمى)|(everything|world|it all|vision) (went|goes|going|turned) (black|dark)( \S+){0,3} (and )?(i |he |she )?(fell|collapsed|dropped)`,
		`(دوخه|دايخ|دايخه|دخت|داخ|داخت)( \S+){0,6} (ح|رح|راح|ب)? ?(اطيح|اوقع|يغمي|يغمى|اسقط|بطيح|بوقع|يطيح|تطيح)( |$)`,
		`Z:(dawkh|dookh|daw5|doo5|dayekh|dayi5|dayikh|d5t|dkht)\S*( \S+){0,6} ((ra7|ra7a|bed|bade|badi|7a|rah|ha) (ou?2a3|o2a3|a?w2a3|a6e7|a6i7|[ay]?(gh|8)ma\S*|yo(gh|8)ma\S*)|(5a6f|kha6f|sawad|sodet|swdet|itsawwadet|3atmet|5[ae]?6[ae]?f)\S* (el )?(3[aei]{0,2}y?n\S*|3yoo?n\S*|d[ou]nya))`,
		`(اغمي|اغمى|انغمي|انغمى|يغمي|يغمى|تغمي|تغمى|مغمي|مغمى|اغما|اغماءه|اغمايه|مغشي|مغشيا|مغشيه|غشي|اغشي|انغشي)( |$)`,
		`(فقد|فقدت|فقدنا|فاقد|فاقده|غاب|غابت|غبت|غايب|غايبه|راح|راحت|رحت|اغيب|يغيب|تغيب|بغيب) (\S+ )?(عن )?(ال)?وعي`,
		`(طاح|طاحت|وقع|وقعت|وكع|وكعت|سقط|سقطت|انهار|انهارت|اتهبد|اتهبدت|طايح|طايحه)( \S+){0,6} NEGV(ب|د|ك|كي)?(يرد|ترد|يستجيب|تستجيب|يصحي|تصحي|يفوق|تفوق|يتكلم|تتكلم|يتحرك|تتحرك|يحجي|تحجي|يحكي|تحكي|يهضر|تهضر|يهدر|تهدر|يجاوب|تجاوب|يفيق|تفيق|يحس|تحس|يشعر|تشعر|يوعي|توعي)( |$)`,
		`Z: (6a7|6a7at|6e7t|ta7|ta7at|ta7et|tay7\S*|tab|tabb|tab[ae]t|wa2a3|w[ae]?[2gq][ae]3\S*|sa[gq2]a6\S*|mart?m[iy]\S*|mert?m[iey]\S*|mirm[iy]\S*|marm[iy]\S*)( \S+){0,4} (w )?(ma|mo|mish|msh|mesh|mb) ?(3am |b|bi )?(t|y)?(et|it)?(kal+[ae]?m|tkal+[ae]?m|r[ou]*d|sa7i|so7|f[aou]+[2gq9]|7ar+ak|har+ak|stajeeb|wa3([ay]|i[^d]|e[^ed])|w3([ay]|i[^d]|e[^ed])|7[ae]?s+)\S*`,
		// Gone (fainted) and not come to («ghabet 3lina w ma fa9at»), or gone for a while («ghibt dageega»).
		// Or not answering those around («ghabat w ma trid 3alayna», «غابت وما ترد علينا»): answering
		// with whom after it, for «trid» is also "she wants".
		`Z: (gh|8)[aei]+b(et|at|it|t)?( \S+){0,4} (w )?(ma|mo|mish|msh|mesh|mb) ?(3am |b|bi )?(t|y)?(f[aou]+[2gq9]\S*|s[ae]?7[aiy]\S*|r[aeiou]+dd?[ei]? 3[ae]?l(ayna|aina|ina|eena|iina|ayya|ayi|ay|aya|ei|eh|ih|eih|ayh|aih|aiha|ayha|eha|iha|yha|yh|iyya|yna|ena|ayhom|ehom|ihom))( |$)| (gh|8)[aie]?b(t|it|et|at) (\S+ )?(d[ae]?[gq2]ee?[gq2]\S*|d[2q]i[2q]\S*|thawani|sawani|swani|sa3a)( |$)`,
		// Gone (fainted) and dizzy still («ghabat 3ala el kursi… w lil7ain dayikha», «غابت… وللحين دايخة»).
		`Z: (gh|8)[aei]+b(et|at|it|t)( \S+){0,8} (w |o )?(lil7ain|lil7een|lel7ain|lel7een|lal7ain|lal7een|l7d el7in|lissa|lessa|lisa|lesa|lsa|ba3d[ae]?ha|ba3do|ba3dni|mazal|mazalet|mazalat|ma zal|ma zalat|ma zalet) (d[ae]?y[ie]?(kh|5)|dayk)\S*( |$)`,
		` (غاب|غابت|غبت|غايب|غايبه)( \S+){0,4} NEGV(ب|د|ك)?((يفوق|تفوق|يصحي|تصحي|يستجيب|تستجيب|يوعي|توعي)|(يرد|ترد|يجاوب|تجاوب) (علينا|علي|عليا|عليه|عليها|عليهم))( |$)`,
		` (غاب|غابت|غبت|غايب|غايبه)( \S+){0,8} (و)?(للحين|لسه|لسا|لساته|لساتها|بعده|بعدها|مازال|مازالت|ما زال|ما زالت|لا زال|لا زالت) (دايخ|دايخه)( |$)`,
		`Z:(dawkh|dookh|daw5|doo5|dokh|do5|dayekh|dayi5|dayikh|d5t|dkht)\S*( \S+){0,5} (w |o )?(6a7|6a7at|6e7t|6i7t|6i7it|6e7it|ti7t|te7t|ta7|ta7at|ta7et|t7t|tab|tabb|tab[ae]t|wa2a3|wa23|w[ae]?[2gq][ae]3\S*|sa[gq2]a6\S*)( |$)`,
		// Will not wake, or lies there and does not answer.
		` (ما|مو|مش|مب) ?(عم )?(يصحي|تصحي|يفوق|تفوق|يستجيب|تستجيب|بيصحي|بتصحي) |(ما|مو|مش) ?(يرد|ترد) (علي |علينا )?(\S+ )?(وعيونه|وعيونها|وهو|وهي|ومرمي|ومرميه|وطايح|وطايحه|وجسمه|وجسمها)`,
		// Dizzy, then down: a faint told as a fall.
		`(دايخ|دايخه|دايخين|دوخه|دوخان|داخ|داخت|دخت|دخ)( \S+){0,2} (و)?(طاح|طاحت|طحت|وقع|وقعت|وقعت|سقط|سقطت|سقطت)( |$)`,
		` faint(ed|ing|s)? |passed out|pass(es|ing)? out|lost consciousness|los(t|s|e|ing) (my |his |her |the )?conscious\S*|losing consciousness|black(ed|ing)? out|unconscious|unresponsive|isn t responding|collapsed|won t wake|not waking`,
		`Z: \S*[ou]?(gh|8)m[ae]?[iy]? 3[ae]?l\S*|(gh|8)[ae]*[iy]?b\S* 3an\S* (el |al )?wa3[iy]\S*|(fa2ad|fgad|fa8ad|faqad)\S* (el |al )?wa3[iy]`,
	}},
	{"seizure", nil, []string{
		` و?(ي|ت|ا|بي|بت|عم ي|عم ت|قاعد ي|قاعده ت)تشنج |نوبه (صرع|تشنج)|نوبات (صرع|تشنج)|(جاته|جاتها|جاه|جاها|جاني|اجتو|اجته|اجتها|اجاه|اجاها|اجتني|صار معه|صار معها|صارت له|صارت لها|صارلو|صارله|معه|معها) (\S+ )?(تشنجات|تشنج|نوبه|صرعه|الصرعه)`,
		`(يرجف|ترجف|ينتفض|تنتفض|يرتعش|ترتعش|يترعش|تترعش|ينفض|تنفض|يرعش|ترعش|يتنفض|تتنفض)( \S+){0,4} NEGV(ب|ك|كي)?(يرد|ترد|يستجيب|تستجيب|يصحي|تصحي|يفوق|تفوق|يجاوب|تجاوب)( |$)|(عيونه|عيونها|عينه|عينها|عينيه|عينيها|عيناه|عيناها) (\S+ )?(شاخصه|شاخصين|شاخص|مقلوبه|مقلوبين|زايغه|زايغين|(رايح|رايحه|رايحين|طالع|طالعه|طالعين|مقلوب|مرفوع|مرفوعه|مرفوعين|طايره|طايرين) (ل|لل|ال)?فوق)|eyes( \S+){0,2} roll\S* (back|up)`,
		`تشنجات (\S+ )?(بكل|في كل|كل|بجسم|في جسم)\S*`,
		`(رغوه|زبد|زباد)( \S+){0,2} (من|ب|في|علي) ?(ال)?(فم|فمه|فمها|تمه|تمها|بوقه|بوقها|حلكه|حلكها|ثمه|ثمها)|foam\S* (at|from) (the|his|her) mouth`,
		`Z:(3[aei]{0,2}y?n\S*|3yoo?n\S*) (\S+ )?(m[ie]?t?[gq2]al+[ie]?b\S*|ma[gq2]loob\S*|sha5s\S*|shakhs\S*|(6al3a|tal3a|6al3in|tal3en|ray7a|ray7in) (fo2|foo2|foog|l ?fo2))`,
		// Shaking and stiffening.
		`(يرجف|ترجف|يرتجف|ترتجف|ينتفض|تنتفض|يرتعش|ترتعش|يرعش|ترعش)( \S+){0,3} (و)?(يتخشب|تتخشب|تخشب|متخشب|متخشبه|يتصلب|تتصلب|متصلب|متصلبه|يتيبس|تتيبس)|(يتخشب|تتخشب|تخشب|متخشب|متخشبه|يتصلب|تتصلب)( \S+){0,3} (و)?(يرجف|ترجف|يرتجف|ترتجف|ينتفض|تنتفض|يرتعش|ترتعش)`,
		// Arabizi fits: «gatlo tashannogat», «tashannogat w byetna2fad».
		`Z: (gat|ja[a]?t|jat|sar|sa[a]?r|3and|3nd)(lo|lu|la|laha|ha|o|u|i|ni|li)? (\S+ )?t[ae]?sh[ae]?n+[ou]?[gjq]\S*|t[ae]?sh[ae]?n+[ou]?[gjq]\S*( \S+){0,4} (w )?\S*(na[2q]?fa?d|nafad|nt[ae]?f[ae]?d|rj[ie]?f|rajf|r3ash|rt3ash)\S*`,
		`Z:(y|t)?[ie]?r?t[ae]?j[ie]?f\S*( \S+){0,3} (w )?(y|t)?[ie]?t?(5|kh)[ae]?sh[ae]?b\S*|(y|t)?[ie]?t?(5|kh)[ae]?sh[ae]?b\S*( \S+){0,3} (w )?(y|t)?[ie]?r?t[ae]?j[ie]?f\S*`,
		` (عنده|عندها|عندي|عندو|صار عنده|صار عندها|صار عندي|جاله|جالها|جالو|صارله|صارلها|صار له|صار لها) (\S+ )?(تشنجات|تشنج)`,
		`(تشنج|تشنجات|تشنجت|يتشنج|تتشنج)( \S+){0,4} (و)?(ترجف|يرجف|ترتجف|يرتجف|تهز|يهز|تنتفض|ينتفض|ما توقف|ما يوقف|ما وقف|ما وقفت)`,
		`(having|had|has|have|in|another|into) (a |an )?(s(ei|ie)zure|fit)|s(ei|ie)zing|convuls\S*|(is|s|keeps|started) fitting|(shaking|jerking|twitching|convulsing)( \S+){0,6} (won t|wont|not|isn t|doesn t|can t) (respond\S*|answer\S*|wake\S*)`,
		`Z: \S*t[ae]?sh[ae]?n+[aeiou]?j\S*|nob[ae]t? sar[ae]3`,
	}},
	{"stroke", nil, []string{
		` (ال|و)?(وجه|وجهي|وجهه|وجهها|وشي|وشه|وشها|فم|فمي|فمه|فمها|بوقي|بوقه|بوقها|تمي|تمه|تمها|ثمي|ثمه|ثمها|بوزي|بوزه|بوزها|حلكي|حلكه|حلكها|ابتسامتي|ابتسامته|ابتسامتها|ضحكته|ضحكتها)( \S+){0,2} (صار |صارت )?(مايل|مايله|مال|معوج|معوجه|اعوج|عوجا|عوجه|منحرف|منحرفه|ملتوي|ملتويه)`,
		` (نص|نصف|جهه|جانب|طرف|شق) (من )?(ال)?(وجه|وجهي|وجهه|وجهها|فم|فمي|فمه|فمها|تمي|تمه|بوقي|بوقه)( \S+){0,3} (نازل|نازله|طايح|طايحه|مايل|مايله|مرتخي|مرتخيه|مشلول|مشلوله|ما يتحرك|ما تتحرك|ساقط|واقع|متدلي)`,
		` (ال|و)?(وجه|وجهي|وجهه|وجهها|وشي|وشه|وشها|فم|فمي|فمه|فمها|بوقه|بوقها|تمه|تمها|ثمه|ثمها|حنكه|حنكها)( \S+)? (نزل|نزلت|نازل|نازله|طاح|طاحت|مال|مالت|ارتخي|ارتخت|تعوج|انعوج|اعوج|انحرف|انسحب|ساقط|واقع|مرتخي|مرتخيه) (من |علي |ع )?(ال)?(جهه|جنب|جانب|ناحيه|صوب|شق|طرف|نص)( |$)`,
		// Half the face numb is the dentist's anaesthetic unless it came suddenly.
		` (نص|نصف|جهه|جانب|شق) (من )?(ال)?(وجه|وجهي|وجهه|وجهها|جسم|جسمي|جسمه|جسمها)( \S+){0,2} (مخدر|خدران|خدرانه|منمل|منمله)( \S+){0,2} (فجاه|فجا|فجاءه)`,
		` (نص|نصف|جهه|جانب|طرف|شق) (من )?(ال)?(جسم|جسمي|جسمه|جسمها)( \S+){0,3} (مشلول|مشلوله|ما يتحرك|ما تتحرك|ما احس|ثقيل|ضعيف|منمل|تنميل|خدران|خدر|مخدر)`,
		`(تنميل|خدر|ضعف|شلل|ارتخا\S*)( \S+){0,2} (في |ب)?(ال)?(نص|نصف|جهه|جانب|شق) (من )?(ال)?(جسم\S*|يمين|يسار)|(ضعف|شلل|ارتخا\S*)( \S+){0,2} (في |ب)?(ال)?(نص|نصف|جهه|جانب|شق) (من )?(ال)?وجه`,
		` (ما|مو|مش) ?(عاد |صار |صارت )?(احس|يحس|تحس|حاس|حاسس|حاسه) (ب)?(نص|نصف|جهه|جانب|شق) (ال)?(جسم|وجه)`,
		` (ما|مو|مش) (عدت |عاد |صرت |صار |صارت )?(احس|يحس|تحس) (ب)?(يد|يدي|يده|يدها|ايدي|ايده|ايدها|رجل|رجلي|رجله|رجلها|ذراع\S*)`,
		`(يعاني من|جاته|جاتها|جاه|جاها|اجته|صابته|صابتها|اصابته|اصابتها|اعتقد|اظن|شكله|شكلها|ممكن تكون|ممكن يكون)( \S+){0,3} (سكته|جلطه)`,
		`(face|mouth|smile)( \S+){0,2} (droop\S*|sag\S*|crooked|twisted|lopsided|paraly\S*)( \S+){0,2} (on )?one side|(face|mouth) (is |has |went |looks |suddenly )*(droop\S*|crooked|twisted|lopsided)|one side of (my|his|her|the|their) (face|mouth)( \S+){0,3} (droop\S*|sag\S*|numb|paraly\S*|fall\S*|fell|weak\S*|dropp\S*)|one side of (my|his|her|the|their) body`,
		`(numb\S*|weak\S*|paraly\S*|can t feel) (\S+ ){0,4}(on )?(the |my |his |her )?(left|right|one) side|sudden(ly)? (numb|confus|weak)\S*|(numb|weak|paraly\S*|droop\S*) (all of a )?sudden(ly)?( |$)|(arm|leg|hand|face)( \S+){0,4} (on )?(the )?(left|right)( \S+){0,2} (went |is |are |feel |feels |felt )?(weak|numb|dead|heavy)( |$)|(having|had|has) (a )?stroke|(think|maybe|might be|could be) (\S+ ){0,3}stroke`,
		`Z:(w[ie]?jh\S*|wajh\S*|fam[iy]?|fm[uoi]|fmm[uoi]|tom+[iao]\S*|tum+i\S*|bou?2[iao]\S*|boo?z[iao]\S*)( \S+){0,2} (mayel|ma2el|mayil|mayl|mayla|m3aw+aj|a3waj|3awja)|(nos|nus|nuss|nis)[s]? (w[ie]?jh\S*|wajh\S*|jism\S*)( \S+){0,2} (nazel|nazil|nazla|ta[ay]e7|6aye7|mayel|ma2el|mashlool)|(nos|nus|nuss|nis)\S* (el |al )?(shemal|shmal|yemin|yamin|ysar|yasar)? ?(mesh|mish|msh|ma|mo) ?(b|bi|3am )?(y|t)?[ie]?t?7ar+ak\S*`,
	}},
	{"fall injury", nil, []string{
		// A fall, then unable to stand or a leg shorter or turned: a broken hip until seen.
		`(وقع|وقعت|طاح|طاحت|سقط|سقطت|انزلق|انزلقت|تزحلق|تزحلقت)( \S+){0,5} (و)?(ما|مش|مو|مب|ماهو|ماهي) ?(قادر|قادره|يقدر|تقدر|اقدر|عم)? ?(يقف|تقف|اقف|يوقف|توقف|اوقف|تقوم|يقوم|اقوم|يمشي|تمشي|امشي|يدعس|تدعس)( |$)`,
		` (رجله|رجلها|رجلي|ساقه|ساقها|ساقي)( \S+){0,2} (اقصر|قصيره|ملتفه|ملفوفه|مقلوبه|معوجه|لافه)`,
		`(fell|fall|fallen|slipped)( \S+){0,5} (can t|cannot|couldn t|unable to|won t) (stand|walk|get up|put weight)|leg( \S+){0,3} (shorter|turned out)`,
		`Z: (6a7|6a7at|6a7[ae]t|6e7t|ta7|wa2a3|w[ae]?[2gq][ae]3\S*|saga6|sa2a6)( \S+){0,5}ZCANT (y[ae]?[gq2]oo?m|t[ae]?[gq2]oo?m|a[gq2]oo?m|y[ae]?w?[gq2]af|t[ae]?w?[gq2]af|yo2af|to2af|y[ou]?gaf|t[ou]?gaf|yoogaf|y[ie]?m?sh[iy]|t[ie]?m?sh[iy]|yim?shi|timshi)`,
		`Z: (r[ie]?jl\S*|regl\S*|sa2\S*|sa[gq]\S*)( \S+){0,3} (a[gq2]sar|a2[sa]ar|a[gq2]9ar|mal[fw]oo?f\S*|mlfoo?f\S*)`,
	}},
	// A knock to the head («خبط دماغه» too), then vomiting (Egyptian «رجّع»), drowsiness («نايم على طول»)
	// or not being himself («مش مركز»).
	{"head injury", nil, []string{
		`(طاح|طاحت|وقع|وقعت|سقط|سقطت|انضرب|انضربت|ضرب|ضربت|دق|دقت|خبط|خبطت|اتخبط|اتخبطت|انخبط|انخبطت|ارتطم|ارتطمت)( \S+){0,4} \S*(راس|راسه|راسها|راسي|رأس|دماغ)\S*( \S+){0,8} \S*(يستفرغ|تستفرغ|استفرغ|استفراغ|يرجع|ترجع|ترجيع|رجع (مرتين|مره|كذا|تلات|ثلاث|اكتر|اكثر|كتير|[0-9])|رجعت (مرتين|مره|كذا|تلات|ثلاث|اكتر|اكثر|كتير|[0-9])|نايم علي طول|نايمه علي طول|مش مركز|مو مركز|مب مركز|مش مركزه|مو مركزه|مش واعي|مو واعي|مش واعيه|يذب|تذب|يطرش|تطرش|يزوع|تزوع|نعسان|نعسانه|ينعس|تنعس|مو طبيعي|مش طبيعي|مب طبيعي|مو طبيعيه|مش طبيعيه|مب طبيعيه|يهذري|تهذري|تايه|تايهه|ما يعرفنا|ما تعرفنا|دم من|نزيف من)`,
		`\S*(يستفرغ|تستفرغ|استفرغ|نعسان|نعسانه|يطرش|تطرش|يذب|تذب)( \S+){0,6} (بعد ما |بعدما |بعد |من )?(طاح|طاحت|وقع|وقعت|سقط|سقطت|انضرب|انضربت|ضرب|ضربت|خبط|خبطت|اتخبط|اتخبطت|انخبط|انخبطت)( \S+){0,3} \S*(راس|راسه|راسها|راسي)( |$)`,
		`(hit|bumped|banged|knocked|fell on)( \S+){0,3} (his|her|my|their|the) head( \S+){0,8} (vomit\S*|throw\S* up|drows\S*|sleepy|confus\S*|not himself|not herself|not making sense)`,
	}},
	// A road accident or a hard fall hours or a day ago, and the back, neck or head hurting since.
	{"trauma", nil, []string{
		`(حادث|حادثه|اكسدنت|دعمه)( \S+){0,4} و?\S*(ظهر|ضهر|رقب|راس)\S* (\S+ )?(يعور|يوجع|توجع|تعور|يالم|تالم)\S*`,
		`(حادث|حادثه|اكسدنت|دعمه|دعمت|دعموني|دعمني|صدمتني سياره|صدمته سياره|صدمتها سياره)( \S+){0,6} (امس|اليوم|الحين|قبل ساعه|قبل ساعتين|قبل شوي|قبل يومين|من شوي|من ساعه|الصبح)|(امس|اليوم|قبل ساعه|قبل ساعتين|قبل شوي|قبل يومين|الصبح)( \S+){0,3} (حادث|حادثه|اكسدنت|دعمه|دعمت|دعموني|دعمني)`,
		`(accident|crash|hit by a car)( \S+){0,4} (yesterday|today|this morning|this morn|this afternoon|this arvo|this avo|this evening|tonight|earlier today|last night|just now|(an|a|one|two|three|few|a few|couple of|\d+) (hour|hours|hrs|hr) ago)|(yesterday|today|this morning|this morn|this afternoon|this arvo|this avo|this evening|tonight|earlier today|last night|just now|(an|a|one|two|three|few|a few|couple of|\d+) (hour|hours|hrs|hr) ago)( \S+){0,4} (accident|crash)`,
	}},
	{"nerve compression", nil, []string{
		`(ظهر|الظهر|ظهري|ظهره|ظهرها|ضهر|ضهري)\S*( \S+){0,12} (ما|مش|مو|ولا|لا) ?(اقدر|قادر|قادره|يقدر|تقدر) (امسك|يمسك|تمسك|اتحكم|احبس|يحبس|تحبس) (ب|في )?(ال)?(بول|براز|حمام)`,
		`(خدر|خدران|خدرانه|تنميل|منمل|ما احس|ما حس|ماحس)( \S+){0,3} \S*(فخوذ|فخاذ|فخذي|فخذيه)`,
		`(ظهر|الظهر|ظهري|ظهره|ظهرها|ضهر|ضهري)\S*( \S+){0,12} (و)?(ما|مش|مو|ولا) ?(عم )?(اقدر|قدرت|قادر|قادره|يقدر|تقدر|قدر|قدرت) (اتبول|يتبول|تتبول|ابول|يبول|تبول|اطلع البول)|(ما|مش|مو) ?(اقدر|قدرت|قادر|قادره|يقدر|تقدر) (اتبول|يتبول|تتبول|ابول)( \S+){0,12} (ظهر|الظهر|ظهري|ظهره|ظهرها|ضهر|ضهري)|احتباس (ال)?بول|(ال)?بول (محبوس|محتبس|مسكر)`,
		// No water passed at all, or for hours («من البارح ما قدر يبول ابد», «ما اقدر ابول خالص»): the
		// bladder held, whatever the cause, as "can't pee" is read in English.
		`(ما|مش|مو|مب) ?(عم )?(اقدر|قدرت|قادر|قادره|يقدر|تقدر|قدر|بقدر|بيقدر|بتقدر|نقدر) (اتبول|يتبول|تتبول|نتبول|ابول|يبول|تبول|نبول)( \S+){0,2} (ابد|ابدا|خالص|نهائي|نهائيا|بالمره|اطلاقا|من امس|من البارح|من البارحه|من مبارح|من امبارح|من الصبح|من ساعات|من [0-9]+ ساعات|من يوم|من يومين)( |$)|(من امس|من البارح|من البارحه|من مبارح|من امبارح|من الصبح|من ساعات|من [0-9]+ ساعات|من يوم|من يومين)( \S+){0,2} (و)?(ما|مش|مو|مب) ?(عم )?(اقدر|قدرت|قادر|قادره|يقدر|تقدر|قدر|بقدر|بيقدر|بتقدر|نقدر) (اتبول|يتبول|تتبول|نتبول|ابول|يبول|تبول|نبول)( |$)`,
		// Back pain with a numb groin or lost control of the bladder or bowel (cauda equina).
		`(ظهر|الظهر|ظهري|ظهره|ظهرها|ضهر|ضهري)( \S+){0,12} (السيطره|التحكم|اتحكم|يتحكم|تتحكم)( \S+){0,2} (علي |في |ب)?(ال)?(تبرز|بول|البول|مثانه|امعاء|براز|حمام)`,
		`(السيطره|التحكم|اتحكم|يتحكم|تتحكم)( \S+){0,2} (علي |في |ب)?(ال)?(تبرز|بول|البول|مثانه|امعاء|براز)( \S+){0,8} (و)?(ظهر|الظهر|ظهري|ظهره|ظهرها)`,
		`(خدر|خدران|خدرانه|تنميل|منمل|ما احس|ما حس|ماحس|لا احس|لا اشعر|ما اشعر|ما عدت احس|(فقدت|فقد|فقدان|راح|راحت|ما في|مافي) (ال)?(احساس|شعور))( \S+){0,3} (\S*(عانه|مقعده|ارداف|السرج|منطقه الحوض|موخره)|بين (ال)?(رجلين|رجلي\S*|فخذين|فخاذ\S*|افخاذ\S*))`,
		`\S*(عانه|مقعده|ارداف|السرج)\S*( \S+){0,2} (خدر|خدران|خدرانه|منمل|ما احس)`,
		// The same in Arabizi: «ma a7is bil manta8a bain el af5ath».
		`Z:(ma|mo|mu|mish|mesh|mush|msh|la|mani|mane) ?(a7is|a7es|a7ess|a7iss|a7s|ba7is|ba7es|ba7ess|7ases|7asis|7asse|7assa|7asa|ya7is|y7es|y7is|y7ess|t7es|t7is|t7ess|n7es)( \S+){0,5} \S*(f5a?[dt]h?|fkha?[dt]h?|fa5[dt]h?|fakh[dt]h?|fa5e[dt]h?|fkhe[dt]h?)\S*`,
		`Z:\S*(af5a[dt]h?|afkha[dt]h?|fa5[dt]h?|fakh[dt]h?)\S*( \S+){0,2} (m5adr\S*|mkhadr\S*|m5addar\S*|mkhaddar\S*|mtanmel\S*|mnammel\S*|mnmel\S*|numb)`,
		// No feeling in the groin or the seat («ma a7is b mant8at el 3ana w el mag3ad»), or unable to pass
		// water («ma gidart atbawwal»).
		`Z:(ma|mo|mu|mish|mesh|mush|msh|la|mani|mane) ?(a7is|a7es|a7ess|a7iss|a7s|ba7is|ba7es|ba7ess|7ases|7asis|7asse|7assa|7asa|ya7is|y7es|y7is|y7ess|t7es|t7is|t7ess|n7es)( \S+){0,5} (el |l)?(3[ae]?ana|m[aiou][gq2k9][ae]?3[ae]?d\S*)( |$)`,
		`Z:ZCANT( \S+)? ([aytn]?t?baw+[ae]?l\S*|[aytn]b[ou]+l)( |$)`,
		// Numb or tingling between the legs («tanmil bel mante2a ben ejrayye»), as «بين الرجلين» above.
		`Z:(tanmil|tanmeel|tnmil|tnmeel|tanmel|5adar|khadar|m5adar|mkhadar|m5addar|mkhaddar|mtanmel|mnammel|mnamel)\S*( \S+){0,3} (ben|bein|bain|bayn|beyn|bin) (el |l)?(ejr|ijr|rijl|rjl|rejl|regl|rigl|fa5[dt]h|fkh[dt]h|af5a[dt]h|afkha[dt]h)\S*`,
		`(can t|cant|cannot|can not|couldn t|unable to|not (been )?able to) (pee|urinate|wee|pass (urine|water))|(can t|cant|cannot|can not|couldn t|unable to) feel (my |his |her |the )?(private\S*|groin|genital\S*|bottom|buttocks|saddle|back passage)|los(t|s|ing) (of )?(bladder|bowel) control|(lost|losing|lose|lost all|no) control (of|over) (my |his |her |the )?(bladder|bowels?)|groin( \S+){0,3} (numb|tingl)|numb\S*( \S+){0,3} (groin|buttocks|saddle)`,
	}},
	{"eye injury", nil, []string{
		// A chemical in the eye, or something driven into it: rinse and go now, whatever the clinic.
		`(كلور|كلوركس|مبيض|مطهر|مويه نار|ماء نار|موية نار|اسيد|حمض|كيماوي|كيميائي|كيماويه|مزيل|منظف|فلاش|ديتول|بنزين|جير)( \S+){0,4} (في |ب|على )?` + eyeWord + `\S*`,
		` ` + eyeWord + `\S*( \S+){0,4} (كلور|كلوركس|مبيض|مطهر|مويه نار|ماء نار|موية نار|اسيد|حمض|كيماوي|كيميائي|كيماويه|ديتول|بنزين|جير)`,
		`(دخل|دخلت|انغرز|انغرزت|انطعن|انطعنت|طعن|نغز)( \S+){0,2} (في |ب)?` + eyeWord + `\S*( \S+){0,2} (قلم|عود|سكين|مسمار|حديده|شظيه|زجاج|قزاز|ازاز|ازازه|ابره|مقص|سلك)`,
		// A ball (or a fist) hitting the eye hard: the blow itself, whatever follows.
		`(كوره|الكوره|كره|الكره|طابه|الطابه|بوكس|لكمه|بونيه)( \S+){0,3} (في |ب|على )?` + eyeWord + `\S*|(ball|fist|punch|puck)( \S+){0,3} (hit |in |to |into |on )(\S+ ){0,3}eye` +
			`|eyes? (got |was |has been |been |just )?(hit|struck|smacked|whacked|punched) (by|with) (a |an |the |his |her |my )?(\S+ )?(ball|fist|punch|puck|elbow|racket|racquet|shuttlecock|bat)( |$)`,
		// A blow to the eye, then pain, blood or a red eye.
		`(انضرب|انضربت|اتضرب|اتضربت|انخبط|انخبطت|اتخبط|اتخبطت|انطعن|انطعنت|انلطم|انلطمت|ضربه|ضربني|ضربته|ضربتها|خبطه|خبطني|جته ضربه|جاته ضربه)( \S+){0,5} (ال|و|ب|ف|بال|فال|وال)?(عين|عيون)\S*( \S+){0,4} (و|ب|وب|وت|وي)?(توجع\S*|يوجع\S*|تعور\S*|يعور\S*|الم|وجع|دم|نزيف|تنزف|حمرا|احمرت|منتفخ|منتفخه)( |$)`,
		`Z:(3[aei]{0,2}y?n\S*|3yoo?n\S*)( \S+){0,2} (\S*n[t6]a?3[ae]?n\S*|\S*ndarab\S*|\S*ttarab\S*|\S*tdarab\S*|\S*nkhaba[t6]\S*|\S*t5aba[t6]\S*)( \S+){0,6} (dam|dammat|btwja3|twja3|btoja3|toja3|t3awer|bt3awer|m7ammara|7amra)`,
		`(قلم|عود|سكين|مسمار|حديده|شظيه|زجاج|قزاز|ازاز|ازازه|ابره|مقص|سلك)( \S+){0,2} (دخل|دخلت|انغرز|انغرزت|طعن)( \S+){0,1} (في |ب)?\S*(عين|عيون)`,
		`Z:(chlor\S*|klor\S*|clorox|klorox|javel\S*|jav?el|flash|mobay+[ei]d|mubay+[ei]d|ma2 nar|ma9 nar|asid|acid|benzin|benzeen|dettol|deteol|mon[ae]6?[dz]?[dz]?ef|mona[dz][dz]ef|mo6ahir)( \S+){0,4} (f |fi |fe |b |bi |3la |3al |fl |fel )?(l)?(3[aei]{0,2}y?n\S*|3yoo?n\S*|3[ae]?y[ou]n\S*)|(3[aei]{0,2}y?n\S*|3yoo?n\S*)( \S+){0,4} (chlor\S*|klor\S*|clorox|javel\S*|mobay+[ei]d|mubay+[ei]d|asid|acid|dettol)`,
		`(bleach|chlorine|chemical|chemicals|acid|alkali|lye|cleaner|detergent|oven cleaner)( \S+){0,5} (my |his |her |their |the )?eyes?|eyes?( \S+){0,4} (bleach|chlorine|chemical|acid)|(pencil|stick|knife|nail|glass|wire|needle|scissors)( \S+){0,4} (in|into) (my |his |her |the )?eye`,
	}},
	{"rash with fever", nil, []string{
		// Blisters or a rash spreading fast, or the whole skin red, with a fever.
		`(فقاعات|فقاقيع|فقاعه|بثور|طفح|حبوب|قشور)( \S+){0,7} \S*(تنتشر|ينتشر|منتشر|منتشره|انتشر|انتشرت|تكبر|يكبر|تزيد|بكل|كل جسم)\S*( \S+){0,6} \S*(حراره|حرارت|حمي|حمه|سخونه|سخوني|سخن|مسخن|مسخنه|fever)\S*`,
		`\S*(حراره|حرارت|حمي|حمه|سخونه|مسخن|مسخنه)\S*( \S+){0,6} (فقاعات|فقاقيع|بثور|طفح)( \S+){0,3} \S*(تنتشر|ينتشر|منتشر|منتشره|انتشر|انتشرت|تكبر|يكبر|كل جسم|بكل)`,
		`(جسمي|جسمه|جسمها|جلدي|جلده|جلدها) (كله|كلها|كامل) (صار |صارت )?(احمر|حمرا|محمر|محمره|احمرار)( \S+){0,6} \S*(حراره|حرارت|حمي|حمه|سخونه|مسخن|مسخنه|يرجف|ترجف|رجفه)`,
		`(rash|blisters|blistering|skin)( \S+){0,4} (spread\S*|all over|everywhere|whole body)( \S+){0,6} (fever|temperature|chills)|(fever|temperature)( \S+){0,6} (rash|blisters|blistering)( \S+){0,3} (spread\S*|all over)`,
		`Z:(fa[2gq8]a3at|fo[2gq]a3at|b[ou]thoor|6afa7|tafa7)( \S+){0,4} \S*(tintesher|btintesher|tentashir|mintashir|btkbar|bt2kbar|btekbar|tekbar)\S*( \S+){0,6} \S*(7[ou]?ma|7ara+ra|s5oon\S*|skhoon\S*)`,
	}},
	{"self-harm", nil, []string{
		// "Suicide" and "suicidal" written in Arabic letters («حاسه سويسايدل»).
		` (سويسايد|سوسايد|سويسيد|سوسيد|سويسايدل|سوسايدل)\S*`,
		`(انتحر|انتحار|بنتحر|ينتحر|تنتحر|اقتل نفسي|اقتل راسي|نقتل راسي|اقتل عمري|بقتل عمري|اذبح عمري|بذبح عمري|انهي عمري|اكتل نفسي|اكتل روحي|بكتل نفسي|يكتل نفسه|تكتل نفسها|اقتل روحي|بقتل روحي|يقتل نفسه|تقتل نفسها|بقتل نفسي|بيقتل نفسه|بتقتل نفسها|اذبح نفسي|يذبح نفسه|اذي نفسي|اوذي نفسي|يوذي نفسه|ايذا نفسي|اذيه نفسي|اجرح نفسي|يجرح نفسه|تجرح نفسها|اجرح حالي|اجرح روحي|بجرح حالي|بجرح روحي|يجرح حاله|تجرح حالها|انهي حياتي|ينهي حياته|تنهي حياتها|موت حالي|اموت حالي|اموت نفسي|يموت نفسه|تموت نفسها|انهاء حياتي|انهاء حياته|انهاء حياتها|ما ابي اعيش|ما ابغي اعيش|ما عاد ابي اعيش|ماعاد ابي اعيش|مابي اعيش|ما بدي عيش|ما بدي اعيش|مش عايز اعيش|مش عايزه اعيش|ابي اموت|ابغي اموت|بدي موت|بدي اموت|عايز اموت|عايزه اموت|اتمني اموت|اتمني الموت|ودي اموت)`,
		` (ب)?(ا|ي|ت|ن)?(اذي|وذي|جرح) (نفس|حال|روح)\S*|((ما|مو|مش|مب) ?(عدت |عاد |بقيت |بقا |بقي |بقت |صرت |عم )?|م(ا )?(بقيتش|بقتش|بقاش|عدتش|عدش) )(ابي|ودي|وده|ودها|بدي|بدو|بدها|عايز|عايزه|عاوز|عاوزه|يبي|تبي|يبغي|تبغي|ابغي|حاب|حابه|اريد|يريد|تريد|نريد|باغي|باغيه|بغيت) (ا|ي|ت|ن)?عيش( |$)| (و)?(ب|ح|ه|وب)?(ا|ي|ت|ن)?خلص (علي|ع) (نفسي|نفسه|نفسها|روحي|روحه|روحها|حالي|حاله|حالها)( |$)|(ما في|مافي|ما فيه|مافيه|مفيش|ما في اي) (شي|حاجه|اشي|شيء) (ي|ب)?(ستاهل|يستاهل|تستاهل|يسوي) (ا|ن)?عيش|nothing (left )?(worth|to) liv(e|ing) for`,
		`(يكتب|تكتب|اكتب|كتب|كتبت|كاتب|كاتبه|قاعد يكتب|كاعد يكتب) (ال)?(وصيته|وصيتها|وصيتي)|رساله وداع|رسايل وداع|رسالة وداع|(goodbye|farewell|suicide) (letter|note)|جهزت (ال)?(حبل|مشنقه)|(جبت|حضرت|اشتريت|ربطت) (ال)?مشنقه`,
		`(ابي|ابغي|ودي|بدي|ناوي|ناويه|افكر|بفكر|بافكر|نفكر|كنفكر|فكرت|اخطط|مخطط|مخططه|مقرر|مقرره|عايز|عايزه|عاوز|عاوزه|بغيت|نبغي|حاب|حابه|اريد|نفسي|قررت) (\S+ )?(انهي|اخلص|نخلص|نهي|ننهي) (من |علي )?(كل شي|كلشي|حياتي|روحي|نفسي|عمري|الدنيا)`,
		`(عشان|علشان|حتي|لكي|كي|بدها|بدو|تبي|يبي|تبغي|يبغي|عايزه|عايز) (ت|ي|ا)?(موت|تموت|يموت|اموت|تنتحر|ينتحر|انتحر)( |$)`,
		// The same in Arabizi: to die («3shan ymoot»), and pills swallowed by the many («bala3 7boob wayed»).
		`Z: (3shan|3ashan|3alashan|3lshan|3l4an|ashan|3shn|7atta|hatta|kermal|krmal|bach|bash) (y|t|a|n)?m[ou]+t( |$)| (bal[ae]?3|bl[ae]?3|ebtala3|akh?ad|a5ad|5ad|khad|5d|shirib|shrib|shereb|shrab|kal)\S*( \S+){0,2} (7b[ou]+b|7ubub|7ab+at|dawa|dwa|adwiya|adwye)( \S+){0,2} (wayed|wayid|waayed|kteer|ktir|kthir|kter|ketir|kamel|kamla|kolha|kollha|kullha|kolaha|kulha|bzaf|bezzaf)( |$)`,
		`(رغبه|افكر|فكره|افكار|ودي|نفسي|اتمني|احس اني ابي) (اني |ان |في |ب)?(اموت|الموت|انتحر|الانتحار)( |$)`,
		// Harming oneself told with «راسي» for oneself (Maghrebi: «كتجيني افكار نأذي راسي»), after a
		// thought or a wish: not «يأذي راسي» of a noise hurting the head.
		`(افكار|فكره|افكر|نفكر|كنفكر|تنفكر|كنخمم|نخمم|بغيت|نبغي|كنبغي|باغي|باغيه|ناوي|ناويه)( \S+){0,2} (ن|ا|ي|ت)?(اذي|وذي|جرح|ضر) (راسي|راسو|راسه|راسها)( |$)`,
		// Cutting one's own hand, wrist or veins, or oneself, thought of or wished («عم فكر اقطع إيدي هلق»,
		// «صارت عندي افكار اني اقطع نفسي»): not the oath «بقطع ايدي اذا…», which has no thought or wish before it.
		`(افكار|فكره|افكر|بفكر|فكر|نفكر|كنفكر|بدي|ابي|ابغي|ودي|ناوي|ناويه|عايز|عايزه|بغيت|نبغي|حاب|حابه)( \S+){0,2} (ا|ن)?(قطع|جرح|شرح) (ايدي|يدي|ايديي|معصمي|رسغي|شراييني|شرايني|عروقي|نفسي|حالي|روحي)( |$)`,
		// Cutting one's arm or hand with a blade, told as it is done («لقيته يجرح يده بالموس», «صرت اجرح
		// ايدي بالشفرة»): the present, a blade, an arm; not the past of a slip («جرح يده بالسكين»), nor a
		// leg or a face, which a razor nicks in shaving.
		` (ا|ي|ت|ن|ب|بي|بت|بن)(جرح|شرح|شطب) (\S+ )?(يده|ايده|يدها|ايدها|يدي|ايدي|ذراعه|ذراعها|ذراعي|دراعه|دراعها|دراعي|معصمه|معصمها|معصمي|ساعده|ساعدها|ساعدي|رسغه|رسغها|رسغي) (بال|ب)(موس|امواس|شفره|شفرات|مشرط|كتر|زجاج|قزاز)( |$)`,
		// Ending one's life with the Levantine «خلّص» («عم فكّر كيف خلّص من حياتي»).
		`(افكر|بفكر|فكر|نفكر|عم فكر|عم افكر|بدي|ابي|ابغي|ناوي|ناويه|قررت|مقرر|مقرره)( \S+){0,2} (ا|ن)?خلص (من|علي|ع) (حياتي|روحي|عمري|نفسي)( |$)`,
		// A wish to die said as the verb, in any dialect («عاوزة اموت خلاص», «بغيت نموت»), at the end or
		// with what closes it (خلاص، وارتاح…), not a figure of speech («ابي اموت من الجوع», «بموت عليه»).
		` (ابي|ابغي|ابغا|بدي|عايز|عايزه|عاوز|عاوزه|اريد|بغيت|نبغي|كنبغي|نحب|نحبش|باغي|باغيه|حاب|حابه|حابب|حاببه|ودي|اتمني|نريد|كنتمني|نتمني) (ا|ن)?موت ( ?$|(خلاص|خلص|صافي|وارتاح|ونرتاح|وبس|بجد|والله|اليوم|الليله|دلوقتي|الحين|هلا|دابا|ما|مش|مو|مب|عشان|علشان|لاني|لان|حتي|ومحدش|ومافي|وما|وخلاص|وخلص|ونخلص|واخلص|وارتاح) )`,
		`(dont|doesnt|don t|do not|doesn t|does not) (really )?(want to|wanna) (live|be alive|be here|wake up)|no point (in )?living|(dont|don t|do not|can t|cant) see (the |any )?point (anymore|any more|in living|of living|in anything|in going on)|(wrote|written|writing) (\S+ ){0,2}letters? to (my|his|her) (family|kids|children|parents|mum|mom|wife|husband)|(thinking|thought|think) (about )?how (i d|i would|to|i could|i will|i ll) (do it|end it|kill)`,
		`(بلع|بلعت|شرب|شربت|اخذ|اخذت|خذت|خذا|اكل|اكلت)( \S+){0,2} (حبوب|علبه|شريط|شرايط|دوا|ادويه|حبات)( \S+){0,2} (كثير|كثيره|كتير|كامل|كامله|كلها|كله|كلهم)|(took|swallowed|ate|taken)( \S+){0,3} (whole|entire|lot of|lots of|bunch of|handful of|all|too many|so many|too much)( \S+){0,3} (pills|tablets|medicine|meds|paracetamol|panadol)|overdos|(اخذ|اخذت|خذت|بلع|بلعت|شرب|شربت|اكل|اكلت|ابتلع|ابتلعت) (كل|كامل) (ال)?(حبوب|دوا|ادويه|حبات|اقراص|علبه|شريط)|(اخذ|اخذت|خذت|بلع|بلعت|ابتلع|ابتلعت|شرب|شربت|اكل|اكلت|took|swallowed|ate|taken) (like |about |around |over |almost |حوالي |تقريبا )?([0-9٠-٩]{2,}|عشرين|ثلاثين|اربعين|خمسين) (حبه|حبات|حبوب|قرص|اقراص|pills|tablets)`,
		`kill (my|him|her|them)sel(f|ves)|killing (my|him|her)self|suicid\S*|end(ing)? (my|his|her) life|end it all|end it (tonight|now|today)|going to end it|(want|wanna|gonna|planning|plan|ready|decided|thinking about|thinking of|feel like|feeling like|felt like) (to )?end(ing)? it( all| tonight| today| now| for good| for real| fr)?( tbh| honestly| ngl| fr)? ?$|what ?s the point (anymore|any more|of living|in living|of being alive|of going on) ?$|(want|wanna|wish i could|would like) to (just )?(disappear|vanish) (forever|for good|for ever|from this world|from the world|and never come back)|(ابي|ابغي|ابغا|بدي|ودي|نفسي|عايز|عايزه|حابب|حابه|اريد) (اختفي|اختفى|اروح) (من الدنيا|من هالدنيا|من هالعالم|من العالم|للابد|وما ارجع)|(want|wanna|wish|going) to die|want to be dead|(hurt|hurting|harm|harming|cut|cutting) (my|him|her)self|self harm|(don t|do not|doesn t|does not) want to live|no reason to live|better off dead|better off without me|(بيرتاحون|بيرتاحوا|يرتاحون|يرتاحوا|حيرتاحوا|هيرتاحوا|رح يرتاحوا|راح يرتاحون|بيرتاح|يرتاح|رح يرتاح|راح يرتاح|حيرتاح|هيرتاح|بترتاحوا|حترتاحوا|هترتاحوا|ترتاحون) مني|احسن (لهم|لكم|لاهلي|للكل) (بدوني|من غيري|بلاي|لو مت|لو اختفيت|لو رحت)`,
		// A wish to be dead, or thoughts of death that keep coming, with no act named ("I wish I was
		// dead", "I keep thinking about dying lately", «اتمنى اني ميت», «الحياة ما تستاهل», «bfakker
		// bel mot»): passive thoughts of suicide are sent on as the act is. Not thoughts of dying of
		// something ("…about dying during the operation"), which is a fear the pages answer.
		`(wish|wishes|wishing|wished) (that )?(i|he|she) (was|were|d be|could be|would be) dead|(wish|wishes|wishing) (that )?(i|he|she) (could |would )?(just )?(not wake up|never wake up|didn t wake up|wouldn t wake up|die in (my|his|her) sleep)|(keep|keeps|kept|been|m|am|started|start|having|getting) (thinking|having thoughts|getting thoughts|thoughts) (about|of) (dying|death|being dead|not being alive|not being here)( (lately|a lot|all the time|every day|recently|so much|constantly|more and more|these days))?( ?$| (and|but|so|honestly|tbh|idk|anyway|i|im|i m|it s|its)( |$))|life (is not|isn t|isnt|s not|aint|ain t) worth (living|it anymore|it any more)|not worth living` +
			`|(اتمني|يا ?ريت|يا ?ريتني|ريتني|ليتني|يا ?ليتني|يا ?ليت) (اني |لو |انه |انها |لو اني )?(كنت )?(ميت|ميته|اموت|انموت)( |$)|(ما عاد|ماعاد|ما عدت|ماعدت|ما بقيت|مابقيت) ?(ابي|ابغي|بدي|عايز|عايزه|اريد)? ?(اكون|ابقي|اظل|اضل) (عايش|عايشه|حي|حيه)( |$)|(ما|مو|مش|مب) ?(ابي|ابغي|بدي|عايز|عايزه|اريد) (اكون|ابقي|اظل|اضل) (عايش|عايشه|حي|حيه) ?$|(الحياه|حياتي|العيشه|هالحياه|هالعيشه) (ما|مو|مش|ما عادت|ماعادت|ما عاد|ماعاد) ?(تستاهل|تستحق|لها معني|الها معني|تنعاش)( |$)`,
		`Z:(b|3am |3m )?(a|n)?f[ae]?k+[ae]?r\S* (bel|bil|b el|b il|fel|fil|f el|bl) (mo+t|mout|mawt|mawet)( |$)|(ya ?re+tni|ya ?raitni|ya ?laitni|ya ?letni|atmanna|atmana|bitmanna) (a|n)?(mo+t|mout|may+et|mayta|may+eta)( |$)`,
		// A wish to die said as the verb in Arabizi («bghat tmout», «baddi mout»), as the Arabic one above: at
		// the end or with what closes or follows a plea, not a figure of speech («bghit nmout mn dd7k»).
		`Z: (bghit|bghat|bgha|bghina|bghaw|baghi|baghya|baghia|baghiya|kanbghi|kanebghi|katbghi|kaybghi|baddi|biddi|bade|badi|bdi|bedi|abi|abgha|abghi|3ayez|3ayza|3ayz|3awez|3awza|ariid|arid) (a|n|t|y)?mou?t( ?$| (5las|khlas|khalas|safi|daba|lyoum|el ?yom|delwa2ti|el7een|hala2|hal2a|w ?nrta7|w ?arta7|w ?tarta7|w ?yarta7|bjd|bjad|wallah|walah|3afak|3afakom|3afek|please|pls|chno|shno|wesh|ach|ash|kifach|kif)( |$))`,
		// Killing oneself with ق as ك (Iraqi, Gulf: «ankutil nafsi», «aktil nafsi»), and cutting one's veins.
		`Z: (a|y|t|n|an|ba|b)?k[ou]?t[ie]l (nafs|7al|rou?7)\S*| (a|y|t|n|b|ba|bi|bt|by|bn|7a|ha)?[2gq8k]?[t6][ae]?3 (sharay[ie]+n\S*|shraye?n\S*|3r[ou]+[2gq8]\S*)`,
		`Z:[ie]nt[aei]?[7h][aie]?r|ant[ie][7h]a+r|(a|y|t|n)?[2gq]t[ie]l (nafs|7al)\S*|(a|y|t|n|b)?[2a]?[2a]?(z|th|dh|d2|z2|dh2)[iy]+ (nafs|7al|ras+[iy]|ras+o|ras+ha|rou?7[iy])\S*| (a|y|t|n|b)?2a?(z|th|dh) (nafs|7al|rou?7)\S*|(a|y|t|n)?[ej]?jra7 (nafs|7al|rou?7)\S*| (a|ba|b|n|ka|kan|bn)?f[ae]?[k8]{1,2}[ae]?r\S*( \S+)? (b|bi|fi|en|eni|ini|inni|anni) 2?[ae]?(d|dh|z|th)2?[iy]+ (n[ae]?fs|7al|rou?7)\S*|(a|n|y|t|b|ba|bi)?(5|kh)al+[ie]?s (3a|3ala|3la|3al) (7ali|7aly|nafsi|nafsy|rou7i|ro7i)( |$)|\S*[ie](th|dh|z)aa?2 nafs\S*|(abi|abgh?a|bdi|bade|3ayez|3ayz|3ayza|biddi|bghit|bghat|nbghi|kanbghi|baddi|bde|bdy|bady|bidde|bdee|3awez|3awza|3ayzah|nebghi|ari?d|n7eb+|nheb+) [an]?m[ou]+t | [an]?[9qk2]t[ae]?l ras[iy] |(ma|mish|mo|mesh|msh) ?(3ad |3adt |b[9q]it |b[9q]a |b[9q]at |b[9q]i )?(baddi|bdi|bade|badi|badde|biddi|bidi|abi|abgha|3ayez|3ayz|3ayza|3awez|3awza|bghit|bagh[ai]|bghat) (a|n)?3[iey]{0,3}(sh|ch)( |$)`,
	}},
})

// arabiziBlocks are the Arabizi building blocks of the patterns above.
var arabiziBlocks = strings.NewReplacer(
	"ZCANT", ` ((m3ndi|ma3ndi|ma3andi|ma3ndich) (\S*[2gq9]o?dra|l[2gq9]odra) |(ma|mo|mu|mish|mesh|msh|mush|mb|mub|mani|ma3ad|ma3d) ?(3am |3ad[ae]?t? |b[9q2]it |b[9q2]at )?(\S*[2gq98k][aie]?[ae]?d[ae]?r\S*|a[ae]?d[ei]r|ad[ae]?r[ae]|\S*3[ae]?r[ae]?f\S*|a3raf|ba3raf)|s[aou]?3[ou]+b[ae]?|sa3b\S*|b ?s[aou]?3[ou]+b[ae]|3ajiz\S*|(ma|la|mo|mish|msh|mesh|mb) (a|y|t|n)?st[ae]?[6t]ee?3\S*)`,
	"ZBREATH", `(\S*t2?[ae]?n[ae]?f+[aeiou]?s\S*|n[ae]f[ae]?s\S*)`,
	"ZSWALLOW", `(\S*bl[ae]?3\S*|bal[ae]?3\S*|\S*btil[ae]?3\S*)`,
	"ZSPEAK", `(\S*tkal+[ae]?m\S*|k[ae]?l[ae]+m\S*|\S*7k[iy]\S*|\S*7ak[ei]y[ae]\S*|\S*7ach[iy]|n[ou]6[gq]\S*|[ay]?nt[ae]?[gq8]\S*|l[ie]?s+[ae]+n\S*|sawt\S*|so+t[iy])`,
	"ZHEAVY", `(t|th)[ae]?[2g8q][ie]+l\S*`,
	"ZFACE", `(w[ae]?[jchs]h?h?[iy]\S*|w[ie]?jh\S*|wech\S*|shaf[ae]y?[ie]?f\S*|shf[ae]y?[ie]?f\S*|3[ei]y?n[iyeoah]\S*|3a[iy]n\S*|l[ie]?s+[ae]+n\S*|7al[2gq8]\S*|[zd]o+r[iy]\S*|3yoo?n\S*|jf[ou]+n\S*|jef[ie]?n\S*)`,
	"ZSWELL", `(\S*nf[ou]+(5|kh)\S*|\S*t[ae]?f[ae]?(5|kh)\S*|\S*n[ae]?f+[ae]?(5|kh)\S*|w[ae]r[ae]m\S*|w[ae]rm(ee|i|a)\S*|w[ie]rm\S*|w[ie]r[ie]m\S*|wareem|m?w[ae]r+[ae]m\S*|mitwar+am\S*|twar+am\S*)`,
)

// flagPatterns are the patterns of one red flag.
// notByNose tells breath through the nose or mouth alone: a blocked nose, not a breath stopped.
var notByNose = regexp.MustCompile(foldPattern(`(يتنفس|تتنفس|يتنفسش|تتنفسش|breathing|breathe|\S*t2?[ae]?n[ae]?f+[aeiou]?s\S*) (من |عن طريق |ب ?|غير من |الا من |through |thru |out of |from |with |via |mn |men |min |bs mn |ela mn )?(ال)?(انف|انفه|انفها|خشم|خشمه|خشمها|مناخير|مناخيره|مناخيرها|منخار|منخاره|فم|فمه|فمها|تمه|تمها|بقه|بقها|his nose|her nose|the nose|nose|his mouth|her mouth|the mouth|mouth|m?nakhir\S*|ma?na5ir\S*|anf\S*|5ashm\S*|khashm\S*)`))

// returning tells «رجع» as coming back, with where from or to («لما برجع من الشغل», «برجع البيت»),
// not as vomiting («وبيرجع من الصبح» is since when).
var returning = regexp.MustCompile(foldPattern(` (و|ف)?(ب|بي|بت|عم ا|عم ي|عم ت|ا|ي|ت|ن)?رجع(و|وا|ي|ت)? (من (ال)?(شغل|دوام|مدرسه|جامعه|سفر|بره|برا|عند|دكتور|عياده|مستشفي|سوق|بيت)\S*|ل\S+|ع|عال\S+|على|الي|الى|البيت|الشغل|الدوام|المدرسه|الجامعه|الشقه|الفندق|البلد|مصر|ورا|تاني|ثاني|مره تانيه|اشوف|اقرا|اشتغل|اداوم|اسوق)( |$)`))

var returningPre = newPrefilter(returning)

type flagPatterns struct {
	name     string
	unless   *regexp.Regexp // not when the message tells the sign so (slowly, longStanding); nil: always
	patterns []string
}

type redFlag struct {
	name   string
	unless *regexp.Regexp
	groups []flagGroup // the flag's patterns by script
}

// flagGroup are patterns of one red flag written in one script: a message without a letter of the
// script skips them, and the Latin ones are half the patterns.
type flagGroup struct {
	script script
	// needles are literals without which none of res can match (nil: no such set): a cheap test that
	// spares almost every message the backtracking of the patterns. They are derived from the patterns
	// (prefilter.go), so they cannot fall out of step with them.
	needles   []literal
	needleSet litSet // needles indexed (prefilter.go)
	res       []*regexp.Regexp
	pres      []*prefilter
}

// script is a set of the scripts a text or pattern has letters of.
type script uint8

const (
	latin script = 1 << iota
	arabic
	arabizi // Arabic in Latin letters; its patterns are marked "Z:"
)

// scriptOf returns the scripts of the letters of s; regexp syntax (\S) has no lower-case letters.
func scriptOf(s string) script {
	var sc script
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			sc |= latin
		case r >= 0x600 && r <= 0x6FF:
			sc |= arabic
		}
	}
	return sc
}

// scripts returns the scripts of t from its rune set (prefilter.go): lower-case ASCII letters keep
// their own bits, and every Arabic letter's first byte (0xD8-0xDB) sets bits 0x58-0x5B, which no
// lower-case text has otherwise. Latin text may be Arabizi unless it reads as English: a word of
// English grammar and no digit written as a letter (a2dar, 3ndi).
func (t *padText) scripts() script {
	var sc script
	if t.hasArabic() {
		sc |= arabic
	}
	if t.runes[1]&(((1<<26)-1)<<(0x61-64)) == 0 {
		return sc
	}
	sc |= latin
	if digitLetter(t.s) || !t.english() {
		sc |= arabizi
	}
	return sc
}

// hasArabic says whether t may hold an Arabic letter (see scripts); false only when it holds none.
func (t *padText) hasArabic() bool { return t.runes[1]&(0xF<<(0x58-64)) != 0 }

// englishWords are words of English grammar that Arabizi does not use.
var englishWords = wordSet(`the is are am was were my i me you your his her it its to of and in on for can does do did how what when why be been have has had with not this that just after since from at a an m s t ll ve re d will would should could they them their`)

// english says whether t holds one of englishWords between two spaces, as the pattern
// ` (the|is|…|their) ` would: a word looked up at a time, where that pattern (tried at every space
// with each of its sixty words) took a tenth of an Arabizi message's triage, read up to four times
// a message (scripts, the skeletons, the Arabic reading). Found once a text (litHits).
func (t *padText) english() bool {
	h := t.found
	if h != nil && h.englishKnown {
		return h.english
	}
	e := holdsWordOf(t.s, englishWords)
	if h != nil {
		h.englishKnown, h.english = true, e
	}
	return e
}

// holdsWordOf says whether s holds one of words between two spaces (and so whether the pattern
// ` (w1|w2|…) ` of the words, which hold no space, matches s).
func holdsWordOf(s string, words map[string]bool) bool {
	start := strings.IndexByte(s, ' ')
	for start >= 0 {
		end := strings.IndexByte(s[start+1:], ' ')
		if end < 0 {
			return false
		}
		end += start + 1
		if words[s[start+1:end]] {
			return true
		}
		start = end
	}
	return false
}

// digitLetter says whether s has an ASCII digit next to a lower-case letter.
func digitLetter(s string) bool {
	for i := 1; i < len(s); i++ {
		a, b := s[i-1], s[i]
		if a >= '0' && a <= '9' && b >= 'a' && b <= 'z' || b >= '0' && b <= '9' && a >= 'a' && a <= 'z' {
			return true
		}
	}
	return false
}

// eyeWord is the eye as a word of its own with the prefixes it takes («بعيني», «والعين»): not the «عين»
// inside another word («اسبوعين», two weeks).
const eyeWord = `(ب|ال|بال|وال|و|ف|فال|لل|ل|عال|ع|وب|وبال)?(عين|عيون)`

// negVerb is what NEGV stands for in the patterns: a negation before a verb, with what may stand
// between in any dialect: an aspect (ما عم يوقف, مش قاعد, ما بقا كيهضر) or a will (مش راضي يوقف,
// ما بغا يحبس, ما يبي يوقف). The verb follows after an optional space.
const negVerb = `(و)?(ما|مو|مب|مش|ماهو|مهو|ماهي|مهي|لا|لم|ماني|مانيش)( ?(عم|قاعد|قاعده|دا|دي|كي|عاد|بقا|بقي|راضي|راضيه|راضين|رضي|يبي|تبي|يبغي|تبغي|بدو|بدها|عايز|عايزه|بغا|بغات|بغي|يرضي|ترضي|حاب|حابه|يريد|تريد))? ?`

// difficulty is what DIFF stands for in the patterns.
const difficulty = `صعوب|صعب|عاجز|(ما|مو|مب|مش|ولا) ?(اعرف|عارف|عارفه|يعرف|تعرف)|(لا|ما) ?(استطيع|يستطيع|تستطيع|نستطيع|يمكنني|اتمكن|يتمكن)|عدم (ال)?(قدره|استطاعه|تمكن)|(ما|مو|مب|مش|ماني|ماهو|ماهي|ما صرت|صرت ما|ولا) ?(عم |دا |دي )?(اقدر|يقدر|تقدر|نقدر|قادر|قادره|قادرين|قدرت|قدر|بقدر|بيقدر|بتقدر|قاعد|قاعده|اكدر|يكدر|تكدر|نكدر|كادر|كادره)`

func compileFlags(fs []flagPatterns) []redFlag {
	var out []redFlag
	for _, fp := range fs {
		f := redFlag{name: fp.name, unless: fp.unless}
		// Each top-level alternative of a pattern goes to the group of its script.
		bySc := map[script][]string{}
		for _, p := range fp.patterns {
			p, z := strings.CutPrefix(p, "Z:")
			p = foldPattern(arabiziBlocks.Replace(strings.NewReplacer("DIFF", difficulty, "NEGV", negVerb).Replace(p)))
			for _, alt := range alternatives(p) {
				sc := scriptOf(alt)
				if z {
					sc = arabizi
				}
				bySc[sc] = append(bySc[sc], alt)
			}
		}
		for _, sc := range []script{latin, arabic, arabizi, latin | arabic, 0} {
			if alts := bySc[sc]; len(alts) > 0 {
				f.groups = append(f.groups, compileGroup(sc, alts))
			}
		}
		out = append(out, f)
	}
	return out
}

// alternatives splits a pattern at its top-level |.
func alternatives(p string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '\\':
			i++
		case '(':
			depth++
		case ')':
			depth--
		case '|':
			if depth == 0 {
				out = append(out, p[start:i])
				start = i + 1
			}
		}
	}
	return append(out, p[start:])
}

func compileGroup(sc script, alts []string) flagGroup {
	g := flagGroup{script: sc}
	seen := map[string]bool{}
	all := true // every pattern has a prefilter, so the group has needles
	for _, p := range alts {
		re := regexp.MustCompile(withoutLeadingRun(p))
		g.res, g.pres = append(g.res, re), append(g.pres, newPrefilter(re))
		// The needles are read from the parts' literals in bit sets (a wide prefilter's sets are not
		// read here): those of exact runs, for the pattern's own prefilter, are often too many.
		pre := literalReader{}.prefilter(re)
		if pre == nil || pre.wide != nil {
			all = false
			continue
		}
		// A match holds a literal of the first set of one of the branches.
		start := 0
		for _, end := range pre.ends {
			for i, l := range pre.lits {
				if pre.sets[start]&(1<<i) != 0 && !seen[l.s] {
					seen[l.s] = true
					g.needles = append(g.needles, l)
				}
			}
			start = end
		}
	}
	if !all {
		g.needles = nil
	}
	g.needleSet = newLitSet(g.needles)
	return g
}

// withoutLeadingRun returns the pattern p without the runs of non-spaces (\S*) a match may open with
// («\S*tkal+[ae]?m\S*», any word holding "tkalm"): the patterns are only asked whether they match
// somewhere, and a match that opens with such a run is one that opens after it, so the run only makes
// the matcher try every start again at every letter of the run (a quarter of a millisecond on one
// Arabizi message).
func withoutLeadingRun(p string) string {
	re, err := syntax.Parse(p, syntax.Perl)
	if err != nil {
		return p
	}
	if !dropLeadingRun(re) {
		return p
	}
	return re.String()
}

// dropLeadingRun takes the \S* out of every position a match of re may open at, and says whether it
// took any.
func dropLeadingRun(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpCapture:
		return dropLeadingRun(re.Sub[0])
	case syntax.OpAlternate:
		took := false
		for _, sub := range re.Sub {
			took = dropLeadingRun(sub) || took
		}
		return took
	case syntax.OpConcat:
		if isNonSpaceRun(re.Sub[0]) {
			if len(re.Sub) == 1 {
				*re = syntax.Regexp{Op: syntax.OpEmptyMatch, Flags: re.Flags}
			} else {
				re.Sub = re.Sub[1:]
			}
			return true
		}
		return dropLeadingRun(re.Sub[0])
	}
	if isNonSpaceRun(re) {
		*re = syntax.Regexp{Op: syntax.OpEmptyMatch, Flags: re.Flags}
		return true
	}
	return false
}

// isNonSpaceRun says whether re is \S*.
func isNonSpaceRun(re *syntax.Regexp) bool {
	if re.Op != syntax.OpStar || re.Sub[0].Op != syntax.OpCharClass {
		return false
	}
	want, err := syntax.Parse(`\S`, syntax.Perl)
	return err == nil && want.Op == syntax.OpCharClass && slices.Equal(re.Sub[0].Rune, want.Rune)
}

// match says whether t, of scripts sc, shows the red flag.
func (f *redFlag) match(t *padText, sc script) bool {
	for gi := range f.groups {
		g := &f.groups[gi]
		if g.script != 0 && g.script&sc == 0 || g.needles != nil && !g.needleSet.any(t) {
			continue
		}
		for i, re := range g.res {
			if g.pres[i].mayMatch(t) && re.MatchString(t.s) {
				return true
			}
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
	n := 2 + max(len(words)-1, 0)
	for _, w := range words {
		n += len(w)
	}
	var b strings.Builder // one allocation, where " " + strings.Join(words, " ") + " " made two
	b.Grow(n)
	b.WriteByte(' ')
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	b.WriteByte(' ')
	return newPadText(b.String())
}

// dreadPattern is dread's pattern, which hypothetical reads too: with it, a sign supposed ("…lol what if
// i faint?"), which a fear before it may have hidden from the rules.
const dreadPattern = ` what if (i|he|she|we|they|my \S+|the baby|the child) (faint|pass out|choke|stop breathing|bleed|have a seizure|have a fit|go blind)( |$)|` +
	` (says|said|tells me|told me|keeps saying|thinks|swears|insists|is convinced|convinced|screams|cries) (that )?(he|she|i|they) (ll|will|would|is going to|s going to|are going to|re going to|m going to) (choke|faint|pass out|suffocate|stop breathing|throw up)( |$)` +
	`| (بتقول|تقول|بيقول|يقول|قالت|قال|بتقلي|تقلي|بيقلي|يقلي)( انها| انه| انو| انا| اني)? (ه|ح|رح |راح |حي|هي|هت|حت)(يغمي|تغمي|غمي|يغمى|تغمى|اغمي|يختنق|تختنق|اختنق)( |$)`

// A general question about a risk («هل الدواء يسبب صعوبة في البلع؟», "can the anaesthetic make you
// faint?") names a red flag without having it. It is not triaged when nothing in the message says
// someone has the symptom now: no first person, no relative, no time. Anything personal wins, so
// «هل هذا يسبب كذا؟ ما اقدر ابلع» is still an emergency. So is a symptom told as past and over
// («قبل سنتين اغمي علي وكنت تمام», "I had a seizure years ago") unless the message says it is back.
// An Egyptian question may open on «هو» («هو الحقن ممكن يعمل زغللة؟»: can the injection cause a blur?).
var (
	riskQuestion = regexp.MustCompile(foldPattern(
		` (و)?(يسبب|تسبب|يأدي|يودي|تودي|يؤدي|تؤدي|بيودي|بتودي|من اعراض|من الاعراض|من الاثار|نادر|احتمال|نسبه|خطر|خطوره|مخاطر)\S* | (risque|risques|risk|risks|khatar|5atar|khatr|5atr|khoutoura) | (peut|peuvent|pourrait|risque de) (causer|provoquer|donner|entrainer|faire) |^ est ce que (\S+ ){0,4}(peut|normal|risque) |^ (هل|ممكن|وش|ايش|ما|اش) (\S+ ){0,3}(يسوي|يأثر|يوثر|طبيعي|اعراض|علامات)|^ (كم|قديش|اديش|شحال|اشحال) (يوم|يوما|ايام|ساعه|ساعات|اسبوع|اسابيع) (ي|ت)?(ستمر|ضل|ظل|بقي|دوم|طول|قعد)\S* |^ how long (does|do|will|should|can) (the )?\S+( \S+)? (last|stay|take to go) | (can|could|will|would|might|may) (it|this|that|they|these) (make|cause|give|affect|weaken|leave) | (هل|وهل) (من الممكن|ممكن|يمكن|معقول|وارد|في احتمال|فيه احتمال|في خطر|فيه خطر) |^ (هل |وهل |هو |هي |وهو |وهي )?(\S+ )?(ممكن|يمكن|معقول|وارد) (\S+ ){0,3}((ي|ت)?(صير|حصل|حدث|جي|سبب|عمل|سوي|خلي|جيب|طلع|دير)\S*|(ا|ن|ي|ت)فقد (نظري|نظره|نظرها|نظرنا|بصري|بصره|بصرها|عيني|عينه|عينها)) | (y|t|by|bt|bi|bey|bet|bit)?s[ae]?b+[ae]?b\S* | (a |an )?(known |common |rare |possible |usual |normal |serious )?(side effect|side effects|complication|complications) (of|from|with|after) |^ ((so|and|but|ok|okay) ){0,2}(can|does|do|could|will|is|are|how|what|why) (\S+ ){0,3}(cause|lead to|side effect|risk|rare|common|likely|chance|possible|make|makes|give|gives|signs|symptoms|warning|paralyze|paralyse|paralyzes|paralyses|weaken|weakens|permanent|temporary|reversible|wear off|wears off)` +
			// How often it happens, or whether anyone has had it («هل ده بيحصل كتير؟», "fi 7ada sarlo…?",
			// "has anyone had…"): asked of the risk, not told of someone.
			`| (بيحصل|يحصل|بيصير|يصير|بتصير|تصير|بيجي|يجي) (كتير|كثير|كثيرا|دايما|عاده|غالبا) | (does|do) (this|that|it) happen (often|a lot|much) |how (common|often|likely) | (fi|fih|fee) (7ada|7ad|a7ad) (sarlo|sarla|sar ma3o|sar ma3a|2ejah|ejah|jah|7asallo) | (في|فيه) (حدا|احد|حد) (صار|صارله|صار له|صار معه|جاله|جاه|حصله|حصل له) | (has|have|did) (anyone|anybody|someone) (ever )?(had|got|gotten|experienced|get|have) ` +
			// What it may do to anyone ("it can paralyse you"): the impersonal you.
			`| (can|could|will|would|might|may) (paralyse|paralyze|blind|choke|kill) you( |$)` +
			// Whether there are any ("are there any serious allergic reactions to peels…?").
			`|^ (are there|is there|do you get|can you get) (any )?(\S+ ){0,2}(reactions|reaction|risks|risk|side effects|complications|dangers)( |$)`))
	// hearsay is a question about what someone else was told or saw («سمعت ان…», «شفت بتيك توك ان…», "is
	// that true?"): as general as a risk question.
	hearsay = regexp.MustCompile(foldPattern(` (شفت|شايف|شايفه|سمعت|قريت|قرات) (ب|في) ?(ال)?(تيك|تيكتوك|سناب|يوتيوب|انستا|انستقرام|النت|الانترنت|تويتر|فيديو|مقطع)\S*|` +
		// Read or heard of others who had it («قريت عن ناس ما قدروا يبلعون», "I read about people who…").
		` (قريت|قرات|سمعت|شفت|2reet|2ret|2rit|sme3t|sma3t|smi3t|read|heard) (عن|ان|انه|انو|بناس|3an|3n|enno|inno|about|of|that) (ناس|حالات|اشخاص|بنات|ستات|نسوان|مرضي|كثير من الناس|nas|7alat|banat|people|cases|patients|women|girls|someone|somebody)( |$)|(هل هذا صحيح|صحيح هالكلام|هل هالكلام صحيح|هالكلام صحيح|هذا الكلام صحيح|الكلام ده صحيح|الكلام هذا صحيح|صحيح الكلام|هل هالشي صحيح|is that true|is it true|is (that|it|this) (real|a real thing)) | (صحيح|صح ولا لا|صحيح ولا لا|صح ولا غلط|true or not|true or false) $| (تقول انها|تقول انه|يقول انه|يقول انها|قالت انها|قال انه|قال ان|قالت ان|قالي ان|قالتلي ان|قالوا ان|قالوا انه|قالوا انها|قالولي ان|بيقولوا ان|قال لي ان|قالت لي انها|قال لي انه|يقولون|يقولو|بيقولو|سمعت ان|سمعت عن|سمعنا عن|heard about|heard of|سمعت انه|سمعت انها|سمعنا ان|سمعت من|i heard that|heard that|i ve heard|they say|people say|she says|he says|she said she|he said he) `))
	personal = regexp.MustCompile(foldPattern(
		` (لي|فيني|معي|عندي|عندها|عنده|صار|صارت|صرت|صاير|احس|احس ب|حاس|حاسه|الحين|قاعد|قاعده|اقدر|ما اقدر|اتنفس|ابلع|اتكلم|اشوف|جسمي|وجهي|حلقي|لساني|شفايفي|عيوني|نظري|صدري|ابوي|امي|زوجي|زوجتي|ولدي|بنتي|اختي|اخوي|ابني|طفلي|طفلتي|جوزي|مراتي|ابويا|اخويا|خويا|ماما|بابا|امس|اليوم|بعد ما|بعدما|من بعد|i|i m|im|me|my|he|she|since|now|today|yesterday|after my` +
			// and in Arabizi, a relative or a now («emme ma 3am t2der…», «men mbare7»).
			`|emme|emmi|ommi|mama|baba|bayye|abouy|ibni|ebni|binti|zawji|jozi|marti|mbare7|embare7|halla2|hala2|el7een|al7een|delwa2ti|dilwa2ti|daba) `))
	// justAsking says the question is asked before anything happened («بس اسال», "just asking before I
	// book"): general even though it says "I", unless it says the symptom is there now (ongoing).
	justAsking = regexp.MustCompile(foldPattern(` ((اسال|بسال|نسال|عم اسال) (قبل|مسبقا)|(بدي|ابي|ابغي|حابب|حابه|حاب|عايز|عايزه|اريد|نريد|بدنا) (اعرف|افهم|نعرف|نفهم) (مسبقا|سلفا|من قبل|قبل ما|قبل)|ابي افهم|ابغي افهم|بدي افهم|i want to understand|عم اسال|بس اسال|اسال بس|(3am|bas|bs|bass) (es2al|is2al|as2al|asa2al|bes2al|bas2al|bis2al|basa2al|ns2al|nes2al|nsa2al)|(es2al|is2al|as2al|asa2al|bes2al|bas2al|bis2al|basa2al|nsa2al|ans2al) (bas|bs|2abel|2abl|abl|gabl|qabl|9abl)|بسال بس|مجرد سوال|سوال بس|(mjrd|mujarad|mujarrad|mojarad|mojarrad|mogarad|mgrd|mjarad|mujrd|mjard) (so2al|su2al|sou2al|soal|swal|sowal|soual)|(so2al|su2al|sou2al) (bas|bs|faqat)|just a question|only a question|(read|saw|seen) (it |this |that )?(online|on the internet|somewhere|on google|on tiktok|on instagram|on facebook)|سوال عام|بشكل عام|(ايش|وش|شو|شنو|ايه|ما|ما هو|شنهو|eh|shu|sho|wesh|shno) (ال)?(فرق|الفرق) (بين|ما بين)|(what s|whats|what is) the difference between|just asking|only asking|asking before|asking because|i ask because|اسال لان|اسال لانه|بسال لان|اسال عشان|بسال عشان|اسال كون|in general|just checking|just making sure|just to make sure|just to be sure|just to double check|(بس|فقط|كنت بس|كنت) (بتاكد|اتاكد|نتاكد|عم اتاكد|حبيت اتاكد|بدي اتاكد|ابي اتاكد|ابغي اتاكد)|للتاكد (بس|فقط)|(bas|bs|bass|kont bas|kunt bas|kont) (bat2akked|bat2akkad|bat2aked|at2akked|at2akkad|at2aked|ata2akkad|et2akked|et2akkad|bet2akked|bit2akked|bat2akad|bta2akad|n2akked)|just wondering|just curious|out of curiosity|asking ahead|asking in advance|ahead of time|(treat|see|take|accept|help) (people|patients|anyone|those) (who|with)|heard that|they say|people say|is that a real thing|before i decide|before i book|before booking|researching|doing (some )?research|just curious|does (that|this|it) mean (i|we|she|he) (shouldn t|can t|cannot|should not|shouldnt|cant|can|should|won t)|reading up|(قبل ما|قبلما) (اقرر|قرر|احجز|اسوي|اجي|ابدا|نحجز|ناخد|ناخذ|اخد|اخذ|نبدا|ندير|نجي|نقرر)|احتياط|احتياطي|احتياطا|للاحتياط|just in case|(want|wanted|like|d like) to know (about )?the (risks|side effects)|(i )?(read|heard) (about|of) (people|cases|patients|women|girls|someone|somebody) (who|that|with)|as a precaution|غير نسول|غير نسال|غير سول|بغيت نسول|بغيت نعرف|غير نسقسي|نسقسي غير|نسول غير) `))
	// hypothetical is a question about what might happen ("what if I faint?"), as general as a risk
	// question though it says "I".
	hypothetical = regexp.MustCompile(foldPattern(supposedAskAlt + `|^ (و)?(طيب |طب |بس )?(وش|ايش|شو|شنو) (لو|اذا) |^ (و)?(طيب |طب |بس )?(ماذا|شو|وش|ايش|ايه|شنو|اش) (لازم |بدي |ممكن |يجب ان |المفروض |علي ان |نقدر |اقدر |بقدر |منقدر )?(افعل|نفعل|يفعل|تفعل|اعمل|نعمل|يعمل|تعمل|بعمل|منعمل|بنعمل|اسوي|نسوي|يسوي|تسوي|بسوي|اتصرف|نتصرف|يتصرف|تتصرف) (لو|اذا|في حال|حال|عند|ان) |^ (what should i do if|what do i do if|what should you do if|what should we do if|what do we do if|what should one do if|what to do if|وش اسوي لو|وش اسوي اذا|ايش اسوي لو|ايش اسوي اذا|شو بعمل اذا|شو اعمل اذا|اعمل ايه لو|اعمل ايه اذا) | (لا قدر الله|لا سمح الله|لاقدر الله|لاسمح الله|god forbid|la 2adar allah|la2adar allah|la samah allah|what if|what happens if|what would happen if|ماذا لو|ماذا يحدث لو|ماذا يحدث اذا|وش يصير لو|وش يصير اذا|ايش يصير لو|ايش يصير اذا|ايش تسوون لو|وش تسوون لو|ايش تسوون اذا|وش تسوون اذا|what do you do if) | (chance|chances|likelihood|odds|risk) (\S+ ){0,2}(that )?(i d|i would|i ll|i will|i might|i could|it would|it will|it could|it might|it d|he d|she d) | (نسبه|احتمال|احتماليه|امكانيه|chance|chances|likelihood|odds) (\S+ ){0,2}(ان |انه |انها |اني |اذا |لو |that |of |to )?(ي|ت|ا)?(صير|حصل|جي|طلع|دير|سبب|جيني|صاب)\S* | (اذا|لو|ولو|واذا|وان|يعني اذا|يعني لو) (صار|صارت|صاير|حصل|حصلت|حدث|جاني|جاتني|طلع|طلعت) (\S+ )?(شنو|شو|وش|ايش|ايه|اش|شلون|كيف|ماذا) (اسوي|اعمل|نسوي|نعمل|بعمل|بسوي|لازم|اتصرف|نتصرف|ندير|نعمل|يصير) |^ (so |ok |okay )?(what are|what re) the (\S+ )?(signs|symptoms) (of|to) |^ (what if|what happens if|ماذا لو|ماذا يحدث لو|ماذا يحدث اذا|وش يصير لو|وش يصير اذا|ايش يصير لو|ايش يصير اذا|طيب لو|اذا|واذا|طب اذا|طب لو|طيب اذا|and if|in case|if|(w |wa |o |tab |6ab )?(eza|iza|ida|itha|eiza|ila)|(w |wa |o |tab |6ab )?(law|lau|lw) (9ar|sar|9aar|saar|7asal|7a9al|9arat|sarat|ja2ni|jani|gani)|لو (صار|صارت|انرش|طاح|طاحت|دخل|دخلت|حصل|حصلت|حدث|جاني|جاه|جاها|جا|جات|جاتني|كان|كانت|ما|حسيت|حس|حست|حسينا|شعرت|لاحظت|طلع|طلعت|ورم|ورمت|تورم|تورمت|انتفخ|انتفخت|نزف|نزفت|دخت|اغمي|اغمى|ضاق|تعبت|تعب)(لي|لك|له|لها|ي|ني|ت|نا)?|و?لو( \S+){0,3} (رجع|رجعت|عاد|عادت)) |^ (و)?لو (\S+ ){1,8}(ايش|وش|شو|ايه|شنو|ماذا|اش) (ممكن |بي|راح |رح |ح |قد )?(ي|ت)?(صير|حصل|حدث)\S* ` +
		// Or asked as what happens if («شو بصير اذا ما قدرت ابلع…؟»), or opened on "if it happened"
		// («لو حصل وجفني نزل…», «لو صار نزيف كثير وش اسوي؟»).
		`|^ (و)?(طيب |طب |بس )?(وش|ايش|شو|شنو|ايه|اش) (بصير|يصير|بيصير|يحصل|بيحصل|هيحصل|يجري) (لو|اذا|في حال) |^ +(و)?(لو|اذا) (حصل|صار|حدث|جري) ` +
		// The same in Arabizi, after a fear («ana 5ayfa… law el dam ma we2efsh a3mel eh?»); not «law sama7t» (please).
		`|^ +((ana|w|bas|tab|tayeb) +)?(law|lw|iza|eza|itha|etha) (el |l)?(dam|damm|nazif|nazeef|sar|9ar|7asal|kan) ` +
		// Or how one would know («لو الخلع عمل ورم…، إزاي أعرف إنه خطير؟»).
		`|^ (و)?لو (\S+ ){1,8}(ازاي|ازاى|كيف|شلون|كيفاش|كيفن) (ا|ن|ح|ه)?عرف\S* ` +
		// A follow-up opening on "and if" («ولو منتشرة في جسمه كله؟», «طيب واذا…», "and what if…"):
		// a case supposed of what was asked before. Not a bare «لو» (also «لو سمحت», please).
		`|^ (طيب |طب |بس )?(ولو|واذا|وإذا|وان|طيب لو|طب لو|طيب اذا|طب اذا) |^ (and )?(what if|if) ` +
		// A supposition said as one («لو افترضنا ان…», "let's say…", "hypothetically").
		`| (لو|اذا|ولو|واذا) (افترضنا|فرضنا|افترضت|فرضت|نفترض|افترضي|افترض) |^ (لنفترض|نفترض|افترض|فرضا|فرضيا) | (suppose|supposing|let s say|lets say|hypothetically|in theory|in a hypothetical) ` +
		// A question opening on what will befall someone ("will my son choke on the cotton?", "could she
		// faint during it?"): a risk asked of, not a sign told.
		`|^ (will|would|could|might|can) (i|he|she|we|they|my \S+|his \S+|her \S+|our \S+|the baby|the child|the kid) (still |ever |also )?(choke|faint|pass out|bleed|stop breathing|go blind|have (a seizure|a fit|an allergic reaction|a reaction)|be paralysed|be paralyzed|get paralysed|get paralyzed|lose (my|his|her|their) (sight|vision)) (on|from|during|after|while|when|if|with|because|at|in|under)( |$)` +
		`|` + dreadPattern +
		// Asked of afterwards ("will my whole face swell up afterwards?"): the effect to expect, not a sign now.
		`|^ (will|would|could|might) (my|his|her|the) (whole |entire )?\S+ (swell|swell up|puff up|bruise|go red|be swollen|be bruised|be red) (afterwards|after|after it|after that|later|the next day|the day after)( |$)` +
		// Or how long it will last ("how long will my face stay puffy?"): the effect to expect.
		`| how long (will|would|does|do) (my|his|her|the) (whole |entire )?\S+ (stay|be|remain|keep) (swollen|puffy|puffed up|bruised|numb|red)( |$)`))
	// dread is what someone says will befall them ("my son says he'll choke when he even thinks of
	// the chair", «بتقول هيغمى عليها»): a dread told, not a sign. Not "feels like he's going to
	// faint", which may be the sign, nor a death foretold («بيقول انه هيموت نفسه»: a threat to his life).
	dread = regexp.MustCompile(foldPattern(dreadPattern))
	// past is a symptom told as long ago or over; ongoing says it is not (nor one resumed: «ورجع ينزل»).
	past = regexp.MustCompile(foldPattern(
		` ((w |o |wa )(rij[ae]?3|rje3|rja3|ruja3|rej[ie]3|rij3|rg3|reg[ie]3|rig[ie]3|ra[gj][ae]3)(at|et|it|t)? (6abee3i|6abi3i|6abe3i|6bee3i|tabee3i|tabi3i|tabe3i|tabi3y|6abee3y|6abee3iya|tabee3iya|tabi3iya|3adi|3ady|normal|kama kan|zay ma kan|zai ma kan)|ورجع طبيعي|ورجعت طبيعيه|ورجع عادي|ورجعت عادي|ورجعت طبيعي|ورجعت تمام|ورجع تمام|ورجعنا تمام|ورجعت كويس|ورجعت كويسه|ورجع كويس|وراح|وراحت|راح لحاله|راحت لحالها|واختفي|واختفت|وخف|وخفت|كنت تمام|وكنت تمام|صرت تمام|وتحسن|وتحسنت|واتحسن|واتحسنت|وتحسنا|(راح|راحت|خف|خفت|اختفي|اختفت|زال|زالت) (خلاص|تماما|كليا|كله|كلها|الحمدلله|والحمدلله)|خلاص (راح|راحت|خف|خفت|اختفي|اختفت|زال|زالت)|(it|they|which|that) (has |had |have )?(cleared|resolved|settled|passed|disappeared|wore off|went away|got better|improved|eased)|used to|not anymore|not any more|(وقف|وقفت|خف|خفت|راح|راحت|اختفي|اختفت) بعد (\S+ )?(دقيقه|دقايق|دقائق|ساعه|ساعات|ساعتين|يوم|يومين|ايام|شوي)|(w |o )?(ra7|ra7at|raa7|rah|5af|khaf|5afat|khafat|5aff|wi2ef|wa2af|w2ef|wgaf|wagaf|wa9af|ikhtafa|e5tafa|5lis|khilis|5ales) (ba3d|ba3ad|ba3ed|b3d|b3ad|mn ba3d) (\S+ )?(d2i2a|d2aye2|d9i9a|d9aye9|dqiqa|sa3a|sa3at|sa3tein|sa3ten|yom|yomen|yomein|iyam|ayam|shway|shwaya|chwiya)|went away|gone now|i was fine|was fine after|it passed|years ago|long time ago|long ago|ages ago|year ago|last year|as a child|as a kid|as a toddler|as a baby|as an infant|as a teen|as a teenager|in the past|قديمه|قديم|قبل (سنه|سنتين|سنين|سنوات|كم سنه|كام سنه)|من (سنتين|سنين|سنوات|كم سنه|كام سنه)|من زمان|زمان|وانا صغير|وانا صغيره) `))
	// pastMore are more ways of telling it past: a year (in Arabizi too, «2abl sana»), a childhood, a recovery, "now fine" (after
	// months: «قبل شهرين… والحين الحمد لله تمام»; not of today's fall, «هلق منيحة»), a
	// bleed or a faint that happened once ("a mole that bled once when I scratched it"); the
	// Maghreb's «هادي» before a span is "ago" («هادي عامين», two years ago).
	pastMore = regexp.MustCompile(foldPattern(` (قبل (\S+ )?(سنه|سنين|سنوات|اعوام)|(2abl|abl|qabl|gabl|9abl) (\S+ )?(sana|sene|santen|santein|santain|sneen|snin|sanawat|[0-9]+ (sneen|snin|sanawat|sana|sene))|هادي (شي |واحد )?(عامين|سنتين|سنين|سنوات|اعوام|[0-9]+ (عام|سنين|سنوات|شهور|اشهر))|(بخير|كويس|كويسه|منيح|منيحه|سليم|سليمه) (الحين|هلا|هلق|دلوقتي|الان|والحمدلله)|شحال (و )?(هادي|هادا|هاذي)|(bled|bleed|bleeding)( \S+){0,3} (but|and|then) (it )?(stopped|eased|settled)|(w ana|wana|lama kont|lamma kont|lama kunt|lamma kunt|lma kont|lma kunt|mli kont|mli kunt|mlli kont|melli kont|mli kan|mli kant) (s[ou]?[gq8]h?[ae]?y+[ae]?r\S*|s[ou]?[gq8]h?[ie]+r\S*|zgh?[ie]+r\S*|9gh?[ie]+r\S*)|(قبل|من) (\S+ )?(شهر|شهرين|شهور|اشهر|سنه|سنتين|سنين|سنوات)( \S+){0,12} (و)?(الحين|هلا|هلق|دلوقتي|الان|هسه|حاليا) (الحمد لله |الحمدلله |والحمد لله |والحمدلله )?(تمام|بخير|كويس|كويسه|منيح|منيحه|زين|زينه|سليم|سليمه)|مزمن|مزمنه|chronic|under (the )?care of|(متابع|متابعه|متابعين) مع (دكتور|دكتوره|طبيب|طبيبه|طبيبها|طبيبه|دكتورها|دكتوره|الدكتور|الطبيب)|(في|سنه|عام|in|back in) (19|20)[0-9][0-9]|(و)?(تعافي|تعافت|تعافيت|تعافوا)|(fully|completely|totally) recovered|(من|منذ) (ال)?(ولاده|ولادته|ولادتها|ولادتي)|since (he was |she was |i was )?(birth|born)|from birth|born with|congenital|(min|mn|men) (el |l)?wlade|(min|mn|men) (el |l)?wilade|recovered (fully|completely|well)|(has|have|s) recovered|had (a |an )?\S+( \S+){0,4} once|(passed out|fainted|blacked out|collapsed|bled|swelled|swelled up) once|(نزفت|نزف|نزلت دم|نزل دم) (\S+ )?مره( واحده| وحده)?|(mara|marra|marrah|mra|marah) (wa2t|wa2et|wa2ta|wa2tha|lamma|lama|lma)|[0-9]+ (years|yrs) ago|before ([0-9]+|two|three|four|five|six|seven|eight|nine|ten|a few|few|many|some) (years|yrs)|before (a|one) year|(السنه|العام|الصيف|الشتا|الشهر|رمضان|العيد|الحج) (اللي |الي )?(فاتت|فات|الماضي|الماضيه|الفايته|الفايت)|last (summer|winter|month|ramadan|eid)|(اغمي|اغمى|انغمي|انغمى|غمي|غمى) (علي|عليا|عليه|عليها|عليي) مره( واحده| وحده)?|and (i m|im|i am|he s|she s|he is|she is) (fine|ok|okay|well)|(el|al|l) ?(sana|sene|seneh|3am) (elli|illi|li|yalli|eli) ?(fatet|fat|fatt|madye|madya|madi|fayta|fayet)|(el|al|l) ?(sana|sene|seneh|3am) (el |al |l)?(mad[6y]?[iy]?[ae]h?|madh?[iy]a|ma[d6]ia|ma6ya|madi|maadi|fayta|fayet|fatet)|(وانا|انا لما كنت|لما كنت|يوم كنت|w ana|wana|wa ana|lama kont|lamma kont|lama kunt|yom kunt) (عمري|3omri|3umri|3mri|3omry|3umry) ([1-9]|1[0-5])|for (the (last|past) )?(\S+ ){0,2}years|for (about |almost |over |more than )?(a|one) year|for (ages|a long time)|nothing new|same as always|(ال)?(حراره|حرارته|حرارتها|حرارتي|حمي|سخونه|السخونيه) (خلاص |الحمدلله )?(نزلت|راحت|خفت|انخفضت|هبطت|نزل|راح|خف|انكسرت)|(the |his |her |my )?(fever|temperature|temp) (has |had |s )?(gone down|went down|broke|broken|dropped|come down|came down)|(2abl|abl|gabl|qabl|9abl|2bl|gbl|gabel|gabil|2abel|2abil|qabel|qabil) (([0-9]+|kam|kaam|chi|shi) ?(snin|sneen|sineen|sinin|snen|sana|sene|seneh|sanawat|years)|snin|sneen|sineen|sinin|snen|sanawat|sanateen|sanatein|sanat)|(بس|لكن|بس الحمدلله|والحمدلله) (ما|ولا) ?(صار|حصل|حدث|جرى|صاير) (شي|شيء|اشي|حاجه|اي شي|اي حاجه)|but nothing (happened|came of it)|(مو|مش|مب|ماهو) جديد|(mn|min|men) (l?saghra|sghra|sghar|sighar|s8ar|soghr|sogher|saghri|zghor|zghr|sghor|sghri)\S*|(w|o)? ?(msta2er|mesta2er|mista2er|mstaqer|mstqr|mistiqir|mustaqir|mustaqirr|musta2er|musta2ir|mosta2er|mostaqer)|(min|mn|men) (sineen|sneen|snin|sinin|snen|sanin|sanawat)|(min|mn|men) (sene|sana|seneh|sanah|santen|santein|sanatain|sanaten)|(min|mn|men) ([0-9]+|kam|kaam|chi|shi|ch7al|sh7al|tlat|tlata|tlate|tlt|arba3|arb3|rb3a|5ams|5amse|khams|khamsa|5msa|sitt|sette|st|sab3|seb3a|tmn|tamen|tmenya|tman|tes3|ts3|3ashr|3asher|3achr|3chr|3shr|3ashra|3ashar) (sineen|sneen|snin|sinin|snen|sanin|sanawat|years)|(and |but )?now (i m|im|i am|he s|she s|he is|she is|they re|they are) (fine|ok|okay|well|healthy|stable|good|better|all good)|(halla2|hala2|halla|hal2a|hla2|daba|dorka|delwa2ti|el7een|al7een|l7een|il7een|hassa|hessa) (3al|3a|3ala|3la|ma3|m3a|bel|bil|b|bi) \S+ (mni7|mnee7|mne7|mni7a|mnee7a|mne7a|tamam|kwayes|kwayyes|kwaysa|kwayesa|mzyan|mzyana|labas|ahsan|a7san|zain|zaina|zein|zeina|okay|ok|fine)|(من|منذ) (ال)?(صغر|صغره|صغرها|صغري|طفوله|طفولته|طفولتها|طفولتي)|(w|o|wa) ?(ana|howa|hiya|hya|hia) (zgh|sgh|s8|z8|s3'|so3'|su3'|sa3'|sogh|sugh|zogh|zugh|s9|z9|za3'|zo3'|zi3'|zu3'|9a3'|9o3'|9u3'|9agh|9ogh|9ugh|9gh|9a8)\S*|(mn |min |men )?zama+n|(وهو|وهي|وانا|وكان|وكانت) (عمره|عمرها|عمري) (سنه|سنتين|شهر|شهرين|شهور|اشهر|[1-9] (سنين|سنوات|شهور|اشهر))|(و)?(وقف|وقفت|خف|خفت|راح|راحت) (لحاله|لحالها|بسرعه|بنفسه|بنفسها|بعد شوي|بعد دقايق)|(stopped|went away|settled) (on its own|by itself|quickly|after a few minutes)|(bleeding|bleed|nosebleed|blood) (has |had |then |finally )?(stopped|stops)|stopped (in|after|within) (a |one |[0-9]+ |a few |few |a couple of |couple of )?(min|mins|minute|minutes|sec|secs|second|seconds)|(w |o |wa )?(wa8af|wa2af|wagaf|wa9af|waqaf|w8f|wgf|wi2if|w2if|wi2ef|wa8fat|wa2fat|wagfat) (3al6ool|3alatool|3al ?tool|3ala ?6ool|3ala ?tool|3atool|b ?sor3a|b ?sur3a|la7alo|la7alu|la7aloh|lwa7do|ba3d shwai|ba3d shway|ba3d d2aye2|ba3d da2i2a)|(مسيطر|مسيطره|متحكم|متحكمه|منضبط|منضبطه|مضبوط|مضبوطه) (عليه|عليها|عليهم|فيه|فيها)|(under control|well controlled|controlled with)|(من|قبل) (\S+ )?(سنين|سنوات|اعوام)|(و)?(هو|هي) (مسيطر|مسيطره|مستقر|مستقره)|(fine|ok|okay|better|alright|all good) now|(halla2|hala2|halla|hal2a|hla2|daba|dorka|delwa2ti|el7een|al7een|l7een|il7een|hassa|hessa) (\S+ )?(mni7|mnee7|mne7|tamam|kwayes|kwayyes|kwayesa|kwaysa|mzyan|labas|ahsan|a7san|zain|zaina|zein|zeina|okay|ok|fine)|(وهو|وهي|وانا|لما كان|لما كانت|لما كنت) (صغير|صغيره|طفل|طفله|بزر)|(لما|لمن|يوم) (كان|كانت|كنت) (عمره|عمرها|عمري)|when (he|she|i) was (a )?(kid|child|little|young|younger|baby|teen|teenager|student|[0-9]+)|(كانت|كان) (تجيه|تجيها|يجيه|يجيها|تجيني|يجيني)|used to (have|get)|(والحين|الحين|وهلا|وهلق|ودلوقتي|والحمدلله|الحمدلله) ` + unnegated + `(بخير|تمام|كويس|كويسه|منيح|منيحه|زين|زينه)|` +
		// Examined since and all found well («فحصوني وكل شي طبيعي», "they checked him and everything was fine").
		`(و)?(فحصوني|فحصوه|فحصوها|فحصني|فحصه|فحصها|شافوني|شافوه|شافوها|كشفوا علي|كشفوا عليه|كشفوا عليها|checked me|checked him|checked her|examined me|examined him|examined her) (\S+ ){0,2}(و|and )?(طلع |it was |was )?(كل شي|كلشي|كله|كلو|everything) (كان |طلع |was |is )?(طبيعي|طبيعيه|سليم|تمام|كويس|normal|fine|ok|okay)|` +
		// Or in English with what was checked named, and the doctor's word ("the cardiologist checked
		// everything and said it's normal", "they ran tests and said all is fine").
		`(checked|examined|tested|ran tests on|did tests on) (everything|it all|all of it|me|him|her)( \S+){0,4} (said|told (me|us|him|her)|says) (that )?(it s|its|it is|it was|everything is|everything was|everything s|all is|all was|i m|he s|she s|i am|he is|she is|i was|he was|she was) (all )?(normal|fine|ok|okay|clear|healthy)|` +
		// A bleeding told stopped («النزيف وقف», "the bleeding has stopped"), not «ما وقف».
		`(ال)?(نزيف|دم) (خلاص |اخيرا |الحمدلله |والحمدلله )?(وقف|وقفت|انقطع|هدي|بطل)|(the )?bleeding (has |had |finally |s )?(stopped|eased)|(nosebleed|bleed|bleeding)( \S+){0,2} (that|which|and it|and) (stopped|eased|settled)|` +
		// Or told and then stopped («نزل دم من انفي شوي ووقف», «nazal dam shway w wi2ef», "and it stopped").
		`(نزيف|دم|الدم|النزيف)( \S+){0,5} (ووقف|ووقفت|فوقف|فوقفت|وانقطع|وبطل)|(dam|ddam|eddam|el dam|nazeef|nazif|\S*nz[ie]f\S*|blood|bleeding)( \S+){0,5} (w|o|wa|and) (wi2ef|7bes|7bas|7ebs|w2ef|wa2af|wa2ef|wi2if|w2if|wgaf|wigaf|wagaf|wa9af|waqaf|wgef|w9ef|wqef|wa2fet|w2fet|wi2fet|wagfat|wgfat|it stopped|stopped)) `))
	ongoing = regexp.MustCompile(foldPattern(
		` (now|right now|today|again|suddenly|(و)?(صرت|صار|صارت|بلشت|بديت) (\S+ )?(ا|ب|بي|بت|ي|ت|عم |عم ا)?فكر\S*|(و)?عم (ا|ب|ي|ت)?فكر\S*|(و)?عم (ي|ت|بي|بت)(رجف|رعش|نزف|ستفرغ|تقيا|زرق|ورم|تورم|نتفخ|ختنق|تشنج)\S*|all of a sudden|فجاه|وفجاه|معي|ومعي|هلا|وهلا|هلق|وهلق|هلاء|وهلاء|دلوقتي|ودلوقتي|هسه|وهسه|هسا|وهسا|توا|daba|dorka|still (have|has|having|getting|feel|feels|feeling|hurt\S*|bleed\S*|there|is|are|am|happening|can t|cant|cannot|not|numb|weak|swollen)|tonight|this morning|(is|s|are|re|came|come|comes|coming|got|get|gets|keeps coming|keep coming) back|back again|الحين (عندي|صار|صارت|احس|ما|مو|رجع|رجعت)|(و)?الحين (\S+ )?(جلد|جسم|حرار|وجه|نفس|عين|رجل|يد)\S*|والحين (صار|صارت|رجع|رجعت|(ما|مو|مش) ?(اقدر|يقدر|تقدر|قادر|قادره|اشوف|يشوف|تشوف|احس|يحس|تحس))|(و)?اليوم|(و)?النهارده|(من )?البارح|(mn |men |min )?(lbar7|lbare7|el bare7|lbarah|lbareh)|النهارضه|انهارده|(و)?(من امس|امس|امبارح|مبارح|البارحه)|(it s|its|it is) (really |very |so |still )?(sore|painful|blurry|swollen|bleeding)|since (yesterday|last night|this morning)|yesterday|(is|s|am|are) having|مره ثانيه|و?(ما|لا) ?(زال|زالت|زلت|زلنا|زالو)|(وهو|وهي|وانا|وهم) (الحين|هلق|هلا|دلوقتي|هسه|هسا|الان)|رجع|رجعت|و?(رجع|رجعت|عاد|عادت) (ي|ت|ب|بي|بت)\S+|للحين|لسه|لسا|لهلا|(w )?(hala2|halla2|hal2a|delwa2ti|dilwa2ti|dlwa2ti|el7een|al7een|l7een|tawni|tawwni)|(lessa|lissa|lesa|lisa) (ma|mesh|mish|b|bi|bet|bey|ye|te|3am)\S*|لهلق|لحد هلا|لحد هلق|لحد الحين|لحد دلوقتي|لغايه الحين|لغايه دلوقتي|till now|until now|مستمر|ما راح|ما راحت|من ساعه|من ساعتين|من نص ساعه|من ربع ساعه|من شوي|من دقايق|و?قبل (شوي|شويه|دقايق|دقيقتين|دقيقه|ساعه|نص ساعه|ربع ساعه|[0-9]+ (دقيقه|دقايق|دقائق))|من [0-9]+ (دقيقه|دقايق|دقائق|ساعه|ساعات)|an hour ago|minutes ago|for (the )?(last|past) (hour|half hour|[0-9]+ (minutes|hours))|sarlo (sa3a|nos sa3a|[0-9]+ (min|d2i2a|d2aye2))|(has|have|s|ve) been (\S+ ){1,3}for (about |over |almost |nearly |more than )?(an|a|one|two|three|half an|a few|a couple of|several|[0-9]+) (hour|hours|minutes|mins)|` +
			// What the writer cannot or will not do any more, told now ("I don't want to be here anymore",
			// "can't breathe anymore"): not "not anymore", which tells it over.
			`(don t|dont|do not|can t|cant|cannot|can not) (want|wanna|stand|take|bear|go on|cope|live|breathe|see|feel|move|walk|swallow|talk|speak)( \S+){0,4} anymore|` +
			// Worse by the hour or the day («كل ساعه اسوء», "worse by the hour"): whatever is past in the
			// message, a sign growing is now. «اسوء» folds as «اسو».
			// Thoughts of death told as going on ("I've been thinking about ending my life", "I keep
			// thinking of dying"): a history told beside them ("headaches for ten years") is not theirs.
			`(been|m|am|keep|keeps|kept|still|started|start) (thinking|having thoughts|getting thoughts|having these thoughts) (about|of) (\S+ ){0,2}(ending|killing|hurting|harming|dying|death|suicide|not waking)|` +
			`(و)?كل (ساعه|ساعتين|يوم|دقيقه|شوي) (\S+ )?(اسوا|اسو|اكثر|ازيد|يزيد|تزيد|بيزيد|بتزيد|يسوء|تسوء)|(worse|weaker) (by the hour|every hour|by the minute|and worse|and weaker)|` +
			// A sign never seen before («عمري ما شفت كده», "never been like this"): new, whatever history is told.
			`(عمري|بحياتي|في حياتي) (ما|لم) (شفت|شفتها|شفته|شفتو|صار|صارت|جاني|جاتني|حسيت|مر علي) (\S+ )?(كده|كدا|كذا|كذه|هيك|هيكي|زي كده|زي كذا|مثل كذا|متل هيك|بهالشكل|بهذا الشكل)|never (been|seen it|seen them|had it|felt) like this|` +
			// Suffering now, or for days («أعاني من ألم… منذ أسبوع», "for a week"): what is past in the same
			// message («عولجت من السرطان قبل ثلاث سنوات») is a history, not the sign.
			`(و)?(عم )?(اعاني|بعاني)|(i m|im|i am|i ve been|ive been|i have been) suffering|(و)?(منذ|صار لي|صارلي|صرلي|صار له|صارله|صار لها|صارلها|صارلو|بقالي|بقاله|بقالها|بقالو) (اسبوع|اسبوعين|يومين|ايام|[0-9]+ (ايام|يوم|اسابيع)|(ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|عده|كم) (ايام|اسابيع))|(have|has|ve|s) (had|been) (\S+ ){0,5}for (about |almost |over |more than )?(a|one|two|three|four|five|a few|a couple of|several|[0-9]+) (days|week|weeks)|for the (last|past)( few| two| three| couple of)? (days|week|weeks)) `))
)

// riskPre, personalPre and deniedPre are the prefilters of riskQuestion, personal and denied (prefilter.go).
var riskPre, personalPre, deniedPre, justAskingPre = newPrefilter(riskQuestion), newPrefilter(personal), newPrefilter(denied), newPrefilter(justAsking)

var pastPre, ongoingPre, fearPre, hypotheticalPre = newPrefilter(past), newPrefilter(ongoing), newPrefilter(fear), newPrefilter(hypothetical)

var hearsayPre, pastMorePre = newPrefilter(hearsay), newPrefilter(pastMore)

// pastMoreBranches is pastMore as its alternatives (branches.go): its prefilter lets through a third
// of the messages, and it is read on every message that shows a sign.
var pastMoreBranches = newBranchRegexp(pastMore)

// pastMoreIn says whether t, without its dates of cancer and of treatments had, tells a past as
// pastMore does.
func pastMoreIn(t *padText) bool {
	u := *t
	if s := undated(cancerDated(t.s)); s != t.s {
		u = newPadText(s)
	}
	return pastMoreBranches.matchString(&u)
}

// threatensPre and nothingWrongPre are the prefilters of threatens and nothingWrong.
var threatensPre, nothingWrongPre = newPrefilter(threatens), newPrefilter(nothingWrong)

// denied is a symptom said to be absent («ما عندي اي ضيق تنفس», "no trouble breathing", «مافي نزيف», "no
// calf swelling or chest pain", a body part before the sign):
// a denial right before a word of trouble or a symptom (or before whom it is denied of: «مفيش عندي
// أي ضيق نفس»), with the two words after it. A denial followed by anything else («no, I can't
// breathe») is left alone.
var denied = regexp.MustCompile(foldPattern(
	` (ماكو|ما كو|وماعندي|وما عندي|وما عنده|وماعنده|وما عندها|وماعندها|بدون|دون|من غير|من دون|بلا|ولا في|ولا فيه|ولا عندي|ولا عنده|ولا عندها|ما عندي|ماعندي|ما عنده|ماعنده|ما عندها|ماعندها|مش عندي|معنديش|ماعنديش|ما عنديش|معندوش|ما عندو|ما في|مافي|ما فيه|مافيه|ما فيني|مافيني|ما فيها|مافيها|ما فيه|ومافي|وما في|ومافيه|وما فيه|مفيش|ومفيش|مافيش|ومافيش|ما فيش|وما فيش|مفيهاش|ليس لدي|ليس عندي|لا يوجد لدي|لا يوجد عندي|ولا يوجد لدي|ولا يوجد عندي|ولا يوجد|مو|مش|مب|ماهو|مهو|mafeesh|mafish|mafi4|mako|maku|makoo|ma fee|mafee|mish 3andi|bla|bala|bdoon|bdoun|bidoun|bedoon|bedoun|mn ghir|men ghir|min ghir|ماكاين|ما كاين|makayn|ma kayn|mesh 3andi|mesh 3andy|mish 3andy|msh 3andy|msh 3andi|ma 3andy|ma3andy|ma3ndy|ma3andish|ma3andeesh|ma3andesh|ma3ndeesh|m3ndeesh|ma3andee|ma3ndee|ma3andich|m3ndich|ma3ndich|makaynch|makaynach|ma kaynch|ma kaynach|ma kayna|makayna|ma kaynash|makaynash|ما كاينش|ماكاينش|pas de|pas d|sans|aucun|aucune|m3ndish|ma 3andi|ma3andi|لا اعاني من|ما اعاني من|مش حاسس ب|مش حاسه ب|مش حاسس|مش حاسه|ما احس|ما حسيت|ما دا احس|ما دا احس ب|مدا احس|لا يوجد|لا|ولا|ما احس ب|ما حسيت ب|ما صار عندي|ما صار معي|ما صار لي|ما صارلي|ما صار فيني|ما صار|ما حصل|ما حصلي|ما حصل لي|ما حصل معي|ما جاني|ما جاتني|ما جاه|ما جاها|ma 3indi|ma3indi|ma 3ande|ma3ande|ma 3nde|ma 3andy|ma 3indy|ma 3ndy|ma fi|mafi|la 3andi|la 3indi|la 3ndi|ma 3ndi|m3ndi|mish 3ndi|no|without|never had|don t have|do not have|not have|doesn t have|haven t had|not having|don t feel|dont feel|do not feel|doesn t feel|doesnt feel|not feeling|didn t|did not|didnt|dont have|doesnt have|havent had|hasnt had|hasn t had|never) (من |عندي |عنده |عندها |عندو |معي |معه |معها |فيني |فيه |فيها |3andi |3andy |3ndi |3ndy |3indi |3andu |3ando |3ndo |3andha |3ndha |ma3i |m3i |ma3ay |fiyi |fiyya |fini )?(اي |أي |باي |بأي |any |ay |ولا |wala |wla |walla |لا |la |حتي |7ta |hta |7tta )?(sudden |new |real )?((calf|leg|legs|face|facial|lip|lips|eye|eyes|arm|arms|throat|tongue|neck|ankle|knee|hand|hands|foot|feet) )?(ال|بال|bil |bel |el )?(vision loss|sight loss|loss of vision|loss of sight|ضيق|صعوب|صعب|مشكل|مشاكل|نزيف|تورم|ورم|انتفاخ|متورم|منتفخ|منفوخ|وارم|دوخه|الم|وجع|ضعف|اغمي|حراره|حمي|سخون|ومضات|ستاره|خدر|تنميل|افرازات|دم|اغما|اغمي|غيبوبه|تشنج|نوبه|نوبات|رجف|رعش|شلل|زغلل|غباش|غبش|ضباب|دبل|ازدواج|مزدوج|طفح|حساسي|حكه|اختناق|كتمه|نهجان|احمرار|كدم|تلعثم|هبوط|غثيان|استفراغ|ترجيع|problem|problems|trouble|difficulty|issue|issues|bleeding|swelling|chest|faint|fever|blue|wheez|cough|swoll|numb|vomit|seiz|stiff|slurr|shortness|breathing|pain|numbness|vomiting|seizure|seizures|pass|passed|black|blacked|lose|lost|mushkil|mochkil|moshkil|mouchkil|waram|wram|7arara|7arar|7araar|7ama|nazeef|nazif|dee2|dai2|di2|de2|dy2|deeq|deeg|dee8|dee9|dheeq|dheeg|dhee8|dhee9|dhi8|dhiq|6eeg|6ee8|diiq|sa3ooba|so3oba|sho3a3|sha3a3|shu3a3|nu2at|no2at|wamadat|wamdat|tanmeel|tanmil|tnmeel|tnmil|tanmel|ta5deer|takhdeer|khadar|5adar|7asasi|7assasi|hasasi|7sasi|9u3oob|9o3oob|9a3oob|su3oob|so3oob|douleur|saign|gonfl|fievre|fièvre|essouffl|vertige|wja3|sa3oob|alam|s5ana|7rara|s3oob|waja3|so3oob|2alam|skhana|wje3|sa3ob|wj3|s5oune|dam|blur|double|flash|curtain|shadow|floater|rash|hives|dizz|weak|tingl|redness|bruis|headache|allerg|itch|nause|drool|droop|bladder|bowel|incontinen|saddle|groin|loss|سلس|ntfa5|ntifa5|intifa5|ntfakh|ntifakh|nfi5|tnaffo5|wirme|wirm|warme)\S*( \S+){0,2}` +
		// A sight denied: «ما بشوف دبل», "not seeing double" (not «ما اشوف», which is the sight gone).
		`| (ما|مو|مش|مب|لا|ولا|ماني|مانيش|ماناش|not|don t|dont|do not|i m not|im not) (ب|بت|بي|عم |كن)?(اشوف|شوف|شايف|شايفه|يشوف|تشوف|نشوف|see|seeing) (اي |ولا |any )?(ال)?(دبل|دوبل|مزدوج|اثنين|زغلل|ضباب|غباش|غبش|ومضات|فلاشات|نقط|نقاط|ذباب|ستاره|double|blur|blurr|flashes|floaters|spots|shadow|curtain)\S*( \S+){0,2}` +
		`| (ما|مو|مش|لم|ولا|ولم) (اغمي|اغمى|يغمي|يغمى|نزف|ينزف|تنزف|نزفت|تورم|تورمت|ورم|ورمت) ` +
		// A faint denied in the Gulf's and the Levant's words («ما غمي عليه», «ma ghimi 3alaih», «ma a3ma
		// 3aleh»), with whom it befell.
		`| (ما|مو|مش|ولا|وما) (غمي|غمى|انغمي|انغمى|اغمي|اغمى) (علي|عليه|عليها|عليا|عليي|علينا)( \S+)? ` +
		`| (ma|w ma|wma|mo|mu|mish|msh|mesh|wala|wla) (ghimi|ghumi|ghomi|ghami|ghmi|ghima|ghema|ghmy|ughmi|oghmi|oghma|ughma|a3ma|a3mi|o3mi|o3ma|3'imi|8imi|8ami|8umi|8omi) (3al|3ala|3aleh|3alaih|3alai|3alay|3aleha|3alaiha|3alayha|3alih|3aliha|3leh|3lih|3laih|3lay|3layi|3liha|3leha)\S*( \S+)? ` +
		// A state denied of oneself or another ("I'm not suicidal", "she was never unconscious").
		`| (i m|im|i am|i was|he s|he is|he was|she s|she is|she was|they re|they are)( really| actually| at all)? (not|never|never been)( really| at all)? (suicidal|unconscious|unresponsive|faint|fainting|dizzy|breathless|short of breath)( \S+){0,2}` +
		// A pain denied as a state, and a sight said to be fine ("my eye isn't painful and my vision's
		// fine"): what the message says is not wrong.
		`| (isn t|isnt|is not|aren t|arent|are not|wasn t|wasnt)( really| at all| very)? (painful|sore|hurting|aching|tender)` +
		`| (my |his |her |the )?(vision|sight|eyesight) (s|is) (totally |completely |perfectly |still )?(fine|ok|okay|normal|good|clear|perfect)` +
		// The same without the person ("Not suicidal or anything, just…").
		`| (not|never|definitely not|def not)( really| at all)? (suicidal)( \S+){0,2}` +
		// Thinking of harming oneself denied («مش بفكر أأذي نفسي ولا حاجة», «ما افكر انتحر»).
		`| (ما|مو|مش|مب|لا|ماني|مانيش) ?(ب|عم |قاعد |قاعده )?(فكر|افكر|نفكر|يفكر|تفكر|افكر)( اني| ان| في| ب)? (ا|ن|ي|ت)?(اذي|وذي|انتحر|الانتحار|اقتل|اموت|الموت|انهي)\S*( \S+){0,2}` +
		// The same in Arabizi («ma bfakker ad2i nafsi», «mish 3am fakker 2a2tol 7ali»).
		`| (ma|mish|mesh|msh|mush|mosh|mo|mu|mub|mani|mnish) ?(b|bi|3am |3m |2a3ed |ga3ed )?(a|n|y|t)?f[ae]?k+[ae]?r\S*( (b|bi|fi|en|eni|ini|inni|anni|enni|inno))? \S+( (nafs|7al|rou?7)\S*)?` +
		// Bleeding denied in Arabizi («el makan mesh beynzef gamed»).
		`| (mesh|mish|msh|mush|mosh|ma|mo|mu|mub) ?(b|bi|bey|bet|biy|bit|3am )?(y|t)?[ie]?nzef\S*( \S+){0,2}` +
		// A swelling denied («shafayfi mo mitwarrma», "my lips aren't swollen"): of a state, not of a
		// verb ("he isn't breathing" is the sign).
		`| (mesh|mish|msh|mush|mosh|mo|mu|mub|mob|mich|mch) (m[ie]?t?w[ae]?r+[ae]?m\S*|m[ie]?nt[ie]?f[ie]?(5|kh)\S*|manfoo?(5|kh)\S*|mn[ae]f+[ae]?(5|kh)\S*)( \S+){0,2}` +
		`| (aren t|arent|isn t|isnt|wasn t|wasnt|weren t|werent) (at all |really )?(swollen|puffy|puffed up|numb|droopy|drooping|blurry|blurred|bleeding)( \S+){0,2}` +
		// A sign denied before anything is asked ("Not chest pain or anything, just…").
		`| (not|nothing like) (chest pain|chest pains|a heart attack|short of breath|shortness of breath|breathing trouble|trouble breathing|a seizure|an emergency)( or anything( like that)?| or that)? ` +
		// The signs of a clot denied one by one ("my calf is soft, not red and not hot").
		`| (not|and not|but not|nor) (red|hot|warm|swollen|tender|painful|sore|hard)( |$)`))

// deniedMore continues a denial through "nor …" («ما عندي مشكلة بالبلع ولا بالتنفس», "no trouble
// swallowing or breathing"): a denial that ends on the connective takes the next word with it, and a
// denial followed by one takes the words it joins.
var deniedMore = regexp.MustCompile(`^(ولا|او|ولا حتي|or|nor|and no|or any|wala|walla|aw|wla) (ب|بال|في|ال|ف)?\S+( \S+)?`)

// deniedPrep is a preposition and the word it governs, which belong to the denial before them.
var deniedPrep = regexp.MustCompile(foldPattern(`^(في|ب|بال|على|من|with|in|of|on|around|between)( the| my| his| her)? \S+`))

// deniedObject is the article and the noun of a preposition a denial ended on ("…or numbness in" +
// "the groin"): after a preposition it is its object, elsewhere it may open the next sentence.
var deniedObject = regexp.MustCompile(`^(the|my|his|her) \S+`)

// endsOnPrep says whether s ends on an English preposition.
func endsOnPrep(s string) bool {
	for _, p := range []string{" in", " of", " on", " with", " around", " between"} {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// deniedAt is denied anchored at the start of the text.
var deniedAt = regexp.MustCompile(`^(?:` + denied.String() + `)`)

// deniedOpen is the set of a match of denied's second and third bytes (after its opening space),
// as bits of a 16-bit number: denied is tried only at the spaces followed by one of them. ok false:
// some match's opening was not read (then every space is tried).
var deniedOpen, deniedOpenOK = openingPairs(denied)

// openingPairs reads from re's syntax the second and third bytes of every string a match of re
// may open with, when each opens with a space and has three bytes or more.
func openingPairs(re *regexp.Regexp) (set *[1 << 16 / 64]uint64, ok bool) {
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil, false
	}
	opens, ok := openings(t, 3)
	if !ok {
		return nil, false
	}
	set = new([1 << 16 / 64]uint64)
	for _, o := range opens {
		if len(o) < 3 || o[0] != ' ' {
			return nil, false
		}
		b := uint16(o[1])<<8 | uint16(o[2])
		set[b/64] |= 1 << (b % 64)
	}
	return set, true
}

// maxOpenings bounds the openings read: past it, a pattern is tried at every space.
const maxOpenings = 1 << 14

// openings returns the first k bytes of every string re matches, or the whole string where it is
// shorter; ok false where re's syntax is not read (a repetition, a class of many runes, an
// assertion, case folding) or the openings are too many.
func openings(re *syntax.Regexp, k int) (out []string, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		s := string(re.Rune)
		return []string{s[:min(k, len(s))]}, true
	case syntax.OpCharClass:
		var rs []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 64 || len(rs) > 256 {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				s := string(r)
				rs = append(rs, s[:min(k, len(s))])
			}
		}
		return rs, true
	case syntax.OpCapture:
		return openings(re.Sub[0], k)
	case syntax.OpQuest:
		out, ok = openings(re.Sub[0], k)
		return append(out, ""), ok
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			o, ok := openings(sub, k)
			if !ok || len(out)+len(o) > maxOpenings {
				return nil, false
			}
			out = append(out, o...)
		}
		return dedup(out), true
	case syntax.OpConcat:
		out = []string{""}
		for _, sub := range re.Sub {
			done := true
			for _, o := range out {
				if len(o) < k {
					done = false
				}
			}
			if done {
				break
			}
			o, ok := openings(sub, k)
			if !ok {
				return nil, false
			}
			var next []string
			for _, a := range out {
				if len(a) >= k {
					next = append(next, a)
					continue
				}
				for _, b := range o {
					ab := a + b
					next = append(next, ab[:min(k, len(ab))])
				}
			}
			if out = dedup(next); len(out) > maxOpenings {
				return nil, false
			}
		}
		return out, true
	}
	return nil, false
}

// dedup sorts ss and drops the repeated strings.
func dedup(ss []string) []string {
	slices.Sort(ss)
	return slices.Compact(ss)
}

// deniedMayOpen says whether a match of denied may open at s[q].
func deniedMayOpen(s string, q int) bool {
	if s[q] != ' ' {
		return false
	}
	if !deniedOpenOK {
		return true
	}
	if q+2 >= len(s) {
		return false // every match has three bytes or more
	}
	b := uint16(s[q+1])<<8 | uint16(s[q+2])
	return deniedOpen[b/64]&(1<<(b%64)) != 0
}

// deniedWithin returns where the leftmost match of denied in s[start:] begins, and its length, when
// it begins before end; -1 when it begins at end or after, or there is none. The leftmost match is
// the one anchored at the first place one may open (a space, and the bytes after it) where there is
// one: only those before end are tried, where a search of s[start:] ran to the end of the text.
func deniedWithin(s string, start, end int) (at, n int) {
	for q := start; q < end; q++ {
		if !deniedMayOpen(s, q) {
			continue
		}
		if loc := deniedAt.FindStringIndex(s[q:]); loc != nil {
			return q, loc[1]
		}
	}
	return -1, 0
}

// deniedTail are the connectives a denial may end on.
var deniedTail = []string{" ولا", " او", " or", " nor", " wala", " walla", " wla", " aw"}

// withoutDenials returns s with its denied symptoms blanked out.
func withoutDenials(s string) string {
	var b strings.Builder
	last := 0
	for pos := 0; pos < len(s); {
		q, n := deniedWithin(s, pos, len(s))
		if q < 0 {
			break
		}
		m := [2]int{q, q + n}
		pos = m[1]
		if m[0] < last {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(" ")
		end := m[1]
		// A denial's tail may open the next («no chest pain no shortness of breath»): they are one.
		for start := m[0] + 1; ; {
			q, n := deniedWithin(s, start, end)
			if q < 0 {
				break
			}
			end = max(end, q+n)
			start = q + 1
		}
		rest := s[end:]
		for _, c := range deniedTail {
			if strings.HasSuffix(s[m[0]:end], c) { // «…بالبلع ولا» + «بالتنفس»
				rest = strings.TrimPrefix(rest, " ")
				if i := strings.IndexByte(rest, ' '); i >= 0 {
					end += len(s[end:]) - len(rest) + i
				} else {
					end = len(s)
				}
				break
			}
		}
		for { // «… ولا ضيق تنفس», and what a preposition ties on («…أو صعوبة» + «في التنفس»)
			r := strings.TrimPrefix(s[end:], " ")
			loc := deniedMore.FindStringIndex(r)
			if loc == nil {
				loc = deniedPrep.FindStringIndex(r)
			}
			if loc == nil && endsOnPrep(s[:end]) {
				loc = deniedObject.FindStringIndex(r)
			}
			if loc == nil {
				break
			}
			end += len(s[end:]) - len(r) + loc[1]
		}
		last = end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// fearWords say the writer or someone is afraid or worried, in the dialects and Arabizi.
// A «و» may be glued on («…عشان القلب وخايفة كتير ينزف معي»). A phobia («عندي رهاب إني أختنق») is a
// fear.
const fearWords = `و?(خايف|خايفه|خايفين|اخاف|نخاف|بخاف|بتخاف|بيخاف|منخاف|يخاف|تخاف|هخاف|قلقان|قلقانه|متخوف|متخوفه|خوفي|مرعوب|مرعوبه|اتخيل|بتخيل|نتخيل|بنتخيل|كنتخيل|كنتخايل|متخيل|متخيله|بتتخيل|بيتخيل|رهاب|فوبيا)`

// fearWordsZ are the fear words in Arabizi: the verb in every person and aspect («a5af», «tkhaf»,
// «bt5afi», «kankhaf»), the participle («5ayfa», «kha2fin») and «5ofi» (my fear). Not the bare «5af»,
// which is also «خف» (it eased).
const fearWordsZ = `(a|y|t|n|b|bt|by|bn|ba|bi|bet|bey|bit|biy|ye|te|ne|yi|ti|ni|ka|kan|kat|kay|ha|hat|hay|han|7a|7at|7ay)(5|kh)aa?f(i|o|u|ou|w|wa|ha|ak|ek|ik|ni|on|oun|een|in)?|(5|kh)a[y2]e?f(e|a|ah|een|in|ine|eh|i)?|(5|kh)o+fi|(a|n|ba|bat|bet|bit|kan|kant|bn|bnet|mit|met)t?(5|kh)ay+[ae]?l(a|e|ah)?`

// fearAlts are the alternatives of fear, in its order.
var fearAlts = []string{
	// Two feared things joined by "or" («خايفه يوقع وجهي او يخليني ما اقدر اتكلم»): the fear reaches
	// the second (tried first: an alternative that matches further wins at the same start).
	` (` + fearWords + `|اخشي) (من |من ان |ان |لا )?(\S+ ){0,2}(ي|ت|ا|ن)\S+( \S+){0,3} (او|ولا|والا) (\S+ )?(ي|ت|ا|ن)\S+( \S+){0,3}`,
	` (` + fearWordsZ + `) (mn |min |men |enn?o |inn?o |la )?(\S+ ){0,2}(y|t|a|n|e|i)\S+( \S+){0,3} (aw|ow|awe|walla|wala|willa|wella) (\S+ )?(y|t|a|n|e|i)\S+( \S+){0,3}`,
	// A fear of what befell someone else («خايفه يصير معي متل رفيقتي جفنها نزل», "scared it goes like
	// my friend's, her lid dropped"): the fear reaches what the other had.
	` (` + fearWords + `) (\S+ ){0,4}(متل|مثل|زي|زى|كيف|مثلما) (ما (صار|صاير|حصل|صار مع|حصل مع) )?(رفيق|صاحب|صديق|اخت|اخو|ام|بنت|جار|زميل|خال|عم|قريب|وحده|واحده|ناس)\S*( \S+){0,4}`,
	` (` + fearWordsZ + `) (\S+ ){0,4}(mitl|mithl|metl|methl|mtl|zay|zai|zei|zy|kif|kaif) (\S+ )?(rfi2|rfee2|rfiq|rfeeq|refi2|sa7b|sa7ib|sa7eb|s7ab|sadi2|sadee2|ukht|okht|o5t|u5t|ukh|akh|5al|khal|3am|jar|zamil|zmil|bint|bent)\S*( \S+){0,4}`,
	` (scared|afraid|worried|worry|fear|nervous|anxious|terrified|frightened|concerned) (\S+ ){0,6}like (what happened to )?(my|a|her|his) (friend|sister|mother|mum|mom|cousin|neighbour|neighbor|colleague|aunt|coworker|brother)\S*( \S+){0,4}`,
	// A fear of what a supposition brings («خايفه اذا عملت الحقنه ما اقدر احكي») reaches its words
	// before the shorter reading of the fear's verb below takes the supposition for one.
	` (` + fearWords + `) (من )?(اذا|لو|ليكون|انه|انها)( \S+){1,8}`,
	// Two feared things joined by a glued «و» («خايفه يطلع فيني حساسيه من التقشير وينتفخ وجهي»): the
	// fear reaches the verb after it, and the writer becoming so («…يشل وجهي واصير ما اقدر ابتسم»).
	` (` + fearWords + `|اخشي) (من |من ان |ان |لا )?(\S+ ){0,2}(ي|ت|ا|ن)\S+( \S+){0,4} (و(ي|ت|ن)\S{2,}|واصير|وابقي)( \S+){0,2}`,
	// And one denied after what the fear supposes («…ينشل اذا عملت الحقن وما يرجع يتحرك»): without
	// the supposition, «وما» opens a report («خايفه وجهي ينشل وما اقدر ابلع الحين»).
	` (` + fearWords + `|اخشي) (من |من ان |ان |لا )?(\S+ ){0,2}(ي|ت|ا|ن)\S+ (اذا|لو|ان)( \S+){1,4} وما (ي|ت|ا|ن)\S+( \S+){0,2}`,
	` (` + fearWords + `|اخشي) (من |من ان |ان |لا )?(\S+ )?(ي|ت|ا|ن)\S+( \S+){0,3}`,
	` (` + fearWords + `) من( \S+){1,3}`,
	// The same in Arabizi: «mama tkhaf temshi», «khayef a3ma», «5ayfe iza…», «5ayef mn el 3amaliye».
	` (` + fearWordsZ + `) (mn |min |men |enn?o |inn?o |la )?(\S+ )?(y|t|a|n|e|i)\S+( \S+){0,3}( (w |o |wa )?(ma|mish|mesh|mo|mu|msh) \S+( \S+)?)?`,
	` (` + fearWordsZ + `) (mn |min |men )?(iza|eza|ida|law|lau|ila|la ?ykoun|la ?ykon|la ?tkoun|la ?tkon|enn?o|inn?o|enn?ha|inn?ha)( \S+){1,8}`,
	` (` + fearWordsZ + `) (mn|min|men)( \S+){1,3}`,
	` (scared|afraid|worried|worry|fear|nervous|anxious|terrified|frightened|concerned|imagine|imagining|(i|we|you|can|just|still|keep|always) picture|picturing|panic|panicking|panicked|dread|dreading) ((that )?(\S+ ){0,2}(will|ll|ill|might|may|could|would|gonna|going to)|of|about|to (lose|go|end up|get|become|have|walk|move|stand|climb|drive|shower))( \S+){1,4}`,
	// What one fears most, named ("my worst nightmare is double vision", "my biggest fear is bleeding").
	` (worst|biggest|greatest|main|only) (nightmare|fear|worry|concern) (is|would be|was) (\S+ ){0,2}\S+`,
}

// fear is a worry about what might happen («خايفه يصير عندي شلل», "scared it will paralyze my face"):
// with the words it governs it is taken out before triage, unless they hold a negation ("I'm scared,
// I can't breathe" is an emergency).
var fear = regexp.MustCompile(foldPattern(strings.Join(fearAlts, "|")))

// fearLatin is fear less its alternatives in Arabic letters, which cannot match a text without one:
// it finds the same matches in such a text (an Arabizi message), at less than half the cost.
var fearLatin = regexp.MustCompile(foldPattern(strings.Join(slices.DeleteFunc(slices.Clone(fearAlts), func(a string) bool {
	return scriptOf(a)&arabic != 0
}), "|")))

// fearThat is a fear of what may come, told with the verb and "that" or "lest" («اخاف اني ما اقدر…»,
// "scared that I won't…"): its negation is feared, not reported. Not «خايفه اني ما اقدر اتنفس»: being
// scared, told with the sign, is the sign now.
var fearThat = regexp.MustCompile(foldPattern(`^ (اخاف|نخاف|اخشي|خوفي|واخاف|ونخاف|وخوفي) (من )?(ان|اني|انه|انها|انو|لا|ليكون|لاكون|تكون|يكون) |^ (scared|afraid|worried|worry|fear|nervous|anxious|terrified|frightened|concerned) (that )?(i ll|i will|i won t|i might|i may|i d|it will|it ll|it might|it may|he ll|she ll|i m going to) `))

// fearNegations are words that keep a fear's words in: the patient says something is wrong now.
var fearNegations = map[string]bool{"ما": true, "مو": true, "مش": true, "مب": true, "t": true, "not": true, "cannot": true, "cant": true,
	"ma": true, "mo": true, "mu": true, "mish": true, "mesh": true, "msh": true, "mush": true, "mosh": true, "mb": true, "mub": true, "mani": true}

// andApart is the Arabizi «و» written as a word of its own.
var andApart = map[string]bool{"w": true, "o": true, "wa": true, "we": true, "u": true, "ou": true}

// andNegations are the negations with «و» glued on: right after the fear word they join a report to it
// («خايفه وما اقدر اتنفس»: scared, and I can't breathe); after a feared verb they go on with what is
// feared («خايف الديسك يشلني وما اقدر امشي مرة ثانية»).
var andNegations = map[string]bool{"وما": true, "ومو": true, "ومش": true, "ومب": true, "وماني": true, "wma": true, "wmesh": true, "wmish": true, "wmo": true}

// comparedNow is a fear of what befell someone else followed by a "now" («…زي اختي، الحين وجهي…»): what
// follows the "now" is the writer's own sign, not the other's.
var comparedNow = regexp.MustCompile(foldPattern(` (متل|مثل|زي|زى|كيف|مثلما|mitl|mithl|metl|methl|mtl|zay|zai|zei|zy|kif|kaif|like)( \S+)* (الحين|والحين|هلا|وهلا|هلق|وهلق|دلوقتي|ودلوقتي|هسه|هسا|ذحين|توني|now|hala2|halla2|hal2a|w hala2|daba|delwa2ti|dilwa2ti|hassa|tawni|el7een|al7een|l7in|alhin|ela7en) `))

// makes says whether w is a verb of making or leaving someone so («يخليني», «y5aleeni», "make"), or of
// the writer becoming so («خايفه… واصير ما اقدر ابتسم»).
func makes(w string) bool {
	for _, p := range []string{"يخلي", "تخلي", "بيخلي", "بتخلي", "y5al", "ykhal", "t5al", "tkhal", "bi5al", "bt5al", "اصير", "واصير"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return w == "make" || w == "makes" || w == "leave" || w == "leaves"
}

// fearedBe are «يكون» and its kin after a fear word («خايف يكون…», "5ayfe ykoun…"): the fear is of what
// something happening now is, not of what may come.
var fearedBe = map[string]bool{"يكون": true, "تكون": true, "ليكون": true, "لتكون": true, "بيكون": true, "بتكون": true,
	"ykoun": true, "tkoun": true, "ykon": true, "tkon": true, "ykun": true, "tkun": true, "yekoun": true, "tekoun": true, "yikoon": true, "tikoon": true, "ykoon": true, "tkoon": true}

// fearIf open a supposition inside what is feared («لو», "if", «iza»).
// fearAsks are the question words that open a question after a fear's word, not what it fears.
var fearAsks = map[string]bool{"وش": true, "ايش": true, "شو": true, "شنو": true, "ماذا": true, "what": true, "wesh": true, "shu": true, "sho": true, "esh": true}

var fearIf = map[string]bool{"لو": true, "اذا": true, "ولو": true, "واذا": true, "if": true, "unless": true, "law": true, "iza": true, "eza": true, "ida": true, "ila": true}

// supposeWords open a supposition after a fear word («خايفه اذا…», «بخاف لو…»).
var supposeWords = map[string]bool{"اذا": true, "لو": true, "ان": true}

// happenWords are a fear's "it will happen" («اخاف يصير نزيف ما يوقف»): what follows is supposed as
// the words after «لو» are, its negation the feared bleed's, not a report.
var happenWords = map[string]bool{"يصير": true, "يصيرلي": true, "تصير": true, "يحصل": true, "يحصلي": true, "يجيني": true, "يجيلي": true, "تجيني": true}

// nowWords are the words of the present in Arabic letters.
const nowWords = `الحين|هلق|هلا|هلاء|دلوقتي|هسه|هسا|الان|حاليا|توا|دابا`

// nowWord is a word of the present that makes what follows a fear a report («…والحين ما اقدر»).
var nowWord = regexp.MustCompile(foldPattern(` (و)?(` + nowWords + `) `))

// nowTold is nowWord in every script: "now", «halla2», «dlwa2ti» after a fear's "but" say a report.
var nowTold = regexp.MustCompile(foldPattern(` (و)?(` + nowWords + `|now|right now|halla2|hala2|hal2a|hla2|delwa2ti|dilwa2ti|dlwa2ti|el7een|al7een|l7een|daba|dorka|tawni|tawwni) `))

// painLimited is a movement that cannot be done without pain ("can't lift her arm above her shoulder
// without pain"): two negatives telling that it hurts, which the denials would read as no pain at all
// and leave the arm that cannot be lifted. triageOf reads it as "because it hurts", which the benign
// rules know.
var painLimited = regexp.MustCompile(` ((?:can t|cant|cannot|unable to|not able to) (?:\S+ ){1,6}?)without (?:any )?(?:pain|it hurting|hurting|it being painful) `)

// unfeared returns t without the fears it voices.
func unfeared(t padText) padText {
	if !fearPre.mayMatch(&t) {
		return t
	}
	re := fear
	if !t.hasArabic() {
		re = fearLatin
	}
	// A fear's words end where another fear begins («بخاف من الحقنه لدرجه اني بتخيل اني ممكن…»): each
	// is read on its own, so the first does not swallow the opening of the second.
	starts := fearStart.FindAllStringIndex(t.s, -1)
	if len(starts) < 2 {
		if out := unfearedIn(re, t.s); out != t.s {
			return newPadText(out)
		}
		return t
	}
	var b strings.Builder
	b.WriteString(t.s[:starts[0][0]])
	for i, st := range starts {
		end := len(t.s)
		if i+1 < len(starts) {
			end = starts[i+1][0]
		}
		seg := t.s[st[0]:end]
		if !strings.HasSuffix(seg, " ") {
			seg += " "
		}
		b.WriteString(unfearedIn(re, seg))
	}
	if out := b.String(); out != t.s {
		return newPadText(out)
	}
	return t
}

// fearReason opens the reason of a fear: "because", «لان», «عشان».
var fearReason = regexp.MustCompile(foldPattern(` (because|becuz|coz|cuz|bcoz|bcz|لان|لانه|لانو|لانها|لاني|عشان|علشان|عشانه|la2an|la2anno|la2enno|laenno|li2an|3shan|3ashan|3alashan|3lshan) `))

// fearStart is where a fear's word stands.
var fearStart = regexp.MustCompile(foldPattern(` (` + fearWords + `|اخشي|` + fearWordsZ + `|scared|afraid|worried|terrified|frightened|imagine|imagining|panic|panicking|panicked|dread|dreading|nightmare) `))

// unfearedIn returns s without the fears re finds in it, as unfeared tells.
func unfearedIn(re *regexp.Regexp, s string) string {
	return re.ReplaceAllStringFunc(s, func(m string) string {
		if f := strings.Fields(m); len(f) > 2 && (fearNegations[f[len(f)-1]] || andNegations[f[len(f)-1]]) {
			// A fear's words that end on a negation leave it with the verb after them («خايفه يصير لي
			// شي، وما» + «اقدر اتنفس الحين»): taken out, it would turn "can't breathe" into "can".
			last := f[len(f)-1]
			return unfearedMatch(re, strings.TrimSuffix(m, last+" ")+" ") + last + " "
		}
		return unfearedMatch(re, m)
	})
}

// unfearedMatch is what unfearedIn leaves of one match m of re.
func unfearedMatch(re *regexp.Regexp, m string) string {
	if loc := fearReason.FindStringIndex(m + " "); loc != nil && loc[0] > 0 {
		// The reason of a fear is told, not feared ("terrified of glaucoma because my grandad went
		// blind from it", «خايفه من العملية لان امي…»): the fear ends at its "because".
		return unfearedIn(re, m[:loc[0]+1]) + m[loc[0]:]
	}
	if fearThat.MatchString(m) {
		return " " // «اخاف اني ما اقدر ابلع»: the negation is what is feared
	}
	if comparedNow.MatchString(m + " ") {
		return m // «خايفه زي ما صار مع اختي، الحين وجهي مايل»: the writer's own sign, now
	}
	if loc := contrast.FindStringIndex(m + " "); loc != nil && nowTold.MatchString(m[loc[1]-1:]+" ") {
		// «خايفه من الابر بس الحين اغمي عليه وما يصحى»: what follows "but now" is told, not feared.
		return " " + m[loc[1]-1:] + " "
	}
	f := strings.Fields(m)
	if len(f) > 2 && fearAsks[f[1]] {
		// A question after the fear («فانا متخوفة، وش احتياطاتكم؟», "scared, what do you do
		// about it?") is asked, not feared: only the fear's word is taken out.
		return " " + strings.Join(f[1:], " ") + " "
	}
	if len(f) > 2 && (supposeWords[f[1]] || happenWords[f[1]] || f[1] == "من" && supposeWords[f[2]]) && !nowWord.MatchString(m+" ") {
		// «خايفه اذا عملت الحقنه ما اقدر احكي»: a negation inside what the fear supposes is
		// what is feared, not a report (unless the fear's words say now).
		return " "
	}
	supposed := false
	for i, w := range f {
		// A negation inside what the fear supposes after its verb («خايف انشل لو ما سويت العملية»,
		// "scared I'll be paralysed if I don't have it") is the supposition's, not a report.
		if i > 1 && fearIf[w] {
			supposed = true
		}
		if supposed {
			break
		}
		// A negation a feared verb makes («او يخليني ما اقدر اتكلم», "y5aleeni mesh 3arfa") is
		// feared too. Arabizi writes the «و» of «وما» apart («5ayfa w ma a2dar», «khayef yshilni w
		// ma a2dar a7arrek»): right after the fear word it joins a report, after a feared verb what
		// is feared.
		apart := i > 0 && andApart[f[i-1]]
		if fearNegations[w] && !(i > 0 && makes(f[i-1])) && !(apart && i > 2) || i == 1 && andNegations[w] {
			if fearedAfter.MatchString(m+" ") && !nowWord.MatchString(m+" ") {
				return " " // «خايفه ما اقدر امضغ او اتكلم زين بعدها»: what it may leave after it is feared
			}
			return m
		}
	}
	for i, w := range f[:min(len(f), 3)] {
		if fearedBe[w] && i+2 < len(f) {
			// «خايفه يكون جلطه، وجهي مايل», "scared it's a stroke, my face droops": what is
			// feared is what it is, one word; what comes after is told as it is.
			return " " + strings.Join(f[i+2:], " ") + " "
		}
	}
	return " "
}

// fearedAfter is a fear's words placing what they fear after the treatment («…بعدها», "afterwards"):
// the negation they hold is feared, not told.
var fearedAfter = regexp.MustCompile(foldPattern(` (بعدها|بعدين|بعده|afterwards|after it|after that|ba3dha|ba3deen|ba3dain|ba3den) `))

// Triage finds the red flags of one clinic: the universal ones (redFlags and symptomRules) and the
// clinic's own (knowledge.RedFlagRule). Safe for concurrent use.
type Triage struct {
	flags  []symptomRule // the clinic's red flags
	skel   []symptomRule // flags as skeletons (skeleton.go)
	benign []symptomRule // what is normal at the clinic, taken out first
	// vocab is the words of the rules an Arabizi message is read with (readarabizi.go), built at
	// the first such message.
	vocabOnce sync.Once
	vocab     *readVocab
	reads     knowledge.Memo[string, string] // words read, by word (readWord)
}

// clinicWindow and benignWindow are the most words from the first to the last word of a clinic's
// rule: a red flag may be told loosely; what is normal must be said together.
const clinicWindow, benignWindow = 6, 3

// notWishToDie is a wish not to die («ma bghitch nmout b l7ess dyal lbra», "I don't want to die"):
// no wish to. The wish and the verb in a row, after a negation: «ابي اموت وما ابي اكمل» still is one.
var notWishToDie = func() symptomRule {
	var pairs []string
	for _, w := range strings.Fields(`ابي ابغي ابغا بدي عايز عايزه عاوز عاوزه اريد بغيت نبغي باغي باغيه حاب حابه ودي`) {
		pairs = append(pairs, "!"+w+"_اموت", "!"+w+"_نموت", "!"+w+"_موت")
	}
	for _, w := range strings.Fields(`bghit nbghi kanbghi abi abgha bdi baddi bade biddi 3ayez 3ayz 3ayza 3awez 3awza`) {
		for _, d := range strings.Fields(`amout nmout mout amot nmot`) {
			pairs = append(pairs, "!"+w+"_"+d)
		}
	}
	pairs = append(pairs, "!want_to_die", "!wanna_die")
	return rule(1, strings.Join(pairs, " "), `اموت نموت موت amout nmout mout amot nmot to`)
}()

// chokeZ is choking and being choked in Arabizi («bt5n2», «mkhnoo2a»): a figure of speech with prices, a crowd or a laugh.
const chokeZ = `bt5n2* bt5ne2* btkhn2* btekhne2* bit5ne2* bi5ne2* t5n2* t5ne2* y5ne2* ykhne2* mkhno* m5no* makhno* ma5no* mkhnou* m5nou* 5an2a khan2a ekhtana2* e5tana2*`

// universalBenign is what is normal anywhere, taken out before the red flags like a clinic's benign
// rules: a stiff or frozen joint that cannot be lifted is not a weak arm.
var universalBenign = []symptomRule{
	// Breathing exercises asked of («تمارين التنفس», "breathing exercises", «tamareen el tanaffus»): a
	// treatment, not the breath in trouble. Only the exercise's noun goes: «ما اقدر اتنفس» beside it stays.
	rule(2, `تمارين تمرين وتمارين بتمارين exercise exercises excercises technique techniques tamareen tamarin tamreen tamrin tmareen tmarin`, `التنفس للتنفس تنفس بالتنفس breathing el_tanaffus al_tanaffus el_tanafos il_tanaffus tanaffus tanafos ltanaffus eltanaffus`),
	// A treatment that did not take away what it treats («الجلسة ما شالت الشعر», «ما شال الكلف»): «شال»
	// is also to remove, not only to lift.
	rule(2, `شال شالت شالو شالوا شالته شالتها يشيل تشيل اشيل نشيل يشيلو تشيلو يشيلون تشيلون بيشيل بتشيل`, `الشعر شعر الحبوب حبوب الكلف كلف البقع بقع التصبغ* تصبغ* الندب* ندب* الوشم وشم التاتو تاتو الشامه شامه الشامات الغرز غرز الخياطه الجير التقويم السواد الهالات الاثار اثار`),
	// Out of breath from running or the stairs («أنفاسي مقطوعة من الجري لين وصلت», "breathless from the
	// stairs"): the exertion's, told to excuse a delay, not the breath in trouble.
	rule(5, `انفاسي انفاسه انفاسها نفسي نفسه نفسها نفس breath breathless out_of_breath winded puffed`, `الجري الجرى الركض ركضت جريت ركض جري الدرج الدرجات السلم السلالم running ran run jogging stairs climbing`),
	// Gums that bleed when brushed («اللثة تنزف لما افرش», «el lessa betnazzef lama bafarrash»): the
	// gum disease the pages answer, not a bleed that will not stop.
	rule(6, `لثه اللثه لثتي لثته لثتها lessa lesa lessiti lessti lithti litha lisa gum gums`, `نزف* ينزف* تنزف* بتنزف* بينزف* دم bleed* nazif* nazef* nzef* nazzef* btnzef* betnazzef* bitnazzef* btnazzef* tnazzef* benazzef* binazzef* bynazzef* yinzef* yenzef* tenzef* tinzef* btenzef* bitinzef* dam damm`, `فرشاه فرشايه بفرش* افرش* تفريش* فرشي اغسل* brush* floss* bafarrash* bafarsh* afarrash* afarsh* farsh* tafreesh* bafresh* afresh*`),
	// Snoring with the breath stopping a moment in sleep ("he snores so loud he stops breathing for a
	// sec"): the sleep apnoea a mouth guard is asked for, told of every night.
	rule(6, `snore* snoring شخير* يشخر* بيشخر* تشخر* بتشخر* shakheer* shekhir*`, `breathing breath تنفس* نفس* نفسه نفسها`),
	// Not seeing without one's glasses ("can't see a thing without my glasses", «ما اشوف شي بدون
	// نظارتي»): the short sight a correction is asked for.
	rule(6, `see seeing اشوف يشوف تشوف شايف شايفه بشوف ashoof ashuf bashoof`, `without بدون بلا من_غير bdoon bedoon bidoon`, `glasses specs spectacles lenses contacts نظاره نظارتي نظارته نظارتها نظارات العدسات عدسات عدساتي nadara nadarat nadarti`),
	// Not bearing a sight or a wait ("I can't stand looking in the mirror"): no legs too weak to stand.
	rule(1, `stand_looking stand_seeing stand_being stand_waiting`),
	// Blind as a bat: a figure of the short-sighted; and seeing in the dark asked of with the night
	// ("can't see in the dark, do you treat night vision?"): a place without light, not sight gone
	// dark (which «it's like I'm in the dark» alone may tell).
	rule(4, `blind`, `bat bats`),
	rule(8, `in`, `dark darkness`, `night nights nighttime`),
	// Not living without a thing («ما ابي اعيش بدون القهوة», "can't live without my coffee"): a want of
	// the thing, not of death.
	rule(2, `اعيش نعيش يعيش تعيش عيش live living a3eesh a3ish y3eesh y3ish t3eesh t3ish n3eesh n3ish n3ich a3ich`, `بدون بلا من_غير without bdoon bedoon bidoon bedun bidun bdun blash bla min_gheir men_gheir mn_ghir`),
	// Unable to talk with someone, told by the writer («ما اقدر احكي مع الاستقبال», «mish 2adra a7ki ma3
	// el reception», "I can't talk to reception"): a call not got through, not speech gone. The writer's
	// own verb only: «ما يقدر يحكي معنا» of someone else may be the sign.
	rule(2, `احكي اتكلم اكلم اتحدث اهرج احجي a7ki a7ky ahki atkallem atkalam atkallam atkalem atkalim at7adath a7ji`, `مع معك معكم معاكم معاك معكن ويا وياك وياكم ma3 m3a ma3ak ma3ik ma3kom ma3kon ma3akom ma3akon m3ak m3akom m3kom wiyak wayak`),
	rule(6, `i_can_t i_cant i_cannot i_can_not i_couldn_t i_couldnt`, `talk speak`, `to with`),
	// Pills hard to swallow, with a liquid form asked for instead ("can he have syrup instead of
	// tablets?", «ما يعرف يبلع الحبوب، في شراب بدالها؟»): a preference, not the throat closing.
	rule(10, `بلع* ابلع* يبلع* تبلع* بيبلع* بتبلع* swallow* bla3* yibla3* yebla3* tibla3* tebla3*`, `شراب سيرب سيروب سائل نقط syrup* liquid* drops suspension sharab shrab siro* sirop*`, `بدل بدال بدالها بدله بدلها عوض بدلا instead rather alternative badal bdal badel 3awad`),
	// A disc named with the tingle it sends down a limb («عنده ديسك برقبته وايده تنمل»): what the pages
	// say a disc causes, brought for treatment; the cold limb or the bladder lost are read as before.
	rule(4, `ديسك* الديسك disc disk herniated`, `تنمل* تنميل* منمل* يتنمل* بتنمل* تتنمل* tingl* tnammel* bitnammel* btnammel*`),
	// A head made to ache by someone («وجعتوا راسي بالرسايل», «صدعتوني»): annoyed, not a pain.
	rule(2, `وجعتوا وجعتو وجعتي وجعتني وجعتونا وجعتوني صدعتوا صدعتو صدعتني صدعتوني صدعتونا صدعتي`, `راسي راسنا دماغي دماغنا راس`),
	// Stifled by work, study or life («مخنوق من الشغل», "suffocating at this job") is a mood, not the breath.
	rule(2, `مخنوق* خنقني خنقتني خانقني خانقتني خنقه suffocating suffocated`, `الشغل الدوام الدراسه المذاكره الوضع الحياه الروتين المدير الجامعه المدرسه الامتحانات العيشه job work school study studies life routine`),
	// A faint at a price («كنت هيغمى عليا لما شفت الفاتورة», "nearly passed out when I saw the bill",
	// «kont hayoghma 3alaya lama shoft el fatoora»): a figure of speech, as choking on prices is, told
	// as seeing the price or «من السعر». A faint nearly come with nothing of a price («كدت أفقد الوعي بعد
	// الخلع») stays a sign, as does a price asked beside a faint («…the price, also my husband fainted»).
	rule(6, `هيغمي* حيغمي* هتغمي* يغمي* اغمي* غمي* يغمى* اغمى* تغمي* افقد_الوعي يفقد_الوعي تفقد_الوعي hayoghma* 7ayoghma* hayeghma* 7ayeghma* hay8ma* hatoghma* yoghma* yighma* ghimi* ghami* faint* fainted passed_out pass_out blacked_out`, `شفت شافت شاف شوفت شفنا شوفنا رايت رايت shoft shofet shoft shoufit shuft shifit saw seeing seen`, `الفاتوره فاتوره فاتورتكم السعر الاسعار سعر اسعار اسعاركم الحساب التكلفه الكلفه fatoora fatora fatura fatoura si3r as3ar as3arkom bill price prices quote invoice`),
	rule(3, `هيغمي* حيغمي* هتغمي* يغمي* اغمي* غمي* يغمى* اغمى* تغمي* افقد_الوعي يفقد_الوعي تفقد_الوعي hayoghma* 7ayoghma* hayeghma* 7ayeghma* hay8ma* hatoghma* yoghma* yighma* ghimi* ghami* faint* fainted passed_out pass_out blacked_out`, `من_السعر من_الاسعار من_اسعاركم من_الفاتوره من_الحساب min_el_si3r mn_el_si3r men_el_si3r min_el_as3ar mn_el_as3ar at_the_price at_the_prices at_the_bill`),
	// A thing that will not go away, in the verb of walking («الحبوب في وشي مش راضية تمشي», «الكلف ما
	// بيمشي»): the spots, the itch or the cough, not a leg. A person's walking still fires. Read before the
	// cosmetic despair below, which takes the thing's word with it («الكلف قاتلني ومش راضي يمشي»).
	rule(3, `حبوب* الحبوب حبه حبة الحبه بقع* البقع بقعه كلف* الكلف نمش* النمش اثار* الاثار حكه* الحكه قشره* القشره هالات* الهالات تصبغ* التصبغ* احمرار* الاحمرار كحه* الكحه سعال* السعال زكام* الزكام رشح* الرشح دمل* الدمل حبوب_الشباب`,
		`تمشي يمشي بتمشي بيمشي تمشيش يمشيش بتمشيش بيمشيش`),
	rule(7, `حبوب* الحبوب حبه حبة الحبه بقع* البقع بقعه كلف* الكلف نمش* النمش اثار* الاثار حكه* الحكه قشره* القشره هالات* الهالات تصبغ* التصبغ* احمرار* الاحمرار كحه* الكحه سعال* السعال زكام* الزكام رشح* الرشح دمل* الدمل`,
		`راضي راضيه راضيين عايز عايزه عاوز عاوزه بدها بدو يبي تبي ناوي ناويه رضيت رضي`, `تمشي يمشي تروح يروح تختفي يختفي`),
	// A cosmetic complaint told as killing or stifling the writer («this acne is killing me», «7ubub
	// wijhi gatlatni», «مخنوقة من الكلف», "this melasma is suffocating me", «مخنوقة من شكل سناني»): despair
	// of the skin or the teeth, no pain nor breath. The home clinic's own cosmetic complaint is in its
	// redflags.txt.
	rule(3, `acne pimples spots breakouts zits pigmentation melasma حب_الشباب الكلف كلف النمش الهالات 7ubub* 7bob* 7boob* 7ebob* 7boub* kalaf سناني اسناني شكل منظر`, `killing suffocating stifling gatlatni gatlatny gatletni gatelni mgatelni m2atlni 2atlatni 2atletni 2atelni katelni katlatni كاتلني قاتلني قتلتني قاتلتني كاتلتني موتتني مموتني ذابحني ذبحتني مخنوق مخنوقه خانقني خانقتني خنقتني`),
	// An eye or a lid twitching («عيني ترف من امس», "my eyelid keeps twitching"): tiredness, no fit nor sight lost.
	rule(2, `عين* جفن* جفون* eye eyes eyelid* lid lids`, `ترف يرف بترف بيرف عم_ترف عم_يرف رفه رفة twitch* flutter*`),
	// Numb hours after a filling or an extraction («لساني لسا مخدر بعد ساعتين من الحشوة»): the
	// anaesthetic of the procedure, wearing off, not a nerve failing.
	rule(6, `مخدر مخدره مخدرين خدران خدرانه numb numbness m5adar mkhadar m5adra mkhadra mkhaddar* m5addar* mtanmel* mtanmal* mnammel* mnamml* mnamel* tanmeel tanmil`, `الحشوه حشوه حشوتي الخلع خلع العصب التنظيف filling fillings extraction root_canal 7ashwa 7ashwe`),
	// An ache from too much of a screen, a phone or sitting («رقبتي توجعني من كثر الجوال», «min kutr el
	// jawwal»): the cause told is a posture's.
	rule(3, `كثر كتر كثره كتره kutr kuthr kotr ktr ketr kitr kothr too_much`, `الجوال جوال التلفون تلفون الموبايل موبايل الشاشه الكمبيوتر اللابتوب القعده المذاكره jawwal jawal el_jawwal tilifon telefon mobile mobail shasha computer laptop phone screen screens`),
	// A child taught to use the toilet («ما يقدر يبول بالحمام لحاله، كيف ادربه؟», "potty training"): a
	// skill not learned yet, no urine held.
	rule(6, `ادرب* ندرب* تدريب* اعلم* نعلم* يتعلم* تتعلم* اعوده* نعوده* potty toilet_train* toilet_training train*`, `يبول* تبول* يتبول* تتبول* بول* pee* wee*`),
	// An ache from a desk («my neck hurts from my desk», «رقبتي توجعني من المكتب»): the cause told is a
	// posture's.
	rule(4, `hurt* ache* aching sore stiff* pain* وجع* يوجع* توجع* بتوجع* واجع* الم`, `from_my_desk from_the_desk at_my_desk desk_job من_المكتب من_الدوام_على_المكتب`),
	// Eyes tired or strained from a screen («عيوني تعبانه من الشاشه», "eye strain from the laptop"): the
	// cause told is the screen's, no sign for the net; sight gone or double is read by the rules as before.
	rule(3, `تعبان* تعبانه تعبانين تعب مرهق* مرهقه ارهاق اجهاد اجهدت strain* strained tired`, `من_الشاشه من_الشاشات من_الجوال من_الكمبيوتر من_اللابتوب من_التلفون من_الموبايل من_الايباد من_التابلت from_the_screen from_screens from_the_computer from_the_laptop from_my_phone from_the_phone`),
	// Muscle spasms (spasticity) in a muscle or a limb are not a seizure. Not the neck's or the back's:
	// a fit is told by them too, and read as a muscle's they let a held-out red flag go.
	rule(2, `تشنج* spasm* spastic*`, `عضلي* عضل* عضلات* يد* ايد* رجل* ساق* ذراع* اصابع* كتف* جفن* جفون* رمش* muscle* muscular hand* arm* leg* finger* eyelid*`),
	// The same in Arabizi, of a limb («3adalat rejli bt2alsni mn el tashanojat»); spasms of the whole
	// body's muscles («tashanojat b 3adalat jismo kello») stay a fit. Muscle spasm named as a thing,
	// «tashannoj el 3adalat», «tashanoj 3adali», is the spasticity a treatment is asked of.
	rule(4, `tashanoj* tashannoj* tshannoj* tshnnoj* tashnoj* tashanog* tashannog* tashanuj* tashannuj*`, `rejl* rijl* rjl* ejr* 2ejr* 2id* eid* edi* idi* 2ido* eido* ido* zra3* dra3* kitf* ktf* 9abe3* asabe3* sabe3*`),
	rule(2, `tashanoj* tashannoj* tshannoj* tshnnoj* tashnoj* tashanog* tashannog* tashanuj* tashannuj*`, `el_3adalat il_3adalat al_3adalat l3adalat el_3adal il_3adal l3adal 3adali 3adaly 3adaliya 3adaleye`),
	// «لا تشيلين هم», «ما تشيل هم» (don't worry): a care not carried, no arm too weak to lift.
	rule(2, `!تشيل !تشيلي !تشيلين !تشيلو !تشيلوا !يشيل !اشيل !نشيل`, `هم الهم همه همها همي هموم`),
	// Sight blurred or dazzled at night by lights («تشوف ضبابي وما تقدر تسوق بالليل من الاضواء», "blurry
	// with halos around headlights"): the glare of a clouding lens, not sight lost.
	rule(6, `ضبابي* مغبش* مزغلل* زغلله غباش blur* blurry hazy foggy glare halos`, `بالليل الليل الاضواء الانوار اضواء انوار night lights headlights`),
	// Brows or lids heavy, or that cannot be lifted all the way, after a toxin («my brows feel heavy and
	// I can't lift them», «حاجبي ثقيل وما اقدر ارفعه»): a muscle relaxed, no weak limb.
	rule(8, `brow brows eyebrow eyebrows حاجب* حواجب*`, `lift* raise* ارفع* يرفع* ترفع*`),
	rule(4, `brow brows eyebrow eyebrows حاجب* حواجب*`, `heavy ثقيل* تقيل* ثقل`),
	// An implant or a tooth that does not hold in the bone («خايف ما تمسك بالعضم»): the implant not
	// taking, no hand too weak to grip.
	rule(3, `!تمسك !يمسك !تثبت !يثبت !تلتحم !يلتحم`, `بالعضم بالعظم العضم العظم بالفك بالعضمه بالعظمه`),
	// Cataract and glaucoma by their names of water, with the article («الماية البيضا», «الموية
	// الزرقا»): a condition, not the water that will not go down. The bare «ماي ابيض؟» is a blur asked
	// of as cataract, which the rules read from those words.
	rule(1, `المايه الميه المويه الماي المياه المي`, `البيضا البيضاء البيضه الابيض الزرقا الزرقاء الازرق السودا السوداء`),
	// Gums that bleed at the brush («لثتي بتنزف مع الفرشاة», "my gums bleed when I brush"): the gum
	// disease the pages tell of, not a bleed to stop.
	rule(7, `لثه لثتي لثته لثتها لثتك لثاتي اللثه اللثات gum gums`, `تنزف ينزف بتنزف بينزف عم_تنزف نزف* bleed*`, `فرشا* الفرشا* بالفرشا* تفريش* بالتفريش* افرش* يفرش* تفرش* نفرش* بفرش* brush* floss*`),
	// Walking far that a knee or a back holds back («msh ha2dar amshi kteer», "can't walk far") is not
	// weakness of a limb.
	rule(2, `امشي يمشي تمشي نمشي amshi emshi imshi yemshi yimshi temshi timshi nemshi walk`, `كثير كتير مسافات مسافه لمسافات ktir kteer ktheer ketir far`),
	// Nor standing long, or holding off long («ما بقدر اوقف كتير», "can't stand for long"): the writer's
	// own verb, which is also stopping (a habit); a bleed that will not stop is told of the bleed.
	rule(2, `اوقف`, `كثير كتير طويل ktir kteer ktheer ketir`),
	// Nor stopping a habit asked of («متى اقدر اشرب سيجاره… ماقدر اوقف»): smoking, not standing.
	rule(8, `اوقف`, `سيجار* السيجار* بسيجار* سجاير* السجاير* دخان الدخان تدخين* التدخين* شيش* الشيشه معسل* المعسل smok* cigar*`),
	// Walking or lifting that pain holds back («ما يقدر يمشي كثير من ألم الركبة») is not weakness.
	rule(4, `!يمشي !امشي !تمشي !نمشي !ارفع* !يرفع* !ترفع* !احرك* !يحرك* !تحرك* walk* lift* move*`,
		`من_الم من_الالم من_وجع* من_الوجع* بسبب_الم بسبب_الالم بسبب_الوجع* because_of from_the_pain from_pain`),
	// And in English, told further off ("can't lift my arm above my shoulder because it hurts", and
	// "…without pain" as painLimited reads it): the pain's limit, as the pages of a sore shoulder tell it.
	rule(8, `lift* raise* move* walk*`, `because_it_hurts cause_it_hurts coz_it_hurts as_it_hurts too_painful too_sore because_of_the_pain`),
	// A joint stiff or frozen (for months, as it is told) that cannot be lifted, or barely.
	rule(8, `متيبس* تيبس* متجمد* مجمد* تجمد* متصلب* تصلب* متخشب* stiff* frozen`,
		`!ارفع* !يرفع* !ترفع* !احرك* !يحرك* !تحرك* !اتحرك* !يتحرك* !تتحرك* !raise* !lift* !move* barely_raise* barely_lift* barely_move* hardly_raise* hardly_lift* hardly_move* بالكاد_ارفع* بالكاد_يرفع* بالكاد_ترفع* بالكاد_احرك* بالكاد_يحرك* بالكاد_تحرك*`),
	// A cut while shaving or cooking («الشفرة جرحت ايدي وانا بحلق», "cut my finger while cooking") is
	// an accident, no harm meant.
	rule(6, `جرحت جرحتني جرحني جرحتها جرحته انجرحت انجرح جرح cut cuts nicked`, `وانا_بحلق وانا_احلق وانا_اطبخ وانا_بطبخ وانا_اقطع وانا_بقطع وهو_يحلق وهي_تطبخ while_shaving while_cooking while_chopping when_shaving when_cooking shaving_and cooking_and`),
	// A sensitivity to light («حساسية من الضوء», "sensitive to light") is of the eyes, no allergy.
	rule(2, `حساسيه حساسيتي حساسيته حساسيتها حساسيه_شديده sensitive sensitivity 7asasiye 7sasiye 7asasia 7assasiya`, `الضوء للضوء الضو للضو النور للنور الشمس للشمس الاضاءه للاضاءه light daw2 dow2 el_daw2 lel_daw2 nour nur`),
	// Numb from the anaesthetic («فمي مخدر بعد البنج», "numb from the anaesthetic"): the anaesthetic
	// working, not a nerve failing.
	rule(4, `مخدر مخدره مخدرين تخدير خدران خدرانه منمل منمله تنميل numb numbness m5adar mkhadar m5adra mkhadra`, `البنج بنج بالبنج للبنج ابره_البنج anaesthetic anesthetic anaesthesia anesthesia banj el_banj lbanj`),
	// A neck told tight or tense («رقبتي مشدودة», "my neck feels tight"), a headache beside it or not,
	// is a muscle's tension; a fever with a stiff neck is read before these rules (feverNeck).
	rule(2, `رقبتي رقبته رقبتها رقبتك الرقبه رقبه neck rgbti ra2abti 2ab2abti`, `مشدوده مشدود مشدودين tight tense tensed mashdoode mashdood mshdode`),
	// A broken heart («قلبي مكسور», "my heart is broken") is a sorrow, not the heart failing.
	rule(3, `heart قلبي قلبه قلبها قلبو 2albi albi galbi qalbi`, `broken broke breaking مكسور مكسوره انكسر انكسرت تكسر maksoor maksour maksur inkasar nkasar`),
	// «ضاق صدري» of being fed up, and what the prices do to one's eyes, heart or breath, are figures of speech.
	rule(4, `ضاق ضايق ضايقه ضاقت`, `صدري نفسي خلقي`, `طفش* زهق* زعل* قهر* مليت ملل*`),
	rule(4, `تنزف ينزف نزف* دم* نفس* قلب* جلطه جلطني heart* breath* bleed* faint* attack chok* اختنق* مخنوق* خنق* عيوني عيني عيونه عينه عيونها عينها طارت طار eyes `+chokeZ, `من_الاسعار من_السعر من_اسعار* شفت_سعر* شفت_السعر شفت_الاسعار شفت_اسعار* من_الفاتوره من_الحساب the_prices these_prices this_price price_list the_bill mn_el_2as3ar mn_l2as3ar mn_2as3ar* min_el_2as3ar mn_el_as3ar mn_as3ar* mn_el_fatoura mn_el_7sab`),
	// Work that chokes one, or breath short "from all the shifts" («الشغل خانقني ومو كادر أتنفس من كثر
	// الدوام»): being overworked, not a breath.
	rule(2, `الشغل الدوام العمل`, `خانقني خانقتني خانقنا مخنوق مخنوقه`),
	rule(5, `اتنفس نتنفس تنفس`, `من_كثر_الدوام من_كثر_الشغل من_كثر_العمل من_كتر_الشغل من_كتر_الدوام من_كثر_الضغط`),
	rule(4, `كتمه كتمة اختنقت انخنقت انخنق اتخنقت اتخنق اختناق مخنوق* خنقه يخنق* تخنق* بتخنق* بيخنق* `+chokeZ, `زحمه زحمة الزحمه za7me* za7ma* zahme* z7me* z7ma*`),
	// Paralysed by a wait or by boredom («انشليت من الانتظار», «اتشليت من الملل»): a figure of speech.
	rule(3, `انشليت انشلت انشل انشلينا اتشليت اتشلت اتشل مشلول مشلوله شلني شلتني nshalet nshallet nshalleit nshalleit enshalet itshalet mashlool mashloul`,
		`من_الانتظار من_الانتظار من_الملل من_الطفش من_الزهق من_القعده من_الوقفه من_الدوام من_الشغل من_الزحمه الانتظار الطابور mn_el_entizar mn_el_intizar mn_el_estina mn_el_malal mn_el_zah2 from_waiting from_the_wait`),
	// A camera or a screen that shows things double («الكاميرا تطلع الصورة دبل») is the device's, not the sight.
	rule(4, `الكاميرا كاميرا الكامره تصوير اصور يصور الشاشه شاشه التلفون الجوال الموبايل camera photo photos screen kamera`, `دبل دوبل مزدوج* مزدوجه double doubled dobl`),
	// A distress of the mind («ضيقة نفسية», «نفسيتي تعبانة», "feeling low") is a mood, not the breath:
	// «نفسية» is the psyche, never the breath «نفَس».
	rule(2, `ضيق* ضايق* تعب* تعبان* تعبانه حاله* مرهق* ازمه* ضغط* متضايق*`, `نفسيه نفسيا نفسيتي نفسيته نفسيتها نفسيتو`),
	// Breath short from the heat is the weather, not the lungs («ضيق النفس من الحر بس»).
	rule(3, `نفس* تنفس* اتنفس* breath* breathless nafas* tnafos*`, `من_الحر من_الشوب من_حر from_the_heat in_the_heat mn_el_7ar mn_l7ar mn_el_shob`),
	// Breath short from fear or nerves («ما اقدر اتنفس من الخوف», "ma agdar atnaffas mn el khof") is how
	// fear feels, told as its cause, not the lungs.
	rule(3, `نفس* تنفس* اتنفس* breath* breathless nafas* tnafos* atnaffas* atnafas* tnaffas* tnafas* etnaffas* etnafas* yetnaffas* btnaffas*`,
		`من_الخوف من_خوفي من_التوتر من_القلق من_الرعب mn_el_khof mn_el_5of mn_l5of mn_el_khouf mn_el_5ouf min_el_khof min_el_5of men_el_khof men_el_5of mn_5ofi mn_khofi from_fear from_the_fear out_of_fear from_nerves from_anxiety from_panic`),
	// «هل اقدر…؟», «كيف اقدر…؟» (can I…?, how can I…?) ask leave or a way: its «اقدر» tells no inability
	// («كيف اقدر اتنفس بشكل طبيعي اثناء العملية؟», «تمارين تنفس، هل اقدر اسويها؟»).
	rule(1, `هل كيف شلون`, `^اقدر ^بقدر ^يقدر ^تقدر`),
	// Breathing through the nose or the mouth, the one or the other («اقدر اتنفس من خشمي؟»): how one
	// breathes, not a breath gone (as notByNose for the patterns).
	rule(3, `اتنفس يتنفس تتنفس نتنفس تنفس التنفس`, `من_خشمي من_خشمه من_خشمها من_انفي من_انفه من_انفها من_فمي من_فمه من_فمها من_تمي من_تمه من_بقي من_بقه من_مناخيري بخشمي بانفي بفمي عن_طريق_الانف عن_طريق_الفم`),
	// Numbness wearing off, slowly («the numbness is wearing off slowly»): the anaesthetic going.
	rule(6, `numb numbness مخدر* تخدير* خدر* خدران* m5adar* mkhadar*`, `wearing_off wears_off wore_off worn_off بدا_يروح بلش_يروح قاعد_يروح عم_يروح بدا_يخف بلش_يخف`),
	// An eye that waters or burns from the air conditioning («3ayni tdamma3 w t7arragni min el
	// mukayyif»): a dry eye's, the cause told.
	rule(5, `mukayyif* mkayyif* mkayef* mokayef* mkayyef* mokayyef* مكيف* المكيف air_conditioning aircon air_con`, `t7arragni* t7ar2* 7ar2* 7arr2* tdamma3* btdamma3* damma3* تدمع* بتدمع* دمع* تحرقني* بتحرقني* حرقان* حرقه* burn* stings stinging watering watery dry* جاف* جفاف jafaf*`),
	notWishToDie,
	// Dying of embarrassment, of laughter, of boredom or hunger («بدي موت من الخجل», "dying of
	// embarrassment"): a figure of speech (not of grief or despair, which may be the wish itself).
	rule(2, `اموت موت نموت بموت بموت حموت هموت رح_اموت رح_موت راح_اموت die dying died amoot amout mout bmout nmout tmout ymout`,
		`من_الخجل من_الكسوف من_الاحراج من_الحرج من_الحيا من_الضحك من_الملل من_الطفش من_الجوع من_العطش من_الحر من_البرد من_الفضول of_embarrassment of_shame of_boredom of_hunger of_laughter laughing mn_el_5ajal mn_el_khajal mn_el_kosof mn_el_da7k mn_el_7ar mn_el_ju3 mn_el_jo3 mn_dd7k men_dd7k mn_d7k mn_da7k mn_ed7k mn_l7chma mn_ljou3 mn_ljo3 mn_lju3`),
	// Gone blind looking for something («عميت وأنا أدور على زر الحجز», "went blind searching your
	// site"): the eyes tired by the search, a figure of speech.
	rule(3, `عميت عمتني عماني عميني blind 3meet 3mit`, `وانا_ادور وانا_بدور وانا_ادور_علي وانا_ابحث وانا_بدور_علي وانا_اتدور من_الدوره من_التدوير من_البحث looking_for searching trying_to_find w_ana_adawer w_ana_bdawer`),
	// Feeling as if one will faint from nerves ("so anxious I feel like I'm going to pass out") is how
	// fear feels, not a faint: what is felt coming, with the fear named.
	rule(12, `anxious nervous scared terrified frightened panicky panicking stressed`, `feel_like feels_like feeling_like`, `pass_out faint fainting`),
	// What a toxin does, told as what it is ("it paralyzes muscles, right?", "the toxin basically
	// paralyses the muscle"): a treatment's working asked of, no face or limb gone weak now.
	rule(3, `paralyzes paralyses`, `muscle muscles the_muscle the_muscles nerve nerves the_nerve the_nerves`),
	// Keeping or putting oneself somewhere («a5alli nafsi bel sarir», «اخلي نفسي بالسرير», "should I keep
	// myself in bed?"): the self, not the breath («نفس»).
	rule(2, `a5alli a5ali akhalli akhali a5lli n5alli nkhalli 5alli khalli t5alli tkhalli y5alli ykhalli a7ot a7utt n7ot اخلي نخلي خلي تخلي يخلي احط نحط`, `nafsi nafsak nafsik nafso nafsu nafsha nefsi nefsak nefso نفسي نفسك نفسه نفسها`),
	// "A faint bruise", "the faint line": the adjective.
	rule(1, `a_faint the_faint`, `faint`),
	// Not knowing how to swallow pills («ولدي ما يعرف يبلع الحبوب»): a child's skill, not a swallow gone
	// wrong (not «ما يقدر يبلع», unable).
	rule(3, `!يعرف !تعرف !اعرف !نعرف !بيعرف !بتعرف !عارف !عارفه !يعرفش !تعرفش !بيعرفش !بتعرفش`, `يبلع تبلع ابلع نبلع`, `الحبوب حبوب الحبه حبه حبوبه حبوبها البرشام برشام الكبسولات كبسولات الكبسوله كبسوله`),
	// Sight blurred by eye drops (those that widen the pupil for an exam): what drops do, for a while.
	rule(6, `قطره* القطره قطرات* بالقطره drops dilat* توسيع* التوسيع 2atra* 9atra* gatra* qatra* tawsee3* tawse3* tawsi3*`, `مغبش* غباش* غبش* ضباب* زغلل* مزغلل* مشوش* تشوش* blurr* fuzzy hazy mghab* mghb* zaghl* mzaghl* mshaw*`),
	// Drops that widen the pupil blur the sight for hours, told further from the blur ("my vision is
	// blurry for a few hours after the dilating drops").
	rule(10, `after_the_dilating after_dilating after_the_dilation after_dilation from_the_dilating from_dilating بعد_قطره_التوسيع بعد_التوسيع بعد_قطره_توسيع ba3d_el_tawsee3 ba3d_2atrat_el_tawsee3`, `مغبش* غباش* غبش* ضباب* زغلل* مزغلل* مشوش* تشوش* blurr* fuzzy hazy mghab* mghb* zaghl* mzaghl* mshaw*`),
	rule(5, `faint* fainted اغمي اغمى يغمي* يغمى* هيغمي* هيغمى* حيغمي* بيغمي* تغمي* اتنفس* تنفس* زغلل* تزغلل* ghmi* ghmy* yghmi* tghmi* bighmi* btghmi* ytghmi*`, `الاسعار اسعار* as3ar* 2as3ar* el_as3ar* l2as3ar* prices lol lmao haha hahaha beautiful gorgeous amazing من_الحلا* من_جمال* من_الفرحه من_الفرح من_الحماس من_الصدمه from_joy مجرد_التفكير من_التفكير لما_افكر بمجرد_ما_افكر just_thinking thinking_about_it the_thought_of`),
	// Swallowing an idea or someone's words is a figure of speech («ما اقدر ابلع فكرة الابر»).
	rule(1, `بلع* ابلع* يبلع* تبلع* نبلع* swallow*`, `فكره* الفكره الموضوع هالموضوع كلامه كلامها كلامك كلامهم الخبر هالخبر حقيقه* the_idea the_thought`),
	// Swallowing one's pride or ego is a figure of speech ("I'm swallowing my pride and asking").
	rule(2, `بلع* ابلع* يبلع* تبلع* نبلع* swallow*`, `pride ego كرامتي كرامته كرامتها كبريائي كبرياءي كبرياء*`),
	// A medicine for fits («حبوب الصرع», "seizure pills", "ba5od … lel tashannogat") is a condition
	// treated, not a fit now; a fit told beside it still fires.
	rule(1, cFitNamed, cMeds),
	// The same in Arabizi, with the article apart («3la dawa el sara3»).
	rule(2, `dawa_el dwa_el dawa_al dwa_al el_dawa_el 3ilaj_el 3elag_el 3ilaj_al 7obob_el 7boob_el adwiyat_el`, cFitNamed),
	rule(3, `ba5od* a5od* bakhod* akhod* bta5od* btakhod* by5od* ya5od* ta5od* na5od* باخد باخذ اخذ اخد ناخد ناخذ بياخد بتاخد ياخذ تاخذ ياخد تاخد take takes taking on 3ala 3la `+cMeds,
		`for_seizure* for_fit* for_epilep* for_convuls* for_my_seizure* for_his_seizure* for_her_seizure* for_the_seizure* lel_tashan* lil_tashan* ll_tashan* lel_sar3 lil_sar3 للتشنج* للصرع ضد_التشنج* ضد_الصرع anti_seizure antiseizure anti_epilep* antiepilep*`, cFitNamed),
	// Fits told as a condition held steady («الصرع عندي مستقر على الدوا», "epilepsy well controlled",
	// «épilepsie mstabla b dwa»): what the patient lives with, not a fit now; a fit told beside it
	// still fires.
	rule(4, cFitNamed+` épilep* epilepsie`, cSteady),
	// On a medicine for fits ("on levetiracetam for my seizures", «3ala dwa lel tashannojat»).
	rule(5, `on 3ala 3la`, `for_my for_his for_her for_the for_seizure* for_epilep* for_fit* lel lil ll`, cFitNamed),
	// Pills too big to swallow or bitter («الحبوب كبيرة ما اعرف ابلعها», "the tablets are huge, hard to
	// swallow"): their size or taste, not the throat closing.
	rule(6, cSwallowVerbs, cMeds+` حبه حبات قرص اقراص كبسول* كبسوله حبايه الحبايه حبيه الحبيه 7obob 7oboob 7abba 7aba 7abaya 7abbaya 7baya 7bbaya 9ors 2o2ras pill tablet capsule* painkiller*`,
		`كبير* كبار* ضخم* حجم* طعم* طعمها طعمه مر مره big bigger huge large size taste* bitter kbeer* kbir* kbira kbar* kebira kbera kebeer* kebir* ta3m* 7ajm*`),
	// Pills taken "like candy" or «زي الحلاوة» is a figure of speech for many, over days.
	rule(3, cMeds+` painkiller* pill`, `like_candy like_sweets زي_الحلاو* زي_الحلوي مثل_الحلاو* مثل_الحلوي متل_الحلاو* كالحلوي zay_el_7alawa* zay_7alawa* zay_el_bonbon* kal_7alawa*`),
	// Asking leave to swallow a medicine («واش نقدر نبلع الدوا نهار الحقن؟», "can I swallow my pills
	// before it?", «تقدر تبلع كبسولة المضاد؟», "if I can swallow painkillers"): a question of taking it,
	// with no trouble told.
	rule(4, `^نقدر ^اقدر ^يقدر ^تقدر ^ينفع ^ممكن ^يصلح ^n9der ^na9der ^a9der ^nagder ^agder ^agdar ^nagdar ^a9dar ^n9dar ^aqdar ^naqdar ^a2dar ^n2dar ^a2der ^n2der ^ynfa3 ^momken ^mumkin can_i may_i could_i ok_to okay_to if_i_can whether_i_can`, cSwallowVerbs, cMeds+` كبسول* الكبسوله حبه_المضاد قرص اقراص pill pills tablet capsule* 7abba 9ors`),
	// Fainting at the sight of blood or needles told as a habit ("I always faint when I see blood",
	// «دايما يغمى علي لما اشوف دم»): a history asked about, not a faint now; not blood coughed up
	// ("she keeps fainting every time she coughs up blood").
	rule(8, `faint faints fainted fainting pass_out passes_out اغمي* اغمى* يغمي* يغمى* بيغمي* بيغمى* ghmi* yghmi* btghmi*`, `always usually every_time whenever دايما دايم عاده كلما كل_مره dayman daymn 3ada`, `blood needle* injection* jab jabs shots دم الدم ابر* ابره* الابر حقن* dam damm el_dam ibar* ebar*`, `see sees saw seeing sight اشوف يشوف تشوف نشوف شاف شافت شفت يشوفون shoof* ashoof* yshoof* tshoof* ashof*`),
	// A risk told of anyone ("it can paralyse you"): the modal and the impersonal you, not a limb gone
	// ("my arm is paralysed, can you help?" has neither next to it).
	rule(2, `can could will would might may`, `paralyse_you paralyze_you`),
	// A toothache "killing me" is a toothache told strongly, not a pain that is an emergency (the chest's
	// is read by its own rules).
	rule(3, `tooth teeth toothache* molar* molars`, `killing`),
	// Out of breath from laughing is a figure of speech.
	rule(3, `ضحك* الضحك laugh* laughing`, `نفس* breath*`),
	// «ضحكت لين ما قدرت اتنفس», "laughed so hard I couldn't breathe": a laugh that went as far as the
	// breath. Not a laugh and then the breath gone («كان يضحك وفجأة ما قدر يتنفس»).
	rule(7, `ضحك* الضحك laugh* laughing`, `لين لحد لدرجه حتي so_hard so_much till until`, `نفس* اتنفس* تنفس* يتنفس* تتنفس* breath*`),
	// The heat, the weather or a crowd that is "suffocating", or that stifles the writer («عم اختنق من
	// الحر برا»), is a figure of speech.
	rule(3, `heat weather humid* humidity traffic crowd* الحر حر الحراره الجو الشوب شوب الرطوبه رطوبه الزحمه زحمه`, `suffocating stifling خانق خانقه يخنق اختنق* مخنوق* انخنق* خنقني خنقتني خانقني خانقتني بختنق* عم_اختنق* suffocat* choking dying`),
	// A course of pills to finish («لازم اخذ حبوب المضاد كلها؟») is no overdose.
	rule(2, `لازم يجب ضروري اكمل نكمل تكمل يكمل كمل`, `اخذ ناخذ ياخذ تاخذ اخد ناخد ياخد تاخد اخذها اخذه`),
	// «الموية البيضا», «المية الزرقا» (cataract, glaucoma) name an eye's disease, not water that will
	// not go down. «الماء» with its article: bare, it folds to the negation «ما» («…وزرقا والالم ما
	// يطاق» is a limb gone blue).
	rule(2, `مويه ميه مياه الماء موي mayye mayya mayyeh moye maya moya mayah`, `البيضا البيضاء بيضا بيضاء بيضه الزرقا الزرقاء زرقا زرقاء bayda bayda2 baida beida beda bida bay6a bai6a bay da zar2a zarqa zar2a2 zar2`),
	// A pain that reaches the ear («الم قوي يوصل لاذني», "pain going up to my ear"): a tooth's socket or a
	// jaw, as the pages tell it, no sign of its own; another sign told with it is still read.
	rule(4, `الم* وجع* pain ache* aching`, `يوصل_لاذني يوصل_للاذن يوصل_لاذنه يوصل_لاذنها توصل_لاذني لاذني للاذن to_my_ear to_the_ear into_my_ear towards_the_ear up_to_my_ear`),
	// "Back then", "back in the day": a time, not the back hurt in a fall.
	rule(1, `back_then back_in_the_day back_in_those_days`),
	// A tooth broken or chipped («السن مكسور من الطرف ويجرح لساني», "a chipped tooth"): the tooth's, not
	// speech broken nor a bone.
	rule(3, `سن سني سنه سنتي ضرس* tooth teeth`, `مكسور* مكسوره انكسر* انكسرت كسر* متكسر* broken chipped cracked snapped`),
	// A slight swelling at the place treated («وجهي وارم شوي مكان الزراعه», "a bit swollen at the
	// injection site"): the treatment's expected effect, not a face swelling up.
	rule(6, `ورم* وارم* وارمه متورم* تورم* انتفاخ* منتفخ* منفوخ* swell* swollen puff*`, `شوي شويه بسيط* خفيف* little bit slight* slightly mild* a_touch`, `مكان_الزراعه مكان_الزرعه مكان_الخلع مكان_العمليه مكان_الحقن مكان_الحقنه مكان_الابره مكان_الابر injection_site at_the_site around_the_site where_i_was_injected where_they_injected`),
	// A milk tooth («ضرسه اللبني», "baby tooth") that falls out is a child growing, whatever is done with it.
	rule(2, `سن* ضرس* اسنان* tooth teeth sinn* senn* sen sena snan* asnan* dars* ders* dirs*`, `اللبني اللبنيه لبني لبنيه el_labani el_labaniya el_labaneya labani labaniya labaneya lbani lbaniya`),
	// Both words go (a phrase term would take out its first word alone, leaving the tooth).
	rule(2, `milk baby`, `tooth teeth`),
	// Darkness under or around the eyes («سواد تحت عيوني», "dark circles under my eyes"): the skin,
	// not the sight going dark.
	rule(3, `سواد السواد اسوداد الاسوداد هالات الهالات ظل ظلال black dark darkness circles swad sawad`, `تحت حول حوالين حوالي under around ta7t t7t`, `عين* عيون* العين* العيون eye eyes 3in* 3en* 3yoon* 3youn* 3ayn*`),
	// Puffiness under the eyes («كريم لانتفاخ تحت العين من السهر», "puffy under-eyes"): the skin's bags,
	// not an eye swelling shut.
	rule(3, `انتفاخ* لانتفاخ* الانتفاخ* نفخه puffiness puffy bags`, `تحت under ta7t t7t`, `عين* عيون* العين* العيون eye eyes 3in* 3en* 3yoon* 3youn* 3ayn*`),
	// Scratching till the skin is hurt («تحك بالليل لين تجرح نفسها», «بيهرش لحد ما يجرح حاله», "scratches
	// till he makes himself bleed"): an itch, no harm meant. A wound told without the scratch still fires.
	rule(6, `تحك يحك احك نحك بتحك بيحك بحك تحكحك يحكحك تحكها يحكها تحكه يحكه حك الحك حكه تهرش يهرش اهرش بتهرش بيهرش هرش الهرش بهرش scratch scratches scratching scratched itch itches itching`,
		`لين لحد لدرجه حتي till until so_hard so_much`, `تجرح* يجرح* جرح* اجرح* نجرح* تدمي* يدمي* تدمم* يدمم* ينزف* تنزف* bleed* cut* hurt* wound* raw`),
	// A device that blows air into the eye («الاجهزه اللي بتنفخ بالعين», «الجهاز اللي ينفخ هوا»), and air
	// blown: the test, not a swelling.
	rule(3, `جهاز* الجهاز اجهزه الاجهزه اله الاله الالات مكنه المكنه ماكينه الماكينه`, `اللي الي يلي اللى التي الذي`, `ينفخ تنفخ بينفخ بتنفخ بينفخو بتنفخو بنفخ نفخ`),
	rule(2, `ينفخ تنفخ بينفخ بتنفخ بنفخ نفخ نفخه نفخة نفخات النفخه`, `هوا هواء الهوا الهواء بالهوا بالهواء`),
	// Not speaking a language («I can't speak Arabic well», «ما بعرف احكي انجليزي», «mesh ba3raf
	// atkallem english»): a language not known, not speech gone.
	// The inability goes with them: «cannot» left behind would be read with the next "talk".
	rule(4, `can_t cant cannot can_not couldn_t couldnt don_t dont doesn_t doesnt not ما مش مو مب بعرف اعرف يعرف تعرف بيعرف بتعرف ba3raf ba3ref a3raf a3ref ba3rafsh`, cSpeakVerbs, cLanguages),
	rule(3, cSpeakVerbs, cLanguages),
	// Handing out things ("passing out flyers", "passed out the leaflets"): no faint.
	rule(2, `passing_out passed_out pass_out passes_out`, `flyer* leaflet* brochure* pamphlet* card* sample* samples candy sweets snacks papers forms tickets invitation* coupon* voucher* menus water food gifts`),
	// Sand or grit felt in the eye («كنحس بحال الرملة فعيني», "feels gritty, like sand in my eye"):
	// a dry or irritated eye, nothing that threatens the sight.
	// Told as a feeling («كأن», «بحال», "feels like"): sand got into an eye is told otherwise.
	rule(6, `بحال زي كأن كان كاني كانه كانها كانو مثل متل احس حاس حاسه حاسس كنحس نحس ehsas e7sas ihsas zay zai ka2en ka2enno ka2anno b7al bhal feel feels feeling like as_if gritty`, `رمل رمله الرمله برمل بالرمل الرمل رملة حصي sand sandy grit raml rmel rmla ramel ramla`, `عين* عيون* فعيني فعينيا eye eyes 3in* 3en* 3ayn* 3yoon* 3youn*`),
	// A nose or a gum that bleeds a few drops («انفي بينزف نقطتين», "a few drops of blood"): a trace,
	// not a bleed to stop.
	rule(2, `ينزف* تنزف* بينزف* بتنزف* نزف نزيف كينزف* كتنزف* bleed* bleeding`, `نقطه نقطتين نقط نقاط قطره قطرات drop drops drops_of few_drops a_few_drops`),
	// A tooth that hurts with cold, heat or sweets («سناني كيتوجعو مع البارد», "my teeth ache with cold
	// drinks"): a tooth's nerve answering, not an emergency.
	rule(6, `سن سني سنه سنان اسنان اسناني سناني ضرس ضرسي ضروس tooth teeth snan snani asnan asnani sinan sini darsi ders dersi`,
		`يوجع* توجع* بيوجع* بتوجع* تالم* يالم* بتالم* بيالم* كيتوجع* كتوجع* تتوجع* يتوجع* وجع* الم hurt* ache* aching sore sensitive kaytwj3* katwj3* kaywj3* katwja3* kaytwja3* bt2lm* by2lm* bet2lm* t2lm* y2lm* btewja3* bewja3* btwja3* bywja3* ywja3* twja3* yoja3* toja3*`,
		`مع_البارد مع_البرد مع_الحار مع_السخن مع_الحلو مع_المويه_البارده مع_الماي_البارد بالبارد للبارد من_البارد الساقع بالساقع m3a_lbard m3a_lbared ma3_el_bared ma3_el_bard m3a_l7ar m3a_l7lw ma3_el_7elw ma3_el_sa23 m3a_el_sa23 mn_el_bared with_cold with_heat with_hot with_sweets with_anything_cold with_cold_drinks`),
	improving,
	// A hold lost to the degree of something else («ايدي ترجف لدرجة ما اقدر امسك القلم», "my palms are wet
	// so much I can't even hold a pen"): the cause is told, and it is no hand gone weak; a hand told weak
	// still fires by its own rules.
	rule(6, `so_much so_badly that_much too_much لدرجه لدرجة من_كثر من_كتر la_daraja* ladaraja* ladarajet*`, `hold* holding grip* امسك* يمسك* تمسك* مسك* بمسك* amsek* amsik* emsek*`),
	// Bumps red and puffed around each hair after laser or waxing («حبوب حمرا ومنفوخة حوالين كل شعراية»,
	// "swollen bumps around the hairs"): the follicles answering, as the pages tell, not an allergy.
	rule(5, `منفوخ* منتفخ* انتفاخ* متورم* ورم* swollen swelling puffy raised`, `حوالين حول حوالي around`, `شعرايه* شعره* شعر* الشعر الشعره بصيل* البصيل* follicle* hair hairs`),
}

// cSpeakVerbs are the verbs of speaking; cLanguages the languages a patient may not speak.
const (
	cSpeakVerbs = `speak* talk* اتكلم* يتكلم* تتكلم* بتكلم* احكي يحكي تحكي بحكي اهرج يهرج تهرج احجي يحجي اتحدث* يتحدث* تتحدث* a7ki ya7ki t7ki atkallem* atkalam* yetkallem* tetkallem* betkallem* at7adath*`
	cLanguages  = `فصحي الفصحي بالفصحي فصحا عامي العامي بالعامي العاميه بالعاميه arabic english french urdu hindi tagalog filipino bengali farsi persian turkish spanish german russian chinese عربي العربي بالعربي العربيه بالعربيه عربيه انجليزي انقليزي انكليزي الانجليزي الانقليزي الانكليزي بالانجليزي بالانقليزي بالانكليزي فرنسي بالفرنسي فرنساوي اوردو بالاوردو هندي بالهندي 3arabi 3arabe 3arbi englizi engliizi ingilizi inglizi english engleezi faransawi fransawi fransi`
)

// cFitNamed are the words that name fits (a condition, not how one looks); cMeds the medicines taken for one.
const (
	cFitNamed = `seizure* epilep* convuls* fits صرع* الصرع تشنج* التشنج* sar3 sara3 tashannoj* tashannog* tashanog* tashnoj* tshannoj* tashanoj*`
	cMeds     = `pills meds medication* medicine* tablets drug drugs painkiller* مسكن* المسكن حبه حبة حبوب حبوبه حبوبها دوا دواء دواءه دواه ادويه ادويته علاج* 7boob 7bob 7ubub 7boub 7bub dawa dwa adwiya 3elag 3ilaj 3ilag antibiotique* antibiotic*`
	// cSteady tells a condition held steady on its treatment.
	cSteady = `مستقر* مستقره متحكم* مسيطر* مضبوط* منضبط* متظبط* متضبط* مظبوط* متابع* تحت_المتابعه metzabbat* mitzabbat* metzabat* mezabbat* mazboot* mdabbat* mdabat* mdbbat* metdabbat* mitdabbat* mzabbat* mzbbat* مضبط* مظبط* mit3alag* metaba3* mtaba3* mutaba3* followed_up under_follow* stable controlled under_control well_controlled mstabl* mstab* mesta9er* mst9r* mestaqer* mostaqer* mosta2er* msta2er* madbout* mazbout* mdbout* mzbout*`
	// cSwallowVerbs are the verbs of swallowing, in the dialects and Arabizi.
	cSwallowVerbs = `بلع* ابلع* يبلع* تبلع* نبلع* بيبلع* بتبلع* بنبلع* كنبلع* swallow* bla3* abla3* nbla3* ybla3* tbla3* yibla3* yebla3* tibla3* tebla3* kanbla3* bal3* nebla3* nibla3* ebla3* ibla3*`
)

// improving is a swelling told as going down («متورم شوي بس التورم قاعد يخف»), or a blur as clearing: what is expected after
// a treatment, not a reaction. Not when it does not («ما يخف»), nor «ينزل» alone: a swelling also goes down to the neck
// («الورم ينزل لرقبتي»).
var improving = rule(10, `متورم* تورم* ورم* وارم* انتفاخ* منتفخ* منفوخ* انتفخ* نفخ* swelling swollen puffy puffiness ضبابي* غباش مغبش* blurry blurred hazy foggy`,
	`^يخف ^تخف ^خف ^خفت ^يقل ^تقل ^قل ^قلت كل_يوم_احسن كل_يوم_افضل يوم_عن_يوم احسن_من_امس افضل_من_امس نزل_شوي ينزل_شوي بدا_ينزل بلش_ينزل ^يتحسن ^تحسن ^بيخف ^بتخف ^عم_يخف ^عم_تخف ^قاعد_يخف ^قاعده_تخف ^بيقل ^بتقل ^يهدا ^تهدا ^بيهدا ^بتهدا ^هدي ^هديت going_down going_away easing gone_down getting_better improving ^smaller back_to_normal almost_gone settl*`)

// NewTriage returns the triage of a clinic with rules (nil: the universal red flags alone).
func NewTriage(rules []knowledge.RedFlagRule) *Triage {
	tr := newTriage(rules)
	// The literals' automaton (litscan.go) is built here, once, not on a patient's first message:
	// about a tenth of a second. This triage's own rules are in it; a later one's are tested as before.
	theScanner()
	return tr
}

// newTriage is NewTriage without building the literals' automaton: universal's, made while the
// package initialises, would otherwise close the registry before the red flags and the patterns
// declared after it (or needing what is) register their literals, and every one of those would be
// tested on its own on every message.
func newTriage(rules []knowledge.RedFlagRule) *Triage {
	tr := &Triage{benign: append([]symptomRule(nil), universalBenign...)}
	for _, r := range rules {
		sets := make([]string, len(r.Sets))
		for i, s := range r.Sets {
			sets[i] = strings.Join(s, " ")
		}
		if r.Benign {
			tr.benign = append(tr.benign, rule(benignWindow, sets...))
		} else {
			tr.flags = append(tr.flags, rule(clinicWindow, sets...))
		}
	}
	tr.skel = skeletonRules(tr.flags)
	return tr
}

// universal is the triage of a clinic without red flags of its own.
var universal = newTriage(nil)

// findRedFlag returns the name of the first universal red flag the message shows, or "".
func findRedFlag(t padText) string {
	flag, _ := universal.triage(t)
	return flag
}

// triage returns the name of the first red flag the message shows, or "", and whether it is
// instead a general question about such a risk («هل الدواء يسبب صعوبة بلع؟»).
//
// A message closing on what to do («…شو لازم اعمل؟», "…what should I do?", «…ايش الحل؟») that shows
// no sign is read again without that close: the question asks help for what was told, and tells
// nothing general of it (what it supposes, «لو…», stays in the text and is read as before).
func (tr *Triage) triage(t padText) (flag string, riskAsked bool) {
	flag, riskAsked = tr.triageText(t)
	// A message with Arabizi in it that nothing above finds a sign in, nor asks in general of one, is
	// read again in Arabic letters (readarabizi.go): the Arabizi rules know the spellings they were
	// shown, the Arabic rules the words.
	if flag == "" && !riskAsked && t.scripts()&arabizi != 0 {
		if r, ok := tr.arabiziReading(&t); ok {
			// The net is no judge of a reading: it learned from what patients write, not from
			// spellings a machine chose.
			// Nor is a reading's sign a report when the message as written tells it past or general
			// in Arabizi words the reading left unread («…jal6a el sana el mad6ia»).
			if f, _ := tr.triageText(r); f != "" && f != "net" && !isGeneral(&t) {
				return f, false
			}
		}
	}
	return flag, riskAsked
}

// triageText is triage of the text as written.
func (tr *Triage) triageText(t padText) (flag string, riskAsked bool) {
	flag, riskAsked = tr.triageOf(t, true)
	if flag == "" {
		// A message read as supposing or asking in general («بدي اسأل، اذا النزيف ما وقف… شو بعمل؟»)
		// is not read again without its close: the close is what made it a supposition. Nor is one
		// the rules found no sign in: cut from its close, what it supposes reaches the net as told.
		if loc := closingAsk.FindStringIndex(t.s); loc != nil && loc[0] > 0 && !riskAsked && !supposesAct(t.s) {
			if f, _ := tr.triageOf(newPadText(t.s[:loc[0]+1]), true); f != "" && !broughtForTreatment(f, t.s) {
				return f, false
			}
		}
		if loc := openingFrame.FindStringIndex(t.s); loc != nil && loc[1] < len(t.s) {
			if f, _ := tr.triageText(newPadText(t.s[loc[1]-1:])); f != "" && !broughtForTreatment(f, t.s) {
				return f, false
			}
		}
		if loc := byTheWay.FindStringIndex(t.s); loc != nil && loc[0] > 0 && loc[1] < len(t.s) {
			// What follows "by the way" («بس على فكرة», "3ala fekra") is another matter told after the
			// first (a booking asked, then the sign): read on its own, as after an opening frame.
			if f, _ := tr.triageText(newPadText(t.s[loc[1]-1:])); f != "" {
				return f, false
			}
		}
		if loc := closingNormal.FindStringIndex(t.s); loc != nil && loc[0] > 0 {
			// Asked whether it is normal, a sign told as slight is the expected effect still; and the
			// net, which learned what is asked as normal from the question itself, has no say here.
			rest := withoutRules(newPadText(t.s[:loc[0]+1]), mildSigns)
			if f, _ := tr.triageText(rest); f != "" && f != "net" {
				return f, false
			}
		}
	}
	return flag, riskAsked
}

// supposedAsk is a supposition in the middle of a message, closed by asking what to do («…، لو حسيت
// اني مش قادره اتنفس وانا على الكرسي اعمل ايه؟»): what follows the «لو» is supposed, not told, even
// where a fear's words before it took its opening with them. One of the hypotheticals.
var supposedAsk = regexp.MustCompile(foldPattern(supposedAskAlt))

const supposedAskAlt = ` (و |w |wa )?(لو|اذا|law|lau|lw|iza|eza|ida|izza) (انا |ana |ani |eny |ini )?(حسيت|حس|حست|حسيتي|حسينا|شعرت|صار|صارت|صارلي|حصل|حصلت|حصلي|جاني|جالي|جاتني|طلع|طلعت|7aseit|7aseet|7asset|7asit|7asseit|7aset|sar|9ar|saret|7asal|7a9al|7a9alli|7asalli|gali|galy|ga2ni|jani|ja2ni|gatli)( \S+){0,10} (اعمل ايه|اعمل ايش|اعمل اي|اسوي ايش|اسوي وش|وش اسوي|ايش اسوي|شو بعمل|شو اعمل|شو لازم اعمل|وش لازم اسوي|ايش لازم اسوي|شنو ندير|اش ندير|a3mel eh|a3mel eih|a3mel eah|a3mel ih|ha3mel eh|asawi esh|asawi eish|esh asawi|eish asawi|wesh asawi|shu ba3mel|sho ba3mel|shu a3mel|sho a3mel|what do i do|what should i do|what would i do|what to do)( \S+){0,2} $`

// byTheWay opens another matter in the middle of a message ("by the way", «على فكرة», «بالمناسبة»,
// "3ala fekra"), with a "but" or an "and" before it or not, the «و» glued on or apart («وبالمناسبة»).
var byTheWay = regexp.MustCompile(foldPattern(` (و |بس |but |and |bas |bs |w )?(على فكره|ع فكره|عالفكره|بالمناسبه|وعلى فكره|وبالمناسبه|للعلم|وللعلم|للعلم بس|للمعلوميه|for your information|fyi|just so you know|by the way|btw|3ala fekra|3ala fikra|3la fekra|3a fekra|3al fekra|3ala fe2ra|bel monasba|bil munasaba|bilmunasaba) `))

// openingFrame is what opens a message before what it tells: a greeting, an address to the doctor,
// "quick question:"; it tells nothing of the sign after it.
var openingFrame = regexp.MustCompile(foldPattern(`^ ((ال)?سلام عليكم( و ?رحمه الله( و ?بركاته)?)?|مرحبا|مرحبتين|هلا|اهلا|صباح الخير|مساء الخير|hi|hello|hey|salam|marhaba|good (morning|evening|afternoon)|سؤال|عندي سؤال|quick question|question)( (يا )?(دكتور|دكتوره|doctor|doc|dr))? `))

// closingNormal is a question closing a message whether what it told is normal («…طبيعي؟», "…is that
// normal?"): it asks of the sign told, and tells nothing that makes it less urgent unless told as slight.
var closingNormal = newTailRegexp(regexp.MustCompile(foldPattern(` ((is|is it|is this|is that|this is|that is|هل هذا|هل هو|هذا|هاد|هدا|ده|دا) )?(طبيعي|طبيعيه|عادي|عاديه|normal|3adi|tabee3i|tabi3i|tabe3i)( (ولا لا|ولا|or not))? $`)))

// closingAsk is a question closing a message that asks what to do or for help, in the dialects,
// MSA, English and Arabizi, with a "please" after it or not.
var closingAsk = newTailRegexp(regexp.MustCompile(foldPattern(` ((و |طيب )?((شو|وش|ايش|ايه|شنو|اش|ماذا|ويش) )?(لازم |المفروض |يجب ان |بدي |ابي |اقدر |ممكن |رح |حن )?(اسوي|نسوي|اعمل|نعمل|ندير|نفعل|افعل|بعمل|بسوي|منعمل|اتصرف|نتصرف|اسويله|اسويلها|نسويله|نسويلها|اعمله|اعملها|نعمله|نعملها)( ايه| ايش| شو| وش)?( هلق| هلا| الحين| دلوقتي| الان| هسه| هسا| ذحين)?` +
	`|((شو|وش|ايش|ايه|ما|اش) )?(هو )?(الحل|العمل|الحل الحين|الحل هلق)|ساعدوني|ساعدني|الحقوني|الحقني|انقذوني|دخيلكم|help|help me|help us|please help|pls help|plz help|what (should|do|can|must|shall) (i|we) do( now| about it| about this)?|what to do|what now|what next` +
	`|(shu|sho|esh|wesh|eish|ish|ash|chou|shou) (lazem |lazim |lazm |bade |badi )?(a3mel|n3mel|a3mal|n3mal|asawi|asawwi|nsawi|nsawwi|asawe|ba3mel|ba3mal|b3mel|bna3mel|mna3mel|bsawi|bsawwi|basawi)( (hala2|halla2|hal2a|hla2|hala|halla|delwa2ti|dilwa2ti|dlwa2ti|el7een|al7een|l7een|now))?|(a3mel|n3mel|a3mil|ne3mel|ba3mel|ha3mel) (eh|eih|eah|eeh|eah)( (delwa2ti|dilwa2ti|dlwa2ti|now))?` +
	`)( (pls|please|plz|بليز|الله يخليكم|الله يخليك|الله يعافيك|الله يعافيكم|يا دكتور|يا دكتوره|doctor|doc))? $`)))

// triageOf is triage; with tail, a message whose sign reads as general is read again after its
// first "but" (once: the part after it is read without).
func (tr *Triage) triageOf(t padText, tail bool) (flag string, riskAsked bool) {
	orig := t
	t = conjunctionMa(unsuffixed(t))
	if strings.Contains(t.s, " without ") && painLimited.MatchString(t.s) {
		t = newPadText(painLimited.ReplaceAllString(t.s, "$1 because it hurts "))
	}
	if deniedPre.mayMatch(&t) {
		if s := withoutDenials(t.s); s != t.s {
			t = newPadText(s)
		}
	}
	t = unfeared(t)
	// Coming back somewhere («بترجع عالبيت») is no vomiting, which the same verb tells.
	t = withoutReturning(t)
	// A fit with the patient not responding is read before the benign rules, which take a spasm by a
	// limb for a muscle's («تشنجات في ايده ورجله وما يرد» is no cramp).
	fitNoAnswer := fitUnansweringPre.mayMatch(&t) && fitUnanswering.MatchString(t.s)
	// So is a fever with a stiff neck, which they take for a stiff joint that cannot be moved
	// ("fever 40 and stiff neck, can't move it").
	feverNeck := symptomIn(stiffNeckFevers, &t) != ""
	// What tells a sign as slow or known (unless) is read before the benign rules too: they take out a
	// cataract named by its water («عندي الماية البيضا»), which tells the fog after it as the lens's.
	unlessText := t.s
	if len(tr.benign) > 0 {
		t = tr.withoutBenign(t)
	}
	if laughing.MatchString(t.s) {
		t = withoutRules(t, laughedFigures)
	}
	// A sign told as slight and asked of as normal («ورم بسيط، طبيعي؟», "slight swelling, should I
	// worry?") is the expected effect: the rules read the rest, and the net, which learned signs as
	// told happening, has no say.
	mildAsked := false
	if normalPre.mayMatch(&t) && asksNormal.MatchString(t.s) && !fires(&saddleNumb, &t) {
		u := withoutRules(t, mildSigns)
		mildAsked, t = u.s != t.s, u
	}
	sc := t.scripts()
	for i := range redFlags {
		// unless is asked only of a sign found: nearly every message has none.
		if redFlags[i].match(&t, sc) && !(redFlags[i].unless != nil && (redFlags[i].unless.MatchString(t.s) || redFlags[i].unless.MatchString(unlessText))) {
			flag = redFlags[i].name
			break
		}
	}
	if flag == "" && fitNoAnswer {
		flag = "seizure"
	}
	if flag == "" && feverNeck {
		flag = "fever"
	}
	if flag == "" {
		flag = symptomOf(&t)
	}
	if flag == "" && len(tr.flags) > 0 {
		flag = tr.clinicFlag(tr.flags, &t)
	}
	if flag == "" && sc&arabizi != 0 {
		for _, sk := range skeletonTexts(&t) {
			// Double sight told as long-standing is a cataract's question, as symptomOf reads it; and
			// with both eyes named («lel 3enen el etnen»), symptomOf read it without them already.
			fs := skeletonFlags
			if longStandingPre.mayMatch(&t) && longStanding.MatchString(t.s) || withoutRules(t, bothEyes).s != t.s {
				fs = skeletonFlagsNotDouble
			}
			if flag = symptomIn(fs, &sk); flag == "" && len(tr.skel) > 0 {
				flag = tr.clinicFlag(tr.skel, &sk)
			}
			if flag != "" {
				break
			}
		}
	}
	// Whether the message speaks in general is asked only of one showing a sign: most show none.
	if flag != "" {
		if broughtForTreatment(flag, orig.s) {
			return "", false // a spasticity or a weak walk brought for treatment
		}
		if mutedAsTold(flag, orig) {
			// What mutes this sign is told of it alone (sight lost before, weakness left from a
			// stroke): another red flag in the same message still stands («…النظر اللي راح مش
			// هيرجع… وبفكر أأذي نفسي»).
			if !isGeneral(&t) {
				for i := range redFlags {
					if f := redFlags[i].name; f != flag && !mutedAsTold(f, orig) && redFlags[i].match(&t, sc) &&
						!(redFlags[i].unless != nil && redFlags[i].unless.MatchString(t.s)) {
						return f, false
					}
				}
			}
			return "", true
		}
		// Another's sign the writer fears will be theirs ("my friend fainted… now I'm scared the same
		// will happen to me") is a family's history, and a dread told in a fear («تخاف… لدرجة انها
		// بتقول هيغمى عليها») is a dread: the fear, taken out of t, is what tells them. So is a
		// supposition asked what to do (supposedAsk) whose «لو» the fear took with it.
		if generalFor(flag, &t) || flag != "self-harm" && (familyHistory(&orig) || dread.MatchString(orig.s) || supposedAsk.MatchString(orig.s)) && !(ongoingPre.mayMatch(&orig) && ongoing.MatchString(notOngoing(orig.s))) {
			// What is past, supposed or asked in general before a "but" does not reach the sign
			// when the message tells it after the "but" («…والحبوب خفت الحمدلله بس صرت افكر اني
			// اأذي نفسي»): that part, read on its own, shows the same sign now.
			if after, ok := afterContrast(orig); ok && tail {
				if f, _ := tr.triageOf(after, false); f == flag {
					return f, false
				}
			}
			// Nor does a supposition asked after the sign is told («I can't breathe and my lips are
			// swelling, what if it's an allergy?»): it asks of the sign's cause; the part before it, read
			// on its own, is a report.
			if loc := hypothetical.FindStringIndex(orig.s); loc != nil && loc[0] > 0 && tail {
				if f, _ := tr.triageOf(newPadText(orig.s[:loc[0]+1]), false); f == flag {
					return f, false
				}
			}
			// Nor does a question asked "because" of what follows («…؟ أسأل لأن…», "…? I ask because
			// lately…"): the reason is told, not asked, and a sign in it read on its own is a report.
			if after, ok := afterBecause(orig); ok && tail {
				if f, _ := tr.triageOf(after, false); f != "" && f != "net" {
					return f, false
				}
			}
			return "", true
		}
		return flag, false
	}
	if flag = tr.lastResortFlag(orig, t); flag != "" && (generalFor(flag, &t) || flag == "vision" && asksSightBack(orig)) {
		return "", false
	}
	// The learned net (flagnet.go) is the last word on a message the rules find nothing in, and is
	// held to what the rules are: a message that denies, fears, supposes or asks in general is none,
	// nor one the benign rules read something normal in (a figure of speech, a wish not to die).
	// Nor one told as come with age and not sudden now («صارت رجولها تضعف مع العمر»), or as changing
	// year by year: the rules read the red flags so told; the net learned how a sign is told happening.
	// Coming back somewhere («ورجعت للدكتور») is no vomiting to the net either. Nor is what is brought
	// for treatment with no time of its own («جلطة من سنة ونص وإيده متشنجة، بيفيده العلاج؟»): the
	// rules read what such a message tells happening now.
	if flag == "" && !orig.reading && !mildAsked && netFlagsRead(orig) && !laughing.MatchString(t.s) && tr.reports(orig) && !tr.readsNormal(orig) &&
		!(withAge.MatchString(orig.s) && !suddenNow.MatchString(orig.s)) && !foretold.MatchString(orig.s) &&
		!(yearByYear.MatchString(orig.s) && !sudden.MatchString(orig.s) && !ofNow.MatchString(orig.s)) &&
		!(seenByDoctor.MatchString(orig.s) && !toldSudden(orig.s)) && !livedWithForTreatment(orig.s) {
		flag = "net"
	}
	return flag, false
}

// netFlagsRead is netFlags of what the net reads of t: t without a coming back somewhere.
func netFlagsRead(t padText) bool {
	t = withoutReturning(t)
	return netFlags(&t)
}

// withoutReturning returns t without a coming back somewhere (returning), whose verb is also the one
// of vomiting: for the rules and for the net.
func withoutReturning(t padText) padText {
	if returningPre.mayMatch(&t) && returning.MatchString(t.s) {
		return newPadText(returning.ReplaceAllString(t.s, " "))
	}
	return t
}

// generalFor is isGeneral for a message showing flag: thoughts of ending one's life are read without
// how long something has lasted (withoutDuration).
func generalFor(flag string, t *padText) bool {
	return isGeneral(t) && !(flag == "self-harm" && !isGeneral(withoutDuration(*t)))
}

// withoutDuration returns t without what tells how long something has lasted («من سنين», "for
// years"): a pain or an illness borne for years is history, but thoughts of ending one's life that come
// with it are a red flag now, however long the rest has lasted. A past told over («قبل سنين»,
// "years ago", "now I'm fine") still mutes them.
func withoutDuration(t padText) *padText {
	u := newPadText(longStanding.ReplaceAllString(t.s, " "))
	return &u
}

// mutedAsTold says whether the sign flag names is told as one that is not new: sight lost before and
// asked of, weakness left from a stroke, a weakness since childhood.
func mutedAsTold(flag string, orig padText) bool {
	return flag == "vision" && asksSightBack(orig) || (flag == "weakness" || flag == "stroke") && residualWeakness(orig) ||
		flag == "weakness" && sinceChildhood.MatchString(orig.s) && !toldSudden(orig.s)
}

// asksSightBack says whether a message asks if sight lost before comes back («النظر اللي راح من المية
// الزرقا هيرجع؟», "if he's already lost some vision, will it come back?"): the sight lost told as a
// thing past (the sight that went, some sight already lost), of a known disease, and nothing sudden
// or of today. Sight going now, asked so («فجأة راح النظر، بيرجع؟»), is still a red flag.
func asksSightBack(t padText) bool {
	return sightLostBefore.MatchString(t.s) && sightBack.MatchString(t.s) && !toldSudden(supposedNow.ReplaceAllString(t.s, " "))
}

// supposedNow is a "now" inside a supposition («لو تعالج الحين», "if he's treated now"): when the act
// supposed would be, not a sign's onset.
var supposedNow = regexp.MustCompile(foldPattern(` (لو|اذا|ولو|واذا|if) (\S+ ){0,2}(الحين|هلق|هلا|دلوقتي|الان|هسه|now|right now) `))

var (
	sightLostBefore = regexp.MustCompile(foldPattern(` (ال)?(نظر|بصر) (الي|اللي|يلي|اللى|الى|الذي) (راح|ضاع|فقد|فقدته|فقدها|فقده|راحت)|(راح|ضاع|فقد|فقدت|راحت|ضاعت) (جز|جزء|شوي|شويه|بعض|قسم|حته) من (ال)?(نظر|بصر)\S*|(already|has|have|had|s|ve|d) (already )?lost (some|part|a little|a bit|a lot)( of)?( (his|her|my|their|the))?( (side|peripheral|central|outer|distance|reading|night))? (vision|sight|eyesight)|(the )?(vision|sight|eyesight) (that )?(he|she|i|they|was|is) (already )?lost|(vision|sight|eyesight) already lost`))
	sightBack       = regexp.MustCompile(foldPattern(` (ب|ه|ح|رح |راح |حي)?(يرجع|ترجع|يعود|تعود|يرد|ترد)( \S+)?( تاني| ثاني| مره تانيه| مره ثانيه| زي ما كان| زي الاول| كما كان)?( |$)|(will|would|can|could|does|do) (it|they|that|this|the vision|the sight|his sight|her sight|my sight|his vision|her vision|my vision) (ever )?(come back|return|be restored|be recovered|recover|get better)`))
)

// toldSudden says whether s (padded) tells something as sudden, of today or yesterday, or growing
// (sudden, suddenNow): then a sign told beside a past or a long history is an onset, not the history.
func toldSudden(s string) bool {
	return sudden.MatchString(s) || suddenNow.MatchString(s)
}

// residualWeakness says whether a message tells a weakness still there from a stroke months or years
// past («جاته جلطة من شهرين وايده لسه ضعيفة», "had a stroke last year and his arm is still weak"; a
// weakness told chronic, or there since the stroke, «ضعف مزمن… منذ جلطة قبل خمس سنوات»): what
// rehabilitation is asked for, not a stroke now. Not when anything is told as sudden, of today or worse.
func residualWeakness(t padText) bool {
	return strokeBefore.MatchString(t.s) && stillThere.MatchString(t.s) && !toldSudden(t.s)
}

// sinceChildhood tells a sign as there since birth or early childhood («من وهو زغير», "since he was
// little"): the spasticity or the weak walk a treatment is asked of, not an onset.
var sinceChildhood = regexp.MustCompile(foldPattern(` (من|منذ) (وهو|وهي|وانا|هو|هي|انا|ما كان|ما كانت|كان|كانت) (صغير|زغير|صغيره|زغيره|طفل|طفله|بيبي|ولد|رضيع|رضيعه)|(من|منذ) (صغره|صغرها|صغري|زغره|زغرها|طفولته|طفولتها|طفولتي|الولاده|ولادته|ولادتها|ما انولد|ما انولدت|ما خلق|ما خلقت)|since (birth|childhood|(he|she|i) was (a baby|a child|a kid|little|small|young|born))( |$)`))

var (
	strokeBefore = regexp.MustCompile(foldPattern(`(جلطه|سكته|stroke|jalta|jal6a)( \S+){0,4} (من|منذ|قبل) (شهر|شهرين|شهور|اشهر|سنه|سنتين|سنين|سنوات|([0-9]+|كم|كام|تلات|ثلاث|اربع|خمس|ست|سبع|تمن|ثمان|تسع|عشر) (شهور|اشهر|سنين|سنوات))( |$)|(stroke)( \S+){0,4} (last (year|month|spring|summer|winter)|(a|one|two|three|four|five|six|few|couple of|[0-9]+) (months|years|month|year) ago)( |$)`))
	stillThere   = regexp.MustCompile(foldPattern(` (لسه|لسا|لسى|لساتها|لساته|لا يزال|لا تزال|مازال|مازالت|ما زال|ما زالت|باقي|باقيه|still|مزمن|مزمنه|المزمن|المزمنه|chronic|من وقتها|من يومها|من ساعتها|ever since|since then)( |$)|(منذ|من|ومن|ever since|since) (ال|a |the |his |her |my )?(جلطه|الجلطه|سكته|stroke)( |$)`))
)

// forTreatment is a message bringing what it tells for treatment: asking whether a treatment or the
// clinic treats or improves it («بدي جرب الحقن، بيفيد؟», «العلاج يحسن حركته؟», «يفيدها برنامجكم؟», «بتعالجوا الحاجات دي؟», "would the
// injections help?", "would your balance program help her?", «bifido el barnamij?»), or wanting to try one. Not a
// plea for help («تقدرون تساعدونه؟», "can you help him?"): an emergency is told so too.
// A spasticity or a weak walk lived with is told so; a fit or a limb gone weak now is told with its
// time (toldSudden), and then the question does not make it one lived with.
var forTreatment = regexp.MustCompile(foldPattern(` (هل |وهل )?((ب|بي|ي|ت|بت|هي|هت|حي|حت)(فيد|فيدني|فيده|فيدها|فيدو|فيدهم|فيدنا)|مفيد|مفيده|(ي|ت|ب|بي|بت)ستفيد|(تقدرون|تقدروا|بتقدروا|تقدر|بتقدر|ممكن|فيكم|قادرين) (ت)?عالج\S*|(ت|بت|ي|بي)?(عالجون|عالجوا|عالجو|عالجونه|عالجونها|عالجوه|عالجوها)|(عندكم|في|فيه|فيه له|في له|له|لها|الو|الها) علاج( له| لها| عندكم)?|(ي|ت|بي|بت|هي|هت)(حسن|حسنها|حسنه|حسنو|حسنلها|حسنله)|(بدي|ابي|ابغي|ابغا|حاب|حابه|ودي|عايز|عايزه|عاوز|عاوزه|اريد|نبي|بدنا) (ا|ن)جرب)( |$)|` +
	` (does|do|will|would|could|can|might) (it|this|that|they|(the |your |this |that |a |an )?(\S+ )?(treatment|treatments|therapy|physio|physiotherapy|rehab|rehabilitation|program|programme|programs|sessions|session|exercises|injection|injections|toxin|surgery|operation|procedure|class|classes))( really| actually| even| also)? (help|treat|work for|fix|improve)( |$)|` +
	` (does|do|would|will|might) \S+ (really |actually |even |also )?(help|work for|improve)( |$)|` +
	` (can|could|do|will) you (treat|fix)( |$)|do you (treat|deal with|work with)|is there (a |any )?(treatment|cure|therapy)|(worth|want to|wanna|like to) (trying|try)( |$)|` +
	` ((bi|by|b|y|t|bt|bit|bet|hay|hat|7ay|7at|ha|7a)(fid|feed|fiid)\S*|m[uo]fee?d\S*|bt3alj\S*|bit3alj\S*|t3aljo\S*|t3alju\S*|(fi|fih|fee|feeh|3andkom|3ndkom|3andko) (3ilaj|3elaj|3ilag|3elag)|(bde|badi|bade|biddi|abi|abgha|3ayez|3ayza|3awez) (a|n)?jarr?e?b|(by|bi)sa3[ae]?d(o|oh|ha|ak|ik)?)( |$)|` +
	// Whether it helps («el 3ilaj bysa3ed?», «بيساعده؟»): the treatment's verb, not the plea «تساعدونه».
	` (هل )?(ي|بي)ساعد(ه|ها|هم|ني)?( |$)`))

// broughtForTreatment says whether the red flag a message shows (flag) is a spasticity or a weak walk
// it brings for treatment (forTreatment), told with no time of its own.
func broughtForTreatment(flag, s string) bool {
	return (flag == "weakness" || flag == "seizure") && livedWithForTreatment(s)
}

// livedWithForTreatment says whether a message brings what it tells for treatment (forTreatment),
// told with no time of its own: a thing lived with.
func livedWithForTreatment(s string) bool {
	if !forTreatment.MatchString(s) {
		return false
	}
	s = allDay.ReplaceAllString(s, " ")
	return !toldSudden(s) && !ongoing.MatchString(notOngoing(s)) && !fitUnanswering.MatchString(s)
}

// allDay is "all day" («طول اليوم», «كل اليوم»): a length, not today.
var allDay = regexp.MustCompile(foldPattern(` (طول|كل|طوال) (ال)?(يوم|نهار|ليل) `))

// withAge tells a sign as come with age («مع العمر», "with age"): ageing, not an onset. Not other
// words of a slow onset: weakness spreading «شوي شوي» is a red flag.
// foretold is what the doctor said to expect, and for how long ("the doctor said the pain is 3 days»,
// «الدكتور قال الوجع يومين عادي»): an effect told as foretold is the expected one. The rules still
// read a red flag in such a message; the net, which learned signs as told happening, has no say.
var foretold = regexp.MustCompile(foldPattern(` (the |my |his |her )?(doctor|dr|surgeon|dentist) (said|says|told (me|us|him|her)|warned( me| us)?)( that)?( \S+){0,5} (normal|expected|(for )?([0-9]+|one|two|three|four|five|a few|few|couple of) days?)( |$)|(الدكتور|الدكتوره|الطبيب|الطبيبه|الجراح|دكتوري|دكتورتي) (قال|قالت|قالي|قاللي|قالنا|قاللنا)( \S+){0,5} (طبيعي|عادي|متوقع|يومين|(لمده |ل)?([0-9]+|ثلاث|تلات|اربع|كم) (ايام|يوم))( |$)`))

// seenByDoctor tells a sign as already shown to a doctor («ورجعت للدكتور», "I went to the doctor"):
// assessed, as what the doctor foretold is; the rules still read a red flag in it, the net not.
var seenByDoctor = regexp.MustCompile(foldPattern(` (و)?(رحت|رجعت|رحنا|رجعنا|ودينا|وديته|وديتها|زرت|كشفت|كشفنا|راجعت|راجعنا) (عند |علي |على |ع )?(ال|لل)?(دكتور|دكتوره|طبيب|طبيبه|دكتوري)( |$)|(went|been|gone|going) (back )?to (see )?(the |my |a |our )?(doctor|dr|gp|eye doctor|dentist)( |$)|(saw|seen|visited) (the |my |a )?(doctor|dr|gp|dentist)( |$)`))

var withAge = regexp.MustCompile(foldPattern(` (مع العمر|مع الكبر|من الكبر|من كبر السن|مع كبر السن|with age|old age|getting older|as (i|he|she) (get|gets|got) older|m3 el 3omr|ma3 el 3omr|m3 l3omr|ma3 l3omr) `))

// yearByYear tells a sign as changing year by year («كل سنة يزيد», "worse every year"): a slow course,
// not an onset, unless something is told as sudden or of now as well.
var yearByYear = regexp.MustCompile(foldPattern(` (every year|each year|year after year|year by year|كل سنه|سنه عن سنه|سنه بعد سنه|من سنه لسنه|kol sana|kul sana|kil sine|kel sane|kell sane|kol sane) `))

// ofNow is a sign told of today or this moment.
var ofNow = regexp.MustCompile(foldPattern(` (اليوم|today|الحين|والحين|هلق|هلا|دلوقتي|now|right now|tonight|الليله|this morning|الصبح) `))

// fitUnanswering is a fit or spasms with the patient not responding or not waking; its prefilter
// spares nearly every message the pattern (read on every message, before the benign rules).
var fitUnanswering = regexp.MustCompile(foldPattern(`(تشنج|تشنجات|تشنجت|يتشنج|تتشنج|بيتشنج|بتتشنج|tashanoj\S*|tashannoj\S*|tshannaj\S*|tshannoj\S*)( \S+){0,6} (و)?(ما|مو|مش|مب|w ma|ma|mesh|mish|mo) ?(عم |قاعد |3am )?(يرد|ترد|بيرد|بترد|يصحي|تصحي|يستجيب|تستجيب|بيستجيب|بتستجيب|يفوق|تفوق|byrod|btrod|yrod|trod|yrodd|birod|bi?yrod|y7es|ysa7i|yes7a|yfoo2|yfou2)( |$)|` +
	`(spasm\S*|seiz\S*|fit|fits|fitting|convuls\S*|jerking|twitching|shaking)( \S+){0,6} (and )?(is |s |isn t|isnt|not|won t|wont|doesn t|doesnt|can t|cant) ?(not )?(respond\S*|wak\S*|answer\S*)( |$)`))

var fitUnansweringPre = newPrefilter(fitUnanswering)

// stiffNeckFevers are the rules of a fever with a stiff neck (stiffNeckFever), read before the benign rules.
var stiffNeckFevers = []flagRules{{"fever", stiffNeckFever}}

// contrast opens a clause that turns from what came before: "but".
var contrast = regexp.MustCompile(foldPattern(` (بس|لكن|ولكن|بيد ان|الا ان|but|bas|bs|bass) `))

// afterContrast returns what t says after its first "but", when it says something.
func afterContrast(t padText) (padText, bool) {
	loc := contrast.FindStringIndex(t.s)
	if loc == nil || strings.TrimSpace(t.s[loc[1]:]) == "" {
		return padText{}, false
	}
	return newPadText(t.s[loc[1]-1:]), true
}

// askedBecause is a question's reason opened ("asking because", «أسأل لأن», «بسأل عشان»).
var askedBecause = regexp.MustCompile(foldPattern(` (i m asking because|im asking because|i am asking because|asking because|i ask because|only asking because|just asking because|(عم )?(اسال|بسال|نسال|كنسول|نسول|بسأل|اسأل) (لان|لانه|لانو|لانها|عشان|علشان|كون|حيت|حيث ان|لكون))`))

// afterBecause returns what t says after a question's reason opens (askedBecause), when it says something.
func afterBecause(t padText) (padText, bool) {
	loc := askedBecause.FindStringIndex(t.s)
	if loc == nil || strings.TrimSpace(t.s[loc[1]:]) == "" {
		return padText{}, false
	}
	return newPadText(t.s[loc[1]:]), true
}

// readsNormal says whether the clinic's or the universal benign rules take something out of t, and the
// net finds no sign in what they leave.
func (tr *Triage) readsNormal(t padText) bool {
	u := unsuffixed(t)
	b := tr.withoutBenign(u)
	// What is left once the normal is taken out may still tell a sign to the net ("her brow lift…
	// now her eyelid is covering her eye and she can't see"): a treatment's name read as normal
	// does not mute the rest.
	return b.s != u.s && !netFlagsRead(b)
}

// slowly tells a sign as slow, mild or long-standing: a blur that came over months, a slight one
// («مغبشة شوي»), one only at night or with faded colours.
var slowly = regexp.MustCompile(foldPattern(` (شوي شوي|شوي بشوي|شوي ورا شوي|شويه شويه|شويه بشويه|شويه ورا شويه|شوي|شويه|(و)?(ب|بي)?(يروح|تروح|يخف|تخف|يصفي|تصفي|يزول|تزول) (لما|اذا|لو|مع|بعد ما|بس) ?(ارمش|رمشت|يرمش|ترمش|نرمش|الرمش|ارمش عيني|اغمض|غمضت|اغمض عيني)|(clears|goes away|gone|better) (when|after|if) (i |you )?blink\S*|تدريجي|تدريجيا|بالتدريج|مع الوقت|مع الزمن|مع العمر|و?(من|منذ) (فتره|مده|زمان|شهر|شهرين|شهور|اشهر|سنه|سنين|سنتين|سنوات|اعوام|[0-9]+ (سنه|سنين|سنوات|شهور|اشهر))|و?من كم سنه|و?من كم شهر|خفيف|خفيفه|بسيط|بسيطه|و?بالليل|في الليل|الاضواء|الانوار|انوار|باهت|باهته|باهتين|كاني|كانه|كانها|كأني|زجاج|الزجاج|قزاز|القزاز|ازاز|الازاز|glass|بعيد|و?من بعيد|القريب|و?من قريب|far away|distance|up close|(min|mn|men|mnd|من) (sana|sene|sneen|snin|snen|zaman|fatra|shhour|shhur|shhoor|shuhoor|ashhor|ushhur|[0-9]+ (sneen|snin|snen|sanawat|sinin|shhour|shhur|shhoor|shuhoor|ashhor|ushhur))|gradual|gradually|slowly|over (the )?(months|years|time|last month|past month)|for (months|years|a month|a few months|about a month)|mild|slight|slightly|a bit|at night|faded|` +
	// Seen by a doctor who named its cause («والدكتور قال عندها…», "the doctor said it's…"): assessed, not new.
	`(و)?(الدكتور|الدكتوره|دكتور|دكتوره|الطبيب|الطبيبه|طبيب|دكتورها|دكتوره|دكتوري) (قال|قالت|قالنا|قالي|قاللي|قالها|قاله|قاللها|قالو|شخص|شخصها|شخصه|شخصني|شخصت)|شخصوها|شخصوه|شخصوني|(and )?(the |my |his |her )?(doctor|dr|ophthalmologist|optometrist) (said|says|told|diagnosed)|diagnosed with|` +
	// Come years or months after (an operation): «بعد العملية بسنتين رجع النظر مغبش», "b2 sneen".
	`(بسنه|بسنتين|بسنين|بكم سنه|بشهور|باشهر|ب ?[0-9]+ (سنه|سنين|سنوات|شهور|اشهر)|(b|bi|be|ba3d) ?(sana|sene|sneen|snin|snen|santen|santein|sanatain|shhour|ashhor|[0-9]+ (sneen|snin|snen|sanawat|shhour|shhur|shhoor|shuhoor|ashhor))|b2 (sneen|snin|snen|sanawat|shhour|ashhor)|bsanten|bsantein|(years|months) (after|later)|(a|one|two|few|couple of|[0-9]+) (year|years|month|months) (after|later)` +
	// Or told as not cleared yet since an operation («عملت عملية المية البيضا امبارح ولسه مش شايفة كويس»,
	// "had the surgery and it's still blurry"): the slow clearing the pages tell of, not a loss.
	`|(عمليه|العمليه|operation|surgery)( \S+){0,6} (و|and )?(لسه|لسا|لسى|لساته|لساتها|still)` +
	// Or the operation told as done years ago, the blur after it now: "two years ago", «قبل سنتين»,
	// "last year", «السنة الماضية».
	`|(a|one) year ago|(two|three|four|five|few|couple of|[0-9]+) years ago|last year|the year before last|(السنه|العام|السنة) (الماضيه|الماضي|اللي فاتت|الي فاتت|اللي راحت|الي راحت|اللي فات|الي فات)|(el|al) (sana|sene|sneh) (el|al|elli|illi) (madya|mad6ya|fatet|fatit|ra7et)|قبل (سنه|سنتين|سنين|كم سنه|[0-9]+ (سنه|سنين|سنوات))|(2abl|abl|qabl|gabl) (sana|sene|santen|santein|sneen|snin|[0-9]+ (sneen|snin|snen|sanawat)))` +
	// Or asked of as the lens clouding slowly, or told as its («يشوف كأن فيه ضباب… هذا ماي ابيض؟», «هذا من
	// المويه البيضا؟», «مغبشة مع المويه البيضا», "could it be cataracts?", "is this from the cataract?"):
	// a blur that came over time, as the patient reads it.
	`|(عندي|عنده|عندها|وعندي|وعنده|وعندها|3indi|3andi|3ndi|3indaha|3andaha|3ndha|3indo|3ando|3ndo) (ال|el |l)?(ماي|ماء|ميه|مويه|مايه|مياه|مي|mai|may|moya|mayya|maya|mayye|mayy) (ال|el |l)?(ابيض|بيضا|بيضاء|bay6a|bai6a|bay9a|bai9a|bayda|baida|beda|abyad|abya9|abya6)|(عندي|عنده|عندها|وعندي|وعنده|وعندها|i have|he has|she has|i ve got|i got) (ال|a |an )?(جلاله|ساد|كتاركت|كاتاراكت|كتاراكت|cataract|cataracts)` +
	// Or blurred at reading («ضبابي لما اقرا», "blurry when I read"): the near sight that goes with age.
	`|(لما|وقت|عند|بس|كل ما) (ب|ا|بت|ت)?(اقرا|قرا|قري|اقري)|(وقت|عند|في|اثناء) (ال)?(قرايه|قراءه|قرائه)|when (i |he |she )?(read|reading|reads)|while reading` +
	`|((هذا|هذي|هاد|هادا|ده|دا|هو|هي|هل هو|هل هي|هل هذا|يكون|تكون|بيكون|بتكون|ممكن يكون|ممكن تكون|يمكن|يمكن يكون|احتمال)|((هذا|ده|هو|هي|يكون) )?(من|مع|بسبب|عشان|علشان)) (ال)?(ماي|ماء|ميه|مويه|مايه|مياه) (ال)?(ابيض|بيضا|بيضاء)|(هذا|ده|هل هو|يكون|ممكن يكون|يمكن)( (من|مع|بسبب|عشان|علشان))? (ال)?(ساد|كتاركت|كاتاراكت)|(is (it|this|that)|could (it|this|that) be|might (it |this )?be|maybe( it s)?|sounds like|is it an?|are (these|they))( (from|because of|due to|with))? (a |the |my |his |her )?cataracts?) `))

// longStanding tells a sign as there for months or years, or come on slowly: the part of slowly
// that is time, not mildness.
var longStanding = regexp.MustCompile(foldPattern(` (شوي شوي|شوي بشوي|شوي ورا شوي|شويه شويه|شويه بشويه|شويه ورا شويه|تدريجي|تدريجيا|بالتدريج|مع الوقت|مع الزمن|مع العمر|و?(من|منذ) (فتره|مده|زمان|شهر|شهرين|شهور|اشهر|سنه|سنين|سنتين|سنوات|اعوام|[0-9]+ (سنه|سنين|سنوات|شهور|اشهر))|و?من (كم|كام) (سنه|شهر)|(min|mn|men|mnd|من) (sana|sene|sneen|snin|snen|zaman|fatra|shhour|shhur|shhoor|shuhoor|ashhor|ushhur|[0-9]+ (sneen|snin|snen|sanawat|sinin|shhour|shhur|shhoor|shuhoor|ashhor|ushhur))|(صار لي|صارلي|صرلي|صار له|صارله|صار لها|صارلها|صارلو|sarli|sarle|sarly|sar li|sarlo|sarla|sarlha|saarli) (شهر|شهرين|شهور|اشهر|سنه|سنتين|سنين|سنوات|اعوام|shahr|shahrain|shahren|shahrein|shhour|shhur|shhoor|shuhoor|ashhor|sana|sanatain|sanaten|sneen|snin|[0-9]+ (شهور|اشهر|سنين|سنوات|shhour|shhur|shhoor|shuhoor|ashhor|sneen|snin|sanawat))|gradual|gradually|slowly|over (the )?(months|years|time|last month|past month)|for (months|years|a month|a few months|about a month)) `))

// longStandingPre is longStanding's prefilter: read on every message (symptomOf), which nearly
// never tells a time so.
var longStandingPre = newPrefilter(longStanding)

// isGeneral says whether a message (its denials and fears taken out) asks about a risk in general,
// tells of one past and over, or supposes one («لو صار…», "what if…"), rather than reporting it now.
func isGeneral(t *padText) bool {
	return (riskPre.mayMatch(t) && riskQuestion.MatchString(uncaused(t.s)) || hearsayPre.mayMatch(t) && hearsay.MatchString(saysFine.ReplaceAllString(t.s, " ")) && !(threatensPre.mayMatch(t) && threatens.MatchString(t.s))) && (!(personalPre.mayMatch(t) && personal.MatchString(eventOf.ReplaceAllString(riskObject.ReplaceAllString(t.s, " "), " "))) || nothingWrongPre.mayMatch(t) && nothingWrong.MatchString(t.s)) ||
		(pastPre.mayMatch(t) && past.MatchString(withoutFuture(likeBefore.ReplaceAllString(partOfIt.ReplaceAllString(cancerDated(t.s), " $1 "), " "))) || pastMorePre.mayMatch(t) && pastMoreIn(t) || goneAll.MatchString(t.s) || hypotheticalPre.mayMatch(t) && hypothetical.MatchString(t.s) || supposesAct(t.s) || justAskingPre.mayMatch(t) && justAsking.MatchString(t.s) || familyHistory(t)) &&
			!(ongoingPre.mayMatch(t) && ongoing.MatchString(notOngoing(t.s)))
}

// saysFine is someone's word that they are fine («لكنها تقول إنها بخير», "he says he's ok"): told of
// the one a sign befell, it is no hearsay of a risk (hearsay), and the sign told before it stands.
var saysFine = regexp.MustCompile(foldPattern(` (تقول|يقول|بتقول|بيقول|قالت|قال|تقولي|says|said|keeps saying)( لي| لنا)? (انها|انه|انو|انها هي|انه هو|she s|he s|she is|he is|she feels|he feels) (بخير|كويسه|كويس|تمام|زينه|زين|منيحه|منيح|مرتاحه|مرتاح|fine|ok|okay|alright|all right)( |$)`))

// partOfIt is a part of what was told ("half of it disappeared", "part of them went dark"): the
// part is the subject, and what befell it is no sign gone ("it disappeared").
var partOfIt = regexp.MustCompile(` (half|part|parts|some|most|much|side|bits|top|bottom|middle|corner|chunk|piece|portion) of (it|them) `)

// familyHistory says whether t tells a relative's sign to ask whether the writer should be
// examined for it («أبوي فقد نظره…، أنا محتاج فحص؟», "my nan went blind in one eye, should I be
// screened?"): a family's history, not a sign now, unless something is told as sudden (or, as for
// every history isGeneral reads, of today or going on).
//
// So is one told to ask whether the writer will end up like them («هل أنا بصير مثله؟»), whether it is
// hereditary («هل هذا وراثي؟»), or whether the clinic uses the same product («هل عندكم نفس المادة؟»),
// and one of a friend, a colleague or a neighbour told so.
func familyHistory(t *padText) bool {
	if elsewhere.MatchString(t.s) && clinicCare.MatchString(t.s) && relative.MatchString(t.s) && !toldSudden(t.s) && !nowTold.MatchString(t.s) {
		// Another's sign told of another clinic, to ask this one of its care ("my friend passed out
		// after an injection at another clinic, do you have doctors on site?", «خالتي صار عندها حساسية
		// شديدة من تقشير بمكان ثاني… وش احتياطاتكم؟»): a history, asked of this clinic's care.
		return true
	}
	return (ownCheckPre.mayMatch(t) && ownCheck.MatchString(t.s) || ownRiskPre.mayMatch(t) && ownRisk.MatchString(t.s)) && relative.MatchString(t.s) && !toldSudden(nowFeared.ReplaceAllString(t.s, " "))
}

// goneAll is a sign told gone altogether («وراح الاحمرار كله», "all cleared now"; the English of "it"
// or "all", not of a part of the body: "half my vision just disappeared" is the sign); grownNow the
// writer grown since ("now I am adult"): neither "now" is a sign's.
var (
	goneAll = regexp.MustCompile(foldPattern(` و(راح|راحت|اختفي|اختفت|خف|خفت)( \S+){0,2} (كله|كلها|تماما|خالص|بالمره|بالكامل)( |$)| (it s|its|it|they|all|it all|they all|it was all|they re all)( all)? (cleared|cleared up|went away|gone away|settled down)( completely| fully| totally)?( now)?( |$)` +
		// "it's all gone", "it's completely gone now"; not "it's gone blurry", which is the sign.
		`| (it s|its|they re|it was|they were) (all|completely|totally|fully) gone( now)?( |$)| (it s|its|they re) gone (now|completely)( |$)`))
	grownNow = regexp.MustCompile(` now (i am|i m|im|he is|he s|she is|she s) (an |a )?(adult|grown up|grown|older|big|teenager)( |$)`)
)

// cameBackWell is a return told well («رحت الطوارئ ورجعت تمام»: went to the emergency department and
// came back fine): a recovery, not a sign come back.
var cameBackWell = regexp.MustCompile(foldPattern(` (و)?(رجعت|رجع|رجعنا|رجعو|رجعوا) (تمام|كويس|كويسه|طبيعي|طبيعيه|عادي|منيح|منيحه|زين|زينه|بخير)( |$)`))

// nowWanted is a treatment wanted now («عايزة تعمل زرعة دلوقتي», "wants an implant now"): when it is
// wanted, not when a sign began.
var nowWanted = regexp.MustCompile(foldPattern(` (عايز|عايزه|عاوز|عاوزه|ابي|ابغي|ابغا|بدي|بده|بدها|تبي|يبي|تبغي|يبغي|تبغا|يبغا|want|wants|would like|d like)( \S+){0,3} (دلوقتي|الحين|هلق|هلا|الان|now) `))

// nowFeared is a "now" of the writer's fear («والحين خايفة», "now I'm scared the same will happen to
// me"): when the fear is felt, not when a sign began.
var nowFeared = regexp.MustCompile(foldPattern(` (و)?(الحين|هلق|هلا|دلوقتي|الان|هسه|now|and now|so now)( (انا|i am|i m|im))? (خايف|خايفه|خايفين|قلقان|قلقانه|مرعوب|مرعوبه|scared|afraid|worried|nervous|terrified|anxious) `))

// ownCheckPre and ownRiskPre are ownCheck's and ownRisk's prefilters: isGeneral reads a family's
// history of every message that shows a sign and no other history.
var ownCheckPre, ownRiskPre = newPrefilter(ownCheck), newPrefilter(ownRisk)

var (
	// relative is a member of the writer's family, or a friend, a colleague or a neighbour, named as the one
	// the sign is told of.
	relative = regexp.MustCompile(foldPattern(` (ابوي|ابويا|ابوية|بابا|والدي|امي|ماما|والدتي|جدي|جدتي|ستي|تيتا|جدو|خالي|خالتي|عمي|عمتي|اخوي|اخويا|اخي|اختي|زميلي|زميلتي|صاحبي|صاحبتي|رفيقي|رفيقتي|صديقي|صديقتي|جاري|جارتي|جارنا|جارتنا|جيرانا|جيراننا|ابونا|امنا|اخونا|اختنا|خالتنا|عمتنا|خالنا|عمنا|جدتنا|جدنا|our (neighbour|neighbor|neighbours|neighbors|mum|mom|dad|aunt|uncle|friend)|my (dad|father|mum|mom|mother|nan|nana|nanna|nanny|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|uncle|aunt|auntie|brother|sister|parents|family|friend|colleague|coworker|neighbour|neighbor)|baba|abouya|abuya|abuy|2abuy|mama|2emmi|emmi|ummi|jeddi|jiddi|sitti|teta|tata|khali|khalti|3ammi|3amti|2a5i|a5i|akhi|o5ti|okhti|ukhti)( |$)`))
	// ownRisk is the writer asking whether another's sign will be theirs: like them, hereditary, the
	// same product.
	ownRisk = regexp.MustCompile(foldPattern(` (هل )?(انا )?(ب|رح |راح |ح|ه)?(صير|اصير|يصير لي|يصيرلي|يصير معي|يحصل لي|يحصلي|يجيني|تجيني) (مثله|مثلها|زيه|زيها|متله|متلها|مثلهم|زيهم|متلهم|نفس الشي|نفسه|نفسها)( |$)|` +
		` (وراثي|وراثيه|بالوراثه|يورث|ينورث|تورث|hereditary|genetic|inherited|wirathi|werathi|werasi)( |$)|runs in (the|my|our) family|` +
		` نفس (ال)?(ماده|نوع|فيلر|منتج|دوا|دواء|براند|شركه|ابر|ابره|حقن)( |$)| the same (product|filler|brand|material|type|kind|injection|injections)( |$)|` +
		`(will|could|would|might|can) (i|that|this|the same|it) (end up like|happen to me|be like (him|her|them))|(the same|that|this|it) (thing )?(will|could|would|might|can) (also )?happen to me|` +
		// Or whether it puts the writer at risk ("does that mean I'm at risk too?", «هل انا معرضة؟»).
		`(am i|i m|im|i am|i d be|i would be) (also |too |now |then |more |even )?(at (a )?(higher |greater |more |bigger )?risk|more likely|prone)|(does|would|could) (that|this|it) mean (i|i m|i ll|i will|i might|i could|i would|i d|i am)( |$)|(انا|وانا) (كمان |برضو |ايضا )?(معرض|معرضه|عرضه)( |$)|` +
		// Or whether it may befall them («في احتمال يصير معي؟», «ممكن يحصل لي؟»).
		chanceBefalls + `( لي| معي| معاي| ليا| فيني| فيا| معايا)?( انا)?( كمان| برضو| ايضا)? $`))
	// elsewhere is a sign told of another clinic or place; clinicCare a question of this clinic's
	// care: its precautions, its doctors on site.
	elsewhere = regexp.MustCompile(foldPattern(`(at|in|from) (an ?other|a different|the other|other) (clinic|centre|center|place|salon|doctor|hospital)|elsewhere|somewhere else|` +
		` (ب|في|فى|عند) ?(ال)?(مكان|عياده|مركز|محل|صالون|دكتور|طبيب|مستشفي) (ال)?(ثاني|تاني|ثانيه|تانيه|اخر|اخري|غير)( |$)|` +
		` (f|fi|b|bi|3nd|3and|3ind) ?(el |al )?(makan|3iyada|3eyada|3yada|markaz|salon) (el |al )?(tani|thani|tanya|thanya|tanye|akhar|a5ar)( |$)`))
	clinicCare = regexp.MustCompile(foldPattern(`(do|does) (you|the clinic) have (a |any )?(doctor|doctors|physician|nurse|nurses|medical staff)( on site| there| present)?|(your|the clinic s) (precautions|safety measures|safety protocol|protocols?)|what precautions|(emergency|first aid|resuscitation) (equipment|kit|kits|supplies|preparedness|plan|protocol)|(are|is) (you|the clinic) (equipped|prepared|ready) (for|to handle|to deal with)( an)? (emergenc|reaction|allerg)\S*| (تجهيزات|معدات|ادوات|عده|شنطه|حقيبه) (ال)?(اسعاف|طوارئ|طوارى|الاسعافات)|(مجهزين|جاهزين|مستعدين|مجهزه|مستعده|جاهزه) (لل|ل)?(طوارئ|طوارى|اسعاف|حالات)| (احتياطات|احتياطاتكم|احتياطاتكو|الاحتياطات|اجراءاتكم|اجراءات السلامه|اجراءات الامان)( |$)|(ehtiyatat|e7tiyatat|i7tiyatat|ihtiyatat)\S*|` +
		// How the clinic avoids what befell the other («فكيف تتجنبون ذلك؟», "how do you prevent that?").
		` (كيف|فكيف|وكيف|وش|ايش|شلون|ازاي) (تتجنبون|تتفادون|تمنعون|تتجنبوا|تتفادوا|تمنعوا|تضمنون|تضمنوا) |how (do|would|will|can) you (avoid|prevent|make sure)`))
	// ownCheck is the writer asking to be examined or screened themselves.
	ownCheck = regexp.MustCompile(foldPattern(`(should|do|must|need to|can|could) i (also |too |still |even |honestly |really |actually )?(need to |have to |ought to |need )?(be |get |go |have |go for )?(get )?(regular |eye |an eye |my eyes )?(screened|tested|checked|examined|a check|a checkup|a check up|a screening|checks|checkups|check ups|screening|tests|exams)|(screen|check|test|examine) me (too|as well|also)|(انا|وانا|وأنا) (كمان |برضو |برضه |بعد |ايضا )?(محتاج|محتاجه|لازم|احتاج|بحتاج|يلزمني|بدي|ابي|ابغي|ابغا|عايز|عايزه|عاوز|عاوزه|نحتاج) (\S+ )?(فحص|افحص|اتفحص|نفحص|كشف|اكشف|فحوصات)|(هل|وهل) (احتاج|بحتاج|محتاج|محتاجه|يلزمني|نحتاج|لازم) (اسوي |اعمل |ا)?(فحص|افحص|اتفحص|كشف|اكشف|فحوصات)|(ana|w ana) (kaman |kamen |barda )?(m7taj|mi7taj|me7taj|m7taja|mi7taja|lazem|lazim|bde|bade|badi|biddi|abi|abgha|3ayez|3ayza|m7tag|me7tag) (\S+ )?(fa7s|af7as|etfa7as|atfa7as|kashf|akshef|fo7osat)` +
		// When to be examined: "is it too early to get checked?", «متى لازم افحص؟», «بكير اتفحص؟».
		`|(too early|too soon|when|what age|how often|how old)( \S+){0,3} (get|be|go for|have) (my eyes |myself )?(checked|screened|tested|examined|a check\S*|a screening)|(متي|امتي|ايمتي|ايمت|وقتيش|بدري|بكير|مبكر)( \S+){0,3} (افحص|اتفحص|اكشف|نفحص|اعمل فحص|اسوي فحص)`))
)

// noCause is a sign told without a cause («bla sbab», «bdoon sabab», "for no reason"): in Arabizi the
// noun «sabab» is spelled as the verb of causing a risk question asks with («ysabeb»), but no cause
// asks nothing of one; the sign is told as it is.
var noCause = regexp.MustCompile(foldPattern(` (بلا|بدون|من غير|من دون|دون|bla|bala|bila|bidoon|bdoon|bdun|bidun|bedoon|bedun|biddoun|bdoun|mn ghir|min ghir|men ghir|mn gher|men gher|mn 8er|mn 8ir|mn ghair|mn gheir|without|for no|no) (اي |ay |ayy |any |a |an |apparent |obvious )?(سبب|sabab|sbab|sbb|sabb|reason|cause) `))

// uncaused returns s (padded) without what tells a sign has no cause (noCause).
func uncaused(s string) string {
	if !strings.Contains(s, "sab") && !strings.Contains(s, "sbb") && !strings.Contains(s, "sbab") {
		return s
	}
	return noCause.ReplaceAllString(s, " ")
}

// datedAct is a treatment the writer had, dated («عيني الي سويت فيها ليزك الشهر الي فات», «بعيني اللي
// مسوي فيها ليزك الشهر الماضي», "had it done
// last month", «العملية كانت الشهر الماضي»): the date is the treatment's, not the sign's, which may be now.
var datedAct = regexp.MustCompile(foldPattern(` ((سويت|سويتها|سويته|سويت فيها|سويت فيه|مسوي فيها|مسوي فيه|مسويه فيها|مسويه فيه|مسوي|مسويه|عامل فيها|عامله فيها|عملت|عملتها|عملته|اجريت|ركبت|زرعت|had|did|got)|(و)?(ال)?(عمليه|عمليتي|عمليته|عمليتها|جراحه|جراحتي|surgery|operation|op)( \S+){0,3} (كانت|كان|صارت|was)) (\S+ ){0,4}((السنه|العام|الشهر|الصيف|الشتا) (اللي |الي )?(فاتت|فات|الماضي|الماضيه|الفايته|الفايت)|last (summer|winter|month)) `))

// datedCancer is a cancer had, dated ("I had breast cancer 4 years ago", «سرطان ثدي قبل ٤ سنين»): the
// date is the cancer's, a history, not the sign's, which may be new.
var datedCancer = regexp.MustCompile(foldPattern(` (cancer|سرطان|السرطان)( \S+){0,3} (([0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|many) (years|yrs|year) ago|قبل (\S+ )?(سنه|سنتين|سنين|سنوات|اعوام)) `))

// cancerDated returns s (padded) without the dates of cancers had (datedCancer).
func cancerDated(s string) string {
	if !strings.Contains(s, "cancer") && !strings.Contains(s, "سرطان") {
		return s
	}
	return datedCancer.ReplaceAllString(s, " ")
}

// undated returns s (padded) without the dates of treatments had (datedAct).
func undated(s string) string {
	if !strings.Contains(s, "فات") && !strings.Contains(s, "ماضي") && !strings.Contains(s, "last ") {
		return s
	}
	return datedAct.ReplaceAllString(s, " ")
}

// supposedAct is what to do if something happened, asked first thing, after "I want to ask" («بدي
// اسأل، اذا…»), or as someone's question
// («لو انضربت عيني وش اسوي؟», «زوجي يسأل لو حس بدوخة وش يسوي؟», "if she gets a rash what should we
// do?"): a supposition, whatever its verb. Not «لو سمحت» (please): courtesyIf is taken out first.
var supposedAct = regexp.MustCompile(foldPattern(`^ (هو |هي |طب |طيب |يعني |بس )?(انا |احنا )?(و)?(لو|اذا) (\S+ ){1,16}(اعمل|نعمل|اسوي|نسوي|افعل|نفعل|اتصرف|نتصرف|يعمل|تعمل) (ايه|ايش|اي|شو|وش) |^ ((\S+ )?(يسال|تسال|بيسال|بتسال|سال|سالت|يسالني|تسالني|يبي يعرف|تبي تعرف|بدو يعرف|بدها تعرف|عايز يعرف|عايزه تعرف|asks|asked|is asking|wants to know|wanted to know) |(i |we )?(want|wanna|wanted|would like|d like) (to )?ask |(بدي|ابي|ابغي|ابغا|عايز|عايزه|عاوز|عاوزه|حابب|حابه|حاب|اريد|ودي) (ا|ن)?سال )?(و)?(لو|اذا|if) (\S+ ){1,16}(وش|ايش|شو|شنو|ايه|اش|ماذا|what) (لازم |بدي |ممكن |يجب ان |المفروض |علي ان |نقدر |اقدر |بقدر |منقدر )?(i |we )?(افعل|نفعل|يفعل|تفعل|اسوي|يسوي|تسوي|نسوي|اعمل|يعمل|تعمل|نعمل|بعمل|بيعمل|بتعمل|نتصرف|اتصرف|يتصرف|تتصرف|should|do|to do|would) `))

// courtesyIf is «لو سمحت» and its kin ("if you may", "please"), which suppose nothing.
var courtesyIf = regexp.MustCompile(foldPattern(` (لو|اذا|ان) (سمحت|سمحتي|سمحتو|سمحتم|سمحتوا|تكرمت|تكرمتي|تكرمتو|امكن|ممكن|بتريد|بتريدي|تسمح|تسمحي|تسمحو|ما عليك امر|ماعليك امر)|if (you )?(can|could|possible|may|don t mind)`))

// supposesAct says whether s (padded) asks what to do if something happened (supposedAct).
func supposesAct(s string) bool {
	if !strings.Contains(s, "لو ") && !strings.Contains(s, "اذا ") && !strings.Contains(s, "if ") && !strings.Contains(s, "law ") &&
		!strings.Contains(s, "za ") && !strings.Contains(s, "da ") && !strings.Contains(s, "tha ") && !strings.Contains(s, "ila ") &&
		!strings.Contains(s, "lau ") && !strings.Contains(s, "lw ") && !strings.Contains(s, "ken ") {
		return false
	}
	return supposedAct.MatchString(courtesyIf.ReplaceAllString(s, " ")) || supposedActZ.MatchString(s)
}

// supposedActZ is supposedAct in Arabizi («law ma gdart abla3… wesh asawi?», «iza nzef ktir shu
// a3mel?»): what to do if something happened, asked first thing.
var supposedActZ = regexp.MustCompile(`^ (w |wa |o |tab |6ab |6ayeb |tayeb )?(law|lau|lw|iza|eza|ida|itha|ila|ken) (\S+ ){1,16}(wesh|wsh|weesh|shu|sho|shou|esh|eish|ish|ash|shnu|shno|chnu|chno|eh|eih|ayh|aysh) (lazem |lazim |lazm |bade |badi |bdi |a2dar |agdar |mfrod |el mafrood )?(asawi|asawwi|asawe|nsawi|nsawwi|nsawe|a3mel|a3mal|n3mel|n3mal|na3mel|ne3mel|ndir|ndiro|ndirou|nfa3al|af3al)( |$)`)

// stoppedSoon is a bleed told stopped, or stopped soon ("bleeding stopped after 20 min", "stopped
// in a minute", «w wa8af 3al6ool»); todayWords the day's times such a message tells it of.
var (
	stoppedSoon = regexp.MustCompile(` (bleeding|bleed|nosebleed|blood) (has |had |then |finally )?(stopped|stops)|stopped (in|after|within) (a |one |[0-9]+ |a few |few |a couple of |couple of )?(min|mins|minute|minutes|sec|secs|second|seconds) |(w |o |wa )?(wa8af|wa2af|wagaf|wa9af|waqaf|w8f|wgf|wi2if|w2if|wi2ef|wa8fat|wa2fat|wagfat) (3al6ool|3alatool|3al ?tool|3ala ?6ool|3ala ?tool|3atool|b ?sor3a|b ?sur3a|la7alo|la7alu|la7aloh|lwa7do|ba3d shwai|ba3d shway|ba3d d2aye2|ba3d da2i2a) `)
	todayWords  = regexp.MustCompile(` (this morning|today|earlier|this afternoon|el sob7|il sob7|el yom|el youm|el yoom|el9ob7|el 9ob7) `)
)

// canNow is a question whether one may do something now ("can I eat now?"): the now is of the plan.
var canNow = regexp.MustCompile(` (can|may|could|should|shall) (i|we|he|she|they) (\S+ ){1,2}now `)

// notOngoing returns s without what looks ongoing and is not: the writer well now and the day it
// happened («امس… والحين بخير», "yesterday… fine now": the day is when it was, not since when it
// is), a visit asked for again, a return supposed or denied, whether one may still have a
// treatment ("can I still have…": its "still" is of the plan, not the sign), and the now of a fear
// (nowFeared).
func notOngoing(s string) string {
	if stoppedSoon.MatchString(s) {
		// A bleed told stopped soon («…this morning, stopped in a minute»): today is when it was.
		s = todayWords.ReplaceAllString(stoppedSoon.ReplaceAllString(s, " "), " ")
	}
	s = canNow.ReplaceAllString(s, " ")
	s = nowWanted.ReplaceAllString(nowFeared.ReplaceAllString(s, " "), " ")
	s = cameBackWell.ReplaceAllString(grownNow.ReplaceAllString(s, " "), " ")
	if g := goneAll.ReplaceAllString(s, " "); g != s {
		// Gone altogether («وراح الاحمرار كله», "all cleared now"): the day is when it was.
		s = dayOfIt.ReplaceAllString(g, " ")
	}
	s = supposedWith.ReplaceAllString(droppedBack.ReplaceAllString(s, " "), " ")
	s = notYet.ReplaceAllString(usedToSuffer.ReplaceAllString(s, " "), " ")
	s = sameDay.ReplaceAllString(s, " ")
	if f := fineNow.ReplaceAllString(s, " "); f != s {
		s = dayOfIt.ReplaceAllString(f, " ")
	}
	s = sinceThen.ReplaceAllStringFunc(s, func(m string) string {
		if strings.HasSuffix(m, " الحين ") || strings.HasSuffix(m, " الان ") {
			return m
		}
		return " "
	})
	s = nowPlan.ReplaceAllString(stillPlan.ReplaceAllString(notBack.ReplaceAllString(supposedBack.ReplaceAllString(visitAgain.ReplaceAllString(s, " "), " "), " "), " "), " ")
	if !supposing.MatchString(s) {
		s = whatNow.ReplaceAllString(s, " ")
	}
	return s
}

// droppedBack is a part that dropped and came back up («جفني نزل شوي ورجع بعد شهر», "my lid dropped and
// went back to normal"): its «رجع» is the part recovered, not the sign come back.
var droppedBack = regexp.MustCompile(foldPattern(` (نزل|نزلت|طاح|طاحت|هبط|هبطت|ارتخي|ارتخت|dropped|drooped|sagged)( \S+){0,5} (و|and )?(رجع|رجعت|عاد|عادت|went back|came back|got back|back) (بعد|خلال|لحاله|لحالها|لوحده|لوحدها|طبيعي|طبيعيه|مكانه|مكانها|زي ما كان|زي ما كانت|كما كان|after|within|to normal|on its own|by itself|up) `))

// supposedWith is what is supposed to befall someone («إذا صار معي…», «لو حصل له…», «في احتمال يصير
// معي؟»): its «معي» is the supposition's, not a sign the writer has now.
var supposedWith = regexp.MustCompile(foldPattern(` (و)?(اذا|لو|ان|في حال) (صار|صارت|حصل|حصلت|جا|اجا|صاب|صابت) (معي|معه|معها|معو|معك|معنا|لي|له|لها|الي|الو|الها) ` +
	// Or asked as a chance («في احتمال يصير معي؟»).
	`|` + chanceBefalls + ` (معي|معايا|معاي|لي|ليا|فيني|فيا) `))

// chanceBefalls asks whether something may befall the writer («في احتمال يصير…», «ممكن يحصل…»): a
// chance asked (ownRisk), whose «معي» is no sign now (supposedWith).
const chanceBefalls = ` (احتمال|ممكن|يمكن|وارد|معقول) (انه |انو |ان )?(يصير|يصيرلي|يحصل|يحصلي|يجيني|يصيبني|يصيب)`

// nowPlan is "now" opening what the writer must or means to do («وهلق لازم اقلع ضرس العقل», "now I
// need to have it out"): a plan, not a past sign come back.
var nowPlan = regexp.MustCompile(foldPattern(` (و)?(هلق|هلا|هلاء|الحين|دلوقتي|هسه|هسا|now|and now) (انا |i |هو |هي |(the |my |his |her )?(other |left |right )?(eye|eyes|knee|tooth|side) )?(needs|need|لازم|بدي|بدها|بدو|بده|بدهم|يبي|تبي|يبغي|تبغي|يبغا|تبغا|يريد|تريد|بغات|بغا|ابي|ابغي|ابغا|اريد|نريد|بدنا|نبي|نبغي|ودي|وده|ودها|بغيت|باغي|باغيه|حابب|حابه|حاب|ناوي|ناويه|عايز|عايزه|عاوز|عاوزه|محتاج|محتاجه|مضطر|مضطره|need to|have to|want to|am going to|m going to|plan to|want|wanna|will|going to)` +
	// or asks whether the past sign stands in the way now ("now is it a problem for…", «هسه يأثر؟»).
	`|(now|and now) (is it|is this|is that|is there|is (a )?problem|is (it )?ok|is (it )?okay|is (it )?safe|will it|will that|can i|can he|can she|can you|could i|should i|may i|does it|does that|do i|do you) ` +
	// or closes a question of what may be done on "now" ("can I get cataract surgery now?").
	`|(can|could|may|should) (i|he|she|we) (get|have|do|book|start|undergo|go ahead with|come for|go for)( \S+){0,4} now $` +
	`|(و)?(هلق|هلا|هلاء|الحين|دلوقتي|هسه|هسا) (هل |بس )?(ممكن|يصير|بيصير|ينفع|بينفع|اقدر|بقدر|يأثر|بيأثر|يوثر|بيوثر|مشكله|في مشكله|فيه مشكله|هل) ` +
	// or is anxious now about what is to come («وأنا الآن قلق جدًا من الخلع القادم»): the worry is now, not the sign.
	`|(وانا |وهو |وهي |انا |و)?(هلق|هلا|هلاء|الحين|الان|دلوقتي|هسه|هسا|now) (i m |im |i am )?(قلق|قلقان|قلقانه|قلقه|خايف|خايفه|متوتر|متوتره|مرعوب|مرعوبه|متخوف|متخوفه|worried|anxious|nervous|scared|afraid) (جدا |كتير |مره |شوي |very |so |really )?(من|about|of|before) `))

// sameDay is a visit asked for on one day («نبي نحجز… بنفس اليوم», "both on the same day"): its
// «اليوم» is the booking's, not a sign's of today.
var sameDay = regexp.MustCompile(foldPattern(` (بنفس|في نفس|فى نفس|نفس|وبنفس) (ال)?يوم | (on |in )?(the )?same day `))

// notYet is what has not happened yet: nothing at all («ما صار لي شي للحين»), a visit only booked
// («لسه حاجز الأسبوع الجاي»): its «للحين», «لسه» is no sign still there.
var notYet = regexp.MustCompile(foldPattern(` (و)?(ما|لسه ما|للحين ما|لسا ما) ?(صار|صارلي|صار لي|حصل|حصلي|حصل لي|حصلش|جاني|صاير) (معي |لي )?(اي )?(شي|شيء|اشي|حاجه)( للحين| لسه| لسا| لحد الحين| لحد دلوقتي| لحد هلا| لهلا)? | (و)?(انا |انت |هي |هو )?(لسه|لسا|للحين) (حاجز|حاجزه|حاجزين|بحجز|هحجز|ما حجزت|ماحجزت|محجزتش|ما حجزتش|ما عملت|ما سويت|ما خلعت|ما قلعت|ما بديت|ما بدات|مش عامله|مش عامل|ما عامله|ما عامل|مو مسويه|مو مسوي|ما مسويه|ما مسوي|مب مسويه|مب مسوي) `))

// sinceThen is the Egyptian «من ساعة» before what it dates from («من ساعة الجلطة», «من ساعة ما وقع»):
// "ever since", not "for the last hour".
// usedToSuffer is suffering told of the past («كنت أعاني منه وأنا صغير», "I was suffering"), which
// is no suffering now.
var usedToSuffer = regexp.MustCompile(foldPattern(` (كنت|كان|كانت|i was|used to be) (عم )?(اعاني|بعاني|يعاني|تعاني|suffering) `))

var sinceThen = regexp.MustCompile(foldPattern(` من ساعه (ما|لما|اللي|يوم|ال\S+) `))

// whatNow asks what to do now («شو بعمل هلق؟», "what do I do now?"): a plan, not a sign's "now";
// not with a supposition («اذا ما قدرت اتنفس شو بعمل هلق»), whose "now" may be the sign's.
var whatNow = regexp.MustCompile(foldPattern(` (شو|وش|ايش|ايه|شنو|اش) (بعمل|اعمل|اسوي|نسوي|نعمل|بسوي|منعمل) (هلق|هلا|هلاء|الحين|دلوقتي|هسه|هسا) | what (do|should|can) (i|we) do now `))

// dayOfIt is the day before, when a sign came that a message saying the writer is well now tells
// as past (not today: a sign of this morning, gone now, is still today's).
var dayOfIt = regexp.MustCompile(foldPattern(` (و)?(امس|امبارح|مبارح|البارحه|yesterday|last night) `))

// stillPlan asks whether a treatment may still go ahead ("can she still have cataract surgery?",
// «اقدر اسوي…»): its "still" is no sign still there.
var stillPlan = regexp.MustCompile(` (can|could|may|should|will|would|do|does) (i|she|he|we|they|you|my \S+|her|him|it) still (have|get|do|book|go|undergo|be|come|use|take|continue) `)

// riskObject is whom a risk asked about would befall ("can it make my arms weak?", "would the
// filler for my lips make…", «ممكن افقد نظري؟»), or who should know of it ("…I should know about"): its
// "my" or "I" is the question's, not a report's.
var riskObject = regexp.MustCompile(` (can|could|will|would|might|may) (it|this|that|they|these|\S+) (\S+ ){0,3}(make|cause|give|affect|weaken|leave) (me|my|you|your|the|it)( \S+)? | i (should|need to|ought to|must|have to) (know|be aware|watch out|look out)( about| of| for)? |^ (هل |وهل )?(ممكن|يمكن|معقول|وارد) (ا|ن|ي|ت)فقد \S+ `)

// eventOf is an occasion of a relative's («قبل عرس اختي», "before my sister's wedding"): the relative
// named as its owner, not as the one a sign befalls.
var eventOf = regexp.MustCompile(foldPattern(` (عرس|فرح|زواج|زفاف|ملكه|خطوبه|حفله|تخرج|عيد ميلاد|wedding|party|graduation|engagement|birthday) (\S+ )?(اختي|اخوي|اخويا|اخي|بنتي|ابني|ولدي|امي|ابوي|صاحبتي|صاحبي|خالتي|عمتي|خالي|عمي|my (sister|brother|daughter|son|friend|cousin|mum|mom|dad))( |$)|(my (sister|brother|daughter|son|friend|cousin|mum|mom|dad) s) (wedding|party|graduation|engagement|birthday)( |$)` +
	// The writer's own date ahead («عندي موعد فحص الأسبوع الجاي», «عندي فرح بعد اسبوع», "I have a wedding
	// next week"): a plan, not a sign had.
	`| (i have|i ve got|i got|i m having|عندي|عندنا|وعندي) (a |an |my )?(wedding|party|graduation|event|trip|flight|exam|appointment|check up|checkup|موعد|عرس|فرح|زفاف|ملكه|خطوبه|حفله|سفر|مناسبه|امتحان)( |$)`))

// likeBefore is «زي زمان» (as before: «ما اقدر اتنفس زي زمان»), which is no «زمان» (long ago).
var likeBefore = regexp.MustCompile(foldPattern(` (زي|مثل|متل|كيف|كما|مثلما|غير|عن) زمان `))

// futureRah is the Gulf and Levantine future «راح/رح» before a verb («وراح اطيح», «رح يغمى عليه»):
// not «وراح» (and it went away), which tells a sign as over.
var futureRah = regexp.MustCompile(foldPattern(` (و)?(راح|رح) ([اينت]\S{2,}) `))

// withoutFuture takes the future «راح» out of s (a padded text) before a past is looked for.
func withoutFuture(s string) string {
	if !strings.Contains(s, "رح ") && !strings.Contains(s, "راح ") {
		return s
	}
	return futureRah.ReplaceAllStringFunc(s, func(m string) string {
		f := strings.Fields(m)
		if v := f[len(f)-1]; !strings.HasPrefix(v, "يوم") && !strings.HasPrefix(v, "ايام") && !strings.HasPrefix(v, "تمام") && !wishes[v] {
			return " " + v + " "
		}
		return m
	})
}

// wishes are the verbs of wanting («ابي», «ابغى»): «وراح، ابي اعيد» is a sign gone and a wish, not
// the future «راح» of a verb.
var wishes = map[string]bool{"ابي": true, "ابغي": true, "ابغا": true, "ابا": true, "بدي": true, "حابب": true, "حابه": true, "اريد": true, "عايز": true, "عايزه": true}

// notBack is a sign that has not come back («وما رجع», "never came back"): its "back" is no return.
var notBack = regexp.MustCompile(foldPattern(` (و)?(ما|مو|مش|ولا|لم|ماعاد|never|not|hasn t|hasnt|didn t|didnt) ?(رجع|رجعت|رجعلي|رجعتلي|عاد|عادت|تكرر|تكررت|come back|came back|returned|happened again) `))

// supposedBack is a sign supposed to come back («واذا بعد سنين رجع الغباش؟», "what if it comes back"):
// its "back" is the supposition's, not a sign that has returned now.
var supposedBack = regexp.MustCompile(foldPattern(` (اذا|لو|واذا|ولو|وان|if)( \S+){0,4} (رجع|رجعت|يرجع|ترجع|رجعلي|عاد|عادت|يعود|تعود|comes back|came back|come back) `))

// threatens is someone saying they will harm themselves («أخي يقول إنه سيؤذي نفسه»): what they say is the
// red flag, not hearsay about a risk.
var threatens = regexp.MustCompile(foldPattern(` (يقول|تقول|بيقول|بتقول|قال|قالت|قالي|قالتلي|يهدد|تهدد|says|said|keeps saying|is saying|threatens|threatened) (انه|انها|ان|لي انه|لي انها|بانه|بانها|he ll|she ll|he will|she will|he s going to|she s going to|he wants to|she wants to|to)( \S+){0,3} (نفسه|نفسها|حاله|حالها|روحه|روحها|himself|herself|die|يموت|تموت|ينتحر|تنتحر|بينتحر|بتنتحر|سينتحر|ستنتحر) `))

// unnegated is a word, or none, between "now" and "fine" («والحين الحمدلله بخير») that is no
// negation and no verb with its negation glued on: «والحين مااشوف زين» is not seeing well now.
const unnegated = `(([^م ]|م[^اوشب ]|ما[^اينت ])\S* )?`

// fineNow is the writer saying they are well now ("now i'm 30 and fine"): its "now" does not make
// a past sign ongoing.
var fineNow = regexp.MustCompile(foldPattern(` (و)?(انا |هو |هي |احنا )?(الحين|هلا|هلق|دلوقتي|هسه|الان) ` + unnegated + `(بخير|تمام|كويس|كويسه|منيح|منيحه|زين|زينه|طبيعي|طبيعيه|سليم|سليمه|صاحي|صاحيه|طيب|طيبه|مستقر|مستقره|ما عنده شي|ما عندها شي|ما عندي شي|ماعندي شي|ما فيني شي|ما فيه شي|ما فيها شي|عمره|عمرها|عمري) |` +
	` (he s|she s|i m|im|he is|she is|i am) [0-9]+ (years old |yrs old |yo )?now |` +
	` (and |but )?now (i m |im |i am |he s |she s |he is |she is |it s |it is )?([0-9]+ (and )?)?(fine|ok|okay|well|healthy|stable|good|normal|alright|all good) |` +
	` (is |s |are |re |am )?(fine|ok|okay|well|healthy|stable|good|normal|alright|all good) now |` +
	` (fine|ok|okay|better|alright|all good|good|sorted|resolved) now | (it s|its|it is|it has|they re|they are|it was|all) (all |long )?(gone|over|cleared up|passed|resolved) (now )?| (halla2|hala2|halla|hal2a|hla2|hala|daba|dorka|delwa2ti|hassa|hessa|el7een|al7een|l7een|il7een|el7in|al7in|al7en|el7en) (\S+ |(3al|3a|3ala|3la|ma3|m3a|bel|bil|b|bi) \S+ )?(mni7|mnee7|mne7|mnih|mni7a|mnee7a|mne7a|mniha|tamam|kwayes|kwayyes|kwayis|kwayse|kwaysa|kwayyesa|kwayesa|kwayese|mzyan|mezyan|mzyana|labas|bikhair|b5eir|ahsan|a7san|zain|zaina|zein|zeina|okay|ok|fine|tayeb|tayba) |` +
	` (i m|im|i am|he s|she s|he is|she is|they re|they are) (all |totally |completely |perfectly )?(fine|ok|okay|well|healthy) now | nothing (is |s )?wrong (now|right now) |` +
	// Fine now with what once made one faint ("I'm fine with needles now").
	` (i m|im|i am|he s|she s|he is|she is) (fine|ok|okay|good|better) with (\S+ ){1,3}now `))

// visitAgain is a visit or a check asked for again («متى نفحص مرة ثانية؟»), an activity taken up again
// ("want to start running again"), or a sign never again
// since: its "again" does not make a past sign ongoing.
var visitAgain = regexp.MustCompile(foldPattern(` (نفحص|افحص|يفحص|تفحص|نجي|اجي|يجي|تجي|نراجع|اراجع|يراجع|تراجع|نزور|ازور|نحجز|احجز|اسويه|اسويها|نسويه|نسويها|اعمله|اعملها|اعيده|اعيدها|come|check|visit|book|see you|have|get|do|redo|repeat|try|retry|start|play|train|exercise|swim|drive) (\S+ ){0,2}(مره ثانيه|مره تانيه|مره ثانيه|again)| (never|not) (happened )?again `))

// nothingWrong is the writer saying nothing is wrong with them («انا ما عندي شي بس خايف»): a question
// about a risk or a hearsay stays general though it says "I".
var nothingWrong = regexp.MustCompile(foldPattern(` (ما عندي شي|ماعندي شي|ما فيني شي|مافيني شي|ما عندي اي شي|ما فيني اي شي|nothing wrong with me|nothing (is |s )?wrong (now|at the moment|right now)|i m fine|i am fine) `))

// deniedAny opens a denial of anything («ما فيه ومضات»): a message that denies a sign does not
// report it, whatever the sign's words.
var deniedAny = regexp.MustCompile(foldPattern(` (mafeesh|mafish|ma fee|mafee|ومافي|وما في|ومافيه|وما فيه|وماعندي|وما عندي|mish 3andi|ma3andish|ما عندي|ماعندي|ما عنده|ماعنده|ما عندها|ما فيه|مافيه|ما فيني|مافيني|ما في|مافي|مفيش|ومفيش|مافيش|ومافيش|ما فيش|مش عندي|معنديش|ليس لدي|لا يوجد|no|without|don t have|do not have|haven t had|never had) `))

// futile is a try that did nothing («عملت كل حاجة ومفيش فايدة», "pressed on it, no use"), the «و»
// glued on or not («خدت مسكن ومفيش فايدة»): its negation denies no sign.
var futile = regexp.MustCompile(foldPattern(` (و)?(ما في|مافي|ما فيه|مافيه|مفيش|مافيش|ما فيش|مفي|بدون|بلا|من غير|mafeesh|mafee|mafish|mafi|ma fi|ma fee|mafesh|mafe|no|without|wala|bala|men ghir|mn ghir) (اي |ay |any )?(فايده|فائده|نتيجه|جدوي|fayda|fayde|faida|fa2ida|fay2ida|natiga|natije|nateeja|use|luck|result|results|difference|change) `))

// deniedNoSign is a denial of what is no sign: nobody to turn to («وما عندي احد اكلمه», "no one
// to talk to"), no reason or diet behind what is told («ينزف بدون سبب», "lost 8 kilo without
// diet"), no knowing of it ("leaking without me knowing"), no injury before it ("swelled up overnight… no
// injury"). It denies no sign, so the message still reports what it tells.
var deniedNoSign = regexp.MustCompile(foldPattern(` (ما عندي|ماعندي|وما عندي|وماعندي|ما عنده|ماعنده|ما عندها|ما في|مافي|ما فيه|مافيه|مفيش|مافيش|ما فيش|بدون|بلا|من غير|من دون|لا يوجد|mafeesh|mafee|mafish|mafi|ma fi|ma fee|ma 3andi|ma3andi|ma 3indi|ma 3ande|mish 3andi|mesh 3andi|mesh 3andy|mish 3andy|msh 3andy|ma 3andy|ma3andy|ma3andish|ma3andeesh|ma3andesh|ma3ndeesh|ma3andee|ma3ndee|no|without|don t have|do not have) (اي |ay |any |a |an |me |him |her |them |us )?(feeling|feel|noticing|realising|realizing|knowing|ما احس|ما حسيت|ما اشعر|ما انتبه|ما انتبهت|احس|اشعر|احد|حد|حدا|حدن|حدي|أحد|سبب|رجيم|ريجيم|دايت|ريجيم|a7ad|7ad|7ada|7adan|sabab|diet|dieting|reason|cause|anyone|anybody|someone|nobody|trying|injury|injuries|trauma|accident|fall|knock|اصابه|اصابات|حادث|طيحه|isaba|esaba|7adeth|7adith)` +
	// "Never had this before" tells a sign new, not denied.
	`| (i ve |i have |i )?never (had|felt|seen|experienced|noticed) (this|that|it|anything like (this|that|it))( ever)? before `))

// reports says whether a message reports what it says as happening now: not denied, feared,
// asked in general, past or supposed (see triage).
func (tr *Triage) reports(t padText) bool {
	return tr.reportsOf("", t)
}

// reportsOf is reports of a message showing flag: whether it is general is asked as generalFor.
func (tr *Triage) reportsOf(flag string, t padText) bool {
	t = unsuffixed(t)
	if strings.Contains(t.s, " ma ") {
		t = conjunctionMaZ(t) // «ba3d ma ghimi 3alaih» (after he fainted) denies nothing
	}
	if deniedAny.MatchString(t.s) && deniedAny.MatchString(deniedNoSign.ReplaceAllString(futile.ReplaceAllString(t.s, " "), " ")) {
		return false
	}
	if deniedPre.mayMatch(&t) {
		if s := withoutDenials(t.s); s != t.s {
			return false // a denial anywhere: the message says what is not happening
		}
	}
	if u := unfeared(t); u.s != t.s {
		return false
	}
	// A denial in Arabizi spelled as the denials' Latin words do not know («ma 3indi ddeeq
	// tanaffus») is one in the message's Arabic reading («ما عندي ضيق تنفس»).
	if !t.reading && t.scripts()&arabizi != 0 {
		if r, ok := tr.arabiziReading(&t); ok && deniedPre.mayMatch(&r) && withoutDenials(r.s) != r.s {
			return false
		}
	}
	if saysAllWell(t.s) {
		return false
	}
	if improving.mayMatch(&t) {
		var scratch [16]string
		if _, _, ok := improving.span(strings.Fields(t.s), scratch[:]); ok {
			return false
		}
	}
	return !generalFor(flag, &t)
}

// allWell is the writer saying all is well («كل شي تمام», "kolo tamam", "everything is fine"): what
// the net or the last-resort rules read in such a message is no report.
var allWell = regexp.MustCompile(foldPattern(` (كل شي|كل شيء|كلشي|كله|كلو|kolo|kollo|kullu|kolshi|kolchi|kol shi|everything|everything s|everything is|all is|all s) (تمام|كويس|زين|منيح|بخير|طيب|ماشي|tamam|kwayes|kwayyes|mni7|zein|zain|mli7|fine|ok|okay|good|well|normal) `))

// wellNow is someone said to be well now, the state before the time («هو زين الحين», «هي منيحة هلق»,
// "he is fine now", «howa kwayes delwa2ti»): fineNow reads the time before the state.
var wellNow = regexp.MustCompile(foldPattern(` (و)?(هو|هي|انا|هم|احنا|huwa|howa|hoa|hiya|heya|hya|ana|homa|huma|he s|she s|he is|she is|i m|i am|they re|they are) (بخير|تمام|كويس|كويسه|منيح|منيحه|زين|زينه|مستقر|مستقره|مليح|مليحه|mni7|mnee7|mni7a|mnee7a|kwayes|kwayyes|kwayesa|kwaysa|zein|zeina|mzyan|mzyana|bikhair|b5eir|tamam|fine|ok|okay|well|stable) (الحين|هلا|هلق|دلوقتي|هسه|الان|دابا|halla2|hala2|hal2a|delwa2ti|dilwa2ti|daba|dorka|hassa|el7een|now) `))

// feelsNothing is the writer feeling nothing amiss, closing the message or before "how" or "why" («بس
// انا ما حاسس بشي، كيف؟», «ma 7ases b shi», "I don't feel anything"): no symptom. Not feeling told of a
// part of the body ("…anything in my legs") goes on after it, and is no match.
var feelsNothing = regexp.MustCompile(foldPattern(` (ما|مش|مو|مب|ma|mish|mesh|msh|mo|mu|mush|i don t|i dont|i do not|i m not|i didn t|i didnt) (انا |ana )?(حاس|حاسس|حاسه|حاسين|حسيت|احس|بحس|نحس|حسينا|7ases|7ass|7asse|7assa|7aseh|7asa|7asis|7asi|b7es|a7es|ba7es|7asset|7aseet|7asit|feel|feeling|felt|notice|noticed) (ب|بأي|باي|باي |b |bi |be |ay )?(شي|اشي|شيء|حاجه|اي شي|اي حاجه|shi|eshi|ishi|ay shi|7aga|7aje|7aja|ay 7aga|anything|a thing|any difference|different)( ابدا| خالص| ابدًا| abadan| abdan| 5ales| khales| at all)?( (كيف|ليش|ازاي|ليه|طيب|بس|وكيف|kif|kief|keef|lesh|leish|lei|lih|leh|ezay|izay|bas|w kif|how|why|so))? $`))

// saysAllWell says whether s (padded) says all is well now, not that it was («كان كل شي تمام وفجأة…»).
func saysAllWell(s string) bool {
	if feelsNothing.MatchString(s) {
		return true
	}
	for _, m := range append(allWell.FindAllStringIndex(s, -1), wellNow.FindAllStringIndex(s, -1)...) {
		before := strings.Fields(s[:m[0]])
		if len(before) == 0 || !wasWords[before[len(before)-1]] {
			return true
		}
	}
	return false
}

// wasWords put what follows in the past.
var wasWords = map[string]bool{"كان": true, "كانت": true, "وكان": true, "وكانت": true, "was": true, "were": true, "kan": true, "kaan": true, "kant": true, "kanet": true}

// clinicFlag returns "clinic" when one of the clinic's own red flags (flags) fires on t, or "".
func (tr *Triage) clinicFlag(flags []symptomRule, t *padText) string {
	var scratch [16]string
	var words []string
	for i := range flags {
		r := &flags[i]
		if !r.mayMatch(t) {
			continue
		}
		if words == nil {
			words = strings.Fields(t.s)
		}
		if _, _, ok := r.span(words, scratch[:]); ok {
			return "clinic"
		}
	}
	return ""
}

// withoutBenign returns t without the words of the clinic's benign rules that fire on it, and
// without "lost sight of" something that is no eye.
func (tr *Triage) withoutBenign(t padText) padText {
	return withoutRules(withoutLostSightOf(t), tr.benign)
}

// lostSightOf is "lost sight of": of a date, a message, a goal it is a figure of speech ("I lost sight
// of my appointment date"), of an eye the sight lost ("lost sight of my left eye"), told in the few
// words after it (eyeAfter).
var (
	lostSightOf = regexp.MustCompile(` (lost|lose|losing|loses) sight of(( \S+){0,3})`)
	eyeAfter    = regexp.MustCompile(` (eye|eyes|vision)( |$)`)
)

// withoutLostSightOf returns t without a figurative "lost sight of" (lostSightOf).
func withoutLostSightOf(t padText) padText {
	if !strings.Contains(t.s, " sight of ") {
		return t
	}
	s := lostSightOf.ReplaceAllStringFunc(t.s, func(m string) string {
		sub := lostSightOf.FindStringSubmatch(m)
		if eyeAfter.MatchString(sub[2]) {
			return m
		}
		return " " + sub[2]
	})
	if s == t.s {
		return t
	}
	return newPadText(s)
}

// laughedBreath is the breath a message that laughs says was taken away or cut off («ما قدرت اتنفس ههه»,
// «انقطع نفسي 😂», "couldn't breathe lol"): a figure of speech, taken out like what is normal.
var laughedBreath = []symptomRule{rule(3, lrBreath, lrTrouble+` !قدرت !قدر انقطع* ينقطع* يتقطع* تقطع* اتقطع* قطع`)}

// laughedFigures are the hyperboles a laugh makes figures of speech («اسعاركم تخليني اختنق 😂», "this
// price list is giving me chest pains lol"): the breath taken away, choking, fainting, the heart
// or the chest, a swallow. Not a swelling, a bleeding or a fit, which no one jokes of so, nor a wish
// to die, which a laugh may hide ("i want to die lol").
var laughedFigures = append([]symptomRule{
	rule(1, `اختنق* خنقني خنقتني مخنوق* انخنق* يخنق* تخنق* بتخنق* بيخنق* choke* choking chok* suffocat* انهار انهرت faint* fainted pass_out passed_out اغمي* اغمى* مغمي* مغمى* يغمي* يغمى* هيغمي* هيغمى* حيغمي* بيغمي* heart_attack جلطه جلطني جلطتني `+chokeZ),
	rule(3, `صدر* chest`, `pain* pains ache* الم* وجع*`),
	rule(3, `بلع* ابلع* يبلع* تبلع* swallow*`, trouble),
	// Talking like a drunk («صار يحكي متل السكران 😂», "talking like he's drunk lol"), the numbing's.
	rule(4, `احكي نحكي بحكي عم_احكي يحكي تحكي بيحكي بتحكي اتكلم نتكلم بتكلم يتكلم تتكلم بيتكلم بتتكلم يهدر تهدر يدوي يرطن talk* speak* speech`, `سكران سكرانه سكاري مسطول مسطوله محشش خرفان drunk tipsy wasted sakran sakraneh mastool`),
}, laughedBreath...)

// asksNormal asks whether what is told is normal («طبيعي؟», «عادي؟», "is that normal?"); mildSigns are
// the signs told as slight («ورم بسيط», «مغبش شوي», "a little swelling", a pain «زاد شوي»): asked about together, they
// are the expected effects of a treatment, taken out like what is normal (a sign not told as slight
// still fires: "a little swelling and my throat feels tight, is that normal?").
var (
	asksNormal = regexp.MustCompile(foldPattern(` (طبيعي|طبيعيه|عادي|عاديه|normal|normale|3adi|3ady|3adey|tabee3i|tabi3i|tabe3i|tabi3e|tabe3e|tabee3e|expected|to be expected|ok|okay|(راح|رح|ح|ه)? ?(يروح|يخف|تروح|تخف)|بيروح|بيخف|بتروح|بتخف|will it (go away|go down|settle|fade|pass)|should (i|we) (be )?worr\S*|do (i|we) (need to |have to )?worry|(is it|is this|is that) (something )?(to worry about|worrying|a worry|serious)|(هل|لازم|المفروض) (ا|ن)?قلق|يقلق|مقلق|(لازم|مفروض) اخاف|(كم|قديش|اديش|قد ايش|قد اي) (\S+ )?(ي|ت|ب|بي|بت|ح|هي|هت)?(ستمر|ضل|ظل|بقي|دوم|طول|قعد|خد|اخد|اخذ|خذ)\S*|how long (will|does|do|would|should|is|can) ) `))
	normalPre  = newPrefilter(asksNormal)
	mildSigns  = []symptomRule{rule(2, `little bit slight* mild* minor a_touch a_tad شوي شويه بسيط* خفيف* chwiya chwia shwaya shway shwayye shwaiya khafeef* khafif* 5afeef* 5afif* basee6* basi6* basit* baseet*`,
		`dem dam damm nazif* nazeef* nzeef* sore tender achy swell* swollen puff* bruis* red* heavy ثقيل* تقيل* numb numbs numbed numbness numbing tingl* dizzy* lightheaded blurr* hazy foggy bleed* bled ورم* متورم* تورم* انتفاخ* منتفخ* نافخ* منفوخ* nafe5* nafekh* nefe5* manfo5* manfou5* manfokh* ntafa5* دوخه دايخ* خدر* مخدر* تنميل* نزيف* نزف* ينزف* تنزف* بينزف* بتنزف* عم_ينزف عم_تنزف دم احمرار* محمر* غباش مغبش* ضبابي* زغلله* مزغلل* زغلل* waram* wram* warem* wareme* werem* dokha dayekh* mzaghl* zaghl* zaghal* mghab* mghbsh* mshawash* زاد زادت يزيد تزيد بيزيد بتزيد حرقه* حرقان* 7ar2a* 7ur2a* 7ar2an* burn* burning sting* stinging`)}
)

// saddleNumb is the saddle gone numb: a red flag however slight ("a little numb around my bum,
// ok to stretch?"), which a question whether it is normal does not make an expected effect.
var saddleNumb = rule(8, cSaddle, cNoFeel)

// fires says whether r fires on t.
func fires(r *symptomRule, t *padText) bool {
	if !r.mayMatch(t) {
		return false
	}
	var scratch [16]string
	_, _, ok := r.span(strings.Fields(t.s), scratch[:])
	return ok
}

// withoutRules returns t without the words of the rules that fire on it.
func withoutRules(t padText, rules []symptomRule) padText {
	var scratch [16]string
	var words []string
	for i := range rules {
		r := &rules[i]
		for r.mayMatch(&t) { // each firing removes its words: a rule may fire more than once
			if words == nil {
				words = strings.Fields(t.s)
			}
			lo, hi, ok := r.span(words, scratch[:])
			if !ok {
				break
			}
			words = append(words[:lo:lo], words[hi+1:]...)
			t = padded(words)
		}
	}
	return t
}

// Maghrebi and Egyptian close a negation with ش after the verb («ما نقدرش نتنفس», «مايوقفش»,
// «مقدرتش», "ma nshoufch"): unsuffixed writes it as the Gulf and Levantine ما + verb the patterns
// read («ما نقدر», «مايوقف», «ماقدرت»), so each pattern need not spell the suffix. Only a word after ما, or glued to it (ما…ش, مب…ش,
// مق…ش, م…تش), of five letters or more: «يرش», «مرتعش», «منفوش» are words of their own.
func unsuffixed(t padText) padText {
	if !strings.Contains(t.s, "ش ") && !strings.Contains(t.s, "sh ") && !strings.Contains(t.s, "ch ") && !hasLongWord(t.s) {
		return t
	}
	words := strings.Fields(t.s)
	changed := false
	for i, w := range words {
		if nw := unsuffix(w, i > 0 && (words[i-1] == "ما" || words[i-1] == "وما" || words[i-1] == "ma" || words[i-1] == "wma")); nw != w {
			words[i], changed = nw, true
		}
		if nw := unglue(words[i]); nw != words[i] {
			words[i], changed = nw, true
		}
	}
	if !changed {
		return t
	}
	return padded(words)
}

// conjunctionMa writes «بعد ما»/«قبل ما» before a verb as one word («بعد ما اشيل الضرس» →
// «بعدما اشيل…»): its «ما» is the conjunction (after, before), not a negation, and the patterns are
// not to read «ما اشيل» (cannot lift) in it. Not before a modal or «صار»: Gulf «بعد» is also "still"
// («بعد ما اقدر ابلع», I still cannot swallow). So too the «ما» of «اول ما» (as soon as), «طول ما»
// (as long as), «كل ما» (whenever), «زي ما»/«مثل ما» (as) and «بدل ما»/«عوض ما» (instead of): «وبتروح
// اول ما اقوم» is no «ما اقوم», nor «ليش ما يعالجه بدال ما يشيله» a tooth the doctor cannot lift.
// Not «لين ما»/«لحد ما» (until): «لين ما قدرت اتنفس» is until the breath would not come.
func conjunctionMa(t padText) padText {
	if !strings.Contains(t.s, " ما ") && !strings.Contains(t.s, " ma ") {
		return t
	}
	words := strings.Fields(t.s)
	out := make([]string, 0, len(words))
	for i := 0; i < len(words); i++ {
		w := words[i]
		if i+2 < len(words) && words[i+1] == "ما" && (maConjunctions[w] || (w == "بعد" || w == "وبعد" || w == "قبل" || w == "وقبل") && !stillModals[words[i+2]]) ||
			arabiziMaAt(words, i) { // «ba3d ma ghimi 3alaih», after he fainted
			out = append(out, w+"ما")
			i++
			continue
		}
		out = append(out, w)
	}
	if len(out) == len(words) {
		return t // no conjunction: «ما» is a negation wherever it stands
	}
	return padded(out)
}

// conjunctionMaZ is conjunctionMa of Arabizi's «ma» alone (arabiziMaConjunctions).
func conjunctionMaZ(t padText) padText {
	words := strings.Fields(t.s)
	out := make([]string, 0, len(words))
	for i := 0; i < len(words); i++ {
		if arabiziMaAt(words, i) {
			out = append(out, words[i]+"ma")
			i++
			continue
		}
		out = append(out, words[i])
	}
	if len(out) == len(words) {
		return t
	}
	return padded(out)
}

// arabiziMaAt says whether words[i+1] is Arabizi's «ma» of a conjunction at i before a faint.
func arabiziMaAt(words []string, i int) bool {
	return i+2 < len(words) && words[i+1] == "ma" && arabiziMaConjunctions[words[i]] && arabiziFaints[words[i+2]]
}

// arabiziMaConjunctions are Arabizi's "after", "before", "as soon as" and "whenever", whose «ma» is the
// conjunction's before a faint (arabiziFaints): Gulf «ba3d ma» is also "still not" («ba3d ma agdar»),
// so only the verb the faint's denial reads is joined.
var (
	arabiziMaConjunctions = wordSet(`ba3d ba3ad b3d wba3d gabl 2abl qabl abl 9abl awwal awal 2awal kil kol kul koll`)
	arabiziFaints         = wordSet(`ghimi ghumi ghomi ghami ghmi ghima ghema ghmy ughmi oghmi oghma ughma a3ma a3mi o3mi o3ma 8imi 8ami 8umi 8omi`)
)

// maConjunctions are the words whose «ما» after them is always the conjunction's (conjunctionMa).
var maConjunctions = map[string]bool{"اول": true, "واول": true, "طول": true, "وطول": true, "كل": true, "وكل": true, "زي": true, "وزي": true, "مثل": true, "ومثل": true, "متل": true, "ومتل": true,
	"بدل": true, "وبدل": true, "بدال": true, "وبدال": true, "عوض": true, "وعوض": true}

// stillModals are the words after which «بعد ما» is "still not": can, know, become, remain.
var stillModals = func() map[string]bool {
	m := map[string]bool{"قادر": true, "قادره": true, "صار": true, "صارت": true, "صرت": true, "زال": true, "عاد": true, "عدت": true, "في": true, "فيه": true, "فيني": true, "شفت": true, "تحسن": true, "خف": true, "راح": true, "وقف": true}
	for _, w := range gluedModals {
		m[w] = true
	}
	return m
}()

// unsuffix returns w without the ش (sh, ch) closing a negation. A ما glued on stays glued (the
// patterns take «ما ?»): «ماتمسكش» of an implant is not a hand that cannot grip.
func unsuffix(w string, afterNeg bool) string {
	if stem, ok := strings.CutSuffix(w, "ش"); ok {
		n := utf8.RuneCountInString(stem)
		switch {
		case afterNeg && n >= 3:
			return stem
		case n < 4:
			return w
		case strings.HasPrefix(stem, "ما"), strings.HasPrefix(stem, "وما"):
			return stem
		case strings.HasPrefix(stem, "مب"), strings.HasPrefix(stem, "مق"), strings.HasPrefix(stem, "م") && strings.HasSuffix(stem, "ت"):
			return "ما" + strings.TrimPrefix(stem, "م")
		}
		return w
	}
	for _, suf := range []string{"sh", "ch"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || !isLower(stem) {
			continue
		}
		switch {
		case afterNeg && len(stem) >= 3:
			return stem
		case strings.HasPrefix(stem, "ma") && len(stem) >= 5:
			return stem
		}
	}
	return w
}

// longWord is more bytes than an Arabic word has (eight letters and more): words written without spaces.
const longWord = 16

func hasLongWord(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			n = 0
		} else if n++; n > longWord {
			return true
		}
	}
	return false
}

// gluedNegations and gluedModals open a message written without spaces («مااقدراتنفس»): a negation
// and a modal split off, the verb after them is found inside the rest (the patterns take \S* before it).
var (
	gluedNegations = []string{"ما", "مش", "مو", "مب"}
	gluedModals    = []string{"اقدر", "قادر", "قادره", "بقدر", "يقدر", "تقدر", "نقدر", "قدرت", "قدر", "اعرف", "يعرف", "تعرف", "عم"}
)

// unglue returns a long word that holds a negation and a modal as the words before them, the two, and
// the rest («انامتضايقهمرهومااقدرابلعريقي»: …و + ما + اقدر + ابلعريقي).
func unglue(w string) string {
	if len(w) <= longWord {
		return w
	}
	for _, n := range gluedNegations {
		for from := 0; ; {
			i := strings.Index(w[from:], n)
			if i < 0 {
				break
			}
			i += from
			rest := w[i+len(n):]
			for _, m := range gluedModals {
				if verb, ok := strings.CutPrefix(rest, m); ok && utf8.RuneCountInString(verb) >= 3 {
					if i == 0 {
						return n + " " + m + " " + verb
					}
					return w[:i] + " " + n + " " + m + " " + verb
				}
			}
			from = i + len(n)
		}
	}
	return w
}

// isLower says whether s is lower-case ASCII letters and digits (Arabizi).
func isLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
