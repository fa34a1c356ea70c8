package knowledge

import (
	"testing"
	"testing/fstest"
)

// A question asking whether a result is for good is answered by the section headed with the result
// and the sessions, which never says "permanent", not by the after-care or side-effects sections whose
// redness passes «خلال ساعات» or is «مؤقت»; one asking whether it comes back «بعد كم سنة» asks that,
// not how long something takes.
func TestPermanenceQuestionFindsTheResult(t *testing.T) {
	md := "---\ntitle: إزالة الشعر بالليزر\npage_id: laser\n---\n" +
		"## آلية العمل\n\nيستهدف الضوء صبغة الجذر فيضعف البصيلة.\n\n" +
		"## عدد الجلسات والنتيجة\n\nيحتاج أغلب المرضى من 6 إلى 8 جلسات. بعد الجلسات يقل الشعر بنسبة كبيرة، وقد يحتاج المريض جلسة تنشيطية مرة في السنة.\n\n" +
		"## بعد جلسة الليزر\n\n- احمرار خفيف حول بصيلات الشعر يزول خلال ساعات إلى يومين.\n- ضع كمادات باردة.\n\n" +
		"## مضاعفات الليزر\n\nالمضاعفات غير شائعة وتشمل فقاعات أو حروق سطحية، وتغيرًا مؤقتًا في لون الجلد فاتحًا أو داكنًا، ونادرًا زيادة نمو الشعر في مناطق الوجه المجاورة. إذا ظهرت فقاعة صغيرة فلا تفقأها وتواصل مع العيادة.\n\n" +
		"## الشروط\n\nيناسب من عمره 18 سنة أو أكثر ودرجة شعره ثابتة لمدة سنة.\n"
	ix, err := Open(fstest.MapFS{"laser.md": {Data: []byte(md)}})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, q := range []string{"الليزر دائم ولا يرجع الشعر بعدين؟", "is laser hair removal permanent?",
		"الليزر يشيل الشعر للابد ولا يرجع؟", "الليزر دائم ولا يرجع الشعر بعد كم سنه؟"} {
		r := ix.Search(Query{Text: q})
		if len(r.Hits) == 0 || r.Hits[0].Passage.Section != "عدد الجلسات والنتيجة" {
			got := ""
			if len(r.Hits) > 0 {
				got = r.Hits[0].Passage.Section
			}
			t.Errorf("%q: got %q, want the section on sessions and the result", q, got)
		}
	}
}

func TestPermanenceWords(t *testing.T) {
	for q, want := range map[string]bool{"الليزر دائم؟": true, "وتروح نهائي؟": true, "is it permanent?": true,
		"is it gone for good": true, "للابد؟": true, "ما يوجع ابدا": false, "كم تدوم النتيجة؟": false} {
		if got := asksPermanence(Words(q)); got != want {
			t.Errorf("asksPermanence(%q) = %v", q, got)
		}
	}
	for s, want := range map[string]bool{"التصحيح دائم في القرنية": true, "حالة مزمنة لكنها قد تعود": true,
		"تثبيط مؤقت وقابل للعكس": true, "احمرار يزول خلال ساعات": false} {
		if got := tellsLasting(s); got != want {
			t.Errorf("tellsLasting(%q) = %v", s, got)
		}
	}
	for h, want := range map[string]bool{"عدد الجلسات والنتيجة": true, "النتائج ومدة بقائها": true, "Results": true,
		"علاج الصداع النصفي المزمن": false, "بعد جلسة الليزر": false} {
		if got := headsResult(&Passage{Section: h}); got != want {
			t.Errorf("headsResult(%q) = %v", h, got)
		}
	}
}
