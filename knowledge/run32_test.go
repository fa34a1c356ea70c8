package knowledge

import (
	"math"
	"testing"
)

// A long message that marks its question («بس سؤالي…», «وابي اعرف…», "just wondering if…") asks
// from the mark on; a short one, one with a question mark before the mark ("…go to the ER? just want
// to know before I start"), or one with no mark is read whole.
func TestAskedFromMark(t *testing.T) {
	for _, c := range []struct {
		text, from string // from: the first word of the asking part, "" for none
	}{
		{"السلام عليكم، انا صار لي فترة طويلة ما رحت لدكتور اسنان يمكن ثلاث سنين بسبب الشغل، وزوجتي كل يوم تقول لازم تروح تنظف، بس سؤالي كل كم المفروض الواحد ينظف الجير", "سؤالي"},
		{"السلام عليكم انا موظف واشتغل على الكمبيوتر طول اليوم وظهري يعورني من شهرين تقريبا وجربت مسكنات وما نفعت وابي اعرف وش طريقتكم في العلاج عندكم", "وابي"},
		{"so last year i got botox for my forehead and there was a bit of puffiness right where the needle went in, just wondering if thats normal", "wondering"},
		{"What are the warning signs with back pain that mean I should go straight to the ER? Just want to know before I start my sessions next week.", ""},
		{"بس ابي اعرف كم جلسة احتاج", ""},
		{"السلام عليكم انا موظف واشتغل على الكمبيوتر طول اليوم وظهري يعورني من شهرين تقريبا وجربت مسكنات وما نفعت وش طريقتكم في العلاج عندكم", ""},
	} {
		words := Words(c.text)
		got := ""
		if k, _ := askedFrom(words, c.text); k >= 0 {
			got = words[k]
		}
		if got != Normalize(c.from) {
			t.Errorf("%q: asks from %q, want %q", c.text, got, c.from)
		}
	}
}

// What the story before a marked question names weighs less beside what the question names: the
// painkillers tried («مسكنات») against the treatment asked of («العلاج»). Not when the asking part
// names too little to be read alone («وابي اعرف هل فيه علاج» asks of the story).
func TestStoryBeforeMarkWeighsLess(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	ratio := func(text, told, asked string) float64 {
		var w, a float64
		for _, c := range ix.Explain(text) {
			switch c.Said {
			case told:
				w = c.Weight
			case asked:
				a = c.Weight
			}
		}
		if w == 0 || a == 0 {
			t.Fatalf("%q: no %q or %q among %v", text, told, asked, ix.Explain(text))
		}
		return w / a
	}
	const story = "السلام عليكم انا موظف واشتغل على الكمبيوتر طول اليوم وظهري يعورني من شهرين تقريبا وجربت مسكنات وما نفعت "
	told, asked := Stems("مسكنات")[0], Stems("العلاج")[0]
	plain := ratio(story+"وش طريقتكم في العلاج عندكم وكم جلسة", told, asked)
	marked := ratio(story+"وابي اعرف وش طريقتكم في العلاج عندكم وكم جلسة", told, asked)
	if marked >= plain*0.9 {
		t.Errorf("story's «مسكنات» against the asked «العلاج»: %.3f marked, %.3f plain; want it lower when marked", marked, plain)
	}
	thin := ratio(story+"وابي اعرف هل فيه علاج", told, asked)
	thinPlain := ratio(story+"هل فيه علاج", told, asked)
	if math.Abs(thin-thinPlain) > 1e-9 {
		t.Errorf("a marked question naming one thing: %.3f, want the plain %.3f", thin, thinPlain)
	}
}

// What the story says the patient fears is what they ask of, marked question or not: «شلل», feared,
// keeps its weight beside «الجسم» in «…ممكن يعمل شلل وصرت خايفة كتير… بدي أعرف هل بيأثر على كل
// الجسم؟».
func TestFearedInStoryIsAsked(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	ratio := func(text string) float64 {
		var w, a float64
		for _, c := range ix.Explain(text) {
			switch c.Said {
			case Stems("شلل")[0]:
				w = c.Weight
			case Stems("الجسم")[0]:
				a = c.Weight
			}
		}
		if w == 0 || a == 0 {
			t.Fatalf("%q: no «شلل» or «الجسم» among %v", text, ix.Explain(text))
		}
		return w / a
	}
	const story = "مرحبا، قريت إنه البوتوكس ممكن يعمل شلل وصرت خايفة كتير، ما عندي أي أعراض هلق بس قبل ما احجز "
	const asked = "هل بيأثر على كل الجسم ولا بس مكان الإبرة؟"
	if marked, plain := ratio(story+"بدي أعرف "+asked), ratio(story+asked); math.Abs(marked-plain) > 1e-9 {
		t.Errorf("«شلل» feared against «الجسم»: %.3f marked, want the plain %.3f", marked, plain)
	}
}
