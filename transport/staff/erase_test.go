package staff_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/transport/staff"
)

// everything returns every string Redis holds: each key's name and, by its type, its value,
// fields, members or stream entries (SCAN over the whole server, not a pattern).
func everything(t *testing.T, rc redis.UniversalClient) map[string][]string {
	t.Helper()
	ctx := t.Context()
	out := map[string][]string{}
	iter := rc.Scan(ctx, 0, "*", 500).Iterator()
	for iter.Next(ctx) {
		k := iter.Val()
		vals := []string{k}
		typ, err := rc.Type(ctx, k).Result()
		if err != nil {
			t.Fatal(err)
		}
		switch typ {
		case "string":
			v, _ := rc.Get(ctx, k).Result()
			vals = append(vals, v)
		case "hash":
			h, _ := rc.HGetAll(ctx, k).Result()
			for f, v := range h {
				vals = append(vals, f, v)
			}
		case "list":
			l, _ := rc.LRange(ctx, k, 0, -1).Result()
			vals = append(vals, l...)
		case "set":
			m, _ := rc.SMembers(ctx, k).Result()
			vals = append(vals, m...)
		case "zset":
			m, _ := rc.ZRange(ctx, k, 0, -1).Result()
			vals = append(vals, m...)
		case "stream":
			msgs, _ := rc.XRange(ctx, k, "-", "+").Result()
			for _, m := range msgs {
				for f, v := range m.Values {
					s, _ := v.(string)
					vals = append(vals, f, s)
				}
			}
		case "none": // expired since SCAN saw it
		default:
			t.Fatalf("key %s of type %s: the scan does not read it", k, typ)
		}
		out[k] = vals
	}
	if err := iter.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// leftovers reports every key holding one of needles.
func leftovers(t *testing.T, rc redis.UniversalClient, needles ...string) []string {
	t.Helper()
	var found []string
	for k, vals := range everything(t, rc) {
		for _, v := range vals {
			for _, n := range needles {
				if strings.Contains(v, n) {
					found = append(found, k+" holds "+n)
				}
			}
		}
	}
	return found
}

// Erasing a conversation leaves nothing of it anywhere in Redis: not its messages, the bot's
// answers, the staff reply, the patient's number, nor the review note (which the audit trail
// used to keep). The trail keeps who did what to which id, and when. Every key of the server is
// read, whatever its type. (Before: the note stayed in the audit stream.)
func TestEraseLeavesNoContentAnywhere(t *testing.T) {
	h := newHarness(t, nil)
	h.webConversation("keep-this-question")
	gone := h.whatsappConversation("966501112233", "erase-me-question", "I can't breathe")
	web := h.webConversation("erase-me-too")
	c := h.client().login("nora")
	c.header.Set("Sec-Fetch-Site", "same-origin")
	for _, conv := range []string{gone, web} {
		c.must(http.StatusOK, "GET", "/api/staff/conversations/"+conv, nil)
		c.must(http.StatusOK, "POST", "/api/staff/conversations/"+conv+"/review", map[string]string{"note": "note-about-" + conv})
		c.must(http.StatusOK, "POST", "/api/staff/conversations/"+conv+"/reply", map[string]string{"text": "staff-wrote-" + conv})
	}
	c.must(http.StatusOK, "GET", "/api/staff/export?format=jsonl", nil)
	rc := h.redis.Client(t)
	needles := []string{"erase-me-question", "erase-me-too", "966501112233", "note-about-", "staff-wrote-", "reply to: erase-me"}
	if len(leftovers(t, rc, needles...)) == 0 {
		t.Fatal("the scan finds nothing before the erasure: it does not read what the store writes")
	}
	for _, conv := range []string{gone, web} {
		c.must(http.StatusNoContent, "DELETE", "/api/staff/conversations/"+conv, nil)
	}
	for _, l := range leftovers(t, rc, needles...) {
		t.Errorf("after erasure: %s", l)
	}
	if got := leftovers(t, rc, "keep-this-question"); len(got) == 0 {
		t.Error("the kept conversation is gone too")
	}
	acts := h.auditActions()
	if !contains(acts, "nora erase "+gone) || !contains(acts, "nora review "+gone) {
		t.Errorf("audit %v: want who reviewed and erased which id", acts)
	}
}

// Notes that earlier versions copied into the audit trail are purged by the sweeper, and audit
// records older than the retention are trimmed: retention covers the trail too.
func TestSweepCoversTheAuditTrail(t *testing.T) {
	h := newHarness(t, nil)
	ctx := t.Context()
	if err := h.store.Audit(ctx, redisstore.AuditRecord{Who: "nora", Action: "review", Conv: "c1", Detail: "legacy-note"}); err != nil {
		t.Fatal(err)
	}
	h.store.Audit(ctx, redisstore.AuditRecord{Who: "nora", Action: "erase", Conv: "c0", Detail: "on request"})
	rc := h.redis.Client(t)
	sw := &staff.Sweeper{Store: h.store, Retention: 24 * time.Hour, Now: time.Now}
	if _, err := sw.Sweep(ctx); err != nil {
		t.Fatal(err)
	}
	if got := leftovers(t, rc, "legacy-note"); len(got) != 0 {
		t.Errorf("legacy review note outlived the sweep: %v", got)
	}
	if acts := h.auditActions(); !contains(acts, "nora erase c0") {
		t.Errorf("audit %v: the young erase record went too", acts)
	}
	// A day and a bit later the whole trail is past the retention.
	sw.Now = func() time.Time { return time.Now().Add(25 * time.Hour) }
	if _, err := sw.Sweep(context.Background()); err != nil {
		t.Fatal(err)
	}
	if acts := h.auditActions(); len(acts) != 0 {
		t.Errorf("audit records older than the retention: %v", acts)
	}
}
