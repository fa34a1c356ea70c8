package ws_test

import (
	"slices"
	"sync"
	"testing"

	"github.com/faqbot/faqbot/transport/ws"
)

// The hub tells its OnChange hook when a conversation gains its first connection and loses its
// last (two tabs: one call each way), and lists the conversations it holds.
func TestHubOnChange(t *testing.T) {
	s := MustServe(t, nil, ws.Config{})
	var mu sync.Mutex
	var calls []string
	s.Hub.OnChange(func(conv string) {
		mu.Lock()
		calls = append(calls, conv)
		mu.Unlock()
	})
	got := func() []string { mu.Lock(); defer mu.Unlock(); return slices.Clone(calls) }

	tab1 := MustDial(t, s.URL, nil)
	token := tab1.hello("").Session
	conv := convOf(token)
	tab2 := MustDial(t, s.URL, nil)
	tab2.hello(token)
	// The hook runs after the welcome is queued (bind), so the client may read it first.
	waitFor(t, "the first tab's call", func() bool { return len(got()) > 0 })
	if c := got(); !slices.Equal(c, []string{conv}) {
		t.Errorf("after two tabs: calls %q, want one for %s", c, conv)
	}
	if cs := s.Hub.Conversations(); !slices.Equal(cs, []string{conv}) {
		t.Errorf("Conversations = %q, want [%s]", cs, conv)
	}
	tab1.c.Close()
	waitFor(t, "the first tab to leave", func() bool { return s.Hub.Len() == 1 })
	if c := got(); len(c) != 1 || !s.Hub.Live(conv) {
		t.Errorf("one tab left: calls %q, live %v; want no new call, still live", c, s.Hub.Live(conv))
	}
	tab2.c.Close()
	waitFor(t, "the last tab to leave", func() bool { return len(got()) == 2 })
	if c := got(); c[1] != conv || s.Hub.Live(conv) || len(s.Hub.Conversations()) != 0 {
		t.Errorf("all tabs gone: calls %q, live %v, conversations %q", c, s.Hub.Live(conv), s.Hub.Conversations())
	}
}
