package memstore_test

import (
	"sync"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot/memstore"
	"github.com/faqbot/faqbot/bot/storetest"
)

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T, cfg storetest.Config) storetest.Harness {
		s := memstore.NewWithOptions(memstore.Options{SessionTTL: cfg.SessionTTL, AnswerTTL: cfg.AnswerTTL,
			MaxEntries: cfg.MaxEntries, MaxBytes: cfg.MaxBytes})
		var mu sync.Mutex
		now := time.Now()
		s.SetClock(func() time.Time { mu.Lock(); defer mu.Unlock(); return now })
		return storetest.Harness{Store: s, Advance: func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }}
	})
}

func TestMoveConversation(t *testing.T) {
	storetest.RunMove(t, func(t *testing.T, cfg storetest.Config) storetest.Harness {
		return storetest.Harness{Store: memstore.NewWithOptions(memstore.Options{SessionTTL: cfg.SessionTTL})}
	})
}
