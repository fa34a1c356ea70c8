package knowledge

import "testing"

// Words of one meaning the patient and the pages spell from different stems: the English "burn"
// and the pages' «تحترق» (skin that burns in the sun), the derived adjective «وقائية» and the noun
// «الوقاية», the MSA «تنزع» (remove, peel off) and the dialect «اشيل», the verb «اضغط» and «ضغط».
func TestRound15SameMeaning(t *testing.T) {
	checkFirst(t, []firstCase{{
		name: "burn",
		sections: []Section{
			section("moles", "فحص الشامات", "ننصح بفحص سنوي لمن لديه بشرة فاتحة تحترق بسهولة."),
			section("diet", "الغذاء", "تناول الخضار والفواكه يوميًا مع شرب الماء."),
		},
		want: map[string]string{
			"my skin burn super easily, what should i do": "d#moles",
			"i get sunburnt all the time":                 "d#moles",
		},
	}, {
		name: "burning is one group",
		sections: []Section{
			section("feel", "الإحساس", "قد تشعر بحرقان خفيف لثوان."),
			section("drops", "الاستعمال", "استخدم القطرة أربع مرات يوميًا."),
		},
		want: map[string]string{
			"what about the burning": "d#feel",
		},
	}, {
		name: "preventive",
		sections: []Section{
			section("prev", "الوقاية", "تساعد الوقاية على تجنب المشكلة من البداية."),
			section("treat", "العلاج", "يبدأ العلاج بالفحص ثم الجلسات."),
		},
		want: map[string]string{
			"هل عندكم برامج وقائية؟": "d#prev",
		},
	}, {
		name: "remove",
		sections: []Section{
			section("care", "العناية بعد التقشير", "لا تنزع القشور بيدك واتركها تسقط وحدها."),
			section("before", "قبل التقشير", "توقف عن الريتينول قبل الجلسة بأسبوع."),
		},
		want: map[string]string{
			"ينفع اشيل القشر بايدي؟": "d#care",
		},
	}, {
		name: "press",
		sections: []Section{
			section("after", "بعد الخلع", "اضغط على الشاش لمدة 30 دقيقة."),
			section("change", "تغيير الشاش", "غيّر الشاش إذا امتلأ بالدم."),
		},
		want: map[string]string{
			"كم ضغط على الشاش؟":                "d#after",
			"how long do i press on the gauze": "d#after",
		},
	}})
}

// A word whose own first letters read as the article («التهاب», «التئام», «الوان») stems the same
// with the article before it: the page's «الالتهاب» is the patient's «التهاب».
func TestArticleOnOwnAl(t *testing.T) {
	for with, without := range map[string]string{
		"الالتهاب":   "التهاب",
		"والالتهاب":  "التهاب",
		"الالتهابات": "التهابات",
		"الالتئام":   "التئام",
		"الالوان":    "الوان",
		"الالم":      "الم",
	} {
		if a, b := stemWord(Normalize(with)), stemWord(Normalize(without)); a != b {
			t.Errorf("%s stems to %q, %s to %q", with, a, without, b)
		}
	}
	checkFirst(t, []firstCase{{
		name: "healing",
		sections: []Section{
			section("heal", "بعد الإزالة", "يستغرق الالتئام عادة أسبوعين."),
			section("scar", "الأثر", "قد يبقى أثر بسيط بعد الإزالة."),
		},
		want: map[string]string{
			"كم يحتاج الجرح عشان يتم التئام؟": "d#heal",
		},
	}})
}

// The mouth, legs and driving as patients write them: «فمي» (my mouth, three letters the stemmer
// keeps whole), the Levantine «تمي» and «اجريي» (my mouth, my legs), and «تسوق» (she drives).
func TestRound15BodyAndDriving(t *testing.T) {
	checkFirst(t, []firstCase{{
		name: "mouth",
		sections: []Section{
			section("smell", "رائحة الفم", "تنتج رائحة الفم غالبًا عن أمراض اللثة."),
			section("gum", "اللثة", "نزيف اللثة عند التفريش علامة التهاب."),
		},
		want: map[string]string{
			"ريحة تمي مش منيحة": "d#smell",
			"ريحة فمي مو حلوة":  "d#smell",
		},
	}, {
		name: "legs",
		sections: []Section{
			section("legs", "تنحيف الساقين", "يمكن تنحيف عضلة الساق بالحقن."),
			section("jaw", "تنحيف الفك", "يمكن تنحيف الفك بالحقن."),
		},
		want: map[string]string{
			"بدي اجريي يصيرو انحف": "d#legs",
		},
	}, {
		name: "driving",
		sections: []Section{
			section("drive", "القيادة بعد العملية", "لا تقد السيارة في يوم العملية."),
			section("read", "القراءة", "يمكن القراءة بعد يومين."),
		},
		want: map[string]string{
			"امي متى تقدر تسوق؟": "d#drive",
		},
	}})
}

// The pages' «أمر متوقع» (expected) is the patient's «طبيعي» (normal), as "expected" already was; the
// feminine «تزداد» (the spots increase) is «زادت».
func TestExpectedIsNormal(t *testing.T) {
	checkFirst(t, []firstCase{{
		name: "expected",
		sections: []Section{
			section("flare", "الأسابيع الأولى", "قد تزداد الحبوب قليلًا في الأسابيع الأولى وهذا أمر متوقع."),
			section("use", "طريقة الاستعمال", "ضع طبقة رقيقة من الكريم ليلًا على الحبوب."),
		},
		want: map[string]string{
			"الحبوب زادت من الكريم، طبيعي؟": "d#flare",
		},
	}})
}

// Going blind («يعمي», «اعمى», "go blind") is the pages' «فقدان البصر».
func TestGoingBlind(t *testing.T) {
	checkFirst(t, []firstCase{{
		name: "blind",
		sections: []Section{
			section("loss", "الخطورة", "إهمال العلاج قد يؤدي إلى فقدان البصر."),
			section("drops", "القطرات", "استخدم القطرة يوميًا في الموعد نفسه."),
		},
		want: map[string]string{
			"ممكن يعمي؟":              "d#loss",
			"can it make me go blind": "d#loss",
		},
	}})
}

// The verb of a check-up as patients ask it («يفحصون ولدي», «بتفحصوا») is the pages' «الفحص», also
// where the pages use the verb too (which keeps it from being read as the noun); not the first person
// («نفحص»), which is how the pages speak of what the clinic does in any passage.
func TestTheyExamine(t *testing.T) {
	checkFirst(t, []firstCase{{
		name: "examine",
		sections: []Section{
			section("grow", "النمو", "يتغير القوام مع النمو."),
			section("doc", "الطبيب", "يفحص الطبيب الظهر ويفحصون الرقبة."),
			section("check", "السنة", "ننصح بالفحص السنوي للقوام."),
		},
		want: map[string]string{
			"متى يفحصون القوام؟": "d#check",
			"بتفحصوا القوام؟":    "d#check",
		},
	}})
}

// A broken plural is its singular: the patient's «الاغراض» (things carried) are the pages' «غرض».
func TestBrokenPluralThings(t *testing.T) {
	checkFirst(t, []firstCase{{
		name: "things",
		sections: []Section{
			section("weight", "الأوزان", "رفع الأوزان الثقيلة ممنوع أسبوعين."),
			section("lift", "الحمل", "ضع الغرض قريبًا من جسمك."),
		},
		want: map[string]string{
			"كيف ارفع الاغراض؟": "d#lift",
		},
	}})
}
