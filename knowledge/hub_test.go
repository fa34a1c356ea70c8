package knowledge

import (
	"strings"
	"testing"
)

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

// A sentence telling what many people believe is the page's hook, not what it says: its words are
// not searched, so a question on what it names finds the section that says it. A sentence that tells
// the belief only to deny it («… كما يعتقد بعض الناس») answers, and keeps its words.
func TestHookSentenceIsNotSearched(t *testing.T) {
	if got := unhooked("يعتقد الكثير من الناس أن الحقن للتجميل فقط. لكنه يعالج الصداع."); strings.Contains(got, "التجميل") || !strings.Contains(got, "الصداع") {
		t.Errorf("unhooked %q; want the hook sentence gone and the next kept", got)
	}
	if got, s := unhooked("لا يتم إخراج العين من مكانها كما يعتقد بعض الناس."), "إخراج العين"; !strings.Contains(got, s) {
		t.Errorf("unhooked %q; want the denial kept", got)
	}
	docs := []*Document{{ID: "inj", Title: "استخدامات الحقن", Lang: "ar", Sections: []Section{
		section("s0", "استخدامات الحقن",
			"يعتقد الكثير من الناس أن الحقن مرتبط فقط بإزالة التجاعيد حول العين. وفي الحقيقة يعالج الصداع المزمن والتعرق."),
		section("s1", "الحقن التجميلي",
			"يخفف الحقن خطوط الجبين وحول العين بإرخاء العضلات، وتظهر النتيجة خلال أسبوع."),
		section("s2", "علاج الصداع",
			"يحقن الطبيب نقاطًا حول الرأس والرقبة كل ثلاثة أشهر."),
	}}}
	ix := MustBuild(t, docs, "")
	if r := ix.Search(Query{Text: "الحقن يشيل التجاعيد اللي حول العين؟"}); topKey(r) != "inj#s1" {
		t.Errorf("hits %v; want the section that says it (inj#s1), not the hook", keysOfHits(r))
	}
}

// Build reads a passage's text as normalUnhooked gives it: Normalize(unhooked(text)), with one
// normalisation when the text has no hook; and hooked's test of the markers' first words rules out
// no text that holds a marker.
func TestNormalUnhooked(t *testing.T) {
	for _, text := range []string{
		"يعتقد الكثير من الناس أن الحقن للتجميل فقط. لكنه يعالج الصداع.",
		"لا يتم إخراج العين من مكانها كما يعتقد بعض الناس.",
		"Many people think it hurts. It does not!",
		"يتساءل الكثيرون عن مدة النتيجة؟ تدوم ثلاثة أشهر.",
		"تدوم النتيجة ثلاثة أشهر، وأحيانًا أكثر.",
		"",
	} {
		if got, want := normalUnhooked(text), Normalize(unhooked(text)); got != want {
			t.Errorf("normalUnhooked(%q) = %q; want %q", text, got, want)
		}
	}
	for _, m := range normHooks {
		if !hooked(m) || !hooked("نص "+m+" نص") {
			t.Errorf("hooked misses the marker %q", m)
		}
	}
}

// passagesOf counts the runes of a short section's answer once for its passages: each passage's
// answerLen is what answerRunes counts of it.
func TestAnswerLenCounted(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for i := range ix.passages {
		if p := &ix.passages[i]; p.answerLen != p.answerRunes() {
			t.Errorf("%s: answerLen %d, answerRunes %d", p.Key, p.answerLen, p.answerRunes())
		}
	}
}
