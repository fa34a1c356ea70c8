package bot_test

import "testing"

// TestFlag31NotSeeingNow: "now" and a verb with its negation glued on («والحين مااشوف زين») is not
// seeing well now, not "now fine": the blow to an operated eye told after a past treatment is today's.
// Now well, with a word between («والحين الحمدلله زين»), the past stays past.
func TestFlag31NotSeeingNow(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"انضربت بالكوره على عيني اللي سويت فيها ليزك الشهر الماضي والحين مااشوف زين"},
		[]string{"انضربت بالكوره على عيني الشهر الماضي والحين الحمدلله زين، متى اقدر ارجع العب؟"})
}

// TestFlag31SightGoneGluedAnd: sight gone from an eye with an «و» glued on the negation («ومايشوف بعينه»).
func TestFlag31SightGoneGluedAnd(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"ابوي سوا عملية الموية البيضا قبل اسبوع واليوم صاحي ومايشوف بعينه المعموله"},
		nil)
}

// TestFlag31CuttingWithABlade: an arm or a hand cut with a blade, told as it is done, is self-harm; a
// slip told in the past, or a razor nicking in shaving, is not.
func TestFlag31CuttingWithABlade(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"ولدي ١٧ سنه ياخذ روكتان ولقيته يجرح يده بالموس الليله", "صرت اجرح ايدي بالشفرة كل ليلة"},
		[]string{"ولدي جرح يده بالسكين وهو يطبخ، هل اقدر احط عليها كريم؟", "الموس جرح رجلي وانا احلق، هل اقدر احط كريم؟"})
}

// TestFlag31NotWantingToLive: "dont wanna be alive" is "don't want to be alive".
func TestFlag31NotWantingToLive(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"been on accutane n honestly i dont wanna be alive anymore, ive been planning how"},
		[]string{"i dont wanna be on accutane anymore, can i stop?"})
}

// TestFlag31AboutToFall: dizziness told as a turning head, with a fall felt coming ("I feel I will
// fall"), is a faint about to happen.
func TestFlag31AboutToFall(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"Doctor the rash it is all the body and I feel I will fall, my head is turning"},
		[]string{"will my hair fall out after the peel?", "my hair will fall if I stop the pills?"})
}

// TestFlag31TodayAfterAQuestion: what befell today, told after a question of something else, is a
// report ("What should my dad wear…? He fell earlier and can't put any weight on his leg"); a question
// of what the sign is, told after with no day, asks of it.
func TestFlag31TodayAfterAQuestion(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"What should my dad wear for his session tomorrow? He fell earlier and can't put any weight on his leg, it's rotated outwards"},
		[]string{"What should my dad wear for his session tomorrow? He fell last year and still limps a bit", "Can I book a session? I hurt my back lifting boxes earlier today"})
}

// TestFlag31FaintArabizi: gone (fainted) and dizzy still («ghabat… w lil7ain dayikha wayed», «غابت…
// وللحين دايخة»), and in Levantine everything turning with a faint coming («ra7 ghebb… kel shi 3am
// yleff fiye»); dizziness gone, or an absence from a visit, is none.
func TestFlag31FaintArabizi(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"ukhti ghabat 3ala el kursi ba3d el khala3 w lil7ain dayikha wayed", "اختي غابت على الكرسي بعد الخلع وللحين دايخه",
			"3am 7es 7ale ra7 ghebb, ba3d ma 2la3t el ders, kel shi 3am yleff fiye"},
		[]string{"ra7 ghib 3an maw3adi bokra, fini a2ajjlo?", "ukhti ghabat 3an el maw3ad, momken maw3ad jdid?"})
}

// TestFlag31CanIAsks: «هل اقدر…؟», «كيف اقدر…؟» ask leave or a way, and breathing through the nose or
// the mouth is how one breathes; no inability is told. Not able to, told so, still is, a question after
// it or not.
func TestFlag31CanIAsks(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"ما اقدر اتنفس من الصبح", "كيف اقدر اتنفس؟ صدري مسكر"},
		[]string{"كيف اقدر اتنفس بشكل طبيعي اثناء العمليه وانا متوتر؟"})
	clinicFlagCheck(t, "botox", []string{"امي ما تقدر تتنفس، هل هذا يصير بعد البوتوكس؟"},
		[]string{"مدرب اليوغا عطاني تمارين تنفس، هل اقدر اسويها بعد البوتكس بيوم؟"})
	clinicFlagCheck(t, "dental", nil, []string{"اثناء العلاج اقدر اتنفس من خشمي؟ اخاف اشرق بالمويه"})
}

// TestFlag31FearJoinedByAnd: a fear reaches a second feared verb glued to a «و» («خايفه يطلع فيني
// حساسيه من التقشير وينتفخ وجهي»); a face swollen now, told after, is not feared.
func TestFlag31FearJoinedByAnd(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"كنت خايفه من التقشير، والحين وجهي منتفخ وشفايفي وارمه"},
		[]string{"خايفه يطلع فيني حساسيه من التقشير وينتفخ وجهي، هل تسوون اختبار قبل؟"})
}

// TestFlag31TeenagePast: a faint "when I was a teenager" is past, as one "when I was a kid".
func TestFlag31TeenagePast(t *testing.T) {
	clinicFlagCheck(t, "botox", []string{"I fainted an hour ago after the injections"},
		[]string{"I fainted during a blood test when I was a teenager, totally fine since, can I get botox?"})
}

// TestFlag31NormalAsked: numbness wearing off, an eye watering from the air conditioning, a mild
// burning asked of as normal in Arabizi («khafeefe… tabi3e?»): what is expected, not a red flag.
func TestFlag31NormalAsked(t *testing.T) {
	clinicFlagCheck(t, "dental", nil, []string{"the numbness in my lip is wearing off slowly after the filling, 3 hours now"})
	clinicFlagCheck(t, "eye", []string{"3ayni fiha 7ar2a w ma 3am shoof fiha abadan"},
		[]string{"3ayni tdamma3 w t7arragni min el mukayyif, jafaf?", "ba3d el lasik b yom 3ayne fiha 7ar2a khafeefe w damma3, tabi3e?"})
}

// TestFlag31ChestNotAnyAl: the last resort's chest pain reads «ألم» with its suffixes, not every word
// with the article and a «م» («الخلع المتكرر»).
func TestFlag31ChestNotAnyAl(t *testing.T) {
	clinicFlagCheck(t, "physio", []string{"صدري فيه المي شديد", "عندي الم بصدري الحين"},
		[]string{"ابي تمارين لعضلات الصدر بعد الخلع المتكرر للكتف"})
}
