package knowledge

import (
	"slices"
	"testing"
	"testing/fstest"
)

// A question asking how long («مدة جلسة التقشير؟», "how long is the peel session") names the length
// in a word of its own, which one passage says in passing («لمدة أسبوع» of a cream) and the one that
// answers does not say at all («تستغرق الجلسة من 20 إلى 30 دقيقة»): that one, giving a span with a
// word for taking or lasting of what is asked, holds it.
func TestRank21LengthGivenBySpan(t *testing.T) {
	md := "---\ntitle: التقشير الكيميائي\npage_id: peel\n---\n" +
		"## خيارات العلاج\n\nيصف الطبيب كريمًا موضعيًا لمدة أسبوع قبل جلسة التقشير، ثم يحدد نوع التقشير المناسب للبشرة.\n\n" +
		"## أثناء جلسة التقشير\n\nينظف الطبيب البشرة ثم يضع محلول التقشير، وتستغرق الجلسة من 20 إلى 30 دقيقة مع شعور بوخز خفيف.\n\n" +
		"## العناية بعد التقشير\n\nاستخدم مرطبًا لطيفًا وواقي شمس، وتجنب فرك البشرة حتى يكتمل التقشر.\n"
	ix, err := Open(fstest.MapFS{"peel.md": {Data: []byte(md)}})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, q := range []string{"مدة جلسة التقشير؟", "كم مدة جلسة التقشير", "peel session how long?"} {
		res := ix.Search(Query{Text: q})
		if len(res.Hits) == 0 || res.Hits[0].Passage.Section != "أثناء جلسة التقشير" {
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.Passage.Section)
			}
			t.Errorf("%s: hits %q, want «أثناء جلسة التقشير» first", q, got)
		}
	}
}

// Only the patient's own word for a length is given by a span: a verb of the layer's group told in
// a story («ضلت شفتي منملة», it stayed numb) names no length asked.
func TestRank21LengthConceptIsANoun(t *testing.T) {
	lx := mustLexicon(t)
	for text, want := range map[string]bool{"مدة": true, "مدتها": true, "how long": true, "ضلت": false, "يرجع": false} {
		cs := lx.Concepts(keysOf(Analyze(text)))
		got := len(cs) == 1 && lengthConcept(cs[0])
		if got != want {
			t.Errorf("%s: lengthConcept %v, want %v (%+v)", text, got, want, cs)
		}
	}
}

// A comparison of two things («الطبي بيطول مفعوله أكتر من التجميلي», "last longer than the cosmetic
// kind") asks their difference: the section on it answers, not the one on how long the effect lasts.
// A comparison with a number, a person or before («أكثر من خمس سنوات», «أكثر من دكتور», «أحسن من
// الأول») asks nothing of a difference.
func TestRank21ComparisonAsksDifference(t *testing.T) {
	md := "---\ntitle: الاستخدامات الطبية غير التجميلية للحقن\npage_id: uses\n---\n" +
		"## الفرق بين الاستخدام الطبي والتجميلي\n\nيختلف الهدف ومناطق الحقن: في الجانب التجميلي تقل الخطوط، وفي الجانب الطبي تتحسن وظائف العضلات، " +
		"لذلك تختلف الجرعات. وقد تختلف مدة النتائج، ففي بعض الحالات الطبية تستمر الفائدة لفترة أطول.\n\n" +
		"## مدة النتائج والمتابعة\n\nتظهر النتائج خلال أيام قليلة ويستمر المفعول عدة أشهر، ويختلف ذلك من شخص لآخر. " +
		"ننصح بالمتابعة الدورية للحفاظ على التأثير.\n\n" +
		"## الآثار الجانبية\n\nقد يظهر احمرار بسيط مكان الحقن يزول خلال ساعات.\n"
	ix, err := Open(fstest.MapFS{"uses.md": {Data: []byte(md)}})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, q := range []string{"الحقن الطبي بيطوّل مفعوله أكتر من التجميلي؟", "صحيح ان الحقن الطبي مفعوله بيقعد اكتر من بتاع التجميل؟"} {
		res := ix.Search(Query{Text: q})
		if len(res.Hits) == 0 || res.Hits[0].Passage.Section != "الفرق بين الاستخدام الطبي والتجميلي" {
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.Passage.Section)
			}
			t.Errorf("%s: hits %q, want «الفرق بين الاستخدام الطبي والتجميلي» first", q, got)
		}
	}
	for text, want := range map[string]bool{
		"البوتوكس الطبي يطول اكثر من التجميلي":       true,
		"does it last longer than the cosmetic kind": true,
		"اعاني من الصداع منذ اكثر من خمس سنوات":      false,
		"عالجته عند اكثر من دكتور":                   false,
		"صارت النتيجة احسن من الاول":                 false,
		"الحبوب اكتر من قبل":                         false,
	} {
		words := Words(text)
		keys := keysOf(analyzeWords(words, nil))
		thanOther(keys, words)
		if got := slices.Contains(keys, differenceKey); got != want {
			t.Errorf("%s: asks a difference %v, want %v (%q)", text, got, want, keys)
		}
	}
}

// "How often" is one group with «كم مرة», whose words are stop words only (the Gulf «مرة» is "very"),
// which no passage's terms hold: the page's own FAQ asking «كم مرة…؟» holds it in its question, and
// answers, not the page's opening that says «متابعة» in passing.
func TestRank21HowOftenInAHeading(t *testing.T) {
	md := "---\ntitle: الأمراض الجلدية المزمنة وفحص الشامات\npage_id: moles\n---\n" +
		"## الأمراض الجلدية المزمنة وفحص الشامات\n\nتقدم العيادة متابعة طويلة الأمد للأمراض الجلدية المزمنة، إضافة إلى فحص الشامات بالمنظار الجلدي.\n\n" +
		"## فحص الشامات\n\nنفحص الشامات بالمنظار الجلدي الرقمي ونصورها لمقارنتها لاحقًا.\n\n" +
		"## أسئلة شائعة\n\n**كم مرة أفحص شاماتي؟**\n\nننصح بفحص ذاتي شهري أمام المرآة، وفحص سنوي في العيادة لمن لديه شامات كثيرة.\n"
	ix, err := Open(fstest.MapFS{"moles.md": {Data: []byte(md)}})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, q := range []string{"How often should I get my moles checked?", "i've got loads of moles, how often should they be checked?"} {
		res := ix.Search(Query{Text: q})
		if len(res.Hits) == 0 || res.Hits[0].Passage.Section != "كم مرة أفحص شاماتي؟" {
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.Passage.Section)
			}
			t.Errorf("%s: hits %q, want «كم مرة أفحص شاماتي؟» first", q, got)
		}
	}
	lx := mustLexicon(t)
	cs := lx.Concepts(keysOf(Analyze("how often")))
	if len(cs) != 1 || !holdsPhrase(keysOf(Analyze("كم مرة أفحص شاماتي؟")), lx.stopPhrases(cs[0])) {
		t.Errorf("«كم مرة أفحص شاماتي؟» does not say how often (%+v)", cs)
	}
}
