package redisstore_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/bot/storetest"
)

// The contract against a real redis-server: one server, a key prefix per subtest, real time.
func TestContractRedisServer(t *testing.T) {
	srv := redistest.Start(t)
	c := srv.Client(t)
	storetest.Run(t, func(t *testing.T, cfg storetest.Config) storetest.Harness {
		s := redisstore.New(c, redisstore.Options{Prefix: srv.Prefix(t), SessionTTL: cfg.SessionTTL, AnswerTTL: cfg.AnswerTTL,
			MaxEntries: cfg.MaxEntries, MaxBytes: cfg.MaxBytes})
		return storetest.Harness{Store: s, Advance: time.Sleep}
	})
}

// A day's counts go when the day is over (an hour after, for replicas whose clocks lag): the
// daily share costs Redis a key per address and day, for a day.
func TestCountDayExpires(t *testing.T) {
	srv := redistest.Start(t)
	c := srv.Client(t)
	prefix := srv.Prefix(t)
	s := redisstore.New(c, redisstore.Options{Prefix: prefix})
	now := time.Now()
	day := now.Unix() / 86400
	if _, err := s.CountDay(t.Context(), "ws:x", day); err != nil {
		t.Fatal(err)
	}
	ttl, err := c.TTL(t.Context(), prefix+":day:"+strconv.FormatInt(day, 10)+":ws:x").Result()
	if err != nil {
		t.Fatal(err)
	}
	want := time.Unix((day+1)*86400, 0).Add(time.Hour).Sub(now)
	if ttl < want-5*time.Second || ttl > want+time.Second {
		t.Errorf("the count expires in %v, want %v (an hour after the day)", ttl, want)
	}
}
