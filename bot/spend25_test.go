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
