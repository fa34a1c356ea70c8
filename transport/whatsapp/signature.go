package whatsapp

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// SignatureHeader is where Meta puts "sha256=" + hex HMAC-SHA256 of the body under the app secret.
const SignatureHeader = "X-Hub-Signature-256"

// ValidSignature reports whether header signs body under secret. It works on the bytes exactly as
// received (Meta escapes non-ASCII as \uXXXX; re-encoding would change them) and compares in
// constant time. An empty secret never validates.
func ValidSignature(secret string, body []byte, header string) bool {
	hexSig, ok := strings.CutPrefix(strings.TrimSpace(header), "sha256=")
	if !ok || secret == "" {
		return false
	}
	got, err := hex.DecodeString(hexSig)
	if err != nil || len(got) != sha256.Size {
		return false
	}
	return hmac.Equal(got, Sign(secret, body))
}

// Sign returns the raw HMAC-SHA256 of body under secret (tests and tools build headers from it).
func Sign(secret string, body []byte) []byte {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return m.Sum(nil)
}

// SignatureFor returns the X-Hub-Signature-256 header value Meta would send for body.
func SignatureFor(secret string, body []byte) string {
	return "sha256=" + hex.EncodeToString(Sign(secret, body))
}
