package bot_test

import "testing"

// TestSpend24LongSupposition: what to do if a sign came, asked after "I want to ask" with a long
// supposition (up to 16 words before its close), is asked in general, and is not read again without
// its close, where the net (retrained at session 24's spend) took what it supposes for told. The
// same sign told now, with the same close, still alarms.
func TestSpend24LongSupposition(t *testing.T) {
	flag23Check(t,
		[]string{"my son's gum has been bleeding for two hours after the filling and it won't stop, what do we do?",
			"ولدي ينزف من لثته بعد الخلع من ساعتين وما وقف وش نسوي؟",
			"I want to ask, my gum is bleeding and wont stop since an hour what i do?"},
		[]string{"I wanted to ask, if my little girl's gum keeps on bleeding at night after the extraction what should we do?",
			"بدي اسأل، اذا ابني صار عنده نزيف من اللثة بعد الحشوة وما وقف لتاني يوم شو لازم نعمل؟",
			"ابي اسال لو ولدي الصغير صار ينزف من لثته بعد الخلع طول الليل وما وقف وش نسوي؟"})
}
