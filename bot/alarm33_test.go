package bot_test

import "testing"

// TestAlarm33DeniedFaint: a faint denied in the Gulf's and the Levant's words («ما غمي عليه», «ma ghimi
// 3alaih», «ma a3ma 3aleh») is no report; one happening now, or told after «بعد ما» (after), still is.
func TestAlarm33DeniedFaint(t *testing.T) {
	fa22Check(t, fa22Engine(t, "dental"), []string{
		"خالي غمي عليه الحين في الكرسي",
		"بعد ما غمي عليه ابوي للحين دايخ وما يرد علينا",
		"ba3d ma ghimi 3alaih okhoy lain al7een da2kh w ma yrd",
		"امي ما غمي عليها بس ما تقدر تتنفس",
	}, []string{
		"ولدي طاح بالمدرسة بس ما غمي عليه، نقدر نحجز له فحص بكرة؟",
		"wldi 6a7 bs ma ghimi 3alaih, agdar a7jiz lah maw3d?",
		"ma a3ma 3aleh",
	})
}

// TestAlarm33OthersAllergyElsewhere: another's allergy at another clinic, told to ask what this one has
// for emergencies or whether the writer is at risk too, is a history; an allergy now is a red flag.
func TestAlarm33OthersAllergyElsewhere(t *testing.T) {
	fa22Check(t, fa22Engine(t, "derma"), []string{
		"جارتي انتفخ وجهها وحلقها يضيق الحين بعد ابرة في مكان ثاني، وش نسوي؟",
		"my sister is having an allergic reaction right now after her peel, lips swelling and throat tight",
	}, []string{
		"خالتنا جاتها حساسية شديدة من حقنة بعيادة ثانية، انتو مجهزين للطوارئ؟",
		"our neighbour had a bad allergic reaction to filler at another clinic, do you have emergency equipment?",
		"my friend had an allergic reaction to a laser at another clinic, am I at risk too?",
	})
}

// TestAlarm33StrokeRecovered: a stroke years ago and recovered from, told with a booking asked for the
// same day, is a history; a stroke today is a red flag.
func TestAlarm33StrokeRecovered(t *testing.T) {
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"امي جاتها جلطة اليوم وفمها مايل، نبي نجي بنفس اليوم",
		"ابوي جاته جلطة الحين، نبي نحجز بنفس اليوم",
	}, []string{
		"ابوي جاته جلطة قبل خمس سنين وتعافى منها، نبي نحجز له موعد اسنان وتنظيف بنفس اليوم",
	})
}

// TestAlarm33BreathingExercises: breathing exercises asked of are a treatment; the breath in trouble
// beside them is a red flag still.
func TestAlarm33BreathingExercises(t *testing.T) {
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"ma agdar atnaffas w ana asawi tamareen el tanaffus",
		"I can't breathe even when doing my breathing exercises, my chest is tight",
		"ما اقدر اتنفس وانا اسوي تمارين التنفس",
	}, []string{
		"كم مرة اسوي تمارين التنفس بعد العملية؟",
		"how often should I do breathing exercises after my knee operation?",
		"nagdar nsawi tamareen el tanaffus fil bait?",
	})
}
