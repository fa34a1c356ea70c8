package bot

import "testing"

// TestFlagb19Reports holds the causes of flags21a's misses fixed at session 19 (lane flagb19) on lines
// of their own: not wanting to live in Arabizi with each dialect's "want" (Iraqi «yreed», Gulf «abi»,
// Levantine «baddi», Egyptian «3ayez»); pills meant to be taken all at once; still bleeding and not
// stopped, in Gulf Arabizi («lil7een», «wgaf») and in English ("still coming" while biting the gauze);
// weakness in Arabizi limbs («rejlo», «2ideha») spreading («byentesher»), and Maghrebi «ضعافت… كتزيد
// من البارح».
func TestFlagb19Reports(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"ukhti tgool ma treed t3eesh ba3ad", "self-harm"},
		{"ana mabi a3eesh, ta3abt", "self-harm"},
		{"ibni 2al enno ma baddo y3ish", "self-harm"},
		{"jozi bi2ool mish 3ayez y3eesh khalas", "self-harm"},
		{"جمعت حبوب امي وناوي اشربها كلها بليل", "self-harm"},
		{"i have a bottle of pills and im planning to take them all tonight", "self-harm"},
		{"min ams 5ala3t deres w lel7een ydammi w ma ywgaf", "bleeding"},
		{"after the extraction i am biting gauze for an hour and the blood still coming", "bleeding"},
		{"abooy rejlo el yimin fiha do3f w byentesher la fo2", "weakness"},
		{"ختي يدها ضعافت وكتزيد من البارح", "weakness"},
	} {
		if got := flag18(c.text); got != c.want {
			t.Errorf("findRedFlag(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestFlagb19LookAlikes holds the causes of flags21a's false alarms fixed at session 19 on lines of
// their own: a past sign followed by "now" and a plan or a question ("now can I…", «هسه اريد…»,
// «الحين ممكن…»); talking like a drunk after the numbing, laughed about; an Arabizi fear whose feared
// verb goes on with «w ma…» written apart.
func TestFlagb19LookAlikes(t *testing.T) {
	for _, text := range []string{
		"قبل سنين اغمي علي بعد ابره، هسه اريد احجز بوتوكس",
		"قبل ثلاث سنين نزف ضرسي وما وقف الا بعد ساعتين، الحين ممكن اسوي خلع؟",
		"years ago i passed out at the dentist, now can i have the implant?",
		"اخوي بعد البنج صار يتكلم زي السكران هههه متى يروح المخدر؟",
		"my son after the anaesthetic was talking like a drunk lol how long does it last",
		"khayfe el filler y3awwer shfafi w ma a2dar a7arrekhon, hayda bi9eer?",
	} {
		if got := flag18(text); got != "" {
			t.Errorf("findRedFlag(%q) = %q, want none", text, got)
		}
	}
	// Scared, with «w ma» right after the fear word: the sign now.
	if got := flag18("5ayfe w ma 2adra atnaffas"); got != "breathing" {
		t.Errorf("findRedFlag(5ayfe w ma 2adra atnaffas) = %q, want breathing", got)
	}
}

// TestFlagb19SyrupInstead: pills hard to swallow with a liquid form asked for instead are a preference,
// in English, Arabic and Arabizi; a throat that will not let anything down still is the sign.
func TestFlagb19SyrupInstead(t *testing.T) {
	for _, text := range []string{
		"my daughter can't swallow tablets, is there a syrup instead?",
		"ابوي ما يقدر يبلع الحبوب الكبيرة، فيه شراب بدالها؟",
		"ibni ma bya3ref yibla3 el 7boob, fi sharab badal?",
	} {
		if got := flag18(text); got != "" {
			t.Errorf("findRedFlag(%q) = %q, want none", text, got)
		}
	}
	if got := flag18("i suddenly can't swallow anything, not even water"); got != "swallowing" {
		t.Errorf("findRedFlag(can't swallow anything) = %q, want swallowing", got)
	}
}

// TestFlagb19MaghrebiBecame: in a Maghrebi message «ولا عندي» is "now I have" (became), not "nor";
// after a negation it is still "nor".
func TestFlagb19MaghrebiBecame(t *testing.T) {
	if got := flag18("ختي من نهار العملية ديالها ولا عندها ضيق فالنفس بزاف"); got != "breathing" {
		t.Errorf("Maghrebi «ولا عندها ضيق فالنفس» = %q, want breathing", got)
	}
	if got := flag18("ما عندي السخانة ولا عندي ضيق فالنفس، بغيت نعرف واش نقدر نجي للجلسة"); got != "" {
		t.Errorf("Maghrebi «ما عندي… ولا عندي…» = %q, want none", got)
	}
}

// TestFlagb19PillsPlanned: pills meant to be taken all at once or tonight are an overdose announced;
// all one's pills taken as prescribed before a visit are a plan.
func TestFlagb19PillsPlanned(t *testing.T) {
	for _, text := range []string{
		"i plan to take all my meds before the surgery as usual, is that ok?",
		"ناويه اخذ حبوبي كلها معي بالسفر، اقدر اجي للجلسة بعدها؟",
	} {
		if got := flag18(text); got != "" {
			t.Errorf("findRedFlag(%q) = %q, want none", text, got)
		}
	}
	if got := flag18("3andi 7boob w nawye a5odhom kolhom mara wa7da"); got != "self-harm" {
		t.Errorf("pills all at once in Arabizi = %q, want self-harm", got)
	}
}

// TestFlagb19NowStillSign: a past sign followed by "now is" and a sign is ongoing, not a plan.
func TestFlagb19NowStillSign(t *testing.T) {
	if got := flag18("years ago i had a seizure and now is shaking and not answering me"); got == "" {
		t.Errorf("a past seizure and now shaking, not answering: no flag")
	}
}

// TestFlagb19FearAndNot: an Arabizi fear whose feared thing runs on with «w ma…» past the fear's
// usual reach is feared whole; told right after the fear word, the sign is now.
func TestFlagb19FearAndNot(t *testing.T) {
	if got := flag18("ana 5ayef yseer 3indi shalal w ma a2dar amshi"); got != "" {
		t.Errorf("feared paralysis and not walking = %q, want none", got)
	}
	if got := flag18("khayfe w mish 2adra a7arrek edi"); got == "" {
		t.Errorf("scared, and can't move my hand: no flag")
	}
}

// TestFlagb19LiveWithout: not living without a thing is a want of it, in Arabic, Arabizi and English;
// not wanting to live is still the flag.
func TestFlagb19LiveWithout(t *testing.T) {
	for _, text := range []string{
		"ma abi a3eesh bedoon el filler lol, kam se3ro?",
		"ما ابي اعيش بدون الليزر ههه كم السعر؟",
		"i don't want to live without my botox haha, price?",
	} {
		if got := flag18(text); got != "" {
			t.Errorf("findRedFlag(%q) = %q, want none", text, got)
		}
	}
	if got := flag18("ma abi a3eesh, ta3abt mn kil shay"); got != "self-harm" {
		t.Errorf("not wanting to live in Arabizi = %q, want self-harm", got)
	}
}
