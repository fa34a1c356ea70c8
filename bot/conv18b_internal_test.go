package bot

import (
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

func TestAsksHowOften(t *testing.T) {
	for _, q := range []string{"كل كم؟", "وكل كم مرة بعدين؟", "وكل قديش لازم نغير الدرجة؟", "كم مرة بالأسبوع يجي؟",
		"and how often should i get a cleaning?", "how many times a year?"} {
		if !asksHowOften(knowledge.Words(q)) {
			t.Errorf("asksHowOften(%q) = false", q)
		}
	}
	for _, q := range []string{"كم تاخذ العملية؟", "متى تبين النتيجة؟", "how long does it last?", "كل شي تمام"} {
		if asksHowOften(knowledge.Words(q)) {
			t.Errorf("asksHowOften(%q) = true", q)
		}
	}
}

func TestTellsFrequency(t *testing.T) {
	for _, s := range []string{"ننصح بتنظيف الجير كل ستة أشهر", "ونراجع الدرجة كل 6 إلى 12 شهرًا",
		"changed every one to two weeks", "جلستين إلى ثلاث جلسات أسبوعيًا"} {
		if !tellsFrequency(s) {
			t.Errorf("tellsFrequency(%q) = false", s)
		}
	}
	for _, s := range []string{"تستغرق العملية من 15 إلى 20 دقيقة", "كل المرضى يحتاجون تقييمًا", "every patient"} {
		if tellsFrequency(s) {
			t.Errorf("tellsFrequency(%q) = true", s)
		}
	}
}

func TestAsksTreatmentAtHome(t *testing.T) {
	for _, q := range []string{"طيب وش اسوي له بالبيت؟", "أعمله ايه في البيت؟"} {
		if !asksTreatment(knowledge.Words(q)) {
			t.Errorf("asksTreatment(%q) = false", q)
		}
	}
	if asksTreatment(knowledge.Words("عندكم خدمة زيارة للبيت؟")) {
		t.Error("asksTreatment(a home-visit offer) = true")
	}
}
