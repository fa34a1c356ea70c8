package staff

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/faqbot/faqbot/bot"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"  وَشْ   الحَلّ؟ ", "وش الحل؟"},
		{"أسعار البوتوكس", "اسعار البوتوكس"},
		{"إبرة آمنة", "ابره امنه"},
		{"مستشفى", "مستشفي"},
		{"البوتـــوكس", "البوتوكس"},
		{"نعم، Botox\tIS\nSafe", "نعم, botox is safe"},
		{"ٱلله", "الله"},
		{"", ""},
	} {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	f.Add("وَشْ الحَلّ؟")
	f.Add("\xff\xfe bad utf8")
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if Normalize(n) != n {
			t.Fatalf("not idempotent: %q → %q → %q", s, n, Normalize(n))
		}
		if utf8.ValidString(s) && !utf8.ValidString(n) {
			t.Fatalf("invalid UTF-8 from valid %q", s)
		}
	})
}

func TestMaskPatient(t *testing.T) {
	for in, want := range map[string]string{
		"966501234567": "9665•••••567",
		"":             "",
		"12345":        "•••45",
		"1":            "•",
		"1234567":      "1234567", // four shown and three shown: nothing left to hide
	} {
		if got := MaskPatient(in); got != want {
			t.Errorf("MaskPatient(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGroupUnansweredPairsQuestionsWithReplies(t *testing.T) {
	at := func(m int) time.Time { return time.Date(2026, 1, 1, 0, m, 0, 0, time.UTC) }
	fb := &bot.Reply{Kind: bot.KindFallback}
	logs := map[string][]bot.Entry{
		"c1": {
			{From: bot.FromPatient, Text: "first", At: at(1)},
			{From: bot.FromBot, Reply: &bot.Reply{Kind: bot.KindAnswer}, At: at(1)},
			// Held: the patient wrote twice, staff answered, then the bot fell back on the last one.
			{From: bot.FromPatient, Text: "held question", At: at(2)},
			{From: bot.FromStaff, Text: "staff here", At: at(3)},
			{From: bot.FromPatient, Text: "Unknown thing?", At: at(4)},
			{From: bot.FromBot, Reply: fb, At: at(4)},
			// A bot entry with no question before it counts for nothing.
			{From: bot.FromBot, Reply: fb, At: at(5)},
		},
		"c2": {
			{From: bot.FromPatient, Text: "unknown   THING", At: at(6)},
			{From: bot.FromBot, Reply: fb, At: at(6)},
		},
	}
	got := GroupUnanswered(logs, time.Time{}, time.Time{})
	if len(got) != 1 || got[0].Count != 2 || got[0].Question != "unknown   THING" || got[0].Conversations[0] != "c2" || len(got[0].Conversations) != 2 {
		t.Errorf("groups %+v", got)
	}
}
