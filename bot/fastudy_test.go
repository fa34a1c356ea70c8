package bot_test

import "testing"

// TestFastudySameNotBreath: «نفس» before a noun with the article is "the same" («بنفس اليوم», «نفس
// الوقت»), so a «صعب» near it tells of the visit, not the breath. The breath told with «صعب» still alarms.
func TestFastudySameNotBreath(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"صعب علي اتنفس من الصبح", "ابوي نفسه ضيق وصعب يتنفس", "عندي ضيق في النفس من ساعة",
			// «نفسي» before a word with the article is still oneself: read only by the last-resort rule.
			"كل يوم افكر بأذية نفسي والدوا قدامي الحين"},
		[]string{"تقدرون تفحصون عيون ولدي وبنتي في نفس الوقت؟ صعب علينا نجي مرتين",
			"ممكن اسوي الفحص والعملية في نفس الموعد؟ المشوار صعب علي"})
}

// TestFastudyBareCan: being able («اقدر ابلع الحبة؟», "may I swallow it?") asks leave; the
// trouble is being unable or barely able («ما اقدر ابلع», «بالكاد اقدر ابلع»), which still alarms.
func TestFastudyBareCan(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"ما اقدر ابلع حتى الماي", "بالكاد اقدر ابلع ريقي وحلقي منتفخ", "ابني ما يقدر يبلع ولا يتنفس زين",
			"ماعاد اقدر ابلع من امس", "ما اكدر ابلع الاكل"},
		[]string{"اقدر ابلع حبة البنادول بعد الخلع؟", "يقدر ولدي يبلع الدوا مع العصير؟", "هل استطيع ان ابلع الحبوب مع الشاي؟"})
}

// TestFastudyNamedCataractFog: a cataract named by its water («عنده المويه البيضا») tells the fog or
// blur after it as the lens's, even though the benign rules take the name out before the red flags.
// A sight gone suddenly in such an eye still alarms.
func TestFastudyNamedCataractFog(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"عندها المويه البيضا وفجأة صارت ما تشوف ابد بعينها اليسار", "شفت ضباب فجأة بعيني اليوم",
			"عندي الماية البيضا واليوم فجأة راح النظر من عيني"},
		[]string{"جدتي عندها المويه البيضا وتشوف كل شي ضباب", "امي تشوف غباش، هل هي الماية البيضا؟"})
}

// TestFastudyScreenStrain: eyes tired from a screen is strain, no sign the net should alarm on; a sight
// gone or a stroke's signs told beside a screen still alarm.
func TestFastudyScreenStrain(t *testing.T) {
	clinicFlagCheck(t, "eye",
		[]string{"كنت قدام الشاشة وفجأة ما صرت اشوف بعيني اليمين", "عيني تعبانة وفجأة صرت اشوف كل شي دبل"},
		[]string{"عيني تعبانه من الجوال كل يوم", "عيون بنتي تعبانه من الشاشه كل يوم", "عيوني تعبانة من الشاشة كل ليلة",
			"my eyes get strained from the laptop every evening"})
}
