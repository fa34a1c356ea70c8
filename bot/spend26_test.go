package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// TestSpend26GrowingSign: a history told in the same message («عندي الديسك من زمان», "my sciatica is
// years old") does not make a sign past when the message dates the sign to yesterday with a joined
// «و» («وامس», «والبارحة») or tells it growing by the hour («وكل ساعة اسوأ», "worse by the hour"):
// round 24's missed red flag. A sign itself long-standing and not growing is still a history.
func TestSpend26GrowingSign(t *testing.T) {
	flag23Check(t,
		[]string{"عندي انزلاق غضروفي من سنين والبارحة صارت رجلي اليمين ما تتحرك",
			"ابوي عنده الديسك من زمان، وامس بعد ما شال شنطة صارت رجوله الثنتين تضعف وما يقدر يمشي",
			"انا عندي ديسك من سنين، بس من الصبح رجلي تنمل وكل ساعة تزيد وما اقدر ارفع قدمي",
			"my sciatica is old news, years ago, but my legs are going weak and it's worse by the hour",
			"عندي الديسك من زمان، صارت رجولي الثنتين تضعف وكل ساعه اسوء"},
		[]string{"ضعف رجلي عندي من زمان وما يزيد، هل العلاج الطبيعي يفيد؟",
			"امي عندها تنميل في رجولها من سنين، يفيدها العلاج الطبيعي؟"})
}

// TestSpend26ClinicSignYesterday: a clinic's own urgent sign (the physiotherapy pages send weakness
// of the legs to urgent care) told of yesterday is new, though a history is told before it; told as
// long-standing alone it is the pages' question.
func TestSpend26ClinicSignYesterday(t *testing.T) {
	e := clinicEngine(t, "physio")
	for _, m := range []string{"ابوي عنده الديسك من زمان، امس صارت رجوله تضعف",
		"my dad has had a slipped disc for years, since yesterday his legs are getting weak"} {
		if r, _ := e.Respond(m, bot.State{}); r.Kind != bot.KindEmergency {
			t.Errorf("red flag %q: got %s, want the emergency reply", m, r.Kind)
		}
	}
	if r, _ := e.Respond("ابوي عنده الديسك من زمان، رجوله ضعيفة من سنين، يفيده العلاج؟", bot.State{}); r.Kind == bot.KindEmergency {
		t.Errorf("a long-standing weakness got the emergency reply")
	}
}
