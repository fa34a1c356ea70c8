package redisstore_test

import (
	"testing"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot/redisstore"
	"github.com/faqbot/faqbot/bot/storetest"
)

// The contract against Redis in process: the same go-redis code path, with a clock tests can drive.
func TestContractMiniredis(t *testing.T) {
	storetest.Run(t, func(t *testing.T, cfg storetest.Config) storetest.Harness {
		m := miniredis.RunT(t)
		c := redis.NewClient(&redis.Options{Addr: m.Addr()})
		t.Cleanup(func() { c.Close() })
		s := redisstore.New(c, redisstore.Options{SessionTTL: cfg.SessionTTL, AnswerTTL: cfg.AnswerTTL,
			MaxEntries: cfg.MaxEntries, MaxBytes: cfg.MaxBytes})
		return storetest.Harness{Store: s, Advance: m.FastForward}
	})
}
