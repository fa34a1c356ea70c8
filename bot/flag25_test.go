package bot_test

import "testing"

// TestFlag25SelfHarmLevantineArabizi: killing oneself in Levantine Arabizi, with the «e» spellings of
// the verb («2e2tol», «be2tol») and of «حالي» («7ale»), in the first and the third person.
func TestFlag25SelfHarmLevantineArabizi(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"kel yom b2oul bade 2e2tol 7ale", "ekhte 3am t2oul enno ra7 te2tol 7ala", "ba3ref enno rah be2tol 7ale el leile"},
		[]string{"baddi 2e2tol el wa2t 2abl el maw3ad"})
}

// TestFlag25EndingItFeel: ending it told as a feeling ("feel like ending it"), with a trailing "tbh",
// and "what's the point anymore" said at the close.
func TestFlag25EndingItFeel(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"honestly feeling like ending it", "she says she felt like ending it tbh", "im so done. whats the point any more"},
		[]string{"i feel like ending it with my gym, can i book a facial?", "what's the point of sunscreen in winter?"})
}

// TestFlag25EyeDroopEnglish: the home clinic's drooping-lid rule reads the English "eye" as it reads
// «عين», and "after" as «بعد», so a droop told a few words before "after the botox" is read.
func TestFlag25EyeDroopEnglish(t *testing.T) {
	clinicFlagCheck(t, "botox",
		[]string{"after the injections in her frown lines her eye is drooping badly", "his eyelid is sagging so much after the botox"},
		[]string{"can botox make my eye droop?", "my eyes feel tired after the botox"})
}

// TestFlag25CrashToday: a road crash told with the time of the same day in other words ("this arvo",
// "this evening", "2 hours ago") is today's; one years ago is none.
func TestFlag25CrashToday(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"my son had a bike crash this afternoon and his neck hurts a lot", "we were in a car accident 3 hours ago, my wife's back is very painful"},
		[]string{"I had a car accident 5 years ago, is physio good for old back pain?"})
}

// TestFlag25RedEyeNotSeeing: an eye gone red that does not see, in Levantine and Gulf Arabic and
// Arabizi, in the first and the third person; a red eye that sees, or "see" of the doctor, is none.
func TestFlag25RedEyeNotSeeing(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"ba3d el lasik 3ayni 7amra w ma 3am shoof shi", "جوزي عمل ليزك وعينه حمرا كتير وما عم يشوف فيها",
			"ولدي عينه محمرة وما يشوف منها من الصبح", "my eye is red and I can't see anything from it since the surgery"},
		[]string{"عيني حمرا من الحساسية، هل ممكن اشوف الدكتور بكرة؟", "why is my eye red after lasik? I see well",
			"I don't see any red in my eye but it itches, can I book?"})
}

// TestFlag25RashWholeBodyEnglish: a rash over the whole body told in English with the body first ("all
// my body have red rash", "her whole body got a rash") or after ("rash on my whole body"), as the
// Arabic «طفح بكل جسمي» is read; a rash asked of in general, or on one part, is none.
func TestFlag25RashWholeBodyEnglish(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"her whole body got a red rash after the new cream", "i have rash on my whole body since the peel, and feel faint",
			"all his skin have rash and itch after the tablets"},
		[]string{"can this cream cause a rash all over the body?", "is it normal to get rash on my face after the peel?",
			"my whole body is dry, what cream for a small rash on my hand?"})
}

// TestFlag25ColdNumbAfterOperation: a hand or foot gone cold and numb after an operation, in Egyptian
// Arabizi («rejli sa23a w m5adara»), Levantine Arabic and English, in the first and the third person;
// a cold pack asked of after surgery, or an operation long past with the leg well, is none.
func TestFlag25ColdNumbAfterOperation(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"ba3d el 3amaliya rejli sa23a w m5adara", "بعد عملية الركبة رجلها باردة ومخدرة من الصبح",
			"since the knee operation his foot is cold and numb"},
		[]string{"after surgery can I use a cold pack if my arm feels numb?",
			"3amaliyet el rkba kanet mn sana, el wa2t da rejli kwayesa, a3mel tamreen eh?"})
}

// TestFlag25ArmsAndLegsWeakening: the arms and the legs both going weak or heavy as it happens, in
// Levantine Arabizi and Arabic and in English, in the first and the third person; heavy limbs after
// the gym, or weakness asked of in general, are none.
func TestFlag25ArmsAndLegsWeakening(t *testing.T) {
	clinicFlagCheck(t, "botox",
		[]string{"2iday 3am yda3fo w ejray kamen t2elo", "بعد الحقن ايديها تقلو ورجليها عم يضعفو", "her arms and legs are getting weaker since the injection yesterday"},
		[]string{"my arms and legs feel heavy after the gym, can i still get botox?", "can botox make arms and legs weak?"})
}

// TestFlag25BareDoonDenies: a sign denied with a bare «دون» (without), as with «بدون», «من دون», and on
// through «أو»/«ولا»; a sign told after «دون سبب» (for no reason) still counts.
func TestFlag25BareDoonDenies(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"طلعت عندي فقاعات بكل جسمي دون سبب وحرارتي ٣٩"},
		[]string{"وجع الركبة دون تورم ولا سخونة، شو التمارين؟", "ألم أسفل الظهر يمتد للفخذ دون خدر أو ضعف، كم جلسة أحتاج؟"})
}
