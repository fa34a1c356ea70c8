package bot_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/faqbot/faqbot/bot"
)

// conv29Pages are two made-up pages: an eardrum repair (preparing for it, how it is done, what comes
// after it) and hearing aids, whose text shares the words of hearing well again.
var conv29Pages = fstest.MapFS{
	"eardrum.md": {Data: []byte(`---
title: ترقيع طبلة الأذن
lang: ar
page_id: eardrum
---
# ترقيع طبلة الأذن

## التحضير لعملية ترقيع الطبلة

نجري قبل العملية تخطيطًا للسمع وصورة مقطعية للأذن. أخبر الطبيب عن أدويتك، خاصة مميعات الدم، ولا تأكل شيئًا ست ساعات قبلها.

## كيف تتم العملية؟

يأخذ الجراح رقعة صغيرة من غشاء العضلة خلف الأذن ويضعها مكان الثقب تحت تخدير عام، وتستغرق العملية نحو ساعة.

## بعد العملية

يتحسن السمع تدريجيًا خلال أسبوعين إلى ستة أسابيع بعد ذوبان الحشوة. تجنب دخول الماء إلى الأذن والعطس بفم مغلق شهرًا كاملًا، واستخدم المضاد الحيوي حسب الوصفة.
`)},
	"aids.md": {Data: []byte(`---
title: سماعات الأذن
lang: ar
page_id: aids
---
# سماعات الأذن

## أنواع السماعات

نوفر سماعات خلف الأذن وداخل القناة، وتساعد على سماع الأصوات بوضوح من أول يوم، ويتعود أغلب المرضى عليها خلال أيام قليلة.

## العناية بالسماعة

نظف السماعة يوميًا بقطعة قماش جافة وأبعدها عن الماء والرطوبة.
`)},
}

// conv29Engine is an engine over conv29Pages, with pagesEngine's state maker.
func conv29Engine(t *testing.T) (*bot.Engine, func(marker, asked, lang string) bot.State) {
	return pagesEngine(t, conv29Pages)
}

// "And after, how many days until I hear well?" after how to prepare for an operation asks what
// comes after the operation, which the page's «بعد …» section tells, though a passage on another page
// shares more of the words of hearing well: the after is the conversation's, in the dialects,
// Arabizi and English.
func TestConv29AfterItselfStaysOnPage(t *testing.T) {
	e, at := conv29Engine(t)
	const after = "ذوبان الحشوة"
	for _, c := range []struct{ asked, lang, q string }{
		{"وش اسوي قبل عمليه ترقيع الطبله", "ar", "وبعد كم يوم اسمع زين؟"},                                  // Gulf
		{"شو لازم اعمل قبل عمليه الطبله", "ar", "وبعدها قديش لحتى اسمع منيح؟"},                             // Levantine
		{"اعمل ايه قبل عمليه الطبله", "ar", "طب وبعدها هسمع كويس امتى؟"},                                   // Egyptian
		{"sh asawi gabl 3amaliyat el tabla", "ar", "w ba3d kam yom asma3 zain?"},                           // Arabizi
		{"what do i do before the eardrum operation", "en", "and after, how many days until i hear well?"}, // English
	} {
		r, _ := e.Respond(c.q, at("تخطيطًا للسمع", c.asked, c.lang))
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, after) {
			t.Errorf("%q after the preparation: got %s %q, want the section after the operation", c.q, r.Kind, r.Text)
		}
	}
}

// After something else than the conversation's topic («بعد الولادة») is not after the operation.
func TestConv29AfterSomethingElse(t *testing.T) {
	e, at := conv29Engine(t)
	for _, q := range []string{"and after giving birth can i wear a hearing aid?", "w ba3d el wilada a2dar albas sama3a?"} {
		r, _ := e.Respond(q, at("تخطيطًا للسمع", "وش اسوي قبل عمليه ترقيع الطبله", "ar"))
		if strings.Contains(r.Text, "ذوبان الحشوة") {
			t.Errorf("%q: got the section after the operation %q", q, r.Text)
		}
	}
}
