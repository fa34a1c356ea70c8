package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// flag23Check asks the home clinic's engine each message and wants the emergency reply for the red
// flags and another for the look-alikes.
func flag23Check(t *testing.T, flags, looks []string) {
	t.Helper()
	e := mustEngine(t)
	for _, m := range flags {
		if r, _ := e.Respond(m, bot.State{}); r.Kind != bot.KindEmergency {
			t.Errorf("red flag %q: got %s, want the emergency reply", m, r.Kind)
		}
	}
	for _, m := range looks {
		if r, _ := e.Respond(m, bot.State{}); r.Kind == bot.KindEmergency {
			t.Errorf("look-alike %q: got the emergency reply", m)
		}
	}
}

// TestFlag23ArabiziDenials: a denial in Arabizi whose symptom is spelled as the denials' Latin words
// did not know (ض as dh or 6, ق as 8, q or g) holds both the rules and the net, read in Arabic letters
// or not; the same symptom not denied still alarms.
func TestFlag23ArabiziDenials(t *testing.T) {
	flag23Check(t,
		[]string{"3indi ddeeq tanaffus", "3indi deeg nafas", "ukhti 3indaha dhee8 nafas min el9ub7"},
		[]string{"ma 3indi dhee8 tanaffus", "wallah ma 3ndi deeg nafas, bs abi a3rf el si3r", "ma fi 3indi dhee8 nafas"})
}

// TestFlag23TalkWith: the writer unable to talk with someone (on the phone, at the desk) is a call not
// got through, in Gulf, Levantine, Egyptian Arabizi and English; someone else unable to talk with us,
// and a writer's speech gone, still alarm.
func TestFlag23TalkWith(t *testing.T) {
	flag23Check(t,
		[]string{"ابوي ما يقدر يتكلم معنا ولسانه ثقيل", "baba mish 2ader yetkallem ma3na w bo2o ma2loob", "mish 2adra a7ki"},
		[]string{"مب قادرة اتكلم وياكم بالتلفون، الشبكة ضعيفة", "I can't speak to anyone at the front desk, nobody picks up",
			"ma a2dar atkallam ma3kom halla2, bel shoghl", "ما اقدر احكي مع الاستقبال، الخط مشغول"})
}

// TestFlag23WellNow: someone said to be well now, the state before the time («هي مزيانة دابا») or
// stable now after a past stroke, is no report for the net or the past; a sign now still alarms.
func TestFlag23WellNow(t *testing.T) {
	flag23Check(t,
		[]string{"امي مزيانة قبل ساعة ودابا ما قادراش تهضر وفمها مايل"},
		[]string{"قلبي مقطع على ختي ولكن هي مزيانة دابا، بغيت موعد", "my dad had a stroke two years ago and now he's stable, can he do physio?",
			"ابوي جاته جلطة قبل سنة والحين هو مستقر، ينفع يسوي علاج طبيعي؟"})
}

// TestFlag23SkeletonNegation: «mish»/«mesh» (not) keep their spelling in the Arabizi skeletons, where
// they read as «emshi» (walk): «mesh 2adra» alone is no weakness; not able to walk still is.
func TestFlag23SkeletonNegation(t *testing.T) {
	flag23Check(t,
		[]string{"mish 2adra amshi w rejli ma btet7arrak", "mesh 2ader emshi khales men el sob7"},
		[]string{"mesh 2adra a7dar el maw3ed bokra", "mish 2adra a7ki ma3 el reception, el line mashghool"})
}

// TestFlag23ArabiziSigns: Arabizi red flags the Latin patterns did not spell: no breath at all
// («nafas», the breath, not «nafs», the mood), killing oneself with ق as ك (Iraqi, Gulf), cutting
// one's veins, gone and not come to («ghabet… w ma fa9at»), gone for a minute («ghebt d2i2a»), in
// first and third persons.
func TestFlag23ArabiziSigns(t *testing.T) {
	flag23Check(t,
		[]string{"ibni mafi nafas abadan", "mama ma fi 3andha nafas khales", "akhooy ygool yabi yktil nafsa", "wallah ta3bt w abi aktil nafsi",
			"bfakkir a2ta3 shrayeni", "ukhti tgool bt2ta3 3roo2ha el lela", "abooy 6a7 bel 7ammam w ghab w ma fa2", "khalti ghabat 3alayna w ma sa7at",
			"ghebt d2i2a ba3d el 7o2na w lessa dayekh"},
		[]string{"mafi nafs a3mel shi el yom", "el doctor ghab el yom w ma rad 3al telephone", "ma ghebt 3an el maw3ed, kont hon"})
}

// TestFlag23SaddleAndDialect: a numb seat or groin and water that will not pass (cauda equina) told
// with the seat as «المؤخرة» or «بين رجليها», in learner's English ("can not pee", "can not feel my
// bottom"), in Gulf Arabizi with «ma gidart» (ق as g after i); the Maghrebi «مورا» (after) and «نهار»
// (day) read as بعد and يوم; flashes and dark spots in Egyptian and Levantine Arabizi.
func TestFlag23SaddleAndDialect(t *testing.T) {
	flag23Check(t,
		[]string{"مرحبا، بدي احجز جلسة للركبة الاسبوع الجاي، وكمان من امبارح عندي خدر بالمؤخرة وما عم حس بالحمام، شو الاسعار؟",
			"امي عندها خدر بين رجليها ومش قادرة تعمل حمام من الصبح",
			"my back hurts as usual but today i can not pee at all, also can i pay by card?",
			"hi I want to change my appointment to friday, also since this morning i can not feel my bottom and i can not pee, is parking free?",
			"3indi dis9 min sneen bas el youm ma a7is b el 3ana w ma gidart abool",
			"ukhti ma t7es b el 3ana w ma tigdar tbawwal",
			"مورا عملية العين بنهارين، ختي عندها وجع كبير ما كيتحملش وما كيتهدنش بالدوا",
			"w bel monasba men sa3a shayfa shararat w no2at soda fe 3eni, el kashf b kam?",
			"sayer shoof wamadat w nu2at soud b 3eine men sa3a"},
		[]string{"ma gidart a7jiz online, el site 3atlan", "مورا الجلسة بنهارين، شوية ديال الحمورية وخفات"})
}

// TestFlag23AskedIf: what to do if a sign came, after "I want to ask" («بدي اسأل، اذا…», «ابي اسال
// اذا…», "I wanted to ask, if…") is a supposition, and is not read again without its close («شو
// بعمل؟»), which is what made it one; a sign told now with the same close still alarms.
func TestFlag23AskedIf(t *testing.T) {
	flag23Check(t,
		[]string{"ابي اسال، الدم ما وقف من ساعتين بعد الخلع وش اسوي؟", "I want to ask, my gum is bleeding and wont stop since an hour what i do?"},
		[]string{"بدي اسأل، اذا النزيف ما وقف بعد الخلع شو بعمل؟", "ابي اسال اذا الدم ما وقف بعد الخلع وش اسوي؟",
			"I wanted to ask, if my son's gum keeps bleeding after the filling what we do?", "اذا ابني بلع بطارية شو بعمل؟"})
}
