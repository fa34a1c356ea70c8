package ws_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/transport/ws"
	"github.com/gorilla/websocket"
)

// The edges of what a frame may be, beside TestBadFramesKeepConnection: the limits let through
// what a patient can legitimately send and refuse what is one byte or one level past them.
func TestFrameEdges(t *testing.T) {
	s := MustServe(t, nil, ws.Config{SessionRate: -1, MaxRunes: 1000})
	c := MustDial(t, s.URL, nil)

	// Invalid UTF-8 before hello: refused, and hello still works afterwards.
	c.sendRaw(websocket.TextMessage, []byte("{\"type\":\"hello\",\"session\":\"\xc3\x28\"}"))
	if f := c.next(); f.Type != "error" || f.Code != ws.CodeBadRequest {
		t.Errorf("hello with invalid UTF-8: %+v, want bad_request", f)
	}
	c.hello("")

	nested := func(depth int) string { // an extra field nested so the frame is depth levels deep
		return `{"type":"message","id":"n","text":"سؤال","x":` + strings.Repeat("[", depth-1) + strings.Repeat("]", depth-1) + `}`
	}
	for _, tc := range []struct {
		name, frame, want string
	}{
		// 1,000 Arabic letters, each written as a \uXXXX escape: 6 bytes a character, the widest a
		// browser's JSON.stringify never writes but another client may. It fits the read limit.
		{"longest message, fully escaped", `{"type":"message","id":"e","text":"` + strings.Repeat(`\u0628`, 1000) + `"}`, "reply"},
		{"one character more", `{"type":"message","id":"e2","text":"` + strings.Repeat(`\u0628`, 1001) + `"}`, ws.CodeTooLong},
		{"8 levels deep", nested(8), "reply"},
		{"9 levels deep", nested(9), ws.CodeBadRequest},
		{"brackets inside a string do not count", `{"type":"message","id":"s","text":"` + strings.Repeat("[{", 300) + `"}`, "reply"},
		{"UTF-16 surrogate encoded as UTF-8", "{\"type\":\"message\",\"id\":\"u\",\"text\":\"\xed\xa0\x80\"}", ws.CodeBadRequest},
		{"overlong encoding of /", "{\"type\":\"message\",\"id\":\"o\",\"text\":\"\xc0\xaf\"}", ws.CodeBadRequest},
		{"truncated sequence at the end", "{\"type\":\"message\",\"id\":\"t\",\"text\":\"x\"}\xd8", ws.CodeBadRequest},
		{"NUL bytes", "{\"type\":\"message\",\"id\":\"z\",\"text\":\"\x00\"}", ws.CodeBadRequest},
		{"null", `null`, ws.CodeBadRequest},
		{"empty frame", ``, ws.CodeBadRequest},
	} {
		c.sendRaw(websocket.TextMessage, []byte(tc.frame))
		f := c.next()
		got := f.Type
		if f.Type == "error" {
			got = f.Code
		}
		if got != tc.want {
			t.Errorf("%s: %+v, want %s", tc.name, f, tc.want)
		}
	}

	// A message over the read limit sent in many small fragments is refused as a whole (1009),
	// not assembled in memory piece by piece.
	w, err := c.c.NextWriter(websocket.TextMessage)
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(`{"type":"message","id":"big","text":"`))
	chunk := []byte(strings.Repeat("x", 1000))
	for range 100 {
		if _, err := w.Write(chunk); err != nil {
			break // the server may close before the whole message is out
		}
	}
	w.Close()
	if code := c.closeCode(); code != websocket.CloseMessageTooBig {
		t.Errorf("fragmented message over the limit: close code %d, want 1009", code)
	}
}
