package staff_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/transport/staff"
)

type convJSON struct {
	ID        string
	Channel   string
	Patient   string
	Started   time.Time
	Last      time.Time
	Turns     int
	Kinds     map[string]int
	Reviewed  bool
	Live      bool
	Urgent    bool
	HeldUntil *time.Time `json:"held_until"`
	Review    *struct {
		By, Note string
		At       time.Time
	}
	Entries []struct {
		ID, From, Text, Status, Name string
		At                           time.Time
		Reply                        *bot.Reply
		MsgID                        string `json:"msg_id"`
	}
}

type listJSON struct {
	Conversations []convJSON
	Next          string
}

func (c *client) list(query string) listJSON {
	c.h.t.Helper()
	var l listJSON
	c.must(http.StatusOK, "GET", "/api/staff/conversations?"+query, nil).json(c.h.t, &l)
	return l
}

func ids(l listJSON) []string {
	out := make([]string, len(l.Conversations))
	for i, c := range l.Conversations {
		out[i] = c.ID
	}
	return out
}

func TestListNewestFirstWithFilters(t *testing.T) {
	h := newHarness(t, nil)
	day1 := time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC)
	h.clock.Set(day1)
	plain := h.webConversation("هل البوتوكس آمن؟", "شكرا")
	h.clock.Add(time.Hour)
	lost := h.webConversation("وش الحل؟")
	h.clock.Set(day1.AddDate(0, 0, 1))
	wa := h.whatsappConversation("966501234567", "I can't breathe", "كم السعر")
	h.clock.Add(time.Hour)
	h.web.setLive(lost)

	c := h.client().login("nora")
	all := c.list("")
	h.web.mu.Lock()
	if h.web.manyCalls != 1 {
		t.Errorf("the web channel was asked about liveness %d times for one page, want once", h.web.manyCalls)
	}
	h.web.mu.Unlock()
	if got, want := ids(all), []string{wa, lost, plain}; !slices.Equal(got, want) {
		t.Fatalf("list order %v, want newest activity first %v", got, want)
	}
	if all.Next != "" {
		t.Errorf("next %q on the only page", all.Next)
	}
	w := all.Conversations[0]
	if w.Channel != "whatsapp" || w.Patient != "9665•••••567" || w.Turns != 2 ||
		w.Kinds["emergency"] != 1 || w.Kinds["clarify"] != 1 || w.Reviewed || w.Live {
		t.Errorf("whatsapp summary %+v", w)
	}
	if strings.Contains(string(c.do("GET", "/api/staff/conversations", nil).body), "501234") {
		t.Error("the list shows the phone number in full")
	}
	if p := all.Conversations[2]; p.Patient != "" || p.Turns != 2 || p.Kinds["answer"] != 2 || !p.Started.Equal(day1) {
		t.Errorf("web summary %+v", p)
	}
	if !all.Conversations[1].Live {
		t.Errorf("a connected web patient is not live")
	}

	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"channel=web", []string{lost, plain}},
		{"channel=whatsapp", []string{wa}},
		{"kind=fallback", []string{lost}},
		{"kind=emergency", []string{wa}},
		{"kind=handoff", []string{}},
		{"channel=web&kind=emergency", []string{}},
		{"reviewed=false", []string{wa, lost, plain}},
		// Text search folds spelling: hamza, teh marbuta, diacritics and case.
		{"q=" + url.QueryEscape("البوتوكس امن"), []string{plain}},
		{"q=" + url.QueryEscape("الحَلّ"), []string{lost}},
		{"q=BREATHE", []string{wa}},
		{"q=nothing+like+this", []string{}},
		// Active on a day: last activity on or after from, started before to.
		{"from=2026-05-02", []string{wa}},
		{"to=2026-05-01", []string{lost, plain}},
		{"from=2026-05-01T10:30:00Z&to=2026-05-01", []string{lost}},
	} {
		if got := ids(c.list(tc.query)); !slices.Equal(got, tc.want) {
			t.Errorf("list?%s: %v, want %v", tc.query, got, tc.want)
		}
	}
	for _, bad := range []string{"channel=sms", "kind=joke", "reviewed=maybe", "from=yesterday", "from=2026-05-03&to=2026-05-01", "cursor=nonsense"} {
		if r := c.do("GET", "/api/staff/conversations?"+bad, nil); r.status != http.StatusBadRequest {
			t.Errorf("list?%s: %d, want 400", bad, r.status)
		}
	}

	c.must(http.StatusOK, "POST", "/api/staff/conversations/"+plain+"/review", map[string]string{"note": "fine"})
	if got := ids(c.list("reviewed=true")); !slices.Equal(got, []string{plain}) {
		t.Errorf("reviewed=true: %v", got)
	}
	if got := ids(c.list("reviewed=false")); !slices.Equal(got, []string{wa, lost}) {
		t.Errorf("reviewed=false: %v", got)
	}
}

func TestListPages(t *testing.T) {
	h := newHarness(t, nil)
	var want []string
	for i := range 120 {
		// Several conversations share a millisecond, so paging must break ties.
		if i%3 == 0 {
			h.clock.Add(time.Millisecond)
		}
		q := "question"
		if i%2 == 0 {
			q = "what is the weather"
		}
		want = append(want, h.webConversation(q))
	}
	c := h.client().login("nora")
	var got []string
	cursor := ""
	pages := 0
	for {
		l := c.list("cursor=" + url.QueryEscape(cursor))
		pages++
		got = append(got, ids(l)...)
		if l.Next == "" {
			break
		}
		cursor = l.Next
	}
	if pages != 3 || len(got) != 120 {
		t.Fatalf("%d conversations over %d pages, want 120 over 3", len(got), pages)
	}
	seen := map[string]bool{}
	for _, id := range got {
		if seen[id] {
			t.Fatalf("%s on two pages", id)
		}
		seen[id] = true
	}
	for _, id := range want {
		if !seen[id] {
			t.Fatalf("%s on no page", id)
		}
	}
	// A filtered walk finds exactly the matching half.
	var fb []string
	cursor = ""
	for {
		l := c.list("kind=fallback&cursor=" + url.QueryEscape(cursor))
		fb = append(fb, ids(l)...)
		if l.Next == "" {
			break
		}
		cursor = l.Next
	}
	if len(fb) != 60 {
		t.Errorf("kind=fallback over all pages: %d, want 60", len(fb))
	}
}

func TestDetailReviewAndAudit(t *testing.T) {
	h := newHarness(t, nil)
	conv := h.whatsappConversation("966501234567", "هل البوتوكس آمن؟", "وش الحل؟")
	c := h.client().login("nora")
	var d convJSON
	c.must(http.StatusOK, "GET", "/api/staff/conversations/"+conv, nil).json(t, &d)
	if len(d.Entries) != 4 {
		t.Fatalf("%d entries, want 4", len(d.Entries))
	}
	if e := d.Entries[0]; e.From != "patient" || e.Text != "هل البوتوكس آمن؟" || e.Reply != nil {
		t.Errorf("first entry %+v", e)
	}
	if e := d.Entries[1]; e.From != "bot" || e.Reply == nil || e.Reply.Kind != bot.KindAnswer ||
		len(e.Reply.Sources) != 1 || e.Reply.Confidence != 0.9 {
		t.Errorf("bot entry %+v: want the full reply object", e)
	}
	if d.Entries[3].Reply.Kind != bot.KindFallback {
		t.Errorf("last reply %v, want fallback", d.Entries[3].Reply.Kind)
	}
	for _, e := range d.Entries {
		if e.MsgID != "" {
			t.Errorf("entry shows the channel message id %q (a wamid encodes the number)", e.MsgID)
		}
	}
	if d.Patient != "9665•••••567" {
		t.Errorf("patient %q, want masked", d.Patient)
	}
	// A live console re-reads on every update: one "open" in the audit trail, not one per read.
	c.must(http.StatusOK, "GET", "/api/staff/conversations/"+conv, nil)
	c.must(http.StatusNotFound, "GET", "/api/staff/conversations/no-such-conversation", nil)

	var rv struct{ Review struct{ By, Note string } }
	c.must(http.StatusOK, "POST", "/api/staff/conversations/"+conv+"/review", map[string]string{"note": "أضفنا الجواب"}).json(t, &rv)
	if rv.Review.By != "nora" || rv.Review.Note != "أضفنا الجواب" {
		t.Errorf("review answer %+v", rv)
	}
	c.must(http.StatusOK, "GET", "/api/staff/conversations/"+conv, nil).json(t, &d)
	if !d.Reviewed || d.Review == nil || d.Review.By != "nora" || d.Review.Note != "أضفنا الجواب" {
		t.Errorf("after review: reviewed %v review %+v", d.Reviewed, d.Review)
	}
	c.must(http.StatusNotFound, "POST", "/api/staff/conversations/no-such-conversation/review", map[string]string{"note": ""})
	c.must(http.StatusBadRequest, "POST", "/api/staff/conversations/"+conv+"/review", map[string]string{"note": strings.Repeat("x", 3000)})

	h.client().login("omar").must(http.StatusOK, "GET", "/api/staff/conversations/"+conv, nil)
	acts := h.auditActions()
	if count(acts, "nora open "+conv) != 1 || !contains(acts, "omar open "+conv) || !contains(acts, "nora review "+conv) {
		t.Errorf("audit %v: want one open by nora, one by omar, and nora's review", acts)
	}
	var page struct {
		Audit []struct{ Who, Action, Conv, Detail string }
		Next  string
	}
	c.must(http.StatusOK, "GET", "/api/staff/audit", nil).json(t, &page)
	if len(page.Audit) == 0 || page.Audit[0].Who != "omar" || page.Audit[0].Action != "open" {
		t.Errorf("audit API newest first: %+v", page.Audit)
	}
	for _, a := range page.Audit {
		// The note is the conversation's, erased with it; the trail outlives it and holds no content.
		if a.Action == "review" && a.Detail != "" {
			t.Errorf("review audit detail %q, want none", a.Detail)
		}
	}
}

func TestAuditPages(t *testing.T) {
	h := newHarness(t, nil)
	c := h.client().login("nora")
	for range 60 {
		c.must(http.StatusNoContent, "POST", "/api/staff/logout", nil)
		c.login("nora")
	}
	seen := 0
	cursor := ""
	for {
		var page struct {
			Audit []struct{ ID, Action string }
			Next  string
		}
		c.must(http.StatusOK, "GET", "/api/staff/audit?cursor="+url.QueryEscape(cursor), nil).json(t, &page)
		seen += len(page.Audit)
		if page.Next == "" {
			break
		}
		cursor = page.Next
	}
	if seen != 121 { // 61 logins, 60 logouts
		t.Errorf("%d audit records over all pages, want 121", seen)
	}
	c.must(http.StatusBadRequest, "GET", "/api/staff/audit?cursor=zzz", nil)
}

func TestReplyHoldAndRelease(t *testing.T) {
	h := newHarness(t, nil)
	ctx := t.Context()
	sess, _, err := h.svc.StartWeb(ctx, "ar")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.svc.Handle(ctx, &sess, "m1", "I want to speak to someone"); err != nil {
		t.Fatal(err)
	}
	conv := sess.ConversationID
	h.web.setLive(conv)
	c := h.client().login("nora")

	var res struct {
		Delivered bool
		HeldUntil time.Time `json:"held_until"`
		Entry     struct{ From, Text, Name string }
	}
	c.must(http.StatusOK, "POST", "/api/staff/conversations/"+conv+"/reply", map[string]string{"text": "  أهلاً، معك نورة من العيادة  "}).json(t, &res)
	if !res.Delivered || res.Entry.From != "staff" || res.Entry.Text != "أهلاً، معك نورة من العيادة" || res.Entry.Name != "nora" {
		t.Errorf("reply answer %+v", res)
	}
	if want := h.clock.Now().Add(staff.DefaultQuiet); !res.HeldUntil.Equal(want) {
		t.Errorf("held until %v, want %v (default quiet time)", res.HeldUntil, want)
	}
	if len(h.web.sent) != 1 || h.web.to[0] != conv || h.web.sent[0].Name != "nora" {
		t.Fatalf("patient got %+v", h.web.sent)
	}
	if got := h.web.holdChanges(); len(got) != 1 || got[0] != conv {
		t.Errorf("the channel was told of hold changes %v, want the takeover of %s", got, conv)
	}

	// While held, the patient's messages are logged and the bot only says, once, that a person
	// has them.
	out, err := h.svc.Handle(ctx, &sess, "m2", "شكراً")
	if err != nil || out.Entry == nil || !out.Entry.Reply.Held {
		t.Fatalf("held conversation: bot answered %+v (%v), want the acknowledgement", out.Entry, err)
	}
	var d convJSON
	c.must(http.StatusOK, "GET", "/api/staff/conversations/"+conv, nil).json(t, &d)
	froms := []string{}
	for _, e := range d.Entries {
		froms = append(froms, e.From)
	}
	if strings.Join(froms, ",") != "patient,bot,staff,patient,bot" || d.HeldUntil == nil {
		t.Errorf("log %v held %v: want patient,bot,staff,patient,bot and a hold", froms, d.HeldUntil)
	}
	if d.Entries[2].Name != "nora" {
		t.Errorf("staff entry name %q", d.Entries[2].Name)
	}

	c.must(http.StatusNoContent, "POST", "/api/staff/conversations/"+conv+"/release", nil)
	if got := h.web.holdChanges(); len(got) != 2 || got[1] != conv {
		t.Errorf("the channel was told of hold changes %v, want the takeover and the release", got)
	}
	out, err = h.svc.Handle(ctx, &sess, "m3", "هل البوتوكس آمن؟")
	if err != nil || out.Entry == nil {
		t.Fatalf("released conversation: no bot answer (%v)", err)
	}
	var after convJSON
	c.must(http.StatusOK, "GET", "/api/staff/conversations/"+conv, nil).json(t, &after)
	if after.HeldUntil != nil {
		t.Errorf("still held after release: %v", after.HeldUntil)
	}

	// The quiet time passes by itself too.
	c.must(http.StatusOK, "POST", "/api/staff/conversations/"+conv+"/reply", map[string]string{"text": "one more thing"})
	h.clock.Add(staff.DefaultQuiet + time.Second)
	if out, err := h.svc.Handle(ctx, &sess, "m4", "ok"); err != nil || out.Entry == nil {
		t.Errorf("after the quiet time: no bot answer (%v)", err)
	}

	for _, bad := range []string{"", "   ", strings.Repeat("ا", staff.MaxReplyRunes+1)} {
		c.must(http.StatusBadRequest, "POST", "/api/staff/conversations/"+conv+"/reply", map[string]string{"text": bad})
	}
	c.must(http.StatusNotFound, "POST", "/api/staff/conversations/nope/reply", map[string]string{"text": "hi"})
	c.must(http.StatusNotFound, "POST", "/api/staff/conversations/nope/release", nil)
	acts := h.auditActions()
	if count(acts, "nora reply "+conv) != 2 || !contains(acts, "nora release "+conv) {
		t.Errorf("audit %v: want two replies and a release", acts)
	}
}

func TestReplyToOfflineAndFailingPatients(t *testing.T) {
	h := newHarness(t, nil)
	web := h.webConversation("hello")
	c := h.client().login("nora")
	var res struct{ Delivered bool }
	c.must(http.StatusOK, "POST", "/api/staff/conversations/"+web+"/reply", map[string]string{"text": "we will call you"}).json(t, &res)
	if res.Delivered {
		t.Error("delivered to a web patient who is not connected")
	}

	wa := h.whatsappConversation("966501234567", "hello")
	h.wa.fail = errWindowClosed
	r := c.must(http.StatusBadGateway, "POST", "/api/staff/conversations/"+wa+"/reply", map[string]string{"text": "hello from the clinic"})
	if !strings.Contains(string(r.body), "131047") {
		t.Errorf("failure answer %s does not say why", r.body)
	}
	var d convJSON
	c.must(http.StatusOK, "GET", "/api/staff/conversations/"+wa, nil).json(t, &d)
	last := d.Entries[len(d.Entries)-1]
	if last.From != "staff" || last.Status != "failed" {
		t.Errorf("undelivered staff entry %+v: want logged with status failed", last)
	}
}

func TestErase(t *testing.T) {
	h := newHarness(t, nil)
	keep := h.webConversation("hello")
	gone := h.whatsappConversation("966501234567", "وش الحل؟", "I can't breathe")
	c := h.client().login("nora")
	c.must(http.StatusOK, "POST", "/api/staff/conversations/"+gone+"/review", map[string]string{"note": "x"})
	c.must(http.StatusOK, "POST", "/api/staff/conversations/"+gone+"/reply", map[string]string{"text": "x"})

	c.must(http.StatusNoContent, "DELETE", "/api/staff/conversations/"+gone, nil)
	c.must(http.StatusNotFound, "GET", "/api/staff/conversations/"+gone, nil)
	c.must(http.StatusNotFound, "DELETE", "/api/staff/conversations/"+gone, nil)
	if got := ids(c.list("")); !slices.Equal(got, []string{keep}) {
		t.Errorf("list after erase: %v", got)
	}
	// Nothing of it is left in Redis: no key, no index entry.
	rc := h.redis.Client(t)
	keys, err := rc.Keys(t.Context(), "*").Result()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		if strings.Contains(k, gone) {
			t.Errorf("key %s left after erasure", k)
		}
		if typ, _ := rc.Type(t.Context(), k).Result(); typ == "zset" {
			if _, err := rc.ZScore(t.Context(), k, gone).Result(); err == nil {
				t.Errorf("index %s still lists the erased conversation", k)
			}
		}
	}
	if !contains(h.auditActions(), "nora erase "+gone) {
		t.Errorf("erasure not audited: %v", h.auditActions())
	}
}

func TestUnanswered(t *testing.T) {
	h := newHarness(t, nil)
	t0 := time.Date(2026, 6, 1, 8, 0, 0, 0, time.UTC)
	h.clock.Set(t0)
	a := h.webConversation("وش الحل؟", "هل البوتوكس آمن؟")
	h.clock.Add(time.Hour)
	b := h.webConversation("وَشْ الحَل")
	h.clock.Add(time.Hour)
	cc := h.whatsappConversation("966501234567", "كم السعر", "وش الحل")
	h.clock.Add(time.Hour)
	h.webConversation("what is the weather")
	c := h.client().login("nora")

	var got []staff.Unanswered
	c.must(http.StatusOK, "GET", "/api/staff/unanswered", nil).json(t, &got)
	if len(got) != 3 {
		t.Fatalf("%d groups, want 3: %+v", len(got), got)
	}
	top := got[0]
	if top.Count != 3 || top.Question != "وش الحل" || !top.Last.Equal(t0.Add(2*time.Hour)) ||
		!slices.Equal(top.Conversations, []string{cc, b, a}) {
		t.Errorf("most frequent group %+v: want 3 spellings of one question, newest wording, conversations newest first", top)
	}
	if got[1].Question != "what is the weather" || got[2].Question != "كم السعر" {
		t.Errorf("groups of one, most recent first: %q, %q", got[1].Question, got[2].Question)
	}
	c.must(http.StatusOK, "GET", "/api/staff/unanswered?from="+t0.Add(90*time.Minute).Format(time.RFC3339)+"&to="+t0.Add(150*time.Minute).Format(time.RFC3339), nil).json(t, &got)
	if len(got) != 2 || got[0].Count != 1 {
		t.Errorf("within a range: %+v, want the two questions asked in it", got)
	}
	c.must(http.StatusBadRequest, "GET", "/api/staff/unanswered?from=soon", nil)
}

func TestExport(t *testing.T) {
	h := newHarness(t, nil)
	web := h.webConversation("هل البوتوكس آمن؟", "=HYPERLINK(\"http://evil\")")
	wa := h.whatsappConversation("966501234567", "وش الحل؟")
	c := h.client().login("nora")
	c.header.Set("Sec-Fetch-Site", "same-origin") // the console's own export link

	r := c.must(http.StatusOK, "GET", "/api/staff/export?format=csv", nil)
	if !bytes.HasPrefix(r.body, []byte("\xEF\xBB\xBF")) {
		t.Fatalf("CSV does not start with a UTF-8 BOM: %q", r.body[:min(10, len(r.body))])
	}
	if ct := r.header.Get("Content-Type"); ct != "text/csv; charset=utf-8" || !strings.Contains(r.header.Get("Content-Disposition"), "attachment") {
		t.Errorf("CSV headers: %q, %q", ct, r.header.Get("Content-Disposition"))
	}
	rows, err := csv.NewReader(bytes.NewReader(r.body[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+4+2 || rows[0][0] != "conversation" || rows[0][len(rows[0])-1] != "text" {
		t.Fatalf("CSV has %d rows (header %v), want a header and 6 entries", len(rows), rows[0])
	}
	var texts []string
	for _, row := range rows[1:] {
		texts = append(texts, row[len(row)-1])
		if row[2] != "" && row[2] != "9665•••••567" {
			t.Errorf("patient column %q: want masked", row[2])
		}
	}
	if !slices.Contains(texts, "هل البوتوكس آمن؟") || !slices.Contains(texts, "'=HYPERLINK(\"http://evil\")") {
		t.Errorf("CSV texts %q: want Arabic intact and formulas defused", texts)
	}
	if bytes.Contains(r.body, []byte("501234")) {
		t.Error("the export holds the phone number in full")
	}

	r = c.must(http.StatusOK, "GET", "/api/staff/export?format=jsonl&channel=whatsapp", nil)
	lines := strings.Split(strings.TrimSpace(string(r.body)), "\n")
	if len(lines) != 1 {
		t.Fatalf("JSONL for channel=whatsapp: %d lines, want 1", len(lines))
	}
	var conv convJSON
	if err := json.Unmarshal([]byte(lines[0]), &conv); err != nil {
		t.Fatal(err)
	}
	if conv.ID != wa || len(conv.Entries) != 2 || conv.Entries[1].Reply == nil || conv.Entries[1].Reply.Kind != bot.KindFallback {
		t.Errorf("JSONL conversation %+v", conv)
	}
	// JSONL shows whether each patient can be reached now, asking each channel once a batch of
	// conversations rather than once a conversation; CSV has no such column and asks nothing.
	h.web.setLive(web)
	h.web.mu.Lock()
	h.web.manyCalls = 0
	h.web.mu.Unlock()
	c.must(http.StatusOK, "GET", "/api/staff/export?format=csv", nil)
	h.web.mu.Lock()
	if h.web.manyCalls != 0 {
		t.Errorf("a CSV export asked the web channel about liveness %d times, want none", h.web.manyCalls)
	}
	h.web.mu.Unlock()
	for i := range 3 {
		h.webConversation("سؤال رقم " + strconv.Itoa(i))
	}
	r = c.must(http.StatusOK, "GET", "/api/staff/export?format=jsonl", nil)
	live := map[string]bool{}
	lines = strings.Split(strings.TrimSpace(string(r.body)), "\n")
	for _, l := range lines {
		var v convJSON
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatal(err)
		}
		live[v.ID] = v.Live
	}
	if len(lines) != 5 || !live[web] || live[wa] {
		t.Errorf("JSONL export: %d conversations, live %v; want 5, only %s live", len(lines), live, web)
	}
	h.web.mu.Lock()
	if h.web.manyCalls != 1 {
		t.Errorf("a JSONL export of 4 web conversations asked the web channel %d times, want once", h.web.manyCalls)
	}
	h.web.mu.Unlock()

	c.must(http.StatusBadRequest, "GET", "/api/staff/export?format=xlsx", nil)
	c.must(http.StatusBadRequest, "GET", "/api/staff/export?format=csv&kind=nope", nil)

	exports := 0
	for _, a := range h.auditActions() {
		if a == "nora export" {
			exports++
		}
	}
	if exports != 4 {
		t.Errorf("%d exports audited, want 4 (the two bad requests are not exports)", exports)
	}
}

func TestEventsLive(t *testing.T) {
	h := newHarness(t, nil)
	c := h.client().login("nora")
	lines := openEvents(t, h, c)
	conv := h.webConversation("hello")
	waitEvent(t, lines, fmt.Sprintf(`{"type":"entry","conv":%q}`, conv))
	c.must(http.StatusOK, "POST", "/api/staff/conversations/"+conv+"/review", map[string]string{"note": ""})
	waitEvent(t, lines, fmt.Sprintf(`{"type":"review","conv":%q}`, conv))
	// Events name conversations, never carry their text.
	h.webConversation("secret words")
	waitEvent(t, lines, `"type":"entry"`)
	// Signing out ends the stream (within a second: TestEventStreamEndsWithItsSession).
	c.must(http.StatusNoContent, "POST", "/api/staff/logout", nil)
	for l := range lines {
		if strings.Contains(l, "secret") || strings.Contains(l, "hello") {
			t.Errorf("event carries text: %s", l)
		}
	}
}

func TestServerCloseEndsStreams(t *testing.T) {
	h := newHarness(t, func(c *staff.Config) { c.Heartbeat = time.Hour })
	lines := openEvents(t, h, h.client().login("nora"))
	h.api.Close()
	waitClosed(t, lines)
}
