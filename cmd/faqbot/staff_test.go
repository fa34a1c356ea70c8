package main

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/transport/staff"
)

// runStaffCmd runs `faqbot staff ARGS` in-process with stdin and FAQBOT_STAFF_FILE=file.
func runStaffCmd(t *testing.T, file, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := map[string]string{"FAQBOT_STAFF_FILE": file}
	code = run(t.Context(), append([]string{"staff"}, args...), &cli{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb,
		getenv: func(k string) string { return env[k] }})
	return code, out.String(), errb.String()
}

func TestStaffAddRemove(t *testing.T) {
	file := filepath.Join(t.TempDir(), "staff")
	if code, out, errs := runStaffCmd(t, file, "first password\nignored second line\n", "--cost", "4", "add", "nora"); code != 0 || !strings.Contains(out, "added nora") {
		t.Fatalf("add: %d %q %q", code, out, errs)
	}
	if code, _, errs := runStaffCmd(t, file, "another password", "--cost", "4", "add", "نورة"); code != 0 {
		t.Fatalf("add an Arabic name with no final newline: %d %q", code, errs)
	}
	acc := staff.NewAccounts(file, nil)
	if !acc.Verify("nora", "first password") || !acc.Verify("نورة", "another password") {
		t.Fatal("the added accounts do not verify")
	}
	fi, _ := os.Stat(file)
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v, want 0600", fi.Mode().Perm())
	}
	// Adding again changes the password; the file keeps one line per name.
	if code, out, _ := runStaffCmd(t, file, "changed password\r\n", "--cost", "4", "add", "nora"); code != 0 || !strings.Contains(out, "changed the password of nora") {
		t.Fatalf("re-add: %d %q", code, out)
	}
	if acc.Verify("nora", "first password") || !acc.Verify("nora", "changed password") {
		t.Error("re-add did not replace the password")
	}
	data, _ := os.ReadFile(file)
	if strings.Count(string(data), "nora:") != 1 || !strings.HasPrefix(string(data), "nora:$2a$04$") {
		t.Errorf("file:\n%s", data)
	}
	// The default cost is bcrypt's default.
	runStaffCmd(t, file, "default cost pw\n", "add", "omar")
	acc2, _, _ := staff.ParseAccounts(strings.NewReader(mustRead(t, file)))
	if c, _ := bcrypt.Cost(acc2["omar"]); c != bcrypt.DefaultCost {
		t.Errorf("default cost %d, want %d", c, bcrypt.DefaultCost)
	}

	if code, out, _ := runStaffCmd(t, file, "", "remove", "nora"); code != 0 || !strings.Contains(out, "removed nora") {
		t.Fatalf("remove: %d %q", code, out)
	}
	if acc.Exists("nora") || !acc.Exists("نورة") {
		t.Error("remove took the wrong account")
	}
	if code, _, errs := runStaffCmd(t, file, "", "remove", "nora"); code != 1 || !strings.Contains(errs, `no account "nora"`) {
		t.Errorf("remove twice: %d %q", code, errs)
	}
}

func TestStaffCommandRefusesBadInput(t *testing.T) {
	file := filepath.Join(t.TempDir(), "staff")
	for _, tc := range []struct {
		name, stdin string
		args        []string
		file        string
		code        int
		want        string
	}{
		{"no file", "pw pw pw pw\n", []string{"add", "nora"}, "", 1, "FAQBOT_STAFF_FILE"},
		{"colon in name", "pw pw pw pw\n", []string{"add", "a:b"}, file, 1, "':'"},
		{"newline in name", "pw pw pw pw\n", []string{"add", "a\nb"}, file, 1, "control character"},
		{"short password", "short\n", []string{"add", "nora"}, file, 1, "shorter than 8"},
		{"no password", "", []string{"add", "nora"}, file, 1, "no password"},
		{"empty line", "\n", []string{"add", "nora"}, file, 1, "shorter than 8"},
		{"unknown verb", "", []string{"list", "nora"}, file, 2, "usage"},
		{"no name", "", []string{"add"}, file, 2, "usage"},
		{"bad cost", "pw pw pw pw\n", []string{"--cost", "99", "add", "nora"}, file, 1, "--cost"},
	} {
		code, _, errs := runStaffCmd(t, tc.file, tc.stdin, tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.want) {
			t.Errorf("%s: exit %d %q, want %d mentioning %q", tc.name, code, errs, tc.code, tc.want)
		}
	}
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Errorf("a refused command created the file (%v)", err)
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestServeStaffFlags(t *testing.T) {
	env := map[string]string{"FAQBOT_STAFF_FILE": "/etc/faqbot/staff", "FAQBOT_INSECURE_COOKIES": "1", "FAQBOT_STAFF_QUIET": "45m"}
	c := &cli{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(k string) string { return env[k] }}
	cfg, err := parseServeFlags(c, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := (staffConfig{file: "/etc/faqbot/staff", insecureCookies: true, quiet: 45 * time.Minute}); cfg.staff != want {
		t.Errorf("from the environment: %+v, want %+v", cfg.staff, want)
	}
	cfg, err = parseServeFlags(c, []string{"--staff-file", "other", "--insecure-cookies=false", "--staff-quiet", "2h"})
	if err != nil {
		t.Fatal(err)
	}
	if want := (staffConfig{file: "other", quiet: 2 * time.Hour}); cfg.staff != want {
		t.Errorf("flags over the environment: %+v, want %+v", cfg.staff, want)
	}
	c.getenv = func(string) string { return "" }
	if cfg, err = parseServeFlags(c, nil); err != nil || cfg.staff != (staffConfig{quiet: staff.DefaultQuiet}) {
		t.Errorf("defaults: %+v (%v), want the console off and a %v quiet time", cfg.staff, err, staff.DefaultQuiet)
	}
	if _, err := parseServeFlags(c, []string{"--staff-quiet", "soon"}); err == nil || !strings.Contains(err.Error(), "FAQBOT_STAFF_QUIET") {
		t.Errorf("bad quiet time: %v", err)
	}
}

// faqbot serve without FAQBOT_STAFF_FILE: the console says how to turn it on, the API refuses.
func TestServeStaffOff(t *testing.T) {
	ts := MustStartServer(t, testConfig())
	code, body := get(t, ts.URL+"/staff")
	if code != 200 || !strings.Contains(body, "The staff console is off") || !strings.Contains(body, "FAQBOT_STAFF_FILE") {
		t.Errorf("GET /staff: %d, want the page explaining how to turn the console on", code)
	}
	for _, rt := range ts.staff.api.Routes() {
		if method, path, code := callRoute(t, ts, rt.Pattern); code != http.StatusServiceUnavailable {
			t.Errorf("%s %s with the console off: %d, want 503", method, path, code)
		}
	}
}

// callRoute sends a request without a session to the staff API route of pattern ("METHOD /path",
// or a path prefix; {id} filled in) and returns what it sent and the status code.
func callRoute(t *testing.T, ts *testServer, pattern string) (method, path string, code int) {
	t.Helper()
	method, path, ok := strings.Cut(pattern, " ")
	if !ok {
		method, path = "GET", pattern+"x"
	}
	req, _ := http.NewRequestWithContext(t.Context(), method, ts.URL+strings.ReplaceAll(path, "{id}", "c"), strings.NewReader("{}"))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return method, path, res.StatusCode
}

// Through faqbot serve as wired: every API route refuses a request without a session, and a
// short FAQBOT_RETENTION erases a conversation by itself.
func TestServeStaffSessionsAndRetention(t *testing.T) {
	ts := mustStaffServerWith(t, func(cfg *serveConfig) { cfg.retention = 1500 * time.Millisecond })
	for _, rt := range ts.staff.api.Routes() {
		if rt.Public {
			continue
		}
		if method, path, code := callRoute(t, ts, rt.Pattern); code != http.StatusUnauthorized {
			t.Errorf("%s %s without a session: %d, want 401", method, path, code)
		}
	}

	patient := MustDialWS(t, ts.WS)
	conv := tokenConv(patient.hello("").Session)
	patient.ask("m1", question)
	ts.settled(t)
	if _, err := ts.redis.Summary(t.Context(), conv); err != nil {
		t.Fatalf("the conversation is not logged: %v", err)
	}
	eventually(t, "the retention sweeper to erase the conversation", func() bool {
		_, err := ts.redis.Summary(t.Context(), conv)
		return errors.Is(err, bot.ErrNotFound)
	})
	// The sweeper audits an erasure just after making it: the record may land a moment later.
	list, _, err := ts.redis.AuditLog(t.Context(), "", 10)
	eventually(t, "the retention erasure in the audit log", func() bool {
		list, _, err = ts.redis.AuditLog(t.Context(), "", 10)
		return err == nil && len(list) > 0
	})
	if err != nil || len(list) == 0 || list[0].Who != "retention" || list[0].Conv != conv {
		t.Errorf("audit %+v (%v), want the retention erasure", list, err)
	}
}
