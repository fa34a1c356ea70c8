package knowledge

import "testing"

// Patients' everyday words for what the pages write otherwise: each question failed before its entry in
// knowledge/lang/general.txt.
func TestLex16PatientWords(t *testing.T) {
	checkFirst(t, []firstCase{{
		// English "test" is the pages' «فحص».
		name: "test",
		sections: []Section{
			section("exam", "الفحص قبل العلاج", "يتم فحص الجلد وتحديد النوع المناسب قبل البدء."),
			section("price", "الأسعار", "تختلف الأسعار حسب عدد الجلسات."),
			section("when", "متى تبدأ", "تبدأ الجلسة الأولى بعد أسبوع من الحجز."),
		},
		want: map[string]string{
			"is there a test?": "d#exam",
			"متى نفحص؟":        "d#exam",
		},
	}, {
		// Dead or alive, said of a tooth or tissue, asks one thing: whether it still lives.
		name: "dead",
		sections: []Section{
			section("what", "ما هو علاج العصب؟", "علاج العصب هو إزالة اللب الملتهب من داخل السن وتنظيف القنوات ثم حشوها."),
			section("alive", "هل يبقى السن حيًا بعد علاج العصب؟", "يصبح السن بلا عصب لكنه يبقى ثابتًا في مكانه."),
		},
		want: map[string]string{
			"السن بعد علاج العصب يكون ميت؟": "d#alive",
		},
	}, {
		// Sleeping in hospital after an operation is the pages' going home the same day.
		name: "overnight",
		sections: []Section{
			section("how", "كيف تتم العملية؟", "تستغرق العملية عشرين دقيقة تحت تخدير موضعي، ويعود المريض إلى بيته في نفس اليوم."),
			section("after", "بعد العملية", "استخدم القطرات أربع مرات يوميًا وتجنب فرك العين."),
		},
		want: map[string]string{
			"بعد العملية بتنوم بالمستشفى؟": "d#how",
			"do I stay overnight?": "d#how",
		},
	}})
}

// "Kind of", "sort of" hedge and «the cosmetic kind» stands for the thing named: the word weighs
// little, not as a question of types.
func TestLex16KindIsMinor(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("types", "أنواع الحشوات", "نستخدم الحشوات التجميلية بلون السن والحشوات الفضية."),
	}}})
	for _, q := range []string{"my tooth feels kind of sensitive after the filling", "do silver fillings last longer than the other kind?"} {
		cs := ix.Explain(q)
		for _, c := range cs {
			for _, o := range cs {
				if c.Said == "kind" && o.Said != "kind" && o.Known && c.Weight >= o.Weight {
					t.Errorf("%s: %q weighs %.2f, %q %.2f; want the hedge to weigh least", q, c.Said, c.Weight, o.Said, o.Weight)
				}
			}
		}
	}
}

// «سنوات» (years), like «سنين», places the question in time or tells an age: it weighs little beside
// what is asked.
func TestLex16YearsAreMinor(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("toes", "المشي على أطراف الأصابع", "يقيم الأخصائي الأطفال الذين يمشون على أطراف الأصابع بعد عمر ثلاث سنوات."),
		section("check", "فحص القوام", "ننصح بفحص القوام مرة كل عام خلال المدرسة."),
	}}})
	q := "ولدي عمره ٣ سنوات يمشي على اصابعه"
	cs := ix.Explain(q)
	for _, c := range cs {
		for _, o := range cs {
			if c.Said == "سنو" && o.Said != c.Said && o.Known && c.Weight >= o.Weight/2 {
				t.Errorf("%s: %q weighs %.2f, %q %.2f; want the years to weigh far less", q, c.Said, c.Weight, o.Said, o.Weight)
			}
		}
	}
}
