package whatsapp

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/faqbot/faqbot/transport/whatsapp/whatsapptest"
)

// MustFixture reads testdata/name.
func MustFixture(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

var metaEscape = whatsapptest.Escape

func TestParseFixtures(t *testing.T) {
	tests := []struct {
		file     string
		kind     Kind
		typ      string
		text     string
		messages int
		statuses int
	}{
		{"text.json", KindQuestion, "text", "Does it come in another color?", 1, 0},
		{"text_arabic.json", KindQuestion, "text", "كم يستمر مفعول البوتوكس؟ 😊", 1, 0},
		{"interactive_button_reply.json", KindQuestion, "interactive", "Cancel", 1, 0},
		{"interactive_list_reply.json", KindQuestion, "interactive", "Priority Mail Express", 1, 0},
		{"button.json", KindQuestion, "button", "Unsubscribe from Promos", 1, 0},
		{"image.json", KindMedia, "image", "[image] Black jacket", 1, 0},
		{"audio.json", KindMedia, "audio", "[audio]", 1, 0},
		{"location.json", KindMedia, "location", "[location]", 1, 0},
		{"reaction.json", KindReaction, "reaction", "", 1, 0},
		{"unsupported.json", KindMedia, "unsupported", "[unsupported]", 1, 0},
		{"system.json", KindIgnore, "system", "", 1, 0},
		{"status_sent.json", 0, "", "", 0, 1},
		{"status_failed.json", 0, "", "", 0, 1},
		{"errors.json", 0, "", "", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d, err := Parse(MustFixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Messages) != tt.messages || len(d.Statuses) != tt.statuses || d.Skipped != 0 {
				t.Fatalf("got %d messages, %d statuses, %d skipped; want %d, %d, 0", len(d.Messages), len(d.Statuses), d.Skipped, tt.messages, tt.statuses)
			}
			if tt.messages == 0 {
				return
			}
			m := d.Messages[0]
			if m.Kind != tt.kind || m.Type != tt.typ || m.Text != tt.text {
				t.Errorf("got kind %v type %q text %q; want %v %q %q", m.Kind, m.Type, m.Text, tt.kind, tt.typ, tt.text)
			}
			if m.From != "16505551234" || m.PhoneNumberID != "106540352242922" || !strings.HasPrefix(m.ID, "wamid.") || m.Time.IsZero() {
				t.Errorf("envelope fields lost: %+v", m)
			}
		})
	}
}

func TestParseStatuses(t *testing.T) {
	d, err := Parse(MustFixture(t, "status_failed.json"))
	if err != nil {
		t.Fatal(err)
	}
	s := d.Statuses[0]
	want := Status{PhoneNumberID: "106540352242922", ID: "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI4MjZGRDA0OUE2OTQ3RkEyMzcA",
		Recipient: "16505551234", Status: "failed", Time: time.Unix(1750263773, 0).UTC(), ErrCode: 131047, ErrTitle: "Re-engagement message"}
	if s != want {
		t.Errorf("got %+v\nwant %+v", s, want)
	}
	d, err = Parse(MustFixture(t, "errors.json"))
	if err != nil || len(d.Errors) != 1 || d.Errors[0].Code != 130429 {
		t.Errorf("value-level errors: got %+v, %v", d.Errors, err)
	}
}

func TestParseSeveralInOneDeliverySortedByTimestamp(t *testing.T) {
	d, err := Parse(MustFixture(t, "multi.json"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range d.Messages {
		got = append(got, m.From+":"+m.Text)
	}
	want := []string{"16505551234:First question", "16315551181:this is a text message", "16505551234:Second question"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if len(d.Statuses) != 1 || d.Statuses[0].Status != "delivered" {
		t.Errorf("statuses: %+v", d.Statuses)
	}
}

func TestParseChosenSuggestionKeepsFullText(t *testing.T) {
	// Our rows carry the whole suggestion in the id; the title may be cut to 24 characters.
	full := "هل يمكن استخدام البوتوكس لعلاج التعرق الزائد؟"
	body := strings.Replace(string(MustFixture(t, "interactive_list_reply.json")), `"priority_express"`, jsonString(t, suggestionPrefix+full), 1)
	d, err := Parse(metaEscape([]byte(body)))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Messages[0].Text; got != full {
		t.Errorf("got %q, want %q", got, full)
	}
}

func jsonString(tb testing.TB, s string) string {
	tb.Helper()
	b, err := json.Marshal(s)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func TestParseToleratesUnknownAndMalformedParts(t *testing.T) {
	body := `{"object":"whatsapp_business_account","new_top_level":{"x":[1,2]},"entry":[{"id":"1","changes":[
	  {"field":"account_update","value":{"event":"VERIFIED_ACCOUNT"}},
	  {"field":"messages","value":{"metadata":{"phone_number_id":"106540352242922"},"future_field":true,
	    "messages":[
	      {"from":"16505551234","id":"wamid.A","timestamp":1749416383,"type":"text","text":{"body":"hi","extra":1},"identity":{"acknowledged":true}},
	      {"from":"16505551234","id":"wamid.B","timestamp":"1749416384","type":"text","text":"not an object"},
	      {"from":"16505551234","id":"wamid.C","timestamp":"x","type":"hologram","hologram":{}},
	      {"id":"wamid.D","type":"text","text":{"body":"no sender"}},
	      {"from":"16505551234","id":"wamid.E","type":"text","text":{"body":"   "}}
	    ],
	    "statuses":[{"status":"sent"},{"id":"wamid.F","status":"warning","recipient_id":"16505551234"}]}}]}]}`
	d, err := Parse([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]Kind{}
	for _, m := range d.Messages {
		kinds[m.ID] = m.Kind
	}
	want := map[string]Kind{"wamid.A": KindQuestion, "wamid.C": KindIgnore, "wamid.E": KindIgnore}
	if len(kinds) != len(want) {
		t.Errorf("got messages %v, want %v", kinds, want)
	}
	for id, k := range want {
		if kinds[id] != k {
			t.Errorf("%s: got kind %v, want %v", id, kinds[id], k)
		}
	}
	if d.Skipped != 3 { // wamid.B (text not an object), wamid.D (no sender), the status without id
		t.Errorf("skipped %d parts, want 3", d.Skipped)
	}
	if len(d.Statuses) != 1 || d.Statuses[0].Status != "warning" {
		t.Errorf("statuses %+v", d.Statuses)
	}
}

func TestParseRejects(t *testing.T) {
	if _, err := Parse([]byte(`{"object":`)); err == nil || err == ErrNotWhatsApp {
		t.Errorf("truncated JSON: got %v, want a JSON error", err)
	}
	if _, err := Parse([]byte(`{"object":"page","entry":[]}`)); err != ErrNotWhatsApp {
		t.Errorf("page payload: got %v, want ErrNotWhatsApp", err)
	}
}

func FuzzParse(f *testing.F) {
	entries, _ := os.ReadDir("testdata")
	for _, e := range entries {
		if !e.IsDir() {
			b, _ := os.ReadFile(filepath.Join("testdata", e.Name()))
			f.Add(b)
			f.Add(metaEscape(b))
		}
	}
	f.Add([]byte(`{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"messages":[{"from":"1","id":"w","type":"interactive","interactive":{"type":"list_reply","list_reply":{"id":"s:\u0000"}}}]}}]}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		d, err := Parse(body)
		if err != nil {
			if len(d.Messages)+len(d.Statuses) != 0 {
				t.Fatal("error with results")
			}
			return
		}
		for i, m := range d.Messages {
			if m.ID == "" || m.From == "" {
				t.Fatalf("message without id or sender: %+v", m)
			}
			if !utf8.ValidString(m.Text) || utf8.RuneCountInString(m.Text) > maxQuestion+1100 {
				t.Fatalf("bad text %q", m.Text)
			}
			if m.Kind == KindQuestion && strings.TrimSpace(m.Text) == "" {
				t.Fatal("empty question")
			}
			if i > 0 && m.Time.Before(d.Messages[i-1].Time) {
				t.Fatal("not sorted by time")
			}
		}
	})
}
