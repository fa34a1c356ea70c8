package bot_test

import "testing"

// TestFlag28FitsNow: fits told as happening now, with no more than a word of time («تشنجات دلوقتي»);
// a spasm of a limb now is the muscle a treatment is asked of.
func TestFlag28FitsNow(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"تشنجات دلوقتي في البيت", "عنده تشنجات هسه", "تشنجات هلق وما بعرف شو اعمل"},
		[]string{"عندي تشنج في رجلي الحين"})
}

// TestFlag28FeverStiffNeck: a fever with a stiff neck that cannot be moved is read before the rule
// that takes a stiff joint that cannot be moved for no weakness; a stiff neck alone still is one.
func TestFlag28FeverStiffNeck(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"fever of 39 and a stiff neck, she can't move it", "high temperature and a stiff neck, he can't move it at all"},
		[]string{"I've had a stiff neck for a week and can't move it well, do you treat that?"})
}

// TestFlag28Anymore: what the writer can or will no longer do, told now ("I can't go on anymore"),
// is no question asked before booking; what is over ("not anymore") is still past.
func TestFlag28Anymore(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"Just asking before I book, I've taken a whole box of pills and I don't want to be here anymore",
			"before booking I need to say I swallowed a lot of tablets and I can't go on anymore"},
		[]string{"I used to faint at injections but not anymore, can I book?"})
}

// TestFlag28LidOverSight: an eyelid hanging and the sight gone out of that eye, told in English as the
// Arabic rule reads it («جفنها متدلٍّ ولا ترى منه»).
func TestFlag28LidOverSight(t *testing.T) {
	clinicFlagCheck(t, "botox",
		[]string{"Hello, what are your hours? Also since the injections on Monday my eyelid hangs down and I can't see well out of it, is that normal?",
			"Hi, how much is a touch-up? Since Sunday's botox my lid is hanging and I can barely see out of it, is that normal?"},
		nil)
}

// TestFlag28AnotherMatter: a question, then another matter opened («وسؤال تاني», «وكمان», "also")
// that tells a sign the pages send to urgent care: the part after is a report.
func TestFlag28AnotherMatter(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"هل الابر الجافة تفيد للرقبة؟ وسؤال تاني عن ابوي: بطة رجله بعد عملية الورك وارمة وسخنة ومحمرة",
			"هل التمارين تنفع للديسك؟ وكمان امي بطة رجلها بعد العملية وارمة وحارة ومحمرة"},
		[]string{"What is sciatica? Also I would like to book for Sunday"})
}

// TestFlag28AskedIfMentioned: a sign told and asked whether it is the one the pages name ("is that the
// swelling you mentioned?"): a report.
func TestFlag28AskedIfMentioned(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"after knee surgery my calf is mwarrama w sa5na w bt2ma, is that the swelling you mentioned?"}, nil)
}

// TestFlag28SwellingDenied: a swelling denied as a state, in English and Arabizi («mish mitwarrma»)
// and Arabic («مش متورمة»); a breath denied as a verb ("isn't breathing") is the sign.
func TestFlag28SwellingDenied(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"he isn't breathing", "her lips are swollen and she can't breathe"},
		[]string{"my lips aren't swollen, just the skin is flaky after the peel", "shafayfi mish mitwarrma bas fi 7ekke",
			"wijhi mo mitwarram bas a7mar shway", "شفايفي مش متورمة بس فيها حكة خفيفة"})
}

// TestFlag28SightNotSuicide: the sight spelled «nathari» is no suicide («entehar»), whose consonants
// it shares; the suicide still is one.
func TestFlag28SightNotSuicide(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"bfakker bel entehar"},
		[]string{"nathari tamam, bs bde a3ref emta fini esba7 ba3d el lasik"})
}

// TestFlag28FearsNamed: panic over what might come, and the worst fear named ("my biggest worry is…"),
// are fears; a negation inside what the fear supposes («…لو ما شالوا القطن») is the supposition's. A
// sign told beside the panic, now, is still one.
func TestFlag28FearsNamed(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"I panic, I can't breathe right now"},
		[]string{"I'm panicking thinking I might faint in the chair, can someone hold my hand?", "خايف اختنق لو ما شالوا القطن"})
	clinicFlagCheck(t, "eye", nil,
		[]string{"My worst nightmare is going blind after the operation, is that common?",
			"My biggest worry is double vision after my son's squint surgery, how often does it happen?"})
}

// TestFlag28Supposed: a supposition said as one («لو افترضنا», "let's say"), a question opening on
// what will befall someone ("could my daughter choke on…?"), and what to do if, asked in Arabizi
// («law… wesh asawi?»); told now, with no "if", the sign is one.
func TestFlag28Supposed(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"will he be ok? he can't breathe", "ma b2dar atnaffas, shu a3mel?"},
		[]string{"Could my daughter choke on the brace wire after it's fitted?", "Will he pass out during the extraction? He's nervous",
			"let's say my gum bleeds a lot after the cleaning, is that common?", "law ma gdart atnaffas zain ba3d el banj, wesh asawi?"})
}

// TestFlag28PastTold: a sign past and over, told as checked and found normal, dated "years ago" in
// Arabizi without a number («gabl sneen»), of a childhood («w ana 9a3'eera»), or before a question
// closing on "now" of what may be done; a sign of today, or back now, still is one.
func TestFlag28PastTold(t *testing.T) {
	clinicFlagCheck(t, "derma", nil,
		[]string{"I had chest pain last month, my GP checked everything and said it's fine, can I still have the peel?",
			"she had chest pain last month and the doctor examined her and told us all is normal, can she get filler?"})
	clinicFlagCheck(t, "eye",
		[]string{"I had sudden double vision this morning, can I come now?", "I had chest pain last year and now it's back, crushing"},
		[]string{"Three years ago I had sudden double vision that fully resolved, can I have LASIK now?"})
	clinicFlagCheck(t, "botox",
		[]string{"ghmi 3alay el7een w ma agdar agoom"},
		[]string{"jatni tashannuj w ana 9a3'eera min el 7arara, ba3d heek ma rij3at, fini a3mel botox?", "ghmi 3alay gabl sneen 3ind el dkitor, agdar asawi botox?"})
}

// TestFlag28Figures: figures of speech — choked by a crowd («انخنقت من الزحمة»), dying of
// embarrassment, fainting at the prices in Arabizi, gone blind searching a site; the wish to die, the
// breath gone and sight lost suddenly are still signs.
func TestFlag28Figures(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"اتخنقت وما عم اقدر اتنفس", "بدي موت، ما عاد بدي عيش", "ghmi 3alay el7een bel 3iyade", "عميت فجأة من عيني اليمين"},
		[]string{"انخنقت من زحمة الموقف عندكم", "بدي موت من الخجل كل ما ضحكت، اسناني صفرا", "ابي اموت من الحيا من شكل سني المكسور",
			"I want to die of embarrassment every time I smile, my teeth are so yellow", "as3arkom ra7 tghmi 3alay 😅 fi 3ard?",
			"عميت وانا ادور على رقمكم بالموقع", "I went blind searching your site for the price list"})
}

// TestFlag28OthersHistory: a relative's, a friend's or a neighbour's sign told to ask whether the
// writer needs a check («هل احتاج فحص؟»), will end up like them, whether it is hereditary, or whether
// the clinic uses the same product; their sign told happening now is still one.
func TestFlag28OthersHistory(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"أخوي ينزف كثير الحين بعد الخلع وما وقف"},
		[]string{"أمي نزفت كثير لما خلعت ضرسها، هل النزف وراثي؟ انا عندي خلع الاسبوع الجاي", "جارتي صار عندها ضعف بيدها بعد الخلع، هل ممكن يصير لي مثلها؟"})
	clinicFlagCheck(t, "eye", nil,
		[]string{"جدتي فقدت البصر بعين من الماء الزرقاء، هل احتاج فحص؟", "my colleague went blind in one eye after a blow, will that happen to me too?"})
	clinicFlagCheck(t, "derma",
		[]string{"my friend's lips swelled up from your filler and now she can't breathe"},
		[]string{"جارتي صار عندها تورم بالوجه من الفيلر في مركز ثاني، هل تستخدمون نفس النوع؟", "my friend's lips swelled up from filler somewhere else, do you use the same product?"})
}
