package bot_test

import "testing"

// TestFa27ScratchedTillHurt: scratching an itch till the skin is hurt or bleeds is the itch told
// strongly, not harm meant; harm to oneself told without the itch still alarms.
func TestFa27ScratchedTillHurt(t *testing.T) {
	e := fa22Engine(t, "derma")
	fa22Check(t, e, []string{
		"بنتي صارت تجرح نفسها بالموس وما تبي تكلمنا",
		"ولدي يجرح نفسه بالشفرة كل ما يزعل",
		"my teenage son has been cutting himself on purpose",
		"ابني المراهق عم يجرح حالو بالشفرة",
	}, []string{
		"ولدي عنده حساسية جلد ويحك طول الليل لين يجرح نفسه، ايش ينفعه؟",
		"ابني بيهرش في رجله لحد ما يجرح نفسه من الاكزيما، في كريم؟",
		"بنتي بتحك جلدها لدرجة تجرح حالها بالليل، شو بتنصحوني؟",
		"my son scratches his eczema until he makes himself bleed at night, what cream helps?",
	})
}

// TestFa27ThingsThatWontGo: the verb of walking said of spots, pigment or a cough that will not go
// away («الحبوب مش راضية تمشي») is no leg that cannot walk; a leg or a person that cannot walk still
// alarms.
func TestFa27ThingsThatWontGo(t *testing.T) {
	e := fa22Engine(t, "derma")
	fa22Check(t, e, []string{
		"ابويا فجأة مش قادر يمشي ورجله اليمين مش بتتحرك",
		"امي رجلها اليسار صارت ما تتحرك من الصبح وكلامها ثقيل",
	}, []string{
		"الكلف اللي في خدودي مش راضي يمشي بأي كريم، في ليزر ينفع؟",
		"البقع البنية ما بتمشي مع الكريمات، شو الحل؟",
		"حبوب الظهر عندي ما تبي تروح ولا تمشي مع اي علاج",
	})
}

// TestFa27AirPuffTest: a device that blows air into the eye is the pressure test, not a swelling;
// an eye or a face that swells still alarms.
func TestFa27AirPuffTest(t *testing.T) {
	e := fa22Engine(t, "eye")
	fa22Check(t, e, []string{
		"عيني بتنفخ وبتكبر بعد القطرة ووجهي كمان",
		"شفايفي وعيوني انتفخت فجأة بعد الدوا",
	}, []string{
		"انا بخاف من الجهاز اللي بينفخ هوا بالعين، في فحص ضغط بدونه؟",
		"الجهاز الي ينفخ هوا في العين يوجع؟ ولدي خايف منه",
	})
}

// TestFa27EnglishWordsInArabizi: an English word an Arabizi message borrows whole ("cross linking",
// "of course") is not read by its consonants as a fit; a fit told in Arabizi still alarms.
func TestFa27EnglishWordsInArabizi(t *testing.T) {
	e := fa22Engine(t, "eye")
	fa22Check(t, e, []string{
		"ibni jato crise w ma byrod 3alayna",
		"baba 3am yetshannaj halla2 w 3ayno metla3in",
	}, []string{
		"kam si3r el cross linking 3ndkom?",
		"cross linking byewja3? w kam jalse bed",
	})
}

// TestFa27PermanenceAsked: whether the paralysis a toxin makes, or a weakness, lasts is asked in
// general; paralysis told as happening now still alarms.
func TestFa27PermanenceAsked(t *testing.T) {
	e := fa22Engine(t, "physio")
	fa22Check(t, e, []string{
		"my dad is suddenly paralysed on his left side",
		"I suddenly can't move my right arm and my face is drooping",
	}, []string{
		"and is the paralysis temporary?",
		"ok so is that muscle paralysis reversible?",
	})
}

// TestFa27BlurDiagnosed: blurred sight a doctor has already seen and named is a question for the
// pages; a blur told sudden still alarms, diagnosed or not.
func TestFa27BlurDiagnosed(t *testing.T) {
	e := fa22Engine(t, "eye")
	fa22Check(t, e, []string{
		"فجأة نظري صار مغبش والدكتور قال لازم نروح الطوارئ",
		"my vision suddenly went blurry in one eye this morning",
	}, []string{
		"جدي نظره مغبش والدكتور قال عنده مية بيضا، كم تاخذ العملية؟",
		"my grandma's vision is blurry and the doctor said it's a cataract, is surgery the only option?",
		"ستي نظرها صاير مغبش وشخصها الدكتور بالمية البيضا، في قطرة؟",
	})
}
