package relay_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/gorilla/websocket"
	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/transport/relay"
	"github.com/faqbot/faqbot/transport/staff"
	"github.com/faqbot/faqbot/transport/ws"
)

// The tests run two replicas, each with its own hub, WebSocket endpoint, Redis client and relay,
// on one Redis, with patients on real gorilla WebSocket clients over loopback sockets.

type answer struct{}

func (answer) Respond(text string, st bot.State) (bot.Reply, bot.State) {
	return bot.Reply{Kind: bot.KindSmalltalk, Text: "أهلا", Sources: []bot.Source{}, Suggestions: []string{}}, st
}

// replica is one faqbot replica's web side.
type replica struct {
	hub   *ws.Hub
	relay *relay.Relay
	url   string // ws://…/ws
	// stop shuts the hub and the relay down, as faqbot serve does; idempotent.
	stop func()
}

// mustReplica starts a replica on a Redis client of its own (newClient) with key prefix prefix.
func mustReplica(t testing.TB, newClient func() redis.UniversalClient, prefix string, opts relay.Options) *replica {
	t.Helper()
	c := newClient()
	store := redisstore.New(c, redisstore.Options{Prefix: prefix})
	hub := ws.NewHub(nil)
	r, err := relay.New(t.Context(), store, hub, opts)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /ws", ws.NewHandler(&bot.Service{Engine: answer{}, Store: store}, hub, ws.Config{}))
	srv := httptest.NewServer(mux)
	stopped := false
	rep := &replica{hub: hub, relay: r, url: "ws" + strings.TrimPrefix(srv.URL, "http") + "/ws"}
	rep.stop = func() {
		if stopped {
			return
		}
		stopped = true
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		hub.Shutdown(ctx)
		srv.Close()
		if err := r.Close(ctx); err != nil {
			t.Errorf("relay close: %v", err)
		}
		c.Close()
	}
	t.Cleanup(rep.stop)
	return rep
}

// backends are the Redis setups the relay is tested on: a client factory each.
func backends() []struct {
	name string
	open func(t *testing.T) func() redis.UniversalClient
} {
	return []struct {
		name string
		open func(t *testing.T) func() redis.UniversalClient
	}{
		{"miniredis", func(t *testing.T) func() redis.UniversalClient {
			m := miniredis.RunT(t)
			return func() redis.UniversalClient { return redis.NewClient(&redis.Options{Addr: m.Addr()}) }
		}},
		{"redis-server", func(t *testing.T) func() redis.UniversalClient {
			rs := redistest.Start(t)
			return func() redis.UniversalClient { return redis.NewClient(&redis.Options{Addr: rs.Addr()}) }
		}},
		{"cluster", func(t *testing.T) func() redis.UniversalClient {
			cl := redistest.StartCluster(t, 3)
			return func() redis.UniversalClient { return redis.NewClusterClient(&redis.ClusterOptions{Addrs: cl.Addrs()}) }
		}},
	}
}

// patient is a web patient on a real WebSocket.
type patient struct {
	t    *testing.T
	c    *websocket.Conn
	conv string
}

type frame struct {
	Type, Session, ID, Text, From string
}

// mustPatient connects to url and says hello with token ("" for a new session).
func mustPatient(t *testing.T, url, token string) *patient {
	t.Helper()
	c, _, err := websocket.DefaultDialer.DialContext(t.Context(), url, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	p := &patient{t: t, c: c}
	if err := c.WriteJSON(map[string]string{"type": "hello", "session": token}); err != nil {
		t.Fatal(err)
	}
	f := p.next(5 * time.Second)
	if f.Type != "welcome" {
		t.Fatalf("hello: %+v", f)
	}
	p.conv, _, _ = strings.Cut(f.Session, ".")
	return p
}

// next reads the next frame, failing the test when none comes within wait.
func (p *patient) next(wait time.Duration) frame {
	p.t.Helper()
	f, err := p.read(wait)
	if err != nil {
		p.t.Fatalf("read: %v", err)
	}
	return f
}

func (p *patient) read(wait time.Duration) (frame, error) {
	p.c.SetReadDeadline(time.Now().Add(wait))
	var f frame
	err := p.c.ReadJSON(&f)
	return f, err
}

// eventually polls cond until it holds, failing after 10 s.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !cond(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// A staff message given to replica A reaches the patient connected to replica B, and A knows the
// patient is live; once the patient leaves, neither says so.
func TestDeliverAcrossReplicas(t *testing.T) {
	for _, be := range backends() {
		t.Run(be.name, func(t *testing.T) {
			newClient := be.open(t)
			a := mustReplica(t, newClient, "r", relay.Options{})
			b := mustReplica(t, newClient, "r", relay.Options{})
			onB := mustPatient(t, b.url, "")
			onA := mustPatient(t, a.url, "")
			eventually(t, "each replica to see both patients", func() bool {
				return a.relay.Live(onB.conv) && a.relay.Live(onA.conv) && b.relay.Live(onB.conv) && b.relay.Live(onA.conv)
			})

			msg := ws.StaffMessage{ID: "e1", Text: "سنتصل بك الآن", From: "نورة"}
			if !a.relay.Deliver(onB.conv, msg) {
				t.Error("Deliver through A to the patient on B reported not delivered")
			}
			if f := onB.next(5 * time.Second); f.Type != "staff" || f.ID != msg.ID || f.Text != msg.Text || f.From != msg.From {
				t.Errorf("patient on B got %+v, want the staff message", f)
			}
			// Through B to the patient on A, too. The patient on A gets that first: nothing of
			// the message for B reached A's patient.
			if !b.relay.Deliver(onA.conv, ws.StaffMessage{ID: "e2", Text: "مرحبا", From: "Omar"}) {
				t.Error("Deliver through B to the patient on A reported not delivered")
			}
			if f := onA.next(5 * time.Second); f.ID != "e2" {
				t.Errorf("patient on A got %+v, want e2", f)
			}
			// Delivered once: the next frame of the patient on B is the next message, not a copy
			// (Deliver on B's own patient: through B's hub, B's published copy ignored by B).
			b.relay.Deliver(onB.conv, ws.StaffMessage{ID: "e3", Text: "x", From: "y"})
			if f := onB.next(5 * time.Second); f.ID != "e3" {
				t.Errorf("patient on B got %+v, want e3", f)
			}
			if a.relay.Deliver(bot.NewID(), msg) || a.relay.Live(bot.NewID()) {
				t.Error("a conversation nobody is connected to is delivered to, or live")
			}
			// Many at once (a page of the console's list): here, elsewhere, nowhere, in order.
			if got := a.relay.LiveMany([]string{onA.conv, onB.conv, bot.NewID(), onB.conv}); !slices.Equal(got, []bool{true, true, false, true}) {
				t.Errorf("LiveMany on A = %v, want [true true false true]", got)
			}

			onB.c.Close()
			eventually(t, "the patient who left B to be live nowhere", func() bool {
				return !a.relay.Live(onB.conv) && !b.relay.Live(onB.conv)
			})
			// The patient comes back on A with the same session: live again everywhere.
			back := mustPatient(t, a.url, "")
			eventually(t, "B to see the patient on A", func() bool { return b.relay.Live(back.conv) })
		})
	}
}

// A replica shutting down removes its presence at once: its patients do not stay "live" for the
// presence TTL.
func TestCloseRemovesPresence(t *testing.T) {
	rs := redistest.Start(t)
	newClient := func() redis.UniversalClient { return redis.NewClient(&redis.Options{Addr: rs.Addr()}) }
	a := mustReplica(t, newClient, "r", relay.Options{})
	b := mustReplica(t, newClient, "r", relay.Options{PresenceTTL: time.Hour})
	p := mustPatient(t, b.url, "")
	eventually(t, "A to see the patient on B", func() bool { return a.relay.Live(p.conv) })
	b.stop()
	if a.relay.Live(p.conv) {
		t.Error("after B stopped, its patient is still live")
	}
}

// Console events published on one replica reach consoles on every replica, each once, in order.
func TestBusAcrossReplicas(t *testing.T) {
	for _, be := range backends() {
		t.Run(be.name, func(t *testing.T) {
			newClient := be.open(t)
			a := mustReplica(t, newClient, "r", relay.Options{})
			b := mustReplica(t, newClient, "r", relay.Options{})
			other := mustReplica(t, newClient, "another-deployment", relay.Options{})
			onA, stopA := a.relay.Bus().Subscribe()
			defer stopA()
			onB, stopB := b.relay.Bus().Subscribe()
			defer stopB()
			onOther, stopOther := other.relay.Bus().Subscribe()
			defer stopOther()

			// Published as fast as bot.Service would (a console's buffer's worth: more, and a
			// console that does not read is told to resync instead).
			const n = 60
			for i := range n {
				a.relay.Bus().Publish(staff.Event{Type: "entry", Conv: "c" + strconv.Itoa(i)})
			}
			b.relay.Bus().Publish(staff.Event{Type: "review", Conv: "from-b"})
			for name, ch := range map[string]<-chan staff.Event{"A": onA, "B": onB} {
				got := 0
				sawB := false
				for got < n || !sawB {
					select {
					case e := <-ch:
						switch {
						case e.Type == "review" && e.Conv == "from-b":
							if sawB {
								t.Errorf("%s: B's event twice", name)
							}
							sawB = true
						case e.Type == "entry" && e.Conv == "c"+strconv.Itoa(got):
							got++
						default:
							t.Fatalf("%s: event %+v, want entry c%d", name, e, got)
						}
					case <-time.After(10 * time.Second):
						t.Fatalf("%s: %d of %d events from A, B's: %v", name, got, n, sawB)
					}
				}
			}
			// Nothing twice (a replica ignores its own messages), nothing to another prefix.
			for name, ch := range map[string]<-chan staff.Event{"A": onA, "B": onB, "another deployment": onOther} {
				select {
				case e := <-ch:
					t.Errorf("%s: extra event %+v", name, e)
				case <-time.After(300 * time.Millisecond):
				}
			}
		})
	}
}

// When Redis restarts (empty, no persistence), consoles are told to re-read what they may have
// missed, and presence comes back without waiting for the next refresh.
func TestRedisRestart(t *testing.T) {
	rs := redistest.Start(t)
	newClient := func() redis.UniversalClient {
		return redis.NewClient(&redis.Options{Addr: rs.Addr(), DialerRetries: 1})
	}
	a := mustReplica(t, newClient, "r", relay.Options{})
	b := mustReplica(t, newClient, "r", relay.Options{PresenceTTL: time.Hour})
	p := mustPatient(t, b.url, "")
	eventually(t, "A to see the patient on B", func() bool { return a.relay.Live(p.conv) })
	events, stop := a.relay.Bus().Subscribe()
	defer stop()

	rs.Restart()
	select {
	case e := <-events:
		if e.Type != "resync" {
			t.Errorf("after the restart: %+v, want resync", e)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("no resync after Redis restarted")
	}
	eventually(t, "the patient on B live again for A", func() bool { return a.relay.Live(p.conv) })
	// And relaying works again.
	a.relay.Deliver(p.conv, ws.StaffMessage{ID: "after", Text: "x", From: "y"})
	for {
		f := p.next(5 * time.Second)
		if f.Type == "staff" {
			if f.ID != "after" {
				t.Errorf("got %+v", f)
			}
			break
		}
	}
}

// Events still queued when a replica stops are published before it lets go of Redis.
func TestCloseFlushesEvents(t *testing.T) {
	rs := redistest.Start(t)
	newClient := func() redis.UniversalClient { return redis.NewClient(&redis.Options{Addr: rs.Addr()}) }
	a := mustReplica(t, newClient, "r", relay.Options{})
	b := mustReplica(t, newClient, "r", relay.Options{})
	onB, stop := b.relay.Bus().Subscribe()
	defer stop()
	want := []staff.Event{{Type: "entry", Conv: "c1"}, {Type: "review", Conv: "c1"}, {Type: "erased", Conv: "c2"}}
	for _, e := range want {
		a.relay.Bus().Publish(e)
	}
	a.stop() // at once: the events are still queued, or lingering for company
	for _, w := range want {
		select {
		case e := <-onB:
			if e != w {
				t.Errorf("B got %+v, want %+v", e, w)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("B never got %+v", w)
		}
	}
}
