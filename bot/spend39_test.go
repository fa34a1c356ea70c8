package bot_test

import (
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// TestSpend39Flags: what flags39 (spent at session 39) and round 36's tune cases showed, read by
// cause, with look-alikes written for each fix.
func TestSpend39Flags(t *testing.T) {
	eye := fa22Engine(t, "eye")
	fa22Check(t, eye, []string{
		// Sight lost told in MSA with «الرؤية», though the pain is denied.
		"فقد والدي الرؤية في عينه اليمنى فجأة قبل ساعة دون أي ألم، فماذا نفعل؟",
		"رؤيتي اختفت فجأة من عين وحدة وانا بالدوام",
	}, []string{
		"هل يمكن أن يسبب الليزك فقدان الرؤية؟",
		"جدي فقد الرؤية في عينه اليسرى من سنوات بسبب الجلوكوما، هل تفيده العملية الآن؟",
		// The widening drops blur the sight («مزغلله» with its «م»).
		"بعد قطرة التوسيع عيني مزغلله ومش قادر اسوق ده طبيعي صح؟",
	})
	derma := fa22Engine(t, "derma")
	fa22Check(t, derma, []string{
		// A long-standing illness, and a sign never seen before with it.
		"جلدي كله بقى احمر وبيتقشر وعندي رعشه وحرارة ٣٩ وانا عندي صدفية من زمان بس عمري ما شفت كده",
		// Bleeding for a quarter of an hour, in Arabizi.
		"al shama 7ag 9adri ga3da tnazif min rub3 sa3a wa ana a36 3aleha",
		// A wish to die told of another in Maghrebi Arabizi.
		"khti katakhod roaccutane w galt liya bghat tmout, 3afak chno ndir",
	}, []string{
		"bghit nmout mn dd7k 3la had video",
		"ma 3andi 7ta mochkil f tnffos, ghir bghit rendez-vous",
	})
	physio := fa22Engine(t, "physio")
	fa22Check(t, physio, []string{
		// "No injury" denies no sign.
		"My knee swelled up overnight, it's red hot and I've got a temperature of 38.9, no injury",
	}, []string{
		"My knee has been sore since a fall last year, no swelling, can physio help?",
	})
	dental := fa22Engine(t, "dental")
	fa22Check(t, dental, []string{
		"ألم شديد في البلع وما اقدر ابلع ريقي بعد الخلع",
		"had my wisdom tooth out yesterday and now my face and lips are swelling fast and I feel my throat tight, how long will my face stay puffy?",
	}, []string{
		// How long an effect to expect will last, asked before the treatment (a tune case of round 27).
		"hey so I'm getting my lower wisdom tooth out next week and I've been reading horror stories online lol, plus my sister's wedding is 4 days later, how long will my face stay puffy and will I even be able to open my mouth properly?",
		// «الموقته» opens like «الم» (pain) and is none.
		"الحشوة المؤقتة طاحت وبلعت جزء صغير منها بالغلط بس ما فيني شي اجي متى؟",
		// Stopping a habit, not standing.
		"متى اقدر اشرب سيجاره بعد الخلع؟ ضروري اصبر؟ ماقدر اوقف",
	})
	home := mustEngine(t)
	fa22Check(t, home, []string{
		// A treatment's name the benign rules read does not mute the rest.
		"My wife got her brow lift tox at your Olaya branch, now her eyelid is covering her eye and she can't see to drive, please advise urgent",
		"خايفه، ما اقدر اتنفس",
	}, []string{
		"I fainted once years ago when I had blood taken, can I still do botox? I'm fine with needles now mostly",
		"أصيبت صديقتي بتدلي الجفن بعد البوتوكس في مركز آخر، فكيف تتجنبون ذلك؟",
		"ابي اسوي تنحيف فك بالبوتوكس بس خايفه ما اقدر امضغ او اتكلم زين بعدها هل يصير؟",
		"ما عندي حتى مشكلة بالتنفس بس ابي موعد",
	})
}

// TestSpend39BookingInFrench: the Maghrebi and French «rendez-vous», «rdv» ask for an appointment, as
// «maw3id» does (flags39's «ghir bghit rendez-vous» got the fallback once its denial was read).
func TestSpend39BookingInFrench(t *testing.T) {
	e := fa22Engine(t, "derma")
	for _, m := range []string{"ma 3andi 7ta mochkil f tnffos, ghir bghit rendez-vous", "bghit nakhod rdv m3a tbib", "je veux un rendez-vous svp"} {
		if r, _ := e.Respond(m, bot.State{}); r.Kind != bot.KindHandoff {
			t.Errorf("Respond(%q).Kind = %s, want handoff", m, r.Kind)
		}
	}
}
