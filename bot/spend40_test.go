package bot_test

import "testing"

// TestSpend40Flags: what flags40 (spent at session 40) showed, read by cause, with look-alikes
// written for each fix.
func TestSpend40Flags(t *testing.T) {
	physio := fa22Engine(t, "physio")
	fa22Check(t, physio, []string{
		// The saddle told as «السرج», the feeling denied in Moroccan, the urine not held.
		"عندي الديسك ومن الصباح ما كنحسش بالسرج وما كنقدرش نحبس البول",
		"من البارح ما كنحسش بمنطقة السرج ورجليا بجوج ضعاف",
	}, []string{
		"واش نقدر نركب على السرج ديال البشكليط بعد الجلسة؟",
		"عندي الديسك وكيضرني الظهر ملي كنجلس بزاف، واش العلاج الطبيعي كينفع؟",
	})
	dental := fa22Engine(t, "dental")
	fa22Check(t, dental, []string{
		// Pain in the Egyptian «waga3».
		"7ases be waga3 gamed fi sedry mn sa3a w byemshi le dera3y",
		// A supposition after the sign told is asked of its course, not of the sign.
		"mesh 2adra atnafes delwa2ti w shafayfy wermet, law 7asal aktar a3mel eh?",
		"ما اقدر اتنفس الحين وشفايفي متورمه، لو صار اكثر وش اسوي؟",
	}, []string{
		"3andy waga3 fi snany ba3d el 7ashw, da 3ady?",
		// A bleed the doctor said to watch, stopped since: "just making sure".
		"الدكتور قال لي لو النزيف ما وقف بعد ساعة اروح الطوارئ، بس وقف من بدري، كنت بس بتأكد",
		"The dentist said to go to A&E if the bleeding didn't stop within an hour; it stopped ages ago, just making sure",
		// A fear supposed after «لو» and asked what to do.
		"بصراحة خايفة من البنج، لو حسيت اني ما اقدر اتنفس وانا على الكرسي وش اسوي؟",
		"sera7a ana 5ayef, law 7aseit eni mesh 2ader atnafes a3mel eh?",
	})
	eye := fa22Engine(t, "eye")
	fa22Check(t, eye, []string{
		// "Never had this before" tells the sign new.
		"Suddenly lots of new floaters and flashing lights in my right eye, never had anything like this before",
	}, []string{
		"I never had this before: dry eyes after the laser, is that normal?",
	})
	botox := mustEngine(t)
	fa22Check(t, botox, []string{
		"اختي عندها جفن نازل من امس بعد البوتوكس وما تقدر تفتح عينها وصار عندها صعوبة بالبلع",
	}, []string{
		// Another's sign gone, asked whether it may befall the writer.
		"صاحبتي صار عندها جفن نازل بعد البوتوكس وراح بعد شهر، في احتمال يصير لي؟",
	})
}

// TestSpend40Tune: round 37's tune false alarm on the eye's pages, read by cause now it is spent
// (r37 in the tune halves), with look-alikes. (Its other, a grip lost to sweat read as a weak hand,
// is left: sweating is a clinic's treatment, which Go code may not name, and a clinic's benign rule
// reaches three words only.)
func TestSpend40Tune(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"had the operation last year and today suddenly I can't see anything out of that eye",
	}, []string{
		// A blur come back after an operation done last year: the capsule's clouding the pages tell of.
		"My grandma had her cataract done last year and now things look blurry again. Has the cataract come back?",
		"سويت عملية الماية البيضا السنة الماضية والحين صار نظري مغبش مرة ثانية، هل رجعت؟",
	})
}
