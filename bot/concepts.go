package bot

// Concepts are the vocabularies the symptom rules (symptoms.go) share: one list of the limbs, one of
// the words of weakness, of worsening, of urgency… in the dialects, in English and in Arabizi, so a
// rule names concepts rather than spellings, and a spelling added to a concept serves every rule
// that draws on it. Patients tell the same alarm in endless words; what generalises is the pair of
// concepts (a limb and weakness, an urgency and a neurological sign), not the phrase.
const (
	// cLimbs are the arms, hands, legs and the body as a whole.
	cLimbs = `جسم* اطراف* يد يدي يديني يدينه يدينها يدين ايد ايدي ايديني ايدينه ايدينها رجل رجلي رجلين رجول* ذراع* ساق* عضلاتي كله كلها بكل
body arms legs limbs whole all everywhere arm leg hand hands side
jism* atraf* ide+y* eedi* yadi* rijl* regl* rejl* rjool* rjoul* dra3*`

	// cWeak is weakness and a limb gone limp; cWeakens the verb, which alone may tell a slow decline
	// («صارت رجولها تضعف»): the rules take it with a sign of worsening.
	cWeak    = `ضعف ضعيف* مرخي* مرتخي* ارتخا* رخو* weak* da3if* da3eef* d3if* d3eef*`
	cWeakens = `تضعف يضعف بتضعف بيضعف ضعفت ضعفو ضعفوا tid3af* tod3af* yid3af*`

	// cWorse is a sign growing or spreading.
	cWorse = `اكثر_واكثر اكثر_فاكثر كل_يوم_اكثر كل_ساعه_اكثر يزيد* تزيد* زاد زادت بيزيد بتزيد عم_يزيد يتفاقم* تتفاقم* يسوء تسوء ساءت يتدهور* تتدهور*
ينتشر* تنتشر* انتشر* منتشر* يمتد تمتد امتد امتدت وصل وصلت يوصل توصل يطلع_لفوق worse worsening spread* moving reached aktar_w_aktar btzeed* yzeed* tzeed*`

	// cSudden is a sign that came all at once.
	cSudden = `فجاه فجا فجاءه فجأه فجاءة فجأة بغته مره_وحده مرة_وحده مره_وحده suddenly sudden all_of_a_sudden fag2a fej2a faj2a fja2a fajaa fag2aa`

	// cCallHelp is a cry for help: someone is in trouble now. Not «طوارئ» or «اسعاف» alone: «لازم اروح
	// طوارئ؟» asks whether it is needed.
	cCallHelp = `الحقوني الحقونا الحقني الحقوا ساعدوني ساعدونا انجدوني اتصلت_بالاسعاف اتصلنا_بالاسعاف ننتظر_الاسعاف ننطر_الاسعاف
called_an_ambulance called_911 calling_911 el7a2ooni il7a2oni el7a2uni l7a2oni sa3dooni sa3duni`

	// cNeuro are the signs that, come suddenly, may be a stroke or a bleed: numbness, weakness, a face
	// or a mouth gone crooked, the sight lost or doubled, speech or mind confused, a collapse.
	cNeuro = cWeak + ` ` + cWeakens + `
خدر* خدران* تنميل* منمل* تنمل* شلل انشل* مشلول* مايل* معوج* اعوج زغلل* تزغلل* غباش مغبش* تشوش* مشوش* ملخبط* متلخبط* تلخبط* لخبط* تايه* تايهه
انهار انهارت اغمي* اغمى* مغمي* numb* tingl* paraly* droop* crooked blind* blurr* confus* slurr* collapsed
mkhaddar* m5adar* m5addar* tanmeel* tnmeel* mshlool* mashlool*`

	// cSerious are the signs a cry for help comes with: bleeding, a swelling, a faint, a fit, a
	// fever, blue lips, numbness (not نفس: «نفسي» is also a wish).
	cSerious = `نزيف* ينزف* تنزف* بينزف* نزف* ورم* متورم* تورم* منتفخ* انتفاخ* اغمي* اغمى* مغمي* دايخ* دوخه تشنج* يتشنج* يتنفس* اتنفس* تنفس* حراره* سخون*
ازرق* زرق* خدر* تنميل* bleed* blood swell* swollen faint* breath* seiz* fever numb* naz+if* nazeef* waram* mwarram*`

	// cNotWaking is someone who does not wake or respond, told after a negation (the writer is
	// awake: the third person, past and present).
	cNotWaking = `!يصحي !تصحي !صحي !صحت !بيصحي !بتصحي !يفوق !تفوق !فاق !فاقت !يفيق !تفيق !يستجيب !تستجيب !استجاب !استجابت
!wake !wakes !waking !woke !respond* !yes7a !tes7a !sa7a !sa7i !sa7at !yfoo2 !tfoo2`

	// cDown is what a faint or a collapse is told with: a fall, lying there, trying to rouse.
	cDown = `طاح طاحت طايح طايحه وقع وقعت واقع واقعه سقط سقطت انهار انهارت مغمي* اغمي* اغمى* نايم نايمه مرمي مرميه نحاول حاولنا نصحي* نهز* هزيت* هزيناه هزيناها
fell collapsed collapse lying shake shook shaking tried trying 6a7 6a7at wa2a3 wa23at`
)

// conceptRules are the rules built on concepts rather than phrases, tried after symptomRules.
var conceptRules = []flagRules{
	// Someone who does not wake after a fall or a faint, or while they try to rouse them.
	{"fainting", []symptomRule{rule(6, cNotWaking, cDown+` `+cSudden+` `+cCallHelp)}},
	// Weakness of the limbs that grows («رجولي تضعف اكثر واكثر»).
	{"weakness", []symptomRule{rule(6, cWeak+` `+cWeakens, cLimbs, cWorse)}},
	// A neurological sign come suddenly.
	{"sudden", []symptomRule{rule(5, cSudden, cNeuro)}},
	// A cry for help with a serious sign.
	{"urgent", []symptomRule{rule(6, cCallHelp, cSerious)}},
}
