package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/transport/staff"
	"github.com/faqbot/faqbot/transport/ws"
	"github.com/faqbot/faqbot/web/staffui"
)

// The staff console's part of faqbot serve: its flags, its routes (GET /staff and /api/staff/), the
// live-update wrapper around the bot's store, the channels it writes to patients through, and the
// retention sweeper (which runs whether or not the console is on: retention is not optional).

// staffConfig is the console's part of serveConfig.
type staffConfig struct {
	// file is the accounts file; "" turns the console off.
	file string
	// insecureCookies drops Secure from the session cookie (plain-http development only).
	insecureCookies bool
	// quiet is how long a staff reply keeps the bot silent.
	quiet time.Duration
}

// staffFlags registers the console's flags on fs; call the function it returns after fs.Parse.
func staffFlags(fs *flag.FlagSet, c *cli) func() (staffConfig, error) {
	var cfg staffConfig
	fs.StringVar(&cfg.file, "staff-file", c.getenv("FAQBOT_STAFF_FILE"),
		"staff accounts `file` (name:bcrypt-hash lines; faqbot staff add NAME) (env FAQBOT_STAFF_FILE; default: the staff console is off)")
	insecure := fs.Bool("insecure-cookies", c.getenv("FAQBOT_INSECURE_COOKIES") == "1",
		"send the staff session cookie without Secure, for plain-http development (env FAQBOT_INSECURE_COOKIES=1)")
	quiet := fs.String("staff-quiet", envOr(c, "FAQBOT_STAFF_QUIET", staff.DefaultQuiet.String()),
		"how long a staff reply keeps the bot silent in that conversation (env FAQBOT_STAFF_QUIET)")
	return func() (staffConfig, error) {
		cfg.insecureCookies = *insecure
		d, err := parseDays(*quiet)
		if err != nil {
			return cfg, fmt.Errorf("--staff-quiet (FAQBOT_STAFF_QUIET): %v", err)
		}
		cfg.quiet = d
		return cfg, nil
	}
}

func envOr(c *cli, name, def string) string {
	if v := strings.TrimSpace(c.getenv(name)); v != "" {
		return v
	}
	return def
}

// staffParts is what the server keeps of the console.
type staffParts struct {
	api *staff.Server
	// whatsapp sends staff messages to WhatsApp patients; set by the WhatsApp mount when the
	// channel is configured (nil: replies to WhatsApp conversations fail with a clear error).
	whatsapp whatsappSender
	// stopSweep ends the retention sweeper and waits for it.
	stopSweep func()
	// urgent tells open consoles of a red flag (staff.NotifyEmergency); nil until mountStaff.
	urgent func(bot.Session)
}

// onEmergency is bot.Service.OnEmergency: a red flag was answered with the emergency guidance.
// It is logged (the conversation id only) and open consoles are told at once, before the log
// write, which may wait for Redis.
func (s *Server) onEmergency(sess bot.Session) {
	s.log.Warn("red flag: emergency guidance given", "conv", sess.ConversationID, "channel", sess.Channel)
	if s.staff.urgent != nil {
		s.staff.urgent(sess)
	}
}

// whatsappSender is what the console needs of a WhatsApp channel: *whatsapp.Bridge, or Twilio's
// handler adapted. It records a failed send on the entry itself.
type whatsappSender interface {
	SendText(ctx context.Context, conv, waID, entryID, text string) error
}

// mountStaff serves the console and its API, makes the bot's store tell open consoles about new
// entries, and starts the retention sweeper.
func (s *Server) mountStaff(mux *http.ServeMux) error {
	sc := s.cfg.staff
	cfg := staff.Config{
		Backend: s.redis,
		Patients: map[string]staff.Patients{
			bot.ChannelWeb:      webPatients{s.deliverer()},
			bot.ChannelWhatsApp: whatsappPatients{s},
		},
		// Released conversations: the bot answers what staff left unanswered.
		Answer: func(ctx context.Context, c redisstore.Summary) ([]bot.Entry, error) {
			return s.svc.AnswerPending(ctx, bot.Session{ConversationID: c.ID, Channel: c.Channel, Patient: c.Patient})
		},
		Bus:             s.staffBus(), // nil: the console's own
		Log:             s.log,
		Quiet:           sc.quiet,
		InsecureCookies: sc.insecureCookies,
		// Sign-in limits count the client a trusted proxy names, as /ws's per-address limits do.
		TrustedProxies: s.cfg.perAddr.trusted,
	}
	if sc.file != "" {
		cfg.Accounts = staff.NewAccounts(sc.file, s.log)
		if _, err := os.Stat(sc.file); err != nil {
			s.log.Warn("staff accounts file not readable: nobody can sign in until it is (faqbot staff add NAME)",
				"file", sc.file, "err", err)
		}
	}
	api := staff.New(cfg)
	s.staff.api = api
	s.staff.urgent = staff.NotifyEmergency(api.Bus())
	// Entries written by the bot (any channel) reach open consoles through the bus, once they are
	// in Redis (the buffer writes behind the answers).
	s.buffer.OnWritten(staff.NotifyWritten(api.Bus()))
	staffui.Register(mux, !api.Enabled())
	api.Register(mux)
	if api.Enabled() {
		s.log.Info("staff console on", "accounts", sc.file, "quiet", sc.quiet.String())
	} else {
		s.log.Info("staff console off: set FAQBOT_STAFF_FILE to turn it on")
	}

	sw := &staff.Sweeper{Store: s.redis, Retention: s.cfg.retention, Bus: api.Bus(), Log: s.log}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { sw.Run(ctx); close(done) }()
	s.staff.stopSweep = func() { cancel(); <-done }
	return nil
}

// closeStaff ends the console's event streams, so http.Server.Shutdown need not wait for them.
func (s *Server) closeStaff() {
	if s.staff.api != nil {
		s.staff.api.Close()
	}
}

// stopRetention stops the sweeper before Redis is closed under it.
func (s *Server) stopRetention() {
	if s.staff.stopSweep != nil {
		s.staff.stopSweep()
		s.staff.stopSweep = nil
	}
}

// webPatients reaches web patients through the WebSocket hub, or the relay to every replica's.
type webPatients struct{ hub ws.Deliverer }

func (w webPatients) Send(_ context.Context, c redisstore.Summary, e bot.Entry) (bool, error) {
	return w.hub.Deliver(c.ID, ws.StaffMessage{ID: e.ID, Text: e.Text, From: e.Name}), nil
}

// SendBot delivers a bot answer given on release as a reply frame to the message it answers.
func (w webPatients) SendBot(_ context.Context, c redisstore.Summary, e bot.Entry) (bool, error) {
	if e.Reply == nil {
		return false, errors.New("not a bot entry")
	}
	return w.hub.Deliver(c.ID, ws.StaffMessage{ID: e.ID, Reply: e.Reply, InReplyTo: e.MsgID, At: e.At}), nil
}

func (w webPatients) Live(c redisstore.Summary) bool { return w.hub.Live(c.ID) }

// LiveMany asks the hub (or relay: one Redis round trip) about a page of conversations at once.
func (w webPatients) LiveMany(cs []redisstore.Summary) []bool {
	ids := make([]string, len(cs))
	for i, c := range cs {
		ids[i] = c.ID
	}
	return w.hub.LiveMany(ids)
}

// HoldChanged tells the patient's connections to read the staff hold again (bot.Live).
func (w webPatients) HoldChanged(c redisstore.Summary) { w.hub.HoldChanged(c.ID) }

// whatsappWindow is how long after a patient's last message WhatsApp lets a business send free text.
const whatsappWindow = 24 * time.Hour

// whatsappPatients reaches WhatsApp patients through the channel the WhatsApp mount registered.
type whatsappPatients struct{ s *Server }

var errNoWhatsApp = errors.New("WhatsApp is not configured on this server (set the WHATSAPP_* variables)")

func (w whatsappPatients) Send(ctx context.Context, c redisstore.Summary, e bot.Entry) (bool, error) {
	send := w.s.staff.whatsapp
	if send == nil {
		return false, errNoWhatsApp
	}
	if err := send.SendText(ctx, c.ID, c.Patient, e.ID, e.Text); err != nil {
		return false, err
	}
	return true, nil
}

// SendBot sends a bot answer given on release as text, its suggestions listed after it (buttons
// need the bridge's rendering of a live turn).
func (w whatsappPatients) SendBot(ctx context.Context, c redisstore.Summary, e bot.Entry) (bool, error) {
	if e.Reply == nil {
		return false, errors.New("not a bot entry")
	}
	return w.Send(ctx, c, bot.Entry{ID: e.ID, Text: plainReply(*e.Reply)})
}

// plainReply is a reply as one text: its text, then its suggestions as a list (none on an emergency).
func plainReply(r bot.Reply) string {
	text := strings.TrimSpace(r.Text)
	if r.Kind == bot.KindEmergency || len(r.Suggestions) == 0 {
		return text
	}
	var b strings.Builder
	b.WriteString(text + "\n")
	for _, s := range r.Suggestions {
		if s = strings.TrimSpace(s); s != "" {
			b.WriteString("\n- " + s)
		}
	}
	return b.String()
}

func (w whatsappPatients) Live(c redisstore.Summary) bool {
	return time.Since(c.LastPatient) < whatsappWindow
}
