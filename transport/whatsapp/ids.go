package whatsapp

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"strings"
)

// ConversationID derives the conversation id of a WhatsApp user from the business number's scope
// (the phone number id; Twilio uses its own) and the user's wa_id. It is stable, so a patient's
// messages always land in one conversation, and it is a keyed hash, so Redis keys never carry a
// phone number. Ids start with "wa-" and have the web ids' 22 characters after it.
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
