package bot_test

import "testing"

// Round 33, spent: the red flag it missed and the look-alikes it alarmed on, read by cause.

// TestSpend36MissedFlags: someone gone (fainted) who does not answer those around her, in Arabizi
// («ghabat w ma trid 3alayna») and in Arabic, after a new injection or with nothing before it.
func TestSpend36MissedFlags(t *testing.T) {
	fa22Check(t, fa22Engine(t, "derma"), []string{
		"ukhti akhdat ibrat el eczema el jdeeda w ba3dha b shway ghabat w ma trid 3alayna",
		"ummi ghabet w ma 3am trod 3lina",
		"اختي غابت وما ترد علينا",
		"ابوي غاب وما يفوق",
	}, []string{
		// Away from school and not wanting to go: «trid» is also "she wants".
		"ukhti ghabat 3an el madrase w ma trid trou7, el eczema 3am t7ekka ktir",
	})
}

// TestSpend36LookAlikes: both eyes named («lel 3enen el etnen») are a count of eyes, not double
// sight, and cataract named by its water in Arabizi («el maya el beda») no water that will not go
// down; «بنفسي» is "by myself", not the breath («ما اقدر اسوق بنفسي؟»); «من ساعة ما شلت» is "since I
// lifted", not "could not lift". Double sight told in Arabizi still alarms, with both eyes or not.
func TestSpend36LookAlikes(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"3eni shayfe etnen",
		"fajaa sayer 3andi dabal b el 3enen el etnen",
		"sar 3endi el 3enen shayfe etnen fajaa",
		"عندي ضيق بنفسي",
	}, []string{
		"momken a3mel 3amalet el maya el beda lel 3enen el etnen fe nafs el yom?",
		"يعني ما اقدر اسوق بنفسي؟",
		"امي ما تقدر تروح البيت بنفسها بعد العملية؟",
	})
	fa22Check(t, fa22Engine(t, "physio"), nil, []string{
		"ضهري واجعني بقاله أسبوع من ساعة ما شلت شنطة تقيلة، أعمل ايه؟",
	})
}

// TestSpend36NetReadings: what the net, trained on the spent batteries too, is not asked of or reads
// otherwise. A treatment told with its time and no sign is no emergency; «نفس» before a time or a visit
// is "the same", not the breath; a sight worsening year by year is a slow course. Told sudden or of
// now, or with the sign, each still alarms.
func TestSpend36NetReadings(t *testing.T) {
	fa22Check(t, fa22Engine(t, "dental"), []string{
		"had my molar taken out two hours ago and it is still pouring blood, it won't stop",
		"خلعت ضرسي قبل ساعتين وللحين الدم ما وقف",
	}, []string{
		"had my molar taken out two hours ago, what now?",
		"خلعت ضرسي قبل ساعتين، وش اسوي الحين؟",
		"ممكن تشوفون امي وابوي بنفس الموعد؟ صعب عليهم يجون مرتين",
	})
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"3eni fajaa ma bshuf shi fiha",
		"نظر ابوي يضعف كل سنة بس اليوم فجأة ما صار يشوف بعينه اليمين",
	}, []string{
		"نظر ولدي يضعف كل سنة والنظارة تزيد، فيه علاج يوقفه؟",
		"my daughter's short sight gets a bit worse each year, can anything slow it?",
	})
}
