package bot_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/knowledge"
)

// conv27Page is a made-up hearing clinic's page: who needs a hearing test, then how it is done, then
// the consultation, then what treatment follows.
const conv27Page = `---
title: فحص السمع والاستشارة
lang: ar
page_id: hearing
---
# فحص السمع

## من يحتاج فحص السمع؟

ننصح بفحص السمع لكل من تجاوز الخمسين، ولمن يعمل في مكان صاخب، ولمن لاحظ أهله أنه يرفع صوت التلفاز كثيرًا.

## كيف نفحص السمع؟

يجلس المريض في غرفة هادئة ويلبس سماعات، ويضغط زرًا كلما سمع نغمة خفيفة، ثم نقيس ضغط الأذن الوسطى بجهاز صغير. يستغرق فحص السمع قرابة نصف ساعة ولا يؤلم.

## العلاج بعد الفحص

إذا ظهر ضعف في السمع نشرح الخيارات، ومنها المعينات السمعية التي تُضبط على نتيجة الفحص.

# الاستشارة

## الحالات التي تحتاج تقييما دقيقا

من لديه طنين مستمر أو دوخة متكررة يحتاج تقييما أدق قبل اختيار المعينات السمعية.

## الاستشارة وما يجري فيها

في الاستشارة يسأل الطبيب عن التاريخ المرضي والأدوية ونمط العمل، ويفحص الأذن بالمنظار، ثم يقترح الخطة المناسبة.
`

// conv27Engine is an engine over conv27Page, and the state of a conversation just answered from its
// section on who needs the test (the words asked, lang).
func conv27Engine(t *testing.T) (*bot.Engine, func(asked, lang string) bot.State) {
	t.Helper()
	ix, err := knowledge.Open(fstest.MapFS{"hearing.md": {Data: []byte(conv27Page)}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	key := ""
	for _, p := range ix.Passages() {
		if strings.Contains(p.Text, "تجاوز الخمسين") {
			key = p.Key
		}
	}
	if key == "" {
		t.Fatal("no section on who needs the test")
	}
	return bot.NewEngine(ix, bot.Config{}), func(asked, lang string) bot.State {
		return bot.State{Topic: key, Lang: lang, Asked: asked}
	}
}

// A follow-up asking what is done in the thing the conversation is about («وش يسوون بالفحص؟», "what
// do they do in the test?") after the section on who needs it goes on to the section of the page that
// tells how it is done, in the dialects, Arabizi and English, not the same section again.
func TestConv27WhatIsDoneGoesToHowSection(t *testing.T) {
	e, after := conv27Engine(t)
	const how = "يضغط زرًا كلما سمع نغمة"
	for _, c := range []struct{ asked, lang, q string }{
		{"ابوي يحتاج فحص السمع", "ar", "وش يسوون بالفحص؟"},           // Gulf
		{"لازم اعمل فحص سمع", "ar", "وشو بيعملوا بالفحص؟"},           // Levantine
		{"يحتاج فحص السمع", "ar", "طب وبيعملوا ايه في الفحص؟"},       // Egyptian
		{"needs hearing test", "en", "what do they do in the test?"}, // English
		{"needs hearing test", "en", "and what happens in the test?"},
	} {
		r, _ := e.Respond(c.q, after(c.asked, c.lang))
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, how) {
			t.Errorf("%q after who needs the test: got %s %q, want how the test is done", c.q, r.Kind, r.Text)
		}
	}
}

// "How long does it last?" and the like open with "how" and a verb too, but ask no procedure: the
// reading of what is done leaves them alone.
func TestConv27HowLongIsNotWhatIsDone(t *testing.T) {
	e, after := conv27Engine(t)
	r, _ := e.Respond("how long does it take?", after("needs hearing test", "en"))
	if r.Kind == bot.KindAnswer && !strings.Contains(r.Text, "نصف ساعة") && strings.Contains(r.Text, "يضغط زرًا") {
		t.Errorf("how long: got %q", r.Text)
	}
}

// conv27Laser is a made-up page: how many laser sessions and whether the hair comes back, then what
// to do after a session.
const conv27Laser = `---
title: ليزر إزالة الشعر
lang: ar
page_id: laser
---
# ليزر إزالة الشعر

## عدد الجلسات والنتيجة

يحتاج أغلب الناس من ست إلى ثماني جلسات بينها أربعة إلى ستة أسابيع. بعد انتهاء الجلسات يقل الشعر كثيرًا، وقد يعود بعضه خفيفًا مع الوقت فيحتاج جلسة تنشيط كل سنة.

## بعد جلسة الليزر

بعد الجلسة ضع كريمًا مرطبًا وتجنب الشمس والساونا يومين، ولا تنتف الشعر بين الجلسات.
`

// A follow-up asking whether the hair comes back once the sessions are over («وبعدها خلاص ما يرجع؟»)
// asks of the result the section on sessions tells, not what to do after a session; asking when one
// goes back to something after the session still gets the aftercare.
func TestConv27ComesBackStaysOnResult(t *testing.T) {
	ix, err := knowledge.Open(fstest.MapFS{"laser.md": {Data: []byte(conv27Laser)}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	e := bot.NewEngine(ix, bot.Config{})
	key := ""
	for _, p := range ix.Passages() {
		if strings.Contains(p.Text, "ست إلى ثماني جلسات") {
			key = p.Key
		}
	}
	for _, q := range []string{
		"وبعدها خلاص ما يرجع؟",              // Gulf
		"وبعد ما اخلص الجلسات بيرجع الشعر؟", // Levantine
		"وبعد كده هيرجع تاني؟",              // Egyptian
	} {
		r, _ := e.Respond(q, bot.State{Topic: key, Lang: "ar", Asked: "الليزر الشعر جلسات"})
		if strings.Contains(r.Text, "كريمًا مرطبًا") {
			t.Errorf("%q after the sessions: got the aftercare %q", q, r.Text)
		}
	}
}

// «طيب وليش؟» after an answer that gives its reason is answered with it, in the dialects and English,
// not with "I could not find an answer".
func TestConv27WhyWithWawAfterAnswer(t *testing.T) {
	eye := clinicEngine(t, "eye")
	for _, conv := range [][]turn{
		{{"ابني عمره ١٣ سنة، ينفع يسوي ليزك؟", bot.KindAnswer, ""}, {"طيب وليش؟", bot.KindAnswer, ""}},     // Gulf
		{{"بنتي عمرها ١٥، فيها تعمل ليزك؟", bot.KindAnswer, ""}, {"وليه يعني؟", bot.KindAnswer, ""}},       // Egyptian
		{{"can my 14 year old have lasik?", bot.KindAnswer, ""}, {"and why is that?", bot.KindAnswer, ""}}, // English
	} {
		runConversation(t, eye, conv)
	}
}
