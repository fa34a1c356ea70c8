package bot_test

import "testing"

// Round 28, spent: its two missed red flags and the look-alikes it alarmed on, read by cause.

// TestSpend30AnotherSignStands: what mutes one sign, told of it alone (sight lost before and asked
// of), does not mute another red flag in the same message.
func TestSpend30AnotherSignStands(t *testing.T) {
	e := fa22Engine(t, "eye")
	fa22Check(t, e, []string{
		"أنا عندي مية زرقا والدكتور قالي إن النظر اللي راح مش هيرجع، ومن ساعتها مش بنام ومش عايز أشوف حد وبفكر أأذي نفسي",
		"the doctor said the sight I lost to glaucoma won't come back and since then I keep thinking of ending my life",
	}, []string{
		"أنا عندي مية زرقا والدكتور قالي إن النظر اللي راح مش هيرجع، هل في علاج يرجعه؟",
	})
}

// TestSpend30NorCanI: «ولا عارفة اتكلم» (nor can I speak), a sign added to one told, is a sign.
func TestSpend30NorCanI(t *testing.T) {
	e := mustEngine(t)
	fa22Check(t, e, []string{
		"ولا عارفة اتكلم كويس كمان",
		"لساني تقيل ولا اقدر ابلع ريقي",
	}, []string{
		"ما عندي مشكلة لا بالكلام ولا بالبلع، بس متى تبان النتيجة؟",
	})
}

// TestSpend30AskedAfterwards: whether a face will swell afterwards, whether one needs testing for a
// parent's disease, a slight swelling asked of as normal in Arabizi, blur at night from lights:
// questions and expected effects, not signs now.
func TestSpend30AskedAfterwards(t *testing.T) {
	fa22Check(t, mustEngine(t), []string{
		"my whole face is swelling up after the injection and my lips too",
	}, []string{
		"Will my whole face swell up afterwards? I've got a wedding next weekend",
	})
	fa22Check(t, fa22Engine(t, "eye"), nil, []string{
		"I'm 42 and my dad went blind from glaucoma. Do I need to get tested even though my eyes feel fine?",
		"جدتي تشوف ضبابي وما تقدر تسوق بالليل من الاضواء",
	})
	fa22Check(t, fa22Engine(t, "dental"), []string{
		"zara3t sen mbare7 w wejhi nafe5 ktir w ma 2der etnaffas",
	}, []string{
		"zara3t sen mbare7 w wejhi nafe5 shway, tabi3i? w emta byo5ff?",
	})
}

// TestSpend30DizzyVerb: the dizzy verb in Arabizi («adoo5», «bdoo5») is a dizziness the net is asked
// of, as «dayekh» is: told strong after an extraction it alarms; told slight and asked as normal not.
func TestSpend30DizzyVerb(t *testing.T) {
	fa22Check(t, fa22Engine(t, "dental"), []string{
		"ana adoo5 wayed w 7asait b'ghee6 ba3d el 5al3 😵",
	}, []string{
		"ana adoo5 shway lama aqoom bsor3a, tabi3i?",
	})
}
