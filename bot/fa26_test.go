package bot_test

import "testing"

// TestFa26SwallowedWholeWords: a dangerous thing swallowed is read in whole words: "hate" holds no
// "ate", "glasses" no glass, "pineapple" no pin. Glass, pins or bleach swallowed still alarm.
func TestFa26SwallowedWholeWords(t *testing.T) {
	e := fa22Engine(t, "eye")
	fa22Check(t, e, []string{
		"my son swallowed a pin",
		"he ate glass from a broken cup",
		"my toddler drank some bleach",
	}, []string{
		"I hate my glasses, can laser fix my eyes?",
		"my wife hates wearing contact lenses, which lens is best in cataract surgery?",
		"i ate pineapple before the eye test, is that ok?",
	})
}

// TestFa26SlightBlur: a blur told as slight («شوي», «شوية»), as coming little by little («شوية
// شوية») or at night with headlights is a question for the pages; blur told sudden still alarms.
func TestFa26SlightBlur(t *testing.T) {
	e := fa22Engine(t, "eye")
	fa22Check(t, e, []string{
		"فجأة نظري صار مغبش بعيني اليمين وما اشوف منها",
		"suddenly my vision went blurry in one eye",
		"نظرها راح فجاة من عين وحدة",
	}, []string{
		"عملت ليزك من يومين ولسا النظر مغبش شوية، امتى يتحسن؟",
		"امي نظرها بيغبش شوية شوية من سنة، تحتاج عملية؟",
		"وبالليل انوار السيارات تضايقني وتزغلل عيوني، ايش السبب؟",
	})
}

// TestFa26SightBack: a question whether sight already lost to a known disease comes back is asked of
// the pages; sight going now, asked so, still alarms.
func TestFa26SightBack(t *testing.T) {
	e := fa22Engine(t, "eye")
	fa22Check(t, e, []string{
		"فجأة راح النظر من عيني اليسار، بيرجع؟",
		"my mum suddenly lost vision in her right eye today, will it come back?",
		"I lost my sight in one eye this morning, will it return?",
	}, []string{
		"البصر اللي ضاع بسبب السكري يرجع مرة ثانية؟",
		"she has already lost part of her sight to glaucoma, will it ever come back?",
		"خالي النظر اللي راح منه بسبب الضغط هل يرجع زي ما كان؟",
	})
}

// TestFa26MuscleSpasmArabizi: muscle spasm named as a thing in Arabizi («tashannoj el 3adalat») is
// what a treatment is asked of; a fit, told so, still alarms.
func TestFa26MuscleSpasmArabizi(t *testing.T) {
	e := fa22Engine(t, "physio")
	fa22Check(t, e, []string{
		"ibni 3endo tashannoj w ma byrod 3alayna",
		"baba 3am yetshannaj halla2 w 3ayno metla3in",
	}, []string{
		"fi 3andkom 3ilaj la tashannoj el 3adalat ba3d el jalta?",
		"el tashanoj el 3adali bi rjli byeji bel leil, shu el 7al?",
	})
}

// TestFa26ResidualWeakness: a weakness still there from a stroke months or years past is what rehab is
// asked for; a stroke now, or a weakness sudden after an old one, still alarms.
func TestFa26ResidualWeakness(t *testing.T) {
	e := fa22Engine(t, "physio")
	fa22Check(t, e, []string{
		"my grandma had a stroke two years ago and now suddenly her right arm went weak",
		"جاته جلطة من سنة واليوم فجأة رجله اليسار ما يقدر يحركها",
		"abuya his face is drooping and his arm went weak right now",
	}, []string{
		"my uncle had a stroke three years ago and his right leg is still weak, can physio help?",
		"امي جاتها جلطة من ست شهور ويدها لسا ضعيفة، عندكم جلسات تأهيل؟",
		"خالي صار له سكتة قبل سنتين ولا تزال رجله ضعيفة، كم جلسة يحتاج؟",
	})
}

// TestFa26WalkFar: walking far held back («ما اقدر امشي كثير», "can't walk far") is no weak limb;
// legs that give way still alarm.
func TestFa26WalkFar(t *testing.T) {
	e := fa22Engine(t, "physio")
	fa22Check(t, e, []string{
		"فجأة ما اقدر امشي ورجولي ما تشيلني",
		"suddenly he can't move his legs at all",
	}, []string{
		"mish 2adra amshi kteer 3ashan dahri, fi mawa2if 3indkom?",
		"ابوي ما يقدر يمشي كثير عشان ركبته، عندكم كرسي متحرك؟",
		"I can't walk far because of my hip, is there parking near the entrance?",
	})
}

// TestFa26GumsAtTheBrush: gums that bleed at the brush are the gum disease the pages tell of; a
// socket or a mouth bleeding heavily still alarms.
func TestFa26GumsAtTheBrush(t *testing.T) {
	e := fa22Engine(t, "dental")
	fa22Check(t, e, []string{
		"خلعت ضرسي والدم ينزف كثير وما وقف من ساعتين",
		"my mouth is bleeding heavily after the extraction and it won't stop",
	}, []string{
		"لثتي بتنزف كتير لما افرش اسناني بالفرشاة، هل هذا طبيعي؟",
		"my gums bleed a lot when I brush, is that normal?",
		"اللثة عندي تنزف مع الفرشاة من اسبوع، شو السبب؟",
	})
}

// TestFa26BrowsAndChildhood: brows heavy or not lifting all the way after a toxin, and a weak walk
// there since early childhood, are what the pages answer; a face drooping, or legs gone weak today,
// still alarm.
func TestFa26BrowsAndChildhood(t *testing.T) {
	e := fa22Engine(t, "physio")
	fa22Check(t, e, []string{
		"half my face is drooping and I can't raise my eyebrow on that side",
		"بنتي من امس فجأة ما تقدر تمشي ورجولها ضعيفة",
		"my son suddenly can't stand up, his legs are weak since this morning",
	}, []string{
		"a week after the injections my eyebrows feel heavy and I cannot raise them fully, normal?",
		"حواجبي تقيلة ومش قادرة ارفعها زي الاول بعد الحقن، عادي؟",
		"بنتي عندها شد بعضلات رجليها من وهي صغيرة وما بتمشي منيح، الجلسات بتفيدها؟",
		"my son has had stiff legs since birth and can't walk well, can physio help?",
	})
}
