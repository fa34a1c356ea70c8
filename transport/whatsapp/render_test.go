package whatsapp

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
)

func reply(kind bot.Kind, text string, sugg ...string) bot.Reply {
	return bot.Reply{Kind: kind, Text: text, Sources: []bot.Source{}, Suggestions: append([]string{}, sugg...)}
}

func TestSplitText(t *testing.T) {
	para := strings.Repeat("أ", 3000)
	tests := []struct {
		name  string
		in    string
		limit int
		want  []string
	}{
		{"short", "مرحبا", 4096, []string{"مرحبا"}},
		{"empty", "  \n ", 4096, nil},
		{"paragraphs", para + "\n\n" + para, 4096, []string{para, para}},
		{"lines", "aaaa\nbbbb\ncccc", 10, []string{"aaaa\nbbbb", "cccc"}},
		{"words", "one two three four", 9, []string{"one two", "three", "four"}},
		{"hard cut", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"emoji count twice", "😊😊😊", 4, []string{"😊😊", "😊"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SplitText(tt.in, tt.limit)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			for _, p := range got {
				if width(p) > tt.limit {
					t.Errorf("part of %d units exceeds %d", width(p), tt.limit)
				}
			}
		})
	}
}

func TestSplitTextLongAnswerKeepsEverything(t *testing.T) {
	var sb strings.Builder
	for i := range 400 {
		sb.WriteString("- البند رقم ")
		sb.WriteString(strings.Repeat("٣", i%7+1))
		sb.WriteString(": تجنب الضغط على مكان الحقن أو تدليكه لمدة أربع ساعات بعد الجلسة.\n")
	}
	text := strings.TrimSpace(sb.String())
	parts := SplitText(text, maxText)
	if len(parts) < 2 {
		t.Fatalf("got %d parts for %d units", len(parts), width(text))
	}
	for _, p := range parts {
		if width(p) > maxText || strings.HasPrefix(p, "\n") {
			t.Errorf("bad part: %d units", width(p))
		}
		if !strings.HasSuffix(p, "ساعات بعد الجلسة.") {
			t.Errorf("part does not end on a line boundary: …%q", p[len(p)-40:])
		}
	}
	if strings.Join(parts, "\n") != text {
		t.Error("splitting lost or changed text")
	}
}

func TestRenderButtons(t *testing.T) {
	r := reply(bot.KindAnswer, "يستمر المفعول عادة من ثلاثة إلى أربعة أشهر.", "ما الآثار الجانبية؟", "كم السعر؟", "ما الآثار الجانبية؟", " ")
	msgs := Render(r, "966512344567", "ar", "")
	if len(msgs) != 1 {
		t.Fatalf("got %d messages, want one interactive message carrying the text", len(msgs))
	}
	m := msgs[0]
	if m.To != "966512344567" || m.Type != "interactive" || m.Interactive.Type != "button" {
		t.Fatalf("got %+v", m)
	}
	if m.Interactive.Body.Text != r.Text {
		t.Errorf("body %q, want the answer", m.Interactive.Body.Text)
	}
	var titles []string
	for _, b := range m.Interactive.Action.Buttons {
		titles = append(titles, b.Reply.Title)
		if b.Type != "reply" || b.Reply.ID != suggestionPrefix+b.Reply.Title {
			t.Errorf("button %+v", b)
		}
	}
	if want := []string{"ما الآثار الجانبية؟", "كم السعر؟"}; !reflect.DeepEqual(titles, want) {
		t.Errorf("titles %q, want %q (repeats and blanks dropped)", titles, want)
	}
}

func TestRenderListWhenButtonsDoNotFit(t *testing.T) {
	long := "هل يمكن استخدام البوتوكس لعلاج التعرق الزائد في الإبطين واليدين؟ وما مدة النتيجة المتوقعة عادة؟"
	var many []string
	for i := range 12 {
		many = append(many, "سؤال رقم "+strings.Repeat("١", i+1))
	}
	tests := []struct {
		name string
		sugg []string
		rows int
	}{
		{"a title over 20 characters", []string{"قصير", long}, 2},
		{"more than three", many[:4], 4},
		{"more than ten", many, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs := Render(reply(bot.KindClarify, "أي الموضوعين تقصد؟", tt.sugg...), "966512344567", "ar", "")
			if len(msgs) != 1 || msgs[0].Interactive == nil || msgs[0].Interactive.Type != "list" {
				t.Fatalf("got %+v", msgs)
			}
			in := msgs[0].Interactive
			if in.Action.Button == "" || width(in.Action.Button) > maxListButton {
				t.Errorf("list button label %q", in.Action.Button)
			}
			rows := in.Action.Sections[0].Rows
			if len(rows) != tt.rows {
				t.Fatalf("got %d rows, want %d", len(rows), tt.rows)
			}
			for i, r := range rows {
				if width(r.Title) > maxRowTitle || width(r.Description) > maxRowDesc || width(r.ID) > maxRowID {
					t.Errorf("row over the limits: %+v", r)
				}
				if chosen(r.ID, r.Title) != tt.sugg[i] {
					t.Errorf("row %d does not lead back to its suggestion: %q", i, chosen(r.ID, r.Title))
				}
			}
		})
	}
	// The long suggestion: a shortened title, the description goes on, the id keeps it whole.
	rows := Render(reply(bot.KindAnswer, "x", "قصير", long), "1", "ar", "")[0].Interactive.Action.Sections[0].Rows
	if !strings.HasSuffix(rows[1].Title, "…") || !strings.HasPrefix(long, strings.TrimSuffix(rows[1].Title, "…")) || rows[1].Description == "" {
		t.Errorf("long row %+v", rows[1])
	}
}

func TestRenderLongAnswerWithSuggestions(t *testing.T) {
	text := strings.Repeat("جملة طويلة عن العناية بعد الحقن. ", 200) // ~6,600 units
	msgs := Render(reply(bot.KindAnswer, text, "نعم", "لا"), "1", "en", "wamid.Q")
	if len(msgs) != 3 {
		t.Fatalf("got %d messages, want two text parts and the buttons", len(msgs))
	}
	if msgs[0].Type != "text" || msgs[1].Type != "text" || msgs[2].Type != "interactive" {
		t.Fatalf("types %s %s %s", msgs[0].Type, msgs[1].Type, msgs[2].Type)
	}
	if msgs[2].Interactive.Body.Text != labelsEN.more {
		t.Errorf("buttons body %q: the last part is too long for a button body, so the label carries them", msgs[2].Interactive.Body.Text)
	}
	if msgs[0].Context == nil || msgs[0].Context.MessageID != "wamid.Q" || msgs[1].Context != nil {
		t.Error("only the first part quotes the question")
	}
	var got string
	for _, m := range msgs[:2] {
		got += m.Text.Body + " "
	}
	if strings.Join(strings.Fields(got), " ") != strings.Join(strings.Fields(text), " ") {
		t.Error("text lost in splitting")
	}
}

func TestRenderEmergencyIsTextOnly(t *testing.T) {
	msgs := Render(reply(bot.KindEmergency, "اتصل بالإسعاف 997 فورًا.", "ما الآثار الجانبية؟"), "1", "ar", "")
	if len(msgs) != 1 || msgs[0].Type != "text" || msgs[0].Text.Body != "اتصل بالإسعاف 997 فورًا." {
		t.Errorf("got %+v", msgs)
	}
}

// The requests we build have the shape of Meta's documented examples (testdata/send): every field
// we send is one the documentation shows, with the same JSON type.
func TestRequestShapesMatchMetaExamples(t *testing.T) {
	buttons := Render(reply(bot.KindAnswer, "answer", "a", "b"), "16505551234", "en", "")[0]
	list := Render(reply(bot.KindAnswer, "answer", "a", "b", "c", "d"), "16505551234", "en", "")[0]
	text := TextMessage("16505551234", "hi")
	quoted := Render(reply(bot.KindAnswer, "hi"), "16505551234", "en", "wamid.X")[0]
	read := readReceipt{MessagingProduct: "whatsapp", Status: "read", MessageID: "wamid.X", TypingIndicator: &typingIndicator{Type: "text"}}
	for _, tt := range []struct {
		fixture string
		ours    any
	}{
		{"send/text.json", text}, {"send/text_reply.json", quoted}, {"send/interactive_buttons.json", buttons},
		{"send/interactive_list.json", list}, {"send/mark_read_typing.json", read},
	} {
		want := shape(t, MustFixture(t, tt.fixture))
		b, err := json.Marshal(tt.ours)
		if err != nil {
			t.Fatal(err)
		}
		for path, typ := range shape(t, b) {
			if want[path] != typ {
				t.Errorf("%s: we send %s as %s; Meta's example has %q", tt.fixture, path, typ, want[path])
			}
		}
	}
}

// shape maps each JSON path ("interactive.action.buttons[].reply.id") to its JSON type.
func shape(tb testing.TB, b []byte) map[string]string {
	tb.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		tb.Fatal(err)
	}
	out := map[string]string{}
	var walk func(p string, v any)
	walk = func(p string, v any) {
		switch x := v.(type) {
		case map[string]any:
			out[p] = "object"
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				walk(strings.TrimPrefix(p+"."+k, "."), x[k])
			}
		case []any:
			out[p] = "array"
			for _, e := range x {
				walk(p+"[]", e)
			}
		case string:
			out[p] = "string"
		case bool:
			out[p] = "bool"
		case float64:
			out[p] = "number"
		}
	}
	walk("", v)
	return out
}

func FuzzSplitText(f *testing.F) {
	f.Add("مرحبا\n\nكيف حالك؟ هذا نص طويل.", 8)
	f.Add("😊😊😊 a b", 3)
	f.Add("\xff\xfe abc", 2)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		if limit < 2 || limit > 5000 {
			return
		}
		parts := SplitText(s, limit)
		for _, p := range parts {
			if p == "" || width(p) > limit {
				t.Fatalf("part %q of width %d (limit %d)", p, width(p), limit)
			}
		}
		// Nothing is lost but the whitespace at the cuts.
		if strings.Join(strings.Fields(strings.Join(parts, " ")), "") != strings.Join(strings.Fields(s), "") {
			t.Fatalf("text changed: %q -> %q", s, parts)
		}
	})
}

func BenchmarkSplitText(b *testing.B) {
	text := strings.Repeat("يستمر مفعول البوتوكس عادة من ثلاثة إلى أربعة أشهر.\n", 2000) // ~100 KB
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		SplitText(text, maxText)
	}
}
