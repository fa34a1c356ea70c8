package bot

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"strings"
)

// A web session token is "<conversation id>.<secret>", each half 128 random bits in base64url.
// The conversation id half keys every Redis key of the conversation (one hash slot in a cluster);
// the secret half is what makes the token a credential, and only its hash is stored.

// NewID returns 128 random bits in unpadded base64url: conversation ids, secrets and entry ids.
func NewID() string {
	var b [16]byte
	rand.Read(b[:]) // never returns an error (crypto/rand, Go 1.24+)
	return base64.RawURLEncoding.EncodeToString(b[:])
}

// newToken returns a fresh token and the hash of its secret half.
func newToken(conv string) (token, secretHash string) {
	secret := NewID()
	return conv + "." + secret, hashSecret(secret)
}

// splitToken returns the token's conversation id and secret; ok is false for anything malformed.
func splitToken(token string) (conv, secret string, ok bool) {
	conv, secret, ok = strings.Cut(token, ".")
	if !ok || len(conv) != 22 || len(secret) != 22 {
		return "", "", false
	}
	return conv, secret, true
}

func hashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// secretMatches compares in constant time so a token cannot be guessed byte by byte.
func secretMatches(s Session, secret string) bool {
	return subtle.ConstantTimeCompare([]byte(s.SecretHash), []byte(hashSecret(secret))) == 1
}
