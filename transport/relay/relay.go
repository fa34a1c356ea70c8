package relay

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/transport/staff"
	"github.com/faqbot/faqbot/transport/ws"
)

// Broker is what the relay needs of Redis; *redisstore.Store implements it.
type Broker interface {
	// Publish sends payload to every subscriber of channel name.
	Publish(ctx context.Context, name string, payload []byte) (int64, error)
	// Subscribe returns once every channel named is subscribed to.
	Subscribe(ctx context.Context, names ...string) (*redisstore.Subscription, error)
	// SetPresence records replica's live connections in here until until, and none in gone.
	SetPresence(ctx context.Context, replica string, until time.Time, here, gone []string) error
	// Present reports, for each of convs, whether a replica other than except holds it at now.
	Present(ctx context.Context, convs []string, except string, now time.Time) ([]bool, error)
}

var _ Broker = (*redisstore.Store)(nil)

// Channel names.
const (
	staffChannel  = "staff"
	eventsChannel = "events"
)

// Defaults of Options.
const (
	DefaultPresenceTTL = time.Minute
	DefaultTimeout     = 2 * time.Second
)

// Sizes of the event queue.
const (
	// eventQueue is how many events may wait to be published before they are dropped (and a
	// resync sent instead): a few seconds of a busy clinic's messages.
	eventQueue = 4096
	// eventBatch is the most events one message carries.
	eventBatch = 256
	// eventLinger is how long the first event of a message waits for others to join it.
	eventLinger = 5 * time.Millisecond
	// presenceBatch is the most conversations one presence write carries (a pipeline).
	presenceBatch = 1000
)

// Options configure a Relay; zero values mean the defaults.
type Options struct {
	Log *slog.Logger
	// PresenceTTL is how long a replica's presence in a conversation outlives its last refresh
	// (refreshed every PresenceTTL/3), so how long a replica that died keeps its patients "live".
	PresenceTTL time.Duration
	// Timeout bounds each Redis call of Deliver and Live, which have no context of their own.
	Timeout time.Duration
}

// Relay joins this replica's hub and staff consoles to the other replicas'. Safe for concurrent
// use. The zero value is not usable; call New.
type Relay struct {
	id   string // this replica, in its messages and presence
	b    Broker
	hub  *ws.Hub
	log  *slog.Logger
	ttl  time.Duration
	wait time.Duration
	sub  *redisstore.Subscription
	bus  *Bus

	// dirty are the conversations whose presence changed here and is not yet written.
	mu    sync.Mutex
	dirty map[string]struct{}
	kick  chan struct{} // a presence write is wanted

	stop      chan struct{}
	closeOnce sync.Once
	workers   sync.WaitGroup // publisher and presence writer
	receiver  chan struct{}  // closed when the receive loop ended
}

var _ ws.Deliverer = (*Relay)(nil)

// New subscribes to the relay's channels and starts relaying for hub. Close stops it.
func New(ctx context.Context, b Broker, hub *ws.Hub, opts Options) (*Relay, error) {
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	if opts.PresenceTTL <= 0 {
		opts.PresenceTTL = DefaultPresenceTTL
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	sub, err := b.Subscribe(ctx, staffChannel, eventsChannel)
	if err != nil {
		return nil, err
	}
	r := &Relay{id: bot.NewID(), b: b, hub: hub, log: opts.Log, ttl: opts.PresenceTTL, wait: opts.Timeout, sub: sub,
		dirty: map[string]struct{}{}, kick: make(chan struct{}, 1), stop: make(chan struct{}), receiver: make(chan struct{})}
	r.bus = &Bus{local: staff.NewMemBus(), out: make(chan staff.Event, eventQueue)}
	hub.OnChange(r.changed)
	// Connections made before the hook was set.
	for _, conv := range hub.Conversations() {
		r.changed(conv)
	}
	r.workers.Add(2)
	go r.publishEvents()
	go r.writePresence()
	go r.receive()
	return r, nil
}

// ID is this replica's id in the relay's messages and presence records.
func (r *Relay) ID() string { return r.id }

// Bus is the staff console's event bus across replicas.
func (r *Relay) Bus() *Bus { return r.bus }

// staffWire is a staff message on the staff channel.
type staffWire struct {
	Replica string `json:"r"`
	Conv    string `json:"conv"`
	ID      string `json:"id"`
	Text    string `json:"text"`
	From    string `json:"from"`
	// Reply and InReplyTo carry a bot answer given on release (ws.StaffMessage).
	Reply     *bot.Reply `json:"reply,omitempty"`
	InReplyTo string     `json:"in_reply_to,omitempty"`
	At        time.Time  `json:"at,omitzero"`
}

// Deliver hands msg to the patient's connections on this replica and publishes it for the others,
// reporting whether the patient is connected anywhere. A message published while no replica holds
// the patient is dropped by all: the patient sees it in the history when they come back.
func (r *Relay) Deliver(convID string, msg ws.StaffMessage) bool {
	here := r.hub.Deliver(convID, msg)
	ctx, cancel := context.WithTimeout(context.Background(), r.wait)
	defer cancel()
	payload, _ := json.Marshal(staffWire{Replica: r.id, Conv: convID, ID: msg.ID, Text: msg.Text, From: msg.From,
		Reply: msg.Reply, InReplyTo: msg.InReplyTo, At: msg.At})
	if _, err := r.b.Publish(ctx, staffChannel, payload); err != nil {
		r.log.Warn("relay: staff message not published to other replicas", "conv", convID, "err", err)
		return here
	}
	return here || r.elsewhere(ctx, convID)
}

// HoldChanged tells this replica's connections of convID that its staff hold changed. The other
// replicas' connections hear of it from the console's "hold" event, which the relay carries to
// them (receive), and of a takeover from the staff message itself.
func (r *Relay) HoldChanged(convID string) { r.hub.HoldChanged(convID) }

// Live reports whether the patient of convID is connected to this replica or another.
func (r *Relay) Live(convID string) bool {
	if r.hub.Live(convID) {
		return true
	}
	ctx, cancel := context.WithTimeout(context.Background(), r.wait)
	defer cancel()
	return r.elsewhere(ctx, convID)
}

// LiveMany is Live for many conversations, with one Redis round trip for those not held here.
func (r *Relay) LiveMany(convIDs []string) []bool {
	live := r.hub.LiveMany(convIDs)
	var ask []string
	var at []int
	for i, ok := range live {
		if !ok {
			ask, at = append(ask, convIDs[i]), append(at, i)
		}
	}
	if len(ask) == 0 {
		return live
	}
	ctx, cancel := context.WithTimeout(context.Background(), r.wait)
	defer cancel()
	there, err := r.b.Present(ctx, ask, r.id, time.Now())
	if err != nil {
		r.log.Warn("relay: presence not read", "conversations", len(ask), "err", err)
		return live
	}
	for j, i := range at {
		live[i] = there[j]
	}
	return live
}

func (r *Relay) elsewhere(ctx context.Context, convID string) bool {
	ok, err := r.b.Present(ctx, []string{convID}, r.id, time.Now())
	if err != nil {
		r.log.Warn("relay: presence not read", "conv", convID, "err", err)
		return false
	}
	return ok[0]
}

// receive hands what other replicas publish to this replica's hub and consoles, until Close.
func (r *Relay) receive() {
	defer close(r.receiver)
	ctx := context.Background()
	for {
		m, err := r.sub.Receive(ctx)
		if err != nil {
			if !errors.Is(err, redisstore.ErrSubscriptionClosed) {
				r.log.Error("relay: subscription ended", "err", err)
			}
			return
		}
		switch {
		case m.Gap:
			// Messages were missed while the subscription was down: consoles re-read, and
			// presence is written again (Redis may have restarted empty).
			r.log.Warn("relay: subscription restored after a gap; consoles told to resync")
			r.bus.local.Publish(staff.Event{Type: "resync"})
			r.hub.HoldsChanged() // a hold event may have been missed too
			r.refreshAll()
		case m.Channel == staffChannel:
			var w staffWire
			if err := json.Unmarshal(m.Payload, &w); err != nil || w.Conv == "" {
				r.log.Warn("relay: unreadable staff message", "err", err)
				continue
			}
			if w.Replica != r.id {
				r.hub.Deliver(w.Conv, ws.StaffMessage{ID: w.ID, Text: w.Text, From: w.From, Reply: w.Reply, InReplyTo: w.InReplyTo, At: w.At})
			}
		case m.Channel == eventsChannel:
			var w eventsWire
			if err := json.Unmarshal(m.Payload, &w); err != nil {
				r.log.Warn("relay: unreadable events", "err", err)
				continue
			}
			if w.Replica != r.id {
				for _, e := range w.Events {
					if e.Type == "hold" {
						r.hub.HoldChanged(e.Conv)
					}
					r.bus.local.Publish(e)
				}
			}
		}
	}
}

// changed is the hub's hook: conv's presence here may have changed.
func (r *Relay) changed(conv string) {
	r.mu.Lock()
	r.dirty[conv] = struct{}{}
	r.mu.Unlock()
	select {
	case r.kick <- struct{}{}:
	default:
	}
}

// refreshAll marks every conversation held here for writing.
func (r *Relay) refreshAll() {
	for _, conv := range r.hub.Conversations() {
		r.changed(conv)
	}
}

// writePresence writes presence changes as they come, and refreshes all of this replica's
// presence every ttl/3. On Close it writes what is left (the hub has closed its connections
// by then, so that is their removal).
func (r *Relay) writePresence() {
	defer r.workers.Done()
	t := time.NewTicker(r.ttl / 3)
	defer t.Stop()
	for {
		select {
		case <-r.kick:
		case <-t.C:
			r.refreshAll()
		case <-r.stop:
			r.flushPresence()
			return
		}
		r.flushPresence()
	}
}

// flushPresence writes the dirty conversations' presence: held here or not, as the hub says now.
// What fails to be written stays dirty for the next attempt.
func (r *Relay) flushPresence() {
	r.mu.Lock()
	dirty := r.dirty
	r.dirty = map[string]struct{}{}
	r.mu.Unlock()
	var here, gone []string
	write := func() {
		ctx, cancel := context.WithTimeout(context.Background(), r.wait)
		defer cancel()
		if err := r.b.SetPresence(ctx, r.id, time.Now().Add(r.ttl), here, gone); err != nil {
			r.log.Warn("relay: presence not written", "conversations", len(here)+len(gone), "err", err)
			r.mu.Lock()
			for _, c := range append(here, gone...) {
				r.dirty[c] = struct{}{}
			}
			r.mu.Unlock()
		}
		here, gone = here[:0], gone[:0]
	}
	for conv := range dirty {
		if r.hub.Live(conv) {
			here = append(here, conv)
		} else {
			gone = append(gone, conv)
		}
		if len(here)+len(gone) >= presenceBatch {
			write()
		}
	}
	if len(here)+len(gone) > 0 {
		write()
	}
}

// Close stops relaying: it publishes the events still queued and writes presence (bounded by ctx),
// then unsubscribes. Close the hub first, so this replica's presence is removed.
func (r *Relay) Close(ctx context.Context) error {
	r.closeOnce.Do(func() { close(r.stop) })
	done := make(chan struct{})
	go func() { r.workers.Wait(); close(done) }()
	var err error
	select {
	case <-done:
	case <-ctx.Done():
		err = ctx.Err()
	}
	r.sub.Close()
	<-r.receiver
	return err
}

// eventsWire is a batch of console events on the events channel.
type eventsWire struct {
	Replica string        `json:"r"`
	Events  []staff.Event `json:"events"`
}

// Bus is a staff.Bus shared by every replica: Publish reaches consoles here at once and on the
// other replicas through Redis; Subscribe hears both.
type Bus struct {
	local *staff.MemBus
	out   chan staff.Event
	// lost: events were dropped (queue full, or Redis did not take them); the next message
	// starts with a resync.
	lost atomic.Bool
}

var _ staff.Bus = (*Bus)(nil)

// Publish tells this replica's consoles and queues e for the others, without blocking.
func (b *Bus) Publish(e staff.Event) {
	b.local.Publish(e)
	select {
	case b.out <- e:
	default:
		b.lost.Store(true)
	}
}

// Subscribe returns this replica's events and every other replica's.
func (b *Bus) Subscribe() (<-chan staff.Event, func()) { return b.local.Subscribe() }

// publishEvents publishes queued events until Close, then what is still queued. Events arriving
// within eventLinger of the first share its message, each once: under load that is one PUBLISH
// every few milliseconds instead of one per patient message.
func (r *Relay) publishEvents() {
	defer r.workers.Done()
	batch := make([]staff.Event, 0, eventBatch)
	linger := time.NewTimer(eventLinger)
	linger.Stop()
	for {
		stopping := false
		select {
		case e := <-r.bus.out:
			batch = append(batch, e)
			linger.Reset(eventLinger)
		collect:
			for len(batch) < eventBatch {
				select {
				case e := <-r.bus.out:
					batch = appendNew(batch, e)
				case <-linger.C:
					break collect
				case <-r.stop:
					stopping = true
					break collect
				}
			}
			linger.Stop()
		case <-r.stop:
			stopping = true
		}
		if stopping {
			// What is queued now, and no more: events published after Close are not waited for.
			for n := len(r.bus.out); n > 0; n-- {
				if batch = appendNew(batch, <-r.bus.out); len(batch) == eventBatch {
					r.publish(batch)
					batch = batch[:0]
				}
			}
		}
		if len(batch) > 0 {
			r.publish(batch)
			batch = batch[:0]
		}
		if stopping {
			return
		}
	}
}

// appendNew appends e to batch unless an equal event is in it already: consoles re-read what an
// event names, so one notice per conversation and kind is enough.
func appendNew(batch []staff.Event, e staff.Event) []staff.Event {
	for _, x := range batch {
		if x == e {
			return batch
		}
	}
	return append(batch, e)
}

func (r *Relay) publish(events []staff.Event) {
	if r.bus.lost.Swap(false) {
		events = append([]staff.Event{{Type: "resync"}}, events...)
	}
	payload, _ := json.Marshal(eventsWire{Replica: r.id, Events: events})
	ctx, cancel := context.WithTimeout(context.Background(), r.wait)
	defer cancel()
	if _, err := r.b.Publish(ctx, eventsChannel, payload); err != nil {
		r.bus.lost.Store(true)
		r.log.Warn("relay: console events not published to other replicas", "events", len(events), "err", err)
	}
}
