package bot_test

import "testing"

// TestFlags30VoiceWithGluedAnd: a voice changed, told with an «و» glued on («وصوتي تغير»), is the
// speaking sign as «صوتي تغير» is; swallowing told as a toil («اتعب وانا ابلع») is the swallowing one.
func TestFlags30VoiceWithGluedAnd(t *testing.T) {
	clinicFlagCheck(t, "botox",
		[]string{"بعد حقن التعرق بيومين صرت اتعب وانا ابلع وصوتي تغير، طبيعي؟", "بعد البوتوكس صرت اتعب وانا ابلع",
			"بعد الحقن بيومين نطقي متغير وكلامي ثقيل وصوتي تغير"},
		[]string{"اتعب من الشغل كثير، ابي موعد بوتوكس بعد الدوام"})
}

// TestFlags30DoubleAsTwoPictures: double sight told in MSA as two pictures of each thing («أرى صورتين
// لكل شيء»), and in Arabizi as «shay2ain».
func TestFlags30DoubleAsTwoPictures(t *testing.T) {
	clinicFlagCheck(t, "botox",
		[]string{"بعد جلسة البوتوكس أصبحت أرى صورتين لكل شيء منذ هذا الصباح.", "ashoof kil shay shay2ain min ba3d el botox, wesh asawi?"},
		[]string{"ابي اشوف صور قبل وبعد للبوتوكس", "wesh asawi ba3d el botox? ashoof kil shay zain"})
}

// TestFlags30StillBleeding: a bleed told still going with "still" first («وإلى الحين تنزف»,
// «لسه بينزف»), as "still bleeding" and «lsa nazif» are.
func TestFlags30StillBleeding(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"بنتي عمرها ٤ سنين خلعوا لها سن لبني اليوم وإلى الحين تنزف ساعة كاملة وتبكي", "خلعت ضرس العقل الصبح ولسه بينزف"},
		[]string{"خلعت ضرس امس ونزف شوي ووقف، متى اقدر آكل؟"})
}

// TestFlags30CuttingOneself: cutting one's own hand or veins thought of or wished («عم فكر اقطع إيدي
// هلق») is self-harm; the oath «بقطع ايدي اذا…» is not.
func TestFlags30CuttingOneself(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"بدي احكي مع حدا، ما بقى فيي كمّل، عم فكر اقطع إيدي هلق", "ما عاد اتحمل وافكر اجرح عروقي"},
		[]string{"بقطع ايدي اذا هالكريم ما نفع", "قطعت ايدي بالسكين وانا اطبخ، اقدر اسوي ليزر بعد اسبوع؟"})
}

// TestFlags30CurtainSpellings: a curtain over the sight with the ظ written th («nathari»), over "part
// of my sight" («goz2 mn nazari»), and in English a shadow six words from the sight.
func TestFlags30CurtainSpellings(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"ka2en fee sitara sooda 3la nu9 nathari", "fe zay setara sooda nazla 3ala goz2 mn nazari",
			"Do you accept Bupa insurance for cataract surgery? I had my first eye done 4 days ago and since this morning there's like a shadow covering the lower part of my sight"},
		[]string{"3andi nathara w baddi a3mel lasik", "can I book a cataract check, my sight is fine"})
}
