package bot

import (
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// Thanks, praise and goodbyes in their common forms across dialects, English and Arabizi are
// smalltalk; a question after them is not.
func TestSmalltalkDialects(t *testing.T) {
	for _, tt := range []struct {
		msg  string
		want smalltalkKind
	}{
		{"مشكورة ما قصرتي", thanks},
		{"يعطيك العافية", thanks},
		{"الله يعطيك العافية يا دكتورة", thanks},
		{"تسلم ايدك", thanks},
		{"الله يسعدك", thanks},
		{"الله يجزاكم خير", thanks},
		{"يعطيكن العافية", thanks},
		{"شكرا كتير", thanks},
		{"شكرا يا قمر", thanks},
		{"تمام متشكرة", thanks},
		{"يسلمو", thanks},
		{"ممنونة", thanks},
		{"thx", thanks},
		{"thanks a lot for the info", thanks},
		{"shukran", thanks},
		{"tamam shukran", thanks},
		{"merci", thanks},
		{"يلا باي", goodbye},
		{"يلا مع السلامة", goodbye},
		{"شكرا جزيلا لك", thanks},
		{"ما تقصر يا الغالي", thanks},
		{"مرسي", thanks},
		{"thank you so much doctor, god bless you", thanks},
		{"في امان الله", goodbye},
		{"ma3a salama", goodbye},
		{"صباح الخير يا جماعة", greeting},
		{"مشكورة، بس كم يدوم البوتوكس؟", notSmalltalk},
		{"الله يعطيك العافية وش اضرار الليزر", notSmalltalk},
		{"thanks, how long does it last", notSmalltalk},
		{"كتير", notSmalltalk},
		// Levantine and Egyptian thanks, greetings and goodbyes, and their endearments.
		{"يعطيكي العافية حبيبتي", thanks},
		{"تسلمين يالغلا", thanks},
		{"تسلم إيدك، ربنا يكرمك", thanks},
		{"متشكرة اوي ربنا يخليكم", thanks},
		{"يعطيكم العافية على الرد السريع", thanks},
		{"mashkoorin ya jama3a", thanks},
		{"thank u so much, really helpful", thanks},
		{"ahlan, masa2 el 5eer", greeting},
		{"merci, ma3 el salama", goodbye},
		{"ربنا يكرمك شو بيصير بالجلسة؟", notSmalltalk},
	} {
		if got := smalltalkOf(knowledge.Words(tt.msg)); got != tt.want {
			t.Errorf("smalltalkOf(%q) = %v, want %v", tt.msg, got, tt.want)
		}
	}
}

// Going back to work («ارجع الدوام») is no question about the clinic's hours.
func TestHoursHandoff(t *testing.T) {
	for msg, want := range map[string]handoffReason{
		"بعد العملية متى ارجع الدوام؟":          "",
		"وش اوقات دوامكم":                       wantsContact,
		"متى تفتحون؟ الدوام يوم الجمعه؟":        wantsContact,
		"وش اوقات الدوام عندكم":                 wantsContact,
		"انتو فاتحين يوم الجمعة؟":               wantsContact,
		"بعد العملية بكم يوم يرجع ولدي المدرسة": "",
		"بكم جلسة الليزر؟":                      wantsPrice, // how much a session costs, not after how many
		"بكم الجلسة؟":                           wantsPrice,
		"بكم يوم تظهر النتيجة؟ وكم سعر الجلسة؟": wantsPrice,
		"هل يسبب تورم؟ بس اسأل قبل ما احجز":     "",
		"ابي احجز قبل ما اسافر":                 wantsBooking,
		"شغالين بكرا؟":                          wantsContact,
		"الصيدلية فاتحة بعد العملية؟":           "",
	} {
		if got := handoffOf(padded(knowledge.Words(msg))); got != want {
			t.Errorf("handoffOf(%q) = %q, want %q", msg, got, want)
		}
	}
}

// asksHowLong reads a question of how long or how often, and only that: one that names a thing («كم جلسة؟»,
// «كم تاخذ العملية؟») or asks how much is not one.
func TestAsksHowLong(t *testing.T) {
	for q, want := range map[string]bool{
		"كم مدته؟": true, "وقديش بدها وقت؟": true, "how long does it take?": true, "وكم ياخذ وقت؟": true,
		"وكم ياخذ وقت يلتئم؟": true, "وكم ياخذ وقت ليتحسن؟": true, "وهتاخد قد إيه لحد ما تخف؟": true, "كم ياخذ وقت العملية؟": false,
		"كم مره بالاسبوع؟": true, "كم يوم؟": true, "كم جلسة؟": false, "كم تاخذ العملية؟": false, "how long between sessions?": false, "كم سعره؟": false,
	} {
		if got := asksHowLong(knowledge.Words(q)); got != want {
			t.Errorf("%q: asks how long %v, want %v", q, got, want)
		}
	}
}

// A message opens a follow-up with «و» joined to the article, whatever letter follows it («والدموع»,
// «والدواء»), but not with a word for a parent, which starts the same way («والدتي»).
func TestJoinedAnd(t *testing.T) {
	for q, want := range map[string]bool{
		"والدموع الصناعية اي نوع اخذ؟": true, "والدواء اللي اخذه يأثر عليها؟": true, "والتنظيف بيوسع بين سناني؟": true,
		"والدتي عمرها ٨٠ وتشوف ضبابي": false, "وصفولي كريم للكلف هل هو امن": false,
	} {
		if got := isFollowUp(knowledge.Words(q)); got != want {
			t.Errorf("%q: follow-up %v, want %v", q, got, want)
		}
	}
}

// asksAfter reads "and after?" alone, or what to do after it, not a question that names something after it.
func TestAsksAfter(t *testing.T) {
	for q, want := range map[string]bool{
		"وبعدها؟": true, "and after?": true, "and after that?": true, "طيب وبعده؟": true,
		"وبعدها متى اقدر استخدم الواقي؟": false, "بعد الجلسة؟": false, "after the peel can I swim?": false,
		// what to do after it asks for the aftercare, without naming a thing
		"وبعده شو لازم اعمل؟": true, "وبعدها وش اسوي؟": true,
		"لازم اعمل ايه بعد الجلسة؟": false, "وبعدها لازم اشيل الخيوط؟": false,
	} {
		if got := asksAfter(knowledge.Words(q)); got != want {
			t.Errorf("%q: asks after %v, want %v", q, got, want)
		}
	}
}

// asksTreatment reads a question of how the topic is treated, or what is done about it (in Arabizi with
// its article too), and only that: what to do after it is aftercare, and a treatment named is a
// question of its own.
func TestAsksTreatment(t *testing.T) {
	for q, want := range map[string]bool{
		"وما علاجه؟": true, "طب اعمل ايه؟": true, "how do you treat it?": true, "وعلاجها ايش؟": true,
		"w shu el 3ilaj?": true, "وش يسوون فيها؟": true, "wesh ysawoon fih?": true,
		"وبعدها وش اسوي؟": false, "علاج الكلف بالليزر؟": false, "اعمل ليزر؟": false, "يسوون ليزر؟": false,
	} {
		if got := asksTreatment(knowledge.Words(q)); got != want {
			t.Errorf("%q: asks treatment %v, want %v", q, got, want)
		}
	}
}

// The summaries are the pages in the language fewer passages are in: none for a clinic whose pages are
// all in one language, the English page for one whose Arabic pages hold most.
func TestSummaries(t *testing.T) {
	ix, err := knowledge.Build([]*knowledge.Document{
		{ID: "ar1", Title: "صفحة", Sections: []knowledge.Section{{ID: "s1", Title: "علاج الحول", Level: 2,
			Blocks: []knowledge.Block{{Text: "نعالج الحول بالنظارة."}}}, {ID: "s2", Title: "كسل العين", Level: 2,
			Blocks: []knowledge.Block{{Text: "كسل العين ضعف نظر في عين واحدة."}}}}},
		{ID: "en", Title: "Page", Lang: "en", Sections: []knowledge.Section{{ID: "s1", Title: "Children", Level: 2,
			Blocks: []knowledge.Block{{Text: "Lazy eye responds best when treated early."}}}}},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if got := summaries(ix); len(got) != 1 || !got["en"] {
		t.Errorf("summaries = %v, want the English page", got)
	}
	one, err := knowledge.Build([]*knowledge.Document{{ID: "ar1", Title: "صفحة", Sections: []knowledge.Section{{ID: "s1",
		Title: "علاج الحول", Level: 2, Blocks: []knowledge.Block{{Text: "نعالج الحول بالنظارة."}}}}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	if got := summaries(one); len(got) != 0 {
		t.Errorf("summaries of one language = %v, want none", got)
	}
}

// «و» joined to a present or future verb opens a follow-up; a word whose root starts with «و» does not.
func TestJoinedAndVerb(t *testing.T) {
	for w, want := range map[string]bool{"وهيركزوا": true, "وهفضل": true, "وبيوجعني": true, "وتخرب": true, "ونقدر": true,
		"وارمة": false, "وجعني": false, "وردية": false, "والدتي": false, "والتنظيف": true, "وهتاخد": false} {
		if got := joinedAnd(knowledge.Words(w)[0]); got != want {
			t.Errorf("joinedAnd(%q) = %v, want %v", w, got, want)
		}
	}
}

// «و» joined to a preposition and the article («وللأطفال؟», «وبالليزر») opens a follow-up as «وال…» does.
func TestJoinedAndPreposition(t *testing.T) {
	for _, w := range []string{"وللأطفال", "وبالليزر", "والليزر"} {
		if !joinedAnd(knowledge.Words(w)[0]) {
			t.Errorf("joinedAnd(%q) = false, want true", w)
		}
	}
}

// More forms of greetings, thanks and goodbyes, in Arabic letters and Latin ones: Levantine and Gulf
// «تسلملي», «ya3teekom el 3afye», «ma 8asartoo», «kifkon», and English "have a good one".
func TestSmalltalkDialectForms(t *testing.T) {
	for msg, want := range map[string]smalltalkKind{
		"salam 3alaykum, keefkom?": greeting, "salam, kifkon?": greeting, "تسلملي يا غالي": thanks,
		"shukran ya3teekom el 3afye, ma3 el salame": goodbye, "tslam ya 7elo": thanks, "cheers, have a good one": goodbye,
		"mashkooreen ma 8asartoo ❤️": thanks, "yslamo, ma3 el salame": goodbye, "شكرا لكم، يومكم سعيد": goodbye,
		"تشكرات": thanks, "ta7eyati": goodbye,
	} {
		if got := smalltalkOf(knowledge.Words(msg)); got != want {
			t.Errorf("smalltalkOf(%q) = %v, want %v", msg, got, want)
		}
	}
}

// asksWhatKind reads a heading that asks how, when or who, not one asked yes or no, nor a plain title.
func TestAsksWhatKind(t *testing.T) {
	for head, want := range map[string]bool{
		"كيف تتم العملية؟": true, "من يحتاج فحص الجلوكوما؟": true, "How long does a dental implant take?": true,
		"هل العملية مؤلمة؟": false, "Does a root canal hurt?": false, "علاج جفاف العين": false,
	} {
		if got := asksWhatKind(head); got != want {
			t.Errorf("%q: asks what kind %v, want %v", head, got, want)
		}
	}
}

// A text tells whether something lasts for good in the words of lasting, wearing off, coming back or
// chronicity, joined to «و», «ب», «ف», «ل» and the article as well as alone; the English "last" and
// "return" say other things.
func TestTellsPermanence(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"النتيجة دائمة", true},
		{"والهدف السيطرة على الأعراض وليس الشفاء النهائي", true},
		{"حالة مزمنة يمكن السيطرة عليها لكنها قد تعود", true},
		{"هذا يؤدي إلى تثبيط مؤقت وقابل للعكس", true},
		{"تدوم النتيجة عادة من سنة إلى ثلاث سنوات", true},
		{"Results usually last one to three years and the condition is chronic", true},
		{"It can be controlled but it lasts only months", true},
		{"The effect is temporary", true},
		{"يمكنك العودة إلى العمل بعد يومين", false},
		{"Most people return to work the next day after their last session", false},
		{"تجرى العملية بقطرات مخدرة", false},
	} {
		if got := tellsPermanence(tt.text); got != tt.want {
			t.Errorf("tellsPermanence(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestTellsSpan(t *testing.T) {
	for text, want := range map[string]bool{
		"تظهر النتائج خلال أيام وتستمر لعدة أشهر":          true,
		"نحتاج من 3 إلى 6 جلسات تفصل بينها 4 إلى 6 أسابيع": true,
		"احمرار يزول خلال يومين":                           true,
		"results last 6 months": true,
		"وتعب العين آخر اليوم":  false,
		"use it every day":      false,
	} {
		if got := tellsSpan(text); got != want {
			t.Errorf("tellsSpan(%q) = %v, want %v", text, got, want)
		}
	}
}
