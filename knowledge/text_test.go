package knowledge

import (
	"os"
	"strings"
	"testing"
)

func TestParseTextSeedGolden(t *testing.T) {
	data, err := os.ReadFile("kb/botox-medical-uses.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ParseText("botox-medical-uses.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "botox-medical-uses", doc)

	// What the golden file must show, checked here so that -update cannot bless a wrong parse:
	// every heading with its paragraphs, the parent heading and its level-3 treatments, and the FAQs.
	type sec struct {
		level  int
		title  string
		blocks int
	}
	want := []sec{
		{0, "الاستخدامات الطبية غير التجميلية للبوتوكس", 1},
		{2, "كيف يعمل البوتوكس داخل الجسم؟", 1},
		{2, "الاستخدامات الطبية غير التجميلية للبوتوكس", 0},
		{3, "علاج الصداع النصفي المزمن", 1},
		{3, "علاج فرط التعرق", 1},
		{3, "تشنجات العضلات واضطرابات الحركة", 1},
		{2, "من هم المرشحون المناسبون للعلاج؟", 1},
		{2, "الحالات التي تحتاج تقييمًا دقيقًا", 1},
		{2, "الفرق بين الاستخدام الطبي والتجميلي", 2},
		{2, "مدة النتائج والمتابعة", 2},
		{2, "الآثار الجانبية المحتملة", 1},
		{2, "الاستشارة الطبية وأهميتها", 1},
	}
	var got []sec
	for _, s := range doc.Sections {
		got = append(got, sec{s.Level, s.Title, len(s.Blocks)})
		for _, b := range s.Blocks {
			if b.Kind != Paragraph || len(b.Text) < 100 {
				t.Errorf("section %q: block at line %d is not one of the article's paragraphs: %+v", s.Title, b.Line, b)
			}
		}
	}
	if len(got) != len(want) {
		t.Fatalf("sections:\n%s", outline(doc))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("section %d = %+v, want %+v", i+1, got[i], want[i])
		}
	}
	if doc.Title != "الاستخدامات الطبية غير التجميلية للبوتوكس" || doc.ID != "botox-medical-uses" || doc.Lang != "ar" {
		t.Errorf("doc id %q title %q lang %q", doc.ID, doc.Title, doc.Lang)
	}
	if len(doc.FAQs) != 4 {
		t.Fatalf("%d FAQs, want 4:\n%s", len(doc.FAQs), outline(doc))
	}
	for i, line := range []int{47, 50, 53, 56} {
		f := doc.FAQs[i]
		if f.Line != line || f.Section != "أسئلة شائعة" || !isQuestion(f.Question) || f.Answer == "" || strings.Contains(f.Answer, "\n") {
			t.Errorf("FAQ %d = %+v", i+1, f)
		}
	}
}

func TestParseTextSeedVariants(t *testing.T) {
	data, err := os.ReadFile("kb/botox-medical-uses.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	want := outline(mustParse(t, "x.txt", text))
	crlf := strings.ReplaceAll(text, "\n", "\r\n")
	for name, variant := range map[string]string{
		"CRLF":                   crlf,
		"BOM":                    "\ufeff" + text,
		"BOM and CRLF":           "\ufeff" + crlf,
		"old Mac CR":             strings.ReplaceAll(text, "\n", "\r"),
		"final newline":          text + "\n",
		"trailing white space":   strings.ReplaceAll(text, "\n", " \t\u200f\n"),
		"white space blank line": strings.ReplaceAll(text, "\n\n", "\n \t \n"),
	} {
		if got := outline(mustParse(t, "x.txt", variant)); got != want {
			t.Errorf("%s:\n%s\nwant:\n%s", name, got, want)
		}
	}
}

func TestParseText(t *testing.T) {
	tests := []struct {
		name, path, src, want string
	}{{
		name: "front matter, lists, wrapped lines",
		path: "care/aftercare.txt",
		src: "---\ntitle: العناية بعد الحقن\npage_id: aftercare\nsections:\n  التعليمات:\n    questions: [وش أسوي بعد البوتوكس؟]\n---\n" +
			"مقدمة قصيرة، مكتوبة\nعلى سطرين.\n\nالتعليمات\n\nبعد الحقن:\n- لا تستلقِ أربع ساعات\n  - ولا تنحنِ\n    كثيرًا\n- تجنب الرياضة يومًا\n1. بند مرقم\n2) بند آخر\n\n-----\n\nخاتمة\n",
		want: `doc aftercare "العناية بعد الحقن" lang=ar
s1 h0 "العناية بعد الحقن" @8
  paragraph @8 "مقدمة قصيرة، مكتوبة على سطرين."
s2 h2 "التعليمات" @11 questions=["وش أسوي بعد البوتوكس؟"]
  paragraph @13 "بعد الحقن:"
  list @14 "- لا تستلقِ أربع ساعات\n  - ولا تنحنِ كثيرًا\n- تجنب الرياضة يومًا\n- بند مرقم\n- بند آخر" items=["لا تستلقِ أربع ساعات\n- ولا تنحنِ كثيرًا" "تجنب الرياضة يومًا" "بند مرقم" "بند آخر"]
  paragraph @23 "خاتمة"
`,
	}, {
		name: "parent headings, question headings, FAQ in both styles",
		path: "faq.txt",
		src: `مقدمة المقال.

الأنواع

النوع الأول

نص النوع الأول.

النوع الثاني

نص النوع الثاني.

هل يناسبني؟

نص عن المناسبة.

بعد السؤال

نص يعود للمستوى الثاني.

الأسئلة الشائعة

مقدمة الأسئلة.

كم يدوم البوتوكس؟

من ثلاثة إلى ستة أشهر.

وفي بعض الحالات أطول.

هل يؤلم؟
ألم بسيط.
هل أحتاج راحة؟
لا، تعود لعملك.

متى أرى النتيجة؟
خلال أسبوع.

مجموعة ثانية

فرع

نص الفرع.

قسم عادي

هل هو آمن؟
نعم عند مختص.

نص بعد الزوج.

سطر ختامي قصير
`,
		want: `doc faq "الأنواع" lang=ar
s1 h0 "الأنواع" @1
  paragraph @1 "مقدمة المقال."
s2 h2 "الأنواع" @3
s3 h3 "النوع الأول" @5
  paragraph @7 "نص النوع الأول."
s4 h3 "النوع الثاني" @9
  paragraph @11 "نص النوع الثاني."
s5 h2 "هل يناسبني؟" @13
  paragraph @15 "نص عن المناسبة."
s6 h2 "بعد السؤال" @17
  paragraph @19 "نص يعود للمستوى الثاني."
s7 h2 "الأسئلة الشائعة" @21
  paragraph @23 "مقدمة الأسئلة."
s8 h2 "مجموعة ثانية" @39
s9 h3 "فرع" @41
  paragraph @43 "نص الفرع."
s10 h3 "قسم عادي" @45
  paragraph @50 "نص بعد الزوج."
  paragraph @52 "سطر ختامي قصير"
q1 "كم يدوم البوتوكس؟" -> "من ثلاثة إلى ستة أشهر.\n\nوفي بعض الحالات أطول." in "الأسئلة الشائعة" @25
q2 "هل يؤلم؟" -> "ألم بسيط." in "الأسئلة الشائعة" @31
q3 "هل أحتاج راحة؟" -> "لا، تعود لعملك." in "الأسئلة الشائعة" @33
q4 "متى أرى النتيجة؟" -> "خلال أسبوع." in "الأسئلة الشائعة" @36
q5 "هل هو آمن؟" -> "نعم عند مختص." in "قسم عادي" @47
`,
	}, {
		name: "a heading with only pairs under it is not a section",
		path: "pairs.txt",
		src:  "FAQ\n\nIs it safe?\nYes.\n\nDepends on you.\n",
		want: `doc pairs "pairs" lang=ar
q1 "Is it safe?" -> "Yes.\n\nDepends on you." in "FAQ" @3
`,
	}, {
		// A heading on the line above its text (pasted from a web page) leads that block only; a
		// paragraph wrapped into lines of about the same length, or a line ending a sentence, is text.
		name: "a heading straight above its text",
		path: "leads.txt",
		src: "زراعة الأسنان\n\nخطوات الزراعة\nتبدأ بفحص سريري وأشعة مقطعية ثلاثية الأبعاد لقياس العظم.\n\n" +
			"مخاطر الزراعة\nنسبة نجاح الزراعة مرتفعة، لكن من المخاطر الممكنة الالتهاب حول الزرعة.\n\n" +
			"نصائح للبيت\n- أزل السجاد الصغير.\n- ضع إضاءة ليلية.\n\n" +
			"يشعر أغلب المرضى بانزعاج خفيف بعد\nالزراعة يشبه ما بعد الخلع ويخف خلال\nأيام قليلة مع المسكنات المعتادة.\n\n" +
			"ملاحظة:\nنص بعد النقطتين.\n",
		want: `doc leads "زراعة الأسنان" lang=ar
s1 h2 "زراعة الأسنان" @1
  paragraph @3 "تبدأ بفحص سريري وأشعة مقطعية ثلاثية الأبعاد لقياس العظم." lead="خطوات الزراعة"
  paragraph @6 "نسبة نجاح الزراعة مرتفعة، لكن من المخاطر الممكنة الالتهاب حول الزرعة." lead="مخاطر الزراعة"
  list @9 "- أزل السجاد الصغير.\n- ضع إضاءة ليلية." items=["أزل السجاد الصغير." "ضع إضاءة ليلية."] lead="نصائح للبيت"
  paragraph @13 "يشعر أغلب المرضى بانزعاج خفيف بعد الزراعة يشبه ما بعد الخلع ويخف خلال أيام قليلة مع المسكنات المعتادة."
  paragraph @17 "ملاحظة: نص بعد النقطتين."
`,
	}, {
		name: "sentence punctuation makes a short line a paragraph",
		path: "p.txt",
		src:  "ملاحظة مهمة:\n\nنص.\n\nشكرًا لكم!\n\nانتهى.\n\nسؤال بلا جواب؟\n",
		want: `doc p "p" lang=ar
s1 h0 "p" @1
  paragraph @1 "ملاحظة مهمة:"
  paragraph @3 "نص."
  paragraph @5 "شكرًا لكم!"
  paragraph @7 "انتهى."
  paragraph @9 "سؤال بلا جواب؟"
`,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := outline(mustParse(t, tt.path, tt.src)); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestParseTextErrors(t *testing.T) {
	long := strings.Repeat("ب", MaxFileSize+1)
	tests := []struct{ name, src, want string }{
		{"empty", "", "bad.txt:1: empty file"},
		{"BOM only", "\ufeff", "bad.txt:1: empty file"},
		{"blank lines", "\n\n  \r\n", "bad.txt:1: empty file"},
		{"NUL byte", "سطر\r\nسطر\r\n\x00", "bad.txt:3: NUL byte: not a text file"},
		{"invalid UTF-8 after CR lines", "a\rb\rc\xff", "bad.txt:3: invalid UTF-8 (byte 0xff); save the file as UTF-8"},
		{"truncated UTF-8", "نص.\n\xd9", "bad.txt:2: invalid UTF-8 (byte 0xd9); save the file as UTF-8"},
		{"Latin-1", "caf\xe9\n", "bad.txt:1: invalid UTF-8 (byte 0xe9); save the file as UTF-8"},
		{"unclosed front matter", "---\ntitle: x\n", "bad.txt:1: front matter is not closed: no \"---\" line after the opening one"},
		{"bad front matter", "---\ntitle: x\n  y: z\n---\nنص.\n", "bad.txt:3: front matter: mapping values are not allowed in this context"},
		{"only decoration", "-----\n\n***\n", "bad.txt:1: no text: the document has no paragraphs, lists or question-answer pairs"},
		{"only front matter", "---\ntitle: x\n...\n", "bad.txt:3: no text after the front matter"},
		{"unanswered FAQ question", "أسئلة شائعة\n\nهل؟\n\nهل ثاني؟\nجواب.\n", "bad.txt:3: question \"هل؟\" has no answer"},
		{"too large", long, "bad.txt: file is larger than 4194304 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ParseText("bad.txt", []byte(tt.src))
			if err == nil {
				t.Fatalf("no error; parsed:\n%s", outline(doc))
			}
			if _, ok := err.(*LoadError); !ok {
				t.Errorf("error is %T, want *LoadError", err)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}
