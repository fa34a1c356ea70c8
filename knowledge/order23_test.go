package knowledge

import (
	"strings"
	"testing"
	"testing/fstest"
)

// A list cut to the items that name what a question names (excerpt) keeps the item that gives the
// kind of answer asked: «كل كم لازم أتحرك؟» asks how often, which the item on the screen and the
// neck the patient names does not tell, and the item «كل عشرين دقيقة» does; "how soon can I go back
// to the office" asks a span, which the item «خلال يومين» gives.
func TestOrder23ListItemOfTheKindAsked(t *testing.T) {
	ar := "---\ntitle: العمل المكتبي وآلام الرقبة\npage_id: desk\n---\n" +
		"## نصائح للعمل المكتبي\n\nلتخفيف الضغط أثناء العمل:\n\n" +
		"- ارفع الشاشة إلى مستوى العين وأبقِ الرقبة مستقيمة.\n" +
		"- انهض وتحرك قليلًا كل عشرين دقيقة من الجلوس.\n" +
		"- ضع القدمين على الأرض وأسند الظهر إلى الكرسي.\n" +
		"- يعود أغلب المرضى إلى المكتب خلال يومين أو ثلاثة من بدء الألم.\n\n" +
		"## متى تراجع الطبيب\n\nإذا امتد الألم إلى الذراع أو صاحبه تنميل فاحجز موعدًا للتقييم.\n\n" +
		"## النوم والوسادة\n\nاختر وسادة متوسطة الارتفاع تسند العنق أثناء النوم على الجنب.\n\n" +
		"## التمارين المنزلية\n\nيعلمك المعالج تمارين إطالة بسيطة تؤديها في البيت صباحًا ومساءً.\n\n" +
		"## الكمادات\n\nتفيد الكمادات الدافئة في إرخاء العضلات المشدودة بعد يوم طويل.\n\n" +
		"## الأدوية\n\nقد يصف الطبيب مسكنًا خفيفًا أو مرهمًا موضعيًا لفترة قصيرة.\n"
	en := "---\ntitle: Desk work and neck pain\npage_id: desk-en\n---\n" +
		"## Desk work tips\n\nTo ease the strain while you work:\n\n" +
		"- Raise the screen to eye level and keep the neck straight.\n" +
		"- Stand up and walk a little every 20 minutes of sitting.\n" +
		"- Keep both feet on the floor and the back against the chair.\n" +
		"- Most patients return to the office within two or three days of the pain starting.\n\n" +
		"## When to see the doctor\n\nIf the pain spreads to the arm or comes with numbness, book a visit.\n\n" +
		"## Sleep and pillows\n\nChoose a pillow of medium height that supports the head when lying on your side.\n\n" +
		"## Home exercises\n\nYour therapist teaches you simple stretches to do at home morning and evening.\n\n" +
		"## Warm compresses\n\nWarm compresses relax tight muscles after a long day.\n\n" +
		"## Medicines\n\nThe doctor may prescribe a mild painkiller or a cream for a short while.\n"
	for name, c := range map[string]struct {
		md   string
		want map[string]string
	}{
		"ar": {ar, map[string]string{
			"أشتغل على الشاشة طول اليوم ورقبتي تتعبني، كل كم لازم أتحرك؟": "كل عشرين دقيقة",
			"رقبتي توجعني من الشاشة، كل قديش لازم قوم عن الكرسي؟":         "كل عشرين دقيقة",
		}},
		"en": {en, map[string]string{
			"my neck hurts from the screen all day, how often should I get up?":             "every 20 minutes",
			"with the screen and my neck like this, how long until I'm back at the office?": "within two or three days",
		}},
	} {
		ix, err := Open(fstest.MapFS{"desk.md": {Data: []byte(c.md)}})
		if err != nil {
			t.Fatal(err)
		}
		for q, want := range c.want {
			res := ix.Search(Query{Text: q})
			if len(res.Hits) == 0 {
				t.Errorf("%s %s: no hits", name, q)
				continue
			}
			if a := res.Hits[0].Answer(); !strings.Contains(a, want) {
				t.Errorf("%s %s: answer %q, want it to hold %q", name, q, a, want)
			}
		}
		ix.Close()
	}
}

// A question asking yes or no of an age it tells («بنتي عمرها ١٣، ينفع لها؟») asks whether the
// treatment suits that age: the section whose heading names ages answers, not the one on the
// complaint told beside the age, which names it more often.
func TestOrder23AgeAskedOf(t *testing.T) {
	checkFirst(t, []firstCase{{
		name: "age asked of",
		sections: []Section{
			section("sweat", "علاج فرط التعرق", "يعاني بعض الأشخاص من التعرق المفرط في الإبطين واليدين، ويخففه العلاج لعدة أشهر بعد جلسة قصيرة."),
			section("ages", "هل العلاج مناسب لكل الأعمار؟", "يحدد الطبيب مدى مناسبة العلاج لكل عمر بعد الفحص ومراجعة التاريخ الصحي."),
			section("session", "الجلسة", "تستغرق الجلسة نصف ساعة مع وخز خفيف."),
			section("after", "بعد الجلسة", "تجنب الرياضة العنيفة يومًا واحدًا."),
			section("cost", "المواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
			section("risks", "الأعراض الجانبية", "قد يظهر احمرار خفيف مكان الوخز يزول خلال ساعات."),
		},
		want: map[string]string{
			"بنتي عمرها ١٦ سنة، بصير تاخد العلاج للتعرق؟":  "d#ages",
			"ولدي عمره ١٤ ويعرق كثير، ينفع له العلاج؟":     "d#ages",
			"ينفع أسوي العلاج وأنا عمري ٦٣ ولا السن يفرق؟": "d#ages",
			"التعرق المفرط كيف تعالجونه؟":                  "d#sweat",
		},
	}})
}
