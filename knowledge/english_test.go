package knowledge

import (
	"strings"
	"testing"
)

// An English word whose inflection the light stemmer leaves apart from its base («stronger», «moving»,
// the British «paralyse») is read as the base the lexicon or the pages know; a word they know as it
// is, or whose base they do not know, stays as it is.
func TestEnglishBase(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "x", Lang: "ar", Sections: []Section{section("s", "x", "علاج قوي للحركة")}}},
		"قوي | strong\nشلل | paralyze\nحركه | move\nتوقف | stop\nابيض | white\nسهل | easy\nليزر | laser")
	for q, want := range map[string]string{
		"stronger options":  "strong option",
		"the strongest one": "~the strong one",
		"paralyse":          "paralyze",
		"paralysed":         "paralyze",
		"moving":            "move",
		"moved":             "move",
		"stopped":           "stop",
		"whiter":            "white",
		"easier":            "easy",
		"laser":             "laser", // known as it is: not "las"
		"dresser":           "dresser",
	} {
		keys := ix.arabicKeys(ix.inArabic(Words(q)))
		if got := strings.Join(keys, " "); got != want {
			t.Errorf("arabicKeys(%q) = %s, want %s", q, got, want)
		}
	}
}

// English "check" is an examination, «فحص», as "checkup" is: "is the check painful?" finds the
// section on how the examination is done, not one on another thing that hurts.
func TestCheckIsExamination(t *testing.T) {
	checkFirst(t, []firstCase{{
		name: "check",
		sections: []Section{
			section("exam", "كيف يتم الفحص؟", "الفحص سهل وغير مؤلم ويستغرق قرابة ساعة."),
			section("pain", "هل الجلسة مؤلمة؟", "الجلسة غير مؤلمة تقريبًا مع إحساس بدفء."),
		},
		want: map[string]string{
			"is the check painful?":            "d#exam",
			"how often should she be checked?": "d#exam",
			"does the eye check hurt":          "d#exam",
		},
	}})
}

// "how long does X take" asks what "how long does it take" asks of X, however long X's name: the
// section saying how long the procedure takes, not the one saying how long its result lasts, nor
// another procedure's. "how long do I have to take the drops" asks for how long to go on taking them.
func TestHowLongDoesXTake(t *testing.T) {
	checkFirst(t, []firstCase{{
		name: "how long take",
		sections: []Section{
			section("takes", "كيف يتم علاج العصب؟", "يُجرى علاج العصب تحت تخدير موضعي، وتستغرق الجلسة ساعة تقريبًا."),
			section("lasts", "كم يدوم علاج العصب؟", "يدوم السن المعالج سنوات طويلة مع العناية، ومدة بقائه تعتمد على التاج."),
		},
		want: map[string]string{
			"how long does a root canal take":             "d#takes",
			"how long will the root canal treatment take": "d#takes",
			"how long does a root canal last":             "d#lasts",
		},
	}})
	ix := MustBuild(t, []*Document{{ID: "d", Title: "x", Lang: "ar", Sections: []Section{section("s", "x", "x")}}}, "")
	for q, want := range map[string]string{
		"how long does cataract surgery take":  "~how long ~does ~it take cataract surgery",
		"how long do i have to take the drops": "~how long ~do ~i ~have ~to take ~the drop",
		"how long before i can take a shower":  "~how long before ~i ~can take ~a shower",
	} {
		words := ix.inArabic(Words(q))
		if got := strings.Join(howLongTake(ix.arabicKeys(words), words), " "); got != want {
			t.Errorf("howLongTake(%q) = %s, want %s", q, got, want)
		}
	}
}

// "use" and the dialect's «استخدمها» find a page that writes the verb («إذا استخدمت أكثر من أربع
// مرات يوميًا»), not only one that writes the noun «استخدامها».
func TestUseAsAVerb(t *testing.T) {
	checkFirst(t, []firstCase{{
		name: "use",
		sections: []Section{
			section("tears", "علاج جفاف العين", "الدموع الصناعية، ويفضل الخالية من المواد الحافظة إذا استخدمت أكثر من أربع مرات يوميًا."),
			section("pressure", "علاج ضغط العين", "قطرات يومية لخفض ضغط العين، ويجب استخدامها بانتظام مدى الحياة."),
		},
		want: map[string]string{
			"i use eye drops like 6 times a day for dryness, is that ok?": "d#tears",
			"الدموع الصناعية اقدر استخدمها ست مرات باليوم؟":               "d#tears",
		},
	}})
}

// An irregular English form has no ending to cut: "slept", "ate", "drove" and "swam" are read as the
// base the lexicon knows; a form that is a word of its own ("left", a side) is not.
func TestEnglishIrregular(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "x", Lang: "ar", Sections: []Section{section("s", "x", "النوم والاكل والقيادة والسباحة")}}},
		"نوم | sleep\nاكل | eat\nقياده | drive\nسباحه | swim\nيسار | left")
	for q, want := range map[string]string{
		"slept": "sleep",
		"ate":   "eat",
		"drove": "drive",
		"swam":  "swim",
		"left":  "left",
	} {
		keys := ix.arabicKeys(ix.inArabic(Words(q)))
		if got := strings.Join(keys, " "); got != want {
			t.Errorf("arabicKeys(%q) = %s, want %s", q, got, want)
		}
	}
}

// A quality's noun in -ness is read as its adjective when only that is known: "short-sightedness"
// meets the lexicon's "short sighted" (the pages' «قصر النظر»), "tightness" its "tight", "dizziness"
// its "dizzy"; a -ness noun the lexicon knows stays as it is.
func TestEnglishBaseOfNess(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "x", Lang: "ar", Sections: []Section{section("s", "x", "قصر النظر والدوخة والشد")}}},
		"قصر النظر | short sighted\nدوخه | dizzy\nشد | tight\nحساسيه | sensitiveness")
	for q, want := range map[string]string{
		"sightedness":   "sight",
		"tightness":     "tight",
		"dizziness":     "dizzy",
		"sensitiveness": "sensitiveness",
	} {
		keys := ix.arabicKeys(ix.inArabic(Words(q)))
		if got := strings.Join(keys, " "); got != want {
			t.Errorf("arabicKeys(%q) = %s, want %s", q, got, want)
		}
	}
	lx := ix.lex
	want := lx.Concepts(Stems("قصر النظر"))
	got := lx.Concepts(ix.arabicKeys(ix.inArabic(Words("short-sightedness"))))
	if len(got) != 1 || len(want) != 1 || got[0].group < 0 || got[0].group != want[0].group {
		t.Errorf("short-sightedness is %+v, «قصر النظر» %+v: want one group", got, want)
	}
}
