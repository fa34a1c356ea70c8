package main

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/faqbot/faqbot/web/browsertest"
)

// bidiControls matches the bidi embedding, override and isolate controls (U+202A–U+202E,
// U+2066–U+2069) as a JavaScript character class.
const bidiControls = `/[\u202A-\u202E\u2066-\u2069]/`

// A patient's message (and a note about it) cannot spoof or break the console: bidi overrides and
// isolates are taken out before the text reaches the page, so "‮exe.pdf" does not show reversed as
// "fdp.exe", and a word thousands of letters long wraps inside its bubble instead of widening the
// page. (Before: the overrides reached the DOM and the long word pushed the page sideways.)
func TestBrowserStaffConsoleNeutralisesSpoofing(t *testing.T) {
	tab := browsertest.MustTab(t, browserArtifacts, 1366, 900)
	ts := mustStaffServer(t)

	patient := MustDialWS(t, ts.WS)
	conv := tokenConv(patient.hello("").Session)
	spoof := "invoice \u202Efdp.exe\u202C and \u2067isolated\u2069 \u202Aembedded\u202C \u202Bx\u202C \u202Dy\u202C \u2066z\u2069 \u2068w\u2069"
	long := strings.Repeat("W", 900) // within the widget's 1000-character limit
	for i, m := range []string{spoof, "look: " + long} {
		if r := patient.ask(string(rune('a'+i)), m); r.Type != "reply" {
			t.Fatalf("patient message %d: %+v", i, r)
		}
	}

	tab.Navigate(t, ts.URL+"/staff")
	click(t, tab, "the name field", "login-name")
	tab.Type(t, "nora", "")
	click(t, tab, "the password field", "login-password")
	tab.Type(t, "nora's password", "\r")
	row := `document.querySelector('#conv-rows tr[data-id="` + conv + `"]')`
	browsertest.Wait[bool](t, tab, "the conversation in the list", row+` !== null`)
	tab.ClickJS(t, "the conversation", row)
	browsertest.Wait[bool](t, tab, "the transcript", `document.querySelectorAll('#transcript > li').length === 4`)

	// A review note carrying overrides, as staff might paste from the patient's message.
	tab.Do(t, "write the note", chromedp.Evaluate[chromedp.Void](`document.getElementById('review-note').value = 'note \u202Eton\u202C'`))
	click(t, tab, "mark reviewed", "review-submit")
	browsertest.Wait[bool](t, tab, "the review", `document.getElementById('d-review').textContent.includes('Reviewed by nora')`)

	for _, where := range []string{"transcript", "d-review", "conv-rows", "d-meta", "d-title"} {
		if browsertest.Eval[bool](t, tab, bidiControls+`.test(document.getElementById('`+where+`').textContent)`) {
			t.Errorf("#%s shows bidi controls: %q", where, browsertest.Eval[string](t, tab, `document.getElementById('`+where+`').textContent`))
		}
	}
	if got := browsertest.Eval[string](t, tab, `document.querySelector('#transcript > li[data-from=patient] .text').textContent`); !strings.Contains(got, "fdp.exe") || !strings.Contains(got, "isolated") {
		t.Errorf("the patient's text %q lost more than the controls", got)
	}

	// The long word wraps inside its bubble: nothing is wider than its box, the page does not scroll
	// sideways, and the transcript stays beside the list.
	tab.Do(t, "scroll to the long word", chromedp.Evaluate[chromedp.Void](`document.querySelectorAll('#transcript > li[data-from=patient]')[1].scrollIntoView()`))
	wide := browsertest.Eval[[]string](t, tab, `[...document.querySelectorAll('#transcript .text, #d-review, #d-meta, #conv-rows td')]
		.filter(e => e.scrollWidth > e.clientWidth + 1).map(e => (e.id || e.className || e.tagName) + ' ' + e.scrollWidth + '>' + e.clientWidth)`)
	if len(wide) > 0 {
		t.Errorf("elements wider than their box: %v", wide)
	}
	if got := browsertest.Eval[[]int](t, tab, `[document.documentElement.scrollWidth, window.innerWidth, document.getElementById('transcript').getBoundingClientRect().right|0]`); got[0] > got[1] || got[2] > got[1] {
		t.Errorf("page %d px wide, transcript ends at %d px, window %d px: the long word widened the page", got[0], got[2], got[1])
	}
	tab.Screenshot("staff-spoofing")

	// Both messages went unanswered: the unanswered tab shows them, cleaned and wrapped too.
	click(t, tab, "the unanswered tab", "tab-unanswered")
	browsertest.Wait[bool](t, tab, "the unanswered rows", `document.querySelectorAll('#un-rows tr').length === 2`)
	if browsertest.Eval[bool](t, tab, bidiControls+`.test(document.getElementById('un-rows').textContent)`) {
		t.Error("the unanswered questions show bidi controls")
	}
	if got := browsertest.Eval[[]int](t, tab, `[document.documentElement.scrollWidth, window.innerWidth]`); got[0] > got[1] {
		t.Errorf("unanswered tab %d px wide in a %d px window: the long word widened the page", got[0], got[1])
	}
	tab.Screenshot("staff-spoofing-unanswered")
}
