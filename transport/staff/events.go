package staff

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/faqbot/faqbot/bot"
)

// Event tells open consoles that something changed. It names what, never carries conversation text:
// consoles re-read through the API.
type Event struct {
	// Type is "entry" (new log entries), "urgent" (a patient showed a red flag and was given the
	// emergency guidance: told at once, even before the log has it), "review", "hold", "erased",
	// "audit", or "resync" (events were dropped: re-read everything).
	Type string `json:"type"`
	Conv string `json:"conv,omitempty"`
}

// Bus carries events to every open console. MemBus is one process's; a Redis pub/sub bus lets
// several replicas share theirs.
type Bus interface {
	// Publish sends e to every subscriber without blocking.
	Publish(e Event)
	// Subscribe returns a channel of events and a function that ends the subscription.
	Subscribe() (<-chan Event, func())
}

// subscriberBuffer is how many events a slow console may fall behind before it is told to resync.
const subscriberBuffer = 64

// MemBus is an in-process Bus. Safe for concurrent use; the zero value is not usable, call NewMemBus.
type MemBus struct {
	mu   sync.Mutex
	subs map[*subscriber]struct{}
}

type subscriber struct {
	ch     chan Event
	lagged bool // an event was dropped: send resync when there is room
}

// NewMemBus returns a bus with no subscribers.
func NewMemBus() *MemBus { return &MemBus{subs: map[*subscriber]struct{}{}} }

func (b *MemBus) Publish(e Event) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for s := range b.subs {
		if s.lagged {
			select {
			case s.ch <- Event{Type: "resync"}:
				s.lagged = false
			default:
				continue
			}
		}
		select {
		case s.ch <- e:
		default:
			s.lagged = true
		}
	}
}

func (b *MemBus) Subscribe() (<-chan Event, func()) {
	s := &subscriber{ch: make(chan Event, subscriberBuffer)}
	b.mu.Lock()
	b.subs[s] = struct{}{}
	b.mu.Unlock()
	var once sync.Once
	return s.ch, func() {
		once.Do(func() {
			b.mu.Lock()
			delete(b.subs, s)
			b.mu.Unlock()
		})
	}
}

// NotifyStore wraps the bot's Store so that every Commit that adds entries to a conversation log
// tells open consoles. It changes nothing else: errors and results are the wrapped Store's.
func NotifyStore(st bot.Store, bus Bus) bot.Store { return &notifyStore{Store: st, bus: bus} }

type notifyStore struct {
	bot.Store
	bus Bus
}

func (n *notifyStore) Commit(ctx context.Context, s bot.Session, msgID string, entries ...bot.Entry) error {
	err := n.Store.Commit(ctx, s, msgID, entries...)
	// A Store that buffers writes while Redis is away returns an error yet keeps the entries; the
	// console re-reads either way, so notify whenever there were entries.
	if len(entries) > 0 {
		n.bus.Publish(Event{Type: "entry", Conv: s.ConversationID})
	}
	return err
}

// NotifyWritten returns a function that tells open consoles about commits that added entries: for
// bot.BufferedStore.OnWritten, which calls it once the entries are in the store, so a console
// re-reading finds them (NotifyStore would tell too early when the store writes behind).
func NotifyWritten(bus Bus) func([]bot.Write) {
	return func(ws []bot.Write) {
		for _, w := range ws {
			if len(w.Entries) > 0 {
				bus.Publish(Event{Type: "entry", Conv: w.Session.ConversationID})
			}
		}
	}
}

// sessionCheck is how often an open event stream re-checks its session (it exists, and its
// account is still in the accounts file): a signed-out, expired or removed console stops receiving
// within a second, on whichever replica it signed out. One GET and one stat per open console.
const sessionCheck = 300 * time.Millisecond

// NotifyEmergency returns a function that tells open consoles of a red flag in a conversation at
// once: for bot.Service.OnEmergency, which calls it before the store is written (so even while
// the store is down or behind).
func NotifyEmergency(bus Bus) func(bot.Session) {
	return func(s bot.Session) { bus.Publish(Event{Type: "urgent", Conv: s.ConversationID}) }
}

// events streams Events to a console as server-sent events until the client goes, the server
// closes, or the session ends (signed out, expired or account removed: checked every sessionCheck).
func (s *Server) events(w http.ResponseWriter, r *http.Request, who string) {
	rc := http.NewResponseController(w)
	// The server's WriteTimeout would cut a long-lived stream; heartbeats keep it honest instead.
	_ = rc.SetWriteDeadline(time.Time{})
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("X-Accel-Buffering", "no") // nginx: do not buffer the stream
	w.WriteHeader(http.StatusOK)
	ch, cancel := s.bus.Subscribe()
	defer cancel()
	if _, err := fmt.Fprint(w, "retry: 3000\n: connected\n\n"); err != nil {
		return
	}
	if rc.Flush() != nil {
		return
	}
	ping := time.NewTicker(s.cfg.Heartbeat)
	defer ping.Stop()
	check := time.NewTicker(min(s.cfg.Heartbeat, sessionCheck))
	defer check.Stop()
	ctx := r.Context()
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.done:
			return
		case <-check.C:
			// Only a session known to be gone ends the stream. While the store is unreachable the
			// check cannot tell, and the stream is how the console hears of a red flag at once: keep
			// it open (the bound keeps a hanging store from holding events back for long).
			cctx, cancelCheck := context.WithTimeout(ctx, sessionCheck)
			_, err := s.who(cctx, r)
			cancelCheck()
			if errors.Is(err, errNoSession) {
				return // signed out, expired or removed: the console finds out on its next call
			}
			continue
		case <-ping.C:
			if _, err := fmt.Fprint(w, ": ping\n\n"); err != nil {
				return
			}
		case e := <-ch:
			data, _ := json.Marshal(e)
			if _, err := fmt.Fprintf(w, "data: %s\n\n", data); err != nil {
				return
			}
		}
		if rc.Flush() != nil {
			return
		}
	}
}
