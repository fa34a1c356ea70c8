// Package redistest runs a real redis-server for integration tests, the way net/http/httptest runs a
// real HTTP server: on a free loopback port, in a temporary directory, stopped when the test ends.
//
// One server can serve many parallel tests: give each test its own key prefix (Prefix) so their
// keys never meet. Tests that take Redis down (Stop, Restart, Kill) should start their own server.
//
// When redis-server is not installed the test fails, unless FAQBOT_SKIP_REDIS=1 asks to skip it: an
// integration test that silently does not run is a defect.
package redistest

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// Binary is where redis-server is looked for when it is not on PATH (Debian's package puts it there).
const Binary = "/usr/bin/redis-server"

// startTimeout bounds how long a starting server may take to answer PING before the test fails.
const startTimeout = 10 * time.Second

// Server is one redis-server process owned by a test.
type Server struct {
	tb   testing.TB
	bin  string
	args []string
	// password is --requirepass's, used by the helper's own clients and Client.
	password string
	dir      string
	port     int

	mu   sync.Mutex
	cmd  *exec.Cmd
	out  *lockedBuffer
	done chan struct{} // closed when cmd has exited
}

var prefixes atomic.Int64

// Start starts a redis-server on a free 127.0.0.1 port with persistence off and stops it when tb ends.
// args are more redis-server options (e.g. "--requirepass", "secret"). Its output is shown only if
// the test fails.
func Start(tb testing.TB, args ...string) *Server {
	tb.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		bin = Binary
	}
	if _, err := os.Stat(bin); err != nil {
		if os.Getenv("FAQBOT_SKIP_REDIS") == "1" {
			tb.Skipf("redis-server not installed (%s) and FAQBOT_SKIP_REDIS=1: skipping an integration test", Binary)
		}
		tb.Fatalf("redis-server not installed (%s): install it (apt-get install redis-server) or set FAQBOT_SKIP_REDIS=1 to skip integration tests", Binary)
	}
	s := &Server{tb: tb, bin: bin, args: args, dir: tb.TempDir()}
	for i, a := range args {
		if a == "--requirepass" && i+1 < len(args) {
			s.password = args[i+1]
		}
	}
	tb.Cleanup(s.cleanup)
	// Another process may grab the free port between our probe and redis-server's bind: try again.
	// A cluster node also listens on its port + 10000 (the cluster bus): that one must be free too.
	bus := slices.Contains(args, "--cluster-enabled")
	for attempt := 0; ; attempt++ {
		s.port = freePort(tb, bus)
		err := s.start()
		if err == nil {
			return s
		}
		if attempt == 4 {
			tb.Fatalf("redistest: %v", err)
		}
	}
}

// Addr is the server's host:port.
func (s *Server) Addr() string { return net.JoinHostPort("127.0.0.1", strconv.Itoa(s.port)) }

// URL is the server's redis:// URL (database 0, with the password if one was set).
func (s *Server) URL() string {
	u := url.URL{Scheme: "redis", Host: s.Addr(), Path: "/0"}
	if s.password != "" {
		u.User = url.UserPassword("", s.password)
	}
	return u.String()
}

// Client returns a go-redis client of the server, closed when tb ends. Like redisstore.Open's, it
// dials once per attempt, so commands fail fast while the server is stopped.
func (s *Server) Client(tb testing.TB) *redis.Client {
	tb.Helper()
	c := redis.NewClient(&redis.Options{Addr: s.Addr(), Password: s.password, DialerRetries: 1})
	tb.Cleanup(func() { c.Close() })
	return c
}

// Prefix returns a key prefix no other test of this process gets, so tests sharing a server can run
// in parallel. It is safe inside Redis Cluster hash tags (no braces).
func (s *Server) Prefix(tb testing.TB) string {
	return Prefix(tb)
}

// Prefix returns a key prefix unique within the process, built from the test's name.
func Prefix(tb testing.TB) string {
	name := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '-':
			return r
		}
		return '_'
	}, tb.Name())
	if len(name) > 40 {
		name = name[len(name)-40:]
	}
	return fmt.Sprintf("t%d_%s", prefixes.Add(1), name)
}

// Stop shuts the server down, saving its data into its directory first so Restart brings it back
// (the way a production Redis with persistence would restart). Call it from the test that started
// the server. Stopping a stopped server does nothing.
func (s *Server) Stop() {
	s.tb.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd == nil {
		return
	}
	c := redis.NewClient(&redis.Options{Addr: s.Addr(), Password: s.password, MaxRetries: -1})
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	defer cancel()
	// SHUTDOWN SAVE never answers when it works: the server closes the connection.
	err := c.ShutdownSave(ctx).Err()
	c.Close()
	select {
	case <-s.done:
	case <-time.After(startTimeout):
		s.kill()
		s.tb.Fatalf("redistest: redis-server did not stop (shutdown: %v)\n%s", err, s.out)
	}
	s.cmd = nil
}

// Kill ends the server with SIGKILL, as a crash would: what was written since the last Stop is lost.
func (s *Server) Kill() {
	s.tb.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd != nil {
		s.kill()
		s.cmd = nil
	}
}

// Restart starts the stopped server again on the same port with the data saved by Stop; if the
// server is running it is stopped first. Call it from the test that started the server.
func (s *Server) Restart() {
	s.tb.Helper()
	s.Stop()
	s.mu.Lock()
	defer s.mu.Unlock()
	// The port is ours until just now; another process could take it, so retry a few times.
	var err error
	for range 5 {
		if err = s.start(); err == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	s.tb.Fatalf("redistest: restart: %v", err)
}

// start runs redis-server on s.port and waits until it answers PING. Callers hold s.mu or own s alone.
func (s *Server) start() error {
	out := &lockedBuffer{}
	args := append([]string{
		"--port", strconv.Itoa(s.port),
		"--bind", "127.0.0.1",
		"--protected-mode", "no",
		"--save", "",
		"--appendonly", "no",
		"--dir", s.dir,
		"--logfile", "",
		"--daemonize", "no",
	}, s.args...)
	cmd := exec.Command(s.bin, args...)
	cmd.Dir = s.dir
	dieWithParent(cmd)
	cmd.Stdout = out
	cmd.Stderr = out
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start %s: %w", s.bin, err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	s.cmd, s.out, s.done = cmd, out, done

	c := redis.NewClient(&redis.Options{Addr: s.Addr(), Password: s.password, MaxRetries: -1, DialTimeout: 200 * time.Millisecond})
	defer c.Close()
	deadline := time.Now().Add(startTimeout)
	for {
		select {
		case <-done:
			s.cmd = nil
			return fmt.Errorf("redis-server on port %d exited at start:\n%s", s.port, out)
		default:
		}
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		err := c.Ping(ctx).Err()
		cancel()
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			s.kill()
			s.cmd = nil
			return fmt.Errorf("redis-server on port %d did not answer PING within %v: %v\n%s", s.port, startTimeout, err, out)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// kill ends the process and waits for it. Callers hold s.mu.
func (s *Server) kill() {
	s.cmd.Process.Kill()
	<-s.done
}

func (s *Server) cleanup() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd != nil {
		s.kill()
		s.cmd = nil
	}
	if s.tb.Failed() && s.out != nil && s.out.Len() > 0 {
		s.tb.Logf("redis-server output (port %d):\n%s", s.port, s.out)
	}
}

// freePort asks the kernel for a free loopback port (with bus, one whose port + 10000 is free too).
// The port is released before redis-server binds it, so a race with another process is possible;
// Start retries.
func freePort(tb testing.TB, bus bool) int {
	tb.Helper()
	for range 100 {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			tb.Fatalf("redistest: find a free port: %v", err)
		}
		port := l.Addr().(*net.TCPAddr).Port
		if !bus {
			l.Close()
			return port
		}
		if port+10000 < 65536 {
			if lb, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port+10000))); err == nil {
				lb.Close()
				l.Close()
				return port
			}
		}
		l.Close()
	}
	tb.Fatalf("redistest: no free port pair for a cluster node")
	return 0
}

// lockedBuffer collects process output written from exec's copying goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func (b *lockedBuffer) Len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Len()
}
