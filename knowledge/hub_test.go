package knowledge

import "testing"

// A page's lead paragraph sums up what its sections tell («… الإصابات التي تتركها الرياضة
// بأنواعها …»), so it holds some of nearly every question on the page: the section on sports
// injuries, which says how their kind is found, answers «كيف تعرفون نوع الإصابة اللي تتركها
// الرياضة؟», though the lead says more of its words.
func TestLeadParagraphSumsUp(t *testing.T) {
	docs := []*Document{{ID: "knee", Title: "علاج الركبة والتأهيل", Lang: "ar", Sections: []Section{
		section("s0", "علاج الركبة والتأهيل",
			"يقدم مركزنا برنامجًا متكاملًا لعلاج آلام الركبة، وللإصابات التي تتركها الرياضة بأنواعها، إضافة إلى جلسات التأهيل بعد العمليات."),
		section("s1", "إصابات الملاعب",
			"أكثر الإصابات شيوعًا قطع الرباط الصليبي وتمزق الغضروف الهلالي والتواء الأربطة الجانبية، ويحدد الفحص نوع الإصابة."),
		section("s2", "التأهيل بعد العمليات",
			"يبدأ التأهيل في الأسبوع الأول بتمارين الحركة، ثم تمارين القوة والتوازن حتى العودة إلى النشاط."),
		section("s3", "مواعيد الجلسات",
			"تستغرق الجلسة 45 دقيقة، مرتين إلى ثلاث مرات في الأسبوع."),
	}}}
	ix := MustBuild(t, docs, "")
	if r := ix.Search(Query{Text: "كيف تعرفون نوع الإصابة اللي تتركها الرياضة؟"}); topKey(r) != "knee#s1" {
		t.Errorf("hits %v; want the section on sports injuries (knee#s1) over the page's lead", keysOfHits(r))
	}
}
