package bot_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/faqbot/faqbot/bot"
)

// conv31bPage is a made-up page: peels for dark patches, how many sessions they take (a length of
// time of the course, naming no result), how long their result lasts, and a mask whose section tells
// how long its result lasts.
const conv31bPage = `---
title: التقشير للبقع الداكنة
lang: ar
page_id: peel
---
# التقشير للبقع الداكنة

## جلسات التقشير

تحتاج البقع من 4 إلى 6 جلسات تقشير بفاصل 3 إلى 4 أسابيع.

## هل تعود البقع بعد جلسات التقشير؟

بعد انتهاء جلسات التقشير تفتح البقع تدريجيًا، لكنها حالة مزمنة يمكن السيطرة عليها وقد تعود مع الشمس والحرارة، لذلك نوصي بجلسة تنشيطية كل سنة.

## قناع الترطيب

يرطب قناع الترطيب البشرة بعد التقشير، وتظهر نتائجه خلال أيام وتستمر عدة أسابيع.
`

// «وهل النتيجة دائمة؟» after the sessions of a treatment: the length of time the sessions section
// tells is of the course, not of the result the question names, so the passage of the page saying
// whether the result lasts answers. After a section telling how long its result lasts, that section
// still answers; a question naming no result («وهتروح خالص؟») still stays on a section telling a
// length of time.
func TestConv31bPermanenceOfTheResultAfterTheCourse(t *testing.T) {
	e, at := pagesEngine(t, fstest.MapFS{"peel.md": {Data: []byte(conv31bPage)}})
	for _, c := range []struct{ marker, asked, q, want string }{
		{"بفاصل 3 إلى 4 أسابيع", "كم جلسة تقشير احتاج للبقع", "وهل النتيجة دائمة؟", "قد تعود"},
		{"بفاصل 3 إلى 4 أسابيع", "كم جلسة تقشير احتاج للبقع", "وهل النتيجة دايمة؟", "قد تعود"},
		{"وتستمر عدة أسابيع", "قناع الترطيب بعد التقشير", "وهل النتيجة دائمة؟", "وتستمر عدة أسابيع"},
	} {
		r, _ := e.Respond(c.q, at(c.marker, c.asked, "ar"))
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, c.want) {
			t.Errorf("%q after %q: got %s %q, want %q", c.q, c.asked, r.Kind, r.Text, c.want)
		}
	}
}
