package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/faqbot/faqbot/transport/staff"
)

// minDuration is the shortest retention or session idle time that makes sense: anything shorter
// is a unit mistake ("90" meant as days, "30s" as minutes), and would erase conversations or end
// sessions while patients type.
const minDuration = time.Minute

// checkServeConfig refuses flag values that parse but cannot be meant, saying what is wrong and
// where, so a mistake stops the start instead of surfacing as odd behaviour later.
func checkServeConfig(cfg serveConfig) error {
	var errs []error
	if cfg.retention < minDuration {
		errs = append(errs, fmt.Errorf("--retention (FAQBOT_RETENTION) %v: want at least %v, such as 90d", cfg.retention, minDuration))
	}
	if cfg.sessionIdle < minDuration {
		errs = append(errs, fmt.Errorf("--session-idle (FAQBOT_SESSION_IDLE) %v: want at least %v, such as 30m", cfg.sessionIdle, minDuration))
	}
	for _, o := range cfg.origins {
		if err := checkOrigin(o); err != nil {
			errs = append(errs, fmt.Errorf("--allowed-origins (FAQBOT_ALLOWED_ORIGINS) %q: %v", o, err))
		}
	}
	for _, p := range cfg.perAddr.trusted {
		if p.Bits() == 0 {
			errs = append(errs, fmt.Errorf("--trusted-proxies (FAQBOT_TRUSTED_PROXIES) %s: trusts every address, so any client could name itself in X-Forwarded-For; list your proxies' addresses", p))
		}
	}
	return errors.Join(errs...)
}

// checkStaff refuses a staff accounts file nobody could sign in with (see checkStaffFile). It runs
// when the server starts rather than when flags are parsed: the file is the world's, not the flags'.
func checkStaff(cfg serveConfig) error {
	if cfg.staff.file == "" {
		return nil
	}
	if err := checkStaffFile(cfg.staff.file); err != nil {
		return fmt.Errorf("--staff-file (FAQBOT_STAFF_FILE) %w", err)
	}
	return nil
}

// checkOrigin accepts "*" and an origin as a browser sends it: http or https, a host, nothing after.
func checkOrigin(o string) error {
	if o == "*" {
		return nil
	}
	const want = "want an origin such as https://clinic.example (scheme and host, no path), or *"
	u, err := url.Parse(o)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || strings.Contains(u.Host, "*") {
		return errors.New(want)
	}
	return nil
}

// checkStaffFile refuses an accounts file nobody could sign in with: missing, a folder, unreadable,
// or without one usable account line (each unusable line named as file:line).
func checkStaffFile(path string) error {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: no such file; create it with: faqbot staff add NAME", path)
	case err != nil:
		return err
	case fi.IsDir():
		return fmt.Errorf("%s: is a folder, want the accounts file (name:bcrypt-hash lines)", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	accounts, problems, err := staff.ParseAccounts(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	if len(accounts) > 0 {
		return nil // unusable lines beside good ones are logged when the console loads the file
	}
	msg := fmt.Sprintf("%s: no valid account (name:bcrypt-hash lines); add one with: faqbot staff add NAME", path)
	for _, p := range problems {
		msg += fmt.Sprintf("\n%s:%d: %v", path, p.Line, p.Err)
	}
	return errors.New(msg)
}
