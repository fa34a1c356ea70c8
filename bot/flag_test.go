package bot_test

import "testing"

// TestFlagBleedingWontStopAfterWill: bleeding that "will not" stop, the will or aspect between the
// negation and the verb of stopping and the bleeding after it («مش راضي يبطل نزيف», «ما عم يبطل الدم»),
// and a pillow or a towel "all blood" («المخدة كلها دم»); bleeding stopped, or asked of in general, is none.
func TestFlagBleedingWontStopAfterWill(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"سني اللي انخلع مش راضي يبطل نزيف", "ولدي ما عم يبطل نزيف من مكان الضرس",
			"بنتي عمرها ٨ سنين خلعوا لها ضرس العصر ومش راضي يبطل نزيف والمخدة كلها دم",
			"جدي خلع ضرس قبل ساعتين ولحد هلق ما عم يبطل الدم والمنديل كله دم"},
		[]string{"النزيف وقف الحمدلله بعد ما ضغطت على الشاش", "شو بيوقف النزيف بعد الخلع عادة؟"})
}

// TestFlagSelfHarmThoughtArabizi: the thought of harming oneself in Arabizi with the ذ of «أذى» written d
// or z («bfakkar b ady nafsi», «tfakkar b azi 7alha») and the self as «7al» or «rou7» («ejra7 7ali»,
// «ejra7 rou7i»), and the same in Arabic letters («تجرح حالها»); giving oneself time is none.
func TestFlagSelfHarmThoughtArabizi(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"sar li fatra bfakkar b ady nafsi", "kanfakkar bzaf b adi rasi", "ukhti tfakkar b azi 7alha kil yom",
			"bde ejra7 rou7i, ma 3ad fiye", "اختي بتقول بدها تجرح حالها كمان مرة"},
		[]string{"lazem ady nafsi wa2t ba3d el peeling?", "ady nafsy forsa tanya w a3mel el peeling?",
			"الشفرة جرحت ايدي وانا بحلق، في كريم للجرح؟"})
}

// TestFlagNoCauseArabizi: a pain told "without a reason" in Arabizi («bidoon sabab», «bla sbab») tells
// the sign as it is: the noun «sabab» is no question of what causes a risk. Asked for its cause, it is.
func TestFlagNoCauseArabizi(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"waja3 fa2atan w 2awi bein ktafi w b sadri bidoon sabab", "sudden tearing pain between my shoulder blades for no reason"},
		[]string{"shu el sabab ta3 waja3 el ktaf?"})
}

// TestFlagRoadAccidentBackNumb: a road accident, the back hurting and the legs numb or tingling since,
// as a hard fall is read, in Maghrebi and Levantine Arabizi (the back also «dhhr») and in English; an
// accident years ago with a back that hurts since is a question for the pages.
func TestFlagRoadAccidentBackNumb(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"khoya dar accident, dhhro kaydrro w rjlih fihom tanmil", "kan 3andi accident f tomobil lbare7, dhhri kaydrni w rjliya fihom tanmil",
			"baba kan b accident sayyara, dahro byewja3o w ma 3am y7es b ejre", "my dad was in a car accident this week, his back hurts and his legs are tingling"},
		[]string{"كنت في حادث قبل خمس سنين وظهري يوجعني من وقتها، كم جلسة احتاج؟", "ana dayman bfakkar b el accident elli sar ma3i zaman"})
}

// TestFlagPermanentToothOut: a permanent tooth come out after a fall or a blow, in Iraqi and Levantine
// Arabizi and in English; a permanent tooth coming in, or a milk tooth falling, is none.
func TestFlagPermanentToothOut(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"binti wug3at bil madrasa w sinnha il giddami il dayem ma6la3 kulla, shnsawi?", "binti wug3at w sinnha il dayem ma6la3 kulla",
			"ibni 6a7 3al dar w sinno il daymi 6ala3 kollo", "my daughter fell at school and her permanent front tooth came out, what do we do"},
		[]string{"متى يطلع السن الدايم بعد ما يطيح اللبني؟", "ابني طاح سنه اللبني وطلع مكانه الدايم، طبيعي؟", "matta yetla3 el sen el dayem?"})
}

// TestFlagLookAlikeCauses: what is no sign told like one: the prices that "blur the eyes", a sudden loss
// of sight denied, a question asked "before booking" in Arabizi («bas asa2al abl ma e7joz»), a faint long
// ago and the writer well now («el7een zain», «hessa zaina»), pills too big to swallow in Maghrebi and
// Levantine Arabizi. The signs themselves still are.
func TestFlagLookAlikeCauses(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"I have sudden vision loss in my right eye since this morning"},
		[]string{"الاسعار عندكم زغللت عيوني، في عروض؟", "no sudden loss of vision and no pain, just want new glasses"})
	clinicFlagCheck(t, "botox", nil,
		[]string{"law sar 3andi sa3oobet bala3 ba3d el botox shu a3mel? bas asa2al abl ma e7joz"})
	clinicFlagCheck(t, "dental", nil,
		[]string{"he fainted once at the dentist when he was 12, el7een zain, can he do a filling?",
			"ma a3ref kif abla3 7boub el antibiotic, kbar kteer", "kifach nebla3 had l7boub, kbar bzaf"})
	clinicFlagCheck(t, "physio", nil, []string{"sitti 6a7at il sana il madye, hessa zaina, tigdar tsawi 3ilaj?"})
}

// TestFlagBleedingToldStopped: a little bleeding told and then stopped («نزل دم من انفي شوي ووقف»,
// «nazal dam shway w w2ef», "and it stopped") is past; not stopping is not.
func TestFlagBleedingToldStopped(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"nazal dam mn anfi w ma wi2ef mn sa3a"},
		[]string{"نزل دم من انفي شوي ووقف، من الروكتان؟", "nazal dam mn mana5iri shway w w2ef, 3adi ma3 el roaccutane?"})
	clinicFlagCheck(t, "dental", []string{"الدم نزل من ساعتين وما وقف"}, []string{"a bit of blood came out after brushing and it stopped, normal?"})
}
