package bot

import "strings"

// Concepts are the vocabularies the symptom rules (symptoms.go) share: one list of the limbs, one of
// the words of weakness, of worsening, of urgency… in the dialects, in English and in Arabizi, so a
// rule names concepts rather than spellings, and a spelling added to a concept serves every rule
// that draws on it. Patients tell the same alarm in endless words; what generalises is the pair of
// concepts (a limb and weakness, an urgency and a neurological sign), not the phrase.
const (
	// cLimbs are the arms, hands, legs and the body as a whole.
	cLimbs = `جسم* اطراف* يد يدي يديني يدينه يدينها يدين ايد ايدي ايديني ايدينه ايدينها رجل رجلي رجلين رجليا ايديا رجول* ذراع* ساق* عضلاتي كله كلها بكل
body arms legs limbs whole all everywhere arm leg hand hands side idha idah idayi idayya idaya ideha idayha ideyha ideiha idaiha ideyh ideyya ideya 2idi 2idy 2ido 2idu 2idha 2ideh 2idah 2idayi 2idayya 2idaya 2ideha 2idayha 2ideyha 2ideiha 2idaiha 2ideyh 2ideyya 2ideya eedi eedy eedo eedu eedha eedeh eedah eedayi eedayya eedaya eedeha eedayha eedeyha eedeiha eedaiha eedeyh eedeyya eedeya 2eedi 2eedy 2eedo 2eedu 2eedha 2eedeh 2eedah 2eedayi 2eedayya 2eedaya 2eedeha 2eedayha 2eedeyha 2eedeiha 2eedaiha 2eedeyh 2eedeyya 2eedeya edha edeh edayi edayya edaya edeha edayha edeyha edeiha edaiha edeyh edeyya edeya 2edi 2edy 2edo 2edu 2edha 2edeh 2edah 2edayi 2edayya 2edaya 2edeha 2edayha 2edeyha 2edeiha 2edaiha 2edeyh 2edeyya 2edeya iidi iidy iido iidu iidha iideh iidah iidayi iidayya iidaya iideha iidayha iideyha iideiha iidaiha iideyh iideyya iideya 2iidi 2iidy 2iido 2iidu 2iidha 2iideh 2iidah 2iidayi 2iidayya 2iidaya 2iideha 2iidayha 2iideyha 2iideiha 2iidaiha 2iideyh 2iideyya 2iideya rejl rejli rejly rejlo rejlu rejlha rejleh rejlah rejlaya rejlayya rejlayha rejleha rejleyha rejlayh rejlain rejlein rejleen rijl rijli rijly rijlo rijlu rijlha rijleh rijlah rijlaya rijlayya rijlayha rijleha rijleyha rijlayh rijlain rijlein rijleen rjel rjeli rjely rjelo rjelu rjelha rjeleh rjelah rjelaya rjelayya rjelayha rjeleha rjeleyha rjelayh rjelain rjelein rjeleen rjli rjly rjlo rjlu rjlha rjleh rjlah rjlaya rjlayya rjlayha rjleha rjleyha rjlayh rjlain rjlein rjleen ragl ragli ragly raglo raglu raglha ragleh raglah raglaya raglayya raglayha ragleha ragleyha raglayh raglain raglein ragleen regl regli regly reglo reglu reglha regleh reglah reglaya reglayya reglayha regleha regleyha reglayh reglain reglein regleen rigl rigli rigly riglo riglu riglha rigleh riglah riglaya riglayya riglayha rigleha rigleyha riglayh riglain riglein rigleen dra3 dra3i dra3o dra3ha dhra3 zra3 zra3i zra3o zra3ha atraf atrafi atrafo atrafha jismi jism jsmi jesmi jismo jisma jismha jesmo jesmha gismi gesmi
يداي رجلاي ساقاي ذراعاي قدماي قدمي اجر اجري اجره اجرها اجريه اجريها اجرين اجريي
jism* atraf* idey* iddey* idayy* iddayy* 2idayy* idi idih* idiha* idy* eidi* ydi* ydiha* ydih* eedi* yadi* 2idayya* idayya* eidayya* rijl* regl* rejl* rjool* rjoul* rjlia* rjliya* dra3*`

	// cWeak is weakness and a limb gone limp; cWeakens the verb, which alone may tell a slow decline
	// («صارت رجولها تضعف»): the rules take it with a sign of worsening.
	cWeak    = `ضعف ضعيف* مرخي* مرتخي* ارتخا* رخو* weak* da3if* da3eef* d3if* d3eef* da3f d3f da3ef do3f 9a3if* 9a3eef* 9a3ef* 9o3f`
	cWeakens = `ضعافت ضعفات ضعافو ضعفو كتضعاف كيضعاف تضعاف يضعاف d3aft d3afat dh3aft تضعف* يضعف* بتضعف* بيضعف* ضعفت ضعفوا يضعفوا بيضعفوا tid3af* tod3af* yid3af* td3af* tdh3af* tdha3af* ted3af* tedh3af* yd3af* ydh3af* yedh3af* ydo33f* tdo33f* yda33f* tda33f* bydo33f* btdo33f*`

	// cHeavy is a limb gone heavy: the weakness patients feel, told with a worsening or an inability.
	cHeavy = `ثقل* ثقلت ثقيل* تقيل* تقلت تقلو تقلانه ثقلانه heavy heaviness t2eel* t2il* tqil* t9il* ta2eel* tha2eel* tagil* t2ilin*`

	// cWorse is a sign growing or spreading.
	cWorse = `اكثر_واكثر اكثر_فاكثر اكتر_واكتر اكتر_فاكتر كل_ساعه_اكتر كل_يوم_اكثر كل_ساعه_اكثر يزيد* تزيد* زاد زادت بيزيد بتزيد عم_يزيد يتفاقم* تتفاقم* يسوء تسوء ساءت اسوا اسوء يتدهور* تتدهور*
ينتشر* تنتشر* انتشر* منتشر* كتزيد كيزيد كتزاد كيتزاد كيكبر كتكبر كيطلع كتطلع yentesher* byentesher* btentesher* tentesher* bentesher* yintesher* byintesher* btintesher* tintesher* intashar* entashar* ntashar* bte2lab* katzid* kayzid* ktzid* kitzid* kaytzad* يمتد تمتد امتد امتدت وصل وصلت يوصل توصل يطلع_لفوق yenteshir* yintishir* yntshr* byenteshir* byintishir* btenteshir* tenteshir* tintishir* ntasher* mentesher* mintishir* yemtad* bimtad* imtad* wsl wsal wslat wasal wislat wesel wesl* wisil* wasl* worse worsening spread* moving reached aktar_w_aktar aktar_o_aktar akthar_w_akthar akthar_o_akthar ktar_w_ktar ktar_o_ktar kter_w_kter going_up goes_up moving_up spreading_up climbing rising طالع_لفوق صاعد_لفوق صاعده_لفوق قاعد_يطلع عم_يطلع btzeed* yzeed* tzeed* كل_يوم_اكتر كل_يوم_اسوا كل_يوم_اسوء كل_ساعه_اسوا يوم_عن_يوم يوم_بعد_يوم كل_شوي_اكثر كل_شوي_اكتر kol_yom_aktar kol_yoom_aktar kol_nhar_kter kol_yom_akthar every_day_worse day_by_day creeping creeping_up`

	// cSudden is a sign that came all at once.
	cSudden = `مفاجي* مفاجئ* فجائي* fa2atan fja2atan faj2atan fuja2atan fajatan فجاه فجا فجاءه فجأه فجاءة فجأة بغته مره_وحده مرة_وحده suddenly sudden all_of_a_sudden fag2a fej2a faj2a fja2a fajaa fag2aa fj2a fje2a fij2a out_of_nowhere out_of_the_blue without_warning soudain* soudainement brusquement d_un_coup tout_d_un_coup d_un_seul_coup fjaa fja2 fjae b7al_hakka_fja2a mra_wa7da mara_wa7da marra_wa7da 3ala_ghafla 3la_ghafla على_غفله علي_غفله علي_غفلة`

	// cCallHelp is a cry for help: someone is in trouble now. Not «طوارئ» or «اسعاف» alone: «لازم اروح
	// طوارئ؟» asks whether it is needed.
	cCallHelp = `الحقوني الحقونا الحقني الحقوا ساعدوني ساعدونا انجدوني اتصلت_بالاسعاف اتصلنا_بالاسعاف ننتظر_الاسعاف ننطر_الاسعاف
called_an_ambulance called_911 calling_911 el7a2ooni il7a2oni el7a2uni l7a2oni sa3dooni sa3duni`

	// cNeuro are the signs that, come suddenly, may be a stroke or a bleed: numbness, weakness, a face
	// or a mouth gone crooked, the sight lost or doubled, speech or mind confused, a collapse.
	cNeuro = cWeak + `  went_dead gone_dead went_limp gone_limp dead_arm dead_leg engourdi* paralys* lmoukh mfaloj* mfalej* مفلوج* انفلج* تفلج* مشلوله` + cWeakens + `
!حاس !حاسه !حاسس !حاسسه !يحس !تحس !احس !feel !feeling
مظلم* مظلمه اسودت نص_الدنيا نص_الشي نص_الصوره half_of خدر* خدران* تنميل* منمل* تنمل* شلل انشل* مشلول* مايل* معوج* اعوج زغلل* تزغلل* غباش مغبش* تشوش* مشوش* ملخبط* متلخبط* تلخبط* لخبط* تايه* تايهه
مخدر* متخدر* متنمل* انهار انهارت اغمي* اغمى* مغمي* jumbl* garbl* gibberish numb numbs numbed numbness numbing tingl* paraly* droop* crooked blind* blurr* confus* slurr* collapsed
mkhaddar* m5adar* m5addar* tanmeel* tnmeel* mshlool* mashlool* tle5bet* tl5bt* tlakhbat* tla5bat* tlkhbet* mtle5bet* mtl5bt*`

	// cSerious are the signs a cry for help comes with: bleeding, a swelling, a faint, a fit, a
	// fever, blue lips, numbness (not نفس: «نفسي» is also a wish).
	cSerious = `نزيف* ينزف* تنزف* بينزف* نزف* ورم* متورم* تورم* منتفخ* انتفاخ* اغمي* اغمى* مغمي* دايخ* دوخه تشنج* يتشنج* يتنفس* اتنفس* تنفس* حراره* سخون*
ازرق* زرق* خدر* تنميل* bleed* blood swell* swollen faint* breath* seiz* fever numb numbs numbed numbness numbing naz+if* nazeef* waram* mwarram* saign* gonfl* evanoui* évanoui* convuls* fievre* fièvre* ddem dem`

	// cNotWaking is someone who does not wake or respond, told after a negation (the writer is
	// awake: the third person, past and present).
	cNotWaking = `!يصحي !تصحي !صحي !صحت !بيصحي !بتصحي !يفوق !تفوق !فاق !فاقت !يفيق !تفيق !يستجيب !تستجيب !استجاب !استجابت
!تجاوب !يجاوب !jaweb* !jawb* !jawbt* !jawab* !katfi9* !kayfi9* !tfi9* !yfi9* !katfiq* !kayfiq* !tfi2* !yfi2* !katjawb* !kayjawb* !tjawb* !yjawb* !فايق !فايقه !kayhder* !kathder* !yhder* !thder* !wake !wakes !waking !woke !respond* !yes7a !tes7a !sa7a !sa7i !sa7at !yfoo2 !tfoo2
!يتجاوب !تتجاوب !بيتجاوب !بتتجاوب !كيتجاوب !كتتجاوب !repond* !répond* !reveill* !réveill* !reagi* !réagi* !ywa3e !twa3e !ywa3i !twa3i !yw3a !tw3a !bt7ess* !by7ess* !bt7es* !by7es* !t7ess* !y7ess* !kat7ess* !kay7ess*
!fa2 !fa2et !fa2at !fa2it !fa2ash !fa2etsh !fa2sh !yfou2 !tfou2 !yfo2 !tfo2 !btfoo2 !byfoo2 mafa2et* mafa2at* mafa2it* mafa2sh mafa2ash mabtfoo2* mabyfoo2* mayfoo2* matfoo2* mayfou2* matfou2* mayfi9* matfi9* mayfi2* matfi2* mayfi9sh* mayfi9ch* matfi9sh* matfi9ch* mayfi2sh* matfi2sh* mayfeeqsh* mayso7ash* mates7ash* ماكيفيقش ماكتفيقش مايفيقش ماتفيقش مافاقش مافاقتش مابيصحاش مابتصحاش مابيفوقش مابتفوقش مايصحاش ماتصحاش`

	// cUnaware is someone not conscious, told with a negation («مو واعي», «ما هو بوعيه», "not
	// conscious"): alone a red flag. cNotAnswering is someone who does not answer or know their own
	// people («ما يرد علينا», «ما دا يعرفنا», «ما كتجاوبش»): a red flag with a state of the body
	// (cState), since «ما يرد» alone is also a clinic that does not reply.
	cUnaware      = `!واعي !واعيه !واعين !بوعيه !بوعيها !بوعيو !صاحي_ولا_واعي !wa3i !wa3ye !wa3ya !wa3yeh !b3a2lo !conscious !awake_or_aware`
	cNotAnswering = cNotWaking + ` !يرد !ترد !بيرد !بترد !yrd !trd !yrud !trud !yradd !tradd !byrod* !btrod* !birod* !bitrod* !biyrod* !byrud* !btrud* !يرد_علينا !ترد_علينا !يرد_علي !ترد_علي !يعرفنا !تعرفنا !يعرفني !تعرفني !بيعرفنا !بتعرفنا !يعرف_حدا !تعرف_حدا !يعرف_احد !تعرف_احد !يعرفنا* !تعرفنا*
!answer* !answering !responding !recognise* !recognize* !yrod* !trod* !yroud* !troud* !yerod* !terod* !ya3refna* !ta3refna* !y3rfna* !t3rfna* !yi3rafna* !ti3rafna*`
	cState = cDown + ` ` + cSerious + ` ` + cVomit + ` يعرق عرقان* عرق_بارد ناعس* ناعسه نعسان* نايم* سكر* السكري سكري راس* ضرب* وقع* حراره* حرارته حرارتها عيون* عيونه عيونها يتقيا* تتقيا* يستفرغ* تستفرغ* يرجع ترجع عم_يرجع عم_ترجع
clammy drowsy sleepy floppy limp sugar diabet* head fever eyes 3ar2an* 3er2an* na3san* ras* sokkar* sukkar*`

	// cPain is a pain, hurting, in every dialect and person: the noun, the verb (يوجع، يعور، بيوجع،
	// كيضرني), the Arabizi of each (wja3, yewja3ni, bt3awer, kayderni), English and French.
	cPain = `الم* وجع* يوجع* توجع* بيوجع* بتوجع* عم_يوجع عم_توجع يعور* تعور* بيعور* بتعور* يالم* تالم* يتالم* موجوع* متوجع* يضرني كيضرني كتضرني تضرني ضارني كيوجعني كتوجعني
pain* ache* aching hurt* hurting sore agony douleur* fait_mal wja3* waja3* wje3* wj3* wji3* wjee3* waga3* wag3* wage3* yewga3* bywga3* byewga3* btewga3* bitewga3* tewga3* yewja3* ywja3* yoja3* bywja3* byewja3* biwja3* btewja3* btwja3* btoja3* tewja3* twja3* toja3* bewja3* y3awwer* y3awer* t3awwer* t3awer* bi3awer* bt3awer* by3awer* kaywje3* katwje3* kaywj3* katwj3* kayderni* katderni* kaydrni* katdrni* alam* 2alam* 2lam* wa3ja3*`

	// cCanZ is being able, in Arabizi, after a negation (ma a2dar, mesh 2ader, ma y9derch, ma ygdar):
	// every spelling of ق (2 9 q g k) in every person.
	cCanZ = `!a2dar* !y2dar* !t2dar* !n2dar* !b2dar* !bi2dar* !bt2dar* !by2dar* !2dar* !e2dar* !ye2dar* !te2dar* !ne2dar* !a9dar* !y9dar* !t9dar* !n9dar* !a9der* !y9der* !t9der* !n9der* !9der*
!aqdar* !yqdar* !tqdar* !nqdar* !aqder* !yqder* !tqder* !nqder* !agdar* !ygdar* !tgdar* !ngdar* !agder* !ygder* !tgder* !akdar* !ykdar* !tkdar* !2ader* !2adra* !2adir* !2adreen* !9ader* !9adra* !9adir* !qader* !qadra* !qadir* !gader* !gadra* !gadir* !kan9der* !kay9der* !kat9der* !kanqder* !kayqder* !katqder* !kanqdar* !kayqdar* !katqdar*`

	// cMoveNeg is a part that will not move or be moved, after a negation, in every person, and a
	// child who will not (the rules take it with the part).
	cMoveNeg = `!يحرك !تحرك !احرك !نحرك !يحركها !يحركه !تحركها !تحركه !احركها !احركه !يلفها !يلفه !تلفها !تلفه !يثنيها !يبي_يحرك !تبي_تحرك !يبغي_يحرك !تبغي_تحرك !بدو_يحرك !بدها_تحرك !عايز_يحرك !عايزه_تحرك !يرضي_يحرك !ترضي_تحرك !راضي_يحرك !راضيه_تحرك
!a7ark* !y7ark* !t7ark* !n7ark* !a7rk* !y7rk* !t7rk* !n7rk* !7arek* !7arak* !7arrek* !y7arrek* !t7arrek* !a7arrek* !e7arrek* !yet7arak* !tet7arak* !yit7arrak* !tit7arrak* !yharrek* !tharrek* !kay7rrek* !kat7rrek* !kan7rrek* !ylef* !tlef* !yliff* !tliff* !dawwer* !ydawwer* !moving !turning !bending`

	// cNow is the present told in a word.
	cNow = `الحين هسه هسع هلا هلق دلوقتي now halla2 hala2 hal2a daba ye3ra2* y3ra2* 3ar2an* ya3ra2* توا تو توه دابا حاليا maintenant`

	// cAllergen is what an allergy is to: a food, a sting, a drug. With a swelling of the face or the
	// throat, or a cough with a swelling or hives, it is an allergic reaction, in any order.
	cAllergen = `piqure* piqûre* pique piqué* abeille* guepe* guêpe* arachide* cacahuete* cacahuète* crevette* fruits_de_mer penicilline* pénicilline* antibiotique* نحله_قرصتني زنبور_قرصني مكسرات* فول_سوداني سوداني* بندق* لوز* فستق* جوز* كاجو* روبيان* جمبري* قريدس* سمك* بيض* قرصه* قرصت* قرصها* قرصته* لسعه* لسعت* لسعها* لسعته* لدغه* لدغت* نحله* نحل دبور* زنبور* بنسلين* مضاد_حيوي مضادات_حيويه اموكسيل* اوقمنتين* صبغه*
nuts peanut* cashew* almond* shrimp* shellfish* prawn* sting stung bee wasp penicillin* antibiotic* amoxicillin* augmentin mkassarat* mksarat* fustu2* foul_soudani sudani*`
	cSwells     = `wrm wrmt wrmo wrmat wrmu ورم ورمت ورمو ورموا وارم* متورم* تورم* منتفخ* انتفاخ* انتفخ* تنتفخ* ينتفخ* نفخ* منفوخ* منفخ* نافخ* ينفخ* تنفخ* بينفخ* بتنفخ* عم_ينفخ عم_تنفخ يورم* بيورم* بتورم* يتورم* تتورم* swell* swollen swel* swol* puff* waram* wereme* wirem* wareme* mwarram* mwaram* mnaffakh* mnaffa5* mnafa5* nafe5* nfi5* blowing_up blown_up blew_up balloon* puffing_up puffed_up gonfl* enfl* tnfekh* tnfkh* nfekh* nfkh* mnfokh* mnfoukh* mnfo5* manfokh* manfoukh* manfoo5* tnfe5* tnfa5* mtnfekh* kaytnfekh* kattnfekh* katnfekh* wrem* wram* twerrem* tewarram* twarram* mitwarram* mwerrem* ورمان* وارمه وارمين منفوخه منفوخين انتفخت انتفخو انتفخوا نفخت كتنفخ* كيتنفخ* تنفخت* يتنفخ*`
	cFaceThroat = `وجوه* وشوش* وشي وشه وشها وشك lipp* وجه* شفايف* شفاي* شفه شفاه* شفت* شفتي* لسان* حلق* زور* رقب* عين* عيون* جفن* جفون* face lip lips tongue throat eye eyes eyelid* wejh* wij* wajh* shfaf* shafaf* lsan* 7al2* visage levre* lèvre* langue gorge figure wjhi wjho wjha wejho wejha wajho wajha wichi wchi shfayfi shfayfo shfayfha chfayf* chefaf* lsani lsano lsanha 7al9* 7alg* 7al8* 7ol9* zori zoro zorha zouri 3ini 3eni 3youni 3youno`
	cCoughs     = `يكح* تكح* كحه* كح اكح* بكح* عم_اكح كحيت سعال* يسعل* تسعل* يصفر* تصفر* صفير* كيكح* كتكح* كيقحب* كتقحب* تقحب* يقحب* cough* wheez* y2a77* t2a77* b2a77* bit2a77* 2a77a* ka77* k77* yko77* tko77* kat9a7* kay9a7* kan9a7* t9a7* y9a7* 9o77a* ko77a* kou77a* ykoh* tkoh* kte7*`
	// cRash is a rash or red spots come on the skin, without a swelling (cHives holds those too); cDrug
	// a medicine taken, which the rash may come from.
	cRash = `شري حبوب_حمرا حبوب_حمر حبات_حمر حبوب_حمراء طفح* hives rash* welts urticaire 7abbat_7imr 7abbat_7umr 7bob_7omr 7boob_7omr 7bub_7umr 7ubub_7umr 7obob_7omr 7abbat_7omr 7abbat_7amra`
	cDrug = `دوا دواء الدوا الدواء دوائي علاج* حبوب ابره حقنه medicine* medication* pill pills tablet* drug drugs antibiotic* dawa dwa el_dawa al_dawa 3ilaj* 3elaj* 3ilag* 3elag*`
	// cCalf is the calf of the leg.
	cCalf  = `ربله* ربلت* سمانه* سمانت* بطه_الرجل بطه_رجلي بطه_رجله بطه_رجلها calf calves rable* rabl* sammane* smane*`
	cHives = cSwells + ` شري حبوب_حمرا طفح* hives rash* welts urticaire bou3a3* boutons plaques`

	// cSystemic is a fever of the whole body, told as one (not «حرارة» alone: also a warm spot).
	cSystemic = `حرارتي حرارته حرارتها عندي_حراره عنده_حراره عندها_حراره معي_حراره معه_حراره معها_حراره فيني_حراره فيه_حراره فيها_حراره 7aratti* 7arati* 7rarti* عندي_حمي عندي_سخونه عندي_السخانه عندي_سخانه حراره_38* حراره_39* حراره_40* حرارتي_38* حرارتي_39* حرارتي_40* حراره_عاليه رعشه* قشعريره* برديه
يترعش* بيترعش* ترتعش* يرتعش* بترتعش* fever chills rigors shivering 7ararti* 7araro* 7arara_38* 7arara_39* 7arara_40* s5oune_38* s5oune_39* fievre* fièvre* s5ana* skhana* s5ouna* skhouna* s5ana_kbira 7arara_3alya 7arara_3alia 7rara* حمي_قويه حمي_عاليه سخانه_كبيره سخونه_عاليه`
	// cPus is pus or a yellow discharge; cHotRed a red, hot part.
	cPus    = `قيح* صديد* شي_اصفر افرازات_صفرا pus 2ee7* 2ay7* 2ai7* 2i7* qee7* 9i7* sadeed* sdeed* sadid* 9adeed* 9deed*`
	cHotRed = `احمر* حمرا حمره محمر* احمرار* ساخن* سخن* حار حاره حامي* red hot warm s5en* so5n* skhen* 7amye* a7mar* 7amra`
	// cNotSee is not seeing, of anyone: «ما اشوف», «ما عم شوف», «مبقتش شايفة», "can't see".
	cNotSee = `!vois !voit !voyons !اشوف !يشوف !تشوف !نشوف !شوف !بشوف !بيشوف !بتشوف !شايف* !شايفه !see !seeing !shoof* !shouf* !ashoof* !ashouf* !bshoof* !shayef* !shayf* !shaif* !shayif* !nchouf* !kanchouf* !كنشوف
!shuf !ashuf !bshuf !bashuf !beshuf !bishuf !bitshuf !btshuf !betshuf !byshuf !biyshuf !yshuf !tshuf !nshuf !3am_shuf !3am_bshuf
!beyshoof* !biyshoof* !byshoof* !bishoof* !betshoof* !bitshoof* !btshoof* !bashoof* !beshoof* can_t_see cannot_see couldn_t_see !nchoof* !nchof* !kanchof* !kanchoof* !nshoof* !nshof* !ychouf* !tchouf* !ychoof* !tchoof* !كانشوف !نشوفش !بشوفش !شايفاش !شايفش vois_rien vois_plus voit_plus voit_rien`
	// cOneEye is one eye, or the eye the message names; cDark a sight gone black, or lost on waking.
	cOneEye = `oeil un_oeil œil l_oeil 3ini_wa7da b3in_wa7da عين_وحده عين_واحده بعين_وحده بعين_واحده عيني عينه عينها بعيني بعينه بعينها الشمال اليمين اليسار اليسري اليمني one_eye my_eye his_eye her_eye left_eye right_eye 3ayni 3ayno 3aynha`
	cDark   = cSudden + ` صحيت صحت صحي قمت woke waking سودا سوداء سوده اسود ظلام ظلمه مظلم* كلها black dark`
	// cDouble is seeing double; cHalos rainbow rings round lights (a pressure attack).
	cDouble = `صار_اثنين صارت_اثنين صار_ثنين صار_اتنين صاروا_اثنين بقي_اتنين بقا_اتنين بقت_اتنين شيئين شيين دبل مزدوج* كل_شي_ثنين كل_شي_اثنين كلشي_ثنين كل_شيء_اثنين كل_شي_اتنين double two_of_everything doubled joj jouj zouj zoj joje dedoublé* dédoublé* double* vois_double voit_double كلشي_جوج كلشي_زوج كل_حاجه_اتنين كل_حاجه_اثنين اثنين_اثنين_قدامي double_vision seeing_double`
	cHalos  = `هالات* هاله* قوس_قزح الوان_حول الوان* halo* rainbow* rings_around 7alat* alwan*`
	// cSharp is something that goes into an eye.
	cSharp = `شظيه* شظايا حديد* معدن* صناره* سناره* سلك* مسمار* metal* shard* splinter* sliver* hook* wire nail grinding`
	cInto  = `دخل* دخلت طار* طارت عالق* علق* جوه داخل in into inside stuck flew embedded`
	// cFall is a fall; cHip the hip or the leg; cShortRot a leg shortened or turned out after it;
	// cNoWeight the leg that takes no weight.
	cFall     = `طاح طاحت طحت وقع وقعت وقعنا سقط سقطت انزلق* تزحلق* fell fall fallen slipped tripped 6a7 6a7at wi2e3 w2e3* wa2a3*`
	cHip      = `رجل* ورك* حوض* فخذ* ساق* leg legs hip hips thigh rijl* ijr* wirk*`
	cShortRot = `اقصر اقصر_من قصيره قصرت ملفوف* ملفوفه لافه لايفه مقلوب* مايل* لبره للخارج shorter shortened rotated turned_out twisted_out a2sar`
	cNoWeight = `!يشيل_وزن* !تشيل_وزن* !يحط_وزن* !تحط_وزن* !يحمل_وزن* !تحمل_وزن* !يوقف !توقف !نوقف* !يقوم !تقوم !نقومه* !نقومها* !يمشي !تمشي
can_t_stand cannot_stand can_t_bear cannot_bear can_t_put_weight cannot_put_weight unable_to_stand`
	// cSaddle is the saddle: the seat, between the legs; cNoFeel feeling gone there.
	cSaddle = `مقعده* المقعده منطقه_المقعده السرج منطقه_السرج بين_الفخذين بين_رجلي بين_رجليا بين_رجليه بين_رجليها بين_الرجلين العجان الشرج حول_الشرج حوالين_الشرج فتحه_الشرج anus anal ارداف* الارداف saddle groin perineum ma2a3de* mo2a3ade* ma2a3ad* mo2a3ad* ma2a3d* mo2a3d* ma23ad* mag3ad* mi9ad* l_mi9ad 2a3de* 2a3da* 2a3dit* bottom bum bums buttock* inner_thigh inner_thighs between_my_legs between_the_legs between_his_legs between_her_legs bein_el_rijl* bein_rijl* bein_rjl* ben_el_rijl* ben_rijl* ben_rjl* bain_el_rijl* bain_rijl* bain_el_rejl* bain_rejl* bain_rjl* bayn_el_rijl* bayn_rijl* bin_rjl* bin_rijl* bein_el_rejl* bein_rejl* ben_rejl* bein_el_regl* bein_regl* ben_regl*`
	cNoFeel = `خدر* تنميل* منمل* مخدر* تنمل* يتنمل* تتنمل* بيتنمل* بتتنمل* متنمل* !احس !يحس !تحس !نحس !حاس !حاسه !feel !feeling numb numbs numbed numbness numbing tingl* tanmil* tanmeel* tnmil* mkhadar* m5adar* !y7es* !t7es* !a7es* !7es !7is !b7es !b7is !n7es !yhes* !the7s* !7ases !7asa !7assa !7asis !7asisa !kan7ess* !kay7ess*`
	// cBladder is the bladder and the bowel: cannot hold or cannot pass water.
	cBladder = `!نحبس_البول !احبس_البول !يحبس_البول !تحبس_البول !نمسك_البول !يمسك_البول !تمسك_البول !اعمل_حمام !يعمل_حمام !تعمل_حمام !ادخل_الحمام !فوت_عالحمام !فوت_على_الحمام !فوت_ع_الحمام !يدخل_الحمام !تدخل_الحمام !اتحكم_بالحمام !يتحكم_بالحمام !تتحكم_بالحمام !اتحكم_بالبول !يتحكم_بالبول !تتحكم_بالبول !امسك_البول !اسيطر_على_البول !اسيطر_عالبول !يسيطر_على_البول !تسيطر_على_البول !sayter_3al_bol !sayter_3ala_el_bol !sayter_3a_el_bol !sayter_3al_bool !ysayter_3al_bol !tsayter_3al_bol !nsayter_3al_bol !et7akam_bel_bol !at7akam_bel_bol !yet7akam_bel_bol !tet7akam_bel_bol !اتبول !يتبول !تتبول !ابول !نبول !يفوت !yfawwit* !tfawwit* !pipi !a3mel_pipi !pee !wee !nbool !bool bol_nazel bool_nazel bol_byenzel bol_biyenzel bol_beyenzel bol_yenzel bol_nazil البول_ينزل البول_بينزل البول_نازل بول_ينزل بول_نازل
can_t_pee cannot_pee can_t_control_my_bladder !control_my_pee !control_my_bladder !control_my_urine !control_my_wee !control_the_pee !hold_my_pee !hold_my_urine !hold_my_bladder !hold_my_wee`
	// cTearing is a pain that tears.
	cTearing = `ممزق* يمزق* تمزق* يشق* tearing ripping`
	cNever   = cSudden + ` مفاجي* لم_اشعر* ما_حسيت عمري_ما اول_مره never worst`
	// cChokeFood is food stuck in the throat.
	cStuck  = `وقف وقفت توقف يوقف بتوقف بيوقف تعلق يعلق بتعلق بيعلق علق علقت علقان* عالق* واقف* واقفه stuck lodged w2fet w2ef* wa2fa* 3al2a* 3al2an* m3al2a*`
	cThroat = `زردوم* بلعوم* حلق* حلج* زور* مري* جرجوم* قرجوم* throat windpipe gerjouma* grjouma* gargouma* 9erjouma*`
	cFood   = `اكل* الاكل لقمه* لقم* طعام* قطعه* حبه* ريق* مويه ماي food piece bite akl* lo2m* lu2m* l2me* riy2*`
	// cNotBreathing is someone not breathing, told after a negation: with a state it is an emergency.
	cNotBreathing = `!يتنفس !تتنفس !بيتنفس !بتتنفس !breathing !yetnaffas* !tetnaffas* !yitnaffas* !titnaffas* !yitnaffas !btetnaffas*`

	// cChemical is a chemical that burns.
	cChemical = `جافيل* كلوركس* كلور* ديتول* فلاش اسيد* حمض* اسمنت* جير* نوره مبيض* منظف* مطهر* نشادر* bleach* acid* lye cement lime ammonia* chemical* cleaner* javel* klorox* clorox*`

	// cHeart, cRacing and cDizzy: a racing heart with dizziness; cFallSoon a faint about to happen.
	cHeart    = `گلب* كلب* گلبي قلب* كلبه كلبي كلبها نبض* خفقان heart* pulse palpitation* 2alb* galb* 9alb* qalb* nabd* albi albo albu albha alby albak coeur cœur 9albi galbi qalbi 9lbi glbi qlbi 2albi 2lbi قلبي قلبو قلبه قلبها`
	cRacing   = `يدگ* تدگ* ديدگ* ديدك* ديدق* دتدگ* دتدك* يدگدگ* يدكدك* تدكدك* يطب* يرف* يرفرف* يدق* بيدق* تدق* يدك* تدك* يخفق* سريع* بسرعه* يضرب* racing pounding fast* ydo2* ydig* ydi2* ydg* yd2* td2* ydrob* ydrb* kaydrob* kaydrab* kaydreb* kaydrb* katdrab* katdreb* bidoo2* bido2* bdo2* btdo2* bitdo2* tdo2* ydoo2* bsor3* bsr3* bsur3* b9wa bqwa sari3* كيضرب* كتضرب* كيدق* كتدق* كيخفق* كيطرطق* بزاف bzaf bezzaf bzzaf kaydo9* kaydog* kaydig* kaydi9* kaytrtaq* bat_vite bat_fort bat_tres_vite tres_vite بيرفرف* بيخبط* يخبط* ydu2* bidu2* bidugg* yed2* yde2* yid2* byed2* 3am_yed2* bydo2* ydoog* ydogg* b3nf b3unf بعنف`
	cDizzy    = `دوخ* ادوخ بدوخ يدوخني دايخ* بدوخه دخت يدوخ تدوخ دايخه بتلف عم_تلف بتدور دوار* spinning head_is_turning head_turning head_is_spinning dizzy* lightheaded* light_headed dayekh* dayi5* d5t dokh* dookh* doo5* adoo5* adookh* ado5* adokh* bdoo5* bdookh* ndokh* ndo5* daw5* dawkh* daykha dayekha dayi5a kaydoukh* katdoukh* kandokh* kandoukh* راسي_كيدور* كيدور* كدور* كيدوخ* كندوخ* rasi_kaydour rasi_katdour rassi_kaydour ras_kaydour rasi_kaydor ydour* ydoor* bydour* 3am_ydour rasi_ydour rasi_3am_ydour vertige* etourdi* étourdi* tourne_la_tete la_tete_qui_tourne دوخان* دوخانه مدوخ*`
	cFallSoon = `يوگع توگع اوگع راح_اوگع راح_اوكع اوقع_هسه يوكع توكع اوكع وكع تظلم دتظلم اظلمت اطيح بطيح ابطيح راح_اطيح رح_اطيح اوقع بوقع راح_اوقع يغمي_علي بيغمي_علي اغمي_علي faint* pass_out about_to_fall i_will_fall i_ll_fall gonna_fall going_to_fall ntih nti7 n6i7 a6i7 nta7 ntaye7 t7t t7it نطيح غادي_نطيح غادي_نسقط غادي_يغمى رايح_نطيح راح_نطيح حطيح هقع هيغمي_عليا هيغم* هيجيلي_اغماء رح_يغمى_علي رح_يغمي_علي ghadi_nti7* ghadi_nta7* ghadi_ntie7* ghadi_nty7* ntie7* nty7* ntiye7* ghadi_ytih* ghadi_ti7 7a2a3 ha2a3 ra7_yoghma ra7_yghma b_pass_out gonna_pass_out going_to_pass_out black_out blacking_out about_to_faint evanouir m_evanouir tomber_dans_les_pommes`

	// cConfused is speech without sense or a mind lost, told of someone else.
	cConfused = `يخرف تخرف يهذي تهذي يهلوس تهلوس كلام_ما_له_معني كلام_مالو_معني كلام_ما_الو_معني كلام_ما_الها_معني كلام_مو_مفهوم كلام_مش_مفهوم
كلام_مالوش_معني كلام_ملوش_معني كلام_مالهوش_معني kalam_malosh_ma3na kalam_malush_ma3na kalam_mlosh_ma3na kalam_malo_ma3na kalam_ma_elo_ma3na kalam_ma_ilo_ma3na kalam_bala_ma3na
كلام_غريب مخربط* مخبوط* تخربط* m5arbat* mkharbat* m5arbet* mkharbet* tle5bet* tl5bt* tlakhbat* tla5bat* tlkhbet* mtle5bet* mkhalbat* m5albat* talking_nonsense makes_no_sense not_making_sense confused disoriented`
	cOnset = cSudden + ` من_شوي قبل_شوي من_ساعه قبل_ساعه من_ساعتين قبل_ساعتين من_نص_ساعه بلش* بدا* بدات بدأ* صار_فجاه started just_now this_morning an_hour_ago mn_sa3a min_sa3a mn_shway mn_shwai men_shwaya`

	// cVision is the sight; cGone the sight gone or dark.
	cVision = `رويه* الرويه نظر* بصر* vision sight eyesight`
	cGone   = `فقدت_النظر فقدت_نظري فقدت_البصر فقدت_بصري فقدت_الرويه فقدت_القدره فقد_النظر فقد_القدره فقدت_الشوف lost lose losing loss perdu* perte mcha* mchat* ra7et raa7et راح راحت اختفي* اختفت انطفي* انطفت ظلام ظلمه اسود* اسودت سواد طار طارت went gone vanished black dark`

	// cBlood is blood or bleeding; cSoaked gauze or cloth full of it.
	cBlood  = `ydmm ydamm ydammi ydmi tdmm tdamm tdammi tdmi ydemm tdemm nezef* binezef* betnezef* bitnezef* eddem eddm يدم يدمي تدم تدمي دم نزيف* ينزف* تنزف* بينزف* نزف* blood bleed* bled* bleding* bleeing* dam damm eddamm eldamm nazeef* nazif* ynazef* ynazzef* tnazef* tnazzef* bynazef* btnazef* bynazzef* btnazzef* nazef* nazzef* yinzif* tinzif* binzif* ddem ddm dem dmm saign* sang hemorrag* hémorrag* نزيف_دم الدم`
	cSoaked = `غرقان* غرقانه مليان* مليانه مغرق* مغرقه soaked* drenched* full_of_blood through_the_gauze through_gauze through_the_towel soaking_through soaked_through`

	// cKeeps is a sign that goes on; cHours the hours it has gone on (bleeding for two hours).
	cKeeps = `ضل ضلت ظل ظلت لسا لسه لسع لساته لسته مازال مازالت ما_زال ما_زالت مستمر* still keeps kept continu* ba2alha ba2alo ba2alu ba2ali ba2aly b2alha b2alo lessa lissa mazal dal dallo ba9i ba9a ba9ia baqi ba9a_kaysil toujours encore مازال_كيسيل`
	// cTillNow is a sign still there since it began.
	cTillNow = `lil7een lel7een lal7een li7ad_el7een la7ad_el7een l7ad_el7een lilheen lalheen lalhin lelheen la7ad_hala2 l7ad_hala2 lahala2 lhala2 lissa_la_hala2 للحين لحد_الحين لهسه لهلا لحد_هلا لحد_الان لحد_هلق lil7in lal7in la7ad_al7in l7d_al7in until_now till_now`
	// cFlowing is blood running, not a trace of it.
	cFlowing = `يسيح* يسيل* بيسيل* يجري بيجري يشر* بيشر* شغال* yesi7* ysi7* bysi7* yseel* bysil* pouring gushing running flowing kaysil* kaysiil* katsil* ysil* isil* sayel* sayl* كيسيل* كتسيل* سايل* coule* couler`
	cHours   = `ساعتين ساعات ساعه_ونص sa3a_w_nos sa3a_w_nus sa3a_o_nos sa3a_wa_nos ربع_ساعه نص_ساعه ثلث_ساعه hours two_hours half_an_hour an_hour over_an_hour sa3tein sa3ten sa3teen sa3at 20_min 15_min 20_minutes 15_minutes 30_min 30_minutes min minutes دقيقه دقايق دقائق d2i2a d2aye2 ساعه_كامله دقايق_كامله 5_min 5_minutes 10_min 10_minutes 45_min rob3_sa3a ro3_sa3a nass_sa3a nos_sa3a 3ashr_d9aye9 d9aye9 d9i9a d9ay9 dqayeq dqi9a minute heure heures une_heure عشر_دقايق خمس_دقايق ربع_ساعه_كامله`

	// cNotStop is bleeding that will not stop.
	cNotStop = `still_coming still_going still_flowing still_oozing still_running keeps_coming keep_coming keeps_flowing keeps_oozing !wgaf* !wagaf* !ywgaf* !twgaf* !wgif* !wgef* !ygif* !tgif* !wgf* !وقف !وقفت !يوقف !توقف !يوكف !توكف !وكف !ينقطع !انقطع !يرقا won_t_quit wont_quit won_t_let_up wont_let_up won_t_ease wont_ease won_t_slow wont_slow doesn_t_stop doesnt_stop isn_t_stopping isnt_stopping not_stopping keeps_going !بيوقف !بتوقف !يقف !تقف !wa2af* !wa2f* !w2ef* !w2if* !ywa2ef* !ywa22ef* !twa2ef* !twa22ef* !ywa2if* !twa2if* !yw2af* !tw2af* !bywa22ef* !btwa22ef* !byo2af !bto2af !bi2af !bi2of !byo2of !bto2of !btu2af !bi2ef !bey2af !bte2af* !bye2af* !yo2af !ye2af !bt2af !bti2af !batal* !bata2* !ba6al* !battal* !bi2of* !yo2of* !خف !يخف !خفت !قل !يقل !stop* won_t_stop wont_stop !y7bes* !t7bes* !i7bes* !ye7bes* !te7bes* !n7bes* !7bes* !7bs* ma7bs* ma7bes* mat7bs* mat7bes* ma7absh* !iw9ef* !yw9ef* !tw9ef* !yw9af* !tw9af* !yo9af* !to9af* !w9ef* !w9af* !يحبس !تحبس !يتحبس !تتحبس !حبس !حبسات !يوقفش !توقفش !بيوقفش !بتوقفش !وقفش !وقفتش sans_arret sans_arrêt s_arrete_pas arrete_pas s_arrete_plus arrete_plus ولا_وقف ولا_وقفت ولا_يوقف ولا_توقف ولا_خف ولا_خفت ولا_بطل مايوقف ماتوقف ماوقف ماوقفت مابيوقف مابتوقف مابطل مابطلت مايخف ماخف !راضي_يقف !راضي_يوقف !راضيه_تقف !راضيه_توقف !عايز_يقف !عايز_يوقف !عايزه_تقف !يرضي_يوقف !يرضي_يقف !ترضي_توقف !بيرضي_يوقف wala_wa2af wala_w2ef wala_w2if wala_wa2fet !radi_yo2af !rady_yo2af !3ayez_yo2af`

	// cPress is pressing on it.
	cPress = `bite biting bit_on bit_down biting_on biting_down عاض عاضه عاضين عضيت عضينا عاضه_على 3a6 3a66 3ad 3adeh 3aditt 3a6eit 3adeit 3dit ضاغط ضاغطه ضاغطين ضغطت ضغطنا اضغط ضغط pressure pressing pressed dayes dayse dayesa dayseen nodghot* ndghot* kandghot* daghat* dghat* da8at* daght* dagh6* d8at* dagheet* daghet* daghait* daghit*`

	// cFit is a fit (the Maghreb says it in French); cShaking the body shaking or jerking.
	cFit     = `sar3 sare3 el_sar3 nawbet_sar3 nawbit_sar3 nawbat_sar3 nobet_sar3 nawba_sar3 masroo3* masrou3* masru3* كريز* crise kriz seizure* seizing seiz* siez* seaz* convuls* fitting crises convulsion* convulse* kriza krize kriz* tachannoj* tashannoj* tshannoj* tshnnoj* tchennej* mtchenej* tshennej*`
	cShaking = `رجفه* رعشه* انتفاض* يتفرقع* kaytfrg3* ytfrg3* kaytfreg3* kaytnfed* ytnfed* يرجف ترجف يرتجف ترتجف ينتفض تنتفض يترعد* تترعد* كيترعد* كتترعد* يرتعش* ترتعش* kaytra3ad* katra3ad* ytra3ad* ttra3ad* kayrjef* katrjef* yerjef* btirjef* birjef* tirtijef* btirtijef* yirtijef* birtijef* tertejef* btertejef* yertejef* tirtjef* yirtjef* tertjef* yertjef* btintefed* btintifid* tintifid* yintifid* yenteffed* yentefed* yentfed* yintefed* btentefed* 3am_yentefed* shaking jerking twitching convulsing kayrj3* katrj3* katrja3* kayrja3* rje9* tremble* secous* yerta3ish* yirta3ish* yerta3esh* terta3ish* tirta3ish* terta3esh* birta3ish* btirta3ish* yert3ish* tert3ish* yerjif* terjif* yirjif* tirjif* birjif* btirjif* yerjuf* terjuf* kaytfre3* kaytfrgue3* kaytfrga3*`

	// cThinners are the blood thinners by their names (the medicines, not any clinic's treatment), in
	// Arabic letters and Latin: a knock to the head on one is a bleed inside to rule out.
	// cToothWord is a tooth, in the dialects' and Arabizi's words; cPermanentTooth a permanent one, also
	// told as not the milk one («mu lbaniya», «machi dyal l7lib») or the grown-ups' («dyal lkbar»).
	cToothWord      = `سن سنه سنته سنتها سني سنو ضرس* sen sena senet sinn sinno sinna sinnu sinni sinnah sinnha sinnaha senno senna sennha sna snani snan tooth teeth incisor*`
	cPermanentTooth = `دايم دايمه الدايم الدايمه دايمي الدايمي دائم دائمه الدائم الدائمه مو_لبني* مش_لبني* مب_لبني* مو_اللبني* مش_اللبني* daym* dayem* da2em* da2im* mu_lbani* mo_lbani* mu_labani* mo_labani* mish_labani* mesh_labani* mub_labani* mish_laban* mesh_laban* msh_laban* mu_laban* mo_laban* mu_lebni* mo_lebni* machi_dyal_l7lib machi_d_l7lib dyal_lkbar dial_lkbar d_lkbar permanent adult`

	cThinners = `وارفارين* ورفارين* الوارفارين* كومادين* سينتروم* سنتروم* السينتروم* اليكويس* ايليكويس* زاريلتو* زارلتو* اكزارلتو* براداكسا* بلافيكس* كليكسان* هيبارين* warfarin* coumadin* sintrom* eliquis* apixaban* xarelto* rivaroxaban* pradaxa* dabigatran* plavix* clopidogrel* clexane* heparin* acenocoumarol*`

	// cBlow is a blow or a knock; cEye the eye.
	cBlow = `انضرب* ضرب* خبط* darab* drab* ndarab* endarab* inDarab* 5aba6* khabat* 5ab6* اتخبط* انخبط* دق* انلكم* كف لطمه انلطم* لطم* لكمه بوكس hit bumped banged poked struck punched slapped`
	cEye  = `عين* عيون* eye eyes 3in* 3yn* 3en* 3ayn* 3ain* 3ein* 3eyn*`

	// cSpreadTo is a swelling or an infection reaching further; cNeckFace where it reaches.
	cSpreadTo = `into reaching reached spread* spreading وصل وصلت واصل* امتد* يمتد تمتد ينتشر* تنتشر* منتشر* نازل_على نازل_ل نازله_على نزل_على wasal* wesel* wesl* wisil* wislat wasl* wsl* wsil* imtad* emtad* mtad* ntashar* ntasher* yintishir* tintishir* byintishir* btintishir* bynteshir* btnteshir* mintishir* nazel_3ala nazel_la atteint* jusqu*`
	cNeckFace = `رقب* عنق* حلق* زور* عين* neck throat eye* ra2ab* ra2ba* r2ba* rgba* rgbt* ragab* ragba* ragbt* raqab* raqba* r9ba* r9ab* 3ein* 3eni 3ayn* 3yn* 3yoon* 3youn* 3in* zor* zour* 7al2* 7al9* 7alg* cou gorge oeil yeux`

	// cEyesRoll is the eyes rolling up or fixed, as in a fit.
	cEyesRoll = `لفوق تزوغ يزوغ زاغت زايغ* مقلوبه مقلوبات شاخص* شاخصه rolled rolling_back rolling_up la_fo2 lafo2 lfo2 la_fou2 lfou9 lfo9 l_fo9`

	// cFace is the mouth and the face; cCrooked gone crooked (not مال: also "what's with"; not the
	// English, which a cosmetic question asks: "can this fix a crooked smile?").
	cFace    = `وجه* فم* حنك* بوز* تمه* ثمه* شفه* شفت* شفايف* مبسم* face mouth lip lips smile fommo fomo fommi fomha foumo foummo fummo fmo fmmo wjhi wjho wjhha wjhu wjeh* wejhi wejho بقه بقها بقو بقي بوقه بوقها بوقو بوقي حنكه حنكها فمه فمها تمه تمها تمو فمو وجهو bo2* bu2* bou2* bo9* bu9* bouq* bo2ha bo2o bo2i famo fama famha fomm* tmo tmmo tmha tmmha tummo tumma timmo timma 7anko 7anka 7nko 7nka wjha wejha wajho wajha wi4ho bouche visage`
	cCrooked = `مايل* معوج* اعوج* عوج* تعوج* انعوج* اتعوج* تلوي تلوت اتلوي اتلوت ملوي ملويه tlwa tlwat mlwi mlwiya مايله ma3wooj* m3awaj* me3waj* ma3waj* a3waj* m3wj* m3wej* m3awej* m3ewj* m3ewwej* t3ew* t3aw* t3wej* ta3waj* t3wj* mayel mayla maylo mayle mayil maylah m3awaj m3awja m3awje m3ewja m3wja tawaj* t3awaj* t3awej* t3awwaj* 3awaj* 3waj* mawja* متعوج* اعوجت اعوج_فمه تعوج_فمه مال_فمه مالت مال مايلين tordu* déformé* deforme* de_travers`

	// cVomit is vomiting; cIncontinent the bladder or the bowel let go.
	cVomit       = `threw_up throwing_up vomit* طرش* بطرش عم_اطرش تقيأ* تقيات* استفرغ* ترجيع استرجعت kayr9a* katr9a* kaytqeya* kay9ayya* kat9ayya* r9at* ra9at* t9aya* tqiya* astafrig* astafreg* astafragh* astafre3* estafre3* bastafre3* btestafre3* testafre3* yestafre3* istafrag* istafrig* yistafrig* tistafrig* bastafrig* vomi* بيرجع بترجع كيتقيا* كتتقيا* كيرد كترد كيتقيأ*`
	cIncontinent = `wet_myself peed_myself pooped_myself soiled_myself wet_himself wet_herself lost_control_of_my_bladder عملت_على_حالي عملتها_على_حالي بلت_على_حالي بليت_على_حالي عملت_على_نفسي بليت_نفسي`

	// cSkinSpread is an infection of the skin that spreads.
	cSkinSpread = `ينتشر* تنتشر* انتشر* منتشر* يمتد تمتد امتد امتدت يكبر تكبر بيكبر بتكبر عم_يكبر عم_تكبر يوسع توسع spread* spreading growing getting_bigger`
	cSkinSign   = `pus blister* weeping فقاع* نفاط* صديد* قيح* احمرار* حمار محمر* يتقشر* تقشر* خطوط_حمرا خطوط_حمراء خط_احمر redness red streak*`

	// cAfterOp is an operation lately.
	cAfterOp = `عمليه* العمليه surgery operation lasik ليزك* post_op ليزر* laser* تقشير* peel*`

	// cDespair is not bearing it any more; cPills the pills; cAllAtOnce all of them, or tonight.
	cDespair = `ما_عاد_اتحمل ماعاد_اتحمل ما_عدت_اتحمل ما_عدت_قادر ماعدت_قادر ما_عاد_فيني_اتحمل مش_قادر_اتحمل مش_قادره_اتحمل ما_اقدر_اتحمل ما_عدت_اقدر can_t_do_this_anymore cant_do_this_anymore ما_بقيت_نقدر تعبت_من_الحياه تعبت_من_حياتي مليت_من_الحياه ما_عاد_فيني can_t_take_it can_t_go_on cant_take_it cant_go_on had_enough ma_3ad_2a7tamel ma_3ad_a7tamel ma3ad_a7tamel ma_3ad_at7ammal mab9itch_n9der ma_b9it_n9der ma_bqit_nqder ma_b9it_nt7ammel ma_3adt_a9der t3abt_mn_l7ya t3bt_mn_lhayat`
	// cIntend is meaning to do something soon, in the dialects, English and Arabizi.
	cIntend    = `ناوي ناويه ناويين ناويه_اخذ نويت ناوي_اخذ مقرر مقرره قررت عازم عازمه ناوى nawi nawya nawye nawyeh nawyi nawiya naweya nawiyeh planning plan_to going_to gonna intend* decided 9arrart 2arrart qarrart`
	cPills     = `حبوب حبات دوا دواء ادويه اقراص علبه شريط pills tablets meds 7bob 7ubub 7boub 7boob 7bub 7obob 7oboob 7ubuub 7oub 7ob 7booob hboob hbub hubub 7abbat 7abat 7bat dwa dawa adwiya kina`
	cAllAtOnce = `كلها كلهم كلهن كاملين كامله كامل مره_وحده دفعه_وحده الليله all tonight at_once whole entire kolaha kollaha kullaha koulha kolha kolo kollo kullo kolhom kullhom kolhum kollhom kamlin kamel kaml kamla lyoma lyouma lyom had_lil* ellila ellile el_lila lila llila`

	// cThrowSelf is throwing oneself from a height; cHeight the height.
	cThrowSelf = `انط انط_من انطلع اقفز نط_من نطيت ننط ارمي_روحي ارمي_نفسي ارمي_حالي يرمي_نفسه ترمي_نفسها رميت_نفسي اقفز_من انزل_من jump_off jump_from throw_myself throw_him throw_her arma_nafsi nermi_rohi`
	cHeight    = `بلكون* البلكونه بلكونه سطح* السطح جسر* الجسر شباك* الشباك الدور برج* balcony roof bridge window ledge building`

	// cDown is what a faint or a collapse is told with: a fall, lying there, trying to rouse.
	cDown = `غمي_عليه غمي_عليها غمي_علي سخفات سخف مسخوف* تسخف* مغشي* غشي_عليه غشي_عليها sekhfat* s5fat* skhfat* tsekhfat* tsakhfat* msekhfa* malaise t7 t7at f_l2ard fl2ard l2ard par_terre au_sol راكد راكده rakad* raked* ra9ed* طاح طاحت طايح طايحه وقع وقعت واقع واقعه سقط سقطت انهار انهارت مغمي* اغمي* اغمى* نايم نايمه مرمي مرميه نحاول حاولنا نصحي* نهز* هزيت* هزيناه هزيناها
tay7* ta7et ta7at w2e3* wi2e3* w2i3* wo2e3* wa9e3* wa9a3* w9e3* wa9ia* wa9ya* wa2a3et wa2a3it fell fall_down falls_down fallen collapsed collapse lying shake shook shaking tried trying 6a7 6a7at ta7 wi2i3 w2i3 wi2i3it
a3ma_3aleh* a3ma_3alay* a3ma_3alih* a3ma_3aliha a3ma_3alee* oghma_3aleh* oghmi_3aleh* ughmi_3aleh* ughma_3aleh* o8ma_3aleh* o8mi_3aleh* 2o8ma_3aleh* 2o8mi_3aleh* eghma_3aleh* ghumi_3aleh* ghomi_3aleh* ghami_3aleh* mghma_3aleh* mghmi_3aleh* ma8mi_3aleh* mughma_3aleh* mughmi_3aleh* etghama_3aleh* etghamma_3aleh* itghama_3aleh* wa2a3 wa23at tab tabb mertmeya* mertmiya* mermeya* marmiya* marmi* mermi*
من_طوله من_طولها على_الارض علي_الارض 3al_ard 3a_l2ard 3la_l2ard 3l_ard on_the_floor on_the_ground`
)

// cPainWord is cPain with «ألم» and its suffixes spelled out: «الم*» is a prefix of every word with the
// article and a «م» («المنظر», «الموعد», «المستشفى»), which name no sign.
var cPainWord = strings.Replace(cPain, "الم* ", "الم المي المه المها المك المكم المهم المنا الما الامي الامه الامها ", 1)

// conceptRules are the rules built on concepts rather than phrases, tried after symptomRules.
var conceptRules = []flagRules{
	// Gone from consciousness, in Arabizi («ghayib 3an el wa3e»: غايب عن الوعي).
	{"fainting", []symptomRule{rule(4, `ghayib ghayeb ghayb ghaib gha2ib ghayba ghaybe ghaybeh ghayiba ghayeba fa2ed fa2da fa2id fa2ida faqed faqid`, `wa3e wa3i wa3y wa3ee wa3ei el_wa3e el_wa3i el_wa3y`)}},
	// Someone who does not wake after a fall or a faint, or while they try to rouse them.
	{"fainting", []symptomRule{rule(6, cNotWaking, cDown+` `+cSudden+` `+cCallHelp)}},
	// Weakness of the limbs that grows («رجولي تضعف اكثر واكثر»).
	{"weakness", []symptomRule{rule(10, cWeak+` `+cWeakens, cLimbs, cWorse)}},
	// A neurological sign come suddenly.
	{"sudden", []symptomRule{rule(5, cSudden, cNeuro)}},
	// Confusion come on lately: speech without sense, not knowing where one is.
	{"confusion", []symptomRule{rule(10, cConfused, cOnset), rule(2, `!تعرف !يعرف !عم_تعرف !عم_يعرف`, `وين_هي وين_هو وين_هوه وين_كانت وين_كان وين_احنا`)}},
	// The sight gone dark, suddenly.
	{"vision", []symptomRule{rule(8, cVision, cGone, cSudden+` ظلام ظلمه سواد black dark`)}},
	// A head that cannot be lifted or held up after injections: the neck's muscles weakening.
	{"weakness", []symptomRule{rule(10, `!ارفع !يرفع !ترفع !نرفع !تشيل !يشيل !تشيله !يشيله !تحمل !يحمل !arfa3* !yirfa3* !tirfa3* !yerfa3* !terfa3* !tshil* !tsheel* !yshil* !ysheel* !hold can_t_hold_up cannot_hold_up can_t_lift cannot_lift`, `راس* راسه راسها ras* rasi raso rasha head`, `حقن* الحقن ابر* الابر ابره* حقنه* injection* jab jabs shot shots ibar* 7o2an* 7ouqan* 7a2na*`)}},
	// Limbs gone heavy and heavier, or that cannot lift or climb any more.
	// The arms and the legs both going weak or heavy, told as it happens («ايديي تقلو واجريي عم يضعفو»,
	// «2idayye t2elo w ejreye 3am yda3fo», "arms and legs are getting weaker"): a weakness that spreads.
	{"weakness", []symptomRule{rule(10, `ايدي ايديي ايديا ايدينا ايديه ايديها ايديو يديي يدياي ذراعي ذراعيه ذراعيها 2idayye 2idayya idayye idayya edayya edeyya 2ideyye 2eedayy* 2iday* 2idey* iday* idey* eday* edey* arms`,
		`رجلي رجليي رجليا اجريي اجريا رجليه رجليها رجلينه رجلينها ejreye ejrayye ijrayye ejray* ijray* 2ejray* rejlay* rijlay* rejley* rijley* reglay* legs`,
		cWeakens+` تقلو تقلت ثقلت ثقلو بيتقلو عم_يتقلو عم_يضعفو عم_تضعف yda3fo yda3fu tda3fo byda3fo bida3fo t2elo t2ilo ti2ilo getting_weak getting_weaker growing_weaker going_weak weakening`)}},
	{"weakness", []symptomRule{rule(10, cHeavy, cLimbs, cWorse), rule(8, cHeavy, cLimbs, `!اصعد !يصعد !تصعد !نصعد !اطلع_الدرج !يطلع_الدرج !تطلع_الدرج !ارفع* !يرفع* !ترفع* !امسك* !يمسك* !تمسك* !امشي !يمشي !تمشي !اقوم !يقوم !تقوم can_t_lift can_t_climb can_t_walk can_t_hold`+` `+cCanZ)}},
	// Weak limbs that can no longer do something («صعود الدرج مستحيل اليوم»).
	{"weakness", []symptomRule{rule(12, cWeak+` `+cWeakens, cLimbs, `مستحيل* impossible can_t cannot ما_اقدر ما_يقدر ما_تقدر ما_قدرت صعب_امشي صعب_اقوم صعب_اوقف صعب_ارفع صعب_امسك صعب_اصعد صعب_يمشي صعب_تمشي صعب_يقوم صعب_تقوم صعب_عليه_يمشي صعب_عليها_تمشي بصعوبه hard_to_walk hard_to_stand hard_to_lift sa3b_amshi sa3b_2oum sa3b_emshi`)}},
	// Gauze soaked with blood, or bleeding with dizziness.
	{"bleeding", []symptomRule{rule(6, cBlood, cSoaked), rule(10, cBlood, `دايخ دايخه دوخه بدوخه dizzy lightheaded`)}},
	// An infection of the skin that spreads, with a fever.
	{"fever", []symptomRule{rule(16, fever, cSkinSpread+` whole all_over كله كامل`, cSkinSign)}},
	// A fever and something (a swelling, an infection) reaching the neck, the throat or the eye.
	{"fever", []symptomRule{rule(8, fever, cSpreadTo, cNeckFace)}},
	// Bleeding that has gone on for hours.
	{"bleeding", []symptomRule{rule(12, cBlood, cKeeps, cHours), rule(8, cBlood, cKeeps+` `+cTillNow, cFlowing),
		// Still bleeding and not stopped («للحين ينزف وما وقف», "still bleeding, won't stop").
		rule(8, cBlood, cKeeps+` `+cTillNow, cNotStop)}},
	// A fit that has gone on for minutes without stopping («تشنجات من ربع ساعة ما خلصت», "the fit
	// won't stop, it's been 5 minutes"): five minutes of a fit is an emergency, whatever it is called.
	{"seizure", []symptomRule{rule(10, cFit+` fit fits تشنج* يتشنج* تتشنج* نوبه* نوبات صرع*`, cNotStop+` !خلصت !خلص !يخلص !تخلص !انتهت !ينتهي !تنتهي !stopping !ending !end`, cHours+` ساعه* hour`)}},
	// Fits told as happening now («تشنجات الحين», «عنده تشنج هلق»): the word alone is as often the
	// muscle spasm a treatment is asked of, and a spasm of a limb is taken out first (universalBenign).
	{"seizure", []symptomRule{rule(3, `تشنجات تشنج`, cNow)}},
	// A fit told as past with a sign still there (turning blue, not answering): not a history.
	{"seizure", []symptomRule{rule(6, `تشنجت تشنج اتشنج اتشنجت tshannaj* tchennej* t4annaj*`, cNotAnswering+` تزرق يزرق عم_تزرق عم_يزرق ازرق* زرق* مزرق* turning_blue zar2a* azra2*`)}},
	// Numbness or weakness of the limbs that climbs ("can't feel my legs and it's going up").
	{"weakness", []symptomRule{rule(10, cNoFeel, cLimbs, `going_up goes_up moving_up spreading_up creeping_up climbing rising يطلع_لفوق طالع_لفوق صاعد_لفوق صاعده_لفوق wesl* wasal* wisil* wslat wislat wasl* وصل_ل* وصلت_ل* وصل_الي* وصلت_الي* reached_my reached_his reached_her up_to`)}},
	// Shaking or trembling with the patient not answering («ga3ad yerta3ish o yerjif o ma yrd 3alaina»):
	// a fit, told in the words of its look (fitUnanswering reads the words that name one).
	{"seizure", []symptomRule{rule(6, cShaking, cNotAnswering)}},
	// Shaking with the eyes rolled.
	{"seizure", []symptomRule{rule(8, cShaking, cEyesRoll), rule(8, cShaking, cDown, `جسم* body ارض* الارض عالارض علارض ard l2ard floor ground`)}},
	// Bleeding that has not stopped for an hour or more.
	{"bleeding", []symptomRule{rule(12, cBlood, cNotStop, cHours+` ساعه* hour an_hour half_an_hour نص_ساعه sa3a nos_sa3a nus_sa3a noss_sa3a`)}},
	// Arabizi: can't lift, move or walk (the Arabic is in symptomRules).
	{"weakness", []symptomRule{rule(3, `!2e2dar* !2a2dar* !a2dar* !2dar* !b2dar* !e2dar* !9dar* !qdar* !aqdar* !n2dar* !y2dar* !t2dar* !2adir* !2ader* `+cCanZ,
		`er2fa3* 2erfa3* arfa3* ar2a3* erfa3* yirfa3* tirfa3* 7arrek* e7arrek* 2e7arrek* 7arek* imshi* emshi* amshi* oo2af* o2af* 2oum* ou2af* ymshi* tmshi* nmshi* yemshi* temshi* yimshi* timshi* ymchi* tmchi* nmchi* yo2af* to2af* yu2af* yw2af* tw2af* ywgaf* twgaf* yrfa3* trfa3* nrfa3* yerfa3* terfa3* y7arrek* t7arrek* n7arrek* y7rrk* t7rrk* ygoom* tgoom* y2oom* t2oom* y9oum* t9oum* nnoud* ynoud* tnoud*`)}},
	// "killin myself": the g dropped, as typed in haste.
	{"self-harm", []symptomRule{rule(2, `killin kilin killn`, `myself myslf meself mself`)}},
	// Arabizi: killing or hurting oneself.
	{"self-harm", []symptomRule{rule(2, `2tol* a2tol* 7a2tol* ba2tol* bi2tol* na2tol* a2tel* 2ektol* 2ektel* ektol* 2aktol* aktol* bektol* baktol* nektol* 2e2tol* e2tol* be2tol* ne2tol* te2tol* ye2tol* bte2tol* bye2tol* 2e2tel* e2tel* 2a2tol* 2a2tel* aqtol* nqtel* n9tel* te2za* ta2zi* a2zi* ye2zi* y2zi* t2zi* te2zi* a2za* n2dhi* n2di* n2zi* a2dhi* nadhi* nqtl* n9tl*`, `7ali 7aly 7ale 7alee 7alo 7ala 7alha nafsi nafsy nafse nafsa nafso nafsaha nafsu rou7i ro7i rassi rasi rasso`)}},
	// Ending one's life in Arabizi, with «أنهي» or «أقطع» («3am fakker e2ta3 7ayete», «bfakker anhi
	// 7ayati»): thinking of it denied («ma bfakker…») is taken out before.
	{"self-harm", []symptomRule{rule(2, `anhi* 2anhi* ne2ta3* e2ta3* a2ta3* 2a2ta3* 2e2ta3* a9ta3* aqta3* neqta3* nanhi* ynhi* tnhi* yenhi* tenhi*`, `7ayati 7ayaty 7ayate 7ayete 7ayeti 7ayatu 7ayato 7ayat* 7yati 7yate 7yeti 3omri 3umri`)}},
	// Not wanting to live, or to go on with one's life, in every dialect (the Arabizi is in the
	// self-harm patterns: as a skeleton, "a3ish" is also "3shan").
	{"self-harm", []symptomRule{rule(3, `!ابي !ابغي !ابغا !بدي !عايز !عايزه !عاوز !عاوزه !حاب !حابه !اريد !بغيت !نبغي !باغي !باغيه !ودي !3ayez !3ayza !3awez !3awza !baddi !bddi !bdi !biddi !abi !abgha !bghit !nbghi !baghi !bghiti !want !wanna مابي مابغي مابغا ماابي مابدي مابغيت مبديش`,
		`اعيش نعيش عيش اكمل_حياتي نكمل_حياتي اكمل_بحياتي اكمل_عمري اكمل_بالدنيا live living go_on_living`)}},
	// Not wanting to live in Arabizi, every dialect's "want" and its vowel spellings («ma yreed
	// y3eesh», «mabi a3eesh», «mish 3ayez a3ish»), the negation read by "!".
	{"self-harm", []symptomRule{rule(2, `!yreed* !yrid* !areed* !arid* !treed* !trid* !nreed* !nrid* !yabi* !abi !abee !abgha* !yabgha* !tabi* !baddi* !bade* !biddo* !baddo* !bidda* !badda* !bidha* !badha* !3ayez* !3ayz* !3ayza* !3awez* !3awza* !bghit* !bgha* !nbghi* !want* !wanna !wants mabi mabee mabgha mab8a mabgha mabaddi mabadi mabiddi mabddi ma3ayez ma3ayza mabghitch mabghitsh mayreed matreed mayrid matrid`,
		`y3eesh y3ish ye3eesh yi3eesh a3eesh a3ish e3eesh e3ish t3eesh t3ish te3eesh ti3eesh n3eesh n3ish ne3eesh ni3eesh y3ees a3ees live living`)}},
	// Pills meant to be taken all at once («عندي حبوب وناوية اخذها كلها», "planning to take them all"):
	// an overdose announced, whatever the mood told with it.
	// All of them and at once or tonight: "all my meds before surgery" is a plan, not an overdose.
	{"self-harm", []symptomRule{rule(8, cIntend, cPills, cAllAtOnce, `مره_وحده مره_وحد دفعه_وحده دفعه_وحد الليله بالليل بليل هالليله سوا مع_بعض at_once tonight together in_one_go all_at_once ellila ellile el_lila llila lila had_lila mara_wa7da marra_wa7da mara_wa7de marra_we7de daf3a_wa7da sawa m3_ba3d ma3_ba3d`)}},
	// A whole box or strip of pills swallowed.
	{"self-harm", []symptomRule{rule(6, `خذت اخذت بلعت شربت اخذ بلع ابتلعت took swallowed taken ate 5adt khadt 5dit khdit 5det khedt a5adt akhadt bla3t shrabt chrabt klit kalit`, `علبه* العلبه شريط* الشريط باكيت* كرتون* box bottle packet pack strip 3elb* 3lb* 3olb* 3ilb* shreet* shrit* 3ilbet* 3elbet*`, cAllAtOnce)}},
	// A medicine taken all at once ("took all his insulin at once", «اخذ كل حبوبه مره وحده»): an
	// overdose told done.
	{"self-harm", []symptomRule{rule(8, `خذ خذت اخذ اخذت بلع بلعت ابتلع ابتلعت took swallowed taken injected 5ad 5adt khad khadt a5ad akhad bala3 bla3t`, cPills+` insulin انسولين الانسولين medicine medication medications doses`, `كل كلها كلهم all whole entire`, `at_once all_at_once in_one_go مره_وحده دفعه_وحده مره_وحد دفعه_وحد mara_wa7da marra_wa7da daf3a_wa7da`)}},
	// Despair with the pills at hand: an overdose announced («ما عاد اتحمل… عندي حبوب وراح اخذهم كلهم»).
	{"self-harm", []symptomRule{rule(20, cDespair, cPills, cAllAtOnce)}},
	// A mouth or a face gone crooked.
	{"stroke", []symptomRule{rule(4, `نص نصه half side جهه جنب nass nos nuss ness nos_wjho nass_wjho cote côté coté d_un_cote d_un_côté`, cFace, `t7ayd* m7ayd* tay7* ta7* t7at* nazel* nazl* مرخي* مرتخي* نازل* طايح* droop* drooping dropped sagg* slid slipped fallen tombe* tombé* affaiss* pend*`), rule(3, cFace+` كلام* حكي* 7ake 7aki 7ki kalam* wijh* wajh* wejh* tummo* tummha* timmo* timmha*`, cCrooked)}},
	// The breath cut or the chest closed, in Arabizi (the Arabic is in symptomRules).
	{"breathing", []symptomRule{rule(3, `nafas* nafs* nafasi nefes*`, `maktou3* ma2tou3* m2tou3* maqtou3* ma2too3* maktoo3* mkatta3* m2atta3* 2aseer* 2asir* daye2* dayi2* m5noo2* ma5noo2*`),
		rule(4, `sadr* sedr* 9adr*`, `msakker* msaker* msakar* m2fl* ma2fool* mashdood* dayi2* daye2* tagil* t2eel* ta2eel* m5noo2* ma5noo2*`)}},
	// The back, and the bladder let go.
	{"nerve compression", []symptomRule{rule(14, `ظهر* ضهر* back spine sciatica disc slipped_disc herniated_disc عرق_النسا ديسك* انزلاق_غضروفي`, cIncontinent)}},
	// A fit, with shaking or a fall.
	{"seizure", []symptomRule{rule(8, cFit, cShaking+` `+cDown)}},
	// Bleeding told with the verb alone («el shama betnazel», Egyptian and Levantine «بتنزّل», "it is
	// bleeding") that pressing has not stopped: the verb is also "coming down", so pressing is asked too.
	{"bleeding", []symptomRule{rule(12, `betnazel* btnazel* bitnazel* betnazzel* btnazzel* bitnazzel* bynazel* beynazel* biynazel* bynazzel*`, cPress, cNotStop)}},
	// Bleeding that pressing does not stop.
	{"bleeding", []symptomRule{rule(18, cBlood, cPress, `بدون_توقف بلا_توقف من_غير_توقف non_stop nonstop without_stopping بعده بعدها باقي باقيه مع_اني مع_انه مع_انها رغم* despite even_with whole_time `+cKeeps+` `+cNotStop)}},
	// A chemical splashed or sprayed in the eye.
	{"eye injury", []symptomRule{rule(6, `طرطش* انرش* رش* رشيت تطاير* نط splash* sprayed squirt*`, `بخاخ* منظف* كلور* فرن* مبيض* معقم* chemical* cleaner* bleach* oven* spray*`, `عين* عيون* eye eyes`)}},
	// A knock to the head of someone on blood thinners, or confused after it; told in MSA too («سقطت…
	// وارتطم رأسها بالأرض، وهي تتناول مميعات الدم»).
	{"head injury", []symptomRule{rule(12, `ضرب* انضرب* طاح طاحت وقع وقعت سقط* ارتطم* اصطدم* انصدم* دق خبط* hit bumped banged fell struck knocked`, `راس* head`, `مميع* مميعات* سيوله thinner* مشوش* confus* drows* `+cThinners)}},
	// After an operation: discharge, or a pain no painkiller touches, with the sight or the eye; the
	// discharge with the sight gone from it («ومبقاش شايف بيها حاجة», "can't see out of it").
	{"after surgery", []symptomRule{rule(30, cAfterOp, `افرازات* صديد* قيح* شي_اصفر اصفر pus discharge 2ee7*`, `نظر* رويه* vision sight اضعف ضعيف يخف عم_يخف ينقص worse `+cNotSee),
		rule(14, cAfterOp, cPus, fever),
		// pus and a part getting worse: an infection of the operated part («عينه كل يوم تحمر اكثر
		// وفيها صديد»); not pus and redness alone, which a denial names too («مافي احمرار ولا صديد»).
		rule(30, cAfterOp, cPus, `اكثر اكتر زياده يزيد تزيد يزداد تزداد زاد زادت more worse worsening getting_worse`),
		rule(10, cAfterOp, cBlow, cEye),
		rule(14, cAfterOp, cVomit, `headache* pain* راس* الم* وجع* alam el_alam waja3* wja3*`),
		rule(14, cAfterOp, `pain* agony الم* وجع* alam el_alam al_alam 2alam waja3* wja3*`, `agony agonising agonizing does_nothing doing_nothing really_bad so_bad severe excruciating terrible awful unbearable horrible not_touching isn_t_touching not_helping شديد* ما_نفع* ما_ينفع* ما_يفيد ما_فاد !ynfa3* !yinfa3* !yenfa3* !byinfa3* !byenfa3* !nafa3* !yfeed* !yfid* !fad`)}},
	// Something sitting on the chest; a pain going down the left arm.
	{"chest pain", []symptomRule{rule(4, `صدر* صدري chest`, `قاعد_علي قاعده_علي جالس_علي حدا_قاعد حد_قاعد sitting_on`),
		rule(8, `وجع* وجعه الم* pain* ache*`, `نازل* ينزل تنزل يمتد تمتد ممتد* واصل* radiat* spreading going_down down`, `ايدي_الشمال يدي_الشمال ايدي_اليسار يدي_اليسار ايدي_اليسري يدي_اليسري ذراعي_الشمال ذراعي_اليسري left_arm left_shoulder`)}},
	// A blow to the eye that will not open or bleeds.
	{"eye injury", []symptomRule{rule(8, `اتخبط* انخبط* انضرب* ضرب* خبط* hit struck punched`, `عين* عيون* eye`, `دم نزيف* ينزف* تنزف* blood bleed* !يفتح* !تفتح* !افتح* !open*`),
		// or that a sharp thing struck or went into.
		rule(8, cBlow+` انطعن* طعن* دخل* دخلت stabbed poked_in went_into`, cEye, `حاد حاده سكين* سكينه مقص* قلم* شوك* شوكه ابره* مسمار* زجاج* قزاز* عود sharp knife scissors pen pencil fork needle nail glass stick`)}},
	// Back pain and the bladder that will not empty (Arabizi, the back also with the ظ of «6'ahri»; the
	// phrases have the Arabic).
	{"nerve compression", []symptomRule{rule(12, `dhr* dahr* dhar* dhor* 6'ahr* 6'hr* 6ahr* 6hr* dh'ahr* ظهر* ضهر* back`, `!nbool !nbol !nboul !abool !ybool !tbool !ybol !tbol !nbawel !pee !urinate !wee`)}},
	// A hard fall on the back, or a road accident, and the legs strange, numb or weak since.
	{"trauma", []symptomRule{rule(16, `slipped fell landed وقعت طحت طاح وقع انزلقت تزحلقت accident crash حادث حادثه اكسدنت اكسيدان aksidan accidan`, `back ظهر* ضهر* dhr* dahr* dhar* dhor* dhahr* dhhr* dahhr* 6ahr* 6hr* 6'ahr*`, `strange weird funny numb numbs numbed numbness numbing tingl* weak* خدر* تنميل* منمل* ضعف غريب* `+cNoFeel+` can_t_feel cannot_feel`)}},
	// Back pain with a fever and a weight lost or a cancer: an infection or a growth in the spine.
	// Or a back pain told new or worse by night beside a cancer had: a growth come back in the spine
	// (not a cancer feared, "I heard it can be cancer").
	{"back", []symptomRule{rule(14, `ظهر* ضهر* back spine`, fever, `نزل_وزني نقص_وزني نزل_وزنه نقص_وزنه خسرت_وزن weight_loss lost_weight losing_weight سرطان* cancer`),
		rule(14, `ظهر* ضهر* back spine`, `pain* ache* aching hurt* sore الم* ألم وجع* يوجع* يعور* توجع* تعور* بيوجع* بتوجع* يعورني يوجعني`, `سرطان* cancer`, `new جديد جديده worse worsening at_night every_night each_night بالليل بالليله كل_ليله يزيد_بالليل يزيد_كل_ليله تزيد_بالليل`, `had has_cancer have_cancer with_cancer survivor treated عندي_سرطان عنده_سرطان عندها_سرطان عندي_تاريخ_سرطان عنده_تاريخ_سرطان عندها_تاريخ_سرطان كان_عندي كان_عنده كان_عندها جاني جاه جاها تعالجت تعالج تعافيت تعافي تعافت اصبت اصيب اصيبت`)}},
	// Maghrebi "can no longer stand or walk" («مابقاتش قادرة توقف»).
	{"weakness", []symptomRule{rule(4, `mab9a* mabqa* mab9i* mabqi* مابقا* مابقي*`, `qadr* 9adr* qader* 9ader* قادر* قدر*`, `tw9ef* yw9ef* nw9ef* twgf* ywgf* tmshi* ymshi* tmchi* ymchi* nmchi* توقف* يوقف* نوقف* تمشي يمشي نمشي`)}},
	// A cast, and the toes or fingers below it cold, numb or blue.
	// A hand or foot gone cold and numb after an operation or in a cast («بعد عملية الكتف ايدي ساقعة
	// ومنملة», "edy sa23a w manmala"): the blood not reaching it.
	{"cast", []symptomRule{rule(14, `عمليه* العمليه عملية surgery operation post_op 3amaliy* 3amaleya* 3amalia* 3amleya* 3amalyet* 3amaliet* cast جبس* جبيره*`,
		`ايد ايدي ايده ايدها ايدو يد يدي يده يدها ذراع* ذراعي رجل رجلي رجله رجلها رجلو صوابع* اصابع* hand hands arm arms leg legs foot feet fingers toes edy eedi idi iidi edi 2idi 2ide 2eedi ide edo eido rejli rijli regli rejlo reglo`,
		`بارد* بارده ساقع* ساقعه مثلج* is_cold are_cold feels_cold feel_cold went_cold gone_cold turned_cold icy freezing ice_cold sa23a sa2a3a bared* barda barde`,
		`منمل* منمله خدر* مخدر* متخدر* تنميل* numb* tingl* manmal* mnamal* mnaml* mtnamel* m5adar* mkhadar* mtkhadar* m5adra* mkhadra*`)}},
	{"cast", []symptomRule{rule(14, `cast جبس* جبيره* جبيرة`, `cold icy freezing frozen white pale numb numbs numbed numbness numbing blue بارد* بارده خدر* ازرق* زرق*`, `toes toe fingers اصابع* صوابع* اصبع*`)}},
	// An eye struck and that cannot be opened since, in Arabizi («5abat 3eeno… mesh 2ader yeftaha»).
	{"eye injury", []symptomRule{rule(10, `3eeno 3eno 3ino 3eyno 3ayno 3einu 3eenu 3eni 3eeni 3ayni 3eina 3eenha 3enha 3ainha 3einha 3eneh 3eno_el`, `5abat* khabat* 5abt* khabt* et5abat* it5abat* etkhabat* darab* edarab* etdarab* ndarab* indarab* 5aba6* khaba6* 6a2* ta2*`, `mesh_2ader mish_2ader msh_2ader mesh_2adra mish_2adra ma_2ader ma_bi2dar ma_2dar mesh_2adir ma_y2dar ma_yi2dar mesh_bey2dar mish_bi2dar`, `yeftaha yefta7ha yefta7 tefta7 tefta7ha afta7 yeftah yefta7o yefta7u`)}},
	// The limb in the cast told cold and blue («رجلي اللي فيها الجبيرة باردة وزرقا»).
	{"cast", []symptomRule{rule(14, `cast جبس* جبيره* جبيرة`, `cold icy freezing بارد* بارده ساقع* ساقعه bared* barda barde sa23a`, `blue ازرق* زرق* زرقا زرقاء مزرق* azra2* zar2a* mzara2*`)}},
	// A shower of spots with flashes: the retina may be tearing.
	{"vision", []symptomRule{rule(8, `spots floaters floater* dots shower نقط* نقاط* ذباب* بقع* خيوط* noqat* n2at* nu2at* no2at* nu2a6* no2a6* nuqat* noqat* nu8a6* noqa6* nuqa6* nu2a6* no2a6* nog6* n8a6* bu8a3* ba8a3* bo8a3* bu2a3* 5yoo6* khyoo6* khyou6*`, `flash* flashes ومض* ومضات برق* فلاش* شعاع* lightning sho3a3* shu3a3* sha3a3* sh3a3* wamdh* wamda* wamdat* wam9* wmd* wm9* bar8* bar2*`)}},
	// Someone who suddenly no longer knows their people («فجأة ما صارت تعرفنا», "mama fjaa ma kat3refnach").
	{"confusion", []symptomRule{rule(8, `!يعرفنا !تعرفنا !يعرفني !تعرفني !بيعرفنا !بتعرفنا !ya3refna* !ta3refna* !y3rfna* !t3rfna* !kat3rfna* !kat3refna* !kay3rfna* !kay3refna* !t3refna* !y3refna* !recognise* !recognize* !recognising* !recognizing*`, cSudden+` `+cOnset)}},
	// Someone who does not know where they are, in Arabizi (the Arabic is in confusion).
	{"confusion", []symptomRule{rule(3, `!y3arf* !ya3ref* !ta3ref* !t3arf* !y3rf* !t3rf* !ya3rif* !ta3rif*`, `weyn wein wen wain fein fin`)}},
	// Throwing oneself from a height.
	{"self-harm", []symptomRule{rule(6, cThrowSelf, cHeight)}},
	// A cry for help with a serious sign.
	{"urgent", []symptomRule{rule(6, cCallHelp, cSerious)}},
	// Hives with the throat itching or the voice changed: an allergy reaching the airway.
	{"allergy", []symptomRule{rule(8, cHives+` حبوب طفح* hives`, `حلق* زور* حلج* throat صوت* voice 7al2* zor*`, `يحك* تحك* حكه* بيحك* itch* تغير* متغير* مبحوح* hoarse changed tight* ضيق* يضيق يحكني يحكيني`)}},
	// A rash come on the skin after a medicine, with dizziness: an allergy reaching the blood pressure
	// («jildi kila 7abbat 7imr ba3d al dawa al jdeed w ana daye5»).
	{"allergy", []symptomRule{rule(14, cRash, cDizzy, cAllergen+` `+cDrug)}},
	// A calf swollen and hot or red: a clot in the leg's deep vein ("my calf swollen and hot after the
	// operation", «تورمت ربلة ساقي وأصبحت ساخنة»).
	{"clot", []symptomRule{rule(6, cCalf, cSwells, cHotRed)}},
	// A fever of the body with pus, or with a part swollen, red and hot: an infection that spreads.
	{"infection", []symptomRule{rule(16, cSystemic, cPus), rule(14, cSystemic, cSwells, cHotRed),
		// the whole skin red with chills: the skin has stopped protecting the body.
		rule(14, cSystemic, `جلده_كله جلدها_كله جلدي_كله جسمه_كله جسمها_كله جسمي_كله كل_جسمه كل_جسمها كل_جسمي whole_body all_over_my_body all_over_his_body all_over_her_body`, cHotRed)}},
	// The sight lost in one eye, suddenly or on waking; a blow or something sharp in the eye with
	// the sight lost; double sight with a headache and vomiting; an eye in pain with halos.
	{"vision", []symptomRule{rule(8, cNotSee, cOneEye+` `+cEye, cDark), rule(8, cBlow, cEye, cNotSee),
		rule(12, cSharp, cEye, cInto), rule(10, cDouble, cSudden), rule(14, cDouble, `راس* headache* head`, cVomit+` يرجع ترجع يستفرغ* تستفرغ* يتقيا* تتقيا*`),
		rule(12, cEye, `وجع* الم* يوجع* توجع* pain* wej3* waja3* wji3* wja3* btewja3* btwja3* bewja3* tewja3* yewja3* twja3* ywja3* hurt* ache* headache* راسي راسه راسها ضغط pressure `+cPain+` `+cVomit+` ترجيع رجعت رجعت_اكلي ارجع`, cHalos)}},
	// An eye gone red that does not see («عينها حمرا ومش شايفة», "3eni 7amra w ma bshoof"): an eye
	// inflamed deep inside, after surgery or not.
	{"vision", []symptomRule{rule(6, cEye, cHotRed, `!اشوف !يشوف !تشوف !شوف !بشوف !بيشوف !بتشوف !شايف* !شايفه !shayef* !shayf* !shayfa can_t_see cannot_see couldn_t_see can_t_see_anything cannot_see_anything`)}},
	// An eye gone black or dark all at once («عيني اليسار فجأة صارت سودا»).
	{"vision", []symptomRule{rule(6, cOneEye+` `+cEye, cSudden, `سودا سوداء سوده اسود اسودت ظلام ظلمه مظلم* ظلمت black dark darkness went_dark k7la k7al ka7la mdalma m6alma zalam dalam`)}},
	// A fall, then a leg shortened or turned, or that takes no weight.
	{"fracture", []symptomRule{rule(12, cFall, cHip, cShortRot), rule(12, cFall, cHip, cNoWeight)}},
	// The saddle numb; the bladder that will not hold or pass, with the back.
	{"nerve compression", []symptomRule{rule(8, cSaddle, cNoFeel), rule(14, `ظهر* ضهر* dahr* dhr* 6'ahr* 6'hr* 6ahr* 6hr* dh'ahr* back spine`, cBladder),
		// The bladder that will not hold or pass with a numbness told beside it («ما اقدر اتحكم بالبول
		// ومخدر تحت»): the saddle numb, however the place is named.
		rule(6, cBladder, cNoFeel)}},
	// A tearing pain, sudden or never felt before.
	{"chest pain", []symptomRule{rule(6, `الم* وجع* pain*`, cTearing, cNever)}},
	// Food stuck in the throat; not breathing with a sign of the body.
	{"breathing", []symptomRule{rule(6, cFood, cStuck, cThroat), rule(8, cNotBreathing, cState+` ازرق* زرق* مزرق* blue azra2* zar2a* اختنق* يختنق* تختنق*`)}},
	// Thrashing the limbs after going down («وقعت وصارت تخبط بايديها ورجليها»).
	{"seizure", []symptomRule{rule(8, `تخبط* يخبط* بتخبط* بيخبط* ترفس* يرفس* تنفض* ينفض* thrashing flailing`, cLimbs, cDown+` عالارض علارض`)}},
	// A chemical in the eye that still burns or blurs the sight.
	{"eye injury", []symptomRule{rule(10, cChemical, cEye, `يحرق* تحرق* حرق* بيحرق* كتحرق* burn* burning sting* `+cNotSee)}},
	// A tooth knocked out whole and kept in milk: the page's first aid is under way, and the tooth
	// may be saved within the hour (a tooth knocked out, told alone, is answered with that first aid). The milk is
	// where it is kept («بالحليب», «في كوباية لبن»), not the milk tooth («سن الحليب»: a baby tooth).
	{"tooth", []symptomRule{rule(12, `سن سنه سنته سنتها سني ضرس* sen sinn sinno sen_ibni tooth`, `وقعت وقع طاحت طاح طار طارت طلعت انخلعت خالص كامله كلها كله بجذره بجذرها جذره* من_جذر* wi2e3 w2e3* 6ele3 tele3 kello knocked knocked_out fell_out came_out whole with_root`, `بالحليب فالحليب بحليب فحليب بلبن فلبن في_حليب في_الحليب كاس_حليب كوب_حليب كوبايه_لبن كاسه_لبن كاس_لبن في_لبن باللبن in_milk fi_7alib b_7alib bel_7alib bil_7alib`)}},
	// A permanent tooth come out after a fall or a blow («ibni wuga3 w sinna il daymi ma6la3 kulla», «ابني
	// طاح وسنه الدايم انخلع»): it may be put back within the hour. A milk tooth is benign; a permanent
	// tooth coming in («طلع الدايم») has no fall or blow before it.
	{"tooth", []symptomRule{rule(12, `وقع وقعت طاح طاحت انضرب انضربت انخبط انخبطت ضربه wuga3 wug3at wug3et wi2e3 w2e3* we2e3* wo2e3* wi2i3 6a7 6a7at ta7 ta7at ta7et t7at fell hit knocked`,
		cToothWord,
		cPermanentTooth,
		`طلع طلعت انخلع انخلعت انقلع انقلعت مطلع مطلوع ma6la3 m6alla3 6ala3 6ala3at 6il3 6il3at 6ili3 6ele3 tele3 tala3 tal3at in5ala3 inkhala3 t9la3 t9la3at tqla3 tqla3at tla3at knocked_out fell_out came_out`)}},
	// A permanent tooth told fallen out with no fall or blow before it («sena ebni el kbeera (mesh
	// labaneya) we2e3et fel madrasa»), the verb the tooth's: the same. Not a milk tooth's («السن اللبني طاح
	// وطلع الدايم»: the benign rules take the milk tooth out first), nor a child who fell («لو ابني وقع…»).
	{"tooth", []symptomRule{rule(8, cToothWord, cPermanentTooth, `وقعت طاحت انخلعت we2e3et we2e3it wi2i3it wi2i3et w2e3et wo2e3et wug3at wug3et 6a7at ta7at fell_out`)}},
	// A tooth knocked out by a blow, told as done ("got knocked out", "knocked out my tooth"; a milk
	// tooth is benign): what "gets knocked out" supposes is asked in general.
	{"tooth", []symptomRule{rule(6, `tooth teeth incisor*`, `got_knocked_out got_knocked_clean_out was_knocked_out were_knocked_out been_knocked_out knocked_out_my knocked_out_his knocked_out_her`),
		rule(8, `tooth teeth incisor*`, `knocked_out knocked_clean_out`, `just_now right_now ago this_morning today`)}},
	// Bleeding through gauze changed again and again.
	{"bleeding", []symptomRule{rule(14, cBlood, `غيرنا_الشاش غيرت_الشاش بدلنا_الشاش بدلت_الشاش غيرنا_القطن غيرت_القطن changed_the_gauze changing_the_gauze changed_gauze`, `مرات مره_ورا_مره كذا_مره اكثر_من_مره عده_مرات كل_شوي times again several many`)}},
	// Foam at the mouth: a fit (or a poisoning).
	{"seizure", []symptomRule{rule(5, `رغوه* رغاوي زبد* زبده foam* froth* rghwa* raghwa* rgho* zbed* zabad* zbad* bave ecume écume`, cFace+` فمه فمها تمه تمها بقه بقها بوقه بوقها fmo fomo fommo foumo bo2o bo2ha`)}},
	// Cutting oneself with the wish to go on; not feeling safe with oneself.
	{"self-harm", []symptomRule{rule(18, `cut cutting slit slashed جرحت قطعت شرحت`, `wrist wrists معصم* رسغ* عروقي عرقي شراييني يدي ايدي ذراعي ساعدي فخذي arm arms thigh thighs`, `more again safe deeper اكثر كمان زياده امان اعمق`)}},
	// A goodbye with the pills: an overdose announced to someone.
	{"self-harm", []symptomRule{rule(10, `goodbye farewell وداع ودعني ودعنا ودعتني يودع* تودع* بيودع* بتودع* wada3*`, cPills+` took swallowed overdose*`)}},
	// Not conscious now or with a state of the body («مو واعي» alone is also "not aware of the risk");
	// not answering or knowing their people with a state of the body, in any order.
	{"fainting", []symptomRule{rule(10, cUnaware, cState+` `+cNotAnswering+` `+cNow), rule(10, cNotAnswering, cState)}},
	// A food, a sting or a drug with a swelling of the face or throat, or a cough with a swelling.
	{"allergy", []symptomRule{rule(12, cAllergen, cSwells, cFaceThroat), rule(12, cAllergen, cCoughs, cHives)}},
	// A chest squeezed, in Arabizi («sadri 3am ye3sorni»).
	{"chest pain", []symptomRule{rule(4, `sadri sadre sadr sidri 9adri sadro sadra`, `ye3sorni* ya3sorni* y3sorni* bi3sorni* ye3sor* ya3sor* y3sor* 3am_ye3sor* ma3soor* m3asar* yedghat* ydghat* 3am_yedghat* tabe2* 6abe2*`)}},
	// No more breath, in Arabizi («m3ash nfas»).
	{"breathing", []symptomRule{rule(3, `m3ash ma3ash m3adsh ma3adsh ma3ad m3ad ma3d mab2ash mab2a`, `nfas nafas nafasi nfasi nafase nafaso`)}},
}
