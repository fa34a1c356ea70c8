package redisstore_test

import (
	"math"
	"testing"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
)

// TestRetryable classifies the errors a real client gets: what the write buffer retries and what it
// must give up on.
func TestRetryable(t *testing.T) {
	m := miniredis.RunT(t)
	c := redis.NewClient(&redis.Options{Addr: m.Addr(), MaxRetries: -1})
	t.Cleanup(func() { c.Close() })
	s := redisstore.New(c, redisstore.Options{})
	ctx := t.Context()
	sess := bot.Session{ConversationID: "c1", Channel: bot.ChannelWeb}
	commit := func() error { return s.Commit(ctx, sess, "m1", turn(1, "m1", bot.KindAnswer, t0)...) }

	check := func(what string, err error, want bool) {
		t.Helper()
		if err == nil {
			t.Fatalf("%s: no error", what)
		}
		if got := redisstore.Retryable(err); got != want {
			t.Errorf("%s: Retryable(%v) = %v, want %v", what, err, got, want)
		}
	}

	m.SetError("LOADING Redis is loading the dataset in memory")
	check("loading", commit(), true)
	m.SetError("")

	// A key of the wrong type: every retry would meet it again.
	if err := c.Set(ctx, s.Keys("c1").Log, "not a stream", 0).Err(); err != nil {
		t.Fatal(err)
	}
	check("wrong type", commit(), false)

	es := turn(1, "m1", bot.KindAnswer, t0)
	es[1].Reply.Confidence = math.NaN()
	check("NaN confidence", s.Commit(ctx, sess, "m1", es...), false)
	check("empty conversation", s.Commit(ctx, bot.Session{}, ""), false)

	m.Close()
	check("server gone", commit(), true)

	c.Close()
	check("client closed", commit(), false)
}
