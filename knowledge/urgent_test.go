package knowledge

import "testing"

// urgentDocs is a small eye clinic whose pages say when to go to the emergency department.
func urgentDocs() []*Document {
	return []*Document{{
		ID: "eye", Title: "عمليات العيون", Lang: "ar",
		Sections: []Section{
			section("s1", "عملية الليزك", "الليزك يصحح قصر النظر، ويعود معظم المرضى إلى العمل بعد يومين."),
			section("s2", "الجفاف بعد العملية", "يشعر بعض المرضى بجفاف وحكة في العين في الأسابيع الأولى بعد العملية."),
			{ID: "s3", Title: "متى تحتاج رعاية عاجلة؟", Level: 2, Blocks: []Block{
				{Kind: Paragraph, Text: "توجه إلى طوارئ العيون فورًا إذا حدث بعد العملية:"},
				{Kind: List, Text: "- ألم شديد في العين لا يخف بالمسكنات، مع غثيان أو قيء.\n- ضعف مفاجئ في النظر أو احمرار يزداد مع إفرازات.",
					Items: []string{"ألم شديد في العين لا يخف بالمسكنات، مع غثيان أو قيء.", "ضعف مفاجئ في النظر أو احمرار يزداد مع إفرازات."}},
			}},
			section("s4", "المياه الزرقاء الحادة", "قد يرتفع ضغط العين فجأة فيسبب ألمًا شديدًا وصداعًا وهالات ملونة حول الأضواء مع قيء. هذه حالة طارئة، فتوجه إلى الطوارئ فورًا."),
		},
	}}
}

func TestUrgentSigns(t *testing.T) {
	ix := MustBuild(t, urgentDocs(), searchLexicon)
	if len(ix.signs) == 0 {
		t.Fatal("no urgent signs collected")
	}
	for _, q := range []string{
		"الالم فظيع ما يخف بالمسكنات ومعه غثيان",
		"عيني صار فيها احمرار يزداد ومعه افرازات",
		"صداع قوي وهالات ملونة حول الاضواء",
	} {
		if sign, n := ix.UrgentSign(Words(q)); sign == "" {
			t.Errorf("UrgentSign(%q) = none, want a sign", q)
		} else if n < 2 {
			t.Errorf("UrgentSign(%q) matched %d concepts", q, n)
		}
	}
	for _, q := range []string{
		"كم يوم ارجع للعمل بعد الليزك", // the page's subject, not a sign
		"عندي جفاف وحكة بعد العملية",   // a sign of no urgency
		"العين", // one word
		"ابغى احجز موعد لعملية الليزك للعين", // the clinic's words only
	} {
		if sign, _ := ix.UrgentSign(Words(q)); sign != "" {
			t.Errorf("UrgentSign(%q) = %q, want none", q, sign)
		}
	}
}

func TestUrgentSignsNeedUrgentWords(t *testing.T) {
	// A clinic whose pages send nothing to urgent care has no signs.
	ix := MustBuild(t, testDocs(), searchLexicon)
	if len(ix.signs) != 0 {
		t.Errorf("signs of a clinic without urgent-care text: %v", ix.signs)
	}
}

// A paragraph that tells what is not urgent beside what is gives only its urgent sentences; the
// sentence introducing a list, and the instruction words («فورًا») every sign has, are no sign.
func TestUrgentSignsAreTheUrgentSentences(t *testing.T) {
	docs := []*Document{{
		ID: "skin", Title: "الليزر", Lang: "ar",
		Sections: []Section{
			section("s1", "إزالة الشعر بالليزر", "جلسات الليزر تزيل الشعر تدريجيًا وتحتاج عدة جلسات."),
			section("s2", "المضاعفات", "إذا ظهرت فقاعة صغيرة فلا تفقأها وتواصل مع العيادة. أما إذا انتشرت الفقاعات مع حرارة أو صديد فتوجه إلى الطوارئ فورًا."),
			{ID: "s3", Title: "آلام الرقبة", Level: 2, Blocks: []Block{
				{Kind: Paragraph, Text: "اتصل بالإسعاف فورًا ولا تنتظر موعد العيادة إذا صاحب ألم الرقبة أي مما يلي:"},
				{Kind: List, Text: "- حرارة مرتفعة مع تيبس الرقبة.\n- خدر ينتشر في الذراعين.",
					Items: []string{"حرارة مرتفعة مع تيبس الرقبة.", "خدر ينتشر في الذراعين."}},
			}},
			// Under an urgent heading, a paragraph that sends to the clinic tells what is not urgent.
			{ID: "s4", Title: "متى تحتاج رعاية عاجلة بعد الخلع؟", Level: 2, Blocks: []Block{
				{Kind: Paragraph, Text: "توجه إلى الطوارئ إذا انتشر التورم نحو العين مع حرارة."},
				{Kind: Paragraph, Text: "أما الطعم الكريه في الفم أو الحرارة الخفيفة فتستدعي مراجعة العيادة في أقرب وقت."},
			}},
		},
	}}
	ix := MustBuild(t, docs, searchLexicon)
	for _, q := range []string{"انتشرت الفقاعات وعندي حرارة", "حرارة مرتفعة ورقبتي متيبسة"} {
		if sign, _ := ix.UrgentSign(Words(q)); sign == "" {
			t.Errorf("UrgentSign(%q) = none, want a sign", q)
		}
	}
	for _, q := range []string{
		"طلعت فقاعة صغيرة بعد الليزر وش اسوي فيها", // the page says: call the clinic
		"ألم الرقبة عندي من زمان وما انتظر الموعد", // the words of the list's introduction only
		"عندي طعم كريه بالفم وحرارة خفيفة",         // the clinic sees it, though under an urgent heading
	} {
		if sign, _ := ix.UrgentSign(Words(q)); sign != "" {
			t.Errorf("UrgentSign(%q) = %q, want none", q, sign)
		}
	}
}

// A clause that only qualifies the one before ("…, with back pain") is no sign of its own: back pain
// alone is not the sign the page sends to the emergency department, the numbness or the bladder with
// it is.
func TestUrgentSignQualifierIsNoSign(t *testing.T) {
	docs := []*Document{{
		ID: "physio", Title: "Physiotherapy", Lang: "en",
		Sections: []Section{
			section("s1", "Knee rehabilitation", "Knee rehabilitation after surgery takes about six weeks of exercise."),
			{ID: "s2", Title: "When is it an emergency?", Level: 2, Blocks: []Block{
				{Kind: Paragraph, Text: "Go to the emergency department now if you have:"},
				{Kind: List, Text: "- numbness around the groin or buttocks, or loss of bladder or bowel control, with back pain;",
					Items: []string{"numbness around the groin or buttocks, or loss of bladder or bowel control, with back pain;"}},
			}},
		},
	}}
	ix := MustBuild(t, docs, searchLexicon)
	for _, q := range []string{"numbness around my buttocks and my back pain is worse", "lost bladder control with back pain"} {
		if sign, _ := ix.UrgentSign(Words(q)); sign == "" {
			t.Errorf("UrgentSign(%q) = none, want the sign", q)
		}
	}
	for _, q := range []string{"back pain", "my back pain is killing me"} {
		if sign, _ := ix.UrgentSign(Words(q)); sign != "" {
			t.Errorf("UrgentSign(%q) = %q, want none: back pain only qualifies the sign", q, sign)
		}
	}
}
