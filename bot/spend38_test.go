package bot_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// Round 35, spent: its missed red flag and its look-alikes, read by cause.

// TestSpend38HeadOnThinners: a fall with the head struck told in MSA («سقطت… وارتطم رأسها بالأرض»),
// of a grandmother on blood thinners who says she is fine, is the knock to the head the pages send to
// the emergency department: her saying she is fine is no hearsay question, since the writer tells it
// of her own grandmother. A fall with no head struck, or a grandmother's word asked of in general,
// stays a question.
func TestSpend38HeadOnThinners(t *testing.T) {
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"سقطت جدتي في المطبخ وارتطم رأسها بالأرض، وهي تتناول مميعات الدم، لكنها تقول إنها بخير، هل ننتظر؟",
		"جدي اصطدم راسه بالباب وهو على الوارفارين، وش نسوي؟",
		"my grandad struck his head on the table and he's on warfarin, he says he feels ok",
	}, []string{
		"جدتي سقطت مرتين هالسنة، هل عندكم برنامج للوقاية من السقوط؟",
		"امي تقول ان العلاج الطبيعي يسبب شلل، صحيح هالكلام؟",
	})
}

// TestSpend38PainLimited: a movement that cannot be done without pain ("can't lift her arm above her
// shoulder without pain") is the pain's limit, not an arm too weak to lift; told "because it hurts"
// too. An arm that cannot be lifted, sudden or heavy and numb, still alarms, and so does a swallow
// that cannot be done without pain (the rewrite only reads the double negative; what is normal is the
// benign rules' to say).
func TestSpend38PainLimited(t *testing.T) {
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"My dad suddenly can't lift his arm and his face is drooping",
		"I can't lift my arm at all since this morning, it just feels heavy and numb",
		"I can't swallow without pain and my throat is swelling up",
	}, []string{
		"My wife can't lift her arm above her shoulder without pain, her GP mentioned the rotator cuff. Is that something you treat?",
		"I can't lift my arm above my shoulder because it hurts, is that frozen shoulder?",
		"he can't walk far without pain in his knee, would physio help?",
	})
}

// TestSpend38NetReadings: falls told past, with the faller fine, asked of as the clinic's falls
// programme ("she's fallen twice since the summer… she's fine but we're scared… what would your falls
// programme involve?"), which the net, retrained with round 35 spent, reads as the question it is.
// A fall now, with the faller unable to get up, still alarms.
func TestSpend38NetReadings(t *testing.T) {
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"my mum just fell in the bathroom and can't get up, her leg looks twisted outwards",
	}, []string{
		"My mum is 78, she lives with us, she's fallen twice since the summer, once in the bathroom and once getting out of bed, she's fine but we're scared, she takes a lot of tablets too and her eyesight isn't great, what would your falls programme actually involve?",
	})
}

// TestSpend38Flags38 holds what reading flags38 by cause added beside its own lines: the red flags near
// each new reading still alarm, and the look-alikes near each new sign stay calm.
func TestSpend38Flags38(t *testing.T) {
	fa22Check(t, mustEngine(t), []string{
		// A fear's words ending on a negation leave it with its verb: "can't breathe now" is told.
		"خايفه يصير لي شي، وما اقدر اتنفس الحين",
		"خايفه وجهي كله ينشل وما اقدر ابلع الحين",
		"انا خايفه وما اقدر اتنفس",
	}, []string{
		"خايفه البوتوكس يشل وجهي وأصير ما أقدر أبتسم، صحيح هالكلام؟",
		"خايفة وجهي كله ينشل إذا عملت بوتوكس وما يرجع يتحرك",
		"Last time I had botox my eyelid drooped a bit for 3 weeks, it's completely gone now, can we use a different spot?",
	})
	fa22Check(t, fa22Engine(t, "dental"), []string{
		"sena ebni el kbeera (mesh labaneya) we2e3et fel madrasa men robe3 sa3a",
		"سني انكسر ووجهي وارم ومو قادر افتح فمي ولا ابلع",
	}, []string{
		"sinn ibni el labani we2e3 w el dayem tele3 3awag",
		"السن اللبني طاح وطلع الدايم مكانه عوج، طبيعي؟",
		"ما فيني ضيق نفس ولا شي، بس السن مكسور من الطرف ويجرح لساني، متى اقرب موعد؟",
		"وجهي وارم شوي مكان الزراعه، اليوم الثاني، بدون حراره",
	})
	fa22Check(t, fa22Engine(t, "eye"), []string{
		"LASIK was yesterday and my toddler just headbutted me right in the treated eye, it really hurts and it's gone blurry",
		"ضربتني كوره بعيني اللي مسوي فيها ليزك الشهر الماضي وصارت تعورني",
		"My dad lost his sight suddenly this morning, do I really need to take him to the ER?",
	}, []string{
		// A father's sight lost to glaucoma, asked whether the writer should "honestly" be checked: a
		// family's history (a tune look-alike since round 27).
		"My dad lost most of his sight to glaucoma. I'm 38 and my eyes feel totally fine, do I honestly need to get checked?",
	})
	fa22Check(t, fa22Engine(t, "physio"), []string{
		"my calf is swollen and I have chest pain since this morning",
		"عندي خدر حوالين الشرج والمنطقة اللي بين رجليا مع وجع الضهر، ده عادي مع الديسك؟",
	}, []string{
		"No calf swelling or chest pain, just tired after walking with the frame post hip replacement",
		"Slipped a disc 2 years ago, had numbness back then but it's all gone, want to start running again",
	})
	fa22Check(t, fa22Engine(t, "derma"), []string{
		"جلد إبني كلو فقاعات ومتقشر وعم يرجف من الحرارة، عندو إكزيما من زمان",
		"متى الوقت المناسب اوقف الروكتان قبل الحمل؟ وكمان صارت عندي افكار اني اقطع نفسي وخايفه من نفسي",
	}, []string{
		"My sister had an allergic reaction to a peel at another clinic once, does that mean I might too?",
		"Are there any serious allergic reactions to chemical peels I should know about?",
		"ما اعرف اتكلم فصحى 😅 اقدر اسال عن التقشير بالعامي؟",
		"عندو إكزيما من زمان، شو بتنصحوا؟",
	})
}

// TestSpend38EarAndAskedAhead: a pain that reaches the ear days after an extraction is the socket the
// pages tell of (the net retrained with flags38 alarmed on it), and a permanent tooth "knocked out",
// asked ahead, is answered with the first aid, not read as a sign in general; a swelling to the eye
// with fever beside the ear's pain still alarms.
func TestSpend38EarAndAskedAhead(t *testing.T) {
	e := fa22Engine(t, "dental")
	fa22Check(t, e, []string{
		"خلعت ضرسي من ٣ ايام والحين الم قوي يوصل لاذني ووجهي وارم لعيني وحرارة ٣٩",
	}, []string{
		"صار لي ثلاث ايام والحين جاني الم قوي يوصل لاذني",
	})
	q := "what should you do if a kid's adult tooth gets knocked out? asking ahead since my son just started rugby"
	if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindAnswer || !strings.Contains(r.Text, "حليب بارد") {
		t.Errorf("Respond(%q) = %s %.80q, want the first aid (cold milk)", q, r.Kind, r.Text)
	}
}

// TestSpend38FearToldApart: a fear told as a clause of its own, ended by a mark, and then a sign told
// («سويت بوتوكس امس وخايفه، وجهي يشل وما اقدر ابلع», "I'm scared. I can't swallow…"), is a report,
// which the start code, reading the words without their marks, took for the fear's; a question asked
// in general after the fear ("I'm worried. Can botox cause trouble swallowing?", «انا خايفة، وش لو
// صار…»), which the start code alarmed on, is a question. A sign told before the fear still stands.
func TestSpend38FearToldApart(t *testing.T) {
	fa22Check(t, mustEngine(t), []string{
		"سويت بوتوكس امس وخايفه، وجهي يشل وما اقدر ابلع",
		"I had botox yesterday and I'm scared. I can't swallow properly and my voice is weird",
		"my face is drooping and I'm scared. Can botox cause that?",
		"I'm scared. Can botox cause this? I can't swallow since this morning",
	}, []string{
		"I'm worried. Can botox cause trouble swallowing?",
		"انا خايفة، وش لو صار عندي صعوبة بلع بعد البوتوكس؟",
		"I'm so scared, what if I can't breathe after it?",
		"متوترة وخايفة، اول مرة اسوي بوتوكس، كم يدوم؟",
	})
}
