package web_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/gorilla/websocket"

	"github.com/faqbot/faqbot/web"
	"github.com/faqbot/faqbot/web/browsertest"
)

// This file drives widget.js in headless Chromium against a scripted peer of the WebSocket
// protocol (CONTRACTS.md §3), so every kind of frame can be produced on demand: emergency and
// handoff replies, staff messages, error codes and a connection dropped before the answer.
// cmd/faqbot's browser test runs the same widget against the real server.

const artifacts = "testdata/artifacts"

// scripted answers patient messages by keyword and keeps one conversation's history.
type scripted struct {
	mu      sync.Mutex
	history []map[string]any
	seen    map[string]int // client message id → times received
	answers map[string]map[string]any
	hellos  []map[string]string
	live    func(any) // sends a frame on the latest connection
}

const token = "conv1.secret1"

func newScripted() *scripted {
	return &scripted{seen: map[string]int{}, answers: map[string]map[string]any{}}
}

func reply(kind, text string, sources []map[string]any, suggestions ...string) map[string]any {
	if sources == nil {
		sources = []map[string]any{}
	}
	if suggestions == nil {
		suggestions = []string{}
	}
	return map[string]any{"kind": kind, "text": text, "sources": sources, "suggestions": suggestions, "confidence": 0.8}
}

var kbSource = []map[string]any{{"doc": "botulinum-treatment", "title": "علاجات البوتولينوم", "section": "مدة المفعول", "score": 9.5}}

// answer decides what the peer does with a message: the frames to send, or drop to close the
// connection without answering (only the first time an id is seen).
func (s *scripted) answer(text string, firstTime bool) (frames []map[string]any, drop bool) {
	r := func(rep map[string]any) map[string]any {
		return map[string]any{"type": "reply", "reply": rep}
	}
	switch {
	case strings.Contains(text, "انقطاع") && firstTime:
		return nil, true
	case strings.Contains(text, "شكرا"):
		// Staff hold the conversation: logged, and acknowledged (once).
		ack := reply("handoff", "وصلت رسالتك إلى فريق العيادة، وسيرد عليك أحد الموظفين هنا قريباً.", nil)
		ack["held"] = true
		return []map[string]any{r(ack)}, false
	case strings.Contains(text, "كثير"):
		return []map[string]any{{"type": "error", "code": "rate_limited", "message": "slow down"}}, false
	case strings.Contains(text, "طوارئ"):
		return []map[string]any{r(reply("emergency", "اتصل بالإسعاف ٩٩٧ فورًا.\nلا تنتظر الرد هنا.", kbSource))}, false
	case strings.Contains(text, "اقتراح"):
		return []map[string]any{r(reply("clarify", "تقصد أي علاج؟", nil, "كم يدوم مفعول البوتوكس؟", "هل الحقن مؤلم؟"))}, false
	case strings.Contains(text, "موظف"):
		return []map[string]any{
			r(reply("handoff", "سيتواصل معك أحد أفراد الفريق هنا قريبًا.", nil)),
			{"type": "staff", "id": "s1", "text": "أهلًا، معك نورة من العيادة. كيف أخدمك؟", "from": "نورة"},
		}, false
	case strings.Contains(text, "<"):
		return []map[string]any{r(reply("answer", text, kbSource))}, false
	case strings.HasPrefix(text, "Hello"):
		return []map[string]any{r(reply("smalltalk", "Hello! How can I help?", nil))}, false
	}
	return []map[string]any{r(reply("answer", "يدوم المفعول عادةً عدة أشهر:\n- من ثلاثة إلى أربعة أشهر للوجه\n- أطول قليلًا مع التكرار", kbSource))}, false
}

func (s *scripted) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	c, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer c.Close()
	var mu sync.Mutex // one writer at a time
	send := func(v any) {
		mu.Lock()
		defer mu.Unlock()
		c.WriteJSON(v)
	}
	s.mu.Lock()
	s.live = send
	s.mu.Unlock()
	for {
		var f map[string]string
		if err := c.ReadJSON(&f); err != nil {
			return
		}
		switch f["type"] {
		case "hello":
			s.mu.Lock()
			s.hellos = append(s.hellos, f)
			hist := s.history
			if f["session"] != token {
				hist = []map[string]any{}
			}
			s.mu.Unlock()
			send(map[string]any{"type": "welcome", "session": token, "history": hist})
		case "message":
			s.mu.Lock()
			s.seen[f["id"]]++
			first := s.seen[f["id"]] == 1
			prior, dup := s.answers[f["id"]]
			s.mu.Unlock()
			if dup {
				send(prior)
				continue
			}
			frames, drop := s.answer(f["text"], first)
			if drop {
				return
			}
			if len(frames) == 0 {
				s.mu.Lock()
				s.history = append(s.history, map[string]any{"from": "patient", "text": f["text"], "at": time.Now().UTC().Format(time.RFC3339)})
				s.mu.Unlock()
				continue
			}
			send(map[string]any{"type": "typing"})
			time.Sleep(150 * time.Millisecond) // long enough for the typing dots to show in a screenshot
			now := time.Now().UTC().Format(time.RFC3339)
			s.mu.Lock()
			if frames[0]["type"] != "error" {
				s.history = append(s.history, map[string]any{"from": "patient", "text": f["text"], "at": now})
			}
			for _, fr := range frames {
				switch fr["type"] {
				case "reply":
					fr["id"] = fmt.Sprint("b", len(s.history))
					fr["in_reply_to"] = f["id"]
					s.answers[f["id"]] = fr
					rep := fr["reply"].(map[string]any)
					s.history = append(s.history, map[string]any{"from": "bot", "text": rep["text"], "at": now, "reply": rep, "in_reply_to": f["id"]})
				case "staff":
					s.history = append(s.history, map[string]any{"from": "staff", "text": fr["text"], "at": now, "name": fr["from"]})
				}
			}
			s.mu.Unlock()
			for _, fr := range frames {
				send(fr)
			}
		}
	}
}

// push sends a frame unasked, as the server does for a staff message.
func (s *scripted) push(frame map[string]any) {
	s.mu.Lock()
	send := s.live
	switch frame["type"] {
	case "staff":
		s.history = append(s.history, map[string]any{"from": "staff", "text": frame["text"], "at": time.Now().UTC().Format(time.RFC3339), "name": frame["from"]})
	case "reply": // the bot's answer once staff release the conversation
		rep := frame["reply"].(map[string]any)
		s.history = append(s.history, map[string]any{"id": frame["id"], "from": "bot", "text": rep["text"], "at": time.Now().UTC().Format(time.RFC3339),
			"reply": rep, "in_reply_to": frame["in_reply_to"]})
	}
	s.mu.Unlock()
	send(frame)
}

func (s *scripted) timesSeen(id string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.seen[id]
}

// sr is the widget's shadow root in page JavaScript.
const sr = `document.getElementById('faqbot-widget').shadowRoot`

// in wraps a JavaScript expression so that it can use sr, and is null before the widget exists.
func in(expr string) string {
	return `(() => { const host = document.getElementById('faqbot-widget'); if (!host) return null; const sr = host.shadowRoot; return (` + expr + `); })()`
}

// bubbles is the kind and text of every message bubble on screen (refused ones aside), who included.
const bubbles = `[...sr.querySelectorAll('.m:not(.fail)')].map(m => m.className.replace(/\bm |\bwait\b/g, '').trim() + '|' + m.innerText.trim())`

func TestWidgetInBrowser(t *testing.T) {
	peer := newScripted()
	mux := http.NewServeMux()
	mux.Handle("GET /ws", peer)
	mux.Handle("/", web.Handler())
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	tab := browsertest.MustTab(t, artifacts, 1280, 860)
	tab.Navigate(t, srv.URL+"/")
	browsertest.Wait[bool](t, tab, "the launcher", in(`!!sr.querySelector('.launch')`))
	if got := browsertest.Eval[string](t, tab, in(`sr.querySelector('.launch').getAttribute('aria-label')`)); got != "افتح المحادثة مع مساعد العيادة" {
		t.Errorf("launcher aria-label = %q", got)
	}
	if hidden := browsertest.Eval[bool](t, tab, in(`sr.querySelector('[role=dialog]').hidden`)); !hidden {
		t.Error("panel is open before the launcher was clicked")
	}
	tab.Screenshot("widget-closed")

	t.Run("open", func(t *testing.T) {
		tab.ClickJS(t, "the launcher", sr+`.querySelector('.launch')`)
		browsertest.Wait[bool](t, tab, "the panel", in(`!sr.querySelector('[role=dialog]').hidden`))
		browsertest.Wait[bool](t, tab, "focus in the input", in(`sr.activeElement === sr.querySelector('input')`))
		browsertest.Wait[bool](t, tab, "the welcome", in(`sr.querySelector('.status').textContent === 'متصل'`))
		got := browsertest.Eval[map[string]string](t, tab, in(`({
			dir: getComputedStyle(sr.querySelector('[role=dialog]')).direction,
			label: sr.querySelector('[role=dialog]').getAttribute('aria-label'),
			live: sr.querySelector('.log').getAttribute('aria-live'),
			expanded: sr.querySelector('.launch').getAttribute('aria-expanded'),
			max: String(sr.querySelector('input').maxLength),
			font: getComputedStyle(sr.querySelector('.log')).fontFamily,
		})`))
		want := map[string]string{"dir": "rtl", "label": "محادثة مع مساعد العيادة", "live": "polite", "expanded": "true", "max": "1000"}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s = %q, want %q", k, got[k], v)
			}
		}
		if !strings.Contains(got["font"], "Noto Naskh Arabic") {
			t.Errorf("font-family = %q, want the Arabic stack", got["font"])
		}
		// The panel sits at the inline end, which is the left in Arabic.
		if left := browsertest.Eval[bool](t, tab, in(`sr.querySelector('.panel').getBoundingClientRect().left < innerWidth / 2`)); !left {
			t.Error("in RTL the panel should sit on the left")
		}
	})

	t.Run("answer", func(t *testing.T) {
		tab.Type(t, "كم يدوم مفعول البوتوكس؟", "\r")
		browsertest.Wait[bool](t, tab, "the typing dots", in(`!sr.querySelector('.typing').hidden`))
		tab.Screenshot("widget-typing")
		text := browsertest.Wait[string](t, tab, "the answer", in(`[...sr.querySelectorAll('.m.bot[data-kind=answer]')].pop()?.innerText`))
		if !strings.Contains(text, "عدة أشهر") {
			t.Errorf("answer bubble = %q", text)
		}
		items := browsertest.Eval[[]string](t, tab, in(`[...sr.querySelectorAll('.m.bot[data-kind=answer] li')].map(li => li.textContent)`))
		if len(items) != 2 || items[0] != "من ثلاثة إلى أربعة أشهر للوجه" {
			t.Errorf("bullets = %q, want the two '- ' lines as list items", items)
		}
		if src := browsertest.Eval[string](t, tab, in(`sr.querySelector('.m.bot[data-kind=answer] .src').innerText`)); !strings.Contains(src, "علاجات البوتولينوم — مدة المفعول") {
			t.Errorf("source label = %q", src)
		}
		if v := browsertest.Eval[string](t, tab, in(`sr.querySelector('input').value`)); v != "" {
			t.Errorf("input still holds %q after sending", v)
		}
		browsertest.Wait[bool](t, tab, "the typing dots to go", in(`sr.querySelector('.typing').hidden`))
		tab.Screenshot("widget-answer")
	})

	t.Run("suggestion chip", func(t *testing.T) {
		tab.Type(t, "اقتراح", "\r")
		browsertest.Wait[bool](t, tab, "the chips", in(`sr.querySelectorAll('.chips button').length === 2`))
		tab.Screenshot("widget-chips")
		tab.ClickJS(t, "the first chip", sr+`.querySelector('.chips button')`)
		browsertest.Wait[bool](t, tab, "the chip's question sent", in(`[...sr.querySelectorAll('.m.me')].pop().innerText.includes('كم يدوم مفعول البوتوكس؟')`))
		browsertest.Wait[bool](t, tab, "its answer", in(`sr.querySelectorAll('.m.bot[data-kind=answer]').length === 2`))
		if n := browsertest.Eval[int](t, tab, in(`sr.querySelectorAll('.chips').length`)); n != 0 {
			t.Errorf("%d chip rows left after the conversation moved on", n)
		}
		if focus := browsertest.Eval[bool](t, tab, in(`sr.activeElement === sr.querySelector('input')`)); !focus {
			t.Error("focus did not return to the input after a chip tap")
		}
	})

	t.Run("emergency", func(t *testing.T) {
		tab.Type(t, "طوارئ: صعوبة في البلع", "\r")
		got := browsertest.Wait[map[string]string](t, tab, "the emergency bubble", in(`(() => {
			const e = sr.querySelector('.m.emergency');
			if (!e) return null;
			const cs = getComputedStyle(e);
			return {role: e.getAttribute('role'), bg: cs.backgroundColor, border: cs.borderTopColor,
				first: e.children[1].textContent, sources: String(e.querySelectorAll('.src').length)};
		})()`))
		want := map[string]string{"role": "alert", "bg": "rgb(253, 236, 234)", "border": "rgb(197, 34, 31)",
			"first": "اتصل بالإسعاف ٩٩٧ فورًا.", "sources": "0"}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("emergency %s = %q, want %q", k, got[k], v)
			}
		}
		tab.Screenshot("widget-emergency")
	})

	t.Run("handoff and staff", func(t *testing.T) {
		tab.Type(t, "أبي أكلم موظف", "\r")
		got := browsertest.Wait[[]string](t, tab, "the staff message", in(`sr.querySelector('.m.person[data-kind=staff]') &&
			[...sr.querySelectorAll('.m.person')].map(m => m.querySelector('.who').textContent)`))
		if len(got) != 2 || got[0] != "فريق العيادة" || got[1] != "نورة" {
			t.Errorf("person bubbles are from %q, want the team (handoff) then نورة (staff)", got)
		}
		tab.Screenshot("widget-staff")
	})

	var heldID string
	t.Run("staff hold the conversation", func(t *testing.T) {
		tab.Type(t, "شكرا", "\r")
		heldID = browsertest.Wait[string](t, tab, "the message", in(`[...sr.querySelectorAll('.m.me')].pop().dataset.id`))
		browsertest.Wait[bool](t, tab, "the acknowledgement", in(`[...sr.querySelectorAll('.m[data-kind=handoff]')].some(m => m.innerText.includes('وصلت رسالتك'))`))
		time.Sleep(300 * time.Millisecond)
		if typing := browsertest.Eval[bool](t, tab, in(`sr.querySelector('.typing').hidden`)); !typing {
			t.Error("typing dots shown while a person, not the bot, holds the conversation")
		}
		// Released, the bot answers the same message: shown, though the acknowledgement answered its id.
		peer.push(map[string]any{"type": "reply", "id": "late1", "in_reply_to": heldID, "reply": reply("smalltalk", "العفو! هل لديك سؤال آخر؟", nil)})
		browsertest.Wait[bool](t, tab, "the answer after the release", in(`[...sr.querySelectorAll('.m.bot')].some(m => m.innerText.includes('هل لديك سؤال آخر؟'))`))
	})

	t.Run("error", func(t *testing.T) {
		tab.Type(t, "رسائل كثير", "\r")
		note := browsertest.Wait[string](t, tab, "the error note", in(`sr.querySelector('.sys')?.textContent`))
		if note != "أرسلت رسائل كثيرة بسرعة. انتظر دقيقة ثم أعد الإرسال." {
			t.Errorf("rate_limited note = %q", note)
		}
		if got := browsertest.Eval[string](t, tab, in(`sr.querySelector('.m.me.fail .retry') ? sr.querySelector('.m.me.fail p').textContent : ''`)); got != "رسائل كثير" {
			t.Errorf("the bubble marked refused, with a retry button, is %q; want the refused message", got)
		}
		if typing := browsertest.Eval[bool](t, tab, in(`sr.querySelector('.typing').hidden`)); !typing {
			t.Error("typing dots still shown after an error")
		}
	})

	t.Run("server text is text", func(t *testing.T) {
		evil := `<img src=x onerror="window.pwned=1"><b>bold</b>`
		tab.Type(t, evil, "\r")
		text := browsertest.Wait[string](t, tab, "the echoed reply", in(`sr.querySelectorAll('.m.bot[data-kind=answer]').length === 3 &&
			[...sr.querySelectorAll('.m.bot[data-kind=answer]')].pop().querySelector('p').textContent`))
		if text != evil {
			t.Errorf("reply shown as %q, want the markup as literal text", text)
		}
		if bad := browsertest.Eval[bool](t, tab, in(`!!sr.querySelector('.log img, .log b') || window.pwned === 1`)); bad {
			t.Error("server text was parsed as HTML")
		}
	})

	t.Run("reconnect resends with the same id", func(t *testing.T) {
		tab.Type(t, "انقطاع الاتصال", "\r")
		id := browsertest.Wait[string](t, tab, "the pending message", in(`[...sr.querySelectorAll('.m.me')].pop().dataset.id`))
		browsertest.Wait[bool](t, tab, "the answer after reconnecting", in(`sr.querySelectorAll('.m.bot[data-kind=answer]').length === 4`))
		if n := peer.timesSeen(id); n != 2 {
			t.Errorf("message %s reached the server %d times, want 2 (sent, resent after the drop)", id, n)
		}
		if p := browsertest.Eval[bool](t, tab, in(`sr.querySelector('.m.me.wait') === null`)); !p {
			t.Error("a message is still shown as pending after its answer")
		}
		if s := browsertest.Eval[string](t, tab, `localStorage.getItem('faqbot:`+strings.TrimPrefix(srv.URL, "http://")+`/ws:pending')`+` ?? ''`); s != "" {
			t.Errorf("pending messages left in storage: %s", s)
		}
	})

	before := browsertest.Eval[[]string](t, tab, in(bubbles))
	tab.Screenshot("widget-conversation")

	t.Run("reload restores the conversation", func(t *testing.T) {
		tab.Do(t, "reload", chromedp.Reload())
		browsertest.Wait[bool](t, tab, "the history", in(`sr.querySelectorAll('.m').length >= `+fmt.Sprint(len(before))))
		tab.ClickJS(t, "the launcher", sr+`.querySelector('.launch')`)
		after := browsertest.Eval[[]string](t, tab, in(bubbles))
		if strings.Join(after, "\n") != strings.Join(before, "\n") {
			t.Errorf("after reload the panel shows\n%s\nwant\n%s", strings.Join(after, "\n"), strings.Join(before, "\n"))
		}
		peer.mu.Lock()
		last := peer.hellos[len(peer.hellos)-1]
		peer.mu.Unlock()
		if last["session"] != token || last["lang"] != "ar" {
			t.Errorf("hello after reload = %v, want the stored session and lang ar", last)
		}
		if n := peer.timesSeen(heldID); n != 1 {
			t.Errorf("the message sent while staff held the conversation reached the server %d times, want 1", n)
		}
		tab.Screenshot("widget-reloaded")
	})

	t.Run("escape closes", func(t *testing.T) {
		tab.Do(t, "press Escape", chromedp.KeyEvent(kb.Escape))
		browsertest.Wait[bool](t, tab, "the panel to close", in(`sr.querySelector('[role=dialog]').hidden`))
		if focus := browsertest.Eval[bool](t, tab, in(`sr.activeElement === sr.querySelector('.launch')`)); !focus {
			t.Error("focus did not return to the launcher")
		}
		if exp := browsertest.Eval[string](t, tab, in(`sr.querySelector('.launch').getAttribute('aria-expanded')`)); exp != "false" {
			t.Errorf("aria-expanded = %q after closing", exp)
		}
	})

	t.Run("unread badge", func(t *testing.T) {
		if !browsertest.Eval[bool](t, tab, in(`sr.querySelector('.badge').hidden`)) {
			t.Fatal("badge shown before anything new arrived")
		}
		peer.push(map[string]any{"type": "staff", "id": "s2", "text": "هل ما زلت معنا؟", "from": "نورة"})
		label := browsertest.Wait[string](t, tab, "the unread badge", in(`!sr.querySelector('.badge').hidden && sr.querySelector('.launch').getAttribute('aria-label')`))
		if label != "افتح المحادثة مع مساعد العيادة (رسالة جديدة)" {
			t.Errorf("launcher aria-label with a new message = %q", label)
		}
		tab.Screenshot("widget-unread")
		tab.ClickJS(t, "the launcher", sr+`.querySelector('.launch')`)
		browsertest.Wait[bool](t, tab, "the badge to clear", in(`sr.querySelector('.badge').hidden`))
		if got := browsertest.Eval[string](t, tab, in(`[...sr.querySelectorAll('.m.person')].pop().innerText`)); !strings.Contains(got, "هل ما زلت معنا؟") {
			t.Errorf("last person bubble = %q, want the pushed staff message", got)
		}
		tab.Do(t, "press Escape", chromedp.KeyEvent(kb.Escape))
	})

	t.Run("phone", func(t *testing.T) {
		tab.Do(t, "phone viewport", chromedp.EmulateViewport(390, 844))
		tab.ClickJS(t, "the launcher", sr+`.querySelector('.launch')`)
		full := browsertest.Wait[bool](t, tab, "the full-screen panel", in(`(() => { const r = sr.querySelector('.panel').getBoundingClientRect(); return r.width === innerWidth && r.height === innerHeight; })()`))
		if !full {
			t.Error("panel is not full-screen on a phone")
		}
		tab.Screenshot("widget-phone")
		tab.Do(t, "desktop viewport", chromedp.EmulateViewport(1280, 860))
	})
}

// The widget embedded on another site, in English: it must find its server from its own script
// URL, not from the page's origin.
func TestWidgetEmbeddedElsewhere(t *testing.T) {
	peer := newScripted()
	mux := http.NewServeMux()
	mux.Handle("GET /ws", peer)
	mux.Handle("/", web.Handler())
	bot := httptest.NewServer(mux)
	t.Cleanup(bot.Close)
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		// Hostile page styles: the widget's shadow root must keep its own look.
		fmt.Fprintf(w, `<!doctype html><html lang="en"><head><style>* { font-family: serif !important; color: red; direction: rtl; }
			button { display: none !important; }</style></head><body><h1>Another clinic</h1>
			<script src="%s/widget.js" defer></script></body></html>`, bot.URL)
	}))
	t.Cleanup(site.Close)

	tab := browsertest.MustTab(t, artifacts, 1024, 768)
	tab.Navigate(t, site.URL+"/")
	ws := browsertest.Wait[string](t, tab, "the widget", `window.faqbotWidget && window.faqbotWidget.ws`)
	if want := "ws://" + strings.TrimPrefix(bot.URL, "http://") + "/ws"; ws != want {
		t.Errorf("widget connects to %q, want %q", ws, want)
	}
	tab.ClickJS(t, "the launcher", sr+`.querySelector('.launch')`)
	got := browsertest.Wait[map[string]string](t, tab, "the panel", in(`!sr.querySelector('[role=dialog]').hidden && {
		dir: getComputedStyle(sr.querySelector('[role=dialog]')).direction,
		label: sr.querySelector('.launch').getAttribute('aria-label'),
		placeholder: sr.querySelector('input').placeholder,
		color: getComputedStyle(sr.querySelector('h2')).color,
	}`))
	want := map[string]string{"dir": "ltr", "label": "Open chat with the clinic assistant", "placeholder": "Type your question…", "color": "rgb(255, 255, 255)"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	browsertest.Wait[bool](t, tab, "focus in the input", in(`sr.activeElement === sr.querySelector('input')`))
	tab.Type(t, "Hello there", "\r")
	text := browsertest.Wait[string](t, tab, "the reply", in(`[...sr.querySelectorAll('.m.bot')].map(m => m.innerText).find(t => t.includes('How can I help'))`))
	if !strings.Contains(text, "How can I help?") {
		t.Errorf("reply = %q", text)
	}
	peer.mu.Lock()
	hello := peer.hellos[0]
	peer.mu.Unlock()
	if hello["lang"] != "en" || hello["session"] != "" {
		t.Errorf("first hello = %v, want lang en and no session", hello)
	}
	tab.Screenshot("widget-embedded-en")
}
