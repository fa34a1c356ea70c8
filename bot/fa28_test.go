package bot_test

import "testing"

// glass is a blur come slowly (a clouding lens asked of), and a shard of it in the eye an injury.
func TestFa28EgyptianGlass(t *testing.T) {
	e := fa22Engine(t, "eye")
	fa22Check(t, e, []string{
		"ابني دخلت حتة ازاز في عينه وهي بتنزف",
		"ابويا النظر عنده بقى مغبش فجأة النهارده",
		"النظر مغبش من الصبح وعيني حمرا وبتوجعني جامد",
	}, []string{
		"جدتي بتشوف كأنها ورا ازاز مغبش، دي مية بيضا؟",
		"جوزي بيقول النظر بقى زي ما يكون من ورا الازاز، ينفع له عملية؟",
	})
}

// TestFa28BothEyesDual: the Gulf dual «العينتين» names both eyes, and what is done "for the two"
// (للثنتين) is an operation on each, not things seen twice; seeing double still alarms.
func TestFa28BothEyesDual(t *testing.T) {
	e := fa22Engine(t, "eye")
	fa22Check(t, e, []string{
		"فجأة صرت اشوف كل شي ثنتين بالعينتين",
		"من امس اشوف الاشياء ثنتين",
		"صرت اشوف دبل من الصبح بعيوني الثنتين",
		"suddenly I see everything double",
	}, []string{
		"ابوي عنده موية زرقا بالعينتين، العلاج للثنتين بنفس الوقت؟",
		"عندي قصر نظر بالعينتين وابي ليزك للثنتين، كم السعر؟",
		"ستي عندها مية بيضا بالعينتين، بتعملولها العملية للاتنين مع بعض؟",
	})
}

// TestFa28AskedWhetherToGoToER: asking whether to go to the emergency department names no symptom
// of a sign that sends there; a slight sting after a laser, asked so, is calm, while severe pain with
// vomiting still alarms however it is asked.
func TestFa28AskedWhetherToGoToER(t *testing.T) {
	e := fa22Engine(t, "eye")
	fa22Check(t, e, []string{
		"عملت ليزك امس وعيني توجعني وجع شديد واستفرغت",
		"severe eye pain and vomiting since my surgery yesterday, should I go to emergency?",
		"عيني توجعني بقوة ومستفرغ مرتين من الصبح، اروح الطوارئ؟",
	}, []string{
		"سويت ليزر امس وعيني تحرقني شوي وتدمع، عادي ولا اروح الطوارئ؟",
		"عملت ليزك امبارح وعيني بتوجعني شوية، عادي ولا اروح الطوارئ؟",
		"after my laser yesterday my eye stings a little, is that normal or should I go to the emergency?",
	})
}

// TestFa28GoQuickly: «روحي بسرعة» (go quickly) is the haste of going to the doctor, not a sign that
// spreads fast; a mole that bleeds and will not stop, or blisters spreading fast with a fever, still
// alarm.
func TestFa28GoQuickly(t *testing.T) {
	e := fa22Engine(t, "derma")
	fa22Check(t, e, []string{
		"الشامة اللي على ظهري تنزف من ساعة وما وقف النزيف مع الضغط",
		"طلعت لي فقاعات مؤلمة تنتشر بسرعة على الاكزيما ومعي حرارة",
	}, []string{
		"عندي شامة بظهري كبرت شوي وامي تقول روحي بسرعة للدكتور، هل هي خطيرة؟",
		"اخوي يقول لي روح بسرعة لان الشامة اللي على ظهري تحكني، هل هذا صحيح؟",
		"my mum says to go quickly because the mole on my back got bigger, is that right?",
	})
}

// TestFa28WhenToBeChecked: a relative's sight lost to a disease, told to ask when the writer should
// be examined ("is it too early to get checked?", «متى لازم افحص؟»), is a family's history; sight lost
// suddenly, the writer's or a relative's, still alarms.
func TestFa28WhenToBeChecked(t *testing.T) {
	e := fa22Engine(t, "eye")
	fa22Check(t, e, []string{
		"my dad suddenly went blind in one eye this morning",
		"ابوي فجأة ما صار يشوف بعينه اليمين من ساعة",
		"I suddenly went blind in my left eye, when should I get checked?",
	}, []string{
		"my mum went blind in one eye from glaucoma, when should I get my eyes checked?",
		"ابوي فقد نظره من الموية الزرقا وانا خايف يصير لي نفس الشي، متى لازم افحص؟",
		"جدتي عميت من الجلوكوما، بكير اتفحص وانا عمري 30؟",
		"My grandad lost his sight to glaucoma. I'm 30 with no symptoms, what age should I get screened?",
	})
}

// TestFa28HeelAfterASession: «عملت» told of a session or an X-ray names no operation, and the leg a
// heel or toes are named by («كعب رجلي») is no calf: a heel a bit red after a session is calm, while
// a swollen, hot calf after an operation, or chest pain after it, still alarms.
func TestFa28HeelAfterASession(t *testing.T) {
	e := fa22Engine(t, "physio")
	fa22Check(t, e, []string{
		"عملت عملية بالركبة من اسبوع وبطن رجلي وارم وسخن ويوجعني",
		"عملت عملية من أسبوع وهلق بطة رجلي منفوخة وحمرا وسخنة",
		"I had knee surgery last week and now my calf is swollen, hot and painful",
		"بعد العملية صار عندي الم بالصدر وضيق نفس فجأة",
	}, []string{
		"عملت جلسة علاج طبيعي لرجلي امس وصارت حمرا وتوجعني شوي، عادي؟",
		"عملنا لابوي اشعة لرجله وطلعت سليمة بس رجله بتوجعه",
		"كعب رجلي احمر ويوجعني بعد جلسة الموجات امس، طبيعي؟",
	})
}
