package knowledge

import (
	"os"
	"strings"
	"sync"
	"testing"
)

func TestParseMarkdownSeedGolden(t *testing.T) {
	data, err := os.ReadFile("kb/botulinum-treatment.md")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ParseMarkdown("botulinum-treatment.md", data)
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "botulinum-treatment", doc)

	// What the golden file must show, checked here so that -update cannot bless a wrong parse.
	if doc.ID != "botulinum-treatment" || doc.Title != "علاجات متخصصة لسم البوتولينوم" || doc.Lang != "ar" {
		t.Errorf("front matter: id %q title %q lang %q", doc.ID, doc.Title, doc.Lang)
	}
	if len(doc.Sections) != 1 || doc.Sections[0].Title != "علاجات متخصصة باستخدام سم البوتولينوم" ||
		doc.Sections[0].Level != 3 || doc.Sections[0].Line != 15 {
		t.Fatalf("sections:\n%s", outline(doc))
	}
	blocks := doc.Sections[0].Blocks
	if len(blocks) != 9 {
		t.Fatalf("%d blocks, want 9:\n%s", len(blocks), outline(doc))
	}
	treatments := blocks[0]
	if treatments.Kind != List || len(treatments.Items) != 7 || treatments.Items[6] != "تنحيف الساق" || treatments.Line != 17 {
		t.Errorf("treatments list = %+v", treatments)
	}
	nested := blocks[4]
	if nested.Kind != List || len(nested.Items) != 3 ||
		!strings.HasPrefix(nested.Text, "- تثبيط إطلاق الأستيل كولين:\n  - يتداخل سم البوتولينوم") ||
		!strings.HasPrefix(nested.Items[1], "الحصار العصبي العضلي:\n- عندما يُحقن") {
		t.Errorf("nested list = %+v", nested)
	}
	for _, b := range blocks {
		for _, leak := range []string{"thumbnail", "caption", "page_id", "webp", "حقن تجميل الجسم"} {
			if strings.Contains(b.Text, leak) {
				t.Errorf("front matter leaked into block at line %d: %q", b.Line, b.Text)
			}
		}
	}
	if len(doc.FAQs) != 0 {
		t.Errorf("FAQs = %+v, want none", doc.FAQs)
	}
}

func TestParseMarkdownSeedLineEndings(t *testing.T) {
	data, err := os.ReadFile("kb/botulinum-treatment.md")
	if err != nil {
		t.Fatal(err)
	}
	want := outline(mustParse(t, "x.md", string(data)))
	crlf := strings.ReplaceAll(string(data), "\n", "\r\n")
	for name, variant := range map[string]string{
		"CRLF":             crlf,
		"BOM and CRLF":     "\ufeff" + crlf,
		"no final newline": strings.TrimRight(string(data), "\n"),
		"trailing blanks":  strings.ReplaceAll(string(data), "\n", " \t\n"),
	} {
		if got := outline(mustParse(t, "x.md", variant)); got != want {
			t.Errorf("%s:\n%s\nwant:\n%s", name, got, want)
		}
	}
}

func TestParseMarkdown(t *testing.T) {
	tests := []struct {
		name, path, src, want string
	}{{
		name: "text before the first heading, inline markup reduced to words",
		path: "kb/intro.md",
		src: "مقدمة *مهمة* عن [البوتوكس](https://example.com) و`كود` و<b>وسم</b> ![صورة](a.png).\n" +
			"سطر ثانٍ من الفقرة.\n\n# العنوان\n\nنص \\*حرفي\\* &amp; كيان  \nبعد فاصل صلب.\n",
		want: `doc intro "العنوان" lang=ar
s1 h0 "العنوان" @1
  paragraph @1 "مقدمة مهمة عن البوتوكس وكود ووسم . سطر ثانٍ من الفقرة."
s2 h1 "العنوان" @4
  paragraph @6 "نص *حرفي* & كيان\nبعد فاصل صلب."
`,
	}, {
		name: "no heading: the file name is the title",
		path: "notes.md",
		src:  "> اقتباس من الطبيب.\n\n```\nكود\n  مسافة\n```\n\n---\n\n<div>html</div>\n\nنهاية.\n",
		want: `doc notes "notes" lang=ar
s1 h0 "notes" @1
  paragraph @1 "اقتباس من الطبيب."
  paragraph @3 "كود\nمسافة"
  paragraph @12 "نهاية."
`,
	}, {
		name: "nested and numbered lists",
		path: "lists.md",
		src: "Setext\n======\n\n1. أول\n   - فرع **أ**\n     - فرع فرعي\n   - فرع ب\n2. ثانٍ\n\n   فقرة ثانية للبند\n\n" +
			"* \n  * بند بلا نص أعلاه\n",
		want: `doc lists "Setext" lang=ar
s1 h1 "Setext" @1
  list @4 "- أول\n  - فرع أ\n    - فرع فرعي\n  - فرع ب\n- ثانٍ فقرة ثانية للبند" items=["أول\n- فرع أ\n  - فرع فرعي\n- فرع ب" "ثانٍ فقرة ثانية للبند"]
  list @12 "- بند بلا نص أعلاه" items=["بند بلا نص أعلاه"]
`,
	}, {
		name: "FAQ area: question headings and bold questions",
		path: "faq.md",
		src: `---
title: الدليل
page_id: guide
lang: AR
questions: [وش البوتوكس؟, "  كم سعره؟ "]
sections:
  # comments are fine here
  "الأسئلة الشائعة":
    questions:
      - عندي سؤال
  بعده:
    questions: سؤال واحد
---
# البوتوكس

مقدمة.

## الأسئلة الشائعة

أجوبة أطبائنا.

### متى تظهر النتائج؟

خلال أيام.

- عادة 3 أيام
- أحيانا أسبوع

**هل هو آمن؟**
نعم، عند *مختص*.

**كم يدوم؟** أربعة أشهر.

#### ملاحظة

ليست سؤالا.

**FAQ ends?** not here

## بعده

**سؤال خارج القسم؟** يبقى فقرة.
`,
		want: `doc guide "الدليل" lang=ar questions=["وش البوتوكس؟" "كم سعره؟"]
s1 h1 "البوتوكس" @14
  paragraph @16 "مقدمة."
s2 h2 "الأسئلة الشائعة" @18 questions=["عندي سؤال"]
  paragraph @20 "أجوبة أطبائنا."
s3 h4 "ملاحظة" @34
  paragraph @36 "ليست سؤالا."
s4 h2 "بعده" @40 questions=["سؤال واحد"]
  paragraph @42 "سؤال خارج القسم؟ يبقى فقرة."
q1 "متى تظهر النتائج؟" -> "خلال أيام.\n\n- عادة 3 أيام\n- أحيانا أسبوع" in "الأسئلة الشائعة" @22
q2 "هل هو آمن؟" -> "نعم، عند مختص." in "الأسئلة الشائعة" @29
q3 "كم يدوم؟" -> "أربعة أشهر." in "الأسئلة الشائعة" @32
q4 "FAQ ends?" -> "not here" in "ملاحظة" @38
`,
	}, {
		name: "a FAQ heading with nothing but questions is not a section",
		path: "only-faq.md",
		src:  "## FAQ\n\n### Is it safe?\n\nYes.\n\n### أسئلة شائعة أخرى؟\n\nنعم.\n",
		want: `doc only-faq "only-faq" lang=ar
q1 "Is it safe?" -> "Yes." in "FAQ" @3
q2 "أسئلة شائعة أخرى؟" -> "نعم." in "FAQ" @7
`,
	}, {
		name: "empty headings are ignored",
		path: "e.md",
		src:  "#\n\nنص.\n\n## \n\nنص آخر.\n",
		want: `doc e "e" lang=ar
s1 h0 "e" @3
  paragraph @3 "نص."
  paragraph @7 "نص آخر."
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

func TestParseMarkdownErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"empty", "", "bad.md:1: empty file"},
		{"blank", "\ufeff \n\t\r\n", "bad.md:1: empty file"},
		{"NUL byte", "# a\n\nنص\x00\n", "bad.md:3: NUL byte: not a text file"},
		{"invalid UTF-8", "# a\r\n\r\nنص \xd8\n", "bad.md:3: invalid UTF-8 (byte 0xd8); save the file as UTF-8"},
		{"unclosed front matter", "---\ntitle: x\n\n# a\n\nنص.\n", "bad.md:1: front matter is not closed: no \"---\" line after the opening one"},
		{"YAML syntax", "---\ntitle: x\nlang: [ar\n---\nنص.\n", "bad.md:3: front matter: did not find expected ',' or ']'"},
		{"YAML syntax deeper", "---\ntitle: x\n\ncaption:\n  a: b\n c: d\n---\nنص.\n", "bad.md:6: front matter: did not find expected key"},
		{"YAML tabs", "---\ntitle: x\n\tlang: ar\n---\nنص.\n", "bad.md:3: front matter: found a tab character that violates indentation"},
		{"YAML missing colon", "---\ntitle: x\nlang ar\npage_id: y\n---\nنص.\n", "bad.md:3: front matter: could not find expected ':'"},
		{"YAML unclosed on its first line", "---\ntitle: [x\n---\nنص.\n", "bad.md:3: front matter: did not find expected ',' or ']'"},
		{"YAML unknown alias", "---\ntitle: *x\n---\nنص.\n", "bad.md:1: front matter: unknown anchor 'x' referenced"},
		{"front matter is a list", "---\n- a\n---\nنص.\n", "bad.md:2: front matter must be a YAML mapping of keys to values"},
		{"title is a list", "---\ntitle: [a, b]\n---\nنص.\n", "bad.md:2: front matter: title must be a single value"},
		{"repeated key", "---\ntitle: a\nlang: ar\ntitle: b\n---\nنص.\n", "bad.md:4: front matter: title is repeated (first at line 2)"},
		{"page_id with space", "---\npage_id: my page\n---\nنص.\n", "bad.md:2: front matter: page_id \"my page\" must not contain spaces, '#' or '/'"},
		{"empty question", "---\nquestions:\n  - سؤال\n  - \"\"\n---\nنص.\n", "bad.md:4: front matter: empty question in questions"},
		{"questions is a map", "---\nquestions: {a: b}\n---\nنص.\n", "bad.md:2: front matter: questions must be a list of questions"},
		{"sections not a map", "---\nsections: [a]\n---\nنص.\n", "bad.md:2: front matter: sections must map heading titles to {questions: [...]}"},
		{"section key typo", "---\nsections:\n  عنوان:\n    question: [a]\n---\n# عنوان\n\nنص.\n", "bad.md:4: front matter: sections: \"عنوان\": unknown key \"question\" (want questions)"},
		{"section without heading", "---\nsections:\n  عنوان قديم:\n    questions: [a]\n---\n# عنوان\n\nنص.\n", "bad.md:3: front matter: sections: no heading titled \"عنوان قديم\""},
		{"only front matter", "---\ntitle: x\n---\n\n", "bad.md:3: no text after the front matter"},
		{"only headings", "---\ntitle: x\n---\n# a\n## b\n", "bad.md:4: no text: the document has no paragraphs, lists or question-answer pairs"},
		{"only an image", "![صورة](a.png)\n", "bad.md:1: no text: the document has no paragraphs, lists or question-answer pairs"},
		{"unanswered question", "## أسئلة شائعة\n\n**سؤال؟**\n\n## التالي\n\nنص.\n", "bad.md:3: question \"سؤال؟\" has no answer"},
		{"several problems", "---\nsections:\n  x:\n    questions: [a]\n---\n## FAQ\n\n### a?\n### b?\n\nb.\n",
			"bad.md:8: question \"a?\" has no answer\nbad.md:3: front matter: sections: no heading titled \"x\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ParseMarkdown("bad.md", []byte(tt.src))
			if err == nil {
				t.Fatalf("no error; parsed:\n%s", outline(doc))
			}
			if _, ok := err.(*LoadError); !ok {
				t.Errorf("error is %T, want *LoadError", err)
			}
			if doc != nil {
				t.Errorf("returned a document with the error")
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// The shared goldmark parser must be safe for concurrent use (run with -race).
func TestParseMarkdownConcurrently(t *testing.T) {
	data, err := os.ReadFile("kb/botulinum-treatment.md")
	if err != nil {
		t.Fatal(err)
	}
	want := outline(mustParse(t, "x.md", string(data)))
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 5 {
				doc, err := ParseMarkdown("x.md", data)
				if err != nil || outline(doc) != want {
					t.Errorf("concurrent parse differs: %v", err)
					return
				}
			}
		})
	}
	wg.Wait()
}
