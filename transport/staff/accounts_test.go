package staff

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"
)

func mustHash(tb testing.TB, pw string) string {
	tb.Helper()
	h, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.MinCost)
	if err != nil {
		tb.Fatal(err)
	}
	return string(h)
}

func TestParseAccounts(t *testing.T) {
	h := mustHash(t, "secret-one")
	// htpasswd -B writes $2y$; Go writes $2a$; OpenBSD $2b$. All three are the same algorithm.
	hy := "$2y$" + h[4:]
	hb := "$2b$" + h[4:]
	file := strings.Join([]string{
		"# staff of the clinic",
		"",
		"nora:" + h,
		"omar:" + hy + "\r",
		"نورة:" + hb,
		"broken line without separator",
		"sara:plaintext-password",
		"md5:$apr1$abc$defghijklmnopqrstuvwx",
		" spaced:" + h,
		"omar:" + h, // a name twice: the last line wins
	}, "\n")
	acc, problems, err := ParseAccounts(strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if len(acc) != 3 || acc["nora"] == nil || string(acc["omar"]) != h || acc["نورة"] == nil {
		t.Errorf("accounts %v", acc)
	}
	var lines []int
	for _, p := range problems {
		lines = append(lines, p.Line)
		if strings.Contains(p.Error(), h[7:30]) || strings.Contains(p.Error(), "plaintext") || strings.Contains(p.Error(), "apr1") {
			t.Errorf("problem %q quotes the line", p.Error())
		}
	}
	if want := []int{6, 7, 8, 9}; len(lines) != len(want) || lines[0] != 6 || lines[3] != 9 {
		t.Errorf("problems on lines %v, want %v", lines, want)
	}
	if bcrypt.CompareHashAndPassword(acc["نورة"], []byte("secret-one")) != nil {
		t.Error("a $2b$ hash does not verify")
	}
}

func FuzzParseAccounts(f *testing.F) {
	f.Add("nora:" + mustHash(f, "x") + "\n# c\n\nbad\n")
	f.Add("a:b:c\r\n:\n")
	f.Add(strings.Repeat("x", 70000))
	f.Fuzz(func(t *testing.T, s string) {
		acc, problems, err := ParseAccounts(strings.NewReader(s))
		if err != nil {
			return // a line longer than the scanner allows: reported, not a crash
		}
		for name, h := range acc {
			if ValidateName(name) != nil || validHash(string(h)) != nil {
				t.Fatalf("accepted %q:%q", name, h)
			}
		}
		for _, p := range problems {
			if p.Line < 1 {
				t.Fatalf("problem without a line: %v", p)
			}
		}
	})
}

func TestValidateName(t *testing.T) {
	for _, ok := range []string{"nora", "Dr. Omar", "نورة", "a_b-c@clinic"} {
		if err := ValidateName(ok); err != nil {
			t.Errorf("ValidateName(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"", "a:b", "a\nb", "a\rb", " nora", "nora ", "tab\there", strings.Repeat("x", MaxNameLen+1), "\xff"} {
		if ValidateName(bad) == nil {
			t.Errorf("ValidateName(%q) accepted", bad)
		}
	}
}

func TestSetAndRemoveAccount(t *testing.T) {
	path := filepath.Join(t.TempDir(), "staff")
	h1, h2 := mustHash(t, "password-1"), mustHash(t, "password-2")
	if err := SetAccount(path, "nora", []byte(h1)); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("new file mode %v (%v), want 0600", fi.Mode(), err)
	}
	// Lines the tools do not understand are kept as they were.
	data, _ := os.ReadFile(path)
	os.WriteFile(path, append([]byte("# managed by faqbot staff\n"), append(data, []byte("legacy line\n")...)...), 0o600)
	if err := SetAccount(path, "omar", []byte(h1)); err != nil {
		t.Fatal(err)
	}
	if err := SetAccount(path, "nora", []byte(h2)); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	want := "# managed by faqbot staff\nnora:" + h2 + "\nlegacy line\nomar:" + h1 + "\n"
	if string(got) != want {
		t.Errorf("file:\n%s\nwant:\n%s", got, want)
	}
	if err := RemoveAccount(path, "nora"); err != nil {
		t.Fatal(err)
	}
	if err := RemoveAccount(path, "nora"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("removing a missing account: %v, want ErrNotExist", err)
	}
	got, _ = os.ReadFile(path)
	if strings.Contains(string(got), "nora") || !strings.Contains(string(got), "omar:") {
		t.Errorf("after remove:\n%s", got)
	}
	if err := SetAccount(path, "a:b", []byte(h1)); err == nil {
		t.Error("SetAccount took a name with ':'")
	}
	if err := SetAccount(path, "x", []byte("not a hash")); err == nil {
		t.Error("SetAccount took a bad hash")
	}
	// No temporary files are left beside it.
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("directory holds %d files, want only the accounts file", len(entries))
	}
}

func TestAccountsFollowTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "staff")
	a := NewAccounts(path, nil)
	var removed []string
	a.OnRemoved = func(names []string) { removed = append(removed, names...) }
	if a.Exists("nora") || a.Verify("nora", "password-1") {
		t.Fatal("an account before the file exists")
	}
	if err := SetAccount(path, "nora", []byte(mustHash(t, "password-1"))); err != nil {
		t.Fatal(err)
	}
	if !a.Verify("nora", "password-1") || a.Verify("nora", "password-2") || a.Verify("omar", "password-1") {
		t.Fatal("Verify after the file appeared")
	}
	SetAccount(path, "nora", []byte(mustHash(t, "password-2")))
	if a.Verify("nora", "password-1") || !a.Verify("nora", "password-2") {
		t.Error("a changed password is not picked up")
	}
	// An edit in place (same inode) with the same size is seen through its modification time.
	data, _ := os.ReadFile(path)
	other := bytes.Replace(data, []byte("nora:"), []byte("nura:"), 1)
	os.WriteFile(path, other, 0o600)
	later := time.Now().Add(2 * time.Second)
	os.Chtimes(path, later, later)
	if a.Exists("nora") || !a.Exists("nura") {
		t.Error("an in-place edit is not picked up")
	}
	if len(removed) != 1 || removed[0] != "nora" {
		t.Errorf("OnRemoved got %v, want [nora]", removed)
	}
	os.Remove(path)
	if a.Exists("nura") {
		t.Error("accounts outlive their file")
	}
}

func TestHashPassword(t *testing.T) {
	for _, bad := range []string{"", "short", strings.Repeat("x", 73), "two\nlines"} {
		if _, err := HashPassword(bad, bcrypt.MinCost); err == nil {
			t.Errorf("HashPassword(%q) accepted", bad)
		}
	}
	h, err := HashPassword("كلمة سر طويلة", bcrypt.MinCost)
	if err != nil || bcrypt.CompareHashAndPassword(h, []byte("كلمة سر طويلة")) != nil {
		t.Errorf("HashPassword of an Arabic passphrase: %v", err)
	}
}
