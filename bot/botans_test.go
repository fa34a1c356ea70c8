package bot_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// botansExpect asks each question alone of e and wants an answer whose text holds want.
func botansExpect(t *testing.T, e *bot.Engine, cases map[string]string) {
	t.Helper()
	for q, want := range cases {
		r, _ := e.Respond(q, bot.State{})
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, want) {
			t.Errorf("%q: got %s %q, want an answer holding %q", q, r.Kind, r.Text, want)
		}
	}
}

// TestBotansPatientWordsOfTheBotoxPages: the botox clinic's lexicon ties the patient's words to the
// pages' own: where the toxin comes from («مصدر», «بكتريا», "origin") is the page's «يُنتَج بواسطة
// بكتيريا»; the neurologist's «ديستونيا» is «خلل التوتر العنقي»; "trap botox" is Traptox; shirts
// soaked («يتبلل», "drenched") are the sweating; «محرج», "embarrassing" is the page's «إحراجًا»;
// acetylcholine, said in English or loosely spelled, is «الأستيل كولين»; and whether a nurse or a
// salon may inject asks for the pages' qualified specialist («مختص مؤهل»).
func TestBotansPatientWordsOfTheBotoxPages(t *testing.T) {
	botansExpect(t, mustEngine(t), map[string]string{
		"وش مصدر البوتوكس؟":                                                     "بكتيريا",
		"البوتكس مصنوع من بكتريا صح؟":                                           "بكتيريا",
		"where does botox come from, what is its origin?":                       "بكتيريا",
		"ابوي عنده ديستونيا في رقبته، ينفع له بوتوكس؟":                          "خلل التوتر العنقي",
		"can botox help dystonia in the neck?":                                  "خلل التوتر العنقي",
		"do you offer trap botox?":                                              "Traptox",
		"my underarms are drenched in sweat all day, can botox help?":           "الغدد العرقية",
		"قميصي يتبلل من العرق كل يوم، البوتوكس يفيد؟":                           "الغدد العرقية",
		"العرق محرج جدا لي قدام الناس، فيه حل بالبوتوكس؟":                       "الغدد العرقية",
		"what does botox do to acetylcholine?":                                  "الأستيل كولين",
		"ايش علاقة البوتوكس بالاستيل كولين؟":                                    "الأستيل كولين",
		"can a nurse do my botox injection or does it have to be a specialist?": "مختص مؤهل",
		"صاحبتي تسوي بوتوكس في صالون، عادي ولا لازم مختص؟":                      "مختص مؤهل",
	})
}

// TestBotansStiffLimbIsTheSpasm: a limb left stiff by cerebral palsy or an old illness («مشدودة»,
// «متشنجة», "stiff") is the pages' spasm and movement disorders section, and «يفكها» (loosen it) is
// relaxing the muscle, not the jaw («الفك»).
func TestBotansStiffLimbIsTheSpasm(t *testing.T) {
	const spasm = "إرخاء العضلات المصابة"
	botansExpect(t, mustEngine(t), map[string]string{
		"بنتي عندها شلل دماغي وايدها مشدودة دايما، البوتوكس يفيدها؟":             spasm,
		"my daughter has cerebral palsy and her arms are stiff, can botox help?": spasm,
		"خالي رجله متشنجة من سنين، البوتوكس ممكن يفكها؟":                         spasm,
	})
}

// TestBotansForbiddenAsksWhetherItSuits: «ممنوع علي؟», "forbidden for me?" asks whether the treatment
// suits the patient («من هم المرشحون المناسبون»), not of the toxin's blocking («يمنع إطلاق الأستيل
// كولين»), which the general lexicon's «يمنع» shares.
func TestBotansForbiddenAsksWhetherItSuits(t *testing.T) {
	const suits = "لا يمكن القول إن الجميع مناسب"
	botansExpect(t, mustEngine(t), map[string]string{
		"عندي ربو وحساسية، هل البوتوكس ممنوع علي؟":            suits,
		"اختي عندها حساسية من اشياء كثيرة، ممنوع تسوي بوتكس؟": suits,
		"is botox forbidden for someone with many allergies?": suits,
	})
}

// TestBotansScalingGaps: whether scaling widened the teeth apart («يوسع», «مسافات», "gaps", "spaces")
// is the dental FAQ on the gaps the tartar covered («الفراغات التي كان الجير يغطيها»).
func TestBotansScalingGaps(t *testing.T) {
	const gaps = "الفراغات التي كان الجير يغطيها"
	botansExpect(t, fa22Engine(t, "dental"), map[string]string{
		"هل تنظيف الجير يعمل فراغات بين الاسنان؟":           gaps,
		"did scaling make spaces between my teeth?":         gaps,
		"بعد ما نظفت الجير صار فيه مسافات بين اسناني، ليش؟": gaps,
	})
}

// TestBotansBitingParticiple: «عاضض» (biting on, the Levantine and Egyptian participle) bites, as the
// pages' after-extraction advice says ("Bite on the gauze").
func TestBotansBitingParticiple(t *testing.T) {
	botansExpect(t, fa22Engine(t, "dental"), map[string]string{
		"لازم اضل عاضض على القطنة بعد الخلع قد ايش؟": "Bite on the gauze",
	})
}

// TestBotansChildCriesAtTheDentist: a parent tells a child's fear by what they see — he screams or
// cries («بيصرخ», «يعيط», «بيبكي», "screams") — which is the dental FAQ on a child afraid of the dentist.
func TestBotansChildCriesAtTheDentist(t *testing.T) {
	const fear = "تجنب تخويفه بالطبيب"
	botansExpect(t, fa22Engine(t, "dental"), map[string]string{
		"بنتي بتعيط اول ما تدخل عيادة الاسنان، اعمل ايه؟":              fear,
		"ولدي يصيح كل ما نروح لدكتور الاسنان، وش الحل؟":                fear,
		"my son cries every time we visit the dentist, what do we do?": fear,
	})
}
