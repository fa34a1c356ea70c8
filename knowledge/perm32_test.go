package knowledge

import (
	"testing"
	"testing/fstest"
)

// «دايمه», «دائمة» (permanent) asks whether an effect lasts: it is no time word. The adverb «دايما»,
// «دائماً» and the Gulf «دايم» (always: «كفوفي دايم مبلولة») keep a stem of their own, a qualifier;
// sharing it, «النتيجه دايمه؟» weighed permanence a fifth and the passage titled on results won over
// the one saying the effect is «مؤقتة».
func TestPermanentIsNoTimeWord(t *testing.T) {
	lx, err := LoadLexicon(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	for w, minor := range map[string]bool{"دايمه": false, "دائمة": false, "دايم": true, "دايما": true, "دائماً": true} {
		cs := lx.Concepts(keysOf(Analyze(w)))
		if len(cs) != 1 {
			t.Fatalf("%s: concepts %v; want one", w, cs)
		}
		if got := lx.Minor(cs[0]); got != minor {
			t.Errorf("%s: minor %v; want %v", w, got, minor)
		}
		if !lx.Aspect(cs[0]) {
			t.Errorf("%s: not the permanence aspect", w)
		}
	}
	docs := []*Document{{ID: "d", Title: "حقن العضلات", Lang: "ar", Sections: []Section{
		section("how", "كيف تعمل الحقن", "ترخي الحقن العضلة المحقونة، وتكون التأثيرات مؤقتة وتحتاج إلى تكرار للحفاظ على النتائج."),
		section("res", "مدة النتائج", "تظهر النتائج خلال أيام قليلة وتستمر عدة أشهر، وتختلف الاستجابة من شخص لآخر."),
		section("prep", "التحضير للجلسة", "أخبر الطبيب عن أدويتك قبل الموعد."),
		section("after", "بعد الحقن", "لا تفرك المنطقة المحقونة في اليوم الأول."),
	}}}
	ix, err := Build(docs, lx)
	if err != nil {
		t.Fatal(err)
	}
	if r := ix.Search(Query{Text: "النتيجه دايمه؟"}); topKey(r) != "d#how" {
		t.Errorf("«النتيجه دايمه؟»: hits %v; want d#how first", keysOfHits(r))
	}
}

// A section whose heading shares with its page's title only a word every page says («أسنان» of «طب
// أسنان الأطفال» under «تبييض الأسنان والتقويم وأسنان الأطفال») is about another thing of the title:
// the whitening its page's title lends it is not its own, and the section saying crowns do not whiten
// («لمن لا يناسب التبييض؟») answers whether they do.
func TestTitleWordEveryPageSays(t *testing.T) {
	docs := []*Document{
		{ID: "w", Title: "تبييض الأسنان والتقويم وأسنان الأطفال", Lang: "ar", Sections: []Section{
			section("braces", "التقويم", "يعدل التقويم اصطفاف الأسنان خلال سنة إلى سنتين."),
			section("kids", "طب أسنان الأطفال", "نعالج تسوس الأسنان اللبنية بالحشوات ونغطي الضرس بتاج معدني للأطفال."),
		}, FAQs: []FAQ{
			{ID: "what", Question: "ما هو تبييض الأسنان؟", Answer: "إجراء يفتح لون الأسنان الطبيعية بجل خاص."},
			{ID: "not", Question: "لمن لا يناسب التبييض؟", Answer: "لا ننصح به للحوامل، والتبييض لا يغير لون الحشوات والتيجان."},
		}},
		{ID: "x", Title: "خلع الأسنان", Lang: "ar", Sections: []Section{
			section("how", "كيف يتم خلع الأسنان", "يخلخل الطبيب السن تحت تخدير موضعي ثم يزيله."),
			section("after", "بعد خلع الأسنان", "اضغط على الشاش نصف ساعة وتجنب المضمضة في اليوم الأول."),
		}},
		{ID: "r", Title: "علاج العصب", Lang: "ar", Sections: []Section{
			section("rc", "ما هو علاج العصب", "إزالة اللب الملتهب من داخل الأسنان ثم حشو القنوات."),
			section("crown", "هل احتاج تاج بعد العصب؟", "نعم غالبا، لأن الأسنان تصبح أكثر هشاشة."),
		}},
	}
	lx, err := LoadLexicon(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(docs, lx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"عندي تلبيسات بسناني القدام، بيتبيضو مع التبييض؟", "عندي تيجان على اسناني، تتبيض مع التبييض؟"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "w#not" {
			t.Errorf("%s: hits %v; want w#not first", q, keysOfHits(r))
		}
	}
}
