package ws

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/transport/httpx"
	"github.com/gorilla/websocket"
)

// Timings of a connection.
const (
	// writeWait is how long one frame may take to write. A client that cannot take a frame in this
	// time is gone or stalled; the write fails and the connection is closed.
	writeWait = 10 * time.Second
	// pongWait is how long the connection may stay silent: any frame or pong restarts the clock.
	// The 60 s idle timeout common in load balancers, with pings keeping the connection busy.
	pongWait = 60 * time.Second
	// pingPeriod is how often each connection is pinged. One hub goroutine pings a slice of the
	// connections at a time (pingSlots per period) instead of a ticker per connection, so a
	// connection's first ping may come up to a slot late: half of pongWait leaves room for that
	// and for one lost pong.
	pingPeriod = pongWait / 2
	pingSlots  = 16
	// closeGrace is how long the writer waits, after sending a close frame, for the client's close
	// in reply before dropping the socket (the close handshake of RFC 6455 §7).
	closeGrace = time.Second
	// answerTimeout bounds the store work of one hello or message, so a hung Redis costs the
	// patient an "unavailable" error instead of a frozen connection.
	answerTimeout = 5 * time.Second
)

// Sizes.
const (
	// maxFrame is the read limit for a frame: room for a message of DefaultMaxRunes even if every
	// character arrives as a \uXXXX escape. A bigger frame closes the connection with 1009.
	maxFrame = 8 << 10
	// sendQueue is how many frames may wait for the writer. Replies are paced by the reader (one
	// answer per message read), so only a client that sends without reading fills it.
	sendQueue = 16
	// Socket buffers: small, because an idle connection should cost little (a patient's message
	// fits in the read buffer; bigger frames are read in several pieces). Write buffers come from a
	// pool and are held only while a frame is being written.
	readBufferSize  = 512
	writeBufferSize = 4 << 10
)

// Defaults of Config.
const (
	DefaultMaxRunes    = 1000
	DefaultSessionRate = 30 // messages a minute: more than anyone types
	DefaultBurst       = 8  // messages at once: a few quick lines, or a resend after a reconnect
	DefaultTypingDelay = 200 * time.Millisecond
)

// Config configures a Handler. The zero value of each field means its documented default.
type Config struct {
	// Logger receives connection events (conversation ids, counts), never message text. nil: none.
	Logger *slog.Logger
	// AllowedOrigins lists the origins ("https://clinic.example") whose pages may open the socket;
	// "*" allows any. Empty: only the server's own origin (Origin host equal to Host). Requests
	// without an Origin header (not from a browser) are always allowed.
	AllowedOrigins []string
	// MaxRunes is the longest message text, in characters (0: DefaultMaxRunes).
	MaxRunes int
	// SessionRate is how many messages a conversation may send a minute before rate_limited
	// (0: DefaultSessionRate; negative: no limit).
	SessionRate int
	// Burst is how many messages a conversation may send at once (0: DefaultBurst, at most SessionRate).
	Burst int
	// TypingDelay is how long an answer may take before the client is sent typing (0: DefaultTypingDelay).
	TypingDelay time.Duration
	// Metrics counts error frames by code. nil: not counted.
	Metrics Metrics
	// Addr bounds what one client address may do, over all its connections (addrlimit.go).
	Addr AddrLimits
	// Days counts Addr.Daily over all replicas (the Redis store); nil: each replica counts its own
	// messages, so n replicas let an address n times its share.
	Days DayCounter
}

// Handler serves GET /ws: it upgrades the request and speaks the protocol over the connection,
// answering through Service. Connections are registered with its Hub.
type Handler struct {
	svc      *bot.Service
	hub      *Hub
	log      *slog.Logger
	up       websocket.Upgrader
	origins  map[string]bool // normalised scheme://host; nil: same origin only
	anyOrig  bool
	maxRunes int
	limit    *limiter // nil: no rate limit
	typing   time.Duration
	readMax  int64
	metrics  Metrics
	addrs    *addrGuard
	daily    *dailyCounter // nil: no daily limit (daily.go)
}

// writePool lends write buffers to connections while they write a frame: idle connections hold none.
var writePool = &sync.Pool{}

// NewHandler returns the /ws handler answering through svc and registering connections with hub.
func NewHandler(svc *bot.Service, hub *Hub, cfg Config) *Handler {
	h := &Handler{svc: svc, hub: hub, log: cfg.Logger, maxRunes: cfg.MaxRunes, typing: cfg.TypingDelay}
	if h.log == nil {
		h.log = slog.New(slog.DiscardHandler)
	}
	if h.metrics = cfg.Metrics; h.metrics == nil {
		h.metrics = noMetrics{}
	}
	if h.maxRunes <= 0 {
		h.maxRunes = DefaultMaxRunes
	}
	if h.typing <= 0 {
		h.typing = DefaultTypingDelay
	}
	h.readMax = max(maxFrame, int64(h.maxRunes)*6+1<<10)
	h.addrs = newAddrGuard(cfg.Addr)
	h.daily = newDailyCounter(cfg.Addr.Daily, cfg.Days)
	h.limit = configuredLimiter(cfg.SessionRate, cfg.Burst, DefaultSessionRate, DefaultBurst)
	for _, o := range cfg.AllowedOrigins {
		o = strings.TrimSpace(o)
		switch {
		case o == "":
		case o == "*":
			h.anyOrig = true
		default:
			if h.origins == nil {
				h.origins = map[string]bool{}
			}
			h.origins[normOrigin(o)] = true
		}
	}
	h.up = websocket.Upgrader{
		ReadBufferSize:  readBufferSize,
		WriteBufferSize: writeBufferSize,
		WriteBufferPool: writePool,
		CheckOrigin:     h.checkOrigin,
		Error: func(w http.ResponseWriter, r *http.Request, status int, reason error) {
			h.log.InfoContext(r.Context(), "ws: upgrade refused", "status", status, "reason", reason.Error())
			http.Error(w, http.StatusText(status), status)
		},
	}
	return h
}

// normOrigin lowercases an origin and drops a trailing slash, as browsers send it.
func normOrigin(o string) string { return strings.ToLower(strings.TrimSuffix(o, "/")) }

func (h *Handler) checkOrigin(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true // not a browser: nothing to protect against (CONTRACTS.md §3)
	}
	if h.anyOrig {
		return true
	}
	if h.origins != nil {
		return h.origins[normOrigin(origin)]
	}
	u, err := url.Parse(origin)
	return err == nil && u.Host != "" && strings.EqualFold(u.Host, r.Host)
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	addr, ok := h.admit(w, r)
	if !ok {
		return
	}
	ws, err := h.up.Upgrade(w, r, nil)
	if err != nil {
		h.addrs.release(addr)
		return // Upgrade has answered the request, and Error logged it
	}
	// The connection's context is the hub's (cancelled when a shutdown gives up waiting) with the
	// request id for the logs: nothing per connection that an idle connection would have to keep.
	c := &conn{h: h, ws: ws, ctx: httpx.WithID(h.hub.ctx, httpx.ID(r.Context())), send: make(chan []byte, sendQueue),
		quit: make(chan struct{}), readerDone: make(chan struct{}), opened: time.Now(), addr: addr}
	if !h.hub.join(c) {
		h.addrs.release(addr)
		// Shutting down: tell the widget to go elsewhere.
		ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseGoingAway, "server shutting down"),
			time.Now().Add(writeWait))
		ws.Close()
		return
	}
	// Return now so the HTTP server's goroutine and buffers are released: the reader is all the
	// connection keeps; a writer runs only while there is something to write (kick).
	c.ws.SetReadLimit(h.readMax)
	c.ws.SetReadDeadline(time.Now().Add(pongWait))
	c.ws.SetPongHandler(func(string) error { return c.ws.SetReadDeadline(time.Now().Add(pongWait)) })
	go c.readPump()
}

// conn is one client connection. Fields under "reader" belong to the reader goroutine.
type conn struct {
	h    *Handler
	ws   *websocket.Conn
	ctx  context.Context
	send chan []byte // a nil frame asks the writer for a ping
	// slot is which of the hub's ping slots this connection is pinged in.
	slot   uint8
	opened time.Time
	// addr is the client address the connection is counted against (addrlimit.go).
	addr string

	// quit is closed (once) to make the writer close the connection; closeCode (0: none, just
	// drop) and flush say how. They are set before quit is closed and read after.
	quit      chan struct{}
	closeOnce sync.Once
	closeCode int
	closeText string
	flush     bool

	readerDone chan struct{}

	// wmu guards writing (a writer goroutine runs) and finished (the last writer has closed the
	// socket: no writer starts again).
	wmu      sync.Mutex
	writing  bool
	finished bool

	// reader
	live     *bot.Live // set by hello, before the hub knows the connection by conversation
	helloed  bool
	messages int
	limited  int
}

// conv is the connection's conversation id for the logs ("" before hello). Reader goroutine only.
func (c *conn) conv() string {
	if c.live == nil {
		return ""
	}
	return c.live.Session.ConversationID
}

// push queues frame for the writer without blocking, for senders other than the connection's own
// reader (staff messages). A full queue means the client does not read: it is closed with 1013
// (try again later) rather than allowed to hold anything up.
func (c *conn) push(frame []byte) bool {
	select {
	case c.send <- frame:
		c.kick()
		return true
	default:
		c.stop(websocket.CloseTryAgainLater, "too slow", false)
		return false
	}
}

// enqueue sends the reader's own answers. When nothing is being written it writes frame itself
// and becomes the writer until the queue is empty: a reply then goes out without waking another
// goroutine, before the log write the answer queued (see bot.BufferOptions.WriteBehind). Otherwise
// it queues frame; when the queue is full it waits for the writer, which stops the reader and so
// slows a fast sender down to what it reads (TCP pushes back on its side); a client that reads
// nothing for writeWait is dropped as in push.
func (c *conn) enqueue(frame []byte) {
	c.wmu.Lock()
	inline := !c.writing && !c.finished && len(c.send) == 0 && !isClosed(c.quit)
	c.writing = c.writing || inline
	c.wmu.Unlock()
	if inline {
		if !c.write(websocket.TextMessage, frame, writeWait) {
			c.finish()
			return
		}
		c.writePump() // whatever was queued meanwhile (a ping, a staff message), then stand down
		return
	}
	select {
	case c.send <- frame:
		c.kick()
		return
	default:
	}
	t := time.NewTimer(writeWait)
	defer t.Stop()
	select {
	case c.send <- frame:
		c.kick()
	case <-c.quit:
	case <-t.C:
		c.stop(websocket.CloseTryAgainLater, "too slow", false)
	}
}

// offer queues frame if there is room, and otherwise forgets it: for typing, which is only a hint.
func (c *conn) offer(frame []byte) bool {
	select {
	case c.send <- frame:
		c.kick()
		return true
	default:
		return false
	}
}

// stop asks the writer to close the connection: with a close frame when code is not 0, after
// writing what is queued when flush is set. Only the first call counts. Without flush, a write
// stuck on a client that does not read is cut short rather than left to run out its writeWait.
func (c *conn) stop(code int, text string, flush bool) {
	c.closeOnce.Do(func() {
		c.closeCode, c.closeText, c.flush = code, text, flush
		close(c.quit)
		if !flush {
			c.ws.UnderlyingConn().SetWriteDeadline(time.Now())
		}
	})
	c.kick() // a writer does the closing
}

// kick starts a writer unless one runs or the connection is finished. Called after every frame
// queued and by stop. An idle connection has no writer goroutine: its stack would be most of what
// the connection costs (see package doc).
func (c *conn) kick() {
	c.wmu.Lock()
	start := !c.writing && !c.finished
	c.writing = c.writing || start
	c.wmu.Unlock()
	if start {
		go c.writePump()
	}
}

// writePump writes queued frames until the queue is empty, then ends; kick starts it again for the
// next frame. The one that sees quit, or fails to write, closes the socket and is the last.
func (c *conn) writePump() {
	for {
		select {
		case frame := <-c.send:
			typ := websocket.TextMessage
			if frame == nil {
				typ = websocket.PingMessage
			}
			if !c.write(typ, frame, writeWait) {
				c.finish()
				return
			}
			continue
		case <-c.quit:
			c.closeConn()
			c.finish()
			return
		default:
		}
		// Nothing queued: end, unless a frame or quit came in since the select. Whoever queues
		// after this sees writing false and kicks off a new writer.
		c.wmu.Lock()
		if len(c.send) == 0 && !isClosed(c.quit) {
			c.writing = false
			c.wmu.Unlock()
			return
		}
		c.wmu.Unlock()
	}
}

func isClosed(ch chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// finish closes the socket (which ends the reader too, if it is still reading) and marks the
// connection so no writer starts again. Called once, by the last writer.
func (c *conn) finish() {
	c.wmu.Lock()
	c.finished = true
	c.wmu.Unlock()
	c.ws.Close()
	c.stop(0, "", false) // wakes a reader waiting for room in the queue
	c.h.hub.wg.Done()
}

// closeConn sends the close frame quit asked for (after the queue, with flush) and waits briefly
// for the client's answer.
func (c *conn) closeConn() {
	if c.closeCode == 0 {
		return
	}
	for c.flush && len(c.send) > 0 {
		if frame := <-c.send; frame != nil && !c.write(websocket.TextMessage, frame, writeWait) {
			return
		}
	}
	// A short deadline: a client that is being dropped may not be reading at all.
	if c.write(websocket.CloseMessage, websocket.FormatCloseMessage(c.closeCode, c.closeText), closeGrace) {
		// Let the client answer the close, so it sees a clean close rather than a reset.
		select {
		case <-c.readerDone:
		case <-time.After(closeGrace):
		}
	}
}

func (c *conn) write(typ int, data []byte, wait time.Duration) bool {
	c.ws.SetWriteDeadline(time.Now().Add(wait))
	if err := c.ws.WriteMessage(typ, data); err != nil {
		c.h.log.DebugContext(c.ctx, "ws: write failed", "err", err)
		return false
	}
	return true
}

// framePool recycles the buffers frames are read into; decoded strings are copies, so a buffer is
// free again once its frame is decoded.
var framePool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// readPump reads frames until the connection ends and has the hub's answerers answer each (see
// answerers.go): the reader's own stack stays small for the long idle times between messages.
func (c *conn) readPump() {
	defer func() {
		c.h.hub.leave(c, c.conv())
		c.h.addrs.release(c.addr)
		c.stop(0, "", false)
		close(c.readerDone)
		// The writer closes the socket as it ends, after any close frame it was asked to send.
		c.h.log.InfoContext(c.ctx, "ws: closed", "conv", c.conv(), "messages", c.messages, "rate_limited", c.limited,
			"open", time.Since(c.opened).Round(time.Millisecond))
		c.h.hub.wg.Done()
	}()
	for {
		typ, r, err := c.ws.NextReader()
		if err != nil {
			c.readEnded(err)
			return
		}
		c.ws.SetReadDeadline(time.Now().Add(pongWait))
		if typ != websocket.TextMessage {
			c.refuse(CodeBadRequest, "binary frames are not part of the protocol", "")
			c.stop(websocket.CloseUnsupportedData, "text frames only", true)
			return
		}
		buf := framePool.Get().(*bytes.Buffer)
		buf.Reset()
		_, err = buf.ReadFrom(r)
		if err != nil {
			framePool.Put(buf)
			c.readEnded(err)
			return
		}
		c.h.hub.answerers.answer(c, buf.Bytes())
		if buf.Cap() <= 2*maxFrame {
			framePool.Put(buf)
		}
	}
}

// linger reads and discards what the client is still sending after gorilla refused a frame over
// the read limit (and sent 1009), for up to closeGrace and lingerBytes. Closing with unread data
// would reset the connection, and the client might never see the 1009 explaining why.
func (c *conn) linger() {
	const lingerBytes = 1 << 20
	nc := c.ws.UnderlyingConn()
	nc.SetReadDeadline(time.Now().Add(closeGrace))
	io.CopyN(io.Discard, nc, lingerBytes)
}

// readEnded logs why reading stopped and, for a frame over the limit, lingers.
func (c *conn) readEnded(err error) {
	switch {
	case errors.Is(err, websocket.ErrReadLimit):
		c.h.log.InfoContext(c.ctx, "ws: frame over the read limit", "conv", c.conv(), "limit", c.h.readMax)
		c.linger()
	default:
		c.h.log.DebugContext(c.ctx, "ws: read ended", "conv", c.conv(), "err", err)
	}
}

// handle answers one text frame.
func (c *conn) handle(frame []byte) {
	m, perr := decode(frame, c.h.maxRunes)
	if perr != nil && !(perr.code == CodeTooLong && c.helloed && bot.RedFlag(m.Text)) {
		c.refuse(perr.code, perr.msg, m.ID)
		return
	}
	// A red flag is answered however long the message (the frame's read limit still bounds it).
	switch {
	case m.Type == "hello" && c.helloed:
		c.refuse(CodeBadRequest, "hello was already said", "")
	case m.Type == "hello" && !c.addrAllows(time.Now()):
		c.refuseHello()
	case m.Type == "hello":
		c.hello(m)
	case !c.helloed:
		c.refuse(CodeBadRequest, "say hello first", m.ID)
	default:
		c.message(m)
	}
}

func (c *conn) hello(m inbound) {
	ctx, cancel := context.WithTimeout(c.ctx, answerTimeout)
	defer cancel()
	svc := c.h.svc
	token := m.Session
	var hist []bot.Entry
	var err error
	resumed := false
	if token != "" {
		c.live, hist, err = svc.ResumeLive(ctx, token)
		switch {
		case err == nil:
			resumed = true
		case c.live != nil:
			// The session is good but its history could not be read: carry on without it.
			resumed = true
			c.h.log.WarnContext(ctx, "ws: history unavailable", "conv", c.conv(), "err", err)
		case !errors.Is(err, bot.ErrNotFound):
			// The store cannot tell whether the token is good. Answering matters more than
			// continuity: start afresh, the old conversation stays in the log for staff.
			c.h.log.WarnContext(ctx, "ws: resume failed, starting a new session", "err", err)
		}
	}
	if !resumed {
		c.live, token, err = svc.StartLive(ctx, m.Lang)
		hist = nil
		if err != nil {
			c.h.log.WarnContext(ctx, "ws: new session not saved", "conv", c.conv(), "err", err)
		}
	}
	c.helloed = true
	c.h.log.InfoContext(ctx, "ws: hello", "conv", c.conv(), "resumed", resumed, "history", len(hist))
	c.h.hub.bind(c.conv(), c, encodeWelcome(token, hist))
}

func (c *conn) message(m inbound) {
	// A red flag passes the rate limit: the emergency guidance is never refused (bot.RedFlag is
	// cheap, and asked only of messages the limit would refuse).
	if !c.allowed(time.Now()) && !bot.RedFlag(m.Text) {
		if c.limited == 0 {
			c.h.log.InfoContext(c.ctx, "ws: rate limited", "conv", c.conv())
		}
		c.limited++
		c.refuse(CodeRateLimited, "too many messages; please wait a moment", m.ID)
		return
	}
	if c.overDaily(m, time.Now()) {
		c.refuseDaily(c.ctx, m)
		return
	}
	c.messages++
	ctx, cancel := context.WithTimeout(c.ctx, answerTimeout)
	defer cancel()

	// Typing only when the answer is slow (the store is struggling): a fast answer needs none.
	// done, under mu, keeps a late timer from queuing typing after the reply.
	var mu sync.Mutex
	done := false
	t := time.AfterFunc(c.h.typing, func() {
		mu.Lock()
		if !done {
			c.offer(typingFrame)
		}
		mu.Unlock()
	})
	out, err := c.h.svc.HandleLive(ctx, c.live, m.ID, m.Text)
	if !t.Stop() {
		mu.Lock()
		done = true
		mu.Unlock()
	}

	switch {
	case out.Entry != nil:
		if err != nil {
			// Answered, but the log write failed (a buffering store keeps it for later).
			c.h.log.WarnContext(ctx, "ws: answer not logged", "conv", c.conv(), "err", err)
		}
		if out.Duplicate {
			c.h.log.DebugContext(ctx, "ws: duplicate message answered again", "conv", c.conv())
		}
		c.enqueue(encodeReply(out.Entry, m.ID))
	case err != nil:
		c.h.log.WarnContext(ctx, "ws: message not handled", "conv", c.conv(), "err", err)
		c.refuse(CodeUnavailable, "the service is unavailable; please try again shortly", m.ID)
	default:
		// Staff hold the conversation and the patient was told so already: the message is logged
		// and a person will answer.
	}
}
