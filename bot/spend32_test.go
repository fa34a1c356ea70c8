package bot_test

import "testing"

// Round 30, spent: the two red flags it missed and the look-alike it alarmed on, read by cause.

// TestSpend32SelfHarmBesideLongIllness: thoughts of ending one's life told beside a pain or an
// illness borne for years are a red flag now; the years tell the illness, not the thoughts. Thoughts
// told as past and over still are not.
func TestSpend32SelfHarmBesideLongIllness(t *testing.T) {
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"el waja3 bdahri mesh 3am yekhlas men sneen w ta3ebt, sa3at bfakker 2a2tol 7ali w 5alas",
		"الم ظهري ما خلص من سنين وتعبت، ساعات افكر اقتل حالي وخلاص",
		"my back pain hasn't stopped for years and I'm tired, sometimes I think of killing myself",
		"عندي ديسك من سنين وتعبت ابي اموت",
	}, []string{
		"كان عندي افكار انتحارية قبل سنين والحين الحمدلله بخير، هل العلاج الطبيعي يناسبني؟",
		"I had suicidal thoughts years ago but I'm fine now, can I still do physio?",
	})
}

// TestSpend32HarmOneselfLevantineArabizi: «ad2i nafsi» (أأذي نفسي) with the hamza written after the
// letter, as Levantine Arabizi writes it.
func TestSpend32HarmOneselfLevantineArabizi(t *testing.T) {
	fa22Check(t, fa22Engine(t, "derma"), []string{
		"sar li 4 shhoor 3al roaccutane w sarat tiji li afkar inni ad2i nafsi, ma 3am 2der nam",
		"bfakker ad2i 7ali",
	}, []string{
		"ma bfakker ad2i nafsi abadan, bas ta3bane men el 7ob",
	})
}

// TestSpend32DeniedBladderAndGroin: cauda-equina signs denied in a list ("no bladder problems or
// numbness in the groin") are denied each, the groin after its preposition too; told, they alarm.
func TestSpend32DeniedBladderAndGroin(t *testing.T) {
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"I get pins and needles down my left leg and now numbness in the groin and I can't control my bladder",
	}, []string{
		"I've got a slipped disc in my lower back and I get pins and needles down my left leg, no bladder problems or numbness in the groin or anything like that, I'm just fed up and my boss keeps asking when I'll be better, can physio actually fix a disc?",
		"pins and needles down my leg, no bowel or bladder problems",
	})
}

// TestSpend32WeakGulfArabizi: «9a3eef» (ضعيف with the Gulf's 9 for ض) is weak; the retrained net no
// longer carried a body gone weak so spelled, and the rules read it now.
func TestSpend32WeakGulfArabizi(t *testing.T) {
	fa22Check(t, mustEngine(t), []string{
		"ba3d el botox jismi kila 9aar 9a3eef",
	}, []string{
		"ba3d el botox 7ajbi 9aar 9a3eef shway, tabee3i?",
	})
}
