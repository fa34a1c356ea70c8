package httpx

import (
	"cmp"
	"errors"
	"io"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// Defaults of Limits.
const (
	// DefaultBodyTimeout bounds sending a request body: a webhook or a staff form arrives in well
	// under a second, while a client trickling a byte at a time holds a connection (and a file
	// descriptor) for as long as it is let.
	DefaultBodyTimeout = 10 * time.Second
	// DefaultMaxBody caps a request body; routes may cap theirs lower (the staff API, Twilio).
	DefaultMaxBody = 1 << 20
	// DefaultAddrRequests is how many requests one client address may have in flight at once: a
	// browser opens six connections a host, and a clinic's NAT holds several staff, each console
	// keeping an event stream open, and patients.
	DefaultAddrRequests = 64
)

// Limits bound what a request may cost the server before its handler decides anything.
type Limits struct {
	// BodyTimeout is how long a client has to send a request body, counted from the end of its
	// headers; past it the read fails and the connection closes. 0: DefaultBodyTimeout; negative: none.
	BodyTimeout time.Duration
	// MaxBody is the largest request body; a larger one is refused with 413 (at once when its
	// Content-Length says so, or when a handler reads past the limit). 0: DefaultMaxBody; negative: none.
	MaxBody int64
	// AddrRequests is how many requests one client address (see Clients) may have in flight; one more
	// gets 429. 0: DefaultAddrRequests; negative: no limit.
	AddrRequests int
	// Clients tells the address a request is counted against.
	Clients Clients
}

// Limit applies l to every request to next. A WebSocket upgrade passes too: it has no body, and it
// holds its address's place only during the handshake (the handler returns once the connection is
// taken over, and transport/ws bounds connections per address). No header exempts a request, or a
// client could claim to be upgrading to escape the limits.
func Limit(l Limits, next http.Handler) http.Handler {
	if l.BodyTimeout == 0 {
		l.BodyTimeout = DefaultBodyTimeout
	}
	if l.MaxBody == 0 {
		l.MaxBody = DefaultMaxBody
	}
	if l.AddrRequests == 0 {
		l.AddrRequests = DefaultAddrRequests
	}
	inflight := &addrCounter{max: l.AddrRequests, n: map[string]int{}}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := l.Clients.Key(r)
		if !inflight.acquire(key) {
			// The address is not logged: it identifies a person as much as a phone number does.
			w.Header().Set("Retry-After", "5")
			http.Error(w, "too many requests from your address at once", http.StatusTooManyRequests)
			return
		}
		defer inflight.release(key)
		if l.MaxBody > 0 && r.ContentLength > l.MaxBody {
			w.Header().Set("Connection", "close") // the body is not read
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		if r.Body != nil && r.Body != http.NoBody {
			if l.MaxBody > 0 {
				r.Body = http.MaxBytesReader(w, r.Body, l.MaxBody)
			}
			if l.BodyTimeout > 0 {
				r.Body = deadlineBody(w, r.Body, l.BodyTimeout)
			}
		}
		next.ServeHTTP(w, r)
	})
}

// deadlineBody sets the connection's read deadline timeout from now and clears it when the body has
// been read to its end: the deadline bounds the body, not a long response such as an event stream
// (net/http reads the connection in the background then, and a deadline there would cancel the
// request's context).
func deadlineBody(w http.ResponseWriter, body io.ReadCloser, timeout time.Duration) io.ReadCloser {
	rc := http.NewResponseController(w)
	if rc.SetReadDeadline(time.Now().Add(timeout)) != nil {
		return body // not a connection that takes deadlines (a test recorder): nothing to bound
	}
	return &timedBody{ReadCloser: body, rc: rc}
}

type timedBody struct {
	io.ReadCloser
	rc   *http.ResponseController
	done bool
}

func (b *timedBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if errors.Is(err, io.EOF) && !b.done {
		b.done = true
		b.rc.SetReadDeadline(time.Time{})
	}
	return n, err
}

// addrCounter counts requests in flight by address. Safe for concurrent use.
type addrCounter struct {
	max int // <= 0: no limit
	mu  sync.Mutex
	n   map[string]int // absent: none
}

func (c *addrCounter) acquire(key string) bool {
	if c.max <= 0 {
		return true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n[key] >= c.max {
		return false
	}
	c.n[key]++
	return true
}

func (c *addrCounter) release(key string) {
	if c.max <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n[key] <= 1 {
		delete(c.n, key)
	} else {
		c.n[key]--
	}
}

// Clients tells which client address a request comes from, for per-address limits.
type Clients struct {
	// TrustedProxies are the networks of reverse proxies whose X-Forwarded-For is believed. Empty:
	// X-Forwarded-For is ignored (any client can write it) and the TCP peer is the client.
	TrustedProxies []netip.Prefix
}

// Key is the address r is counted against: the peer, or for a trusted proxy the client it names
// (the right-most X-Forwarded-For address that is not itself a trusted proxy); an IPv6 address by
// its /64, which is what one subscriber gets (ClientKey: one rule for every per-address limit).
func (c Clients) Key(r *http.Request) string { return ClientKey(r, c.TrustedProxies) }

// ConnLimit is a net.Listener that keeps at most Max connections open (HTTP and upgraded
// WebSockets alike), so that a flood of connections cannot take the file descriptors Redis, the
// knowledge base and the logs need: past Max, a new connection is answered "503 Service
// Unavailable" at once and closed, and the server keeps serving those it holds.
type ConnLimit struct {
	net.Listener
	// Max is how many connections may be open at once.
	Max int
	// Refusing is how many refusals may be in progress at once: each holds a descriptor for up to
	// a quarter of a second, so they come out of the reserve too. Past it, Accept waits for one to
	// finish: the connections wait in the kernel's queue, holding no descriptor. 0: 16.
	Refusing int
	// Refused, when set, is called for each connection refused.
	Refused func()

	open     atomic.Int64
	initSem  sync.Once
	refusing chan struct{} // a place for each refusal in progress
}

// refuseWait bounds one refusal: a client that connects and sends nothing is not waited for long.
const refuseWait = 250 * time.Millisecond

// refusal is what a connection over the limit is told: a whole HTTP response, as the server has not
// read its request.
var refusal = []byte("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n" +
	"Retry-After: 5\r\nConnection: close\r\nContent-Length: " + strconv.Itoa(len(refusalText)) + "\r\n\r\n" + refusalText)

const refusalText = "the server is at its connection limit; please retry shortly\n"

// Open is how many connections are open.
func (l *ConnLimit) Open() int { return int(l.open.Load()) }

// Accept returns the next connection while fewer than Max are open, and refuses those over it.
func (l *ConnLimit) Accept() (net.Conn, error) {
	l.initSem.Do(func() { l.refusing = make(chan struct{}, cmp.Or(l.Refusing, 16)) })
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		if l.open.Add(1) <= int64(l.Max) {
			return &limitedConn{Conn: c, l: l}, nil
		}
		l.open.Add(-1)
		if l.Refused != nil {
			l.Refused()
		}
		l.refusing <- struct{}{} // a refusal finishes within refuseWait
		go l.refuse(c)
	}
}

// refuse answers c with the 503. It reads the client's request first (waiting refuseWait at most):
// closing a socket with unread data resets it, and the client would see the reset instead of the
// answer.
func (l *ConnLimit) refuse(c net.Conn) {
	defer func() { <-l.refusing }()
	defer c.Close()
	c.SetDeadline(time.Now().Add(refuseWait))
	var buf [4 << 10]byte
	c.Read(buf[:])
	c.Write(refusal)
}

// limitedConn gives its place back once, when closed.
type limitedConn struct {
	net.Conn
	l    *ConnLimit
	once sync.Once
}

func (c *limitedConn) Close() error {
	c.once.Do(func() { c.l.open.Add(-1) })
	return c.Conn.Close()
}

// CloseWrite keeps the TCP connection's half-close, which net/http uses to end a response cleanly.
func (c *limitedConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}
