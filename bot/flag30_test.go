package bot_test

import "testing"

// TestFlag30SightGoneAfterSurgery: discharge from an operated eye with the sight gone from it, the
// negation «مبقاش», «ماعاد» with an «و» glued on («ومبقتش شايفة بيها»), is the operation's urgent sign.
func TestFlag30SightGoneAfterSurgery(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"ماما عاملة عملية مية بيضا من ٣ ايام، والنهارده عينها حمرا وبتطلع صديد ومبقتش شايفة بيها حاجة"},
		[]string{"عملت عملية من سنة وما فيه صديد، اشوف كويس الحمدلله"})
}

// TestFlag30HeadOnThinners: a knock to the head of someone on a blood thinner named by its name
// (Sintrom, Eliquis, Xarelto), in any dialect; the thinner alone, asked of a treatment, is no sign.
func TestFlag30HeadOnThinners(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"جدي خبط راسه في الباب وهو ياخذ اليكويس، نوديه المستشفى؟", "Granny bumped her head on the shelf, she takes Eliquis",
			"my grandad hit his head on the door frame, he's on xarelto, should we take him somewhere?"},
		[]string{"ابوي ياخذ وارفارين، هل يقدر يسوي علاج طبيعي؟", "يما تاخذ سينتروم، هل المساج آمن لها؟"})
}

// TestFlag30ClosingOnTheVisit: a report of the clinic's urgent sign closing on a booking or on whether
// the clinic treats it ("Can I come in today?", "can she book an assessment?") is a report; the same
// close after what is long-standing or mild is a booking.
func TestFlag30ClosingOnTheVisit(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"My uncle has had back pain for weeks, it is worse at night, he has lost weight without trying and had a fever of 39 today. He had cancer years ago. Is this one for your clinic?",
			"My dad's back pain has been getting worse for weeks, worse at night, he's lost weight and has a fever today. He had lung cancer 8 years ago. Do you treat this?",
			"I was rear-ended an hour ago and felt ok, but now my lower back pain is severe and both legs are tingling. Can I book a physio assessment for today?"},
		[]string{"I've had lower back pain for a year, can I book an assessment?"})
}

// TestFlag30ArabiziSpellings: speech spelled «7akeya», and the Levantine choking without its ن
// («byekhta2», «btekhte2»); «a5ta2t» is a mistake made, not a choking.
func TestFlag30ArabiziSpellings(t *testing.T) {
	clinicFlagCheck(t, "botox",
		[]string{"emme 3mlet botox w halla2 7akeya t2eel", "abouy kel ma yakol byekhta2", "el bent kel ma tishrab btekhte2"},
		[]string{"sorry a5ta2t bel ra2em, ana baddi maw3ad botox"})
}

// TestFlag30Curtain: a curtain or a cloud in the eye, told after the eye («في عيني ستارة», «fi 3eni
// sitara»), in Arabic letters and Arabizi.
func TestFlag30Curtain(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"fi 3eny sitara sawda", "fi 3eny ana sitara sawda fajah", "بعيني غمامة"},
		nil)
}

// TestFlag30ByTheWay: a sign told after "by the way" («بس على فكرة», "btw") is read on its own, not as
// part of the booking asked before it.
func TestFlag30ByTheWay(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"momken a7ajez ba3d bokra? 3ala fekra ma 3am 7es b ijray w ba2eet aw2a3"},
		[]string{"Can I move my Thursday slot? btw my back is a bit better", "ممكن اغير موعدي؟ على فكرة الجلسة الماضية كانت ممتازة"})
}

// TestFlag30Figures: eyes that fly at a price («عيني طارت من الفاتورة») are a figure of speech; a blur
// after the dilating drops is what they do.
func TestFlag30Figures(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"suddenly blurry vision in my left eye today, had dilating drops at my checkup last week"},
		[]string{"عيني طارت من الفاتورة", "3youni tarat mn el as3ar", "My sight is blurry for a couple of hours after the dilating drops, can I drive?"})
}

// TestFlag30OthersAsked: a sign read or heard of in others («سمعت عن ناس…», "I read about people
// who…"), asked how often it happens («هالشي يصير كثير؟») or whether anyone had it ("fi 7ada
// sarlo…?"), and a risk told of the impersonal you ("it can paralyse you"), are questions; the
// writer's own sign beside them is not, nor a relative's told in Arabizi («emme ma 3am t2der…»).
func TestFlag30OthersAsked(t *testing.T) {
	clinicFlagCheck(t, "botox",
		[]string{"قريت عن ناس ما قدروا يبلعون، والحين انا ما اقدر ابلع", "جفني نازل من امس بعد البوتوكس، هل هذا يصير كثير؟",
			"after the botox my arms feel paralysed and I can't lift them", "my arm is paralysed, can you help me?",
			"my legs are paralysed you guys, what do I do", "fi 7ada sarlo hek? emme ma 3am t2der tebla3 men mbare7"},
		[]string{"قبل زواج بنتي بدي اعمل بوتوكس، بس سمعت عن ناس صار عندهم ضعف بالجفن، هل هذا بيصير؟",
			"I read about people who couldn't swallow after botox, is that common?",
			"جارتي سوت بوتوكس وجفنها طاح شوي من شهرين ورجع بعد اسبوعين، هالشي يصير كثير؟",
			"fi 7ada sarlo da3f bi ideh ba3d el botox?", "my friend says botox can paralyse you, is that true?"})
}

// TestFlag30PastAndFineNow: a sign over and back to normal, asked before having the treatment again;
// a weakness left by a stroke long ago and stable now; a past sign "now good" with the other eye to do.
func TestFlag30PastAndFineNow(t *testing.T) {
	clinicFlagCheck(t, "botox", nil,
		[]string{"Two years ago after botox my eyelid drooped for a month and went back to normal. Can I get it done again?",
			"جفني نزل شوي السنة الماضية بعد البوتوكس ورجع بعد شهر، اقدر اسويه مره ثانيه؟"})
	clinicFlagCheck(t, "physio",
		[]string{"my dad had a stroke 2 years ago and since this morning his arm is weak again",
			"my mum had a stroke 2 years ago and was stable, but since an hour ago her arm is weak and her face droops"},
		[]string{"my mum's arm is weak since her stroke 3 years ago, she is stable now, can she do physio?",
			"ابوي ايده ضعيفة من الجلطة قبل سنتين وحالته مستقرة، ينفع علاج طبيعي؟"})
	clinicFlagCheck(t, "eye", nil,
		[]string{"my father had double vision 3 years ago from his cataract, he had the operation and now good, now the other eye needs surgery"})
}

// TestFlag30HabitsAndPills: fainting at blood or needles told as a habit, and whether a child can
// swallow a capsule or a pill, are no red flag; a faint with no waking, or pills that stick, are.
func TestFlag30HabitsAndPills(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"he fainted when he saw the blood and he is not waking up", "I can't swallow anything, even pills get stuck",
			"she keeps fainting every time she coughs up blood"},
		[]string{"I always pass out when I see blood, can I be asleep for the extraction?", "انا دايما يغمى علي لما اشوف الابر، في تخدير عام؟",
			"ولدي عمره ٦ سنين يقدر يبلع حبة المسكن ولا اطحنها؟", "wanted to ask if I can swallow my antibiotic capsule with milk"})
}

// TestFlag30AskedAhead: a precautionary question («سؤال احتياطي») and a risk asked "to know the risks"
// before a booked treatment are asked ahead; a pain denied as a state and a sight said to be fine
// report nothing.
func TestFlag30AskedAhead(t *testing.T) {
	clinicFlagCheck(t, "physio", nil,
		[]string{"سؤال احتياطي: لو صار عندي خدر بين الفخذين وش اسوي؟",
			"Could the dry needling ever cause a collapsed lung? I'm booked in next week and want to know the risks"})
	clinicFlagCheck(t, "eye",
		[]string{"my eye is painful and red and my vision is blurry since this morning"},
		[]string{"His eye isn't painful and his sight is fine, it's only a bit red after the laser"})
}

// TestFlag30MaghrebAgo: the Maghreb's «هادي» before a span is "ago" («هادي عامين»): a break healed two
// years ago is a past, asked before running again.
func TestFlag30MaghrebAgo(t *testing.T) {
	clinicFlagCheck(t, "physio", nil,
		[]string{"طحت على ظهري هادي عامين وبرا، دابا بغيت نرجع للرياضة"})
}

// TestFlag30BledOnce: a bleed that happened once, told before a booking («نزفت مرة وحدة», "bled once
// when I scratched it"), is a past asked to be checked; one bleeding now still alarms.
func TestFlag30BledOnce(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"my mole bled once last month and now it's bleeding again for 20 minutes and won't stop, can I come in?"},
		[]string{"I have a mole that bled once when I scratched it, can I book a check?", "عندي شامة نزفت مرة وحدة لما حكيتها، ممكن احجز فحص؟"})
}

// TestFlag30CancerBackPain: a back pain told new or worse by night beside a cancer had, the cancer dated
// («قبل ٤ سنين», "4 years ago": its date, not the pain's), is the spine's red flag; a cancer feared or
// in the family, or a back long stiff, is not.
func TestFlag30CancerBackPain(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"I had breast cancer 4 years ago and this new back pain is getting worse every night",
			"عندي تاريخ سرطان ثدي قبل ٤ سنين والحين الم ظهر جديد يزيد كل ليلة"},
		[]string{"My back pain is worse at night, I heard it can be cancer, is that true?",
			"I have a family history of cancer and my back pain is new and worse at night, can I book?",
			"I had cancer 10 years ago and I'm all clear, now I want help with my back, it's been stiff for years",
			"امي عندها سرطان قديم وظهرها يوجعها من سنين، ينفع علاج طبيعي؟"})
	clinicFlagCheck(t, "derma", nil,
		[]string{"i had skin cancer removed 5 years ago, my back has a new mole, can you check it?"})
}
