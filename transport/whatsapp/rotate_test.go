package whatsapp

import (
	"strings"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot/memstore"
)

var fixedTime = time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)

// Previous secrets give the ids a conversation had under them; the current id is unchanged by
// knowing them. Bad previous secrets are refused without showing them.
func TestIDsWithPrevious(t *testing.T) {
	const phoneID, waID = "106540352242922", "966512344567"
	a, _ := NewIDs([]byte("secret-A-0123456789abcdef"))
	b, _ := NewIDs([]byte("secret-B-0123456789abcdef"))
	if b.Rotating() || b.Previous(phoneID, waID) != nil {
		t.Error("ids without previous secrets are rotating")
	}
	rot, err := b.WithPrevious([]byte("secret-A-0123456789abcdef"), []byte("secret-0-0123456789abcdef"))
	if err != nil {
		t.Fatal(err)
	}
	zero, _ := NewIDs([]byte("secret-0-0123456789abcdef"))
	got := rot.Previous(phoneID, waID)
	if !rot.Rotating() || len(got) != 2 || got[0] != a.Conversation(phoneID, waID) || got[1] != zero.Conversation(phoneID, waID) {
		t.Errorf("Previous = %v, want the ids under A then 0", got)
	}
	if rot.Conversation(phoneID, waID) != b.Conversation(phoneID, waID) {
		t.Error("the current id changed with previous secrets")
	}
	for name, prev := range map[string][][]byte{
		"short":   {[]byte("short-secret")},
		"current": {[]byte("secret-B-0123456789abcdef")},
		"twice":   {[]byte("secret-A-0123456789abcdef"), []byte("secret-A-0123456789abcdef")},
	} {
		_, err := b.WithPrevious(prev...)
		if err == nil || strings.Contains(err.Error(), "secret-") {
			t.Errorf("%s: %v, want an error that shows no secret", name, err)
		}
	}
}

// The patient's conversation under the previous secret is in the new id when Adopt returns, and
// only the first call moves it.
func TestAdopt(t *testing.T) {
	const phoneID, waID = "106540352242922", "966512344567"
	store := memstore.New(0)
	a, _ := NewIDs([]byte("secret-A-0123456789abcdef"))
	oldConv := a.Conversation(phoneID, waID)
	if err := store.Hold(t.Context(), oldConv, fixedTime); err != nil {
		t.Fatal(err)
	}
	b, _ := NewIDs([]byte("secret-B-0123456789abcdef"))
	rot, _ := b.WithPrevious([]byte("secret-A-0123456789abcdef"))
	conv, moved, err := Adopt(t.Context(), rot, store, phoneID, waID)
	if err != nil || conv != b.Conversation(phoneID, waID) || moved != oldConv {
		t.Fatalf("Adopt = %q, %q, %v; want %q moved from %q", conv, moved, err, b.Conversation(phoneID, waID), oldConv)
	}
	if turn, _ := store.Begin(t.Context(), conv, ""); !turn.HeldUntil.Equal(fixedTime) {
		t.Errorf("the staff hold did not move: %v", turn.HeldUntil)
	}
	if _, moved, _ := Adopt(t.Context(), rot, store, phoneID, waID); moved != "" {
		t.Errorf("a second Adopt moved %q", moved)
	}
}

// A bridge restarted with a new secret, the old one previous, answers a patient in the
// conversation kept under the old id: the log goes on. Rotating ids without a Mover are refused.
func TestBridgeRotatedSecret(t *testing.T) {
	sh := newShared(t)
	r := newRig(t, sh, nil)
	r.post(t, delivery(text(patient, "wamid.R1", arabicQuestion)))
	r.close(t)

	nu, _ := NewIDs([]byte("bridge-test-the-next-id-secret"))
	rot, err := nu.WithPrevious([]byte("bridge-test-conversation-id-secret"))
	if err != nil {
		t.Fatal(err)
	}
	o := Options{Config: Config{VerifyToken: testVerify, AppSecret: testSecret, AccessToken: testToken, PhoneNumberID: testPhoneID, APIBase: sh.graph.URL},
		Service: r.b.svc, Claimer: sh.claimer, IDs: rot}
	if _, err := New(o); err == nil || !strings.Contains(err.Error(), "Mover") {
		t.Errorf("rotating ids without a Mover: %v, want refused", err)
	}
	r2 := newRig(t, sh, func(o *Options) { o.IDs, o.Mover = rot, sh.store })
	r2.post(t, delivery(text(patient, "wamid.R2", arabicQuestion)))
	r2.close(t)
	hist, err := sh.store.History(t.Context(), nu.Conversation(testPhoneID, patient))
	if err != nil || len(hist) != 4 || hist[0].MsgID != "wamid.R1" || hist[2].MsgID != "wamid.R2" {
		t.Errorf("under the new secret: %d entries %v, want the first exchange then the second", len(hist), err)
	}
	if hist, _ := sh.store.History(t.Context(), testIDs.Conversation(testPhoneID, patient)); len(hist) != 0 {
		t.Errorf("%d entries left under the old id", len(hist))
	}
	if !strings.Contains(r2.logs.String(), "moved to the current id secret") {
		t.Errorf("the move is not logged:\n%s", r2.logs.String())
	}
}
