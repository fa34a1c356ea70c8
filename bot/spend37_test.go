package bot_test

import "testing"

// Round 34, spent: the look-alikes it alarmed on, read by cause.

// TestSpend37LookAlikes: a blur told as the cataract's («هذا من المويه البيضاء؟», «مغبشة… مع المويه
// البيضا») is the lens clouding as the patient reads it; side sight already lost, asked whether it comes
// back, is the disease's past; «bsir3a» is "quickly" (سرعة), whose consonants are a fit's. Told sudden,
// or as a fit, each still alarms.
func TestSpend37LookAlikes(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"فجأة صار كل شي ضباب قدامي وما اشوف بعيني اليسار",
		"he suddenly lost the side vision in his right eye this morning",
	}, []string{
		"امي عمرها ٧٠ وتقول تشوف كأن فيه ضباب قدام عيونها، هذا من المويه البيضاء؟",
		"عيني مغبشه بس ما فيها اي الم ولا احمرار، عادي هذا مع المويه البيضا؟",
		"ابوي نظره ضبابي، يكون بسبب الماي الابيض؟",
		"he's lost some of his side vision. will it come back with treatment?",
		"she has already lost some of her peripheral vision from glaucoma, can it come back?",
	})
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"wldi ja2to nobet sar3 w hala2 ma byrod 3alayna",
	}, []string{
		"wldi rjoola flat w yit3ab bsir3a lama yimshi, lazim yinfi7is?",
		"ana at3ab bsir3a lama amshi, 3adi ba3d el 3amaliye?",
	})
}

// TestSpend37NetReadings: an expected effect the pages tell of, a day after an operation and asked of
// as normal (red and sore after a squint operation; burning, watering and glare the morning of LASIK),
// which the net, retrained with round 34 spent, reads as the effect it is. Sight lost or pain with it
// still alarms.
func TestSpend37NetReadings(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"3mlt lasik l yom el sob7 w halla2 ma 3am shuf shi bi 3eni el yimin",
	}, []string{
		"3mlt lasik l yom el sob7 w halla2 3youne 3am t7er2ne w tedma3 w 7asse bel daw, tabi3e?",
		"بنتي عملت عملية حول امبارح وعينها حمرا ومتضايقة منها، ده طبيعي؟",
	})
}
