package bot

import (
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// Feminine and plural forms of thanks, endearments, praise of the reply, Arabizi thanks after an
// opener («tayeb shokran», «ma 8asart») and greetings and goodbyes, and news of going to the ER with
// thanks are smalltalk too; a question after them is still a question.
func TestSmalltalkMoreForms(t *testing.T) {
	for _, tt := range []struct {
		msg  string
		want smalltalkKind
	}{
		{"يعطيكي العافية حبيبتي", thanks},
		{"الله يعطيكي العافية", thanks},
		{"تسلمين يالغلا", thanks},
		{"يعطيكم العافية على الرد السريع", thanks},
		{"متشكرة اوي ربنا يخليكم", thanks},
		{"الله يخليكم", thanks},
		{"thank u so much, really helpful", thanks},
		{"mashkoorin ya jama3a", thanks},
		{"ahlan, masa2 el 5eer", greeting},
		{"saba7 el kheir", greeting},
		{"merci, ma3 el salama", goodbye},
		{"يعطيكي العافية، كم جلسة احتاج؟", notSmalltalk},
		{"masa2 el 5eer, kam jalsa ba7tej?", notSmalltalk},
		{"tayeb shokran", thanks},
		{"ok mashkoor ma 8asart", thanks},
		{"ok yslmo", thanks},
		{"mashkoor ma g9art", thanks},
		{"ok we're heading to the ER now, thanks", thanks},
		{"tab shu el 3ilaj?", notSmalltalk},
		{"really helpful, how long does it last", notSmalltalk},
	} {
		if got := smalltalkOf(knowledge.Words(tt.msg)); got != tt.want {
			t.Errorf("smalltalkOf(%q) = %v, want %v", tt.msg, got, tt.want)
		}
	}
}

// Levantine and formal ways of asking for a person («بدي احكي مع حدا», «أرغب في التحدث مع الطبيب»,
// "bdi e7ki ma3 7ada"), a complaint in Arabizi, the clinic's hours and changing an appointment go to
// staff; a question that only names the doctor does not.
func TestHandoffMoreForms(t *testing.T) {
	for msg, want := range map[string]handoffReason{
		"بدي احكي مع حدا من العيادة":                     wantsPerson,
		"بدي احكي مع الدكتور مباشرة":                     wantsPerson,
		"أرغب في التحدث مع الطبيب بخصوص نتيجة فحص والدي": wantsPerson,
		"bdi e7ki ma3 7ada mn el 3iyade":                 wantsPerson,
		"bade e7ki ma3 doctor 7a2i2i mish bot":           wantsPerson,
		"baddi 7ke ma3 7ada mn el 3iyade 3al telephone":  wantsPerson,
		"bade 2a3mel shakwa, el muwazzafe 7akatni":       wantsPerson,
		"مواعيدكم في رمضان بتبقى امتى؟":                  wantsBooking,
		"3ayza a8ayyar maw3edi men bokra":                wantsBooking,
		"shu awkat el dawam yom el jom3a?":               wantsContact,
		"وكم سعره؟":                                      wantsPrice,
		"وين فرعكم بالرياض؟":                             wantsContact,
		"fi ta2meen 3ndkom wala la2?":                    wantsContact,
		"do you take my insurence?":                      wantsContact,
		"الدكتور قال عظمي ضعيف، ينفع ازرع؟":              "",
		"هل الحكي عن الالم بعد الجلسة طبيعي؟":            "",
	} {
		if got := handoffOf(padded(knowledge.Words(msg))); got != want {
			t.Errorf("handoffOf(%q) = %q, want %q", msg, got, want)
		}
	}
	if got := smalltalkOf(knowledge.Words("تسلم إيدك، ربنا يكرمك")); got != thanks {
		t.Errorf("smalltalkOf(«تسلم إيدك، ربنا يكرمك») = %v, want thanks", got)
	}
}

// A question asked around a booking word is not a request: an appointment the patient already has
// («عندي موعد … بكرا، هل بحس بالم بعدها»), booking named as what comes after the question («قبل أن
// أحجز … هل …»), how often («وكل قديش الجلسة؟») and calories («كم سعرة حرارية») are not handoffs;
// changing or cancelling an appointment one has still is. The clinic's hours and whereabouts in
// Arabizi and English forms («awqat el dawam», «tfat7on yom el jum3a», "which district") and a call
// back in Levantine Arabizi («ted2rolli») go to staff.
func TestHandoffAroundQuestions(t *testing.T) {
	for _, c := range []struct {
		msg  string
		want handoffReason
	}{
		{"عندي موعد ابر بكرا هل بحس بالم بعدها", ""},
		{"موعدي بكره للحقنة، اقدر اسوق بعدها؟", ""},
		{"قبل أن أحجز للعملية: هل يمكن أن تحدث مضاعفات؟", ""},
		{"كم جلسة بدي؟ وكل قديش الجلسة؟", ""},
		{"كم سعرة حرارية في التفاحة؟", ""},
		{"عندي موعد بكرا وابي اأجله", wantsBooking},
		{"ابي الغي موعدي", wantsBooking},
		{"عندي موعد بكرة الساعة اربع بس ما اقدر اجي", wantsBooking},
		{"ابي احجز موعد", wantsBooking},
		// Booking asked of a treatment one is on asks whether the two go together.
		{"I'm on isotretinoin, can I book laser hair removal at the same time?", ""},
		{"can I book a chemical peel while I'm pregnant?", ""},
		{"انا على الروكتان، اقدر احجز جلسة ليزر؟", ""},
		{"I'm on the waiting list, can I book an earlier slot?", wantsBooking},
		{"can I book laser hair removal for next week?", wantsBooking},
		{"كم سعر الجلسة؟", wantsPrice},
		{"shu awqat el dawam yom el sabt?", wantsContact},
		{"shu el dawam 3andkom yom el sabt?", wantsContact},
		{"tfat7on yom el jum3a?", wantsContact},
		{"where exactly is the clinic? which district?", wantsContact},
		{"momken ted2rolli ba3dein?", wantsPerson},
		// The working hours are asked in a whole word: «وقت العملية» is how long the operation takes.
		{"كم تاخذ وقت العملية؟", ""},
		{"وش وقت العمل عندكم؟", wantsContact},
	} {
		if got := handoffOf(padded(knowledge.Words(c.msg))); got != c.want {
			t.Errorf("handoffOf(%q) = %q, want %q", c.msg, got, c.want)
		}
	}
}

// Requests in the dialects' own words go to staff: the Egyptian «ميعاد» for an appointment and «احجز»
// with «لي» joined («احجزلي»), changing one in Levantine («بدي غيّر موعدو»), someone at the clinic to
// call («ممكن حد من العيادة يكلمني؟»), and insurance after «و» («والتأمين»); an appointment one has
// («عندي ميعاد بكرة …») still frames a question, and «غير» that is no verb asks nothing of staff.
func TestHandoffDialectForms(t *testing.T) {
	for _, c := range []struct {
		msg  string
		want handoffReason
	}{
		{"طب احجزلي ميعاد", wantsBooking},
		{"عايز ميعاد مع الدكتور الاسبوع الجاي", wantsBooking},
		{"طيب بدي غيّر موعدو لبكرا", wantsBooking},
		{"عايز أأجل ميعادي بتاع بكرة لو سمحت", wantsBooking},
		{"طب ممكن حد من العيادة يكلمني؟", wantsPerson},
		{"والتأمين بيغطي الجلسات عندكم؟", wantsContact},
		{"عندي ميعاد بكرة للحقنة، اقدر اسوق بعدها؟", ""},
		{"النظر غير واضح بعد العملية، طبيعي؟", ""},
	} {
		if got := handoffOf(padded(knowledge.Words(c.msg))); got != c.want {
			t.Errorf("handoffOf(%q) = %q, want %q", c.msg, got, c.want)
		}
	}
}

// Questions about whether the clinic offers something are told from questions about it.
func TestAsksOffer(t *testing.T) {
	for msg, want := range map[string]bool{
		"عندكم حجامة؟":                         true,
		"هل تقدمون علاج النطق للأطفال؟":        true,
		"في عندكن شي لتشنج الرقبة؟":            true,
		"fi 3ndkom lasik bel ta2seet?":         true,
		"Do you have a hydrotherapy pool?":     true,
		"do you do veneers?":                   true,
		"3indkum 3ilaj bil moya?":              true,
		"bt3mlo laser lal wajh?":               true,
		"do u guys offer dry needling":         true,
		"do you guys have parking":             true,
		"عندي الم بالرقبة من اسبوع":            false,
		"do I need to stop my blood thinners?": false,
		"الحجامة تفيد الظهر؟":                  false,
	} {
		if got := asksOffer(knowledge.Words(msg)); got != want {
			t.Errorf("asksOffer(%q) = %v, want %v", msg, got, want)
		}
	}
}

// The thing an offer question asks for is the first content word after its opener.
func TestOffered(t *testing.T) {
	for msg, want := range map[string]string{
		"هل تعالجون صرير الأسنان أثناء النوم؟": "صرير",
		"عندكم حقن للشبكية؟":                   "حقن",
		"في عندكن شي لتشنج الرقبة؟":            "لتشنج",
		"do you treat bruxism?":                "bruxism",
		"do you guys have parking":             "",
		"3ndkom 7ejame?":                       "", // Arabizi: read as a whole by the search
		"عندكم؟":                               "",
		"الحجامة تفيد الظهر؟":                  "",
	} {
		if got := offered(knowledge.Words(msg)); got != want {
			t.Errorf("offered(%q) = %q, want %q", msg, got, want)
		}
	}
}

// An offer asked after the story names its thing right after the opener; the message's first
// sentence is asksOffer's.
func TestAsksOfferAfter(t *testing.T) {
	for msg, want := range map[string]bool{
		"فكي بيطقطق لما افتح بقي، بتعالجوا مفصل الفك؟":          true,
		"my jaw clicks. do you treat bruxism?":                  true,
		"ابني يمشي على اطراف اصابعه، عندكم احد يشوفه؟":          false, // someone, for the story
		"ibni bymshi 3ala atraf asabe3o, 3andkom 7ada ysheflo?": false,
		"عندكم حجامة؟":                                          false, // the first sentence
		"ظهري يوجعني من سنة، شو الحل؟":                          false,
	} {
		if got := asksOfferAfter(msg); got != want {
			t.Errorf("asksOfferAfter(%q) = %v, want %v", msg, got, want)
		}
	}
}

// What a question on the best kind asks about is the word after «افضل» (and «نوع»), when a question
// word comes before it: not a comparison, nor whom it suits, nor «افضل» as "better stay".
func TestBestThing(t *testing.T) {
	for msg, want := range map[string]string{
		"وش احسن نوع عدسات ملونة؟":            "عدسات",
		"what's the best type of mattress":    "mattress",
		"ما أفضل طريقة لعلاج جفاف العين؟":     "لعلاج",
		"ايهم احسن لي":                        "",
		"el 7o2na di a7san mn el adweya":      "",
		"قالي افضل نايم في السرير":            "",
		"what drops are best for dry eyes":    "",
		"أي نوع نظارة أحسن لولد عمره ٤ سنين؟": "",
	} {
		if got := bestThing(knowledge.Words(msg)); got != want {
			t.Errorf("bestThing(%q) = %q, want %q", msg, got, want)
		}
	}
}

// What a cause question asks about is the first content word after its verb.
func TestCausedThing(t *testing.T) {
	for msg, want := range map[string]string{
		"هل الليزك يسبب سرطان بالعين؟": "سرطان",
		"does lasik cause cancer?":     "cancer",
		"can it lead to blindness":     "blindness",
		"هل يؤدي إلى جفاف العين؟":      "جفاف",
		"كم يدوم البوتوكس؟":            "",
		"يسبب؟":                        "",
	} {
		if got := causedThing(knowledge.Words(msg)); got != want {
			t.Errorf("causedThing(%q) = %q, want %q", msg, got, want)
		}
	}
}

// Pleasantries come in families: every person of a verb («تسلملي», «يسلمو ايديكن»), every dialect's
// title («يا فندم») and Arabizi however its vowels fall («tslam», «mashkooreen ma 8asartoo», "ya3teekom
// el 3afye"), which a list of forms missed. The forms here are none of the lists' own; a question
// with them, and a word of a family on its own («كيف؟»), is still no pleasantry.
func TestSmalltalkFamilies(t *testing.T) {
	for _, tt := range []struct {
		msg     string
		want    smalltalkKind
		arabizi bool
	}{
		{"تسلميلي يا قمر", thanks, false},
		{"يسلمو ايديكي", thanks, false},
		{"عاشت ايدك دكتور", thanks, false},
		{"متشكرين جدا يا فندم", thanks, false},
		{"الله يجزيكم الخير", thanks, false},
		{"ما قصرتوا والله", thanks, false},
		{"يعطيكن العافية", thanks, false},
		{"شلونكم", greeting, false},
		{"مساكم الله بالخير", greeting, false},
		{"ازيكو عاملين ايه", greeting, false},
		{"الله معاكم", goodbye, false},
		{"تصبحوا على خير", goodbye, false},
		{"teslamoli ya 7abibti", thanks, true},
		{"mashkoora ma 2assarti", thanks, true},
		{"ya3teeki el 3afia", thanks, true},
		{"salamo 3alaykom, kifkom?", greeting, true},
		{"ma3 el salame", goodbye, true},
		{"have a lovely evening", goodbye, false},
		{"you've been super helpful, cheers", thanks, false},
		{"كيف؟", notSmalltalk, false},
		{"تسلم ايدك، بس كم جلسة احتاج؟", notSmalltalk, false},
		{"ok I'll call them tomorrow, thanks", thanks, false},
		{"will do", ack, false},
		{"تمام بتصل فيكم بكره", ack, false},
		{"I'll call, is the clinic open on friday?", notSmalltalk, false},
		{"ya3teeki el 3afia, kam jalse ba7tej?", notSmalltalk, false},
		{"good night sweats after the injection?", notSmalltalk, false},
		{"ايدك توجعك؟", notSmalltalk, false},
	} {
		k, arabizi := smalltalkIn(knowledge.Words(tt.msg))
		if k != tt.want || k != notSmalltalk && arabizi != tt.arabizi {
			t.Errorf("smalltalkIn(%q) = %v, %v; want %v, %v", tt.msg, k, arabizi, tt.want, tt.arabizi)
		}
	}
}

// A handoff word in a phrase that asks for nothing of its kind is no handoff: what happens at the
// first appointment, how much of something that is no price, going back to one's own work, the
// patient's own job. The requests themselves in other dialects still are: a person («حد»), the
// clinic open on a day, its hours in Arabizi, a call back in Arabizi, what it sells.
func TestHandoffPhrasesAndFamilies(t *testing.T) {
	for msg, want := range map[string]handoffReason{
		"what do I need to wear to my first appointment?":          "",
		"how long does the initial visit usually take":             "",
		"anything I should avoid before my botox appointment":      "",
		"how much swelling is normal after the session":            "",
		"how much pain will I be in afterwards":                    "",
		"اول موعد كم ياخذ وقت؟":                                    "",
		"متى اقدر اداوم بعد الجلسة؟ ارجع دوامي بكره؟":              "",
		"انا موظفه واشتغل على الكمبيوتر طول اليوم، يفيدني العلاج؟": "",
		"can I book my first appointment for next week?":           wantsBooking,
		"how much is a session":                                    wantsPrice,
		"I want to change my next appointment":                     wantsBooking,
		"بدي احكي مع حدا":                                          wantsPerson,
		"ابغى اكلم الدكتوره":                                       wantsPerson,
		"المركز فاتح يوم السبت؟":                                   wantsContact,
		"shu dawamkon bel 3eed?":                                   wantsContact,
		"ممكن حدا يتواصل معي؟ بدي اتكلم مع حد":                     wantsPerson,
		"law sama7t tetassalo fiye":                                wantsPerson,
		"تبيعون كريمات؟":                                           wantsPerson,
		"do you sell sunscreen at the clinic?":                     wantsPerson,
		"ارجع الدوام امتى؟ وانتو مفتوحين يوم الجمعه؟":              wantsContact,
		"اقدر ادفع بالتقسيط؟":                                      wantsPrice,
		"fi 3ndkom zar3a bel ta2seet?":                             wantsPrice,
		"can I pay in installments?":                               wantsPrice,
		"بقديش الجلسة عندكم؟":                                      wantsPrice,
		"شكد سعرها؟":                                               wantsPrice,
		"2addesh se3ro?":                                           wantsPrice,
		"bade e7ki ma3 el doktora":                                 wantsPerson,
		"which treatments do you offer for migraines?":             "",
		"do you have any offers this month?":                       wantsPrice,
	} {
		if got := handoffOf(padded(knowledge.Words(msg))); got != want {
			t.Errorf("handoffOf(%q) = %q, want %q", msg, got, want)
		}
	}
}

// Arabizi asks for a person with the pronoun before the verb («momken 7ada ye7ki ma3i», «7ad yetasel
// fiya»), for a doctor the clinic has («fi 3andkom doctora banet?») and for its working days («3ndkom
// dawam yom el jum3a?», «عندكم دوام يوم الجمعة؟»), as the Arabic patterns do; «la7ad» (until) and
// «7ad» (sharp) before another word are no request, and English thanks for the help ("thanks a lot,
// that really helped") are smalltalk.
func TestHandoffArabiziPronounFirst(t *testing.T) {
	for _, c := range []struct {
		msg  string
		want handoffReason
	}{
		{"momken 7ada ye7ki ma3i bel telefon?", wantsPerson},
		{"momken 7ad yetasel fiya? ana ma ba3ref ashra7 mushkelti", wantsPerson},
		{"fi 3andkom doctora banet?", wantsPerson},
		{"3ndkom dawam yom el jum3a?", wantsContact},
		{"عندكم دوام يوم الجمعة؟", wantsContact},
		{"el wga3 da masmoo7 le7ad emta?", ""},
		{"ibni ensab b 3eino b 2alam 7ad w 3am ynazzef", ""},
		{"ba2dar arja3 3al dawam ba3d el jalse?", ""},
	} {
		if got := handoffOf(padded(knowledge.Words(c.msg))); got != c.want {
			t.Errorf("handoffOf(%q) = %q, want %q", c.msg, got, c.want)
		}
	}
	for _, msg := range []string{"thank you so much, that really helped", "thanks a lot, that really helped", "ok that helps, thanks"} {
		if got := smalltalkOf(knowledge.Words(msg)); got != thanks {
			t.Errorf("smalltalkOf(%q) = %v, want thanks", msg, got)
		}
	}
	if got := smalltalkOf(knowledge.Words("does it really help with the pain")); got != notSmalltalk {
		t.Errorf("smalltalkOf(question) = %v, want none", got)
	}
}

// English questions that name a handoff's word asking nothing of staff stay questions: "ring me"
// inside "bothering me", how much toothpaste to use, how long each appointment is, waiting for an
// appointment, a child who "doesn't complain of pain"; the requests themselves still go to staff.
func TestHandoffEnglishInPassing(t *testing.T) {
	for _, c := range []struct {
		msg  string
		want handoffReason
	}{
		{"do i have to get my wisdom teeth out if they're not bothering me at all?", ""},
		{"and how much toothpaste do i use", ""},
		{"how many visits is a root canal and how long is each appointment", ""},
		{"which symptoms mean I should go to the ER instead of waiting for an appointment?", ""},
		{"he plays football and doesn't complain of pain at all, what do you do for mild cases?", ""},
		{"can you ring me tomorrow?", wantsPerson},
		{"i want to make a complaint about the receptionist", wantsPerson},
		{"how much does it cost?", wantsPrice},
		{"can i book an appointment for next week?", wantsBooking},
	} {
		if got := handoffOf(padded(knowledge.Words(c.msg))); got != c.want {
			t.Errorf("handoffOf(%q) = %q, want %q", c.msg, got, c.want)
		}
	}
}

// Saying that the reply helped is thanks ("that really helped", "this has helped a lot"); a question
// after it is still a question.
func TestSmalltalkHelped(t *testing.T) {
	for msg, want := range map[string]smalltalkKind{
		"thank you so much, that really helped":      thanks,
		"thanks, this has helped a lot":              thanks,
		"ok that helps, thank you":                   thanks,
		"that really helped, how long does it last?": notSmalltalk,
	} {
		if got := smalltalkOf(knowledge.Words(msg)); got != want {
			t.Errorf("smalltalkOf(%q) = %v, want %v", msg, got, want)
		}
	}
}

// Requests for staff in more persons and dialects: someone to talk with or call the patient
// («حدا يحكي معي», "7ada ye7ki ma3i", "7ad yetasel fiya"), a woman doctor («عندكن دكتورة»,
// "3andkom doctora"), the hours in construct state («ساعات عمل العيادة») and in Arabizi, where the
// clinic is with the clinic named first («العيادة فين»), which district in Egyptian («أنهي حي»),
// moving an appointment in Egyptian («اغير معاد»). A call back is a phrase, not letters inside a word
// ("bothering me"); how much of a thing to use is no price; how long an appointment takes, or going
// to the ER instead of waiting for one, is no booking.
func TestHandoffPersonsAndPhrases(t *testing.T) {
	for msg, want := range map[string]handoffReason{
		"ممكن حدا يحكي معي؟":                                           wantsPerson,
		"momken 7ada ye7ki ma3i 3al telefon?":                          wantsPerson,
		"momken 7ad yetasel fiya bokra?":                               wantsPerson,
		"جوزي يبي يكلم الدكتور":                                        wantsPerson,
		"في عندكن دكتورة بتفحص؟":                                       wantsPerson,
		"fi 3andkom doctora?":                                          wantsPerson,
		"ما هي ساعات عمل العيادة؟":                                     wantsContact,
		"3andkom dawam yom el sabt?":                                   wantsContact,
		"العيادة فين بالظبط؟":                                          wantsContact,
		"انتو في انهي حي؟":                                             wantsContact,
		"عايزة اغير المعاد لبكرة":                                      wantsBooking,
		"please call me back":                                          wantsPerson,
		"should i take them out if they're not bothering me?":          "",
		"how much toothpaste should i use":                             "",
		"how much does it cost":                                        wantsPrice,
		"how long is each appointment":                                 "",
		"should i go to the ER instead of waiting for an appointment?": "",
		"في عدسة تصلحه وقت عملية المياه البيضاء؟":                      "",
	} {
		if got := handoffOf(padded(knowledge.Words(msg))); got != want {
			t.Errorf("handoffOf(%q) = %q, want %q", msg, got, want)
		}
	}
}

// A symptom complained of ("doesn't complain of pain", "my main complaint is stiffness") is no
// complaint to the clinic; wanting to complain is.
func TestHandoffComplaintOfSymptom(t *testing.T) {
	for msg, want := range map[string]handoffReason{
		"he plays football and doesn't complain of pain at all, what do you do for mild cases?": "",
		"my main complaint is stiffness in the morning":                                         "",
		"I want to make a complaint":                                                            wantsPerson,
		"i want to complain about the receptionist":                                             wantsPerson,
	} {
		if got := handoffOf(padded(knowledge.Words(msg))); got != want {
			t.Errorf("handoffOf(%q) = %q, want %q", msg, got, want)
		}
	}
}

// The weather is asked when each clause ending in a question mark asks it, whatever the patient tells
// of their plans after; a clause telling the weather before a question of its own is no such question.
func TestWeatherAsked(t *testing.T) {
	for msg, want := range map[string]bool{
		"شو الطقس بكرا بالرياض؟ بدي اطلع امشي الصبح":          true,
		"what's the weather tomorrow? I want to go for a run": true,
		"الجو حار اليوم وانا اعرق، العلاج يفيد؟":              false,
		"الجو اليوم حار وانا اعرق كثير هل العلاج يفيد":        false,
		"كيف الجو اليوم؟ وهل العلاج يفيد مع الحر؟":            false,
	} {
		if got := weatherAsked(msg); got != want {
			t.Errorf("weatherAsked(%q) = %v, want %v", msg, got, want)
		}
	}
}

// Word boundaries and dialect particles decide a handoff: «وقت العملية» is how long the operation
// takes, not «وقت العمل» (the clinic's hours); «قبل لا احجز» (Gulf: before I book) frames a question as
// «قبل ما احجز» does; «قديش حق …», «كم حق …» (what … costs) asks a price; a bare «كلموني» at the end
// of a message, politely or not, asks to be called, while «كلموني عن …» asks to be told.
func TestHandoffBoundariesAndParticles(t *testing.T) {
	for _, c := range []struct {
		msg  string
		want handoffReason
	}{
		{"كم تاخذ وقت العملية؟", ""},
		{"وش وقت العمل عندكم؟", wantsContact},
		{"ممكن التقشير يسوي حساسية قوية؟ ابي اعرف قبل لا احجز", ""},
		{"قديش حق جلسة التقشير عندكن؟", wantsPrice},
		{"كم حق الجلسة؟", wantsPrice},
		{"كلموني لو سمحتم", wantsPerson},
		{"call me please", wantsPerson},
		{"كلموني عن البوتوكس", ""},
	} {
		if got := handoffOf(padded(knowledge.Words(c.msg))); got != c.want {
			t.Errorf("handoffOf(%q) = %q, want %q", c.msg, got, c.want)
		}
	}
}

// A request is made within one sentence: «مين اللي يعطي الحقن عندكم؟ دكتور ولا ممرضه» asks who gives the
// injections, though «عندكم دكتور» (which doctors the clinic has) stands across its question mark; a
// request in any one sentence still goes to staff, and a comma parts none.
func TestHandoffWithinSentence(t *testing.T) {
	for _, c := range []struct {
		msg  string
		want handoffReason
	}{
		{"مين اللي يعطي الحقن عندكم؟ دكتور ولا ممرضه", ""},
		{"عندكم دكتور؟", wantsPerson},
		{"بكم يوم تظهر النتيجة؟ وكم سعر الجلسة؟", wantsPrice},
		{"where exactly is the clinic? which district?", wantsContact},
		{"عندي موعد بكرة، وابي الغيه", wantsBooking},
	} {
		if got := handoffIn(c.msg, padded(knowledge.Words(c.msg))); got != c.want {
			t.Errorf("handoffIn(%q) = %q, want %q", c.msg, got, c.want)
		}
	}
}

// Requests for a person in every dialect's words go to staff: being called back («فيكن تتصلو فيي؟»,
// «أرجو الاتصال بي», «ممكن ترجعولي اتصال», "give me a call"), speaking with staff of any title or
// gender («عايزة أتكلم مع أخصائية ست», «هل يمكنني التحدث مع أخصائي», "I'd like to speak to one of
// the doctors", "can I talk to the female doctor"), and «ممكن» before someone only when nothing but
// courtesy or their calling follows. What the doctor may do («ممكن الدكتور يختار…»), what the doctor
// does, and the patient's own doctor are no request.
func TestHandoffCallsAndStaff(t *testing.T) {
	for _, c := range []struct {
		msg  string
		want handoffReason
	}{
		{"فيكن تتصلو فيي؟", wantsPerson},
		{"ممكن تتصلوا بي", wantsPerson},
		{"هل يمكنكم الاتصال بي", wantsPerson},
		{"أرجو الاتصال بي", wantsPerson},
		{"الرجاء التواصل معي", wantsPerson},
		{"ممكن ترجعولي اتصال", wantsPerson},
		{"can you give me a call", wantsPerson},
		{"please have the doctor call me", wantsPerson},
		{"عايزة أتكلم مع أخصائية ست", wantsPerson},
		{"بدي احكي مع اخصائية", wantsPerson},
		{"ابي اكلم الاخصائي", wantsPerson},
		{"هل يمكنني التحدث مع أخصائي", wantsPerson},
		{"I'd like to speak to one of the doctors", wantsPerson},
		{"can I talk to the female doctor", wantsPerson},
		{"I'd like to speak with one of your therapists", wantsPerson},
		{"I want to talk to a specialist", wantsPerson},
		{"ممكن موظف لو سمحت", wantsPerson},
		{"ممكن دكتور؟", wantsPerson},
		{"ممكن الدكتور يكلمني", wantsPerson},
		{"ممكن الدكتور يتصل علي بعدين", wantsPerson},
		{"دقولي لو سمحتو", wantsPerson},
		{"رنولي بكرة", wantsPerson},
		{"ابغى اكلم وحدة من الدكتورات", wantsPerson},
		{"عايز اتكلم مع الريسبشن", wantsPerson},
		{"mumkin tetaslo fiyi?", wantsPerson},
		{"momken te3mloli call", wantsPerson},
		{"3ayez akalem el akhsa2eya", wantsPerson},
		{"bdi e7ki ma3 el mumarrida", wantsPerson},
		{"is there a female doctor I can talk to", wantsPerson},
		{"can I reschedule", wantsBooking},
		{"should I call you if the swelling lasts?", ""},
		{"وليش ممكن الدكتور يختارو بدل الليزك؟", ""},
		{"ممكن الدكتور يختار الابرة المناسبة؟", ""},
		{"هل الدكتور يتكلم مع المريض قبل الجلسة؟", ""},
		{"can my doctor call you to discuss my case", ""},
		{"the doctor told me to call if it hurts", ""},
	} {
		if got := handoffOf(padded(knowledge.Words(c.msg))); got != c.want {
			t.Errorf("handoffOf(%q) = %q, want %q", c.msg, got, c.want)
		}
	}
}

// The clinic's hours and whereabouts in every dialect go to staff when the pages do not give them:
// opening and closing at an hour («بتفتح الساعه كام في رمضان», «امتى بتفتحوا», «btefta7o sa3a
// kam», "what time do you open"), and where it is in Arabizi and English («wein mawqe3 el 3iyade»,
// «wen mkankom», "where's the clinic"); an eye that opens is no clinic. Cancelling or moving one's own
// session or booking («بدي الغي حجزي», «ابي اقدم جلستي», "I need to cancel my session") and free
// times asked after are bookings; a session put off, asked of its effect, is not.
func TestHandoffHoursAndPlace(t *testing.T) {
	for _, c := range []struct {
		msg  string
		want handoffReason
	}{
		{"بتفتح الساعه كام في رمضان", wantsContact},
		{"العيادة تفتح الساعة كم؟", wantsContact},
		{"الساعه كام بتفتحوا", wantsContact},
		{"بتقفلوا الساعة كام", wantsContact},
		{"امتى بتفتحوا", wantsContact},
		{"btefta7o sa3a kam", wantsContact},
		{"what time do you open", wantsContact},
		{"what are your hours in ramadan", wantsContact},
		{"wein mawqe3 el 3iyade", wantsContact},
		{"wen mkankom", wantsContact},
		{"where's the clinic", wantsContact},
		{"how do I get to the clinic", wantsContact},
		{"بدي الغي حجزي", wantsBooking},
		{"ابي اقدم جلستي", wantsBooking},
		{"ممكن اغير وقت الجلسة", wantsBooking},
		{"بدي أأجل الجلسة لبكرا", wantsBooking},
		{"bdi ghayyer wa2t el jalse", wantsBooking},
		{"3ayez ala8y el 7agz", wantsBooking},
		{"في وقت فاضي الاسبوع الجاي؟", wantsBooking},
		{"I need to cancel my session", wantsBooking},
		{"any slots available tomorrow?", wantsBooking},
		{"do you have availability on saturday", wantsBooking},
		{"I can't make it tomorrow", wantsBooking},
		{"لو أخرت الجلسة الثانية أسبوع بيأثر على النتيجة؟", ""},
		{"هل تأجيل الجلسة يضر؟", ""},
		{"how can I contact you", wantsContact},
		{"are you open today", wantsContact},
		{"متى تفتح العين بعد العملية؟", ""},
		{"متى اقدر افتح عيني بعد الليزك؟", ""},
	} {
		if got := handoffOf(padded(knowledge.Words(c.msg))); got != c.want {
			t.Errorf("handoffOf(%q) = %q, want %q", c.msg, got, c.want)
		}
	}
}
