package whatsapp

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
)

// IDs derives WhatsApp conversation ids under a server secret (FAQBOT_ID_SECRET, or one generated
// once and shared through Redis), so that an id seen in a log or an export cannot be traced back to
// a phone number: without the secret, trying every number of a country gives nothing to compare.
// Create with NewIDs; WithPrevious adds the secrets it replaced, while a rotation is under way.
type IDs struct {
	key []byte
	// previous are the secrets key replaced, newest first: a conversation still under an id of one
	// of them moves to its id under key with the patient's next message (Adopt).
	previous [][]byte
}

// MinIDSecret is the shortest secret NewIDs accepts.
const MinIDSecret = 16

// NewIDs returns the ids keyed by secret (at least MinIDSecret bytes).
func NewIDs(secret []byte) (IDs, error) {
	if len(secret) < MinIDSecret {
		return IDs{}, fmt.Errorf("whatsapp: the conversation id secret must have at least %d bytes", MinIDSecret)
	}
	return IDs{key: bytes.Clone(secret)}, nil
}

// WithPrevious returns ids that also know the secrets previous (newest first) that ids' secret
// replaced. Each must have at least MinIDSecret bytes and differ from ids' secret and from the
// others; errors name a secret by its position (1 is the first), never by its value. Keep them
// few: each costs a look-up in the store with every patient batch while it is known.
func (ids IDs) WithPrevious(previous ...[]byte) (IDs, error) {
	if !ids.Valid() {
		return IDs{}, errors.New("whatsapp: previous conversation id secrets need a current one (NewIDs)")
	}
	out := IDs{key: ids.key, previous: make([][]byte, 0, len(previous))}
	for i, p := range previous {
		switch {
		case len(p) < MinIDSecret:
			return IDs{}, fmt.Errorf("whatsapp: previous conversation id secret %d must have at least %d bytes", i+1, MinIDSecret)
		case bytes.Equal(p, ids.key):
			return IDs{}, fmt.Errorf("whatsapp: previous conversation id secret %d is the current secret", i+1)
		}
		for j, q := range out.previous {
			if bytes.Equal(p, q) {
				return IDs{}, fmt.Errorf("whatsapp: previous conversation id secrets %d and %d are the same", j+1, i+1)
			}
		}
		out.previous = append(out.previous, bytes.Clone(p))
	}
	return out, nil
}

// Valid reports whether ids has a secret (the zero IDs has none).
func (ids IDs) Valid() bool { return len(ids.key) > 0 }

// Rotating reports whether ids know previous secrets, whose conversations Adopt moves.
func (ids IDs) Rotating() bool { return len(ids.previous) > 0 }

// Previous returns the ids the conversation of waID at scope had under each previous secret,
// newest first (none when ids are not rotating).
func (ids IDs) Previous(scope, waID string) []string {
	if len(ids.previous) == 0 {
		return nil
	}
	legacy := ConversationID(scope, waID)
	out := make([]string, len(ids.previous))
	for i, p := range ids.previous {
		out[i] = keyedID(p, legacy)
	}
	return out
}

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
	return keyedID(ids.key, old)
}

// keyedID is legacy id old keyed by secret.
func keyedID(secret []byte, old string) string {
	m := hmac.New(sha256.New, secret)
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
