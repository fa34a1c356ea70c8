package bot_test

import "testing"

// Round 31, spent: the four look-alikes it alarmed on, read by cause.

// TestSpend33BlurAskedAsCataract: a blur asked of as the lens clouding («هذا ماي ابيض؟», "could it be
// cataracts?") is told as come over time; sight gone suddenly is still a red flag.
func TestSpend33BlurAskedAsCataract(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"ابوي فجأة ما صار يشوف بعينه اليمين",
		"my vision went blurry suddenly an hour ago and my eye really hurts",
	}, []string{
		"ابوي عمره ٧٠ ويقول يشوف كأن فيه ضباب على عيونه، هذا ماي ابيض؟ وش يسببه؟",
		"my mum says everything looks foggy lately, could it be cataracts?",
	})
}

// TestSpend33FearsReasonTold: the reason of a fear is told, not feared: a relative's history after
// "because" is read as one, and asking to be checked makes it a family's history, not a sign now.
func TestSpend33FearsReasonTold(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"I'm scared because I suddenly can't see anything out of my left eye",
	}, []string{
		"I'm terrified of glaucoma because my grandad went blind from it. I'm 35 and my eyes feel fine, do I still need checks?",
		"خايفه من الجلوكوما لان جدي فقد نظره منها، هل احتاج فحص؟",
	})
}

// TestSpend33EyesWatering: eyes watering are tears, the expected effect the pages tell after LASIK,
// not the water of a chemical splash's rinse.
func TestSpend33EyesWatering(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"chemical splashed in my eye at work, I rinsed it with water but it still burns like crazy",
	}, []string{
		"Just had LASIK this morning and my eyes are burning and watering loads. Is that normal?",
		"my eyes keep watering after the operation, is that ok?",
	})
}

// What the net, retrained on round 31, moved, read by cause: a head made to ache by someone is
// annoyance; a disc named with the tingle it sends down a limb is what the pages say it causes; a sign
// already shown to a doctor («ورجعت للدكتور») is assessed, and coming back is no vomiting to the net.
func TestSpend33NetMoved(t *testing.T) {
	fa22Check(t, mustEngine(t), []string{
		"وجهي وشفايفي منتفخة وما اقدر اتنفس",
	}, []string{
		"صدعتونا بالرسايل، كيف اوقفها؟",
	})
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"عندي ديسك ومن امس ما اقدر اتحكم بالبول وفي خدر حوالين المقعدة",
	}, []string{
		"خالتي عندها ديسك بظهرها ورجلها تنمل، تقدر تسوي علاج طبيعي؟",
	})
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"رحت للدكتور امس واليوم فجأة ما اشوف بعيني اليسار",
	}, []string{
		"عيني توجعني من امس ورحت للدكتور وعطاني قطرة",
	})
}
