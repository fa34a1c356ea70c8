package staff

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/transport/httpx"
)

// cookieName is the session cookie's name. With Secure cookies the __Host- prefix makes browsers
// refuse it unless it is Secure, host-only and for path /, so a sibling subdomain cannot plant one.
func (s *Server) cookieName() string {
	if s.cfg.InsecureCookies {
		return "faqbot_staff"
	}
	return "__Host-faqbot_staff"
}

// sessionKey is what Redis keeps of a session id: its hash, so a copy of Redis holds no working cookie.
func sessionKey(id string) string {
	sum := sha256.Sum256([]byte(id))
	return hex.EncodeToString(sum[:])
}

// throttleKeys name the attempt counters of a name from one address, of an address, and of a name
// from every address. Names are hashed: they are whatever a client typed, of any length.
func throttleKeys(name, addr string) (pairKey, addrKey, nameKey string) {
	n := sha256.Sum256([]byte(name))
	p := sha256.Sum256([]byte(name + "\x00" + addr))
	return "pair:" + hex.EncodeToString(p[:12]), "addr:" + addr, "name:" + hex.EncodeToString(n[:12])
}

// checkWait is how long a sign-in waits for a turn at bcrypt before 503: long enough to ride out
// a burst of colleagues signing in, short enough that a flood is refused rather than queued.
const checkWait = 2 * time.Second

// verify checks name's password, at most Config.PasswordChecks at a time; ok is false when no turn
// came within checkWait (or the client left).
func (s *Server) verify(ctx context.Context, name, password string) (good, ok bool) {
	t := time.NewTimer(checkWait)
	defer t.Stop()
	select {
	case s.checkSlots <- struct{}{}:
	case <-t.C:
		return false, false
	case <-ctx.Done():
		return false, false
	}
	defer func() { <-s.checkSlots }()
	s.checks.Add(1)
	return s.cfg.Accounts.Verify(name, password), true
}

type loginRequest struct {
	Name     string `json:"name"`
	Password string `json:"password"`
}

func (s *Server) login(w http.ResponseWriter, r *http.Request, _ string) {
	var req loginRequest
	if !readJSON(w, r, &req) {
		return
	}
	ctx := r.Context()
	addr := httpx.ClientKey(r, s.cfg.TrustedProxies)
	pairKey, addrKey, nameKey := throttleKeys(req.Name, addr)
	// The attempt is counted before the password is checked, in one step with the check of the
	// limits, so parallel guesses cannot all pass a limit before any of them is counted. A failure
	// keeps its count; a success or an unchecked attempt gives it back.
	ok, err := s.cfg.Backend.ReserveLogin(ctx, s.cfg.FailWindow,
		redisstore.LoginLimit{Key: pairKey, Max: int64(s.cfg.NameFailures)},
		redisstore.LoginLimit{Key: addrKey, Max: int64(s.cfg.AddrFailures)},
		redisstore.LoginLimit{Key: nameKey, Max: int64(s.cfg.NameTotalFailures)})
	if err != nil {
		s.fail(w, r, "login throttle", err)
		return
	}
	if !ok {
		s.log.WarnContext(ctx, "staff sign-in throttled", "addr", addr)
		w.Header().Set("Retry-After", strconv.Itoa(int(s.cfg.FailWindow.Seconds())))
		writeError(w, http.StatusTooManyRequests, "too many failed sign-ins; wait a few minutes and try again")
		return
	}
	good, checked := s.verify(ctx, req.Name, req.Password)
	if !checked {
		if err := s.cfg.Backend.ReleaseLogin(context.WithoutCancel(ctx), pairKey, addrKey, nameKey); err != nil {
			s.log.WarnContext(ctx, "staff sign-in: giving back an attempt failed", "err", err)
		}
		s.log.WarnContext(ctx, "staff sign-in: too many at once", "addr", addr)
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusServiceUnavailable, "too many sign-ins at once; try again in a moment")
		return
	}
	if !good {
		s.log.WarnContext(ctx, "staff sign-in failed", "addr", addr)
		writeError(w, http.StatusUnauthorized, "wrong name or password")
		return
	}
	id := bot.NewID()
	if err := s.cfg.Backend.NewStaffSession(ctx, sessionKey(id), req.Name, s.cfg.SessionTTL); err != nil {
		s.fail(w, r, "login session", err)
		return
	}
	// The name's failures from this address are forgiven; the address's and the name's totals only
	// get this attempt back: an address that guessed one account right may still be guessing others.
	wctx := context.WithoutCancel(ctx)
	if err := s.cfg.Backend.ClearLoginFailures(wctx, pairKey); err != nil {
		s.log.WarnContext(ctx, "staff sign-in: clearing failure count failed", "err", err)
	}
	if err := s.cfg.Backend.ReleaseLogin(wctx, addrKey, nameKey); err != nil {
		s.log.WarnContext(ctx, "staff sign-in: giving back an attempt failed", "err", err)
	}
	http.SetCookie(w, &http.Cookie{
		Name: s.cookieName(), Value: id, Path: "/", MaxAge: int(s.cfg.SessionTTL.Seconds()),
		HttpOnly: true, Secure: !s.cfg.InsecureCookies, SameSite: http.SameSiteStrictMode,
	})
	s.log.InfoContext(ctx, "staff signed in", "staff", req.Name)
	s.record(ctx, redisstore.AuditRecord{Who: req.Name, Action: "login"})
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request, _ string) {
	if c, err := r.Cookie(s.cookieName()); err == nil && c.Value != "" {
		key := sessionKey(c.Value)
		name, err := s.cfg.Backend.StaffSession(r.Context(), key)
		switch {
		case err == nil:
			if err := s.cfg.Backend.EndStaffSession(r.Context(), key); err != nil {
				s.fail(w, r, "logout", err)
				return
			}
			s.record(r.Context(), redisstore.AuditRecord{Who: name, Action: "logout"})
		case !errors.Is(err, bot.ErrNotFound):
			// The store is away: answering 204 would leave the session alive behind a cleared
			// cookie. Keep the cookie so the console can sign out again.
			s.fail(w, r, "logout", err)
			return
		}
	}
	http.SetCookie(w, &http.Cookie{Name: s.cookieName(), Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, Secure: !s.cfg.InsecureCookies, SameSite: http.SameSiteStrictMode})
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) me(w http.ResponseWriter, r *http.Request, who string) {
	writeJSON(w, http.StatusOK, map[string]any{"name": who, "quiet": s.cfg.Quiet.String()})
}

// errNoSession is any reason a request has no valid session.
var errNoSession = errors.New("no staff session")

// who returns the staff member signed in on r: the session must exist and its account must still
// be in the accounts file (a removed account's session is deleted on the spot).
func (s *Server) who(ctx context.Context, r *http.Request) (string, error) {
	c, err := r.Cookie(s.cookieName())
	if err != nil || c.Value == "" {
		return "", errNoSession
	}
	key := sessionKey(c.Value)
	name, err := s.cfg.Backend.StaffSession(ctx, key)
	if errors.Is(err, bot.ErrNotFound) {
		return "", errNoSession
	}
	if err != nil {
		return "", err
	}
	if !s.cfg.Accounts.Exists(name) {
		if err := s.cfg.Backend.EndStaffSession(ctx, key); err != nil {
			s.log.WarnContext(ctx, "staff: ending a removed account's session failed", "err", err)
		}
		return "", errNoSession
	}
	return name, nil
}

// authenticated runs h for a signed-in staff member, and answers 401 otherwise.
func (s *Server) authenticated(h func(http.ResponseWriter, *http.Request, string)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, err := s.who(r.Context(), r)
		switch {
		case errors.Is(err, errNoSession):
			writeError(w, http.StatusUnauthorized, "sign in first")
		case err != nil:
			s.fail(w, r, "session", err)
		default:
			h(w, r, name)
		}
	})
}

// revoke ends every session of accounts the accounts file no longer has.
func (s *Server) revoke(names []string) {
	ctx := context.Background()
	for _, n := range names {
		if err := s.cfg.Backend.EndStaffSessionsOf(ctx, n); err != nil {
			s.log.Error("staff: revoking a removed account's sessions failed", "staff", n, "err", err)
			continue
		}
		s.log.Info("staff account removed: sessions revoked", "staff", n)
	}
}

// record appends to the audit trail, logging (not failing the request) when it cannot: the action
// already happened.
func (s *Server) record(ctx context.Context, a redisstore.AuditRecord) {
	if a.At.IsZero() {
		a.At = s.now()
	}
	if err := s.cfg.Backend.Audit(ctx, a); err != nil {
		s.log.ErrorContext(ctx, "staff audit write failed", "action", a.Action, "conv", a.Conv, "err", err)
		return
	}
	s.bus.Publish(Event{Type: "audit", Conv: a.Conv})
}
