package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// TestFlag23HistoryIsNotTheSign holds the cause of the one red flag round 21 missed (spent at session
// 23): a page's urgent sign (back pain with a high fever, or with a history of cancer) told now,
// beside a history told years ago («عولجت من السرطان قبل ثلاث سنوات»), was read as past and over
// because of the history's time. Suffering now, or for days, says the sign is not over; suffering
// told of the past still is.
func TestFlag23HistoryIsNotTheSign(t *testing.T) {
	e := clinicEngine(t, "physio")
	for _, c := range []struct {
		text string
		want bot.Kind
	}{
		{"أعاني من ألم قوي في أسفل الظهر مع حرارة مرتفعة، وقد أخذت علاج كيماوي قبل خمس سنوات", bot.KindEmergency},
		{"ابوي صار له اسبوع يعاني من الم ظهر وحرارة عالية وعنده تاريخ سرطان قبل سنتين", bot.KindEmergency},
		{"My back has been killing me for a few days with a high fever, and I had cancer two years ago", bot.KindEmergency},
		{"كنت أعاني من ألم في الظهر مع حرارة مرتفعة قبل ثلاث سنوات والحين تمام", bot.KindAnswer},
	} {
		if r, _ := e.Respond(c.text, bot.State{}); r.Kind != c.want {
			t.Errorf("Respond(%q).Kind = %s, want %s", c.text, r.Kind, c.want)
		}
	}
}

// TestFlag23AfterRetraining holds what the net carried for flags22 until it was retrained with the
// lane's new readings, now read by rules: a learner's "fall down and not wake up" (present tense), and
// a condition there "for years" and stable told in Arabizi, which is a history, not a sign.
func TestFlag23AfterRetraining(t *testing.T) {
	e := clinicEngine(t, "physio")
	for _, c := range []struct {
		text  string
		alarm bool
	}{
		{"my dad fall down in the bathroom and not respond, what we do", true},
		{"grandma fall down again and she not wake up!!", true},
		{"abouy 3ndo dis9 min sneen w halla2 fajatan ma y2dar y7es b rijlo", true},
		{"ukhti 3indha rabw min sineen w mostaqer, tgdar tsawi tamarin?", false},
		{"I'm scared I'll fall down and not wake up from the anaesthesia", false},
	} {
		if r, _ := e.Respond(c.text, bot.State{}); (r.Kind == bot.KindEmergency) != c.alarm {
			t.Errorf("Respond(%q).Kind = %s, want emergency %v", c.text, r.Kind, c.alarm)
		}
	}
}

// TestFlag23FearThenNow: a fear told first and a sign told after "but now" («خايفه من الابر بس الحين
// اغمي عليه وما يصحى») was all read as the fear; what follows the "but now" is a report. A fear
// followed by "but now" and no sign, or by a question, stays calm.
func TestFlag23FearThenNow(t *testing.T) {
	e := clinicEngine(t, "physio")
	for _, c := range []struct {
		text  string
		alarm bool
	}{
		{"ابني خايف من الابر بس الحين اغمي عليه وما يصحى", true},
		{"khayfa men el ebar bas halla2 oghmi 3aleh w ma byes7a", true},
		{"I was scared of the needle but now she fainted and won't wake up", true},
		{"كنت خايفه من الجلسة بس الحين احسن الحمدلله", false},
		{"im scared of needles but now i want to book", false},
	} {
		if r, _ := e.Respond(c.text, bot.State{}); (r.Kind == bot.KindEmergency) != c.alarm {
			t.Errorf("Respond(%q).Kind = %s, want emergency %v", c.text, r.Kind, c.alarm)
		}
	}
}
