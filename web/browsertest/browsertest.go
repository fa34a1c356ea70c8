// Package browsertest drives the chat widget in a real headless Chromium for tests: it starts the
// browser, records what the page writes to its console, and offers the few steps the widget tests
// need (click, type, wait, screenshot), failing the test with a screenshot path when a step fails.
package browsertest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// DefaultChromium is where Debian's chromium package installs the browser; FAQBOT_CHROMIUM overrides it.
const DefaultChromium = "/usr/bin/chromium"

// StepTimeout bounds each wait: long enough for a cold browser on a loaded 2-core machine.
const StepTimeout = 20 * time.Second

// Tab is one browser tab. Its steps take the testing.TB of the (sub)test running them, which they
// fail on error.
type Tab struct {
	Ctx context.Context
	tb  testing.TB
	// Artifacts is the folder screenshots go to.
	Artifacts string

	mu      sync.Mutex
	console []chromedp.ConsoleMessage
}

// MustTab starts headless Chromium (stopped at the end of the test) and returns a tab of it with a
// width×height viewport. Screenshots go to artifacts. It skips the test when FAQBOT_SKIP_BROWSER=1 and
// fails it, saying how to get one, when there is no browser. At the end it fails the test when
// the page threw an uncaught exception, called console.error or broke its Content-Security-Policy.
func MustTab(tb testing.TB, artifacts string, width, height int) *Tab {
	tb.Helper()
	if os.Getenv("FAQBOT_SKIP_BROWSER") == "1" {
		tb.Skip("FAQBOT_SKIP_BROWSER=1: browser test skipped")
	}
	exe := os.Getenv("FAQBOT_CHROMIUM")
	if exe == "" {
		exe = DefaultChromium
	}
	if _, err := os.Stat(exe); err != nil {
		tb.Fatalf("no Chromium for the browser test at %s (%v): install Debian's chromium package, set FAQBOT_CHROMIUM to "+
			"the browser's path, or set FAQBOT_SKIP_BROWSER=1 to skip browser tests", exe, err)
	}
	profile := tb.TempDir() // removed after the browser has stopped: cleanups run last-in first-out
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		// Containers often have a tiny /dev/shm; Chromium then crashes tabs without it.
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("lang", "ar"),
		chromedp.WindowSize(width, height),
		chromedp.UserDataDir(profile),
	)
	tb.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(actx)
	tb.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		tb.Fatalf("starting %s: %v", exe, err)
	}
	return watch(tb, ctx, artifacts, width, height)
}

// NewTab opens another tab of the same browser (same profile, so the same localStorage), closed at
// the end of the test.
func (t *Tab) NewTab(tb testing.TB, width, height int) *Tab {
	tb.Helper()
	ctx, cancel := chromedp.NewContext(t.Ctx)
	tb.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		tb.Fatalf("opening a tab: %v", err)
	}
	return watch(tb, ctx, t.Artifacts, width, height)
}

// watch sets the tab's viewport and records its console; at the end of the test, it fails the
// test for what the page should not have written.
func watch(tb testing.TB, ctx context.Context, artifacts string, width, height int) *Tab {
	tb.Helper()
	t := &Tab{Ctx: ctx, tb: tb, Artifacts: artifacts}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(width), int64(height))); err != nil {
		tb.Fatalf("setting the viewport: %v", err)
	}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			t.mu.Lock()
			t.console = append(t.console, m)
			t.mu.Unlock()
		}
	}()
	tb.Cleanup(func() {
		for _, m := range t.Console() {
			if m.IsException() || (m.Type == chromedp.ConsoleError && (m.Source == "" || m.Source == "security")) {
				tb.Errorf("browser console: %s (%s:%d)", m, m.URL, m.Line+1)
			}
		}
	})
	return t
}

// Console returns what the page has written to its console so far.
func (t *Tab) Console() []chromedp.ConsoleMessage {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]chromedp.ConsoleMessage(nil), t.console...)
}

// fail reports err with a screenshot of the moment and the console so far.
func (t *Tab) fail(tb testing.TB, what string, err error) {
	tb.Helper()
	shot := t.Screenshot("failure-" + sanitize(tb.Name()))
	var lines []string
	for _, m := range t.Console() {
		lines = append(lines, "  "+m.String())
	}
	tb.Fatalf("%s: %v\nscreenshot: %s\nconsole:\n%s", what, err, shot, strings.Join(lines, "\n"))
}

// Do runs actions, each step bounded by StepTimeout.
func (t *Tab) Do(tb testing.TB, what string, actions ...chromedp.Action[chromedp.Void]) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(t.Ctx, StepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.fail(tb, what, err)
	}
}

// Navigate opens url and waits for the page to load.
func (t *Tab) Navigate(tb testing.TB, url string) {
	tb.Helper()
	t.Do(tb, "navigate to "+url, chromedp.Navigate(url))
}

// Eval evaluates a JavaScript expression and decodes its JSON value into T.
func Eval[T any](tb testing.TB, t *Tab, js string) T {
	tb.Helper()
	ctx, cancel := context.WithTimeout(t.Ctx, StepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.fail(tb, "evaluate "+js, err)
	}
	return v
}

// Wait polls a JavaScript expression until it is truthy and returns its value decoded into T.
func Wait[T any](tb testing.TB, t *Tab, what, js string) T {
	tb.Helper()
	ctx, cancel := context.WithTimeout(t.Ctx, StepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Poll[T](js, chromedp.WithPollingInterval(50*time.Millisecond)))
	if err != nil {
		t.fail(tb, "waiting for "+what, err)
	}
	return v
}

// ClickJS clicks, with a real mouse event at its centre, the element a JavaScript expression
// returns, so a button hidden under something else is not clickable here either.
func (t *Tab) ClickJS(tb testing.TB, what, elementJS string) {
	tb.Helper()
	pt := Wait[struct{ X, Y float64 }](tb, t, what+" to be visible", `(() => {
		const e = `+elementJS+`;
		if (!e) return null;
		const r = e.getBoundingClientRect();
		if (r.width === 0 || r.height === 0) return null;
		return {X: r.left + r.width / 2, Y: r.top + r.height / 2};
	})()`)
	t.Do(tb, "click "+what, chromedp.MouseClickXY(pt.X, pt.Y))
}

// Type inserts text where the focus is, as an input method does (which is how Arabic is typed),
// then presses the keys in keys (e.g. "\r" for Enter).
func (t *Tab) Type(tb testing.TB, text, keys string) {
	tb.Helper()
	steps := []chromedp.Action[chromedp.Void]{chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: text})
		return err
	})}
	if keys != "" {
		steps = append(steps, chromedp.KeyEvent(keys))
	}
	t.Do(tb, "type "+text, steps...)
}

// Screenshot saves the viewport as Artifacts/name.png and returns the path.
func (t *Tab) Screenshot(name string) string {
	t.tb.Helper()
	ctx, cancel := context.WithTimeout(t.Ctx, StepTimeout)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.tb.Logf("screenshot %s: %v", name, err)
		return ""
	}
	if err := os.MkdirAll(t.Artifacts, 0o755); err != nil {
		t.tb.Logf("screenshot %s: %v", name, err)
		return ""
	}
	path := filepath.Join(t.Artifacts, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.tb.Logf("screenshot %s: %v", name, err)
		return ""
	}
	return path
}

// JS quotes s as a JavaScript string literal.
func JS(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '/' || r == ' ' || r == ':' {
			return '_'
		}
		return r
	}, s)
}
