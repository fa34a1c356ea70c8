package bot_test

import "testing"

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
