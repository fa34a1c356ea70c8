package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/transport/twilio"
	"github.com/faqbot/faqbot/transport/whatsapp"
)

// The WhatsApp part of faqbot serve: the Meta Cloud API webhook (transport/whatsapp) and Twilio's
// (transport/twilio), each on only when its credentials are set (CONTRACTS.md §5). Both answer
// through the server's bot.Service and dedupe deliveries with the Redis store, so replicas share
// the work; the Cloud API bridge records delivery statuses there too.

// The Redis store is what the bridges need of a backend.
var (
	_ whatsapp.Claimer        = (*redisstore.Store)(nil)
	_ whatsapp.StatusRecorder = (*redisstore.Store)(nil)
	_ whatsapp.Mover          = (*redisstore.Store)(nil)
)

// whatsappConfig is the WhatsApp part of serveConfig, read from the environment.
type whatsappConfig struct {
	cloud    whatsapp.Config
	cloudOn  bool
	twilio   twilio.Config
	twilioOn bool
	// idSecret keys conversation ids (FAQBOT_ID_SECRET); "": a secret generated once and kept in Redis.
	idSecret string
	// idPrevious are the secrets idSecret replaced (FAQBOT_ID_SECRET_PREVIOUS), newest first.
	idPrevious []string
}

// Conversation ids (whatsapp.IDs) are keyed by a server secret. Before it they were keyed by the
// public phone number id; the first replica to start with the secret moves those conversations
// to their new ids (redisstore.Rekey, once, the others waiting for it) before it serves.
//
// Rotating the secret: FAQBOT_ID_SECRET gets a new one and FAQBOT_ID_SECRET_PREVIOUS the one it
// replaces (a few, comma-separated, newest first). A patient's conversation under a previous
// secret's id moves to the new id with their next message (whatsapp.Adopt, redisstore's
// MoveConversation). A secret generated in Redis is rotated by setting FAQBOT_ID_SECRET: while the
// generated one is still in Redis it counts as the last previous secret.
const (
	envIDSecret         = "FAQBOT_ID_SECRET"
	envIDSecretPrevious = "FAQBOT_ID_SECRET_PREVIOUS"
	// maxPreviousIDSecrets bounds FAQBOT_ID_SECRET_PREVIOUS: each costs a look-up in Redis with
	// every patient's batch of messages.
	maxPreviousIDSecrets = 4
	// idSecretName is the secret's name in Redis; idMigration the migration's.
	idSecretName = "wa-ids"
	idMigration  = "wa-ids-v2"
	// idMigrationTimeout bounds the migration, or the wait for another replica's.
	idMigrationTimeout = 5 * time.Minute
)

// whatsappFromEnv reads WHATSAPP_* and TWILIO_*; credentials set only in part are an error.
func whatsappFromEnv(c *cli) (whatsappConfig, error) {
	var cfg whatsappConfig
	var err error
	if cfg.cloud, cfg.cloudOn, err = whatsapp.ConfigFromEnv(c.getenv); err != nil {
		return cfg, err
	}
	if cfg.twilio, cfg.twilioOn, err = twilio.ConfigFromEnv(c.getenv); err != nil {
		return cfg, err
	}
	cfg.idSecret = strings.TrimSpace(c.getenv(envIDSecret))
	if cfg.idSecret != "" && len(cfg.idSecret) < whatsapp.MinIDSecret {
		return cfg, fmt.Errorf("%s must have at least %d characters (e.g. openssl rand -base64 32)", envIDSecret, whatsapp.MinIDSecret)
	}
	if cfg.idPrevious, err = previousIDSecrets(c.getenv(envIDSecretPrevious), cfg.idSecret); err != nil {
		return cfg, err
	}
	return cfg, nil
}

// previousIDSecrets reads FAQBOT_ID_SECRET_PREVIOUS (v) against the current secret. Errors name a
// secret by its place in the list, never by its value.
func previousIDSecrets(v, current string) ([]string, error) {
	if strings.TrimSpace(v) == "" {
		return nil, nil
	}
	if current == "" {
		return nil, fmt.Errorf("%s needs %s: conversations move from the previous secrets to the one it sets", envIDSecretPrevious, envIDSecret)
	}
	parts := strings.Split(v, ",")
	if len(parts) > maxPreviousIDSecrets {
		return nil, fmt.Errorf("%s holds %d secrets, at most %d: drop the oldest", envIDSecretPrevious, len(parts), maxPreviousIDSecrets)
	}
	out := make([]string, 0, len(parts))
	for i, p := range parts {
		p = strings.TrimSpace(p)
		switch {
		case p == "":
			return nil, fmt.Errorf("%s: secret %d of %d is empty (separate secrets by commas)", envIDSecretPrevious, i+1, len(parts))
		case len(p) < whatsapp.MinIDSecret:
			return nil, fmt.Errorf("%s: secret %d of %d must have at least %d characters", envIDSecretPrevious, i+1, len(parts), whatsapp.MinIDSecret)
		case p == current:
			return nil, fmt.Errorf("%s: secret %d of %d is %s itself: list only the secrets it replaced", envIDSecretPrevious, i+1, len(parts), envIDSecret)
		}
		for j, q := range out {
			if p == q {
				return nil, fmt.Errorf("%s: secrets %d and %d are the same", envIDSecretPrevious, j+1, i+1)
			}
		}
		out = append(out, p)
	}
	return out, nil
}

// whatsappParts is what the server keeps of the WhatsApp channel.
type whatsappParts struct {
	bridge *whatsapp.Bridge
	twilio *twilio.Handler
}

// mountWhatsApp serves /webhooks/whatsapp and /webhooks/twilio when configured, and lets the staff
// console write to WhatsApp patients through them.
func (s *Server) mountWhatsApp(mux *http.ServeMux) error {
	wc := s.cfg.whatsapp
	if !wc.cloudOn && !wc.twilioOn {
		s.log.Info("whatsapp webhook off: set WHATSAPP_VERIFY_TOKEN, WHATSAPP_APP_SECRET, WHATSAPP_ACCESS_TOKEN and WHATSAPP_PHONE_NUMBER_ID to turn it on")
		return nil
	}
	ids, err := s.whatsappIDs()
	if err != nil {
		return err
	}
	if wc.cloudOn {
		o := whatsapp.Options{Config: wc.cloud, Service: s.svc, Claimer: s.redis, IDs: ids, Mover: s.redis, Statuses: s.redis, Logger: s.log,
			Registerer: s.metrics.reg}
		if s.cfg.redisURL != "" {
			// Only a shared Redis outlives this process: the in-process one would die with it.
			o.Queue = waQueue{s.redis.Queue("wa", 0)}
		}
		b, err := whatsapp.New(o)
		if err != nil {
			return err
		}
		b.Register(mux)
		s.whatsapp.bridge = b
		s.staff.whatsapp = b
		s.log.Info("whatsapp webhook on", "route", "/webhooks/whatsapp", "phone_number_id", wc.cloud.PhoneNumberID,
			"durable_queue", o.Queue != nil)
	}
	if wc.twilioOn {
		o := twilio.Options{Config: wc.twilio, Service: s.svc, Claimer: s.redis, IDs: ids, Mover: s.redis, Logger: s.log}
		if s.cfg.redisURL != "" {
			o.Queue = waQueue{s.redis.Queue("tw", 0)} // used when staff replies are configured
		}
		h, err := twilio.New(o)
		if err != nil {
			return err
		}
		h.Register(mux)
		s.whatsapp.twilio = h
		if s.staff.whatsapp == nil && h.CanSend() {
			s.staff.whatsapp = twilioSender{h}
		}
		s.log.Info("twilio webhook on", "route", "/webhooks/twilio", "staff_replies", h.CanSend(),
			"durable_queue", o.Queue != nil && h.CanSend())
	}
	return nil
}

// whatsappIDs returns the conversation ids under FAQBOT_ID_SECRET, or under the secret shared in
// Redis, knowing the secrets it replaced, and moves the conversations still under their legacy
// ids first.
func (s *Server) whatsappIDs() (whatsapp.IDs, error) {
	ctx, cancel := context.WithTimeout(context.Background(), idMigrationTimeout)
	defer cancel()
	secret := []byte(s.cfg.whatsapp.idSecret)
	var previous [][]byte
	if len(secret) == 0 {
		var err error
		if secret, err = s.redis.Secret(ctx, idSecretName); err != nil {
			return whatsapp.IDs{}, fmt.Errorf("conversation id secret: %w", err)
		}
	} else {
		for _, p := range s.cfg.whatsapp.idPrevious {
			previous = append(previous, []byte(p))
		}
		// A secret generated before FAQBOT_ID_SECRET was set: its conversations move too, for as
		// long as it is in Redis.
		gen, err := s.redis.StoredSecret(ctx, idSecretName)
		if err != nil {
			return whatsapp.IDs{}, fmt.Errorf("conversation id secret: %w", err)
		}
		if gen != nil && !bytes.Equal(gen, secret) && !slices.ContainsFunc(previous, func(p []byte) bool { return bytes.Equal(p, gen) }) {
			previous = append(previous, gen)
		}
	}
	ids, err := whatsapp.NewIDs(secret)
	if err != nil {
		return ids, err
	}
	if len(previous) > 0 {
		if ids, err = ids.WithPrevious(previous...); err != nil {
			return ids, err
		}
		// How many, never what: the secrets stay out of the log.
		s.log.Info("whatsapp conversation ids rotating: conversations under previous secrets move as their patients write",
			"previous_secrets", len(previous), "generated_secret_in_redis", len(previous) > len(s.cfg.whatsapp.idPrevious))
	}
	start := time.Now()
	n, err := s.redis.Rekey(ctx, idMigration, bot.ChannelWhatsApp, "wa-", ids.FromLegacy)
	if err != nil {
		return ids, fmt.Errorf("moving whatsapp conversations to keyed ids: %w", err)
	}
	if n > 0 {
		s.log.Info("whatsapp conversations moved to keyed ids", "conversations", n, "took", time.Since(start).Round(time.Millisecond))
	}
	return ids, nil
}

// closeWhatsApp lets the bridge's workers answer what is queued (bounded by ctx). Call it after the
// HTTP server stopped taking webhooks and before Redis closes.
func (s *Server) closeWhatsApp(ctx context.Context) error {
	var err error
	if s.whatsapp.twilio != nil {
		err = s.whatsapp.twilio.Close(ctx)
	}
	if s.whatsapp.bridge == nil {
		return err
	}
	err = errors.Join(err, s.whatsapp.bridge.Close(ctx))
	s.whatsapp.bridge = nil
	return err
}

// twilioSender adapts Twilio's Messages API to the console's sender (no delivery tracking there).
type twilioSender struct{ h *twilio.Handler }

func (t twilioSender) SendText(ctx context.Context, _, waID, _, text string) error {
	return t.h.SendText(ctx, waID, text)
}

// waQueue is the Redis queue as the bridge's Queue.
type waQueue struct{ *redisstore.Queue }

func (q waQueue) Next(ctx context.Context, shard int, consumer string, block time.Duration) ([]whatsapp.Queued, error) {
	items, err := q.Queue.Next(ctx, shard, consumer, block)
	out := make([]whatsapp.Queued, len(items))
	for i, it := range items {
		out[i] = whatsapp.Queued{ID: it.ID, Data: it.Data, Retried: it.Retried}
	}
	return out, err
}

var _ whatsapp.Queue = waQueue{}
