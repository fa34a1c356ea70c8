package bot_test

import "testing"

// Round 32, spent: the three red flags it missed and the look-alikes it alarmed on, read by cause.

// TestSpend34MissedFlags: a knocked-out adult tooth in Levantine Arabizi closing on «shu ba3mel
// hala2?» asks what to do of what it told; a pain after LASIK that a painkiller did nothing for
// («خدت مسكن ومفيش فايدة») is the page's sign, the glued «و» denying nothing; a head knocked
// («خبط دماغه») and then drowsy, not himself and vomiting (Egyptian «رجّع مرتين»).
func TestSpend34MissedFlags(t *testing.T) {
	fa22Check(t, fa22Engine(t, "dental"), []string{
		"ibni 3omro 10 snin w2e3 bel madrase w tele3 sinno el2eddemeni kello ma3 el jizr, mano sinn 7aleeb, shu ba3mel hala2?",
	}, nil)
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"عامل ليزك امبارح وعيني بتوجعني وجع فظيع، خدت مسكن ومفيش فايدة وحاسس اني عايز ارجع",
	}, nil)
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"السلام عليكم كنت عايز أسأل عن برنامج السقوط لبابا عنده ٨٠ سنة وبياخد سيولة عشان القلب وكمان عايز أعرف المواعيد، بس هو امبارح وقع في الحمام وخبط دماغه في الحوض والنهارده نايم على طول ومش مركز ورجّع مرتين",
	}, []string{
		"بابا وقع وخبط راسه امبارح ورجع البيت عادي، ينفع يكمل جلسات العلاج الطبيعي؟",
		"امي وقعت السنة اللي فاتت وخبطت دماغها وبعدها رجعت تمشي عادي، عندكم برنامج توازن؟",
	})
}

// TestSpend34LookAlikes: a spasticity asked of as improved by a treatment («البوتوكس يحسن حركته؟»),
// or left from a stroke dated long ago and brought for treatment, is lived with; an implant that may
// not hold in the bone is no hand too weak to grip; cataract named by its water («الماية البيضا») is
// no water that will not go down; «ما حاسس بشي» closing a message feels nothing amiss; a flat foot
// that aches on long walks is no "swollen, hot, painful calf".
func TestSpend34LookAlikes(t *testing.T) {
	fa22Check(t, mustEngine(t), []string{
		"ابوي فجأة ما يقدر يمسك الكوب وايده ضعفت من ساعة",
	}, []string{
		"بابا صارت معه جلطة من سنة ونص وإيده اليمين صارت مشدودة ومتشنجة، بيفيده البوتوكس؟",
		"ابوي عنده تشنجات بيده تجيه غصب عنه وما يقدر يمسك الكوب زين، البوتوكس يحسن حركته؟",
	})
	fa22Check(t, fa22Engine(t, "dental"), nil, []string{
		"شو المخاطر يلي ممكن تصير بالزرعة؟ خايف ما تمسك بالعضم",
	})
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"ابوي ما يقدر يبلع المويه من امس",
		"I can't feel anything in my face since this morning and my mouth is drooping",
	}, []string{
		"ابوي ياخذ حبوب البروستاتا ومسيل للدم، لازم يوقفها قبل عملية الماية البيضا؟",
		"bas ana ma 7ases b shi, kif?",
		"ابوي عمره ٧٠ ويقول يشوف كأن فيه ضباب على عيونه، هذا ماي ابيض؟ وش يسببه؟",
	})
	fa22Check(t, fa22Engine(t, "physio"), nil, []string{
		"ابني عنده ٨ سنين ورجله مسطحة وبيشتكي إن رجله بتوجعه لما يمشي كتير",
	})
	fa22Check(t, fa22Engine(t, "dental"), []string{
		"my daughter is 9, had a baby tooth pulled and it's been bleeding for over an hour even with the gauze",
	}, nil)
}

// What the net, retrained on round 32, moved, read by cause: everything seen double («a7is kil shay
// double»); bleeding without a stop («yinzif bdoon wagfa», «ينزف بدون توقف»), the «بدون» denying the
// stop and not the bleed; a sign told before a question of the visit in Arabizi («…w hal a7taj aji b
// sharwal riyadhi?») is a report.
func TestSpend34NetMoved(t *testing.T) {
	fa22Check(t, mustEngine(t), []string{
		"3amalt botox ams w el youm a7is kil shay double",
		"since this morning everything looks double",
	}, []string{
		"the camera shows everything double, can I send a photo anyway?",
	})
	fa22Check(t, fa22Engine(t, "dental"), []string{
		"ابوي ياخذ مميع للدم ومن خلع الضرس وهو ينزف بدون توقف",
	}, []string{
		"هل التبييض بدون توقف عن القهوة ينفع؟",
	})
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"rijli mn el 3amaliya ams mntfa5a w 7aara w 3indi dee8 nafas mfaj2, hal a7taj aji b sharwal?",
	}, nil)
}
