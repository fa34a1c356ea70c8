package whatsapp

import (
	"context"
	"crypto/subtle"
	"errors"
	"hash/fnv"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/prometheus/client_golang/prometheus"
)

// Options configure a Bridge. Zero values of the tuning fields mean the defaults shown.
type Options struct {
	Config  Config
	Service *bot.Service
	// Claimer dedupes message ids across replicas (redisstore.Store). Required.
	Claimer Claimer
	// IDs names conversations (NewIDs). Required.
	IDs IDs
	// Mover moves a patient's conversation from an id under a previous secret to the current one
	// (redisstore.Store). Required when IDs are rotating (IDs.WithPrevious).
	Mover Mover
	// Statuses records delivery statuses on conversation entries; nil: statuses are only counted.
	Statuses StatusRecorder
	Logger   *slog.Logger
	// Registerer gets the bridge's metrics; nil: not exported.
	Registerer prometheus.Registerer
	// HTTPClient talks to the Graph API; nil: a client with a 20 s timeout.
	HTTPClient *http.Client
	// Shards is the number of workers, each owning the patients whose wa_id hashes to it (4).
	Shards int
	// QueueSize is how many deliveries' messages and statuses (one webhook's, for the shard's
	// patients) may wait per shard before webhooks get 503 (256).
	QueueSize int
	// MaxBody caps a webhook body (1 MiB; Meta's are a few KiB).
	MaxBody int64
	// PatientTimeout bounds the handling of one patient's batch, sends and retries included (2 min).
	PatientTimeout time.Duration
	// Backoff replaces the Graph client's retry waits (tests use tiny ones).
	Backoff func(n int) time.Duration
	// Queue, when set, stores each delivery before the webhook answers 200, so that a replica
	// killed after the 200 loses nothing (another, or its restart, takes the work over). When it
	// fails, or is nil, deliveries wait in memory only.
	Queue Queue
}

// Bridge is the WhatsApp webhook and its workers. Create with New, mount with Register, stop with Close.
type Bridge struct {
	cfg      Config
	svc      *bot.Service
	claim    Claimer
	ids      IDs
	mover    Mover
	statuses StatusRecorder
	log      *slog.Logger
	m        *metrics
	client   *Client
	maxBody  int64
	timeout  time.Duration

	// shards carry one webhook's jobs for the shard's patients as one element, so that a worker
	// never sees half of one patient's messages from one delivery.
	shards  []chan []job
	waiting atomic.Int64 // jobs queued on all shards, for the queue gauge
	mu      sync.RWMutex // guards closed against sends on closed channels
	closed  bool
	wg      sync.WaitGroup
	ctx     context.Context
	cancel  context.CancelFunc

	// The durable queue (queue.go): readers move its items to the shards, toucher keeps them ours.
	queue                 Queue
	consumer              string
	readers, touchers     sync.WaitGroup
	readCtx, touchCtx     context.Context
	readCancel, touchStop context.CancelFunc
	heldItems
}

// job is one message or one status waiting for its shard's worker; a job with neither only marks
// the end of queue item item.
type job struct {
	msg *Message
	st  *Status
	// item is the durable queue's item the job came from ("": queued in memory only); retried
	// when that item was taken over from a reader that never finished it.
	item    string
	retried bool
}

func (j job) patient() string {
	if j.msg != nil {
		return j.msg.From
	}
	return j.st.Recipient
}

// maxBatch bounds how many waiting jobs a worker takes at once.
const maxBatch = 64

// New checks the options and starts the workers.
func New(o Options) (*Bridge, error) {
	if err := o.Config.Validate(); err != nil {
		return nil, err
	}
	if o.Service == nil || o.Service.Engine == nil || o.Service.Store == nil {
		return nil, errors.New("whatsapp: a bot.Service with an engine and a store is required")
	}
	if o.Claimer == nil {
		return nil, errors.New("whatsapp: a Claimer is required to deduplicate redeliveries")
	}
	if !o.IDs.Valid() {
		return nil, errors.New("whatsapp: IDs (NewIDs) are required to name conversations")
	}
	if o.IDs.Rotating() && o.Mover == nil {
		return nil, errors.New("whatsapp: a Mover is required to move conversations from previous id secrets")
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	o.Shards = cmpOr(o.Shards, 4)
	o.QueueSize = cmpOr(o.QueueSize, 256)
	o.MaxBody = cmpOr(o.MaxBody, 1<<20)
	o.PatientTimeout = cmpOr(o.PatientTimeout, 2*time.Minute)

	b := &Bridge{cfg: o.Config, svc: o.Service, claim: o.Claimer, ids: o.IDs, mover: o.Mover, statuses: o.Statuses,
		log: o.Logger.With("channel", bot.ChannelWhatsApp), maxBody: o.MaxBody, timeout: o.PatientTimeout}
	var err error
	b.m, err = newMetrics(o.Registerer, b.queued)
	if err != nil {
		return nil, err
	}
	b.client = NewClient(o.Config, o.HTTPClient)
	if o.Backoff != nil {
		b.client.Backoff = o.Backoff
	}
	b.client.OnRetry = func(error) { b.m.retries.Inc() }
	b.ctx, b.cancel = context.WithCancel(context.Background())
	for i := range o.Shards {
		ch := make(chan []job, o.QueueSize)
		b.shards = append(b.shards, ch)
		b.wg.Add(1)
		go b.worker(i, ch)
	}
	if o.Queue != nil {
		b.queue, b.consumer = o.Queue, ConsumerName()
		b.held = map[int]map[string]struct{}{}
		b.readCtx, b.readCancel = context.WithCancel(context.Background())
		b.touchCtx, b.touchStop = context.WithCancel(context.Background())
		for i := range o.Shards {
			b.readers.Add(1)
			go b.reader(i)
		}
		b.touchers.Add(1)
		go b.toucher()
	}
	return b, nil
}

func cmpOr[T int | int64 | time.Duration](v, def T) T {
	if v <= 0 {
		return def
	}
	return v
}

// Register mounts the webhook on mux (CONTRACTS.md §4).
func (b *Bridge) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /webhooks/whatsapp", b.Verify)
	mux.HandleFunc("POST /webhooks/whatsapp", b.Receive)
}

// Client is the bridge's Graph API client (staff replies use the bridge's SendText instead).
func (b *Bridge) Client() *Client { return b.client }

// Close stops taking webhooks (503 from now on), lets the workers finish what is queued and waits
// for them; when ctx ends first, work in flight is cancelled and ctx's error returned.
func (b *Bridge) Close(ctx context.Context) error {
	if b.queue != nil {
		// Readers first: what they have not handed over stays in Redis for the other replicas.
		b.readCancel()
		b.readers.Wait()
		defer func() { b.touchStop(); b.touchers.Wait() }()
	}
	b.mu.Lock()
	if !b.closed {
		b.closed = true
		for _, ch := range b.shards {
			close(ch)
		}
	}
	b.mu.Unlock()
	done := make(chan struct{})
	go func() { b.wg.Wait(); close(done) }()
	select {
	case <-done:
		b.cancel()
		return nil
	case <-ctx.Done():
		b.cancel()
		<-done
		return ctx.Err()
	}
}

func (b *Bridge) queued() float64 { return float64(b.waiting.Load()) }

// Verify answers Meta's subscription handshake: the challenge echoed as plain text when the mode is
// subscribe and the verify token matches, 403 otherwise.
func (b *Bridge) Verify(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	token, challenge := q.Get("hub.verify_token"), q.Get("hub.challenge")
	if q.Get("hub.mode") != "subscribe" || challenge == "" ||
		subtle.ConstantTimeCompare([]byte(token), []byte(b.cfg.VerifyToken)) != 1 {
		b.log.Warn("whatsapp verification refused", "mode", q.Get("hub.mode"))
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	io.WriteString(w, challenge)
	b.log.Info("whatsapp webhook verified")
}

// Receive takes one delivery: signature first, then parse, queue and answer at once. With a Queue
// the delivery is stored in it before the 200; when that fails it waits in memory, as without one.
func (b *Bridge) Receive(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, b.maxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			b.reject(w, "too_large", http.StatusRequestEntityTooLarge)
		} else {
			b.reject(w, "bad_request", http.StatusBadRequest)
		}
		return
	}
	if !ValidSignature(b.cfg.AppSecret, body, r.Header.Get(SignatureHeader)) {
		b.log.Warn("whatsapp webhook with a missing or wrong signature", "remote", r.RemoteAddr)
		b.reject(w, "bad_signature", http.StatusUnauthorized)
		return
	}
	d, err := Parse(body)
	if errors.Is(err, ErrNotWhatsApp) {
		b.m.webhooks.WithLabelValues("ignored").Inc()
		w.WriteHeader(http.StatusOK)
		return
	}
	if err != nil {
		// Signed by Meta yet unreadable: say so; Meta's retries will show up in the metrics.
		b.log.Error("whatsapp webhook unreadable", "err", err, "bytes", len(body))
		b.reject(w, "bad_request", http.StatusBadRequest)
		return
	}
	if d.Skipped > 0 {
		b.log.Warn("whatsapp webhook parts skipped as malformed", "count", d.Skipped)
	}
	for _, e := range d.Errors {
		b.log.Warn("whatsapp webhook reports an error", "code", e.Code, "title", e.Title)
	}
	var jobs []job
	for i := range d.Statuses {
		if s := &d.Statuses[i]; b.ours(s.PhoneNumberID) {
			jobs = append(jobs, job{st: s})
		}
	}
	for i := range d.Messages {
		if m := &d.Messages[i]; b.ours(m.PhoneNumberID) {
			jobs = append(jobs, job{msg: m})
		}
	}
	if b.queue != nil && len(jobs) > 0 {
		err := b.addDurable(r.Context(), jobs)
		if err == nil {
			b.m.webhooks.WithLabelValues("ok").Inc()
			w.WriteHeader(http.StatusOK)
			return
		}
		b.log.Warn("whatsapp queue in Redis unavailable: this delivery waits in memory only", "err", err)
		b.m.inMemory.Inc()
	}
	switch b.enqueue(jobs) {
	case errClosed:
		b.reject(w, "closed", http.StatusServiceUnavailable)
	case errFull:
		b.answerRedFlagsNow(jobs)
		b.log.Warn("whatsapp queue full: asking Meta to redeliver later")
		w.Header().Set("Retry-After", "30")
		b.reject(w, "queue_full", http.StatusServiceUnavailable)
	default:
		b.m.webhooks.WithLabelValues("ok").Inc()
		w.WriteHeader(http.StatusOK)
	}
}

func (b *Bridge) reject(w http.ResponseWriter, result string, code int) {
	b.m.webhooks.WithLabelValues(result).Inc()
	http.Error(w, http.StatusText(code), code)
}

// ours: the app may serve several numbers; only ours are answered (from our number).
func (b *Bridge) ours(phoneNumberID string) bool {
	if phoneNumberID == b.cfg.PhoneNumberID {
		return true
	}
	b.log.Debug("whatsapp delivery for another phone number id skipped", "phone_number_id", phoneNumberID)
	return false
}

var (
	errFull   = errors.New("queue full")
	errClosed = errors.New("closed")
)

// enqueue queues jobs without waiting. On errFull some jobs may have been queued: Meta's
// redelivery of the whole delivery is deduplicated by message id.
func (b *Bridge) enqueue(jobs []job) error {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.closed {
		return errClosed
	}
	order, byShard := b.byShard(jobs)
	for _, sh := range order {
		select {
		case b.shards[sh] <- byShard[sh]:
			b.waiting.Add(int64(len(byShard[sh])))
		default:
			return errFull
		}
	}
	return nil
}

// answerRedFlagsNow handles, at once and beside the workers, the red flags of a delivery the full
// queue refused: the emergency guidance must not wait for Meta's redelivery, which the message-id
// claim then skips. Only red flags: they are few, and the cheap triage tells them.
func (b *Bridge) answerRedFlagsNow(jobs []job) {
	var order []string
	byPatient := map[string][]job{}
	for _, j := range jobs {
		if j.msg == nil || (j.msg.Kind != KindQuestion && j.msg.Kind != KindMedia) || !bot.RedFlag(j.msg.Text) {
			continue
		}
		p := j.patient()
		if _, ok := byPatient[p]; !ok {
			order = append(order, p)
		}
		byPatient[p] = append(byPatient[p], j)
	}
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.closed {
		return
	}
	for _, p := range order {
		b.wg.Add(1)
		go func() {
			defer b.wg.Done()
			b.handlePatient(p, byPatient[p])
		}()
	}
}

// byShard groups jobs by shard, in the order the shards' first jobs come.
func (b *Bridge) byShard(jobs []job) (order []int, byShard map[int][]job) {
	byShard = map[int][]job{}
	for _, j := range jobs {
		sh := b.shardOf(j.patient())
		if _, ok := byShard[sh]; !ok {
			order = append(order, sh)
		}
		byShard[sh] = append(byShard[sh], j)
	}
	return order, byShard
}

func (b *Bridge) shardOf(waID string) int {
	h := fnv.New32a()
	h.Write([]byte(waID))
	return int(h.Sum32() % uint32(len(b.shards)))
}

// worker takes whatever waits on its shard as one batch and hands it out by patient; then the
// batch's queue items are done.
func (b *Bridge) worker(shard int, ch chan []job) {
	defer b.wg.Done()
	for js := range ch {
		batch := js
	drain:
		for len(batch) < maxBatch {
			select {
			case more, ok := <-ch:
				if !ok {
					break drain
				}
				batch = append(batch, more...)
			default:
				break drain
			}
		}
		b.waiting.Add(-int64(len(batch)))
		var order, items []string
		byPatient := map[string][]job{}
		for _, j := range batch {
			if j.item != "" && !slices.Contains(items, j.item) {
				items = append(items, j.item)
			}
			if j.msg == nil && j.st == nil {
				continue
			}
			p := j.patient()
			if _, ok := byPatient[p]; !ok {
				order = append(order, p)
			}
			byPatient[p] = append(byPatient[p], j)
		}
		for _, p := range order {
			b.handlePatient(p, byPatient[p])
		}
		if len(items) > 0 {
			b.waitLogged()
			b.done(shard, items)
		}
	}
}

// pending is a reply waiting to be sent.
type pending struct {
	entry   bot.Entry
	lang    string
	replyTo string
}

// handlePatient runs one patient's waiting messages through the service, then sends the replies:
// emergencies first, each on its own.
func (b *Bridge) handlePatient(waID string, jobs []job) {
	ctx, cancel := context.WithTimeout(b.ctx, b.timeout)
	defer cancel()
	// Before statuses too: a status of a message sent before the rotation is recorded on its entry.
	conv, moved, err := Adopt(ctx, b.ids, b.mover, b.cfg.PhoneNumberID, waID)
	if err != nil {
		b.log.Warn("whatsapp conversation not moved to the current id secret", "conv", conv, "err", err)
	} else if moved != "" {
		b.log.Info("whatsapp conversation moved to the current id secret", "from", moved, "conv", conv)
	}
	var todo []job
	for _, j := range jobs {
		if j.st != nil {
			b.recordStatus(ctx, conv, j.st)
			continue
		}
		m := j.msg
		b.m.messages.WithLabelValues(m.Kind.String()).Inc()
		switch m.Kind {
		case KindIgnore:
			b.log.Info("whatsapp message ignored", "type", m.Type, "from", MaskPhone(waID))
			continue
		case KindReaction:
			continue
		}
		if j.retried {
			// Its reader died after claiming it, maybe before answering: Handle knows if it was.
			todo = append(todo, j)
			continue
		}
		ok, err := b.claim.Claim(ctx, claimKey(m.ID), DedupeTTL)
		if err != nil {
			// Answer rather than stay silent; Handle still recognises a message id it has answered.
			b.log.Warn("whatsapp dedupe unavailable", "err", err)
		} else if !ok {
			b.m.duplicates.Inc()
			continue
		}
		todo = append(todo, j)
	}
	if len(todo) == 0 {
		return
	}

	// Read receipt and typing indicator go out while the answers are prepared, and must be done
	// before the first answer, or the indicator would show after it.
	typing := make(chan struct{})
	go func() {
		defer close(typing)
		b.markRead(ctx, conv, waID, todo[len(todo)-1].msg.ID)
	}()
	var replies []pending
	for _, j := range todo {
		m := j.msg
		now := time.Now().UTC()
		sess := bot.Session{ConversationID: conv, Channel: bot.ChannelWhatsApp, Patient: waID, Created: now, LastSeen: now}
		svc := b.svc
		if m.Kind == KindMedia && !bot.RedFlag(m.Text) {
			// A caption with a red flag («[image] وجهي منتفخ وما اقدر اتنفس») goes to the engine,
			// which answers it with the emergency guidance; other media get "please write".
			// Same store (read now: the server may wrap it after New), answering only "please write".
			svc = &bot.Service{Engine: OnlyText{}, Store: b.svc.Store, Now: b.svc.Now}
		}
		out, err := svc.Handle(ctx, &sess, m.ID, m.Text)
		if err != nil {
			b.log.Warn("whatsapp conversation not saved", "conv", conv, "err", err)
		}
		if out.Entry == nil || (out.Duplicate && !j.retried) {
			continue // staff hold the conversation (and said so already), or this message was answered before
		}
		// A retried message answered before may have died before its answer went out: it goes
		// (again) now, the one case where a patient may get an answer twice.
		replies = append(replies, pending{entry: *out.Entry, lang: sess.State.Lang, replyTo: m.ID})
	}
	<-typing
	// The log first (the service's store may write behind): a delivery status can only be
	// recorded on an entry in the store, and an answer sent should be an answer logged.
	if !WaitWritten(b.svc.Store, queueAddTimeout) {
		b.log.Warn("whatsapp answers sent before their log entries are in the store")
	}

	slices.SortStableFunc(replies, func(x, y pending) int {
		return boolRank(y.entry.Reply.Kind == bot.KindEmergency) - boolRank(x.entry.Reply.Kind == bot.KindEmergency)
	})
	quote := len(replies) > 1 // several answers at once: each quotes its question
	for i, p := range replies {
		replyTo := ""
		if quote {
			replyTo = p.replyTo
		}
		err := b.send(ctx, conv, waID, p.entry.ID, Render(*p.entry.Reply, waID, p.lang, replyTo))
		if code := ErrorCode(err); code == CodeWindowClosed || code == CodeTokenExpired {
			// Every later reply would meet the same refusal: record it without asking again.
			for _, rest := range replies[i+1:] {
				b.recordUnsent(ctx, conv, rest.entry.ID, code)
			}
			return
		}
	}
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// SendText sends a staff member's text to patient waID in conversation conv and tracks its
// delivery on entry entryID. It returns the Graph API's error, e.g. error code 131047 when the
// patient last wrote more than 24 hours ago.
func (b *Bridge) SendText(ctx context.Context, conv, waID, entryID, text string) error {
	var msgs []OutMessage
	for _, part := range SplitText(text, maxText) {
		msgs = append(msgs, TextMessage(waID, part))
	}
	if len(msgs) == 0 {
		return errors.New("whatsapp: empty message")
	}
	return b.send(ctx, conv, waID, entryID, msgs)
}

// send posts the parts of one entry in order and tracks each; on a failure the rest is not sent and
// the failure is recorded on the entry.
func (b *Bridge) send(ctx context.Context, conv, waID, entryID string, msgs []OutMessage) error {
	for _, om := range msgs {
		wamid, err := b.client.Send(ctx, om)
		if err != nil {
			b.sendFailed(waID, err)
			b.recordUnsent(ctx, conv, entryID, ErrorCode(err))
			return err
		}
		b.m.sent.Inc()
		if b.statuses != nil {
			if err := b.statuses.TrackMessage(ctx, conv, wamid, entryID); err != nil {
				b.log.Warn("whatsapp message not tracked", "conv", conv, "err", err)
			}
		}
	}
	return nil
}

func (b *Bridge) sendFailed(waID string, err error) {
	code := ErrorCode(err)
	b.m.sendErrors.WithLabelValues(strconv.Itoa(code)).Inc()
	if code == CodeTokenExpired {
		b.m.tokenExpired.Inc()
		b.log.Error("WHATSAPP ACCESS TOKEN REJECTED (error 190): nothing can be sent until "+EnvAccessToken+" is renewed", "err", err)
		return
	}
	b.log.Warn("whatsapp send failed", "to", MaskPhone(waID), "code", code, "err", err)
}

func (b *Bridge) recordUnsent(ctx context.Context, conv, entryID string, code int) {
	if b.statuses == nil {
		return
	}
	id := unsentID(entryID)
	err := b.statuses.TrackMessage(ctx, conv, id, entryID)
	if err == nil {
		err = b.statuses.RecordStatus(ctx, conv, id, StatusFailed, code)
	}
	if err != nil {
		b.log.Warn("whatsapp failure not recorded", "conv", conv, "err", err)
	}
}

func (b *Bridge) markRead(ctx context.Context, conv, waID, wamid string) {
	// A held conversation gets no answer from the bot: no typing indicator then.
	typing := true
	if t, err := b.svc.Store.Begin(ctx, conv, ""); err == nil && b.now().Before(t.HeldUntil) {
		typing = false
	}
	if err := b.client.MarkRead(ctx, wamid, typing); err != nil {
		b.sendFailed(waID, err)
	}
}

func (b *Bridge) now() time.Time {
	if b.svc.Now != nil {
		return b.svc.Now()
	}
	return time.Now()
}

func (b *Bridge) recordStatus(ctx context.Context, conv string, s *Status) {
	b.m.statuses.WithLabelValues(statusLabel(s.Status)).Inc()
	if s.Status == StatusFailed {
		b.log.Warn("whatsapp message not delivered", "to", MaskPhone(s.Recipient), "code", s.ErrCode, "title", s.ErrTitle)
	}
	if b.statuses == nil {
		return
	}
	if err := b.statuses.RecordStatus(ctx, conv, s.ID, s.Status, s.ErrCode); err != nil {
		b.log.Warn("whatsapp status not recorded", "conv", conv, "err", err)
	}
}

// statusLabel keeps the metric's label set small whatever Meta invents.
func statusLabel(s string) string {
	if StatusRank(s) > 0 {
		return s
	}
	return "other"
}

// OnlyText is the bot.Responder for media, locations and the like: a polite "only written
// questions", in the conversation's language. The Twilio webhook uses it too.
type OnlyText struct{}

func (OnlyText) Respond(_ string, st bot.State) (bot.Reply, bot.State) {
	return onlyTextReply(st.Lang), st
}
