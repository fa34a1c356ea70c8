package bot_test

import "testing"

// Round 29, spent: the look-alike it alarmed on and what the retrained net changed, read by cause.

// TestSpend31PartOfSightLost: part of the sight lost to a known disease and asked whether treatment
// now brings it back is no sudden loss; the same loss told as sudden still is.
func TestSpend31PartOfSightLost(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"ابوي فجأة راح جزء من نظره الجانبي، يرجع له؟",
	}, []string{
		"ابوي راح جزء من نظره الجانبي بسبب الجلوكوما، لو تعالج الحين يرجع له؟",
	})
}

// TestSpend31DoctorForetold: an effect the doctor said to expect, and for how long, is the expected
// one; a red flag told beside it still fires.
func TestSpend31DoctorForetold(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"After PRK my eye is burning, doctor said the pain is 3 days, but now I can't see anything from it",
	}, []string{
		"After PRK my eye is burning and tears is coming, it is day 2, doctor said the pain is 3 days",
		"بعد العملية عيني تحرق وتدمع، الدكتور قال طبيعي يومين",
	})
}

// TestSpend31EyePainVomitArabizi: an eye in pain with vomiting, told in Gulf Arabizi («tooja3ni»,
// «rjjait»: the doubled «رجّع» of vomiting, not the «رجع» of coming back).
func TestSpend31EyePainVomitArabizi(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"ba3d 3amaliyat el mya el bee'9a 3aini tooja3ni mowt w rjjait mrtain",
		"3aini tooja3ni wayed w rajja3t el sob7",
	}, []string{
		"3aini tooja3ni shway ba3d el 3amaliya, tabee3i?",
	})
}

// TestSpend31ChestPainNoVowel: the pain written without its vowel («alm») in the chest is chest pain.
func TestSpend31ChestPainNoVowel(t *testing.T) {
	fa22Check(t, mustEngine(t), []string{
		"3ndi alm 8awi bsdri w yenzil 3la yadi lysar",
	}, []string{
		"3ndi alm bsi6 bmakan el ebra, tabee3i?",
	})
}
