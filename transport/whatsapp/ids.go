package whatsapp

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"strings"
)

// IDs derives WhatsApp conversation ids under a server secret (FAQBOT_ID_SECRET, or one generated
// once and shared through Redis), so that an id seen in a log or an export cannot be traced back to
// a phone number: without the secret, trying every number of a country gives nothing to compare.
// Create with NewIDs.
type IDs struct{ key []byte }

// MinIDSecret is the shortest secret NewIDs accepts.
const MinIDSecret = 16

// NewIDs returns the ids keyed by secret (at least MinIDSecret bytes).
func NewIDs(secret []byte) (IDs, error) {
	if len(secret) < MinIDSecret {
		return IDs{}, fmt.Errorf("whatsapp: the conversation id secret must have at least %d bytes", MinIDSecret)
	}
	return IDs{key: bytes.Clone(secret)}, nil
}

// Valid reports whether ids has a secret (the zero IDs has none).
func (ids IDs) Valid() bool { return len(ids.key) > 0 }

// Conversation is the conversation id of WhatsApp user waID writing to the business number of
// scope (the phone number id; Twilio uses its own). It is stable, so a patient's messages always
// land in one conversation, and keyed, so Redis keys never carry a phone number. Ids start with
// "wa-" and have the web ids' 22 characters after it.
func (ids IDs) Conversation(scope, waID string) string {
	return ids.FromLegacy(ConversationID(scope, waID))
}

// FromLegacy is the id that replaces legacy id old (ConversationID): keyed by the secret over the
// old id, so existing conversations can be moved knowing nothing but their ids.
func (ids IDs) FromLegacy(old string) string {
	if len(ids.key) == 0 {
		panic("whatsapp: IDs used without a secret (use NewIDs)")
	}
	m := hmac.New(sha256.New, ids.key)
	m.Write([]byte("faqbot/whatsapp/conversation/v2\x00" + old))
	return "wa-" + base64.RawURLEncoding.EncodeToString(m.Sum(nil))[:22]
}

// ConversationID is the legacy conversation id, keyed by the scope alone: the phone number id is
// public, so a phone number can be found from such an id by trying every number. Only the
// migration to IDs (and IDs itself) use it.
func ConversationID(scope, waID string) string {
	m := hmac.New(sha256.New, []byte("faqbot/whatsapp/conversation/"+scope))
	m.Write([]byte(waID))
	return "wa-" + base64.RawURLEncoding.EncodeToString(m.Sum(nil))[:22]
}

// claimKey is the dedupe key of message id wamid. wamids encode the sender's number, so the key
// holds a hash of it instead.
func claimKey(wamid string) string {
	sum := sha256.Sum256([]byte(wamid))
	return "wa:seen:" + base64.RawURLEncoding.EncodeToString(sum[:])[:22]
}

// MaskPhone hides the middle of a phone number for logs: "966512344567" → "9665****4567".
// Anything too short to mask meaningfully becomes "****".
func MaskPhone(n string) string {
	n = strings.TrimPrefix(strings.TrimPrefix(n, "whatsapp:"), "+")
	if len(n) < 9 || strings.Trim(n, "0123456789") != "" {
		return "****"
	}
	return n[:4] + "****" + n[len(n)-4:]
}
