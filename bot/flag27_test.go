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
