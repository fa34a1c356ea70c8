package bot_test

import "testing"

// TestFa29ToxinWorkingAsked: what a toxin does, asked as what it is ("it paralyzes muscles, right?"),
// is no limb or face gone weak; a face paralysed on one side, arms that feel paralysed or a swallow
// gone wrong after it still alarm.
func TestFa29ToxinWorkingAsked(t *testing.T) {
	fa22Check(t, mustEngine(t), []string{
		"two days after botox my eyelid droops and now I can't swallow properly",
		"after the injection my face is paralysed on one side and my speech is slurred",
		"I had botox yesterday and my arms feel paralyzed, I can't lift them",
	}, []string{
		"botox basically paralyses the muscle, so could my smile look odd?",
		"so it paralyzes the muscles? does that mean my forehead won't move at all?",
		"Is it true the toxin paralyzes nerves for months?",
	})
}

// TestFa29SpasmsBroughtForTreatment: spasms or a weak walk brought for treatment («هل البوتوكس يفيدها؟»,
// "would botox help?", «bifid el botox?») are the spasticity a treatment is asked of; a fit told now,
// sudden or with the child not answering, still alarms whatever is asked after it.
func TestFa29SpasmsBroughtForTreatment(t *testing.T) {
	fa22Check(t, mustEngine(t), []string{
		"ابني فجأة صار عنده تشنجات وجسمه كله يرجف، وش نسوي؟",
		"my daughter suddenly started having a seizure and she's shaking all over, can you help?",
		"ابني عنده تشنجات هلق وما عم يرد علي، بيفيد البوتوكس؟",
	}, []string{
		"عندها تشنجات في رقبتها، هل البوتوكس يفيدها؟",
		"ابني عنده تشنج في رجوله وما يمشي زين، البوتوكس بيفيده؟",
		"my daughter has spasms in her calves and walks on her toes, would botox help?",
		"ibni 3ando tashannoj bi ijro w ma byemshi mni7, bifid el botox?",
		"عندي تشنجات برقبتي من شهور، بدي اجرب البوتكس",
	})
}

// TestFa29WeakWalkBroughtForTreatment: legs weak for long, or an arm a tendon holds back, asked whether a
// programme or a treatment helps, are what physiotherapy is asked of; weakness told sudden or of
// today, or told with a plea for help («تقدرون تساعدونه؟»), still alarms.
func TestFa29WeakWalkBroughtForTreatment(t *testing.T) {
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"ابوي فجأة ما يقدر يحرك يده اليمين، تقدرون تساعدونه؟",
		"امي من اليوم الصبح رجولها ضعيفه وما تقدر توقف، يفيدها العلاج الطبيعي؟",
		"my dad suddenly can't move his right arm since this morning, can physio help him?",
		"my nan's legs suddenly went weak this morning and she can't stand, would your program help her?",
		"ابوي ما يقدر يحرك يده ولا رجله، تقدرون تساعدونه؟",
	}, []string{
		"جدتي رجولها ضعيفه وتمشي بالعصا، برنامج التوازن يفيدها؟",
		"خالي عنده التهاب بوتر الكتف وما يقدر يرفع ايده لفوق، تعالجون هالشي؟",
		"ماما رجليها ضعيفة ومش قادرة تطلع السلم، العلاج الطبيعي هيفيدها؟",
		"my nan's legs are weak and she is scared of falling, would your balance program help her?",
		"jeddi ijreh da3ife w byemshi 3al 3asaye, bifido el barnamij?",
	})
}

// TestFa29StandingLong: not standing or holding off for long («ما بقدر اوقف كتير») is no weakness; a leg
// that suddenly will not move, or a bleed that will not stop, still alarms.
func TestFa29StandingLong(t *testing.T) {
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"فجأة ما بقدر اوقف ورجلي اليمين ما عم تتحرك",
	}, []string{
		"ما بقدر اوقف كتير بالمطبخ من وجع ظهري، شو بتنصحوني؟",
	})
	fa22Check(t, fa22Engine(t, "dental"), []string{
		"قلعت ضرس وما بقدر اوقف النزيف من ساعتين",
	}, []string{
		"ما بقدر اوقف كتير عن الدخان، قديش لازم استنى بعد الخلع؟",
	})
}

// TestFa29KeepingOneself: keeping oneself in bed («a5alli nafsi bel takht», «اخلي نفسي بالسرير») is the
// self, not the breath; a breath that will not come still alarms.
func TestFa29KeepingOneself(t *testing.T) {
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"ma ba2dar atnaffas mni7 w sadri msakkar",
		"ما عم اقدر اخد نفسي وصدري مسكر",
	}, []string{
		"3andi disc, lazem a5alli nafsi bel takht walla at7arrak?",
		"عندي ديسك بظهري، اخلي نفسي بالسرير ولا اتحرك؟",
	})
}

// TestFa29Appointments: «mawa3eed», «maw3ed» (appointments) after a «tab» (so) are no «ma wa3i» (not
// conscious) after a fall; a fall with someone not conscious still alarms.
func TestFa29Appointments(t *testing.T) {
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"baba wa2a3 bel 7ammam w ma wa3i, ma byrod 3alayi",
	}, []string{
		"tab fi mawa3eed el sabt?",
		"tab 3andko maw3ed bokra el sob7?",
	})
}

// TestFa29SlightLid: a lid or an eye a little swollen (a stye's) is no allergy; lids swelling with the
// lips, the throat closing, or a fever with a swollen lid still alarm.
func TestFa29SlightLid(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"جفوني وشفايفي ورمت شوي بعد الدوا وحلقي يضيق",
		"my eyelids and lips are swelling up after the antibiotic",
		"حرارته ٣٩ وجفنه وارم شوي ومحمر",
		"عيوني ورمت فجأة وشفايفي منتفخة بعد ما اكلت روبيان",
	}, []string{
		"جفني منفوخ شوي من امس وفيه حبة صغيرة، وش علاجه؟",
		"my eyelid is a little swollen around a stye, what should I use?",
		"عين بنتي وارمة شوي من تحت بسبب الشحاذ، وش تنصحون؟",
	})
}

// TestFa29TwistedLeg: a leg twisted at play that swelled is the ankle or knee turned, not the calf a clot
// swells after an operation; a swollen, hot calf after one still alarms.
func TestFa29TwistedLeg(t *testing.T) {
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"عملت عملية بالركبة من اسبوع واليوم بطة رجلي وارمة وسخنة وتوجعني",
		"I had hip surgery last week and now my calf is swollen, hot and painful",
	}, []string{
		"اتلوت رجلي في الماتش امبارح وورمت، امتى ارجع ألعب؟",
		"I twisted my leg playing football and it swelled up, when can I play again?",
		"lweit ejri bel tamrin w wermet shway, shu a3mel?",
	})
}

// TestFa29DiscNumbnessDescribed: a disc with the pain down a limb and a tingle is what the pages say a
// disc causes (a described effect, not the urgent sign of severe pain with a cold limb); that sign,
// or the bladder lost with a numb seat, still alarms.
func TestFa29DiscNumbnessDescribed(t *testing.T) {
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"عندي ديسك والوجع صار شديد ويزيد وما يخف بالمسكنات ورجلي باردة ومنملة",
		"عندي ديسك ومن امس ما اقدر اتحكم بالبول وفي خدر حوالين المقعدة",
		"slipped disc and since this morning I can't control my bladder and my groin is numb",
	}, []string{
		"امي عندها ديسك بظهرها والوجع نازل على رجلها مع تنميل",
		"ابوي عنده ديسك برقبته وايده تنمل",
		"3andi disc bi dahri w ijri 3am tnammel, bya3mel 3amaliye?",
	})
}
