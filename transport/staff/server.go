package staff

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/netip"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
)

// Defaults of Config's zero values.
const (
	DefaultQuiet      = 30 * time.Minute
	DefaultSessionTTL = 12 * time.Hour // one working shift
	DefaultRetention  = 90 * 24 * time.Hour
	// Sign-in attempts allowed within FailWindow before 429: per name from one client address, per
	// address (all names), and per name from all addresses together. The last is higher so that
	// someone elsewhere cannot lock a colleague out with a few guesses, yet a guesser spread over
	// many addresses is still stopped.
	DefaultNameFailures      = 5
	DefaultAddrFailures      = 20
	DefaultNameTotalFailures = 50
	DefaultFailWindow        = 15 * time.Minute
	// heartbeat keeps event streams open through proxies and re-checks the session.
	DefaultHeartbeat = 20 * time.Second
)

// Sessions keeps staff sessions. Keys are hashes of the cookie's value, never the value itself.
type Sessions interface {
	// NewStaffSession stores session key for staff member name, expiring after ttl.
	NewStaffSession(ctx context.Context, key, name string, ttl time.Duration) error
	// StaffSession returns the name of session key; bot.ErrNotFound when it does not exist or expired.
	StaffSession(ctx context.Context, key string) (string, error)
	// EndStaffSession deletes session key (nil when there was none).
	EndStaffSession(ctx context.Context, key string) error
	// EndStaffSessionsOf deletes every session of name.
	EndStaffSessionsOf(ctx context.Context, name string) error
}

// Throttle counts sign-in attempts under keys, each counter expiring window after its first attempt.
type Throttle interface {
	// ReserveLogin counts one attempt under every limit in one atomic step, unless one has reached
	// its Max: then it counts nothing and returns false. Done before the password is checked, so
	// attempts racing each other cannot pass a limit.
	ReserveLogin(ctx context.Context, window time.Duration, limits ...redisstore.LoginLimit) (bool, error)
	// ReleaseLogin gives one attempt back under each key (it was not a failure).
	ReleaseLogin(ctx context.Context, keys ...string) error
	ClearLoginFailures(ctx context.Context, keys ...string) error
}

// Conversations is what the console reads and changes of the conversation log.
type Conversations interface {
	// Conversations returns summaries by last activity, newest first, per q; next is "" at the end.
	Conversations(ctx context.Context, q redisstore.ConvQuery) (list []redisstore.Summary, next string, err error)
	// Summary returns one conversation's summary; bot.ErrNotFound when it has no log.
	Summary(ctx context.Context, conv string) (redisstore.Summary, error)
	// Histories returns the logs of convs (one round trip), in order.
	Histories(ctx context.Context, convs ...string) ([][]bot.Entry, error)
	// SetReview marks conv reviewed; bot.ErrNotFound when it has no log.
	SetReview(ctx context.Context, conv string, r redisstore.Review) error
	// Hold pauses the bot in conv until until; zero releases it.
	Hold(ctx context.Context, conv string, until time.Time) error
	// AppendStaff adds a staff entry to conv's log without touching its session.
	AppendStaff(ctx context.Context, conv string, e bot.Entry) error
	// Erase deletes every key and index entry of conv; false when there was nothing to erase.
	Erase(ctx context.Context, conv string) (bool, error)
	// Idle returns up to n conversations whose last activity is before t, oldest first.
	Idle(ctx context.Context, t time.Time, n int) ([]string, error)
}

// AuditTrail records what staff did.
type AuditTrail interface {
	Audit(ctx context.Context, a redisstore.AuditRecord) error
	// AuditOnce records a unless an identical (who, action, conv) record was made within window.
	AuditOnce(ctx context.Context, a redisstore.AuditRecord, window time.Duration) error
	// AuditLog returns up to n records older than cursor ("" for the newest), newest first.
	AuditLog(ctx context.Context, cursor string, n int) (list []redisstore.AuditRecord, next string, err error)
}

// Backend is all the console keeps in Redis; *redisstore.Store implements it.
type Backend interface {
	Sessions
	Throttle
	Conversations
	AuditTrail
}

// Patients reaches the patient of a conversation on its channel.
type Patients interface {
	// Send delivers staff entry e to the patient of conversation c, reporting whether it reached
	// them now. A web patient who is not connected gets it from the history when they come back
	// (false, nil); an error means it could not be sent (the entry is logged as failed).
	Send(ctx context.Context, c redisstore.Summary, e bot.Entry) (delivered bool, err error)
	// Live reports whether a patient can be reached now: connected (web), or within WhatsApp's
	// 24-hour window since their last message.
	Live(c redisstore.Summary) bool
}

// ManyLive is a Patients that tells many conversations' Live at once: the list asks it once a page
// instead of once a row (for web patients on other replicas, one Redis round trip instead of many).
type ManyLive interface {
	LiveMany(cs []redisstore.Summary) []bool
}

// live returns Live for each of cs, asking each channel's Patients once.
func (s *Server) live(cs []redisstore.Summary) []bool {
	out := make([]bool, len(cs))
	byChannel := map[string][]int{}
	for i, c := range cs {
		byChannel[c.Channel] = append(byChannel[c.Channel], i)
	}
	for channel, idx := range byChannel {
		p := s.cfg.Patients[channel]
		if p == nil {
			continue
		}
		if m, ok := p.(ManyLive); ok {
			group := make([]redisstore.Summary, len(idx))
			for j, i := range idx {
				group[j] = cs[i]
			}
			for j, ok := range m.LiveMany(group) {
				out[idx[j]] = ok
			}
			continue
		}
		for _, i := range idx {
			out[i] = p.Live(cs[i])
		}
	}
	return out
}

// BotSender is a Patients that also delivers the bot's entries: the answers given, once staff
// release a conversation, to the messages they left unanswered (Config.Answer).
type BotSender interface {
	// SendBot delivers bot entry e (its Reply set, its MsgID the message it answers) to the
	// patient of c, reporting whether it reached them now; as Send.
	SendBot(ctx context.Context, c redisstore.Summary, e bot.Entry) (delivered bool, err error)
}

// HoldNotifier is a Patients that wants to hear when staff take a conversation over or release
// it: web connections keep the hold in memory between messages (bot.Live).
type HoldNotifier interface {
	HoldChanged(c redisstore.Summary)
}

// holdChanged tells conversation c's channel, if it listens, that its hold changed.
func (s *Server) holdChanged(c redisstore.Summary) {
	if n, ok := s.cfg.Patients[c.Channel].(HoldNotifier); ok {
		n.HoldChanged(c)
	}
}

// Config configures a Server. Zero values mean the documented defaults.
type Config struct {
	// Accounts is the accounts file; nil turns the console off (every API route answers 503).
	Accounts *Accounts
	Backend  Backend
	// Patients reaches patients per channel (bot.ChannelWeb, bot.ChannelWhatsApp). A channel without
	// one cannot be replied to and is never live.
	Patients map[string]Patients
	// Answer, when set, has the bot answer (and log) the patient messages staff left unanswered
	// in conversation c when they release it: bot.Service.AnswerPending. The answers are
	// delivered through the channel's Patients when it is a BotSender. nil: those messages wait.
	Answer func(ctx context.Context, c redisstore.Summary) ([]bot.Entry, error)
	// Bus carries live updates to open consoles; nil: a MemBus.
	Bus Bus
	Log *slog.Logger
	// Now is the clock; nil: time.Now.
	Now func() time.Time
	// Quiet is how long a staff reply keeps the bot silent in that conversation (default 30 min).
	Quiet time.Duration
	// SessionTTL is how long a staff session lasts (default 12 h).
	SessionTTL time.Duration
	// InsecureCookies drops the Secure attribute, for plain-http development only.
	InsecureCookies bool
	// NameFailures, AddrFailures and NameTotalFailures are the failed sign-ins allowed within
	// FailWindow per name from one address, per address, and per name from every address (defaults
	// 5, 20, 50, 15 min).
	NameFailures, AddrFailures, NameTotalFailures int
	FailWindow                                    time.Duration
	// TrustedProxies are the reverse proxies whose X-Forwarded-For names the client address the
	// sign-in limits count (FAQBOT_TRUSTED_PROXIES); empty: the TCP peer.
	TrustedProxies []netip.Prefix
	// PasswordChecks bounds the bcrypt comparisons running at once, so sign-ins cannot take every
	// core from patients (default GOMAXPROCS/2, at least 1). A sign-in that waits longer than
	// checkWait for a turn is answered 503 with Retry-After, its attempt given back.
	PasswordChecks int
	// Heartbeat is the event stream's keep-alive and session re-check period (default 20 s).
	Heartbeat time.Duration
}

// Server is the staff console's API. The zero value is not usable; call New.
type Server struct {
	cfg     Config
	log     *slog.Logger
	bus     Bus
	routes  []route
	handler http.Handler

	closeOnce sync.Once
	done      chan struct{} // closed by Close: event streams end

	// checkSlots holds a token per bcrypt comparison running (Config.PasswordChecks).
	checkSlots chan struct{}
	// checks counts bcrypt comparisons made, for tests.
	checks atomic.Int64
}

// New returns a Server for cfg.
func New(cfg Config) *Server {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Quiet <= 0 {
		cfg.Quiet = DefaultQuiet
	}
	if cfg.SessionTTL <= 0 {
		cfg.SessionTTL = DefaultSessionTTL
	}
	if cfg.NameFailures <= 0 {
		cfg.NameFailures = DefaultNameFailures
	}
	if cfg.AddrFailures <= 0 {
		cfg.AddrFailures = DefaultAddrFailures
	}
	if cfg.NameTotalFailures <= 0 {
		cfg.NameTotalFailures = DefaultNameTotalFailures
	}
	if cfg.PasswordChecks <= 0 {
		cfg.PasswordChecks = max(1, runtime.GOMAXPROCS(0)/2)
	}
	if cfg.FailWindow <= 0 {
		cfg.FailWindow = DefaultFailWindow
	}
	if cfg.Heartbeat <= 0 {
		cfg.Heartbeat = DefaultHeartbeat
	}
	if cfg.Bus == nil {
		cfg.Bus = NewMemBus()
	}
	s := &Server{cfg: cfg, log: cfg.Log, bus: cfg.Bus, done: make(chan struct{}),
		checkSlots: make(chan struct{}, cfg.PasswordChecks)}
	if cfg.Accounts != nil && cfg.Accounts.OnRemoved == nil {
		cfg.Accounts.OnRemoved = s.revoke
	}
	s.routes = s.table()
	s.handler = s.build()
	return s
}

// Enabled reports whether the console is on (an accounts file is configured).
func (s *Server) Enabled() bool { return s.cfg.Accounts != nil }

// Bus is where the server's live updates go; wrap the bot's Store with NotifyStore on it.
func (s *Server) Bus() Bus { return s.bus }

// Close ends open event streams, so http.Server.Shutdown does not wait for them. Register it with
// http.Server.RegisterOnShutdown.
func (s *Server) Close() { s.closeOnce.Do(func() { close(s.done) }) }

// ServeHTTP serves /api/staff/.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Register mounts the API on mux under /api/staff/.
func (s *Server) Register(mux *http.ServeMux) { mux.Handle("/api/staff/", s) }

// route is one API route. Only routes marked public skip the session check.
type route struct {
	pattern string
	public  bool
	h       func(w http.ResponseWriter, r *http.Request, who string)
}

// Route is a route of the API, for tests that walk the table.
type Route struct {
	Pattern string
	Public  bool
}

// Routes lists every API route.
func (s *Server) Routes() []Route {
	out := make([]Route, len(s.routes))
	for i, rt := range s.routes {
		out[i] = Route{rt.pattern, rt.public}
	}
	return out
}

func (s *Server) table() []route {
	return []route{
		{"POST /api/staff/login", true, s.login},
		{"POST /api/staff/logout", true, s.logout},
		{"GET /api/staff/me", false, s.me},
		{"GET /api/staff/conversations", false, s.list},
		{"GET /api/staff/conversations/{id}", false, s.detail},
		{"POST /api/staff/conversations/{id}/review", false, s.review},
		{"POST /api/staff/conversations/{id}/reply", false, s.reply},
		{"POST /api/staff/conversations/{id}/release", false, s.release},
		{"DELETE /api/staff/conversations/{id}", false, s.erase},
		{"GET /api/staff/unanswered", false, s.unanswered},
		{"GET /api/staff/export", false, s.export},
		{"GET /api/staff/audit", false, s.audit},
		{"GET /api/staff/events", false, s.events},
		// Anything else under /api/staff/: 401 without a session, 404 with one.
		{"/api/staff/", false, func(w http.ResponseWriter, r *http.Request, _ string) {
			writeError(w, http.StatusNotFound, "no such staff API route")
		}},
	}
}

func (s *Server) build() http.Handler {
	mux := http.NewServeMux()
	for _, rt := range s.routes {
		rt := rt
		var h http.Handler
		switch {
		case !s.Enabled():
			h = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				writeError(w, http.StatusServiceUnavailable,
					"the staff console is off: set FAQBOT_STAFF_FILE to a staff accounts file (faqbot staff add NAME) and restart")
			})
		case rt.public:
			h = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { rt.h(w, r, "") })
		default:
			h = s.authenticated(rt.h)
		}
		mux.Handle(rt.pattern, h)
	}
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusForbidden, "cross-origin request refused")
	}))
	return noStore(cop.Handler(mux))
}

// noStore keeps API answers (patient data) out of caches.
func noStore(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		h.ServeHTTP(w, r)
	})
}

// now returns the clock's time in UTC.
func (s *Server) now() time.Time { return s.cfg.Now().UTC() }

// maxBody bounds JSON request bodies; a staff reply is at most a few KiB.
const maxBody = 64 << 10

func readJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, "request body too large")
		} else {
			writeError(w, http.StatusBadRequest, "request body is not the expected JSON object: "+err.Error())
		}
		return false
	}
	return true
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// fail answers an internal error: the staff member sees a plain message, the log gets the cause
// (never patient text: backend errors carry keys and codes only).
func (s *Server) fail(w http.ResponseWriter, r *http.Request, op string, err error) {
	switch {
	case errors.Is(err, bot.ErrNotFound):
		writeError(w, http.StatusNotFound, "no such conversation")
	case errors.Is(err, context.Canceled):
		// The client went away; nobody to answer.
	default:
		s.log.ErrorContext(r.Context(), "staff api failed", "op", op, "err", err)
		writeError(w, http.StatusServiceUnavailable, "the conversation store is not answering; try again shortly")
	}
}
