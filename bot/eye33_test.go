package bot_test

import "testing"

// TestEye33BothEyesAtOnce: both of two («الثنتين», «التنتين», «كلتيهما», "both") asks whether the two
// are done together, which the cataract page answers as one eye at a time («لعين واحدة في كل مرة»).
func TestEye33BothEyesAtOnce(t *testing.T) {
	const oneAtATime = "لعين واحدة في كل مرة"
	ans31Expect(t, fa22Engine(t, "eye"), map[string]string{
		"جدتي عندها موية بيضا بعيونها، تقدرون تسوون الثنتين بيوم واحد؟":                oneAtATime,
		"خالتي بدها تعمل عملية المي البيضا لعيونها التنتين، بيعملوهن سوا؟":             oneAtATime,
		"هل تُجرى جراحة الساد للعينين كلتيهما في جلسة واحدة؟":                          oneAtATime,
		"My grandad needs cataract surgery on both eyes, will they do both in one go?": oneAtATime,
	})
}

// TestEye33SquintGrowsOutOf: a child's eye turning, told to go away as the child grows («لما يكبر»),
// is the passage that says a squint does not go away with growing up («مع الكبر»).
func TestEye33SquintGrowsOutOf(t *testing.T) {
	ans31Expect(t, fa22Engine(t, "eye"), map[string]string{
		"بنتي عمرها سنتين وعينها بتروح لجوا، قالولي بتروح لحالها لما تكبر": "ليس أمرًا يختفي مع الكبر",
		"my son's eye turns in sometimes, will he grow out of it?":         "ليس أمرًا يختفي مع الكبر",
	})
}

// TestEye33EyePressureCheck: having the eye pressure checked, or being checked earlier for a family's
// glaucoma, is the glaucoma check the pages name («من يحتاج فحص الجلوكوما؟»).
func TestEye33EyePressureCheck(t *testing.T) {
	const who = "ننصح بفحص دوري لكل من تجاوز الأربعين"
	ans31Expect(t, fa22Engine(t, "eye"), map[string]string{
		"عمري ٤٨ وعيوني ما فيها شي، احتاج اسوي فحص ضغط العين؟": who,
		"امي عندها جلوكوما، لازم اتفحص ابكر من غيري؟":          who,
	})
}

// TestEye33SomethingBetter: LASIK at an older age «ولا في شي احسن» asks for the alternatives, the
// passage that names a lens exchange after fifty.
func TestEye33SomethingBetter(t *testing.T) {
	const exchange = "استبدال العدسة الطبيعية"
	ans31Expect(t, fa22Engine(t, "eye"), map[string]string{
		"عمري ٥٧ وتعبت من النظارة، ينفعني الليزك ولا في شي احسن؟":        exchange,
		"I'm 58, is LASIK still an option or is there something better?": exchange,
	})
}

// TestEye33Unchanged: what must stay: a cataract's recovery, the glaucoma test itself, and a red flag
// after the operation.
func TestEye33Unchanged(t *testing.T) {
	e := fa22Engine(t, "eye")
	ans31Expect(t, e, map[string]string{
		"فحص الجلوكوما بيوجع؟":                   "الفحص سهل وغير مؤلم",
		"متى اقدر اسوق بعد عملية الموية البيضا؟": "غالبًا بعد أسبوع تقريبًا",
	})
	fa22Check(t, e, []string{
		"سويت عملية الموية البيضا للعينين الثنتين واليوم فجأة ما اشوف شي وعيني توجعني مره مع ترجيع",
	}, nil)
}
