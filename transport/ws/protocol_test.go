package ws

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/faqbot/faqbot/bot"
)

func TestDecode(t *testing.T) {
	for _, tc := range []struct {
		name, frame string
		want        inbound
		code        string
	}{
		{"hello", `{"type":"hello","session":"abc","lang":"ar"}`, inbound{Type: "hello", Session: "abc", Lang: "ar"}, ""},
		{"hello other lang", `{"type":"hello","lang":"fr"}`, inbound{Type: "hello"}, ""},
		{"hello long token", `{"type":"hello","session":"` + strings.Repeat("t", 200) + `"}`, inbound{Type: "hello"}, ""},
		{"message", `{"type":"message","id":"m1","text":"كم السعر؟","extra":{"a":[1]}}`, inbound{Type: "message", ID: "m1", Text: "كم السعر؟"}, ""},
		{"message escaped", `{"type":"message","id":"m1","text":"\u0643\u0645"}`, inbound{Type: "message", ID: "m1", Text: "كم"}, ""},
		{"no id", `{"type":"message","text":"x"}`, inbound{Type: "message", Text: "x"}, CodeBadRequest},
		{"too long", `{"type":"message","id":"m","text":"` + strings.Repeat("ك", 11) + `"}`, inbound{Type: "message", ID: "m", Text: strings.Repeat("ك", 11)}, CodeTooLong},
		{"exactly max", `{"type":"message","id":"m","text":"` + strings.Repeat("ك", 10) + `"}`, inbound{Type: "message", ID: "m", Text: strings.Repeat("ك", 10)}, ""},
		{"null", `null`, inbound{}, CodeBadRequest},
		{"string", `"hello"`, inbound{}, CodeBadRequest},
		{"invalid utf8", "{\"type\":\"hello\",\"x\":\"\xc3\x28\"}", inbound{}, CodeBadRequest},
		{"nested", `{"type":"hello","x":[[[[[[[[[]]]]]]]]]}`, inbound{}, CodeBadRequest},
		{"brackets in strings do not nest", `{"type":"message","id":"m","text":"[[[[[[{{\"["}`, inbound{Type: "message", ID: "m", Text: `[[[[[[{{"[`}, ""},
		{"type wrong kind", `{"type":1}`, inbound{}, CodeBadRequest},
	} {
		got, perr := decode([]byte(tc.frame), 10)
		code := ""
		if perr != nil {
			code = perr.code
		}
		if code != tc.code || got != tc.want {
			t.Errorf("%s: decode = %+v, %q; want %+v, %q", tc.name, got, code, tc.want, tc.code)
		}
	}
}

func TestTooDeep(t *testing.T) {
	for _, tc := range []struct {
		in   string
		max  int
		want bool
	}{
		{`{}`, 1, false},
		{`{"a":{}}`, 1, true},
		{`[[]]`, 2, false},
		{`"{{{{"`, 1, false},
		{`{"a\"{{{":1}`, 1, false},
		{`{"a\\":{"b":1}}`, 1, true},
	} {
		if got := tooDeep([]byte(tc.in), tc.max); got != tc.want {
			t.Errorf("tooDeep(%s, %d) = %v, want %v", tc.in, tc.max, got, tc.want)
		}
	}
}

func TestEncodeReplyFinite(t *testing.T) {
	r := &bot.Reply{Kind: bot.KindAnswer, Text: "x", Confidence: math.NaN(), Sources: []bot.Source{{Doc: "d", Score: math.Inf(1)}}}
	b := encodeReply(&bot.Entry{ID: "e", Reply: r, At: time.Unix(0, 0)}, "m")
	var f struct {
		Reply bot.Reply `json:"reply"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	if f.Reply.Confidence != 0 || f.Reply.Sources[0].Score != 0 || f.Reply.Suggestions == nil {
		t.Errorf("reply = %+v, want numbers made 0 and suggestions []", f.Reply)
	}
	if !math.IsNaN(r.Confidence) {
		t.Error("the engine's reply was modified")
	}
}

func TestLimiter(t *testing.T) {
	l := newLimiter(60, 3) // one a second, three at once
	t0 := time.Unix(1000, 0)
	for i := range 3 {
		if !l.allow("c", t0) {
			t.Fatalf("message %d of the burst refused", i+1)
		}
	}
	if l.allow("c", t0) {
		t.Error("fourth message at once allowed")
	}
	if !l.allow("other", t0) {
		t.Error("another conversation limited")
	}
	if l.allow("c", t0.Add(900*time.Millisecond)) {
		t.Error("allowed before a token refilled")
	}
	if !l.allow("c", t0.Add(1100*time.Millisecond)) {
		t.Error("refused after a token refilled")
	}
	// Sweeping drops refilled buckets only.
	for i := range minSweep {
		l.allow(string(rune(0x600+i)), t0)
	}
	l.allow("c", t0.Add(1200*time.Millisecond))
	l.mu.Lock()
	l.sweep(t0.Add(1200 * time.Millisecond))
	_, keptC := l.buckets["c"]
	n := len(l.buckets)
	l.mu.Unlock()
	if !keptC || n >= minSweep {
		t.Errorf("after sweep: %d buckets, c kept %v; want the refilled ones gone and c kept", n, keptC)
	}
}

// FuzzDecode: any frame decodes or is refused with a code, never panics, and what is accepted
// is within the protocol's limits.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		`{"type":"hello","session":"","lang":"ar"}`,
		`{"type":"message","id":"m1","text":"كم يدوم البوتوكس؟"}`,
		`{"type":"message","id":"m1","text":"\ud800"}`,
		`[[[[[[[[[[]]]]]]]]]]`, `{"a":"\"{"}`, "\xff", `null`, `{"type":"message","id":"","text":" "}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, frame []byte) {
		m, perr := decode(frame, 50)
		if perr != nil {
			if perr.code != CodeBadRequest && perr.code != CodeTooLong || perr.msg == "" {
				t.Fatalf("error %+v", perr)
			}
			return
		}
		switch m.Type {
		case "hello":
			if len(m.Session) > maxTokenBytes || (m.Lang != "" && m.Lang != "ar" && m.Lang != "en") {
				t.Fatalf("hello accepted with %+v", m)
			}
		case "message":
			if m.ID == "" || len(m.ID) > maxIDBytes || strings.TrimSpace(m.Text) == "" ||
				!utf8.ValidString(m.Text) || utf8.RuneCountInString(m.Text) > 50 {
				t.Fatalf("message accepted with %+v", m)
			}
		default:
			t.Fatalf("type %q accepted", m.Type)
		}
	})
}
