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
