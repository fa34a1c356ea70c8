package bot_test

import "testing"

// The flagsp lane (session 34) spent flags34: its misses and alarms fixed by cause, each with its own
// wordings here. fa22Check(t, engine, emergencies, not).

// TestFlagspAside: «للعلم» ("for your information") opens another matter after a booking asked, as
// "by the way" does: what follows is read on its own.
func TestFlagspAside(t *testing.T) {
	fa22Check(t, mustEngine(t), []string{
		"بغيت احجز جلسة تنظيف، وللعلم من الصبح جفني طايح ومغطي عيني وما اشوف زين",
		"عندي سؤال عن الاسعار، بس للعلم من امس الجفن نازل لين غطى عيني وما اشوف",
	}, []string{
		"ابي احجز جلسة، وللعلم انا مسافرة الاسبوع الجاي",
	})
}

// TestFlagspLarynx: the larynx («الحنجرة») closes as the throat does, and «تضيق» in the feminine too.
func TestFlagspLarynx(t *testing.T) {
	fa22Check(t, mustEngine(t), []string{
		"حنجرتي تضيق وصوتي مبحوح بعد ابرة الرقبة",
		"حاسة الحلق تقفل علي بعد الحقن",
	}, []string{
		"عندي التهاب بالحنجرة من يومين، اقدر اسوي البوتكس؟",
	})
}

// TestFlagspBladderLevant: the Levantine «ما عم بقدر فوت عالحمام» (can't pass urine) with a bad back.
func TestFlagspBladderLevant(t *testing.T) {
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"ضهري عم يوجعني كتير وما بقدر فوت عالحمام من مبارح",
	}, []string{
		"ضهري بيوجعني، في حمام بالعيادة؟",
	})
}

// TestFlagspPartOfIt: "half of it disappeared" tells part of the sight gone, not the sign gone; "it
// disappeared" on its own still tells it over.
func TestFlagspPartOfIt(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"my sight went foggy and then part of it disappeared, with a bad headache",
	}, []string{
		"I had a blurry spot last week but it disappeared, can I book a check?",
	})
}

// TestFlagspEyeHitByBall: an eye hit by a ball, told eye first, is the blow of the other order.
func TestFlagspEyeHitByBall(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"his eye was struck by a tennis ball an hour ago",
		"my daughter's eye got hit with a ball at school and it's red",
	}, []string{
		"can I play football after the eye laser?",
	})
}

// TestFlagspSciaticaIncontinence: wetting oneself with sciatica or a disc is the nerve compressed
// (sciatica is the back's); "without feeling it" denies no sign.
func TestFlagspSciaticaIncontinence(t *testing.T) {
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"I wet myself twice today, I've had sciatica for a month",
		"my disc is bad and I wet myself without noticing this morning",
	}, []string{
		"I have sciatica down my left leg, no bladder problems, can I book physio?",
	})
}

// TestFlagspGulfArabizi: the Gulf's Arabizi spellings of a faint («8ami 3alay»), a rash («6af7»),
// coughing blood («akuh dam») and a weakness spreading («el da3f yentashir»).
func TestFlagspGulfArabizi(t *testing.T) {
	fa22Check(t, mustEngine(t), []string{
		"8imi 3alay el7een ba3d el ibra",
		"6af7 6ala3 fi kil jismi w 7alji yi7ikni",
		"9ar ykuh dam min el9ob7",
		"el da3f yentashir min edi lein katfi",
	}, []string{
		"3indi 6af7 basee6 fi wijhi min shahar",
	})
}

// TestFlagspBleedStopped: a bleed told stopped, or stopped within minutes, is over; one that will not
// stop is a red flag.
func TestFlagspBleedStopped(t *testing.T) {
	fa22Check(t, fa22Engine(t, "dental"), []string{
		"the bleeding won't stop, it's been an hour of pressing the gauze",
	}, []string{
		"the bleeding has stopped after the extraction, can I brush now?",
		"a small nosebleed this morning that stopped in two minutes, is the numbing safe?",
		"nazal dam min lithati shwai w wa8af b sor3a",
	})
}

// TestFlagspCosmeticFigures: acne or wrinkles "killing" or stifling the writer is despair of the skin;
// a pain killing the writer still counts.
func TestFlagspCosmeticFigures(t *testing.T) {
	fa22Check(t, fa22Engine(t, "derma"), []string{
		"my chest pain is killing me and my left arm is numb",
	}, []string{
		"these pimples are killing me, what peel do you have?",
		"الكلف قاتلني، شو الحل عندكم؟",
	})
	// The home clinic's own complaint, in its redflags.txt.
	fa22Check(t, mustEngine(t), []string{
		"وجهي وشفايفي منتفخة وما اقدر اتنفس",
	}, []string{
		"مخنوق من التجاعيد حول عيوني",
		"these wrinkles are killing me, how many units would I need?",
	})
}

// TestFlagspFaintAtPrice: a faint at a price is a figure of speech; a faint nearly come with nothing of
// a price stays a sign.
func TestFlagspFaintAtPrice(t *testing.T) {
	fa22Check(t, fa22Engine(t, "dental"), []string{
		"كدت أفقد الوعي بعد الحقنة وقلبي يدق بسرعة",
		"how much is a crown? and my wife just fainted in your waiting room after the injection",
	}, []string{
		"كان هيغمى عليا من السعر بتاع الزراعة",
		"nearly fainted when I saw the price of the implants",
	})
}

// TestFlagspPastInArabizi: a childhood age told by the writer («w ana 3omri 9»), last year without
// «elli» («el sana el madia»), two years ago as «gabel sineen», and «kwayesa» now, tell it past.
func TestFlagspPastInArabizi(t *testing.T) {
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"abooy ja2ah jal6a el7een w wijhah mayil",
	}, []string{
		"ja2atni tashannujat marra w ana 3omri 7 w ma rij3at",
		"ummi ja2at-ha jal6a el sana el madia, fi mawa8if lel kursi?",
		"5alti kan 3indaha jal6a min 3 snin w hala2 kwayesa, t8dar tsawi physio?",
		"gabel sineen 8umi 3alay 3ind el dakhtoor, fi mushkila?",
	})
}

// TestFlagspLawSupposes: the Gulf «law 9ar…» supposes, as «لو صار…» does.
func TestFlagspLawSupposes(t *testing.T) {
	fa22Check(t, mustEngine(t), nil, []string{
		"law 9ar ma agdar atnaffas zain ba3d el botox, wesh y9eer?",
	})
}

// TestFlagspBenignCauses: a twitching lid, a mouth numb hours after a filling, an ache from too much
// phone: normal causes told, no red flag.
func TestFlagspBenignCauses(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), nil, []string{
		"جفني يرف من يومين، من التعب؟",
		"my eyelid keeps twitching since yesterday",
	})
	fa22Check(t, fa22Engine(t, "dental"), nil, []string{
		"شفتي مخدرة لسا بعد الحشوة من ٣ ساعات، طبيعي؟",
	})
	fa22Check(t, fa22Engine(t, "physio"), nil, []string{
		"رقبتي توجعني وراسي يصدع من كثر الموبايل",
	})
}

// TestFlagspCataractBlur: a blur told with a cataract had, or at reading, is the lens's or the age's;
// double sight for months in Arabizi is long-standing to the skeleton rules too. Sudden blur stays a
// red flag.
func TestFlagspCataractBlur(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"فجأة صار نظري ضبابي بعين وحدة من ساعة",
	}, []string{
		"I have a cataract in my right eye and it looks foggy, how much is the surgery?",
		"blurry when I read small print, I'm 45",
	})
}
