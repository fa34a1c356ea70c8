package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"golang.org/x/crypto/bcrypt"

	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/transport/staff"
	"github.com/faqbot/faqbot/web/browsertest"
)

// staffFrame is a staff message as the patient's WebSocket receives it.
type staffFrame struct {
	Type, ID, Text, From string
}

// waitStaffFrame reads the patient's socket until a staff message arrives.
func (w *wsClient) waitStaffFrame(tb testing.TB) staffFrame {
	tb.Helper()
	for {
		w.c.SetReadDeadline(time.Now().Add(20 * time.Second))
		var f staffFrame
		if err := w.c.ReadJSON(&f); err != nil {
			tb.Fatalf("waiting for a staff message: %v", err)
		}
		if f.Type == "staff" {
			return f
		}
	}
}

// tokenConv is the conversation id of a web session token ("<conv>.<secret>").
func tokenConv(token string) string { conv, _, _ := strings.Cut(token, "."); return conv }

// eventually polls cond until it holds, failing the test after 15 s.
func eventually(tb testing.TB, what string, cond func() bool) {
	tb.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			tb.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// click scrolls the element with id into view and clicks it as a person would.
func click(t *testing.T, tab *browsertest.Tab, what, id string) {
	t.Helper()
	el := `document.getElementById('` + id + `')`
	tab.Do(t, "scroll to "+what, chromedp.Evaluate[chromedp.Void](el+`.scrollIntoView({block: 'center'})`))
	tab.ClickJS(t, what, el)
}

// mustStaffServer runs faqbot serve on a real redis-server with a staff accounts file holding nora.
func mustStaffServer(t *testing.T) *testServer { t.Helper(); return mustStaffServerWith(t, nil) }

// mustStaffServerWith is mustStaffServer with edit applied to the configuration.
// staffTestConfig is the test configuration on redisURL with the staff console on: an accounts
// file holding nora ("nora's password"), cookies allowed over plain HTTP.
func staffTestConfig(t *testing.T, redisURL string) serveConfig {
	t.Helper()
	file := filepath.Join(t.TempDir(), "staff")
	h, err := bcrypt.GenerateFromPassword([]byte("nora's password"), bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	if err := staff.SetAccount(file, "nora", h); err != nil {
		t.Fatal(err)
	}
	cfg := testConfig()
	cfg.redisURL = redisURL
	cfg.staff = staffConfig{file: file, insecureCookies: true, quiet: 30 * time.Minute}
	return cfg
}

func mustStaffServerWith(t *testing.T, edit func(*serveConfig)) *testServer {
	t.Helper()
	cfg := staffTestConfig(t, redistest.Start(t).URL())
	if edit != nil {
		edit(&cfg)
	}
	return MustStartServer(t, cfg)
}

// The staff console in a real browser, against faqbot serve on a real redis-server, with a patient
// on a real WebSocket: sign in, see the patient's conversation arrive, open it (right to left),
// review it, take it over (the patient receives the message, the bot goes quiet, the console
// updates live), hand it back, and export CSV.
func TestBrowserStaffConsole(t *testing.T) {
	tab := browsertest.MustTab(t, browserArtifacts, 1366, 900)
	ts := mustStaffServer(t)

	tab.Navigate(t, ts.URL+"/staff")
	click(t, tab, "the name field", "login-name")
	tab.Type(t, "nora", "")
	click(t, tab, "the password field", "login-password")
	tab.Type(t, "wrong password", "\r")
	browsertest.Wait[bool](t, tab, "the refusal", `document.getElementById('login-error').textContent.includes('Wrong')`)
	tab.Do(t, "clear the password", chromedp.Evaluate[chromedp.Void](`document.getElementById('login-password').value = ''`))
	click(t, tab, "the password field", "login-password")
	tab.Type(t, "nora's password", "\r")
	browsertest.Wait[bool](t, tab, "the conversation list", `!document.getElementById('conversations-view').hidden && document.getElementById('live-state').classList.contains('on')`)

	// A patient opens the widget's socket and asks, after the console is already open: the list
	// shows the new conversation without a reload.
	patient := MustDialWS(t, ts.WS)
	welcome := patient.hello("")
	conv := tokenConv(welcome.Session)
	if r := patient.ask("m1", question); r.Type != "reply" || r.Reply == nil {
		t.Fatalf("patient's question: %+v", r)
	}
	row := `document.querySelector('#conv-rows tr[data-id="` + conv + `"]')`
	browsertest.Wait[bool](t, tab, "the new conversation in the list", row+` !== null`)
	if got := browsertest.Eval[string](t, tab, row+`.children[1].textContent + '|' + `+row+`.children[4].textContent`); got != "web|1" {
		t.Errorf("row channel|turns = %q, want web|1", got)
	}
	// Two more patients: a red flag, and a question the knowledge base has no answer for, twice.
	urgent := MustDialWS(t, ts.WS)
	urgentConv := tokenConv(urgent.hello("").Session)
	if r := urgent.ask("u1", "عندي صعوبة في البلع بعد الحقن"); r.Reply == nil || r.Reply.Kind != "emergency" {
		t.Fatalf("red flag answered %+v, want emergency", r.Reply)
	}
	lost := MustDialWS(t, ts.WS)
	lost.hello("")
	offTopic := []string{"وش رأيك في كرة القدم؟", "وش رايك في كرة القدم"}
	unanswered := true
	for i, q := range offTopic {
		r := lost.ask(fmt.Sprint("l", i), q)
		unanswered = unanswered && r.Reply != nil && (r.Reply.Kind == "fallback" || r.Reply.Kind == "clarify")
	}
	urgentRow := `document.querySelector('#conv-rows tr[data-id="` + urgentConv + `"]')`
	browsertest.Wait[bool](t, tab, "three conversations, the red flag badged", `document.querySelectorAll('#conv-rows tr').length === 3 && `+
		urgentRow+` !== null && `+urgentRow+`.querySelector('.badge.emergency') !== null`)
	// The red flag stands out: marked urgent until reviewed, the other rows not.
	if got := browsertest.Eval[string](t, tab, urgentRow+`.className + '|' + `+urgentRow+`.querySelector('.badge.urgent').textContent + '|' + `+row+`.querySelectorAll('.badge.urgent').length`); got != "unreviewed urgent|⚠ red flag|0" {
		t.Errorf("red-flag row class|badge|others = %q, want it marked urgent alone", got)
	}
	tab.Screenshot("staff-list")

	t.Run("transcript right to left", func(t *testing.T) {
		tab.ClickJS(t, "the conversation", row)
		browsertest.Wait[bool](t, tab, "the transcript", `document.querySelectorAll('#transcript > li').length === 2`)
		got := browsertest.Eval[[]string](t, tab, `[...document.querySelectorAll('#transcript > li')].map(li => li.dataset.from + '|' + getComputedStyle(li.querySelector('.text')).direction + '|' + li.querySelector('.text').textContent)`)
		if len(got) != 2 || got[0] != "patient|rtl|"+question || !strings.HasPrefix(got[1], "bot|rtl|") {
			t.Errorf("transcript = %q, want the Arabic question and answer laid out rtl", got)
		}
		if dir := browsertest.Eval[string](t, tab, `getComputedStyle(document.getElementById('transcript')).direction`); dir != "rtl" {
			t.Errorf("transcript direction %q, want rtl", dir)
		}
		// The bot's reply shows its kind, confidence and sources.
		info := browsertest.Eval[string](t, tab, `document.querySelector('#transcript > li[data-from=bot]').innerText`)
		if !strings.Contains(info, "answer") || !strings.Contains(info, "confidence") {
			t.Errorf("bot entry shows %q, want its kind and confidence", info)
		}
		tab.Do(t, "scroll the transcript to its start", chromedp.Evaluate[chromedp.Void](`document.getElementById('transcript').scrollTop = 0`))
		tab.Screenshot("staff-transcript")
	})

	t.Run("mark reviewed", func(t *testing.T) {
		click(t, tab, "the note", "review-note")
		tab.Type(t, "الجواب صحيح", "")
		click(t, tab, "mark reviewed", "review-submit")
		browsertest.Wait[bool](t, tab, "the review", `document.getElementById('d-review').textContent.includes('Reviewed by nora') && document.getElementById('d-review').textContent.includes('الجواب صحيح')`)
		browsertest.Wait[bool](t, tab, "the reviewed badge", row+` && `+row+`.querySelector('.badge.reviewed') !== null`)
	})

	const takeover = "مرحباً، معك نورة من العيادة"
	t.Run("take over", func(t *testing.T) {
		click(t, tab, "the reply box", "reply-text")
		tab.Type(t, takeover, "")
		click(t, tab, "send", "reply-submit")
		f := patient.waitStaffFrame(t)
		if f.Text != takeover || f.From != "nora" || f.ID == "" {
			t.Errorf("patient received %+v, want nora's message", f)
		}
		browsertest.Wait[bool](t, tab, "the staff message in the transcript", `[...document.querySelectorAll('#transcript > li[data-from=staff]')].some(li => li.innerText.includes('nora'))`)
		browsertest.Wait[bool](t, tab, "the hold notice", `!document.getElementById('d-hold').hidden`)

		// The bot only says, once, that a person has the message; it shows up in the console by itself.
		if r := patient.ask("m2", "شكراً، متى أقدر أحجز؟"); r.Type != "reply" || r.InReplyTo != "m2" || r.Reply == nil || !r.Reply.Held {
			t.Errorf("held: the patient got %+v, want the acknowledgement", r)
		}
		browsertest.Wait[bool](t, tab, "the patient's message, live", `document.querySelectorAll('#transcript > li').length === 5`)
		froms := browsertest.Eval[string](t, tab, `[...document.querySelectorAll('#transcript > li')].map(li => li.dataset.from).join(',')`)
		if froms != "patient,bot,staff,patient,bot" {
			t.Errorf("transcript while held: %s, want the bot's acknowledgement only", froms)
		}
		tab.Screenshot("staff-takeover")
	})

	t.Run("release", func(t *testing.T) {
		click(t, tab, "hand back", "release")
		browsertest.Wait[bool](t, tab, "the hold to end", `document.getElementById('d-hold').hidden`)
		// The message staff left unanswered gets the bot's answer.
		if r := patient.readReply(t, 20*time.Second); r.Type != "reply" || r.InReplyTo != "m2" || r.Reply == nil || r.Reply.Held {
			t.Errorf("after release the patient got %+v, want the bot's answer to m2", r)
		}
		if r := patient.ask("m3", "هل البوتوكس آمن؟"); r.Type != "reply" || r.InReplyTo != "m3" {
			t.Errorf("after release the patient got %+v, want a bot reply", r)
		}
		browsertest.Wait[bool](t, tab, "the bot's answers, live", `document.querySelectorAll('#transcript > li').length === 8`)
	})

	t.Run("export CSV", func(t *testing.T) {
		dir := t.TempDir()
		tab.Do(t, "allow downloads", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir})
			return err
		}))
		click(t, tab, "export CSV", "export-csv")
		var data []byte
		deadline := time.Now().Add(browsertest.StepTimeout)
		for data == nil {
			matches, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
			if len(matches) == 1 {
				data, _ = os.ReadFile(matches[0])
			}
			if time.Now().After(deadline) {
				t.Fatalf("no CSV downloaded into %s", dir)
			}
			time.Sleep(100 * time.Millisecond)
		}
		if !bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) {
			t.Errorf("CSV starts %q, want the UTF-8 BOM", data[:min(8, len(data))])
		}
		for _, want := range []string{conv, question, takeover, "nora"} {
			if !bytes.Contains(data, []byte(want)) {
				t.Errorf("CSV lacks %q", want)
			}
		}
	})

	t.Run("unanswered questions", func(t *testing.T) {
		if !unanswered {
			t.Skip("the engine answered the off-topic questions; nothing to group")
		}
		click(t, tab, "the unanswered tab", "tab-unanswered")
		got := browsertest.Wait[[]string](t, tab, "the unanswered rows", `document.querySelectorAll('#un-rows tr').length > 0 && [...document.querySelectorAll('#un-rows tr')].map(tr => tr.children[0].textContent + '|' + tr.children[1].textContent)`)
		if len(got) != 1 || got[0] != offTopic[1]+"|2" {
			t.Errorf("unanswered = %q, want both spellings as one question asked twice", got)
		}
		tab.Screenshot("staff-unanswered")
	})

	t.Run("audit trail", func(t *testing.T) {
		click(t, tab, "the audit tab", "tab-audit")
		got := browsertest.Wait[string](t, tab, "the audit rows", `document.querySelectorAll('#audit-rows tr').length >= 6 && [...document.querySelectorAll('#audit-rows tr')].map(tr => tr.children[1].textContent + ' ' + tr.children[2].textContent).join(',')`)
		for _, want := range []string{"nora login", "nora open", "nora review", "nora reply", "nora release", "nora export"} {
			if !strings.Contains(got, want) {
				t.Errorf("audit view %q lacks %q", got, want)
			}
		}
		tab.Screenshot("staff-audit")
	})
}
