package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/transport/ws"
	"github.com/faqbot/faqbot/web/browsertest"
)

// The whole patient path in a real browser: faqbot serve as wired by NewServer (embedded knowledge,
// in-process Redis), the demo page, the widget, the WebSocket, the answer engine and the history.
// Screenshots land in testdata/artifacts (gitignored).

const browserArtifacts = "testdata/artifacts"

// mustBrowserServer runs faqbot serve in-process on a free loopback port, configured through the
// same flags and environment as the command, and returns its base URL. It stops with the test.
func mustBrowserServer(tb testing.TB, env map[string]string) string {
	tb.Helper()
	addr, _ := mustBrowserServerAt(tb, env, "127.0.0.1:0")
	return "http://" + addr
}

// mustBrowserServerAt runs faqbot serve on addr and returns the address it listens on and a stop
// func that shuts it down gracefully, as SIGTERM does (also called when the test ends).
func mustBrowserServerAt(tb testing.TB, env map[string]string, addr string) (string, func()) {
	tb.Helper()
	c := &cli{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard,
		getenv: func(k string) string { return env[k] }}
	cfg, err := parseServeFlags(c, []string{"--addr", addr})
	if err != nil {
		tb.Fatalf("serve flags: %v", err)
	}
	s, err := NewServer(tb.Context(), cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		tb.Fatalf("starting the server: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				tb.Errorf("server shutdown: %v", err)
			}
		})
	}
	tb.Cleanup(stop)
	return s.Addr(), stop
}

// Page JavaScript helpers. in() evaluates expr with sr bound to the widget's shadow root, and gives
// null until the widget exists.
func in(expr string) string {
	return `(() => { const host = document.getElementById('faqbot-widget'); if (!host) return null; const sr = host.shadowRoot; return (` + expr + `); })()`
}

const (
	shadow = `document.getElementById('faqbot-widget').shadowRoot`
	// replies are the bot's and staff's bubbles, the widget's own greeting aside.
	replies = `[...sr.querySelectorAll('.m[data-kind]:not([data-kind=greeting])')]`
	// shown is every bubble's kind and text, as the patient sees them.
	shown = `[...sr.querySelectorAll('.m:not(.fail)')].map(m => m.className.replace(/\bm |\bwait\b/g, '').trim() + '|' + m.innerText.trim())`
)

type shownReply struct {
	Kind, Text, Sources string
	Chips               []string
	Role, Background    string
}

// lastReply waits for the n-th reply (1-based) and describes it.
func lastReply(t *testing.T, tab *browsertest.Tab, n int) shownReply {
	t.Helper()
	return browsertest.Wait[shownReply](t, tab, fmt.Sprintf("reply %d", n), in(replies+`.length >= `+fmt.Sprint(n)+` && (() => {
		const m = `+replies+`[`+fmt.Sprint(n-1)+`];
		const chips = m.nextElementSibling && m.nextElementSibling.classList.contains('chips') ?
			[...m.nextElementSibling.querySelectorAll('button')].map(b => b.textContent) : [];
		return {Kind: m.dataset.kind, Text: [...m.querySelectorAll('p, li')].map(e => e.textContent).join('\n'),
			Sources: m.querySelector('.src') ? m.querySelector('.src').innerText : '', Chips: chips,
			Role: m.getAttribute('role') || '', Background: getComputedStyle(m).backgroundColor};
	})()`))
}

func TestBrowserWidget(t *testing.T) {
	tab := browsertest.MustTab(t, browserArtifacts, 1280, 860) // first: skips or fails before starting anything
	base := mustBrowserServer(t, map[string]string{})

	tab.Navigate(t, base+"/")
	tab.ClickJS(t, "the chat button", shadow+`.querySelector('.launch')`)
	browsertest.Wait[bool](t, tab, "the connection", in(`sr.querySelector('.status').textContent === 'متصل'`))
	browsertest.Wait[bool](t, tab, "focus in the input", in(`sr.activeElement === sr.querySelector('input')`))
	if dir := browsertest.Eval[string](t, tab, in(`getComputedStyle(sr.querySelector('[role=dialog]')).direction`)); dir != "rtl" {
		t.Errorf("panel direction = %q, want rtl", dir)
	}
	if n := browsertest.Eval[int](t, tab, in(`sr.querySelector('input').maxLength`)); n != ws.DefaultMaxRunes {
		t.Errorf("input maxlength = %d, want the server's limit %d", n, ws.DefaultMaxRunes)
	}
	tab.Screenshot("serve-open")

	const question = "كم يدوم مفعول البوتوكس؟"
	var first shownReply
	t.Run("arabic question", func(t *testing.T) {
		tab.Type(t, question, "\r")
		first = lastReply(t, tab, 1)
		if first.Kind != "answer" || strings.TrimSpace(first.Text) == "" {
			t.Fatalf("reply to %s: kind %q, text %q; want an answer", question, first.Kind, first.Text)
		}
		if !strings.Contains(first.Text, "عدة أشهر") {
			t.Errorf("answer %q does not say how long it lasts (عدة أشهر)", first.Text)
		}
		if first.Sources == "" {
			t.Error("the answer shows no source")
		}
		got := browsertest.Eval[[]string](t, tab, in(`[...sr.querySelectorAll('.m.me')].map(m => m.querySelector('p').textContent)`))
		if len(got) != 1 || got[0] != question {
			t.Errorf("patient bubbles = %q, want [%s]", got, question)
		}
		tab.Screenshot("serve-answer")
	})

	t.Run("suggestion chip", func(t *testing.T) {
		if len(first.Chips) == 0 {
			t.Fatalf("the answer to %s came with no suggestion chips (reply suggestions empty?)", question)
		}
		tab.ClickJS(t, "the first chip", shadow+`.querySelector('.chips button')`)
		r := lastReply(t, tab, 2)
		asked := browsertest.Eval[string](t, tab, in(`[...sr.querySelectorAll('.m.me')].pop().querySelector('p').textContent`))
		if asked != first.Chips[0] {
			t.Errorf("tapping chip %q sent %q", first.Chips[0], asked)
		}
		if r.Kind != "answer" && r.Kind != "clarify" {
			t.Errorf("reply to the chip %q: kind %q, text %q; want an answer", first.Chips[0], r.Kind, r.Text)
		}
	})

	t.Run("emergency", func(t *testing.T) {
		tab.Type(t, "عندي صعوبة في البلع بعد الحقن", "\r")
		r := lastReply(t, tab, 3)
		if r.Kind != "emergency" || r.Role != "alert" || r.Background != "rgb(253, 236, 234)" {
			t.Errorf("red-flag reply: kind %q, role %q, background %s; want an emergency alert in red", r.Kind, r.Role, r.Background)
		}
		if r.Sources != "" {
			t.Errorf("emergency reply shows sources %q", r.Sources)
		}
		// Mixed Arabic and English guidance: each line takes its own direction.
		dirs := browsertest.Eval[[]string](t, tab, in(replies+`.pop().querySelectorAll('p').length && [...`+replies+`.pop().querySelectorAll('p')].map(p => getComputedStyle(p).direction + '|' + p.textContent.slice(0, 12))`))
		for _, d := range dirs {
			dir, text, _ := strings.Cut(d, "|")
			latin := strings.ContainsAny(text, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
			if latin && !strings.ContainsAny(text, "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي") && dir != "ltr" {
				t.Errorf("English line %q laid out %s", text, dir)
			}
		}
		tab.Screenshot("serve-emergency")
	})

	before := browsertest.Eval[[]string](t, tab, in(shown))
	t.Run("reload restores the conversation", func(t *testing.T) {
		tab.Do(t, "reload", chromedp.Reload())
		browsertest.Wait[bool](t, tab, "the history", in(`sr.querySelectorAll('.m').length >= `+fmt.Sprint(len(before))))
		tab.ClickJS(t, "the chat button", shadow+`.querySelector('.launch')`)
		if after := browsertest.Eval[[]string](t, tab, in(shown)); strings.Join(after, "\n") != strings.Join(before, "\n") {
			t.Errorf("after reload the panel shows\n%s\n\nwant\n%s", strings.Join(after, "\n"), strings.Join(before, "\n"))
		}
		if dir := browsertest.Eval[string](t, tab, in(`getComputedStyle(sr.querySelector('[role=dialog]')).direction`)); dir != "rtl" {
			t.Errorf("panel direction after reload = %q, want rtl", dir)
		}
		tab.Screenshot("serve-reloaded")
	})

	t.Run("new tab restores the conversation", func(t *testing.T) {
		other := tab.NewTab(t, 390, 844)
		other.Navigate(t, base+"/")
		browsertest.Wait[bool](t, other, "the history", in(`sr.querySelectorAll('.m').length >= `+fmt.Sprint(len(before))))
		other.ClickJS(t, "the chat button", shadow+`.querySelector('.launch')`)
		if after := browsertest.Eval[[]string](t, other, in(shown)); strings.Join(after, "\n") != strings.Join(before, "\n") {
			t.Errorf("a new tab shows\n%s\n\nwant\n%s", strings.Join(after, "\n"), strings.Join(before, "\n"))
		}
		// The conversation goes on from the new tab, with its context.
		other.Type(t, "متى تظهر النتيجة؟", "\r")
		if r := lastReply(t, other, 4); r.Kind == "" || strings.TrimSpace(r.Text) == "" {
			t.Errorf("no reply in the new tab: %+v", r)
		}
		other.Screenshot("serve-new-tab-phone")
	})
}

// A patient over the rate limit sees the refusal politely, on the right message, with a way to
// send it again.
func TestBrowserWidgetRateLimited(t *testing.T) {
	tab := browsertest.MustTab(t, browserArtifacts, 1280, 860)
	base := mustBrowserServer(t, map[string]string{"FAQBOT_SESSION_RATE": "2"}) // a burst of 2, then one every 30 s

	tab.Navigate(t, base+"/")
	tab.ClickJS(t, "the chat button", shadow+`.querySelector('.launch')`)
	browsertest.Wait[bool](t, tab, "the connection", in(`sr.querySelector('.status').textContent === 'متصل'`))
	for _, q := range []string{"مرحبا", "ايش هو البوتوكس؟", "هل الحقن مؤلم؟"} {
		tab.Type(t, q, "\r")
	}
	note := browsertest.Wait[string](t, tab, "the refusal", in(`sr.querySelector('.sys')?.textContent`))
	if note != "أرسلت رسائل كثيرة بسرعة. انتظر دقيقة ثم أعد الإرسال." {
		t.Errorf("rate_limited shown as %q", note)
	}
	lastReply(t, tab, 2)
	refused := browsertest.Eval[[]string](t, tab, in(`[...sr.querySelectorAll('.m.me.fail')].map(m => m.querySelector('p').textContent + (m.querySelector('.retry') ? '+retry' : ''))`))
	if len(refused) != 1 || refused[0] != "هل الحقن مؤلم؟+retry" {
		t.Errorf("refused bubbles = %q, want the third message, with a retry button", refused)
	}
	tab.Screenshot("serve-rate-limited")
}

// A deploy: the server goes away (1001) while the patient types, a new one comes up on the same
// address with the same Redis. The widget reconnects by itself, sends the waiting message once, and
// the conversation carries on whole.
func TestBrowserWidgetServerRestart(t *testing.T) {
	tab := browsertest.MustTab(t, browserArtifacts, 1280, 860)
	redis := redistest.Start(t)
	env := map[string]string{"REDIS_URL": redis.URL()}
	addr, stop := mustBrowserServerAt(t, env, "127.0.0.1:0")

	tab.Navigate(t, "http://"+addr+"/")
	tab.ClickJS(t, "the chat button", shadow+`.querySelector('.launch')`)
	browsertest.Wait[bool](t, tab, "the connection", in(`sr.querySelector('.status').textContent === 'متصل'`))
	tab.Type(t, "ايش هو البوتوكس؟", "\r")
	lastReply(t, tab, 1)

	t0 := time.Now()
	stop()
	t.Logf("stopped in %v", time.Since(t0))
	browsertest.Wait[bool](t, tab, "the widget to notice", in(`sr.querySelector('.status').textContent !== 'متصل'`))
	const waiting = "هل الحقن مؤلم؟"
	tab.Type(t, waiting, "\r")
	browsertest.Wait[bool](t, tab, "the message shown as waiting", in(`!!sr.querySelector('.m.me.wait')`))
	tab.Screenshot("serve-offline")

	t0 = time.Now()
	mustBrowserServerAt(t, env, addr)
	t.Logf("restarted in %v", time.Since(t0))
	r := lastReply(t, tab, 2)
	t.Logf("reply after %v", time.Since(t0))
	if strings.TrimSpace(r.Text) == "" {
		t.Errorf("no reply to the message sent while the server was away: %+v", r)
	}
	browsertest.Wait[bool](t, tab, "the message no longer waiting", in(`!sr.querySelector('.m.me.wait')`))
	before := browsertest.Eval[[]string](t, tab, in(shown))
	if n := strings.Count(strings.Join(before, "\n"), waiting); n != 1 {
		t.Errorf("the waiting message is on screen %d times, want once:\n%s", n, strings.Join(before, "\n"))
	}
	tab.Screenshot("serve-reconnected")

	// Redis kept everything: the new server gives the same conversation back, with one copy of the
	// resent message.
	tab.Do(t, "reload", chromedp.Reload())
	browsertest.Wait[bool](t, tab, "the history", in(`sr.querySelectorAll('.m').length >= `+fmt.Sprint(len(before))))
	tab.ClickJS(t, "the chat button", shadow+`.querySelector('.launch')`)
	if after := browsertest.Eval[[]string](t, tab, in(shown)); strings.Join(after, "\n") != strings.Join(before, "\n") {
		t.Errorf("after the restart and a reload the panel shows\n%s\n\nwant\n%s", strings.Join(after, "\n"), strings.Join(before, "\n"))
	}
}
