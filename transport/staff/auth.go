package staff

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net"
	"net/http"
	"strconv"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
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

// throttleKeys name the failure counters of a name and of a client address. The name is hashed:
// it is whatever a client typed, of any length.
func throttleKeys(name, addr string) (nameKey, addrKey string) {
	sum := sha256.Sum256([]byte(name))
	return "name:" + hex.EncodeToString(sum[:12]), "addr:" + addr
}

// clientAddr is the connecting address. Behind a reverse proxy every client shares the proxy's
// address, so the per-address limit is generous; the per-name limit still protects each account.
// X-Forwarded-For is not trusted: any client can set it.
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
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
	addr := clientAddr(r)
	nameKey, addrKey := throttleKeys(req.Name, addr)
	counts, err := s.cfg.Backend.LoginFailures(ctx, nameKey, addrKey)
	if err != nil {
		s.fail(w, r, "login throttle", err)
		return
	}
	if counts[0] >= int64(s.cfg.NameFailures) || counts[1] >= int64(s.cfg.AddrFailures) {
		s.log.WarnContext(ctx, "staff sign-in throttled", "addr", addr)
		w.Header().Set("Retry-After", strconv.Itoa(int(s.cfg.FailWindow.Seconds())))
		writeError(w, http.StatusTooManyRequests, "too many failed sign-ins; wait a few minutes and try again")
		return
	}
	if !s.cfg.Accounts.Verify(req.Name, req.Password) {
		if err := s.cfg.Backend.CountLoginFailure(ctx, s.cfg.FailWindow, nameKey, addrKey); err != nil {
			s.fail(w, r, "login throttle", err)
			return
		}
		s.log.WarnContext(ctx, "staff sign-in failed", "addr", addr)
		writeError(w, http.StatusUnauthorized, "wrong name or password")
		return
	}
	id := bot.NewID()
	if err := s.cfg.Backend.NewStaffSession(ctx, sessionKey(id), req.Name, s.cfg.SessionTTL); err != nil {
		s.fail(w, r, "login session", err)
		return
	}
	// Only the name's counter is cleared: an address that guessed one account right may still be
	// guessing others.
	if err := s.cfg.Backend.ClearLoginFailures(ctx, nameKey); err != nil {
		s.log.WarnContext(ctx, "staff sign-in: clearing failure count failed", "err", err)
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
		if err == nil {
			if err := s.cfg.Backend.EndStaffSession(r.Context(), key); err != nil {
				s.fail(w, r, "logout", err)
				return
			}
			s.record(r.Context(), redisstore.AuditRecord{Who: name, Action: "logout"})
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
