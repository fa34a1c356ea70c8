package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// The Egyptian «كام» asks how many or how much as «كم» does, bare or after «و» («وكام أسبوع»); after
// «من» or «قبل» with a time («من كام شهر») it dates the patient's story and asks nothing.
func TestRank28EgyptianHowMany(t *testing.T) {
	ix := mustBuild(t, nil)
	for q, want := range map[string]int{
		"التقشير بياخد كام جلسة؟":                          askHowMuch,
		"هي الجلسة بتاخد كام دقيقة؟":                       askHowMuch,
		"العلاج كام مرة في الأسبوع وكام أسبوع؟":            askHowMuch,
		"ولادي الاتنين محتاجين كام زيارة؟":                 askHowMuch,
		"المسكن ده آخد منه كام حباية في اليوم؟":            askHowMuch,
		"جوزي ركبته بتوجعه من كام شهر، ينفع يعمل علاج؟":    askNone,
		"عملت الحشو قبل كام يوم والسنة بتوجعني، ده طبيعي؟": askNone,
	} {
		if got := askOf(ix.inArabic(Words(q))); got != want {
			t.Errorf("%s: asks %d, want %d", q, got, want)
		}
	}
}

// Asked in Egyptian how many sessions a week and for how many weeks, the section giving the plan's
// sessions and weeks answers, not a section on a slipped disc that names the back and a week in
// passing.
func TestRank28EgyptianHowManySessions(t *testing.T) {
	docs := []*Document{{ID: "b", Title: "علاج آلام الركبة", Lang: "ar", Sections: []Section{
		section("cause", "خشونة الركبة", "خشونة الركبة تآكل في غضروف المفصل يزيد مع العمر والوزن، ويشتد الألم بعد المشي الطويل، وقد يهدأ خلال أسبوع من الراحة، ويحتاج المريض علاجًا طبيعيًا منتظمًا للركبة."),
		section("plan", "خطة العلاج الطبيعي للركبة", "تتكون الخطة عادة من جلستين إلى ثلاث جلسات أسبوعيًا لمدة ستة أسابيع، وتشمل تمارين التقوية والعلاج اليدوي."),
	}}}
	ix := build26(t, docs, "ركبه | knee\n")
	for _, q := range []string{
		"العلاج الطبيعي للركبة بياخد كام جلسة في الأسبوع وكام أسبوع؟", // Egyptian
		"علاج الركبة كام جلسة في الأسبوع؟",                            // Egyptian, short
	} {
		check(t, ix, q, "b#plan")
	}
}

// A risk offered as the other answer of a yes-or-no question («ينفع… ولا فيها خطر عليا؟», "is it ok
// or is it risky?") is a stop word: what is asked is whether the patient may have it. A risk asked
// for itself, or with more asked after it, stays.
func TestRank28OrRisk(t *testing.T) {
	for q, want := range map[string]int{
		"عندي ضغط، ينفع أسوي التنظيف ولا فيه خطر علي؟":         7,
		"انا مرضعة، اقدر اخذ الحقنة ولا خطر؟":                  6,
		"بنتي عندها ربو، يصلح لها التخدير ولا فيها ضرر عليها؟": 8,
		"أبوي عنده قلب، عادي يسوي العملية ولا خطير؟":           7,
		"is it ok with my asthma or is it risky?":              9,
		"ايش الخطر في العملية؟":                                -1,
		"ينفع اسوي العملية ولا خطر على النظر بعدين؟":           -1,
		"هل في خطر من التخدير؟":                                -1,
	} {
		words := Words(q)
		keys := slices.Clone(words)
		orRisk(keys, words)
		got := -1
		for i := range keys {
			if strings.HasPrefix(keys[i], stopKey) {
				got = i
			}
		}
		if got != want {
			t.Errorf("%s: risk made a stop word at %d, want %d (%v)", q, got, want, words)
		}
	}
}

// Told a condition and asked whether the treatment is allowed «ولا فيه خطر», the page question on
// that condition answers, not the section on complications, which names the risk.
func TestRank28OrRiskFindsConditionFAQ(t *testing.T) {
	docs := []*Document{{ID: "s", Title: "تنظيف البشرة العميق", Lang: "ar", Sections: []Section{
		section("steps", "خطوات تنظيف البشرة", "ننظف البشرة ثم نفتح المسام بالبخار ونستخرج الرؤوس السوداء، وتستغرق الجلسة ساعة."),
		section("risks", "المضاعفات المحتملة", "تنظيف البشرة آمن، ومن المضاعفات النادرة احمرار يومين أو حبوب خفيفة، ويزيد الخطر مع البشرة الحساسة والربو والضغط."),
	}, FAQs: []FAQ{{ID: "q1", Question: "هل يمكن تنظيف البشرة لمريضة الربو؟", Answer: "نعم، نستخدم مواد بلا عطور ونتجنب البخار الكثيف، وتحضري بخاخك معك."}}}}
	ix := build26(t, docs, "ربو | asthma\nتنظيف البشره | facial\n")
	for _, q := range []string{
		"عندي ربو، ينفع أعمل تنظيف بشرة ولا فيه خطر عليا؟", // Egyptian
		"عندي ربو، اقدر اسوي تنظيف البشرة ولا خطر؟",        // Gulf
		"معي ربو، فيني اعمل تنظيف بشرة ولا في خطر علي؟",    // Levantine
	} {
		check(t, ix, q, "s#q1")
	}
}
