package bot_test

import "testing"

// Round 26, spent: its false alarms read by cause, and the red flags the retrained net let go of.

// TestSpend28NoLongerSeeing: Egyptian «مبقاش» (no longer), in Arabic letters or Arabizi, with or
// without its «ش», negates the seeing after it; sight gone all at once so told alarms.
func TestSpend28NoLongerSeeing(t *testing.T) {
	e := fa22Engine(t, "eye")
	fa22Check(t, e, []string{
		"baba 3amal 3amaleyet el meya el beda w el naharda fag2a maba2ash beyshoof bel 3en di",
		"ماما فجأة مبقتش شايفة بعينها الشمال خالص",
		"fag2a mab2ash beyshoof b3eno el yemeen",
	}, []string{
		"النظارة القديمة مبقاش بيشوف بيها كويس من سنة، محتاج فحص؟",
		"el nadara el adeema maba2ash beyshoof beha kwayes men sana, 3ayez a3mel kashf",
	})
}

// TestSpend28LeaveToSwallow: asking leave to swallow a medicine in Gulf Arabizi («agdar abla3») is
// no swallow gone wrong; unable to swallow still alarms.
func TestSpend28LeaveToSwallow(t *testing.T) {
	e := fa22Engine(t, "derma")
	fa22Check(t, e, []string{
		"ma agdar abla3 wala ri8i w 7al8i ymsekni",
		"مو قادر ابلع ولا ريقي وحلقي يضيق",
	}, []string{
		"agdar abla3 7bob elrokotan ma3a el7aleeb?",
		"nagdar nebla3 el dwa gabl el jalsa?",
	})
}

// TestSpend28InsteadOf: the «ما» of «بدل ما»/«بدال ما» (instead of) is no negation: «ليش ما يعالجه
// بدال ما يشيله» asks why the tooth is pulled, not of a hand that cannot lift.
func TestSpend28InsteadOf(t *testing.T) {
	e := fa22Engine(t, "dental")
	fa22Check(t, e, []string{
		"ابوي فجأة ما يقدر يشيل ايده اليمين وكلامه ثقيل",
	}, []string{
		"الدكتور يقول ضرسي لازم ينخلع، ليش ما يعالجه بدال ما يشيله؟",
		"ليش تخلعون الضرس بدل ما تحشونه؟",
	})
}

// TestSpend28HoldLostToADegree: a hold lost to the degree of something told («لدرجة ما اقدر امسك»,
// "so much I can't even hold a pen") names its cause, not a hand gone weak; a grip lost with no such
// cause, or a hand told weak, still alarms.
func TestSpend28HoldLostToADegree(t *testing.T) {
	e := fa22Engine(t, "derma")
	fa22Check(t, e, []string{
		"my dad suddenly can't hold his cup, his right hand went weak",
		"يدها صارت ضعيفة لدرجة ما تقدر تمسك الكاسة وفمها مايل",
	}, []string{
		"my palms get wet so much I can't even hold a pen properly. what can help?",
		"ايدي ترجف من البرد لدرجة ما اقدر امسك القلم، في كريم للتشققات؟",
	})
}

// TestSpend28AroundTheHairs: bumps red and puffed around each hair after laser are the follicles
// answering, as the page tells; a face or lips swelling still alarm.
func TestSpend28AroundTheHairs(t *testing.T) {
	e := fa22Engine(t, "derma")
	fa22Check(t, e, []string{
		"بعد الليزر وجهي كله منفوخ وشفايفي وارمة وحاسة حلقي يضيق",
	}, []string{
		"بعد الليزر لقيت حبوب حمرا ومنفوخة حوالين كل شعراية، ده حرق ولا عادي؟",
		"after laser I have red swollen bumps around the hairs on my legs, normal?",
	})
}

// TestSpend28StillBlurredAfterSurgery: sight not cleared yet the day after an operation is the slow
// clearing the cataract page tells of; sight gone all at once after one still alarms.
func TestSpend28StillBlurredAfterSurgery(t *testing.T) {
	e := fa22Engine(t, "eye")
	fa22Check(t, e, []string{
		"ماما عملت عملية المية البيضا امبارح والنهارده فجأة ما عادت تشوف شي بعينها",
	}, []string{
		"ماما عملت عمليه الميه البيضا امبارح ولسه مش شايفه كويس اوي هو ده عادي ولا فيه مشكله",
		"I had cataract surgery yesterday and it's still blurry, is that normal?",
	})
}

// TestSpend28PainUpSlightly: a pain grown a little after shockwave, with a small bruise, is the
// expected effect the page tells of, not the severe growing pain it sends to urgent care.
func TestSpend28PainUpSlightly(t *testing.T) {
	e := fa22Engine(t, "physio")
	fa22Check(t, e, []string{
		"بعد الجلسة الالم صار شديد ويزيد ورجلي باردة ومنملة",
	}, []string{
		"سويت موجات تصادميه امس وطلع لي ازرقاق بسيط والالم زاد شوي عادي ولا فيه شي",
	})
}
