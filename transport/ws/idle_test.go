package ws_test

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot/memstore"
	"github.com/faqbot/faqbot/transport/ws"
	"github.com/gorilla/websocket"
)

// idleClientEnv makes the test binary an idle client instead: "URL N" opens N sessions, prints
// "ready", and holds them until its standard input closes. A separate process, so the client's
// memory is not counted as the server's.
const idleClientEnv = "FAQBOT_WS_IDLE_CLIENT"

func TestMain(m *testing.M) {
	if spec := os.Getenv(idleClientEnv); spec != "" {
		idleClient(spec)
		return
	}
	os.Exit(m.Run())
}

func idleClient(spec string) {
	url, nStr, _ := strings.Cut(spec, " ")
	n, _ := strconv.Atoi(nStr)
	conns := make([]*websocket.Conn, 0, n)
	for range n {
		c, _, err := websocket.DefaultDialer.Dial(url, nil)
		if err != nil {
			fmt.Println("dial:", err)
			os.Exit(1)
		}
		c.WriteJSON(map[string]string{"type": "hello", "session": ""})
		if _, _, err := c.ReadMessage(); err != nil {
			fmt.Println("hello:", err)
			os.Exit(1)
		}
		conns = append(conns, c)
	}
	fmt.Println("ready")
	bufio.NewReader(os.Stdin).ReadString('\n')
	for _, c := range conns {
		c.Close()
	}
}

// BenchmarkIdleConnections measures what an idle connection (after hello) costs the server: heap
// and goroutine stacks in use after a GC, per connection (not counting the session in the store,
// which lives in Redis in production). b.N is ignored: it opens idleConns, from another process.
//
// Measured: about 3.6 KB of heap and 4 KB of stack, the reader's (the writer runs only while frames
// wait): a blocked gorilla read needs more than the 2 KB a goroutine starts with, and a stack the
// runtime has grown does not shrink back below 4 KB (see runtime.shrinkstack).
func BenchmarkIdleConnections(b *testing.B) {
	const idleConns = 5000
	s := MustServe(b, memstore.New(0), ws.Config{Addr: ws.AddrLimits{Conns: -1, Rate: -1}}) // every connection is from 127.0.0.1
	before := inUse()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), idleClientEnv+"="+s.URL+" "+strconv.Itoa(idleConns))
	stdin, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() { stdin.Close(); cmd.Wait() }()
	line, _ := bufio.NewReader(out).ReadString('\n')
	if line != "ready\n" {
		b.Fatalf("client: %q", line)
	}
	for s.Hub.Len() < idleConns {
		time.Sleep(10 * time.Millisecond)
	}
	after := inUse()
	b.ReportMetric(float64(after.heap-before.heap)/idleConns, "heap-B/conn")
	b.ReportMetric(float64(after.stack-before.stack)/idleConns, "stack-B/conn")
	b.ReportMetric(float64(after.heap+after.stack-before.heap-before.stack)/idleConns, "B/conn")
}

type mem struct{ heap, stack uint64 }

func inUse() mem {
	runtime.GC()
	runtime.GC() // a second cycle shrinks the stacks the first found mostly unused
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return mem{m.HeapInuse, m.StackInuse}
}
