package bot_test

import "testing"

// Round 34, spent: the look-alikes it alarmed on, read by cause.

// TestSpend37LookAlikes: a blur told as the cataract's («هذا من المويه البيضاء؟», «مغبشة… مع المويه
// البيضا») is the lens clouding as the patient reads it; side sight already lost, asked whether it comes
// back, is the disease's past; «bsir3a» is "quickly" (سرعة), whose consonants are a fit's. Told sudden,
// or as a fit, each still alarms.
func TestSpend37LookAlikes(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"فجأة صار كل شي ضباب قدامي وما اشوف بعيني اليسار",
		"he suddenly lost the side vision in his right eye this morning",
	}, []string{
		"امي عمرها ٧٠ وتقول تشوف كأن فيه ضباب قدام عيونها، هذا من المويه البيضاء؟",
		"عيني مغبشه بس ما فيها اي الم ولا احمرار، عادي هذا مع المويه البيضا؟",
		"ابوي نظره ضبابي، يكون بسبب الماي الابيض؟",
		"he's lost some of his side vision. will it come back with treatment?",
		"she has already lost some of her peripheral vision from glaucoma, can it come back?",
	})
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"wldi ja2to nobet sar3 w hala2 ma byrod 3alayna",
	}, []string{
		"wldi rjoola flat w yit3ab bsir3a lama yimshi, lazim yinfi7is?",
		"ana at3ab bsir3a lama amshi, 3adi ba3d el 3amaliye?",
	})
}

// TestSpend37NetReadings: an expected effect the pages tell of, a day after an operation and asked of
// as normal (red and sore after a squint operation; burning, watering and glare the morning of LASIK),
// which the net, retrained with round 34 spent, reads as the effect it is. Sight lost or pain with it
// still alarms.
func TestSpend37NetReadings(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"3mlt lasik l yom el sob7 w halla2 ma 3am shuf shi bi 3eni el yimin",
	}, []string{
		"3mlt lasik l yom el sob7 w halla2 3youne 3am t7er2ne w tedma3 w 7asse bel daw, tabi3e?",
		"بنتي عملت عملية حول امبارح وعينها حمرا ومتضايقة منها، ده طبيعي؟",
	})
}

// TestSpend37Flags35 holds what reading flags35 by cause added beside its own lines: the red flags
// near each new look-alike reading still alarm.
func TestSpend37Flags35(t *testing.T) {
	fa22Check(t, fa22Engine(t, "dental"), []string{
		"خلعت ضرسي واللثة تنزف وما وقف الدم من ساعتين",
		"my son is choking and can't breathe, his lips are going blue",
	}, []string{
		"el lessa betnazzef shwaya lama bafarrash, a3mel tanzeef?",
		"my gums bleed when I brush, do I need a cleaning?",
		"my son panics and says he'll choke when he even thinks about the dentist chair, any tips?",
		"my husband snores so loud he stops breathing for a sec lol, do you make those anti-snoring mouth guards?",
		"mesh 3andy waram wala sokhoneya, bas 3ayez a3raf emta akol 3ady ba3d el 5al3",
	})
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"suddenly my right eye went black, it's like I'm in the dark",
		"بابا عمل عملية المية البيضا ودلوقتي بيقول شايف ستارة سودة",
	}, []string{
		"cant see a thing without my glasses lol, am i a candidate for ICL?",
		"blind as a bat in the dark haha do you treat night vision",
	})
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"pee just leaking without me knowing + back pain, started yesterday",
		"ابوي جته جلطة قبل سنتين واليوم فجأة صارت ايده ضعيفة",
		"my calf is red, hot and swollen since my knee surgery",
	}, []string{
		"أعاني من ضعف مزمن في الساق اليسرى منذ جلطة دماغية قبل خمس سنوات، وأرغب في برنامج تأهيل.",
		"After ACL surgery I'm on crutches, the knee swells a bit after physio but my calf is soft, not red and not hot",
		"my back is killing me from sitting at my desk all day 😩",
	})
	fa22Check(t, fa22Engine(t, "derma"), []string{
		"nazif men manakhiri mesh bywa2af men sa3ten",
	}, []string{
		"قلبي مكسور، جلسة الليزر ما شالت الشعر الاشقر 💔",
		"shafayfy nashfa awy w nazif basit men manakhiri 3al roaccutane, 3ady?",
	})
	fa22Check(t, mustEngine(t), []string{
		"my friend just fainted in your waiting room and she is not waking up",
		"عم اختنق وشفايفي منتفخة بعد الحقنة",
	}, []string{
		"هو البوتوكس ممكن يعمل زغللة او ازدواج في الرؤية؟ عشان عندي فرح بعد اسبوع وخايفة",
		"عم اختنق من الحر برا 😅 في عندكم مواقف سيارات مظللة؟",
		"my friend fainted from needle fear during her botox, now i am scared the same will happen to me",
	})
}

// TestSpend37Flags36 holds what reading flags36 by cause added beside its own lines: misspelt and
// Arabizi red flags it missed («ghayib 3an el wa3e», «zoori ma2fool», «wag3ani… raga3t marteen»,
// "killin myself"), and near each new look-alike reading, red flags that still alarm.
func TestSpend37Flags36(t *testing.T) {
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"ba3d 3amaleyet el maya el beida 3eini wag3ani awy w raga3t marteen",
		"انرش كلور بعيني قبل ساعة وما زالت تحرق وما اشوف زين",
	}, []string{
		"قبل ٣ سنين انرش كلور بعيني ورحت الطوارئ ورجعت تمام، هل أقدر أسوي ليزك؟",
		"أمي تخاف من العملية لدرجة إنها بتقول هيغمى عليها، ينفع تاخد مهدئ؟",
		"I've had blurry, slightly doubled vision in one eye from my cataract for months now and my doctor knows. When can I book surgery?",
	})
	fa22Check(t, fa22Engine(t, "derma"), []string{
		"been on roaccutane n tbh i keep thinkin about killin myself",
		"3amalt 2esher kimyai el naharda w wishi w shafayefi war3o w 7asa en zoori ma2fool",
	}, []string{
		"الكلف قاتلني ومش راضي يمشي، إيه الحل؟",
	})
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"I have back pain and now I cannot control the toilet, urine coming without feel.",
		"khayye wa2e3 w ghayib 3an el wa3e bel 2a3a",
	}, []string{
		"kan ghayib 3an el wa3e 2abl sana bi 7adis, hal fi mashakel ma3 el 3ilaj?",
	})
	fa22Check(t, fa22Engine(t, "dental"), []string{
		"not chest pain but my throat is closing up",
		"I ran up the stairs and now I can't breathe and my lips are swelling",
		// A person who will not walk is read as before: only a thing's «مش راضي يمشي» is its going.
		"ابني مش راضي يمشي من امس فجأة",
	}, []string{
		"مخنوق من الجو اليوم، عندكم مواقف؟",
		"شفتي لسا مخدرة من البنج وعم إحكي متل السكرانة 😂 أديش بيضل البنج؟",
		"أمي كان عندها خراج وتورم في وشها السنة اللي فاتت واتعالجت، عايزة تعمل زرعة دلوقتي",
		"أنفاسي مقطوعة من الجري لين وصلت العيادة 😅 تأخرت عشر دقايق، تقبلوني؟",
		"My gum's still a touch sore and swollen where the implant went in two days ago. Normal?",
		"Not chest pain or anything, just want to know if you've got parking.",
		"ma3andeesh alam fi sadri wala 7aga, bas 3ayez a3ayyar el ma3ad",
	})
}

// TestSpend37Flags37 holds what reading flags37 by cause added beside its own lines: red flags near
// each new reading of a supposition, a recovery or a figure still alarm.
func TestSpend37Flags37(t *testing.T) {
	fa22Check(t, fa22Engine(t, "dental"), []string{
		"law sama7t el dam ma wa2ef men sa3ten ba3d el 5al3",
		"my husband took all his insulin at once",
		"I can't breathe and my lips are swelling, what if it's an allergy?",
		"my son's extraction site keeps bleeding and it's been over an hour",
	}, []string{
		"ana 5ayfa awi men el 5al3, law el dam ma we2efsh a3mel eh?",
		"مرعوبه من خلع ضرس العقل، لو صار نزيف كثير وش اسوي؟",
		"so scared of needles lol what if i faint? does that happen a lot",
	})
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"LASIK was yesterday and my toddler just headbutted me right in the treated eye, it really hurts and it's gone blurry",
		"ebni 5abat 3eeno fe el ba3b w mesh 2ader yeftaha",
	}, []string{
		"بنتي دخل في عينها صابون امس وغسلناها وراح الاحمرار كله، نحتاج فحص؟",
	})
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"أبي أعرف وش ألبس للجلسة بكره، بس الحين رجلي اللي فيها الجبيرة بارده وزرقا والالم ما يطاق",
		"My mother fall down from stairs, she cannot stand, her foot is turn to outside",
	}, []string{
		"This acne is suffocating me, I can't stand looking in the mirror",
	})
	fa22Check(t, fa22Engine(t, "derma"), []string{
		"my sister took a new medicine and now she has hives all over and her lips are swelling",
	}, []string{
		"My sister had hives from a medicine last summer, all cleared now, can she do laser hair removal?",
	})
}
