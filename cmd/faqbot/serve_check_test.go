package main

import (
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/crypto/bcrypt"
)

// Nonsense configuration stops the start with a message naming the setting and what is wrong.
func TestServeRefusesNonsenseConfig(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want []string
	}{
		{map[string]string{"FAQBOT_RETENTION": "30s"}, []string{"FAQBOT_RETENTION", "30s", "at least 1m"}},
		{map[string]string{"FAQBOT_SESSION_IDLE": "59s"}, []string{"FAQBOT_SESSION_IDLE", "59s", "at least 1m"}},
		{map[string]string{"FAQBOT_ALLOWED_ORIGINS": "https://ok.example, ftp://clinic.example"}, []string{"FAQBOT_ALLOWED_ORIGINS", `"ftp://clinic.example"`}},
		{map[string]string{"FAQBOT_ALLOWED_ORIGINS": "clinic.example"}, []string{"FAQBOT_ALLOWED_ORIGINS", `"clinic.example"`}},
		{map[string]string{"FAQBOT_ALLOWED_ORIGINS": "https://clinic.example/widget"}, []string{"FAQBOT_ALLOWED_ORIGINS", "no path"}},
		{map[string]string{"FAQBOT_ALLOWED_ORIGINS": "https://*.example"}, []string{"FAQBOT_ALLOWED_ORIGINS"}},
		{map[string]string{"FAQBOT_TRUSTED_PROXIES": "10.0.0.0/8, 0.0.0.0/0"}, []string{"FAQBOT_TRUSTED_PROXIES", "0.0.0.0/0", "every address"}},
		{map[string]string{"FAQBOT_TRUSTED_PROXIES": "::/0"}, []string{"FAQBOT_TRUSTED_PROXIES", "::/0"}},
	} {
		c := &cli{stderr: io.Discard, getenv: func(k string) string { return tc.env[k] }}
		_, err := parseServeFlags(c, nil)
		if err == nil {
			t.Errorf("%v: started, want refused", tc.env)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%v: %q, want it to say %q", tc.env, err, w)
			}
		}
	}
	// What makes sense still starts.
	ok := map[string]string{"FAQBOT_RETENTION": "1m", "FAQBOT_SESSION_IDLE": "1m",
		"FAQBOT_ALLOWED_ORIGINS": "https://clinic.example, http://localhost:8080, https://clinic.example/, *",
		"FAQBOT_TRUSTED_PROXIES": "10.0.0.0/8, 192.0.2.7, 2001:db8::/32"}
	if _, err := parseServeFlags(&cli{stderr: io.Discard, getenv: func(k string) string { return ok[k] }}, nil); err != nil {
		t.Errorf("sensible configuration refused: %v", err)
	}
}

func TestServeRefusesBadStaffFile(t *testing.T) {
	dir := t.TempDir()
	hash, err := bcrypt.GenerateFromPassword([]byte("a good password"), bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	bad := write("bad", "# staff\nnora\nomar:not-a-hash\n")
	for _, tc := range []struct {
		file string
		want []string
	}{
		{dir, []string{"FAQBOT_STAFF_FILE", dir, "is a folder"}},
		{bad, []string{"FAQBOT_STAFF_FILE", "no valid account", bad + ":2:", bad + ":3:"}},
		{write("empty", ""), []string{"no valid account", "faqbot staff add"}},
		{filepath.Join(dir, "missing"), []string{"missing: no such file", "faqbot staff add"}},
	} {
		cfg := testConfig()
		cfg.staff.file = tc.file
		s, err := NewServer(t.Context(), cfg, slog.New(slog.DiscardHandler))
		if err == nil {
			s.Close(t.Context())
			t.Errorf("staff file %s: started, want refused", tc.file)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("staff file %s: %q, want it to say %q", tc.file, err, w)
			}
		}
	}
	// One good line is enough; the bad ones beside it are logged when the console loads the file.
	cfg := testConfig()
	cfg.staff.file = write("good", "nora\nomar:"+string(hash)+"\n")
	s, err := NewServer(t.Context(), cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("a file with one good account refused: %v", err)
	}
	s.Close(t.Context())
}

func TestKBPathNamed(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-such-kb")
	if _, err := openIndex(missing); err == nil || !strings.Contains(err.Error(), missing) || !strings.Contains(err.Error(), "FAQBOT_KB") {
		t.Errorf("a missing --kb: %v, want an error naming %s and FAQBOT_KB", err, missing)
	}
	file := filepath.Join(t.TempDir(), "kb.md")
	os.WriteFile(file, []byte("# x\n"), 0o600)
	if _, err := openIndex(file); err == nil || !strings.Contains(err.Error(), file) || !strings.Contains(err.Error(), "not a folder") {
		t.Errorf("a file as --kb: %v, want an error naming it", err)
	}
	// Through the server's start, as the operator sees it.
	cfg := testConfig()
	cfg.kb = missing
	if _, err := NewServer(t.Context(), cfg, slog.New(slog.DiscardHandler)); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("NewServer with a missing --kb: %v, want an error naming %s", err, missing)
	}
}
