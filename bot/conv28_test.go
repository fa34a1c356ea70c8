package bot_test

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/knowledge"
)

// conv28Page is a made-up page: preparing for an ear-wax wash, its steps, how it feels during and
// after, the care after it, and its side effects. The steps say nothing of safety.
const conv28Page = `---
title: غسيل الأذن
lang: ar
page_id: earwash
---
# غسيل الأذن

## التحضير لجلسة غسيل الأذن

- ضع قطرات زيت الزيتون في الأذن ثلاث ليال قبل الجلسة لتليين الشمع.
- لا تستخدم أعواد القطن قبل الجلسة.

## خطوات الجلسة

يستخدم الطبيب ماءً دافئًا بضغط خفيف لإخراج الشمع من القناة، ثم يفحص الطبلة بالمنظار.

## الإحساس أثناء الجلسة وبعدها

قد تشعر بدوخة خفيفة أو برودة في الأذن تزول خلال دقائق.

## العناية بعد الجلسة

- تجنب السباحة يومين.
- جفف الأذن بمنشفة ولا تدخل فيها أعواد القطن.
- تناول الطعام والشراب كالمعتاد.

## الآثار الجانبية

قد يحدث احمرار خفيف أو طنين مؤقت يختفي خلال يوم، ونادرًا التهاب في القناة.
`

// conv28Engine is an engine over conv28Page, with pagesEngine's state maker.
func conv28Engine(t *testing.T) (*bot.Engine, func(marker, asked, lang string) bot.State) {
	return pagesEngine(t, fstest.MapFS{"earwash.md": {Data: []byte(conv28Page)}})
}

// pagesEngine is an engine over pages, and the state of a conversation just answered from the
// section whose text holds marker, with the words asked and the patient's language.
func pagesEngine(t *testing.T, pages fs.FS) (*bot.Engine, func(marker, asked, lang string) bot.State) {
	t.Helper()
	ix, err := knowledge.Open(pages)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return bot.NewEngine(ix, bot.Config{}), func(marker, asked, lang string) bot.State {
		for _, p := range ix.Passages() {
			if strings.Contains(p.Text, marker) {
				return bot.State{Topic: p.Key, Lang: lang, Asked: asked}
			}
		}
		t.Fatalf("no passage holds %q", marker)
		return bot.State{}
	}
}

// "After the session", said of the session the conversation is on (the preparation for it, its
// steps), asks what comes after it: the care after the session, in the dialects, Arabizi and
// English, whether "after" opens the question or closes it; not the section read again because its
// heading says "session" too, nor how it feels during the session and after.
func TestConv28AfterTheTopicsSession(t *testing.T) {
	e, at := conv28Engine(t)
	const care = "تجنب السباحة"
	for _, c := range []struct{ marker, asked, lang, q string }{
		{"زيت الزيتون", "وش اسوي قبل جلسه غسيل الاذن", "ar", "وبعد الجلسة وش اسوي؟"},       // Gulf
		{"زيت الزيتون", "شو لازم اعمل قبل الجلسه", "ar", "وشو لازم اعمل بعد الجلسة؟"},      // Levantine
		{"زيت الزيتون", "اعمل ايه قبل الجلسه", "ar", "طب وبعد الجلسة أعمل ايه؟"},           // Egyptian
		{"زيت الزيتون", "لازم اسوي شي قبل الجلسه", "ar", "وش لازم اسوي بعد الجلسة؟"},       // closing "after"
		{"بضغط خفيف", "كيف بيعملوا غسيل الاذن", "ar", "وشو لازم اعمل بعد الجلسة؟"},         // after the steps
		{"زيت الزيتون", "what do i do before the session", "en", "and after the session?"}, // English
	} {
		r, _ := e.Respond(c.q, at(c.marker, c.asked, c.lang))
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, care) {
			t.Errorf("%q: got %s %q, want the care after the session", c.q, r.Kind, r.Text)
		}
	}
}

// Of two sections headed with after that are as near to what was asked, the one holding the
// follow-up's own words answers: eating after the session is in the care, not in how it feels after.
func TestConv28AfterSectionHoldingTheQuestion(t *testing.T) {
	e, at := conv28Engine(t)
	for _, q := range []string{"وبعد الجلسة اقدر اكل؟", "وبعد الجلسة اكل عادي؟", "وبعد الجلسة باكل عادي ولا؟"} {
		r, _ := e.Respond(q, at("زيت الزيتون", "وش اسوي قبل الجلسه", "ar"))
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, "تناول الطعام") {
			t.Errorf("%q: got %s %q, want the care after the session", q, r.Kind, r.Text)
		}
	}
}

// "Is it safe?" asked of a section that says nothing of safety is answered by what the page says of
// side effects, in every dialect, Arabizi and English; a question of safety naming something of its
// own is not read so, and a section that speaks of safety itself answers it.
func TestConv28IsItSafeAfterASection(t *testing.T) {
	e, at := conv28Engine(t)
	const effects = "طنين مؤقت"
	for _, c := range []struct{ q, lang string }{
		{"وهو آمن؟", "ar"},           // Gulf, Levantine
		{"طب هو آمن ولا لا؟", "ar"},  // Egyptian
		{"وهل هو آمن؟", "ar"},        // MSA
		{"and is it safe?", "en"},    // English
		{"is it safe though?", "en"}, // English
		{"w howa aman?", "ar"},       // Arabizi
	} {
		r, _ := e.Respond(c.q, at("بضغط خفيف", "كيف يسوون غسيل الاذن", c.lang))
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, effects) {
			t.Errorf("%q after the steps: got %s %q, want the side effects", c.q, r.Kind, r.Text)
		}
	}
}

// conv28Light is a made-up page: what a light treatment is, how long its result lasts (no reason
// given), and the follow-up sessions, which say why it lasts longer for some patients.
const conv28Light = `---
title: العلاج بالضوء للجلد
lang: ar
page_id: lighttherapy
---
# العلاج بالضوء للجلد

## ما هو العلاج بالضوء؟

جلسات قصيرة يعرض فيها الجلد لضوء بطول موجة محدد يهدئ الالتهاب.

## مدة النتيجة

تستمر النتيجة عادة عدة أشهر، وقد تدوم مدة أطول.

## جلسات المتابعة

تدوم النتيجة مدة أطول عند بعض المرضى المنتظمين في جلسات المتابعة، لأن الالتهاب يهدأ تدريجيًا مع كل جلسة ويقل رجوعه.
`

// A why-question naming what it asks of («وليش تدوم النتيجة مدة أطول عند بعض المرضى؟», in Gulf,
// Egyptian and MSA wording) answered by a passage that only says it, without a reason, goes to the passage that gives the reason and holds more
// of the question.
func TestConv28WhyGoesToTheReason(t *testing.T) {
	ix, err := knowledge.Open(fstest.MapFS{"light.md": {Data: []byte(conv28Light)}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	e := bot.NewEngine(ix, bot.Config{})
	key := ""
	for _, p := range ix.Passages() {
		if strings.Contains(p.Text, "بطول موجة") {
			key = p.Key
		}
	}
	const reason = "لأن الالتهاب يهدأ"
	for _, c := range []struct{ q, lang string }{
		{"وليش تدوم النتيجة مدة أطول عند بعض المرضى؟", "ar"},     // Gulf
		{"طب وليه النتيجة بتدوم مدة أطول عند بعض المرضى؟", "ar"}, // Egyptian
		{"ولماذا تدوم النتيجة مدة أطول عند بعض المرضى؟", "ar"},   // MSA
	} {
		r, _ := e.Respond(c.q, bot.State{Topic: key, Lang: c.lang, Asked: "العلاج بالضوء"})
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, reason) {
			t.Errorf("%q: got %s %q, want the reason", c.q, r.Kind, r.Text)
		}
	}
}

// Whether it hurts afterwards, asked of the conversation's treatment (deep cleaning for gum disease),
// is answered by its own page telling how it feels after, not by another page's passage on pain after
// an extraction, in English and the dialects.
func TestConv28HurtAskedOfTheTopic(t *testing.T) {
	e := clinicEngine(t, "dental")
	for _, c := range []struct{ first, q string }{
		{"my gums are swollen and bleed, how do you treat gum disease?", "will I be sore after?"},
		{"my gums are swollen and bleed, how do you treat gum disease?", "is it painful afterwards?"},
		{"لثتي ملتهبة وتنزف، كيف تعالجون اللثة؟", "وبتوجع بعدها؟"},
	} {
		runConversation(t, e, []turn{
			{c.first, bot.KindAnswer, "تنظيف الجير"},
			{c.q, bot.KindAnswer, "بعد التنظيف العميق"},
		})
	}
}
