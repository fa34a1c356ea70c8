package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/crypto/bcrypt"

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
