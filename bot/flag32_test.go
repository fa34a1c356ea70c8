package bot_test

import "testing"

// TestFlag32CalfClot: a calf swollen and hot or red is a clot in the leg's deep vein, told in any
// script or mixed («حاجز session بكرة بس my calf swollen and hot بعد العملية»).
func TestFlag32CalfClot(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"حاجز session بكرة بس my calf swollen and hot بعد العملية، هل اجي او اروح ER؟"},
		[]string{"my calf is tight after running, should I stretch it?"})
}

// TestFlag32TwoPictures: "two pictures of everything" is double sight; "picture" is a fear's verb only
// told so ("I picture…"), not the noun after a number.
func TestFlag32TwoPictures(t *testing.T) {
	clinicFlagCheck(t, "botox",
		[]string{"Please, after botox injection I see two picture of every thing, start today"},
		[]string{"can I see a picture of your before and after results?"})
}

// TestFlag32LossOfConscious: "I loss my conscious", as learners write lost consciousness.
func TestFlag32LossOfConscious(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"After remove tooth I fall down, I loss my conscious for some second"},
		[]string{"I didn't lose consciousness, just felt a bit tired after the extraction"})
}

// TestFlag32NotAbleToPassUrine: "not been able to pass urine" is the bladder held, as "can't pee".
func TestFlag32NotAbleToPassUrine(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"Do I need to bring my MRI to the first session? Also I've not been able to pass urine since last night"},
		[]string{"it stings a little when I pass urine, should I tell the physio?"})
}

// TestFlag32RashDizzyAfterMedicine: a rash come after a new medicine, with dizziness: an allergy
// reaching the blood pressure («jildi kila 7abbat 7imr ba3d al dawa al jdeed w ana daye5»).
func TestFlag32RashDizzyAfterMedicine(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"jildi kila 7abbat 7imr ba3d al dawa al jdeed w ana daye5"},
		[]string{"jildi fih 7abbat 7imr min el shams, shu el 3ilaj?"})
}

// TestFlag32PainkillerNoHelp: after the operation, a pain the painkiller does not help, in Arabizi.
func TestFlag32PainkillerNoHelp(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"ba3d al lasik b yomain al alam mo 6abee3i w al musakkin ma ynfa3"},
		nil)
}

// TestFlag32WeakeningDoubled: «ydo33fo» (يضعّفوا, the ع doubled) is weakening, and «idayye» the arms.
func TestFlag32WeakeningDoubled(t *testing.T) {
	clinicFlagCheck(t, "botox",
		[]string{"ba3d el 7o2an 7asse dahre w idayye 3am ydo33fo aktar w aktar"},
		nil)
}

// TestFlag32EndingOnesLife: thinking of ending one's life in Arabizi with «أقطع» or «أنهي»; denied, none.
func TestFlag32EndingOnesLife(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"ana 3al roaccutane w 3am fakker e2ta3 7ayete", "bfakker anhi 7ayati"},
		[]string{"ma bfakker e2ta3 7ayete, bas ana ta3ban min el 7bob"})
}

// TestFlag32BleedingVerbPressed: «betnazel» (it is bleeding) that pressing ten minutes has not stopped.
func TestFlag32BleedingVerbPressed(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"el shama betnazel we mesh bte2af, dagheet 3aleha aktar men 3ashar de2aye2"},
		[]string{"el waram betnazel shwaya shwaya, 3ady?"})
}

// TestFlag32FriendElsewhere: another's sign told of another clinic, to ask this one of its care, is a
// history; told of now, or without asking of the clinic's care, it still is a report.
func TestFlag32FriendElsewhere(t *testing.T) {
	clinicFlagCheck(t, "botox",
		[]string{"My friend passed out after an injection at another clinic, what do I do?"},
		[]string{"My friend passed out after an injection at another clinic, do you have doctors on site?"})
	clinicFlagCheck(t, "derma",
		[]string{"استني، أختي جنبي خدت حقنة عند دكتور تاني من شوية ووشها وشفايفها بيورموا ومش قادرة تاخد نفسها"}, nil)
}

// TestFlag32AfraidToLose: "afraid to lose my eye" is a fear of what may come.
func TestFlag32AfraidToLose(t *testing.T) {
	clinicFlagCheck(t, "eye", nil, []string{"I want LASIK but I am afraid to lose my eye, it is safe ?"})
}

// TestFlag32BackToNormalArabizi: blurred sight for two hours that went back to normal («w rija3
// 6abee3i») is told over; not gone back («w ma rija3 6abee3i»), it is not.
func TestFlag32BackToNormalArabizi(t *testing.T) {
	clinicFlagCheck(t, "eye", []string{"ba3d el lasik nathari mghabash faj2a w ma rija3 6abee3i"},
		[]string{"al qa6ra al muwassi3a khallat nathari mghabash sa3tain w rija3 6abee3i"})
}

// TestFlag32EpilepsyDrugArabizi: on a drug for epilepsy («3la dawa el sara3») is a condition treated.
func TestFlag32EpilepsyDrugArabizi(t *testing.T) {
	clinicFlagCheck(t, "botox", nil, []string{"ana 3la dawa el sara3 we 3ayza a3raf law el botox ytfa3al ma3ah"})
}

// TestFlag32BigPillArabizi: a pill too big to swallow («el 7abaya el kebeera»), its size, not the throat.
func TestFlag32BigPillArabizi(t *testing.T) {
	clinicFlagCheck(t, "dental", nil, []string{"mesh 2ader abla3 el 7abaya el kebeera, fi menha sharab?"})
}

// TestFlag32SlightSwellingAsked: a face swollen a little, asked «3ady?», is the expected effect.
func TestFlag32SlightSwellingAsked(t *testing.T) {
	clinicFlagCheck(t, "dental", nil, []string{"wesh ebny warem shwaya ba3d khal3 el sena, mafish sokhoneya, 3ady?"})
}

// TestFlag32WiltedEyes: «دبلانة» (ذبلانة, wilted: tired eyes) holds «دبل» but is no double sight.
func TestFlag32WiltedEyes(t *testing.T) {
	clinicFlagCheck(t, "eye", []string{"عيوني اشوف فيها دبل من الصبح"},
		[]string{"عيوني دبلانة من الشاشة طول اليوم 😴 اي قطرة مرطبة؟"})
}

// TestFlag32QuestionAfterFear: a question after a fear's word («فانا متخوفة، وش احتياطاتكم؟») is asked,
// not feared: an aunt's allergy at another place, asked of this clinic's care, is a history. A sign
// told after the fear and its question still is one.
func TestFlag32QuestionAfterFear(t *testing.T) {
	clinicFlagCheck(t, "derma",
		[]string{"انا خايفه وش اسوي، وجهي منتفخ وما اقدر اتنفس"},
		[]string{"خالتي صار عندها حساسية شديدة من تقشير بمكان ثاني، فانا متخوفة، وش احتياطاتكم؟"})
}
