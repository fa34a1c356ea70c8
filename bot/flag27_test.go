package bot_test

import "testing"

// TestFlag27UrineHeld: no water passed at all, or for hours, is the bladder held, in Arabic as "can't
// pee" is in English, of oneself or another; a toddler not yet trained is not.
func TestFlag27UrineHeld(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"من امس ما قدرت ابول ابدا وبطني توجعني", "ستي من الصبح ما قدرت تبول وهي تتألم", "جوزي ما عم يقدر يبول خالص من الضهر"},
		[]string{"ابني عمره سنتين وما يقدر يبول بالحمام لحاله، كيف ادربه؟"})
}

// TestFlag27SaddleEgyptian: the seat spelled «ma2a3da» numb, told with the Egyptian «mesh 7asa», and
// water let go with the back in pain.
func TestFlag27SaddleEgyptian(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"mama mesh 7asa b ay 7aga fel ma2a3da men el sob7", "dahri byewja3ni w el bol nazel lewa7do men embare7"},
		[]string{"3andi wja3 dahr men sana, a2dar a3mel jalsat?"})
}

// TestFlag27DoubleLevantine: double sight in Levantine Arabizi, «mzawwaj» and «shakhsain»; married
// («mzawwajin») is not.
func TestFlag27DoubleLevantine(t *testing.T) {
	clinicFlagCheck(t, "botox", []string{"sar 3am bshuf kel shi mzawwaj men ba3d el 7o2an"}, nil)
	clinicFlagCheck(t, "eye",
		[]string{"abouya bi2ool kel shi 3am yshoofo shakhsain"},
		[]string{"ana w o5ti mzawwajin, fina nji sawa 3al fa7s?"})
}

// TestFlag27VeilOverSight: a veil («7ijab») over the sight, and something covering part of the sight,
// in Arabizi and Arabic; an eye covered with a patch is not.
func TestFlag27VeilOverSight(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"fi 7ijab 3ala nazari min el sob7", "shi aswad 3am yghatti nos el nazar 3andi", "في شي اسود بيغطي نص نظري من الصبح"},
		[]string{"el doctor ghatta 3ayni b shash ba3d el 3amaliye, emta b2emo?"})
}

// TestFlag27SeesNothing: "sees nothing" out of an eye, in other persons; seeing nothing wrong is not.
func TestFlag27SeesNothing(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"my wife sees nothing out of her left eye since this morning", "he says he can see nothing at all from the right eye"},
		[]string{"I see nothing wrong with booking early, is Saturday free?"})
}

// TestFlag27BleedingPressed: bleeding now with someone pressing on it, in Levantine, Egyptian and
// Maghrebi Arabizi; a bleed pressed and stopped is past.
func TestFlag27BleedingPressed(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"el jer7 3am yenzef w ana daghet 3aleh min nos sa3a", "beynzef w ana dagta 3aleh w mesh rady yo2af"},
		[]string{"kan 3am yenzef shwai w daghet 3aleh w wi2ef"})
	clinicFlagCheck(t, "dental", []string{"ra2sa mn sa3a kaynzef w hiya daghta 3lih"}, nil)
}

// TestFlag27CanThe: "can the …" is no "can't": the doctor asked to speak, the baby to swallow, the
// nurse to check a breath; "can't" still is.
func TestFlag27CanThe(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"my son can't swallow anything since this morning", "she can't talk properly, her words are slurred"},
		[]string{"can the dentist talk to my husband about the plan?", "can the baby swallow the tablet or should I crush it?", "can the nurse show me breathing exercises for the anxiety?"})
}

// TestFlag27NotALanguage: not speaking a language is no speech gone, in English, Levantine and
// Egyptian Arabizi, of oneself or another.
func TestFlag27NotALanguage(t *testing.T) {
	for _, c := range []string{"botox", "physio"} {
		clinicFlagCheck(t, c, nil, []string{
			"My mother cannot speak English, can the nurse talk to her in Urdu?",
			"ما بعرف احكي انجليزي منيح، في حدا بيحكي عربي؟",
			"mesh ba3raf atkallem english kwayes, momken doctora tetkallem 3arabi?",
		})
	}
}

// TestFlag27EverydayLookAlikes: handing out leaflets, sand felt in the eye, a nose or gum bleeding a
// few drops, a tooth that aches with cold: none is an emergency.
func TestFlag27EverydayLookAlikes(t *testing.T) {
	clinicFlagCheck(t, "physio", nil, []string{"We were passing out leaflets at the marathon, can we leave some here?"})
	clinicFlagCheck(t, "eye", nil, []string{"احس كأن في رمل بعيوني كل صبح", "3eni fiha ehsas zay raml kol ma as7a"})
	clinicFlagCheck(t, "derma", nil, []string{"شفتي بتنزف نقطة او نقطتين من الناشف، عادي؟"})
	clinicFlagCheck(t, "dental", nil, []string{"my gum bleeds a few drops when I floss", "ضرسي يوجعني مع البارد من بعد الحشوة", "asnani bt2lmni m3a el mayy el sa23a"})
}

// TestFlag27Denials: a sign denied in Maghrebi («ماكاين»), with Arabizi «bla» (without) and «la …
// wala …» (neither … nor …).
func TestFlag27Denials(t *testing.T) {
	clinicFlagCheck(t, "dental", nil, []string{"ماكاين حتى دم دابا، واش نقدر نغسل فمي؟", "ma 3andi la 7araara wala waram, bas bade a3ref el as3ar"})
	clinicFlagCheck(t, "derma", nil, []string{"wjhi 7mer chwiya bla ntfa5 ba3d el laser"})
}

// TestFlag27Histories: a condition held steady («mdabbat»), a sign years past in Arabizi counted
// («min tlat snin», «mn tlata snin», «mn sene»), one that went after hours, a relative well now, or
// one wanting a treatment now: histories, not signs now.
func TestFlag27Histories(t *testing.T) {
	clinicFlagCheck(t, "dental", nil, []string{
		"ibni 3ando sar3 mdabbat 3al dawa, bye2dar ya3mel 7ashwe?",
		"abouya kan ma3o jalta min tlat snin w hala2 3al dawa mni7, bi2dar ya3mel zar3?",
		"mn tlata snin ghmi 3liha 3nd tbib, wach t9der tdir tanwim?",
		"خالتي كان عندها خراج السنة الماضية وتعالجت، وهلق بدها تبييض",
	})
	clinicFlagCheck(t, "botox", nil, []string{"ukhti nezel 7ajeba mn sene ba3d botox, kif bt7miha?"})
	clinicFlagCheck(t, "physio", nil, []string{"el wja3 wisil 6 w ra7 ba3d sa3tein, akammel el tamreen?"})
	clinicFlagCheck(t, "derma", nil, []string{"My sister had suicidal thoughts on isotretinoin years back, now she is fine, can I start it?"})
}

// TestFlag27FamilyHistory: a relative's sight lost, told to ask whether the writer should be examined,
// is a family's history; told as sudden it is still a red flag.
func TestFlag27FamilyHistory(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"ابوي فجأة ما يشوف بعينه اليمين، وانا محتاج افحص؟"},
		[]string{"جدتي فقدت نظرها من الجلوكوما، وانا لازم افحص؟", "My grandad went blind from macular disease, should I get checked too?"})
}
