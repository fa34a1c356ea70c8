package ws_test

import (
	"maps"
	"strings"
	"sync"
	"testing"

	"github.com/faqbot/faqbot/transport/ws"
	"github.com/gorilla/websocket"
)

// codeCounter is a ws.Metrics that remembers how many error frames of each code were sent.
type codeCounter struct {
	mu    sync.Mutex
	codes map[string]int
}

func (c *codeCounter) ErrorFrame(code string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.codes == nil {
		c.codes = map[string]int{}
	}
	c.codes[code]++
}

func (c *codeCounter) snapshot() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return maps.Clone(c.codes)
}

// Every error frame a client receives is counted once, under its code.
func TestMetricsCountErrorFramesByCode(t *testing.T) {
	m := &codeCounter{}
	s := MustServe(t, nil, ws.Config{Metrics: m, SessionRate: 60, Burst: 1, MaxRunes: 10})
	c := MustDial(t, s.URL, nil)

	got := map[string]int{}
	c.send(map[string]string{"type": "message", "id": "m0", "text": "hi"})
	got[c.next().Code]++
	c.hello("")
	c.sendRaw(websocket.TextMessage, []byte(`{"type":`))
	got[c.next().Code]++
	c.send(map[string]string{"type": "message", "id": "m1", "text": strings.Repeat("س", 11)})
	got[c.next().Code]++
	if f := c.ask("m2", "سؤال"); f.Type != "reply" {
		t.Fatalf("first message: %+v", f)
	}
	got[c.ask("m3", "سؤال").Code]++ // burst 1: the second at once is limited

	want := map[string]int{ws.CodeBadRequest: 2, ws.CodeTooLong: 1, ws.CodeRateLimited: 1}
	if !maps.Equal(got, want) {
		t.Fatalf("client got error codes %v, want %v", got, want)
	}
	if counted := m.snapshot(); !maps.Equal(counted, want) {
		t.Errorf("counted %v, want %v", counted, want)
	}
}
