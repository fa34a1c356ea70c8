package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/knowledge"
)

// Edits of the clinic's texts the tests make, each answering a question the shipped texts do not.
const (
	// A Markdown section appended to botulinum-treatment.md.
	masseterSection  = "\n## حقن عضلة الماضغة\n\nحقن عضلة الماضغة بالبوتوكس يرخيها فيبدو الفك أنحف، وتظهر النتيجة خلال أسبوعين إلى أربعة أسابيع.\n"
	masseterQuestion = "متى تبان نتيجة حقن عضلة الماضغة؟"
	masseterWord     = "الماضغة"
	// A plain-text section appended to botox-medical-uses.txt.
	nefertitiSection  = "\n\nشد نفرتيتي\n\nشد نفرتيتي هو حقن البوتوكس في عضلة الرقبة العريضة لإبراز خط الفك وشد الرقبة.\n"
	nefertitiQuestion = "وش هو شد نفرتيتي؟"
	nefertitiWord     = "نفرتيتي"
	// A document whose front matter does not parse: line 2 opens a list it never closes.
	brokenDoc = "---\ntitle: [مكسور\n---\n# عنوان\n\nنص.\n"
)

// MustCopyKB copies the embedded knowledge base into a temporary folder the test may edit.
func MustCopyKB(tb testing.TB) string {
	tb.Helper()
	dir := tb.TempDir()
	if err := os.CopyFS(dir, knowledge.Default()); err != nil {
		tb.Fatalf("copying the knowledge base: %v", err)
	}
	return dir
}

func appendTo(tb testing.TB, path, text string) {
	tb.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := f.WriteString(text); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
}

// answers reports whether f is an answer quoting word.
func answers(f wsFrame, word string) bool {
	return f.Type == "reply" && f.Reply != nil && f.Reply.Kind == bot.KindAnswer && strings.Contains(f.Reply.Text, word)
}

// A section added to the folder is answered after a reload through the connection that was open
// all along; a broken edit then keeps the previous knowledge base serving, logs each problem as
// file:line: message and counts the failure.
func TestReloadKnowledgeSameConnection(t *testing.T) {
	dir := MustCopyKB(t)
	cfg := testConfig()
	cfg.kb = dir
	ts := MustStartServer(t, cfg)
	c := MustDialWS(t, ts.WS)
	c.hello("")
	if r := c.ask("q1", masseterQuestion); answers(r, masseterWord) {
		t.Fatalf("answered from a section not written yet: %+v", r.Reply)
	}
	before := MustScrape(t, ts.URL)

	appendTo(t, filepath.Join(dir, "botulinum-treatment.md"), masseterSection)
	if err := ts.kb.Reload(t.Context(), "test"); err != nil {
		t.Fatalf("Reload: %v", err)
	}
	if r := c.ask("q2", masseterQuestion); !answers(r, masseterWord) {
		t.Fatalf("after the reload, same connection: %+v, want the new section", r.Reply)
	}
	after := MustScrape(t, ts.URL)
	if got, want := after.value("faqbot_knowledge_sections"), before.value("faqbot_knowledge_sections")+1; got != want {
		t.Errorf("faqbot_knowledge_sections = %v after adding one, want %v", got, want)
	}
	okReloads := after.value("faqbot_knowledge_reloads_total", "result", "ok")
	if okReloads < 1 {
		t.Errorf("faqbot_knowledge_reloads_total{ok} = %v, want at least 1", okReloads)
	}

	// A broken edit: refused, and nothing changes for patients.
	if err := os.WriteFile(filepath.Join(dir, "broken.md"), []byte(brokenDoc), 0o644); err != nil {
		t.Fatal(err)
	}
	err := ts.kb.Reload(t.Context(), "test")
	var le *knowledge.LoadError
	if !errors.As(err, &le) || len(le.Problems) == 0 || le.Problems[0].File != "broken.md" || le.Problems[0].Line == 0 {
		t.Fatalf("Reload of a broken folder = %v, want a LoadError locating the problem in broken.md", err)
	}
	if r := c.ask("q3", masseterQuestion); !answers(r, masseterWord) {
		t.Errorf("after a failed reload: %+v, want the knowledge base loaded before it", r.Reply)
	}
	if r := c.ask("q4", question); r.Reply == nil || r.Reply.Kind != bot.KindAnswer {
		t.Errorf("after a failed reload, a shipped question: %+v", r.Reply)
	}
	m := MustScrape(t, ts.URL)
	if got := m.value("faqbot_knowledge_reloads_total", "result", "failed"); got < 1 {
		t.Errorf("faqbot_knowledge_reloads_total{failed} = %v, want at least 1", got)
	}
	if got := m.value("faqbot_knowledge_reloads_total", "result", "ok"); got != okReloads {
		t.Errorf("faqbot_knowledge_reloads_total{ok} = %v after a broken edit, want %v still", got, okReloads)
	}
	if got, want := m.value("faqbot_knowledge_sections"), after.value("faqbot_knowledge_sections"); got != want {
		t.Errorf("faqbot_knowledge_sections = %v after a failed reload, want %v still", got, want)
	}
	if got := m.value("faqbot_ws_connections"); got != 1 {
		t.Errorf("faqbot_ws_connections = %v, want the one connection still open", got)
	}
	problem := le.Problems[0].String()
	found := false
	for _, rec := range logRecords(t, ts.Log.String()) {
		if rec["msg"] == "knowledge problem" && rec["problem"] == problem {
			found = true
		}
	}
	if !found {
		t.Errorf("no log line names the problem %q:\n%s", problem, ts.Log)
	}
}

// The embedded knowledge base has nothing to reload: Reload says so and counts nothing.
func TestReloadEmbeddedIsSkipped(t *testing.T) {
	logs := &syncBuffer{}
	kb, err := openKnowledge("", bot.Config{}, newLogger(logs, 0))
	if err != nil {
		t.Fatal(err)
	}
	engine := kb.engine.Engine()
	if err := kb.Reload(t.Context(), "SIGHUP"); err != nil {
		t.Fatalf("Reload: %v", err)
	}
	if kb.engine.Engine() != engine || kb.Reloads(true) != 0 || kb.Reloads(false) != 0 {
		t.Error("the embedded knowledge base was reloaded or counted")
	}
	if !strings.Contains(logs.String(), "knowledge reload skipped") {
		t.Errorf("no log line says the reload was skipped:\n%s", logs)
	}
}

// faqbot serve through the command table and the real signal path: SIGHUP reloads the folder, and
// so does an edit seen by the poll; the patient's connection stays open throughout.
func TestReloadOnSIGHUPAndFolderChange(t *testing.T) {
	dir := MustCopyKB(t)
	logs := &syncBuffer{}
	ctx, cancel := context.WithCancel(t.Context())
	code := make(chan int, 1)
	go func() {
		code <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--kb", dir}, &cli{stdout: io.Discard, stderr: logs,
			getenv: func(string) string { return "" }})
	}()
	defer func() {
		cancel()
		select {
		case c := <-code:
			if c != 0 {
				t.Errorf("serve exited %d\n%s", c, logs)
			}
		case <-time.After(shutdownTimeout + 5*time.Second):
			t.Error("serve did not stop")
		}
	}()
	listening := waitLogRecord(t, logs, 0, func(r map[string]any) bool { return r["msg"] == "listening" })
	// SIGHUP before the server listens for it would end the test process.
	waitLogRecord(t, logs, 0, func(r map[string]any) bool { return strings.HasPrefix(r["msg"].(string), "knowledge reload on") })
	c := MustDialWS(t, "ws://"+listening["addr"].(string)+"/ws")
	c.hello("")

	appendTo(t, filepath.Join(dir, "botulinum-treatment.md"), masseterSection)
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	waitLogRecord(t, logs, 0, func(r map[string]any) bool { return r["msg"] == "knowledge reloaded" && r["trigger"] == "SIGHUP" })
	if r := c.ask("q1", masseterQuestion); !answers(r, masseterWord) {
		t.Fatalf("after SIGHUP: %+v, want the new section", r.Reply)
	}

	from := len(logs.String())
	appendTo(t, filepath.Join(dir, "botox-medical-uses.txt"), nefertitiSection)
	waitLogRecord(t, logs, from, func(r map[string]any) bool { return r["msg"] == "knowledge reloaded" && r["trigger"] == "change" })
	if r := c.ask("q2", nefertitiQuestion); !answers(r, nefertitiWord) {
		t.Fatalf("after the folder changed: %+v, want the new section", r.Reply)
	}
	if r := c.ask("q3", masseterQuestion); !answers(r, masseterWord) {
		t.Errorf("the earlier edit is gone: %+v", r.Reply)
	}
}

// logRecords parses JSON log lines.
func logRecords(tb testing.TB, logs string) []map[string]any {
	tb.Helper()
	var recs []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(logs), "\n") {
		if line == "" {
			continue
		}
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			tb.Fatalf("log line is not JSON: %q", line)
		}
		recs = append(recs, rec)
	}
	return recs
}

// waitLogRecord waits for a log record written after the first from bytes that satisfies match.
func waitLogRecord(tb testing.TB, logs *syncBuffer, from int, match func(map[string]any) bool) map[string]any {
	tb.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		s := logs.String()[from:]
		// Only whole lines: the server may be writing the last one.
		if i := strings.LastIndexByte(s, '\n'); i >= 0 {
			for _, rec := range logRecords(tb, s[:i+1]) {
				if match(rec) {
					return rec
				}
			}
		}
	}
	tb.Fatalf("no such log line:\n%s", logs)
	return nil
}
