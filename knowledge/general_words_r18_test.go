package knowledge

import (
	"slices"
	"testing"
)

// «سن» before an ordinal, a decade or a stage of life is an age («بعد سن الخمسين», «حول سن
// السابعة», «قبل سن المراهقة»), the stem of «عمر», on the pages and in questions; a tooth's count
// («سن واحد»), its ordinal with the article («السن الأول»), its kind («سن العقل», «سن دائم») and a
// number in digits, which may be a tooth's number in the dentists' notation («سن 16»), leave it a
// tooth.
func TestRound18AgeOfSin(t *testing.T) {
	for text, age := range map[string]bool{
		"وبعد سن الخمسين قد يكون استبدال العدسة": true,
		"يُقيّم الطفل أول مرة حول سن السابعة":    true,
		"بكمية بحجم حبة الأرز قبل سن الثالثة":    true,
		"وقد تختفي تمامًا قبل سن المراهقة":       true,
		"الشيب بعد سن ستين":                      true,
		"زراعة سن واحد":                          false,
		"عند ظهور السن الأول":                    false,
		"سن العقل طالع عوج":                      false,
		"السن رقم 16 مكسور":                      false,
		"بين سن 17 و25":                          false,
		"سن دائم":                                false,
	} {
		if got := slices.Contains(Stems(text), ageKey); got != age {
			t.Errorf("%s: stems %q; an age: %v, want %v", text, Stems(text), got, age)
		}
	}
	checkFirst(t, []firstCase{{
		name: "age of sin",
		sections: []Section{
			section("how", "كيف يتم التصحيح؟", "يعيد الليزر تشكيل القرنية دون غرز، ويستغرق الإجراء دقائق لكل عين."),
			section("older", "خيارات أخرى", "إذا لم يناسبك الليزر فيمكنك الاستمرار على النظارة، وبعد سن الخمسين قد يكون استبدال العدسة خيارًا أفضل."),
		},
		want: map[string]string{"عمري ٥٥ وتعبت من النظارة، الليزر ينفع لي؟": "d#older"},
	}})
}

// Breakfast: the patient's verb («طب تفطر عادي الصبح؟», «افطر ولا اجي صايم») is the pages' noun
// («تناول إفطارًا خفيفًا»).
func TestRound18Breakfast(t *testing.T) {
	lx := mustLexicon(t)
	noun := lx.Concepts(Stems("إفطارًا"))
	for _, w := range []string{"تفطر", "افطر", "الفطور", "breakfast"} {
		c := lx.Concepts(Stems(w))
		if len(c) != 1 || len(noun) != 1 || c[0].group < 0 || c[0].group != noun[0].group {
			t.Errorf("«%s» is %+v, «إفطارًا» %+v: want one group", w, c, noun)
		}
	}
}

// «بقاء» with a pronoun is how long a thing stays, what "is it permanent?" asks: the pages' «النتائج
// ومدة بقائها» answers «دايم؟»; «البقاء» alone («ينصح بالبقاء نشيطًا», staying active) is no part of it.
func TestRound18StayingIsPermanence(t *testing.T) {
	lx := mustLexicon(t)
	lasting := lx.Concepts(Stems("دايم"))
	for _, w := range []string{"بقائها", "بقائه"} {
		c := lx.Concepts(Stems(w))
		if len(c) != 1 || len(lasting) != 1 || c[0].group < 0 || c[0].group != lasting[0].group || !lx.Aspect(c[0]) {
			t.Errorf("«%s» is %+v, «دايم» %+v: want one aspect", w, c, lasting)
		}
	}
	for _, c := range lx.Concepts(Stems("ينصح بالبقاء نشيطًا")) {
		if len(lasting) == 1 && c.group == lasting[0].group {
			t.Errorf("«بالبقاء» reads as permanence")
		}
	}
	checkFirst(t, []firstCase{{
		name: "how long it stays",
		sections: []Section{
			section("how", "كيف يتم الإجراء؟", "يعيد الجراح تشكيل القرنية بالليزر دون غرز ويستغرق دقائق."),
			section("results", "النتائج ومدة بقائها", "يصل أغلب المرضى إلى نظر جيد دون نظارة، لكن التغيرات الطبيعية مع العمر تستمر."),
		},
		want: map[string]string{"النتيجة تقعد ولا لا؟": "d#results", "is it permanent?": "d#results"},
	}})
}

// Hair shedding after a treatment ("when will the hair fall out?") is the pages' «يتساقط الشعر
// المعالج», not the condition hair loss («تساقط الشعر», "my hair is falling out"), a topic.
func TestRound18HairSheds(t *testing.T) {
	lx := mustLexicon(t)
	sheds := lx.Concepts(Stems("يتساقط"))
	if len(sheds) != 1 || sheds[0].group < 0 || lx.Topic(sheds[0]) {
		t.Fatalf("«يتساقط» is %+v: want a group, no topic", sheds)
	}
	for _, q := range []string{"when will the hair fall out?", "when will the hair actually fall out?", "يتساقط الشعر بعد الجلسة"} {
		if c := lx.Concepts(keysOf(Analyze(q))); !containsConcept(c, sheds[0]) {
			t.Errorf("%s: concepts %+v, want «يتساقط»'s", q, c)
		}
	}
	for _, q := range []string{"my hair is falling out", "my hair keeps falling out", "عندي تساقط الشعر", "شعري عم يوقع كتير"} {
		if c := lx.Concepts(keysOf(Analyze(q))); containsConcept(c, sheds[0]) {
			t.Errorf("%s: concepts %+v: the condition read as shedding", q, c)
		}
	}
}

// «دوا سيولة», «حبوب السيولة» are the pages' «مميعات الدم» (blood thinners).
func TestRound18BloodThinners(t *testing.T) {
	lx := mustLexicon(t)
	thinners := lx.Concepts(Stems("مميعات الدم"))
	for _, w := range []string{"دوا سيولة", "حبوب السيولة", "سيولة"} {
		c := lx.Concepts(keysOf(Analyze(w)))
		if len(c) != 1 || len(thinners) != 1 || c[0].group < 0 || c[0].group != thinners[0].group {
			t.Errorf("«%s» is %+v, «مميعات الدم» %+v: want one group", w, c, thinners)
		}
	}
}
