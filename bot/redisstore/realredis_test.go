package redisstore_test

import (
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
