package bot_test

import "testing"

// TestSpend25DatedTreatment: a treatment dated in the past («سويت بوتكس الشهر الي فات», "had surgery
// last month") dates the treatment, not the sign told after it, which is now: round 23's missed red
// flag. A sign itself told as last month's and over is still past.
func TestSpend25DatedTreatment(t *testing.T) {
	flag23Check(t,
		[]string{"ركبت عدسات السنة الي فاتت، ضربني ولدي بكوعه على عيني وصارت توجعني وما اشوف زين",
			"I had surgery on that eye last month and a ball hit my eye, it hurts and I can't see well",
			"سويت بوتكس الشهر الي فات وصار عندي صعوبة في البلع والكلام",
			"عملت بوتوكس الشهر الماضي وصرت ما اقدر ابلع ولا اتنفس زين"},
		[]string{"انضربت عيني السنة الي فاتت وما صرت اشوف فيها كم يوم بس الحين بخير، اقدر اسوي ليزك؟",
			"last month I got hit in the eye and couldn't see for a day, it's fine now, can I still do lasik?",
			"الشهر الي فات صار عندي ضيق تنفس بعد البوتكس بس راح، عادي اعيده؟"})
}

// TestSpend25BenignReadings: a sensitivity to light is of the eyes, and numbness from the anaesthetic
// is the anaesthetic working: neither is an allergy or a nerve failing, though the net retrained at
// session 25's spend took both for red flags. The same words with a red flag beside them still alarm.
func TestSpend25BenignReadings(t *testing.T) {
	flag23Check(t,
		[]string{"عندي حساسية من الضوء وصار وجهي ينتفخ وما اقدر اتنفس",
			"شفايفي مخدرة بعد البنج وصار حلقي يضيق وما اقدر ابلع"},
		[]string{"عيوني فيها حساسية للضوء وتدمع بعد العملية بيوم، هذا طبيعي؟",
			"my eyes are sensitive to light and watery the day after the laser, normal?",
			"لساني مخدر من البنج من ثلاث ساعات، متى يروح؟",
			"el banj lsa m5adar shfafi ba3d sa3tain, 3adi?"})
}

// TestSpend25WithAge: a sign told as come with age («مع العمر», «مع الكبر») and not sudden now is
// ageing, which the net (retrained at session 25's spend) took for a red flag told happening; the
// same with a sudden sign beside it still alarms.
func TestSpend25WithAge(t *testing.T) {
	flag23Check(t,
		[]string{"ابوي رجوله ضعيفة مع العمر بس اليوم فجأة ما يقدر يحرك يده وكلامه ثقيل",
			"my nan's legs are weak with age but suddenly her face is drooping and she can't lift her arm"},
		[]string{"ايدين امي صارت ترجف مع العمر",
			"امي صار عندها دوخة مع الكبر"})
}
