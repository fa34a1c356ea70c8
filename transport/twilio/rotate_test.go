package twilio

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/transport/whatsapp"
)

// A handler restarted with a new conversation id secret, the old one previous, answers a patient
// in the conversation kept under the old id.
func TestRotatedSecret(t *testing.T) {
	r := newRig(t, Config{})
	if code, _ := r.signed(t, form(sid(1), question)); code != 200 {
		t.Fatalf("first message: %d", code)
	}
	nu, _ := whatsapp.NewIDs([]byte("twilio-test-the-next-id-secret"))
	rot, err := nu.WithPrevious([]byte("twilio-test-conversation-id-secret"))
	if err != nil {
		t.Fatal(err)
	}
	o := Options{Config: Config{AuthToken: authToken}, Service: &bot.Service{Engine: engine, Store: r.store},
		Claimer: whatsapp.NewMemClaimer(), IDs: rot}
	if _, err := New(o); err == nil {
		t.Error("rotating ids without a Mover accepted")
	}
	o.Mover = r.store
	h, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	h.Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	r2 := &rig{srv: srv, url: srv.URL + "/webhooks/twilio", store: r.store, h: h}
	if code, msgs := r2.signed(t, form(sid(2), question)); code != 200 || len(msgs) != 1 {
		t.Fatalf("second message: %d %q", code, msgs)
	}
	to := "twilio:whatsapp:+14155238886"
	hist, err := r.store.History(t.Context(), nu.Conversation(to, "966512344567"))
	if err != nil || len(hist) != 4 || hist[0].MsgID != sid(1) || hist[2].MsgID != sid(2) {
		t.Errorf("under the new secret: %d entries %v, want both exchanges", len(hist), err)
	}
	if hist, _ := r.store.History(t.Context(), testIDs.Conversation(to, "966512344567")); len(hist) != 0 {
		t.Errorf("%d entries left under the old id", len(hist))
	}
}
