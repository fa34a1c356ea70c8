package ws

import (
	"sync"
	"sync/atomic"
)

// answerers run the answering of frames for the connections' readers. Answering (decoding, the
// engine, the store, JSON) grows a goroutine's stack to 16 KB and more. A reader that answered
// itself would keep that stack while its connection idles; one that handed reading on to a fresh
// goroutine after each frame would grow a stack again for every message (copying it each time: a
// tenth of a message's CPU). Instead a few long-lived answerers keep their grown stacks and serve
// every connection, while each reader waits for its frame to be answered (so a patient's messages
// are answered in order) on a small stack. Handing a frame over costs a goroutine switch.
type answerers struct {
	tasks chan *task // unbuffered: a send succeeds only when an answerer is waiting
	idle  atomic.Int32
	quit  chan struct{}
}

// maxIdleAnswerers is how many answerers may wait for work; more are started under load and end
// once idle. Each keeps a stack of a few tens of KB.
const maxIdleAnswerers = 64

type task struct {
	c     *conn
	frame []byte
	done  chan struct{}
}

var taskPool = sync.Pool{New: func() any { return &task{done: make(chan struct{}, 1)} }}

func newAnswerers() *answerers {
	return &answerers{tasks: make(chan *task), quit: make(chan struct{})}
}

// answer has c.handle(frame) run by an answerer and returns when it has.
func (a *answerers) answer(c *conn, frame []byte) {
	t := taskPool.Get().(*task)
	t.c, t.frame = c, frame
	select {
	case a.tasks <- t:
	default:
		go a.run(t)
	}
	<-t.done
	t.c, t.frame = nil, nil
	taskPool.Put(t)
}

func (a *answerers) run(t *task) {
	for {
		t.c.handle(t.frame)
		t.done <- struct{}{}
		if a.idle.Add(1) > maxIdleAnswerers {
			a.idle.Add(-1)
			return
		}
		select {
		case t = <-a.tasks:
			a.idle.Add(-1)
		case <-a.quit:
			a.idle.Add(-1)
			return
		}
	}
}

// stop ends the waiting answerers (Hub.Shutdown); busy ones end when done.
func (a *answerers) stop() { close(a.quit) }
