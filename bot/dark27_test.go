package bot_test

import "testing"

// TestDark27CirclesNotSight: darkness under or around the eyes is the skin («سواد تحت عيوني», "dark
// circles under my eyes"), and an Arabizi "shadow" beside «3ndkum» names no eye; a shadow or darkness
// over the eye or the sight is still a red flag.
func TestDark27CirclesNotSight(t *testing.T) {
	flag23Check(t,
		[]string{"فجأة صار فيه سواد على عيني اليسار وما اشوف زين",
			"ظل اسود نازل فوق نظري من ساعة",
			"fi 6ell 3ala 3ayni min el sob7 w ma 3am shoof mnee7",
			"my vision went dark in my left eye all of a sudden"},
		[]string{"عندي سواد تحت عيوني من قلة النوم، عندكم علاج له؟",
			"الهالات السودا حول عيني بنتي، الليزر يفيد؟",
			"dark circles under my eyes since university, any treatment?",
			"fi zell 3ndkum aw parking?"})
}
