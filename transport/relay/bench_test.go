package relay_test

import (
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/transport/relay"
	"github.com/faqbot/faqbot/transport/staff"
)

// BenchmarkBusPublish is what the shared console bus adds to each patient message (NotifyStore
// publishes one event per commit): the caller's cost only, Redis is written in the background.
func BenchmarkBusPublish(b *testing.B) {
	rs := redistest.Start(b)
	r := mustReplica(b, func() redis.UniversalClient { return redis.NewClient(&redis.Options{Addr: rs.Addr()}) }, "bench", relay.Options{})
	events, stop := r.relay.Bus().Subscribe() // a console open on this replica, reading
	defer stop()
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			select {
			case <-events:
			case <-done:
				return
			}
		}
	}()
	e := staff.Event{Type: "entry", Conv: "conv-id-0123456789"}
	b.ReportAllocs()
	for b.Loop() {
		r.relay.Bus().Publish(e)
	}
}
