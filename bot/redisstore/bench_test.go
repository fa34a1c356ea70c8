package redisstore_test

import (
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
)

// BenchmarkTurn measures what one patient message costs the store: Begin, then Commit of the
// patient entry and the answer (two round trips), in one conversation per goroutine.
func BenchmarkTurn(b *testing.B) {
	for _, tc := range []struct {
		name string
		addr func(b *testing.B) string
	}{
		{"redis-server", func(b *testing.B) string { return redistest.Start(b).Addr() }},
		{"miniredis", func(b *testing.B) string { return miniredis.RunT(b).Addr() }},
	} {
		b.Run(tc.name, func(b *testing.B) {
			c := redis.NewClient(&redis.Options{Addr: tc.addr(b)})
			b.Cleanup(func() { c.Close() })
			s := redisstore.New(c, redisstore.Options{})
			var convs atomic.Int64
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				ctx := b.Context()
				sess := bot.Session{ConversationID: fmt.Sprintf("bench-%d", convs.Add(1)), Channel: bot.ChannelWeb, Created: t0, LastSeen: t0}
				for i := 0; pb.Next(); i++ {
					msgID := fmt.Sprintf("m%d", i)
					if _, err := s.Begin(ctx, sess.ConversationID, msgID); err != nil && err != bot.ErrNotFound {
						b.Error(err)
						return
					}
					if err := s.Commit(ctx, sess, msgID, turn(i, msgID, bot.KindAnswer, t0)...); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
}
