package bot_test

import "testing"

// TestFlag26EyePainVomiting: an eye in pain while what is eaten keeps coming back up («وترجع كل شي
// تاكله») is the eye's pain with vomiting, in Gulf, Levantine and MSA, of oneself or another.
func TestFlag26EyePainVomiting(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"عينها توجعها مرة من العصر وترجع كل شي تاكله", "عينه عم توجعه كتير وبيرجع كل اللي بياكله", "عيني تؤلمني بشدة وأرجع كل ما آكله"},
		[]string{"متى ارجع اسوق بعد عملية الماء الابيض؟ ابوي يبي يرجع لشغله"})
}

// TestFlag26BleedingForHours: bleeding told with the verb and going on for hours («بتنزف… من
// امبارح», «ينزف لسه») is bleeding that does not stop.
func TestFlag26BleedingForHours(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"اختي بتنزف من مكان الزرعة من امبارح وهي على مميع", "ولدي ينزف من مكان الخلع من العصر والشاش كله احمر"},
		[]string{"لثتي تنزف شوي لما افرش اسناني من سنين، ابي تنظيف"})
}

// TestFlag26SelfHarmDialects: harming oneself with the Maghrebi «راسي» for oneself after a thought
// or a wish, and ending one's life with the Levantine «خلّص»; a noise that hurts the head, or a wish
// to finish work, is none.
func TestFlag26SelfHarmDialects(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"بنتي عندها افكار تأذي راسها من نهار بدات الدوا", "صرلي فترة بفكر خلص من حياتي"},
		[]string{"بغيت نعرف واش الدوا كيضر الكبدة", "بدي خلص من الشغل بكير لاجي عالموعد"})
}

// TestFlag26BladderNumb: the bladder that will not hold with a numbness beside it, whatever the
// place is called; numbness between the legs in Arabizi.
func TestFlag26BladderNumb(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"ابوي ما يقدر يتحكم بالبول وحاس بخدر تحت من الصبح", "khadar bein rijlayya w dahri yoja3ni", "fi tanmeel bein ijray min el sob7"},
		[]string{"امي كبيرة بالسن وتسلس البول عندها من سنين، عندكم علاج لقاع الحوض؟"})
}

// TestFlag26DoubleVisionLoanword: "double vision" written in Arabic letters is double sight.
func TestFlag26DoubleVisionLoanword(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"صار عندي دوبل فيجن فجأة وانا اسوق", "ابني يقول عنده دبل فيشن من ساعة"},
		nil)
}

// TestFlag26CurtainInTheEye: a curtain told in the eye («عينه فيها غيمة سودا») is the retina's
// curtain, and the operation dated when it was («العملية كانت الشهر الماضي») does not make it past.
func TestFlag26CurtainInTheEye(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"عين ابوي فيها غيمة سودا من الصبح، والعملية كانت الشهر اللي فات", "sitarra sooda 3ala 3aini min el sob7"},
		[]string{"كان عندي ستارة سودا الشهر الماضي وراحت، والحين عيني تمام"})
}

// TestFlag26LidNotSeeing: an eye or lid one does not see out of, in MSA too («لم يعد يرى بها»).
func TestFlag26LidNotSeeing(t *testing.T) {
	clinicFlagCheck(t, "botox",
		[]string{"جفني نازل بالكامل ولا أرى منه بعد الحقن", "عينه اليسرى لم يعد يرى بها منذ الصباح"},
		nil)
}

// TestFlag26AskedBecause: a question asked "because" of what follows (a sign now) is a report of that
// sign, whatever was asked; a reason that tells no sign keeps a risk question general.
func TestFlag26AskedBecause(t *testing.T) {
	clinicFlagCheck(t, "botox",
		[]string{"Do you sell sunscreen? I'm asking because my tongue is swelling up and I can't swallow", "عندكم مواقف؟ أسأل لأن أبوي ما يقدر يتنفس زين من الصبح"},
		[]string{"هل البوتكس يسبب صعوبة بلع؟ أسأل لأن أختي بتسويه الشهر الجاي"})
}

// TestFlag26ReasonAfterQuestion: what a message tells after its question as the question's reason
// («…؟ لأن…») is a report: a clinic's urgent sign in it gets the emergency reply.
func TestFlag26ReasonAfterQuestion(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"كم مدة الجلسة؟ لأن ابوي بعد عملية الركبة رجله باردة ومنملة والالم يزيد مع المسكن"},
		[]string{"هل الجلسة مؤلمة؟ لأن عندي ألم خفيف في الركبة من سنة", "وين موقعكم؟ لأني جاي من الخبر"})
}

// TestFlag26ArabiziFallsAndWeakness: a fall after dizziness («6i7t»), weakness in both hands
// («da3f bi idayye»), a permanent tooth knocked out told as not the milk one or the grown-ups'.
func TestFlag26ArabiziFallsAndWeakness(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"dikht w ti7t bel 7ammam", "benti ta7at f dar w t9la3at liha sna dyal lkbar", "ibni 6a7 w sinnah 6ala3at kilha, mu labaniya"},
		[]string{"binti sinnha el labaniya 6ala3at elyom, 3adi?"})
	clinicFlagCheck(t, "botox",
		[]string{"fi da3f bi ejrayye w 3am yetla3 la fo2", "da3f fi eedain w ma agdar arfa3 shay"},
		nil)
}

// TestFlag26PastAndFine: a faint told once and dated by a season past («رمضان اللي فات», «من كام سنة»),
// a stroke years ago with the person well now, told with the pronoun first («وهي الآن بخير», «w hala2
// mni7a»); a faint now still alarms.
func TestFlag26PastAndFine(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"ابوي اغمي عليه الحين وما يرد علينا"},
		[]string{"اغمي عليه مرة وهو صايم العيد اللي فات، يقدر يسوي تنظيف؟", "ابني من كام سنة اغمى عليه في المدرسة، ينفع يعمل تقويم؟",
			"جاتها جلطة قبل سنوات وهي الان بخير، هل تقدر تسوي زراعة؟", "okhti kan 3indha jalta min zaman w hala2 mni7a, fiha t3mel tabyeed?"})
}

// TestFlag26DeniedThoughts: thinking of harming oneself denied, in Gulf, Egyptian and English without
// the person; the thought told still alarms.
func TestFlag26DeniedThoughts(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"صرت افكر انتحر من اسبوع"},
		[]string{"ما افكر انتحر ولا شي، بس متضايقة من شكل بشرتي", "not suicidal at all, just anxious about the bills, can I pay monthly?"})
}

// TestFlag26PillsSkill: not knowing how to swallow pills is a child's skill; unable to swallow water
// still alarms.
func TestFlag26PillsSkill(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"ابوي ما يقدر يبلع حتى المويه"},
		[]string{"بنتي ما تعرف تبلع الحبوب، في دوا شراب؟"})
}

// TestFlag26NotYet: what to do if something happens, asked in Egyptian order («…نعمل إيه؟») or after
// asking ahead, with nothing happened yet («لسه حاجزين», «ما صار لي شي للحين»), or «وش لو» (what if).
func TestFlag26NotYet(t *testing.T) {
	clinicFlagCheck(t, "dental",
		nil,
		[]string{"طب لو الدم موقفش بعد الخلع نعمل ايه؟ لسه حاجزين بكرة",
			"ابي اعرف قبل ما احجز الزراعة: لو صار عندي نزيف قوي وش اسوي؟ ما صار لي شي للحين"})
	clinicFlagCheck(t, "physio",
		nil,
		[]string{"وش لو ما قدر يمشي بعد العملية؟ خايفين عليه"})
}

// TestFlag26StoppedAndDenied: a nosebleed that stopped (English, Gulf Arabizi «w wagaf»), bleeding
// denied in Arabizi, a sight denied with the Maghrebi «مانيش», a faint at the mere thought, a blur
// from dilating drops in Arabizi.
func TestFlag26StoppedAndDenied(t *testing.T) {
	clinicFlagCheck(t, "derma",
		nil,
		[]string{"had a small nosebleed this morning that stopped after a minute, is that the cream?", "nizal dam min 5ashmi shway w wagaf, 3adi ma3 el dawa?"})
	clinicFlagCheck(t, "dental",
		nil,
		[]string{"el makan mish beynzef aslan, bas fi shwayet waja3", "بيغمى عليا من مجرد التفكير في الحقنة، عندكم تخدير؟"})
	clinicFlagCheck(t, "eye",
		nil,
		[]string{"مانيش نشوف دبل، حاب نسأل على العدسات", "3ayni mghabbasha ba3d gatrat el tawsi3, 3adi?"})
}

// TestFlag26TreatmentHelp: "help" asked of what a treatment may do ("can the injections help…?") is
// no cry for help; help asked of someone, with a sign, still alarms.
func TestFlag26TreatmentHelp(t *testing.T) {
	clinicFlagCheck(t, "botox",
		[]string{"can someone help urgently, my mum's face is drooping on one side"},
		[]string{"Could the injections help my jaw clenching? My jaw has been aching on and off for years", "would the treatment really help? my eyelid keeps twitching since last year"})
}
