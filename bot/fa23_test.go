package bot_test

import "testing"

// TestFa23LookalikesCalm: look-alikes of red flags, by mechanism, that must not alarm — a medicine
// named with the condition it treats, a condition held steady on it, pills too big or bitter to
// swallow or asked leave to swallow, pills taken "like candy", an imagined faint, tears read as blood
// in an Arabizi skeleton — each beside the red flag near it, which still alarms.
func TestFa23LookalikesCalm(t *testing.T) {
	e := fa22Engine(t, "physio")
	alarm := []string{
		// A fit now, beside the medicine or the steady condition.
		"I'm on levetiracetam for my seizures and he's been seizing for 5 minutes now",
		"he fell on the floor seizing for 5 minutes",
		"ابني عنده صرع مستقر بس الحين يتشنج من خمس دقايق",
		"my son's epilepsy is stable but he's having a seizure right now",
		// The throat, not the pill.
		"ما يقدر يبلع ولا ريقه",
		"ما اقدر ابلع حبوبي ولا الموية",
		"the tablets are big, can't swallow, my throat is swelling shut",
		// A faint, told, not imagined.
		"he passed out and won't wake up",
		"مغمى عليه وما يصحى",
		"بخاف من الدم وهلق ما بقدر اتنفس",
		// Blood that will not stop, in Maghrebi Arabizi.
		"kayn dem bzaf w ma bghach iw9ef",
	}
	calm := []string{
		// A medicine for fits, the condition named as its purpose.
		"I'm on levetiracetam for my seizures, is shock wave therapy ok for my heel?",
		"she's on valproate for her epilepsy, can she do hydrotherapy?",
		"ana 3ala dwa lel tashannojat, wach n9der ndir massage?",
		// A condition held steady on its treatment.
		"الصرع عندي مستقر على الدوا، اقدر اسوي علاج طبيعي؟",
		"my epilepsy is well controlled, can I do dry needling?",
		"bnti 3ndha épilepsie mstabla, t9der tdir tamrinat?",
		// Pills too big or bitter to swallow, or leave asked to swallow one.
		"الحبوب كبيرة وما اقدر ابلعها، في شكل ثاني؟",
		"mesh 2adra abla3 el 7obob, kbeera 2awi",
		"can i swallow my pills the morning of the session?",
		"ينفع ابلع حبوب الضغط قبل الجلسة؟",
		"واش نقدر نبلع الدوا ديالي قبل الحصة؟",
		// Pills "like candy".
		"taking painkillers like candy for my knee, any better option?",
		"باخد المسكنات زي الحلاوة عشان ضهري",
		// A faint imagined.
		"بتخيل اني ممكن يغمى عليا من الابرة",
		"I keep imagining I might pass out at the needle",
		// Two fears running into each other: the second is read on its own.
		"بخاف من الابر كتير لدرجة اني بتخيل اني ممكن اوقع واغيب",
		"خايفة من الجلسة لحد ما بتخيل انه ممكن يغمى عليا",
	}
	fa22Check(t, e, alarm, calm)
}

// TestFa23TearsNotBlood: in Arabizi, a word of tears («tdma3», «dmou3») is no blood, whatever its
// skeleton begins with; blood told heavy still alarms.
func TestFa23TearsNotBlood(t *testing.T) {
	e := fa22Engine(t, "eye")
	fa22Check(t, e, []string{"dem kteer min 3ini w ma wa2af", "kayn dem bzaf w ma bghach iw9ef"},
		[]string{"3yoni btdma3 min kuthr el shashat, fi 3ilaj?", "3eeni fiha ramel w tdma3 min kuthr el shaashaat"})
}
