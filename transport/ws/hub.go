package ws

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/gorilla/websocket"
)

// StaffMessage is what a person writes into a patient's conversation.
type StaffMessage struct {
	// ID is the server's id of the staff entry in the conversation log.
	ID   string
	Text string
	// From is the staff member's display name.
	From string
	// Reply, when set, makes this instead the bot's answer to the patient's message InReplyTo,
	// given after staff released the conversation: it goes out as a reply frame.
	Reply     *bot.Reply
	InReplyTo string
	At        time.Time // when the bot answered (with Reply)
}

func (m StaffMessage) frame() []byte {
	if m.Reply != nil {
		return encodeReply(&bot.Entry{ID: m.ID, Reply: m.Reply, At: m.At}, m.InReplyTo)
	}
	return encodeStaff(m)
}

// Deliverer reaches patients' live web connections. *Hub does it for this replica; a cross-replica
// relay (Redis pub/sub: publish on Deliver, hand what arrives to every replica's Hub) has the same
// methods, so the staff console takes a Deliverer and never knows which it has.
type Deliverer interface {
	// Deliver sends msg to every connection of conversation convID, reporting whether any took it.
	Deliver(convID string, msg StaffMessage) bool
	// Live reports whether a patient is connected to conversation convID.
	Live(convID string) bool
	// LiveMany is Live for each of convIDs, at once (a page of the staff console's list).
	LiveMany(convIDs []string) []bool
	// HoldChanged tells the connections of conversation convID that staff took it over or
	// released it (see Hub.HoldChanged).
	HoldChanged(convID string)
}

var _ Deliverer = (*Hub)(nil)

// Hub registers this replica's connections: all of them (for Shutdown), and those past hello by
// conversation (for Deliver and Live). Safe for concurrent use. The zero value is not usable; call NewHub.
type Hub struct {
	log *slog.Logger
	// ctx is the parent of every connection's context; cancelled when Shutdown gives up waiting,
	// so answers still being prepared stop too.
	ctx    context.Context
	cancel context.CancelFunc

	mu      sync.RWMutex
	all     map[*conn]struct{}
	convs   map[string][]*conn // usually one connection each; more with several tabs
	closing bool
	joined  uint64 // connections ever joined: spreads them over the ping slots
	// stopPing ends the ping loop; closed by Shutdown.
	stopPing chan struct{}
	// answerers answer the connections' frames (answerers.go).
	answerers *answerers
	// wg counts the connections' goroutines; Add only under mu while !closing, so it never races Wait.
	wg sync.WaitGroup
	// changed, when set, hears of conversations gaining their first or losing their last connection.
	changed func(convID string)
}

// NewHub returns an empty hub logging to log (nil: nowhere). It starts the goroutine that pings
// the connections; Shutdown stops it.
func NewHub(log *slog.Logger) *Hub {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := &Hub{log: log, ctx: ctx, cancel: cancel, all: map[*conn]struct{}{}, convs: map[string][]*conn{},
		stopPing: make(chan struct{}), answerers: newAnswerers()}
	go h.pingLoop()
	return h
}

// pingLoop asks every connection's writer for a ping once per pingPeriod, one slot of connections
// at a time so the pings are spread out. One ticker for the hub instead of one per connection:
// an idle connection then costs no timer. A connection with a full queue is skipped: its writer
// is busy, and if the client has stopped reading it will be dropped anyway.
func (h *Hub) pingLoop() {
	t := time.NewTicker(pingPeriod / pingSlots)
	defer t.Stop()
	for slot := uint8(0); ; slot = (slot + 1) % pingSlots {
		select {
		case <-t.C:
		case <-h.stopPing:
			return
		}
		h.mu.RLock()
		for c := range h.all {
			if c.slot == slot {
				c.offer(nil)
			}
		}
		h.mu.RUnlock()
	}
}

// join registers a new connection and counts its two goroutines; false once Shutdown has begun.
func (h *Hub) join(c *conn) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closing {
		return false
	}
	c.slot = uint8(h.joined % pingSlots)
	h.joined++
	h.all[c] = struct{}{}
	h.wg.Add(2)
	return true
}

// bind files c under its conversation, once hello has told which, queuing welcome first: under
// the lock, so no staff message can overtake it.
func (h *Hub) bind(conv string, c *conn, welcome []byte) {
	h.mu.Lock()
	c.push(welcome)
	first := len(h.convs[conv]) == 0
	h.convs[conv] = append(h.convs[conv], c)
	changed := h.changed
	h.mu.Unlock()
	if first && changed != nil {
		changed(conv)
	}
}

// leave forgets c; called once by its reader as it ends.
func (h *Hub) leave(c *conn, conv string) {
	h.mu.Lock()
	delete(h.all, c)
	if conv == "" {
		h.mu.Unlock()
		return
	}
	cs := h.convs[conv]
	for i, x := range cs {
		if x == c {
			cs = append(cs[:i], cs[i+1:]...)
			break
		}
	}
	last := len(cs) == 0
	if last {
		delete(h.convs, conv)
	} else {
		h.convs[conv] = cs
	}
	changed := h.changed
	h.mu.Unlock()
	if last && changed != nil {
		changed(conv)
	}
}

// OnChange sets f to be called when a conversation gains its first connection on this replica or
// loses its last, so a relay can tell other replicas (presence). f runs on the connection's
// goroutine, outside the hub's lock, and must not block; calls for one conversation may arrive out
// of order, so f should look at Live for the current state rather than count.
func (h *Hub) OnChange(f func(convID string)) {
	h.mu.Lock()
	h.changed = f
	h.mu.Unlock()
}

// Conversations returns the conversations with a connection on this replica.
func (h *Hub) Conversations() []string {
	h.mu.RLock()
	defer h.mu.RUnlock()
	ids := make([]string, 0, len(h.convs))
	for id := range h.convs {
		ids = append(ids, id)
	}
	return ids
}

// Deliver queues msg to every connection of conversation convID on this replica, reporting whether
// there was one. It never blocks: a connection that cannot take it is dropped (see package doc).
// A staff message means staff have taken the conversation over: the connections read the hold
// again before answering the patient's next message.
func (h *Hub) Deliver(convID string, msg StaffMessage) bool {
	h.HoldChanged(convID)
	return h.push(convID, msg.frame(), (*conn).push)
}

// HoldChanged tells the connections of conversation convID on this replica that staff took the
// conversation over or released it, so they read the hold again before the next answer (they
// keep it in memory otherwise; see bot.Live).
func (h *Hub) HoldChanged(convID string) {
	h.mu.RLock()
	for _, c := range h.convs[convID] {
		c.live.HoldChanged()
	}
	h.mu.RUnlock()
}

// HoldsChanged is HoldChanged for every conversation: for when hold changes may have been missed
// (the relay's subscription was down).
func (h *Hub) HoldsChanged() {
	h.mu.RLock()
	for _, cs := range h.convs {
		for _, c := range cs {
			c.live.HoldChanged()
		}
	}
	h.mu.RUnlock()
}

// Typing shows the typing indicator on every connection of conversation convID on this replica.
// It is only a hint: a connection with a full queue skips it.
func (h *Hub) Typing(convID string) bool { return h.push(convID, typingFrame, (*conn).offer) }

func (h *Hub) push(convID string, frame []byte, send func(*conn, []byte) bool) bool {
	h.mu.RLock()
	cs := h.convs[convID]
	sent := false
	for _, c := range cs {
		sent = send(c, frame) || sent
	}
	h.mu.RUnlock()
	return sent
}

// Live reports whether conversation convID has a connection on this replica.
func (h *Hub) Live(convID string) bool {
	h.mu.RLock()
	defer h.mu.RUnlock()
	return len(h.convs[convID]) > 0
}

// LiveMany reports, for each of convIDs, whether it has a connection on this replica.
func (h *Hub) LiveMany(convIDs []string) []bool {
	out := make([]bool, len(convIDs))
	h.mu.RLock()
	defer h.mu.RUnlock()
	for i, id := range convIDs {
		out[i] = len(h.convs[id]) > 0
	}
	return out
}

// Len returns the number of open connections.
func (h *Hub) Len() int {
	h.mu.RLock()
	defer h.mu.RUnlock()
	return len(h.all)
}

// Shutdown refuses new connections, closes every open one with 1001 (going away) after writing
// what was already queued to it, and waits for their goroutines. When ctx ends first it cuts the
// remaining connections off and returns ctx's error. http.Server.Shutdown does not do this
// (upgraded connections are hijacked), so the server calls it next to Shutdown.
func (h *Hub) Shutdown(ctx context.Context) error {
	h.mu.Lock()
	if !h.closing {
		close(h.stopPing)
		h.answerers.stop()
	}
	h.closing = true
	cs := make([]*conn, 0, len(h.all))
	for c := range h.all {
		cs = append(cs, c)
	}
	h.mu.Unlock()
	h.log.InfoContext(ctx, "ws: closing connections", "count", len(cs))
	for _, c := range cs {
		c.stop(websocket.CloseGoingAway, "server shutting down", true)
	}
	done := make(chan struct{})
	go func() { h.wg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		h.cancel()
		for _, c := range cs {
			c.ws.Close()
		}
		<-done // both pumps end promptly once their socket is closed and their context cancelled
		return ctx.Err()
	}
}
