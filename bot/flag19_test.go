package bot

import "testing"

// TestFlag19Arabizi holds the causes of flags20a's misses fixed at session 19 (lane flag19) on lines of
// their own, not the battery's: a shower of spots with flashes in Gulf Arabizi (6 for ط, 8 for ق);
// a numb groin between the thighs in Arabizi; a fall or a faint in Gulf and Egyptian Arabizi («ta7»,
// «a3ma 3aleh») with no coming round («mafa2sh»); shaking and trembling with no answer.
func TestFlag19Arabizi(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"min sa3a ashoof nu8a6 wayed w wam9at b 3aini el yimin", "vision"},
		{"ya doctor fi noqa6 sooda w wamdh ma tw2af b 3aini", "vision"},
		{"ubooy ma y7is b el manta8a bain el fa5dain w dahra yoja3a", "nerve compression"},
		{"mo a7es abadan bain el af5adh mn el sob7", "nerve compression"},
		{"abooy ta7 fi el sala o ma yrd 3alaina", "fainting"},
		{"mama a3ma 3aleha fel matba5 w lessa mafa2etsh", "fainting"},
		{"ukhti oghmi 3aleha w ma fa2et mn rub3 sa3a", "fainting"},
		{"ibni gaa3id yerjif o yerta3ish o ma yrud 3alay", "seizure"},
	} {
		if got := flag18(c.text); got != c.want {
			t.Errorf("findRedFlag(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestFlag19LookAlikes holds the causes of flags20a's false alarms fixed at session 19 on lines of their
// own: a denial of whom in Arabizi («mafish 3andi ay…») or in a learner's English ("not have any"); a
// supposition opened by Arabizi «iza»; "just asking" in Arabizi («3am es2al 2abel…»); the breath short
// from fear; "help" asked of exercises; "before 3 years" and "but now fine" as past; a fear reaching
// what befell a friend, or a second feared thing after "or", with the negation a feared verb makes.
func TestFlag19LookAlikes(t *testing.T) {
	for _, text := range []string{
		"mafish 3andi ay waram wala nazeef, bas 3ayza a3raf el mawa3eed",
		"he is not have any fever or breathing problem, we want appointment sunday",
		"iza ma 2dert atnaffas ba3d el bing shu ba3mel?",
		"3am es2al 2abel el 3amaliye: el bal3 bysir so3ob ba3d el 5al3?",
		"ma a2dar atnaffas mn el khof lamma ashoof el ibra",
		"do you have stretches to help with neck pain from the office?",
		"before 3 years i had a seizure but now fine, can i do laser?",
		"خايفه اسوي فيلر ويصير فيني زي صاحبتي شفايفها ورمت",
		"scared the filler will go wrong like my friend, her lips swelled",
		"5ayef el 7o2na t3awer wajhi aw t5alleeni mish 2ader a7arrek 3ayni",
		"خايفه البوتوكس يرخي جفني او يخليني ما اقدر افتح عيني",
	} {
		if got := flag18(text); got != "" {
			t.Errorf("findRedFlag(%q) = %q, want none", text, got)
		}
	}
	// Scared, and the sign now: still the sign, «و» glued to the negation or not.
	for _, c := range []struct{ text, want string }{
		{"خايفه وما اقدر اتنفس", "breathing"},
		{"انا خايف وما اقدر ابلع ريقي", "swallowing"},
		{"5ayfa w mesh 2adra atnaffas", "breathing"},
		{"i need help with my dad he is not breathing", "breathing"},
	} {
		if got := flag18(c.text); got != c.want {
			t.Errorf("findRedFlag(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestFlag19Now holds what session 19 added after flags20a's own causes: a fear of a friend's case
// followed by a "now" and the writer's own sign («…زي اختي، الحين وجهي…») is reported; Arabizi
// present markers («w hala2», «lessa bi…») keep a sign once past ongoing, as «والحين» and «لسه» do;
// «ma byrod» (Levantine, not answering).
func TestFlag19Now(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"خايفة زي ما صار مع اختي، الحين وجهي مايل فجأة", "stroke"},
		{"scared like my friend, now my lips are swelling and my throat feels tight", "breathing"},
		{"kan 3ando sar3 2abl sanateen, w hala2 2a3d yetshannaj w ma byrod", "seizure"},
		{"abooy wi2e3 bel 7ammam w sar yerjef w ma byrod 3alayna", "seizure"},
	} {
		if got := flag18(c.text); got != c.want {
			t.Errorf("findRedFlag(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestFlag19LoneConjunction: Arabizi writes «و» as a word of its own («o», «w»), which Arabic glues to
// the next word; it does not count toward a rule's window, so a fall and no answer told over a few
// «o …» clauses are read as the Arabic is.
func TestFlag19LoneConjunction(t *testing.T) {
	for _, text := range []string{
		"zawji ta7 fi el 3iyada o ga3ad yet3arraq o yet3ab o ma yrd 3alaina",
		"zawji ta7 fi el 3iyada w ga3ad yet3arraq w yet3ab w ma yrd 3alaina",
	} {
		if got := flag18(text); got != "fainting" {
			t.Errorf("findRedFlag(%q) = %q, want fainting", text, got)
		}
	}
}
