package staff

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"
)

// The accounts file is the format of `htpasswd -B`: one "name:bcrypt-hash" a line. Blank lines and
// lines starting with '#' are kept but ignored.

// MaxNameLen bounds an account name (bytes), so names fit a log line and a cookie-free key.
const MaxNameLen = 64

// MinPasswordLen is the shortest password `faqbot staff add` accepts.
const MinPasswordLen = 8

// ValidateName reports why name cannot be an account name: empty, too long, not UTF-8, or holding a
// ':' (the file's separator), a control character (newlines would split the line) or surrounding space.
func ValidateName(name string) error {
	switch {
	case name == "":
		return errors.New("the name is empty")
	case len(name) > MaxNameLen:
		return fmt.Errorf("the name is longer than %d bytes", MaxNameLen)
	case !utf8.ValidString(name):
		return errors.New("the name is not valid UTF-8")
	case strings.ContainsRune(name, ':'):
		return errors.New("the name contains ':'")
	case strings.TrimSpace(name) != name:
		return errors.New("the name starts or ends with white space")
	}
	for _, r := range name {
		if unicode.IsControl(r) {
			return errors.New("the name contains a control character (such as a newline)")
		}
	}
	return nil
}

// validHash reports whether h looks like a bcrypt hash the way htpasswd -B and Go write it.
func validHash(h string) error {
	if len(h) != 60 || h[0] != '$' || h[3] != '$' || h[6] != '$' ||
		!(h[1:3] == "2a" || h[1:3] == "2b" || h[1:3] == "2y") {
		return errors.New("not a bcrypt hash ($2a$, $2b$ or $2y$, 60 characters)")
	}
	if _, err := bcrypt.Cost([]byte(h)); err != nil {
		return fmt.Errorf("not a bcrypt hash: %v", err)
	}
	return nil
}

// LineError is one unusable line of an accounts file.
type LineError struct {
	Line int
	Err  error
}

func (e LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// ParseAccounts reads an accounts file and returns each name's hash. Unusable lines are skipped and
// reported in problems (with their line number, never their content, which may hold a hash); a name
// given twice keeps its last line, as htpasswd would have written only one.
func ParseAccounts(r io.Reader) (accounts map[string][]byte, problems []LineError, err error) {
	accounts = map[string][]byte{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 64*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, hash, ok := strings.Cut(line, ":")
		if !ok {
			problems = append(problems, LineError{n, errors.New("no ':' between name and hash")})
			continue
		}
		if err := ValidateName(name); err != nil {
			problems = append(problems, LineError{n, err})
			continue
		}
		if err := validHash(hash); err != nil {
			problems = append(problems, LineError{n, err})
			continue
		}
		accounts[name] = []byte(hash)
	}
	return accounts, problems, sc.Err()
}

// Accounts is the staff accounts file, re-read whenever it changes (checked on each use: one stat).
// A missing file means no accounts; an unreadable one keeps nobody in. Safe for concurrent use.
type Accounts struct {
	path string
	log  *slog.Logger
	// OnRemoved, when set, is called (outside the lock) with the names that a re-read found gone, so
	// their sessions can be revoked.
	OnRemoved func(names []string)

	mu     sync.Mutex
	info   os.FileInfo // of the version loaded; nil when there was no file
	hashes map[string][]byte
}

// NewAccounts returns the accounts of the file at path; log receives problems with the file.
func NewAccounts(path string, log *slog.Logger) *Accounts {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Accounts{path: path, log: log, hashes: map[string][]byte{}}
}

// Path is the accounts file's name.
func (a *Accounts) Path() string { return a.path }

// current re-reads the file if it changed since the last load and returns the names' hashes.
func (a *Accounts) current() map[string][]byte {
	a.mu.Lock()
	fi, err := os.Stat(a.path)
	if err == nil && a.info != nil && os.SameFile(fi, a.info) && fi.ModTime().Equal(a.info.ModTime()) &&
		fi.Size() == a.info.Size() {
		h := a.hashes
		a.mu.Unlock()
		return h
	}
	var next map[string][]byte
	switch {
	case errors.Is(err, os.ErrNotExist):
		if a.info != nil || len(a.hashes) > 0 {
			a.log.Warn("staff accounts file is gone: nobody can sign in", "file", a.path)
		}
		fi, next = nil, map[string][]byte{}
	case err != nil:
		a.log.Error("staff accounts file unreadable: nobody can sign in", "file", a.path, "err", err)
		fi, next = nil, map[string][]byte{}
	default:
		next = a.load(fi)
	}
	var removed []string
	for name := range a.hashes {
		if _, ok := next[name]; !ok {
			removed = append(removed, name)
		}
	}
	a.info, a.hashes = fi, next
	cb := a.OnRemoved
	a.mu.Unlock()
	if len(removed) > 0 && cb != nil {
		cb(removed)
	}
	return next
}

func (a *Accounts) load(fi os.FileInfo) map[string][]byte {
	data, err := os.ReadFile(a.path)
	if err != nil {
		a.log.Error("staff accounts file unreadable: nobody can sign in", "file", a.path, "err", err)
		return map[string][]byte{}
	}
	hashes, problems, err := ParseAccounts(bytes.NewReader(data))
	if err != nil {
		a.log.Error("staff accounts file unreadable: nobody can sign in", "file", a.path, "err", err)
		return map[string][]byte{}
	}
	for _, p := range problems {
		a.log.Warn("staff accounts file: line skipped", "file", a.path, "line", p.Line, "problem", p.Err.Error())
	}
	if fi.Mode().Perm()&0o077 != 0 {
		a.log.Warn("staff accounts file is readable by others; chmod 600 it", "file", a.path)
	}
	a.log.Info("staff accounts loaded", "file", a.path, "accounts", len(hashes))
	return hashes
}

// Exists reports whether name is an account now.
func (a *Accounts) Exists(name string) bool {
	_, ok := a.current()[name]
	return ok
}

// dummyHashes holds, per bcrypt cost, a hash that unknown names are checked against, so that a
// wrong name takes as long as a wrong password and does not reveal which names exist.
var dummyHashes sync.Map // int → []byte

func dummyHash(cost int) []byte {
	if h, ok := dummyHashes.Load(cost); ok {
		return h.([]byte)
	}
	h, err := bcrypt.GenerateFromPassword([]byte("no such account"), cost)
	if err != nil {
		h, _ = bcrypt.GenerateFromPassword([]byte("no such account"), bcrypt.DefaultCost)
	}
	dummyHashes.Store(cost, h)
	return h
}

// Verify reports whether password is name's password. An unknown name costs one bcrypt
// comparison at the cost the file's accounts use, like a known one.
func (a *Accounts) Verify(name, password string) bool {
	hashes := a.current()
	h, ok := hashes[name]
	if !ok {
		cost := bcrypt.DefaultCost
		for _, other := range hashes {
			if c, err := bcrypt.Cost(other); err == nil {
				cost = c
			}
			break
		}
		bcrypt.CompareHashAndPassword(dummyHash(cost), []byte(password))
		return false
	}
	return bcrypt.CompareHashAndPassword(h, []byte(password)) == nil
}

// HashPassword returns the bcrypt hash `faqbot staff add` stores, after checking the password's length.
func HashPassword(password string, cost int) ([]byte, error) {
	if utf8.RuneCountInString(password) < MinPasswordLen {
		return nil, fmt.Errorf("the password is shorter than %d characters", MinPasswordLen)
	}
	if len(password) > 72 {
		return nil, errors.New("the password is longer than 72 bytes, which bcrypt cannot use")
	}
	if strings.ContainsAny(password, "\r\n") {
		return nil, errors.New("the password contains a line break")
	}
	return bcrypt.GenerateFromPassword([]byte(password), cost)
}

// SetAccount adds or replaces name's line in the accounts file at path (creating it), keeping every
// other line as it was. The file is replaced atomically (temporary file and rename) with mode 0600.
func SetAccount(path, name string, hash []byte) error {
	if err := ValidateName(name); err != nil {
		return err
	}
	if err := validHash(string(hash)); err != nil {
		return err
	}
	return rewrite(path, name, name+":"+string(hash), true)
}

// RemoveAccount removes name's line from the accounts file at path. It returns an error wrapping
// os.ErrNotExist when there is no such account.
func RemoveAccount(path, name string) error {
	return rewrite(path, name, "", false)
}

// rewrite replaces (or with line empty, removes) name's lines in the file.
func rewrite(path, name, line string, create bool) error {
	data, err := os.ReadFile(path)
	if err != nil && !(create && errors.Is(err, os.ErrNotExist)) {
		return err
	}
	var out bytes.Buffer
	found := false
	for l := range strings.Lines(string(data)) {
		bare := strings.TrimRight(l, "\r\n")
		if n, _, ok := strings.Cut(bare, ":"); ok && n == name {
			if !found && line != "" {
				out.WriteString(line + "\n")
			}
			found = true
			continue
		}
		out.WriteString(bare + "\n")
	}
	if !found {
		if line == "" {
			return fmt.Errorf("no account %q in %s: %w", name, path, os.ErrNotExist)
		}
		out.WriteString(line + "\n")
	}
	return writeAtomic(path, out.Bytes())
}

// writeAtomic writes data to a temporary file beside path and renames it over path, so a reader
// (the server re-reading the file) never sees half a file.
func writeAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // after a successful rename there is nothing left to remove
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
