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

// TestFlags30DeniedNorFrom: a second sign denied with «ولا من» («لا أعاني من تدلي الجفن ولا من ازدواج
// الرؤية») is denied as the first; in English, flashes and a curtain denied ("I haven't had any flashes
// or curtain").
func TestFlags30DeniedNorFrom(t *testing.T) {
	clinicFlagCheck(t, "botox",
		[]string{"صار عندي ازدواج في الرؤية من الصبح بعد البوتوكس"},
		[]string{"لا أعاني من تدلي الجفن ولا من ازدواج الرؤية، وأود معرفة موعد جلسة المتابعة."})
	clinicFlagCheck(t, "eye",
		[]string{"since this morning there's a dark curtain coming over my vision"},
		[]string{"I haven't had any flashes or curtain, just booking my regular diabetic eye exam"})
}

// TestFlags30NowFineAfterMonths: a sign dated months ago and told fine now («قبل شهرين… والحين الحمد
// لله تمام») is a history; today's fall told fine now is not (TestFlags27).
func TestFlags30NowFineAfterMonths(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"عندي ألم صدر قوي الحين ونازل على يدي اليسار"},
		[]string{"قبل شهرين صار عندي ألم صدر وسويت قسطرة والحين الحمد لله تمام، متى أقدر أسوي تنظيف أسنان؟"})
}

// TestFlags30DateAhead: a risk asked beside the writer's own date ahead ("I have a wedding next week",
// «عندي موعد فحص») stays a question: the date is no sign had.
func TestFlags30DateAhead(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"عندي موعد فحص الأسبوع الجاي بس من الصبح صرت اشوف دبل"},
		[]string{"هل الليزك يسبب ازدواج الرؤية؟ عندي موعد فحص الأسبوع الجاي"})
	clinicFlagCheck(t, "derma",
		[]string{"I have a wedding next week and right now my lips and face are swelling up after the peel"},
		[]string{"will the peel make my face swell up? I have a wedding next week"})
}

// TestFlags30DifferenceBetween: what the difference between two things is («شنو الفرق بين النظر
// المزدوج والاستجماتيزم؟») asks a definition.
func TestFlags30DifferenceBetween(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"من اليوم الصبح صرت اشوف دبل"},
		[]string{"شنو الفرق بين النظر المزدوج والاستجماتيزم؟ قريتها فمقال"})
}

// TestFlags30SkinAndFigures: puffiness under the eyes («لانتفاخ تحت العين») is the skin's; eyes that
// flew at a price seen («لما شفت سعر…») a figure of speech.
func TestFlags30SkinAndFigures(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"وجهي وشفايفي منتفخة بعد الكريم"},
		[]string{"وش أفضل كريم لانتفاخ تحت العين من السهر؟"})
	clinicFlagCheck(t, "eye",
		[]string{"انضربت عيني بالكورة وما اشوف فيها"},
		[]string{"عيوني طارت من مكانها لما شفت سعر العدسة المزروعة 😳 فيه تقسيط؟"})
}

// TestFlags30FearedHappening: a bleed feared to happen and not stop («أخاف يصير نزيف ما يوقف») is
// feared, its negation the supposition's; a bleed that will not stop now is told.
func TestFlags30FearedHappening(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"خلعت ضرس الصبح والنزيف ما يوقف"},
		[]string{"مرعوب من الخلع، أخاف يصير نزيف ما يوقف لأني آخذ أسبرين يوميًا، كيف تتعاملون مع هالشي؟"})
}

// TestFlags30HistoriesTold: a sign told over («bled a lot but it stopped»), long ago («شحال هادي»), in
// childhood («w ana so8ayyara»), or gone before another try ("it went away, can I try again"), and a
// sign supposed to ask how to know it («لو الخلع عمل ورم…، إزاي أعرف؟»), are no report now.
func TestFlags30HistoriesTold(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"the extraction was this morning and it's still bleeding heavily, it won't stop",
			"الخلع عمل ورم ناحية العين وصار عندي ضيق تنفس"},
		[]string{"after my last extraction it bled a lot but it stopped with pressure after 30 min, this one is next week",
			"ana oghma 3alaya mara 3and el dentist w ana so8ayyara, momken ta5dir kamel?",
			"لو الخلع عمل ورم ناحية العين، إزاي أعرف إنه خطير؟"})
	clinicFlagCheck(t, "eye",
		[]string{"فجأة نظري راح من عيني اليمين"},
		[]string{"شحال هادي كان عندي ضباب فالعين من الجلوكوما وتعالجت، دابا بغيت نجدد القطرة"})
	clinicFlagCheck(t, "botox",
		[]string{"since this morning I'm seeing double after botox"},
		[]string{"last year after botox my eyelid drooped for 3 weeks, it went away, can I try again with a lower dose?"})
}

// TestFlags30Phobia: a phobia of choking («عندي رهاب إني أختنق») asked of a treatment is a fear, not
// a choking.
func TestFlags30Phobia(t *testing.T) {
	clinicFlagCheck(t, "botox",
		[]string{"بعد البوتوكس في الرقبة صرت أختنق وما اقدر ابلع"},
		[]string{"عندي رهاب إني أختنق، فهل حقن البوتوكس في الرقبة (Traptox) ممكن تأثر على البلع؟"})
}

// TestFlags30Overworked: work that chokes one and breath short "from all the shifts" («الشغل خانقني
// ومو كادر أتنفس من كثر الدوام») is being overworked; a breath short at work is still a breath.
func TestFlags30Overworked(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"وانا في الشغل صار عندي ضيق تنفس ومو قادر اتنفس", "مو كادر أتنفس من الصبح"},
		[]string{"الشغل خانقني ومو كادر أتنفس من كثر الدوام، بس ظهري يوجعني، عدكم مواعيد مسائية؟"})
}
