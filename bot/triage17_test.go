package bot

import "testing"

// The red flags round 15 missed and the look-alike it alarmed on, each for its cause.
func TestRedFlagsOfRound15(t *testing.T) {
	for _, tt := range []struct{ msg, want string }{
		// «من زمان» (for long) before a thought the writer has come to have is no past over.
		{"بصراحة أنا من زمان مش منيحة، وصرت فكر جدياً إني أأذي حالي", "self-harm"},
		{"من زمان تعبانة وعم فكر اأذي حالي", "self-harm"},
		// Ten days ago is no "years ago": «gabl» counts as past only with years.
		{"sawait 3amaliyat rukba gabl 10 ayam w el jar7 tale3 minh sadeed w 3indi 7rara 39.5", "infection"},
		// A plural-you verb asks the clinic; the «مش» before it negates the word between.
		{"بدي شيل شامة بوجهي بس لأنها مش حلوة، بتشيلوها؟", ""},
		{"ما بتشيل رجلي", "weakness"},
	} {
		if got := homeFlag(tt.msg); got != tt.want {
			t.Errorf("homeFlag(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
	// Years ago, told in Arabizi, is still the past.
	if got := homeFlag("gabl sanatein ma 2dert etnaffas w hala2 mni7"); got != "" {
		t.Errorf("a breathlessness of two years ago: %q, want none", got)
	}
}

// The red flag and the look-alike the first half of flags16 got wrong, each for its cause.
func TestFlags16Causes(t *testing.T) {
	for _, tt := range []struct{ msg, want string }{
		// Vomiting told in the b-present («وبرجع», «وبيرجع») with an eye in pain; not «برجع» of
		// coming back from somewhere, and «من الصبح» is since when, not where from.
		{"عيني بتوجعني وجع فظيع وبرجع، عاملة مية بيضا امبارح", "vision"},
		{"عينه بتوجعه جامد وبيرجع من الصبح", "vision"},
		{"عيني بتوجعني لما برجع من الشغل", ""},
		// An Arabizi fear in any person governs what it fears, as an Arabic one does; a negation in
		// it still reports.
		{"mama w2e3t mn shahr w 9arat tkhaf temshi", ""},
		{"khayef a3ma mn el 3amaliye", ""},
		{"5ayfe ktir, ma 3am b2dar etnaffas", "breathing"},
		// Afraid of what something now is («خايفه يكون جلطه»): what follows is told as it is.
		{"خايفه يكون جلطه، وجهي مايل", "stroke"},
		{"5ayfe ykoun jalta, wjhi mayel", "stroke"},
		{"خايف يكون عندي حساسيه من البنج", ""},
	} {
		if got := homeFlag(tt.msg); got != tt.want {
			t.Errorf("homeFlag(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

// Red flags of the frame battery (a sign and a closing ask) whose sign no pattern read, each for its
// cause.
func TestFrameBatteryCauses(t *testing.T) {
	for _, tt := range []struct{ msg, want string }{
		// The eye named with a determiner or a word of its own ("that eye", "the treated eye").
		{"after the filler the skin turned white and blotchy and i can't see properly from that eye is this normal?", "vision"},
		{"my husband just got elbowed right in the treated eye, now it's really painful and blurry", "vision"},
		// "lost control of my bowels", as "loss of bowel control".
		{"Since my back flared up I've lost control of my bowels twice today what should I do?", "nerve compression"},
		// Food that keeps going the wrong way, or will not go down.
		{"botox 3 days ago, now food keeps going down the wrong way and I can't get it down", "swallowing"},
		{"the coffee went down the wrong way and I coughed a bit", ""},
		// The heart felt squeezed.
		{"it feels like someone's squeezing my heart is this normal?", "chest pain"},
	} {
		if got := homeFlag(tt.msg); got != tt.want {
			t.Errorf("homeFlag(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}
