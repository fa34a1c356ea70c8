package bot_test

import "testing"

// Round 27, spent: the red flag and the look-alikes the retrained net (threshold 0.25) changed, read
// by cause.

// TestSpend29TwoOfEverything: seeing "2 of everything", with a digit, is double sight now.
func TestSpend29TwoOfEverything(t *testing.T) {
	e := fa22Engine(t, "eye")
	fa22Check(t, e, []string{
		"since lunch I see 2 of everything when I look at the TV",
		"my husband is seeing 2 of things since he woke up, had filler yesterday",
	}, []string{
		"can I book to see 2 of your doctors on the same day?",
	})
}

// TestSpend29BrokenHeart: a heart told broken («قلبي مكسور», "my heart is broken") is a sorrow; a heart
// told pounding with the chest tight still alarms.
func TestSpend29BrokenHeart(t *testing.T) {
	e := fa22Engine(t, "derma")
	fa22Check(t, e, []string{
		"my chest is tight and my heart is racing, I feel like I'm going to pass out",
	}, []string{
		"my heart is broken, the offer ended yesterday 💔",
		"قلبي انكسر لما شفت السعر، في خصم؟",
		"2albi maksoor, el 3ard 5ilis?",
	})
}

// TestSpend29MildAskedWorry: a sign told as slight and asked of as normal or as a worry ("slight
// swelling, should I worry?", «ورم بسيط، لازم اقلق؟») is the expected effect: the net has no say;
// a slight sign beside one the rules read still alarms.
func TestSpend29MildAskedWorry(t *testing.T) {
	e := fa22Engine(t, "derma")
	fa22Check(t, e, []string{
		"slight swelling where they injected and now my throat feels tight and I can't swallow, should I worry?",
		"ورم بسيط مكان الابرة بس شفايفي ولساني انتفخوا وما اقدر اتنفس، لازم اقلق؟",
	}, []string{
		"a little redness and slight swelling on my cheek two hours after the peel, should I be worried?",
		"احمرار خفيف وورم بسيط بعد الجلسة بساعة، هل اقلق؟",
		"mild puffiness under the eyes the morning after, is that something to worry about?",
	})
}

// TestSpend29TenseNeck: a neck told tight or tense, with a headache or not, is a muscle's tension
// (the net retrained at 0.25 alarmed on it); a fever with a stiff neck still alarms.
func TestSpend29TenseNeck(t *testing.T) {
	e := fa22Engine(t, "physio")
	fa22Check(t, e, []string{
		"حرارته ٣٩ ورقبته متيبسة ما يقدر ينزل راسه",
		"high fever and a stiff neck, he can't bend his head forward",
	}, []string{
		"رقبتي مشدودة من الشغل على اللابتوب وعندي صداع خفيف",
		"my neck is so tight after the long drive and I get headaches at the back of my head",
		"ra2abti mashdoode w 3ande waja3 ras, fi jalsat masaj?",
	})
}
