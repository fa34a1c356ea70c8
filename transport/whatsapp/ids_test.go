package whatsapp

import (
	"fmt"
	"testing"
)

// The legacy id was keyed by the phone number id, which is public: trying every number of a
// range finds the patient's. The keyed id gives nothing to compare without the secret, and
// differs from the legacy one; it is stable, and a conversation's new id follows from its old one.
func TestIDsNotDerivableFromPhoneNumberID(t *testing.T) {
	const phoneID, waID = "106540352242922", "966512344567"
	ids, err := NewIDs([]byte("a-server-secret-of-32-characters"))
	if err != nil {
		t.Fatal(err)
	}
	legacy, keyed := ConversationID(phoneID, waID), ids.Conversation(phoneID, waID)
	found := func(id string) string {
		for n := range 20000 {
			if candidate := fmt.Sprintf("9665123%05d", n+40000); ConversationID(phoneID, candidate) == id {
				return candidate
			}
		}
		return ""
	}
	if got := found(legacy); got != waID {
		t.Fatalf("the search does not find the number from the legacy id: %q", got)
	}
	if got := found(keyed); got != "" {
		t.Errorf("the number %s was recovered from the keyed id %s", got, keyed)
	}
	if keyed == legacy || len(keyed) != len(legacy) || keyed[:3] != "wa-" {
		t.Errorf("keyed id %q, legacy %q: want another id of the same shape", keyed, legacy)
	}
	if ids.Conversation(phoneID, waID) != keyed || ids.FromLegacy(legacy) != keyed {
		t.Error("keyed ids are not stable")
	}
	other, _ := NewIDs([]byte("another-server-secret-32-chars!!"))
	if other.Conversation(phoneID, waID) == keyed {
		t.Error("two secrets give the same id")
	}
	if _, err := NewIDs([]byte("short")); err == nil {
		t.Error("a 5-byte secret accepted")
	}
}
