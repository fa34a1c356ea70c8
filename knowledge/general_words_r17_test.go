package knowledge

import (
	"slices"
	"testing"
)

// Session 17's words: whether something goes for good («يروح نهائي؟», "is it permanent?") and
// whether it comes back («يرجع؟», "will it come back?") are one question, answered by a page's «قد
// تعود» ("may return") as by its «دائم»; and what is lost «لا يمكن استعادته» ("cannot be regained")
// answers "does it come back?".
func TestRound17PermanentOrBack(t *testing.T) {
	checkFirst(t, []firstCase{{
		name: "may return",
		sections: []Section{
			section("after", "بعد الجلسة", "من الطبيعي احمرار خفيف يزول خلال ساعات، وتجنب الماء الحار لمدة يوم."),
			section("chronic", "ما هي الحالة؟", "بقع بنية على الخدين. الحالة مزمنة يمكن السيطرة عليها لكنها قد تعود، لذلك تحتاج متابعة مستمرة."),
		},
		want: map[string]string{
			"البقع تروح نهائي؟":          "d#chronic",
			"is it gone for good?":       "d#chronic",
			"does it come back?":         "d#chronic",
			"how long does redness last": "d#after",
		},
	}, {
		name: "regained",
		sections: []Section{
			section("drops", "العلاج", "قطرات يومية لخفض الضغط تستخدم بانتظام مدى الحياة."),
			section("what", "ما هو المرض؟", "مرض يتلف العصب تدريجيًا فيفقد المريض النظر ببطء، والضرر الذي يحدث لا يمكن استعادته، لذلك الفحص المبكر مهم."),
		},
		want: map[string]string{
			"النظر اللي يروح يرجع؟":  "d#what",
			"هل يعود النظر المفقود؟": "d#what",
		},
	}})
}

// «قبل» ("before") in a question asks what comes before: the pages' preparation («التحضير لجلسة
// التقشير» for «قبل التقشير لازم اوقف كريماتي؟»), one aspect with it.
func TestRound17BeforeIsPreparation(t *testing.T) {
	lx := mustLexicon(t)
	before, prep := lx.Concepts(Stems("قبل")), lx.Concepts(Stems("التحضير"))
	if len(before) != 1 || len(prep) != 1 || before[0].group < 0 || before[0].group != prep[0].group || !lx.Aspect(before[0]) {
		t.Errorf("«قبل» is %+v, «التحضير» %+v: want one aspect", before, prep)
	}
}

// A number of years after «عند» and its pronoun is an age («ماما عندها ٧٠ سنة», «ابني عنده سنتين»),
// the pages' «الأعمار»; after «من» or «قبل» it dates the story and stays a time.
func TestRound17AgeInYears(t *testing.T) {
	for text, age := range map[string]bool{
		"ماما عندها ٧٠ سنة ينفع تعمل بوتكس": true,
		"وانا عندي ٦٣ سنة ولا السن بيفرق":   true,
		"ابني عنده سنتين":                   true,
		"امي عندها ستين سنه":                true,
		"عنده جلطة من سنتين":                false,
		"صار لي ٣ سنين اعاني":               false,
		"عندي الم من ٥ سنوات":               false,
		"السن عندها ٧٠ سنة ودايما يوجعها":   true,
	} {
		words := Words(text)
		keys := make([]string, len(words))
		for i, w := range words {
			keys[i] = stemWord(w)
		}
		ageYears(keys, words)
		if got := slices.Contains(keys, ageKey); got != age {
			t.Errorf("%s: keys %q; an age: %v, want %v", text, keys, got, age)
		}
	}
	checkFirst(t, []firstCase{{
		name: "age",
		sections: []Section{
			section("how", "كيف يعمل العلاج؟", "يعمل العلاج على إرخاء العضلات ويستمر أثره عدة أشهر."),
			section("ages", "هل العلاج آمن لجميع الأعمار؟", "يحتاج تقييمًا طبيًا لكل حالة، ويحدد الطبيب مدى مناسبته."),
		},
		want: map[string]string{"ماما عندها ٧٠ سنة ينفع تعمل العلاج للصداع؟": "d#ages"},
	}})
}

// «عدل» (Gulf: straight, as it should be: «ضرس العقل طالع عدل») is the pages' «بشكل سليم», «مستقيم».
func TestRound17Straight(t *testing.T) {
	checkFirst(t, []firstCase{{
		name: "straight",
		sections: []Section{
			section("steps", "خطوات الخلع", "يتم الخلع البسيط تحت تخدير موضعي، فيخلخل الطبيب السن بلطف ثم يزيله. أما الخلع الجراحي لضرس العقل المنطمر فيتطلب فتحة صغيرة في اللثة."),
			section("wisdom", "ضروس العقل", "ضروس العقل هي الأضراس الثالثة. لا يلزم خلعها إذا بزغت بشكل سليم وأمكن تنظيفها. ننصح بخلعها إذا كانت منطمرة داخل العظم."),
		},
		want: map[string]string{"ضرس العقل حقي طالع عدل وما يعورني، لازم اشيله؟": "d#wisdom"},
	}})
}

// «قليل», «ناقص» (too little: «العضم عندي قليل») say the pages' «إذا لم يكن كافيًا», "not enough".
func TestRound17TooLittle(t *testing.T) {
	checkFirst(t, []firstCase{{
		name: "too little",
		sections: []Section{
			section("steps", "زراعة الأسنان", "تبدأ بفحص سريري وأشعة مقطعية ثلاثية الأبعاد لقياس العظم. ثم توضع الزرعة تحت تخدير موضعي. بعدها تأتي فترة الالتحام يندمج خلالها العظم مع الزرعة."),
			section("who", "لمن تناسب؟", "تناسب البالغين الذين اكتمل نمو فكهم ولثة سليمة. إذا لم يكن العظم كافيًا فقد يحتاج المريض إلى ترقيع العظم قبل الزراعة."),
		},
		want: map[string]string{"الدكتور قال العضم عندي قليل، ينفع أعمل زراعة؟": "d#who"},
	}})
}
