package knowledge

import "testing"

// A number or a span told under a heading that names another treatment than the one asked of is
// that treatment's: «علاج العصب كم جلسة؟ وكل جلسة قد ايش تطول؟» asks the root canal's sessions,
// which the implant's lifetime («كم تدوم الزرعة؟»), on the same page, does not tell, however many
// years it gives.
func TestSpanUnderAnotherTreatment(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "زراعة الأسنان وعلاج العصب", Lang: "ar", Sections: []Section{
		section("implant", "زراعة الأسنان", "الزرعة جذر صناعي من التيتانيوم يثبت في عظم الفك مكان السن المفقود."),
		section("lasts", "كم تدوم الزرعة؟", "يمكن أن تدوم الزرعة عمرًا طويلًا مع العناية الجيدة، أما التاج فوقها فقد يحتاج إلى تبديل بعد سنوات."),
		section("rc", "كيف يتم علاج العصب؟", "بعد التخدير الموضعي يزيل الطبيب العصب الملتهب وينظف القنوات ثم يحشوها، في جلسة أو جلستين حسب الحالة."),
	}}})
	for _, q := range []string{"علاج العصب كم جلسة يبي؟ وكل جلسة قد ايش تطول؟"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "d#rc" {
			t.Errorf("%s: hits %v; want d#rc first", q, keysOfHits(r))
		}
	}
}

// An FAQ whose question asks yes or no, as the patient's does, and holds most of what is asked and
// all that its answer shares with it, is the kind of answer asked, even when a section says more of
// the question's words in passing: «لازم اشتري لولدي جزمة طبية؟ رجله مسطحة بس ما يشتكي» is «هل
// يفيد الحذاء الطبي كل طفل عنده قدم مسطحة؟», not the section on flat feet that names shoes and
// complaints among much else.
func TestYesNoFAQAsksTheSame(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "الأطفال وكبار السن", Lang: "ar",
		Sections: []Section{
			section("flat", "القدم المسطحة عند الأطفال", "القدم المسطحة طبيعية عند أغلب الأطفال حتى عمر ست سنوات، لأن قوس القدم يتكون مع النمو. نفحص الطفل إذا كان يشتكي من ألم أو تعب سريع، وقد نصف حذاء طبيًا أو دعامة للقوس مع تمارين."),
			section("fall", "الوقاية من السقوط", "برنامج تمارين للتوازن وتقوية الساقين لكبار السن."),
			section("back", "انحناء الظهر والحقيبة المدرسية", "نفحص قوام الظهر عند الأطفال في سن المدرسة ونعلمهم حمل الحقيبة على الكتفين."),
			section("clinic", "عيادة قوام الأطفال", "نستقبل الأطفال من عمر سنتين لتقييم المشي والقوام."),
			section("home", "التمارين في البيت", "نعطي كل مريض برنامج تمارين يومية يؤديها في البيت بين الجلسات."),
		},
		FAQs: []FAQ{
			{ID: "q1", Question: "هل يفيد الحذاء الطبي كل طفل عنده قدم مسطحة؟", Answer: "لا، القدم المسطحة المرنة لا تحتاج إلى الحذاء الطبي: إذا ظهر القوس عند الوقوف على أطراف الأصابع ولم يكن هناك ألم فلا حاجة إلى الحذاء الطبي ولا إلى الدعامة."},
			{ID: "q2", Question: "هل يحضر أحد مع كبير السن في الجلسة؟", Answer: "نعم، يفضل أن يحضر أحد أفراد الأسرة ليتعلم التمارين."},
		},
	}})
	for _, q := range []string{"لازم اشتري لولدي جزمة طبية؟ رجله مسطحة بس ما يشتكي"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "d#q1" {
			t.Errorf("%s: hits %v; want d#q1 first", q, keysOfHits(r))
		}
	}
}
