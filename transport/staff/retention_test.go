package staff_test

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/faqbot/faqbot/transport/staff"
)

func TestSweepErasesOldConversations(t *testing.T) {
	h := newHarness(t, nil)
	now := time.Now().UTC()
	h.clock.Set(now.AddDate(0, 0, -100))
	old := h.webConversation("old question")
	h.clock.Set(now.AddDate(0, 0, -89))
	recent := h.whatsappConversation("966501234567", "recent question")
	// Staff writing into an old conversation keeps it.
	h.clock.Set(now.AddDate(0, 0, -95))
	revived := h.webConversation("another old question")
	h.clock.Set(now)
	c := h.client().login("nora")
	c.must(http.StatusOK, "POST", "/api/staff/conversations/"+revived+"/reply", map[string]string{"text": "still there?"})

	sw := &staff.Sweeper{Store: h.store, Retention: 90 * 24 * time.Hour, Bus: h.api.Bus(), Now: func() time.Time { return now }}
	n, err := sw.Sweep(t.Context())
	if err != nil || n != 1 {
		t.Fatalf("Sweep: %d erased (%v), want 1", n, err)
	}
	if got := ids(c.list("")); !slices.Equal(got, []string{revived, recent}) {
		t.Errorf("left after the sweep: %v, want %v", got, []string{revived, recent})
	}
	if !contains(h.auditActions(), "retention erase "+old) {
		t.Errorf("retention erasure not audited: %v", h.auditActions())
	}
	if n, err := sw.Sweep(t.Context()); n != 0 || err != nil {
		t.Errorf("second sweep: %d (%v), want nothing to do", n, err)
	}
}

// With a short retention the background sweeper erases a conversation by itself, in real time.
func TestSweeperRunsByItself(t *testing.T) {
	h := newHarness(t, func(c *staff.Config) { c.Now = time.Now })
	h.svc.Now = time.Now
	conv := h.webConversation("hello")
	sw := &staff.Sweeper{Store: h.store, Retention: 1500 * time.Millisecond}
	if got := sw.Interval(); got != time.Second {
		t.Fatalf("interval %v for a 1.5 s retention, want the 1 s floor", got)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan struct{})
	go func() { sw.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()

	c := h.client().login("nora")
	c.must(http.StatusOK, "GET", "/api/staff/conversations/"+conv, nil) // still there at first
	deadline := time.Now().Add(6 * time.Second)
	for {
		r := c.do("GET", "/api/staff/conversations/"+conv, nil)
		if r.status == http.StatusNotFound {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("conversation still there %v after a 1.5 s retention", 6*time.Second)
		}
		time.Sleep(100 * time.Millisecond)
	}
	found := false
	for _, a := range h.auditActions() {
		found = found || strings.HasPrefix(a, "retention erase "+conv)
	}
	if !found {
		t.Errorf("audit %v: want the retention erasure", h.auditActions())
	}
}
