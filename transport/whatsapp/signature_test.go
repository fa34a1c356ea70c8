package whatsapp

import (
	"strings"
	"testing"
)

func TestValidSignature(t *testing.T) {
	const secret = "app-secret-1"
	arabic := metaEscape(MustFixture(t, "text_arabic.json"))
	if !strings.Contains(string(arabic), `\u0643`) || !strings.Contains(string(arabic), `\ud83d\ude0a`) {
		t.Fatal("fixture is not escaped the way Meta sends it")
	}
	other := MustFixture(t, "text.json")
	good := SignatureFor(secret, arabic)
	tests := []struct {
		name, header string
		body         []byte
		want         bool
	}{
		{"valid over the escaped bytes", good, arabic, true},
		{"valid, upper-case hex", "sha256=" + strings.ToUpper(strings.TrimPrefix(good, "sha256=")), arabic, true},
		{"missing", "", arabic, false},
		{"no prefix", strings.TrimPrefix(good, "sha256="), arabic, false},
		{"sha1 header style", "sha1=" + strings.TrimPrefix(good, "sha256="), arabic, false},
		{"forged", "sha256=" + strings.Repeat("ab", 32), arabic, false},
		{"truncated", good[:len(good)-2], arabic, false},
		{"not hex", "sha256=" + strings.Repeat("zz", 32), arabic, false},
		{"stale: signature of another body", SignatureFor(secret, other), arabic, false},
		{"stale: signed with an old secret", SignatureFor("old-secret", arabic), arabic, false},
		// Decoding and re-encoding changes the bytes (\u escapes become UTF-8): the signature no longer holds.
		{"re-encoded body", good, []byte(mustUnescape(t, arabic)), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ValidSignature(secret, tt.body, tt.header); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	if ValidSignature("", arabic, SignatureFor("", arabic)) {
		t.Error("an empty secret must never validate")
	}
}

func mustUnescape(tb testing.TB, b []byte) string {
	tb.Helper()
	d, err := Parse(b)
	if err != nil || len(d.Messages) == 0 {
		tb.Fatal(err)
	}
	return strings.Replace(string(MustFixture(tb, "text_arabic.json")), `\u0643`, "ك", 1)
}
