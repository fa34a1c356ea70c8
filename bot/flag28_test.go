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
